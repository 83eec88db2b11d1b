"""Payments and statements: top-ups, QR payment codes, bank accounts, statement import."""
