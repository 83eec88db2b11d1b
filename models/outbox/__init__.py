"""Outbox and gateways: campaigns' queued messages, the dispatcher, simulated and BulkGate gateways."""
