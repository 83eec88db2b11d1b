"""Dialogs of the GUI, one module each."""
