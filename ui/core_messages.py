"""The core's messages, listed for translation: the templates models/ gives Message and UserError.

models/ knows no Qt, so pyside6-lupdate cannot find them there; they are listed here, in the
"Messages" context, by area, and ui/messages.py translates them. tests/test_messages.py fails
when a template of the core is missing here, or listed here and gone from the core.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Billing information, company and VAT IDs, addresses (models/billing, tax_ids, addresses).
BILLING = (
    QT_TRANSLATE_NOOP("Messages", "At most {limit} characters."),
    QT_TRANSLATE_NOOP("Messages", "Enter the company or person name."),
    QT_TRANSLATE_NOOP("Messages", "Enter the street and number."),
    QT_TRANSLATE_NOOP("Messages", "Enter the city."),
    QT_TRANSLATE_NOOP("Messages", "Choose the country."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not an e-mail address."),
    QT_TRANSLATE_NOOP("Messages", "Enter the VAT ID."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a VAT ID of {country}: it must start with {prefix}."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid VAT ID of {country} (check the digits)."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid VAT ID (check the digits)."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid EU VAT ID (check the prefix and digits)."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” does not look like a VAT ID."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a company ID (IČO): use eight digits."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid company ID (IČO): its check digit is wrong."
    ),
    QT_TRANSLATE_NOOP("Messages", "A company ID has at most 30 characters."),
    QT_TRANSLATE_NOOP("Messages", "Enter the postal code."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” does not look like a postal code."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a postal code of {country} (e.g. {example})."),
)

# Settings, seller, numbering, documents, PDF and export (models/settings, numbering, issuing,
# invoice_logo, invoice_export, pdf_base, ledger_export, money, db).
DOCUMENTS: tuple[str, ...] = ()

# Payments, bank accounts, QR codes, bank statements (models/payments, payment_qr, bank_account,
# bank_statements, camt053, statement_csv, csv_mapping, safe_xml, statement_files,
# statement_import, text_files).
PAYMENTS: tuple[str, ...] = ()

# Price list, recipients, campaigns, outbox and gateways (models/price_list_csv, phone_numbers,
# recipients, campaign_estimate, outbox, dispatcher, gateway, gateway_credentials, bulkgate).
MESSAGING: tuple[str, ...] = ()

TEMPLATES = (*BILLING, *DOCUMENTS, *PAYMENTS, *MESSAGING)
