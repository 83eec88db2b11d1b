"""The GUI's shared part: the worker, formatting for display, icons, messages, common widgets and table bases."""
