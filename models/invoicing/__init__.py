"""Invoices and billing: documents, numbering, VAT, PDFs, exports, billing information."""
