"""Ledger and transactions: append-only entries, queries, periods, exports, statements."""
