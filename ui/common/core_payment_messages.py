"""The core's payment and bank-statement messages, listed for translation (see core_messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Payments, bank accounts, QR codes, bank statements (models/payments, payment_qr, bank_account,
# bank_statements, camt053, camt_document, camt_dates, gpc, gpc_records, statement_csv, csv_account,
# csv_mapping, safe_xml,
# statement_files, statement_import, text_files).
PAYMENTS = (
    # models/payments/top_ups.py, payment_instructions.py
    QT_TRANSLATE_NOOP("Messages", "Top-ups are in EUR or CZK, not “{value}”."),
    QT_TRANSLATE_NOOP("Messages", "The smallest top-up is {amount} (net, without VAT)."),
    QT_TRANSLATE_NOOP("Messages", "Top up at least some credits."),
    QT_TRANSLATE_NOOP("Messages", "That is more credits than one top-up can buy."),
    QT_TRANSLATE_NOOP("Messages", "The amount is too small to pay."),
    QT_TRANSLATE_NOOP("Messages", "Enter an amount above zero."),
    QT_TRANSLATE_NOOP("Messages", "Unknown payment method “{value}”."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Bank transfers need the seller's bank account: fill it in under Edit → Settings… → "
        "Seller (IBAN or Czech account number), or with `settings seller.iban IBAN`.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The seller's name is longer than the {limit} characters a SEPA payment code can "
        "carry; shorten it in Edit → Settings → Seller.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The note is too long (at most 500 characters)."),
    QT_TRANSLATE_NOOP("Messages", "There is no payment {payment_id}."),
    QT_TRANSLATE_NOOP(
        "Messages", "Payment {variable_symbol} was cancelled; create a new top-up instead."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Payment {variable_symbol} is paid and its credits are in the ledger; it cannot be "
        "cancelled.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Fill in the seller's name (Edit → Settings → Seller): a SEPA payment code must name the "
        "beneficiary.",
    ),
    # models/payments/qr.py
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not an ISO 4217 currency code."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a known currency."),
    QT_TRANSLATE_NOOP("Messages", "The amount to pay must be more than zero."),
    QT_TRANSLATE_NOOP("Messages", "{amount} cannot be written with two decimals."),
    QT_TRANSLATE_NOOP("Messages", "{amount} is more than a QR payment allows."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid BIC (SWIFT code)."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a variable symbol: use 1–10 digits, not all zeros."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The message is {length} characters in the QR code; QR Platba allows {limit}."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The beneficiary name must be one line of text without control characters."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The beneficiary name is {length} characters; an EPC QR code allows {limit}."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The payment message must be one line of text without control characters."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The payment message is {length} characters; an EPC QR code allows {limit}."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid RF creditor reference."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a structured reference: use up to 35 letters and digits."
    ),
    QT_TRANSLATE_NOOP("Messages", "An EPC QR code pays in euros only, not in {currency}."),
    QT_TRANSLATE_NOOP("Messages", "An EPC QR code needs the beneficiary's name."),
    QT_TRANSLATE_NOOP(
        "Messages", "An EPC QR code carries either a structured reference or a message, not both."
    ),
    QT_TRANSLATE_NOOP("Messages", "The EPC QR payload is {size} bytes; at most 331 are allowed."),
    QT_TRANSLATE_NOOP("Messages", "There is nothing to put in the QR code."),
    QT_TRANSLATE_NOOP("Messages", "The text is too long for a QR code: {reason}"),
    # models/payments/bank_account.py
    QT_TRANSLATE_NOOP("Messages", "Enter an IBAN."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid IBAN: its check digits are wrong (a typo?)."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid IBAN: it has the wrong length for its country."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid IBAN: it is not in the IBAN format."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a valid IBAN: its country code or account part is not valid."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid IBAN: it is not valid."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not an account number or IBAN."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{value}” is not a Czech account number; write it as “number/bank” or "
        "“prefix-number/bank”, e.g. 19-2000145399/0800.",
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” has an account number of only zeros."),
    QT_TRANSLATE_NOOP(
        "Messages", "The prefix of “{value}” fails the Czech check digit test (a typo?)."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The account number in “{value}” fails the Czech check digit test (a typo?)."
    ),
    # models/payments/statements.py
    QT_TRANSLATE_NOOP(
        "Messages", "The file is {size} MB; statements larger than {limit} MB are refused."
    ),
    QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a known currency code."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not an amount."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” has more decimals than {currency} has."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is too large to be an amount."),
    QT_TRANSLATE_NOOP("Messages", "… and {count} more."),
    # models/payments/camt053.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "This is a web page (HTML), not a bank statement. Download the statement from your bank "
        "as camt.053 XML.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The file holds no statement (no BkToCstmrStmt/Stmt element)."),
    QT_TRANSLATE_NOOP("Messages", "Entry {number} ({reference}): {problem}"),
    QT_TRANSLATE_NOOP("Messages", "Entry {number}: {problem}"),
    QT_TRANSLATE_NOOP("Messages", "Two credits share the bank reference “{reference}”."),
    QT_TRANSLATE_NOOP("Messages", "The statement has entries that cannot be read:"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This XML file is not an ISO 20022 camt.053 bank statement (its root is {root}).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This is an intraday account report (camt.052), not an end-of-day statement. Export "
        "camt.053 from your bank.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This is a debit/credit notification (camt.054), not an end-of-day statement. Export "
        "camt.053 from your bank.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This is a camt.{number} message, not an end-of-day statement. Export camt.053 from your "
        "bank.",
    ),
    QT_TRANSLATE_NOOP("Messages", "the credit/debit indicator “{value}” is not CRDT or DBIT."),
    QT_TRANSLATE_NOOP("Messages", "the entry has no amount."),
    QT_TRANSLATE_NOOP("Messages", "the entry has no booking date."),
    QT_TRANSLATE_NOOP(
        "Messages", "the entry status “{value}” is not BOOK (booked), PDNG (pending) or INFO."
    ),
    QT_TRANSLATE_NOOP("Messages", "the reversal indicator “{value}” is not true or false."),
    QT_TRANSLATE_NOOP("Messages", "Statement {id}: {problem}"),
    # models/payments/camt_document.py, camt_dates.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "This is a camt.053.001.{version} statement, a version Credit Desk does not read. "
        "Export camt.053 in a version from 001.02 to 001.08 from your bank.",
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date."),
    # models/payments/gpc.py, gpc_records.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file has no statement header (a 074 record), so it is not a GPC/ABO statement.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The GPC statement has lines that cannot be read:"),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: {problem}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file mixes UTF-8 and Windows-1250 text (lines {first} and {line}). Export the "
        "statement from the bank again.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Line {line} is neither UTF-8 nor Windows-1250 text."),
    QT_TRANSLATE_NOOP(
        "Messages", "the {record} record has {count} characters instead of {length}."
    ),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a GPC record type (074, 075 or 076–079)."),
    QT_TRANSLATE_NOOP("Messages", "an item (075) comes before the statement header (074)."),
    QT_TRANSLATE_NOOP("Messages", "a {record} record must follow an item (075)."),
    QT_TRANSLATE_NOOP("Messages", "characters {first}–{last} must be digits, not “{value}”."),
    QT_TRANSLATE_NOOP("Messages", "character {position} must be one of {signs}, not “{value}”."),
    QT_TRANSLATE_NOOP(
        "Messages", "“{value}” (characters {first}–{last}) is not a date in the form DDMMYY."
    ),
    QT_TRANSLATE_NOOP("Messages", "the amount “{value}” is not a whole number of hellers."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the posting code “{value}” is not 1 (debit), 2 (credit) or 3–5 (reversals).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the currency code “{value}” is not a known ISO 4217 number (0203 is CZK, 0978 EUR).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the account number {value} fails the Czech check digit test in the standard and in the "
        "bank-internal order.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "the item's account {value} is not the statement's account {account}."
    ),
    QT_TRANSLATE_NOOP("Messages", "the credit has neither a booking date nor a value date."),
    # models/payments/statement_csv.py, csv_mapping.py
    QT_TRANSLATE_NOOP("Messages", "“{item}” is not FIELD=HEADER (for example amount=Objem)."),
    QT_TRANSLATE_NOOP("Messages", "“{field}” is not a column of a statement; use {fields}."),
    QT_TRANSLATE_NOOP(
        "Messages", "Say which column holds the {field} (FIELD=HEADER, e.g. {field}=…)."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The columns of this CSV file are not recognised; choose which column holds what.",
    ),
    QT_TRANSLATE_NOOP("Messages", "it has {count} columns, but {needed} are needed."),
    QT_TRANSLATE_NOOP("Messages", "a quote opened in it is not closed."),
    QT_TRANSLATE_NOOP("Messages", "its account column is empty."),
    # models/payments/csv_account.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file says it is for account “{value}”, which is not an account number or IBAN.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The CSV file has a header row (line {line}) but no movements below it."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Row {line} is another header row: the file holds more than one export. Import them one "
        "at a time.",
    ),
    # models/payments/statement_text.py
    QT_TRANSLATE_NOOP("Messages", "The file starts as UTF-16 text but is not UTF-16."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file looks like UTF-16 text without a byte order mark, which cannot be read safely. "
        "Save it as UTF-8 (CSV UTF-8).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file mixes two encodings: line {other} is UTF-8 but line {line} is not. Export the "
        "statement from the bank again.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Row {line}: {problem}"),
    QT_TRANSLATE_NOOP("Messages", "The reference “{reference}” appears {count} times."),
    QT_TRANSLATE_NOOP("Messages", "Some rows of the CSV file cannot be read:"),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a variable symbol (1–10 digits)."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date like {example}."),
    QT_TRANSLATE_NOOP(
        "Messages", "This file is HTML or XML, not CSV. For a camt.053 statement, import it as XML."
    ),
    QT_TRANSLATE_NOOP("Messages", "This is not a text file in UTF-8 or Windows-1250 encoding."),
    QT_TRANSLATE_NOOP("Messages", "Line {line} is not valid CSV: {reason}."),
    QT_TRANSLATE_NOOP("Messages", "No header row with the columns {columns} was found."),
    QT_TRANSLATE_NOOP("Messages", "The decimal separator must be “,” or “.”."),
    QT_TRANSLATE_NOOP("Messages", "Choose a currency column or the currency of the account."),
    # models/common/safe_xml.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file declares a DTD (<!DOCTYPE …>). Bank statements never do, and DTDs can read "
        "local files or expand into gigabytes, so the file is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The file declares XML entities, which bank statements never do; refused."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The file is not well-formed XML: {reason} (line {line}, column {column})."
    ),
    # models/payments/import_plan.py, statement_import.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "Set the seller's bank account first (Edit → Settings… → Seller, or `settings "
        "seller.iban IBAN`): a statement is imported only when it is for one of your accounts.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This statement is for account {account}, which is not one of your accounts "
        "({yours}): nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file's statements are for accounts {accounts}, none of which is one of your "
        "accounts ({yours}): nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Account {account} is not one of your accounts: its credits are left out ({count}).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The credit of {amount} booked on {booked_on} names payment {variable_symbol}, which was "
        "made later, on {created_on}; it waits for you to pair it.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The bank reference {reference} was imported before with another amount, currency or "
        "variable symbol; nothing was imported. Check that the statement is genuine.",
    ),
    QT_TRANSLATE_NOOP("Messages", "That bank entry or payment no longer exists."),
    QT_TRANSLATE_NOOP("Messages", "That bank entry has already been dealt with."),
    QT_TRANSLATE_NOOP("Messages", "Payment {variable_symbol} is paid; pair a pending one."),
    QT_TRANSLATE_NOOP("Messages", "Payment {variable_symbol} is cancelled; pair a pending one."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The credit is in {currency} but payment {variable_symbol} is in {payment_currency}.",
    ),
    # models/common/text_files.py
    QT_TRANSLATE_NOOP(
        "Messages", "The file is in UTF-16, which is not supported: save it as UTF-8 (CSV UTF-8)."
    ),
    QT_TRANSLATE_NOOP("Messages", "The file is not a text file (it contains binary data)."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file is neither UTF-8 nor Windows-1250 text (byte {position} cannot be read). Save "
        "it as UTF-8.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: the file is not valid CSV ({reason})."),
)
