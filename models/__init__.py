"""The core of Credit Desk: tables and business rules. Never imports Qt."""
