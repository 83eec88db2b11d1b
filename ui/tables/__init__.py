"""Qt item models over the rows pages show, and the look of their columns."""
