"""The Payments page: top-ups and their state, the Top up dialog, statement import, pairing."""
