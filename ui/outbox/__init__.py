"""The Outbox page: what waits, campaigns, sending in the background, Remove outbox."""
