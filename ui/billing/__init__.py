"""The Billing information page."""
