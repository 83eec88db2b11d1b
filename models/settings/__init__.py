"""Application settings: stored under dotted keys, each validated by its kind."""
