"""The core's messages, listed for translation: the templates models/ gives Message and UserError.

models/ knows no Qt, so pyside6-lupdate cannot find them there; they are listed here, in the
"Messages" context, by area, and ui/common/messages.py translates them. tests/test_messages.py fails
when a template of the core is missing here, or listed here and gone from the core.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.core_payment_messages import PAYMENTS
from ui.common.core_rate_messages import RATES
from ui.common.core_server_messages import SERVER

# Billing information, company and VAT IDs, addresses (models/billing, tax_ids, addresses).
BILLING = (
    QT_TRANSLATE_NOOP("Messages", "At most {limit} characters."),
    QT_TRANSLATE_NOOP("Messages", "Control characters (such as Escape or NUL) are not allowed."),
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
    QT_TRANSLATE_NOOP("Messages", "At most {limit} accounts."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a country code such as CZ or SK."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not an ISO 3166 country code (e.g. CZ)."),
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
    # The seller's register entry and contacts (models/invoicing/seller_contact.py, settings).
    QT_TRANSLATE_NOOP(
        "Messages", "Fill in the court, the section and the file together, or none of them."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a section of the register (e.g. C, B or Dr)."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a file number (vložka): use its digits, e.g. 12345."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a web address (e.g. www.example.cz)."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a phone number (e.g. +420 601 234 567)."),
    # Credit notes (models/issuing).
    QT_TRANSLATE_NOOP("Messages", "State the reason for the correction."),
    QT_TRANSLATE_NOOP("Messages", "The reason is too long (at most 300 characters)."),
    QT_TRANSLATE_NOOP("Messages", "Only an issued tax invoice can be corrected by a credit note."),
    QT_TRANSLATE_NOOP("Messages", "A credit note cannot be dated before the invoice it corrects."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Take back between 0 and {credits} (what the invoice sold, less earlier credit notes).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The amount to credit must be above zero and at most what is left of the "
        "invoice after earlier credit notes.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The balance is {balance}, less than the {credits} this credit note "
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
    # E-invoices (models/invoicing/facturx).
    QT_TRANSLATE_NOOP("Messages", "The Factur-X data of document {number} is not valid: {reason}"),
    # A document an export cannot render (models/invoicing/export_render).
    QT_TRANSLATE_NOOP("Messages", "Document {number} could not be made: {reason}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The period holds {count} entries; a statement lists at most {limit}. "
        "Choose a shorter period, or export the entries as CSV.",
    ),
    # Ledger entries described from their references (models/ledger/descriptions).
    QT_TRANSLATE_NOOP("Messages", "SMS to {number}, campaign “{campaign}”"),
    QT_TRANSLATE_NOOP("Messages", "Top-up, variable symbol {variable_symbol}"),
    QT_TRANSLATE_NOOP("Messages", "Credit note {number} corrects invoice {invoice}"),
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
        "The database is busy with another program's change; try again in a moment.",
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
    QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full: nothing was saved. Free some space and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be written (the file or its folder is read-only): nothing was saved.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” is another program's database (its tables: {tables}). Credit Desk opens "
        "only its own databases; the file was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” cannot be written ({reason}). Credit Desk writes the file and a journal "
        "beside it: allow writing to the file and its folder, or copy the file to a folder "
        "you can write to. The file was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding “{path}” is full. Free some space and open it again; the file was "
        "not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The backup copy before updating “{path}” could not be written ({reason}); the file "
        "was not changed.",
    ),
    # A server database (team mode: models/common/database_postgres.py).
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” was written by a newer Credit Desk (schema {version}; this version "
        "understands up to {supported}). Update Credit Desk to open it; the database was not "
        "changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” is another program's database (its tables: {tables}). Credit Desk opens "
        "only its own databases; the database was not changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot use the server database “{path}”: {reason}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{path}” is a PostgreSQL server: team mode needs the psycopg package, which is not "
        'installed (.venv/bin/pip install "psycopg[binary]").',
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A server database is backed up on the server (pg_dump), not by Credit Desk.",
    ),
    # Team mode's roles (models/common/team.py, database_errors.py).
    QT_TRANSLATE_NOOP(
        "Messages",
        "Your role ({role}) does not allow this change; nothing was saved. Ask an administrator.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Roles exist only on a PostgreSQL server (team mode); this database is a file, where "
        "the computer's login records who did what.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The team's roles do not exist yet: run team-init first."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{name}” is not a user name for the server: use lowercase letters, digits and _ "
        "(at most 63, not starting with a digit or pg_).",
    ),
    QT_TRANSLATE_NOOP("Messages", "“{name}” is one of the team's group roles, not a desk user."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{role}” is not a team role: choose administrator, operator or accountant.",
    ),
)

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
    QT_TRANSLATE_NOOP("Messages", "{iso}'s price for {type} numbers is already on row {first}"),
    QT_TRANSLATE_NOOP(
        "Messages", "prefix +{prefix} for {type} numbers is already priced on row {first}"
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown number type “{value}” (write e.g. mobile, fixed-line, toll-free, premium-rate "
        "or shared-cost, or leave it empty for any type)",
    ),
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
    QT_TRANSLATE_NOOP(
        "Messages",
        "The balance would pass {limit}, the most an account holds; nothing was credited.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The message needs {parts} parts; an SMS can be sent in at most {most} parts."
    ),
    QT_TRANSLATE_NOOP("Messages", "None of the recipients is in a country the price list covers."),
    QT_TRANSLATE_NOOP(
        "Messages", "a fixed-line number: the price list has no price for fixed lines there"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "a toll-free number: not priced by the price list (it cannot receive SMS)"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "a premium-rate number: not priced by the price list (it cannot receive SMS)"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "a shared-cost number: not priced by the price list (it cannot receive SMS)"
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a universal access number: not priced by the price list (it cannot receive SMS)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "a voicemail number: not priced by the price list (it cannot receive SMS)"
    ),
    QT_TRANSLATE_NOOP("Messages", "this kind of number is not priced by the price list"),
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

TEMPLATES = (*BILLING, *DOCUMENTS, *PAYMENTS, *RATES, *MESSAGING, *SERVER)
