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
MESSAGING = (
    QT_TRANSLATE_NOOP("Messages", "Row {row}: {problem}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Missing column(s): {columns}. The header reads “{found}”; expected: {expected}.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Column(s) given twice: {columns}. The header reads “{found}”; expected: {expected}.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The file has a header but no prices."),
    QT_TRANSLATE_NOOP("Messages", "There are more problems; fix these and try again."),
    QT_TRANSLATE_NOOP("Messages", "{fields} fields where the header has {columns}"),
    QT_TRANSLATE_NOOP("Messages", "{iso}'s country price is already priced on row {first}"),
    QT_TRANSLATE_NOOP("Messages", "prefix +{prefix} is already priced on row {first}"),
    QT_TRANSLATE_NOOP("Messages", "unknown country “{value}” (write its ISO code, e.g. CZ)"),
    QT_TRANSLATE_NOOP("Messages", "the country is missing"),
    QT_TRANSLATE_NOOP("Messages", "the dialling code +{dialling} is not {iso}'s (+{code})"),
    QT_TRANSLATE_NOOP("Messages", "the prefix “{value}” is not a number prefix"),
    QT_TRANSLATE_NOOP("Messages", "the prefix +{prefix} does not start with {iso}'s code +{code}"),
    QT_TRANSLATE_NOOP("Messages", "the prefix +{prefix} is longer than a phone number"),
    QT_TRANSLATE_NOOP("Messages", "the operator's name is longer than 100 characters"),
    QT_TRANSLATE_NOOP("Messages", "the price is missing"),
    QT_TRANSLATE_NOOP("Messages", "the price “{value}” is negative"),
    QT_TRANSLATE_NOOP(
        "Messages", "the price “{value}” is not a number (write e.g. 0.035 or 0,035)"
    ),
    QT_TRANSLATE_NOOP("Messages", "the price “{value}” has more than {decimals} decimal places"),
    QT_TRANSLATE_NOOP("Messages", "the price must be more than zero"),
    QT_TRANSLATE_NOOP("Messages", "the price “{value}” is over 1000 credits per part"),
    QT_TRANSLATE_NOOP("Messages", "The message is empty."),
    QT_TRANSLATE_NOOP("Messages", "None of the recipients is in a country the price list covers."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "interrupted while sending: the gateway cannot say whether it took the message; not charged",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the BulkGate application ID and token first (they are kept in the system keyring).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Enter both the application ID and the token."),
    QT_TRANSLATE_NOOP("Messages", "The system keyring cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "The system keyring cannot store them: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "The system keyring cannot forget them: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "BulkGate answered HTTP {status}"),
    QT_TRANSLATE_NOOP("Messages", "cannot reach BulkGate: {reason}"),
    QT_TRANSLATE_NOOP(
        "Messages", "BulkGate answered HTTP {status} with something that is not JSON"
    ),
    QT_TRANSLATE_NOOP("Messages", "BulkGate answered JSON of an unexpected shape"),
    QT_TRANSLATE_NOOP("Messages", "BulkGate's answer has no sms_id"),
    QT_TRANSLATE_NOOP("Messages", "BulkGate's answer has no response list"),
    QT_TRANSLATE_NOOP("Messages", "BulkGate did not answer for it"),
    QT_TRANSLATE_NOOP("Messages", "unknown error"),
    QT_TRANSLATE_NOOP("Messages", "{error} (code {code})"),
)

TEMPLATES = (*BILLING, *DOCUMENTS, *PAYMENTS, *MESSAGING)
