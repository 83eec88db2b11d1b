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
DOCUMENTS = (
    # Settings (models/settings); “At most {limit} characters.” is listed under BILLING.
    QT_TRANSLATE_NOOP("Messages", "Choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Messages", "There is no setting “{key}”. See `settings` for the list."),
    QT_TRANSLATE_NOOP("Messages", "The price must be above zero."),
    QT_TRANSLATE_NOOP("Messages", "A rate is between 0 and 100 %."),
    QT_TRANSLATE_NOOP("Messages", "Enter a whole number from {low} to {high}."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a country code such as CZ or SK."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not an ISO 3166 country code (e.g. CZ)."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid BIC (SWIFT code)."),
    QT_TRANSLATE_NOOP("Messages", "A sender number has 6 to 15 digits."),
    QT_TRANSLATE_NOOP(
        "Messages", "A sender name has at most 11 letters, digits, spaces, dots or dashes."
    ),
    QT_TRANSLATE_NOOP("Messages", "Enter an address starting with https://."),
    # Number patterns (models/numbering). A template with values is formatted, so the literal
    # braces of “{{year}}” are doubled there; in one without values they stay single.
    QT_TRANSLATE_NOOP("Messages", "Enter a number pattern, e.g. {year}-{number:06}."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a pattern: {reason}."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{{{name}}}” is not known; use {{year}}, {{yy}} and {{number}}."
    ),
    QT_TRANSLATE_NOOP("Messages", "The pattern must contain {number}, e.g. {number:06}."),
    QT_TRANSLATE_NOOP("Messages", "Numbers restart each year, so the pattern must contain {year}."),
    QT_TRANSLATE_NOOP(
        "Messages", "Use letters, digits, “-” or “_” around the fields, not slashes."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” cannot be used: {reason}."),
    QT_TRANSLATE_NOOP("Messages", "Numbers from this pattern are longer than {limit} characters."),
    # Credit notes (models/issuing).
    QT_TRANSLATE_NOOP("Messages", "State the reason for the correction."),
    QT_TRANSLATE_NOOP("Messages", "The reason is too long (at most 300 characters)."),
    QT_TRANSLATE_NOOP("Messages", "Only an issued tax invoice can be corrected by a credit note."),
    QT_TRANSLATE_NOOP("Messages", "A credit note cannot be dated before the invoice it corrects."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Take back between 0 and {credits} credits "
        "(what the invoice sold, less earlier credit notes).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The amount to credit must be above zero and at most what is left of the "
        "invoice after earlier credit notes.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The balance is {balance} credits, less than the {credits} credits this credit note "
        "would take back. Take back at most the balance, or correct the price only (0 credits).",
    ),
    # The invoices' logo (models/invoice_logo).
    QT_TRANSLATE_NOOP("Messages", "“{name}” is not a PNG or JPEG image."),
    QT_TRANSLATE_NOOP("Messages", "“{name}” cannot be read as an image ({reason})."),
    QT_TRANSLATE_NOOP("Messages", "“{name}” has no pixels."),
    QT_TRANSLATE_NOOP("Messages", "There is no file “{path}”."),
    QT_TRANSLATE_NOOP("Messages", "“{name}” is larger than 2 MB; use a smaller image."),
    QT_TRANSLATE_NOOP("Messages", "Cannot read “{path}”: {reason}."),
    # Writing PDFs, exports and statements (models/pdf_base, invoice_export, ledger_export,
    # ledger_statement).
    QT_TRANSLATE_NOOP("Messages", "Too many files named like “{name}” in “{path}”."),
    QT_TRANSLATE_NOOP("Messages", "“{path}” is a file, not a folder."),
    QT_TRANSLATE_NOOP("Messages", "Cannot write into “{path}”: {reason}."),
    QT_TRANSLATE_NOOP("Messages", "Cannot write “{path}”: {reason}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The period holds {count} entries; a statement lists at most {limit}. "
        "Choose a shorter period, or export the entries as CSV.",
    ),
    # Amounts (models/money).
    QT_TRANSLATE_NOOP("Messages", "Enter an amount."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number: digits must follow the separator."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” has misplaced thousands separators."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” must be a whole number."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” has more than {decimals} decimal places."),
    QT_TRANSLATE_NOOP("Messages", "The amount cannot be negative."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is too large."),
    QT_TRANSLATE_NOOP("Messages", "The amount is too large."),
    # Opening the database (models/db).
    QT_TRANSLATE_NOOP(
        "Messages",
        "Unsupported database address “{address}”: only SQLite files (a path or sqlite:///PATH).",
    ),
    QT_TRANSLATE_NOOP("Messages", "“{path}” is not a Credit Desk database (not an SQLite file)."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{path}” is locked by another program; try again when it has finished."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” is damaged and cannot be opened ({reason}). It was left as it is; "
        "restore a backup copy.",
    ),
    QT_TRANSLATE_NOOP("Messages", "“{path}” is a folder, not a database file."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” was written by a newer Credit Desk (schema {version}; this version "
        "understands up to {supported}). Update Credit Desk to open it; the file was not "
        "changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot create the folder “{path}”: {reason}."),
    QT_TRANSLATE_NOOP("Messages", "Cannot open “{path}”: {reason}."),
    QT_TRANSLATE_NOOP("Messages", "“{path}” cannot be used: {reason}."),
)

# Payments, bank accounts, QR codes, bank statements (models/payments, payment_qr, bank_account,
# bank_statements, camt053, statement_csv, csv_mapping, safe_xml, statement_files,
# statement_import, text_files).
PAYMENTS: tuple[str, ...] = ()

# Price list, recipients, campaigns, outbox and gateways (models/price_list_csv, phone_numbers,
# recipients, campaign_estimate, outbox, dispatcher, gateway, gateway_credentials, bulkgate).
MESSAGING: tuple[str, ...] = ()

TEMPLATES = (*BILLING, *DOCUMENTS, *PAYMENTS, *MESSAGING)
