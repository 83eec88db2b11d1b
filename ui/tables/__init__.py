"""Qt item models over rows the pages fetch from the core."""
