"""`parley` commands: evaluate (placeholder until its owner fills it in)."""
