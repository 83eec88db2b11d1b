"""The outbox in the GUI: sending in the background, and what the Outbox page shows."""
