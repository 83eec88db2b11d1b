"""The Invoices page: documents, preview, export, credit notes."""
