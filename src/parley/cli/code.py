"""`parley` commands: code (placeholder until its owner fills it in)."""
