"""Edit → Settings… and the BulkGate credentials dialog."""
