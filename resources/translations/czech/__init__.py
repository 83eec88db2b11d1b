"""Czech translations of the GUI and the core's messages, one module per area (see translate.py)."""
