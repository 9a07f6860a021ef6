"""Event extraction: the verb-pattern lexicon and the matcher that applies it to parsed sentences."""
