"""The cases: a command line with bad input, the files it reads, and words its message must hold."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests import camt_builder
from tests.csv_builder import FIO_HEADER, FIO_PREAMBLE, fio_row


@dataclass(frozen=True)
class Case:
    """`argv` after `--database DB`; `{tmp}` in it is the case's folder, where `files` are."""

    name: str
    argv: tuple[str, ...]
    says: str  # a fragment of the message on standard error (case-insensitive)
    files: dict[str, bytes] = field(default_factory=dict)
    stdin: str = ""
    # the database: "seller" (name and IBAN), "iban only", "empty", or "payments" (seller, billing
    # information, payments in each state and bank credits: see parity_cases.py)
    prepared: str = "seller"
    database: str = ""  # instead, a database file of this kind (see test_catalogue.BROKEN)


# Numbers that pass the Czech check digit test: one account more than seller.other_accounts takes
TWENTY_ONE_ACCOUNTS = [19, 27, 35, 43, 51, 78, 86, 94, 107, 115, 123, 131, 158, 166, 174, 182]
TWENTY_ONE_ACCOUNTS += [190, 203, 211, 238, 246]


def settings_cases() -> list[Case]:
    """Bad values for every setting (tests/bad_input/test_catalogue.py checks none is missed)."""
    bad: list[tuple[str, str, str]] = [
        ("no.such.key", "1", "no setting"),
        ("credit_price.EUR", "abc", "not a number"),
        ("credit_price.EUR", "-1", "negative"),
        ("credit_price.EUR", "0", "above zero"),
        ("credit_price.EUR", "1.234", "decimal places"),
        ("credit_price.EUR", "9" * 30, "too large"),
        ("credit_price.CZK", "1,2,3", "thousands separators"),
        ("credit_price.CZK", "", "enter an amount"),
        ("seller.name", "x" * 141, "at most 140"),
        ("seller.name", "ACME\x1b[2J", "control characters"),
        ("seller.name", "ACME\x00", "control characters"),
        ("seller.iban", "CZ00", "iban"),
        ("seller.iban", "CZ6508000000192000145398", "iban"),
        ("seller.iban", "hello", "iban"),
        ("seller.iban", "19-2000145398/0800", "account"),
        ("seller.other_accounts", "CZ6508000000192000145399, CZ00", "iban"),
        ("seller.other_accounts", "DE89370400440532013001", "check digits"),
        ("seller.other_accounts", "19-2000145398/0800", "account"),
        ("seller.other_accounts", ", ".join(f"{n}/0800" for n in TWENTY_ONE_ACCOUNTS), "20"),
        ("seller.bic", "ABC", "bic"),
        ("seller.bic", "12345678", "bic"),
        ("seller.vat_payer", "maybe", "choose one of: yes, no"),
        ("seller.vat_rate", "101", "between 0 and 100"),
        ("seller.vat_rate", "-1", "negative"),
        ("seller.vat_rate", "abc", "not a number"),
        ("seller.vat_rate", "20.555", "decimal places"),
        ("seller.street", "Main\x07 1", "control characters"),
        ("seller.city", "x" * 81, "at most 80"),
        ("seller.postal_code", "1" * 21, "at most 20"),
        ("seller.country", "XX", "iso 3166"),
        ("seller.country", "Czechia", "iso 3166"),
        ("seller.company_id", "27082441", "ičo"),
        ("seller.company_id", "abc", "ičo"),
        ("seller.vat_id", "CZ123", "vat"),
        ("seller.vat_id", "XX12345678", "vat"),
        ("seller.logo", "/no/such/logo.png", "logo"),
        ("seller.invoice_language", "de", "choose one of: en, cs"),
        ("seller.number_pattern.invoice", "INV{year}", "{number"),
        ("seller.number_pattern.invoice", "INV{foo}{number}", "{foo}"),
        ("seller.number_pattern.proforma", "PF{number:06", "pattern"),
        ("seller.number_pattern.credit_note", "", "{number"),
        ("payments.due_days", "0", "whole number from 1 to 365"),
        ("payments.due_days", "366", "whole number from 1 to 365"),
        ("payments.due_days", "²", "whole number from 1 to 365"),
        ("payments.due_days", "1e3", "whole number from 1 to 365"),
        ("payments.due_days", "", "whole number from 1 to 365"),
        ("payments.expire_after_days", "-1", "whole number from 1 to 365"),
        ("account.currency", "USD", "choose one of: eur, czk"),
        ("balance.low_threshold", "abc", "not a number"),
        ("balance.low_threshold", "-5", "negative"),
        ("messages.max_parts", "0", "whole number from 1 to 255"),
        ("messages.max_parts", "256", "whole number from 1 to 255"),
        ("messages.max_parts", "9" * 5000, "whole number from 1 to 255"),
        ("recipients.default_country", "XX", "country code"),
        ("messages.sender", "٤٢٠٦٠٢١٢٣٤٥٦", "sender"),
        ("messages.sender", "A name far too long", "sender name"),
        ("messages.sender", "a@b", "sender name"),
        ("outbox.gateway", "twilio", "choose one of"),
        ("outbox.auto_resume", "maybe", "choose one of: yes, no"),
        ("outbox.paused", "sometimes", "choose one of: yes, no"),
        ("gateway.simulated_failure_rate", "150", "between 0 and 100"),
        ("gateway.simulated_failure_rate", "x", "not a number"),
        ("gateway.bulkgate_route", "fast", "choose one of"),
        ("gateway.bulkgate_url", "http://portal.bulkgate.com/api", "https://"),
        ("gateway.bulkgate_url", "ftp://portal.bulkgate.com", "https://"),
        ("rates.cnb_url", "http://www.cnb.cz/denni_kurz.txt", "https://"),
        ("seller.bic", "DEUTDEFF5", "bic"),
        ("seller.vat_id", "CZ27082441", "vat"),
        ("seller.postal_code", "110\x0000", "control characters"),
        ("balance.low_threshold", "1.2345678", "decimal places"),
        ("messages.sender", "+12345", "6 to 15 digits"),
        ("recipients.default_country", "", "country code"),
        ("credit_price.EUR", "١٠٠", "not a number"),
        ("seller.register.court", "Prague", "choose one of: msph"),
        ("seller.register.section", "C1", "section of the register"),
        ("seller.register.section", "ABCD", "section of the register"),
        ("seller.register.file", "12a", "file number"),
        ("seller.register.file", "0", "file number"),
        ("seller.register.file", "١٢٣", "file number"),
        ("seller.register.text", "x" * 201, "at most 200"),
        ("seller.register.text", "Zapsáno\x1b[2J", "control characters"),
        ("seller.web", "not a web", "web address"),
        ("seller.web", "ftp://example.cz", "web address"),
        ("seller.web", "https://localhost", "web address"),
        ("seller.web", "www.example.cz\x00", "control characters"),
        ("seller.phone", "12", "phone number"),
        ("seller.phone", "+420 123", "phone number"),
        ("seller.phone", "call me", "phone number"),
        ("seller.phone", "9" * 41, "at most 40"),
        ("seller.email", "fakturace", "e-mail address"),
        ("seller.email", "a@b", "e-mail address"),
        ("seller.email", "a@example.cz\x07", "control characters"),
        ("payments.minimum_top_up.CZK", "-1", "negative"),
        ("payments.minimum_top_up.CZK", "abc", "not a number"),
        ("payments.minimum_top_up.EUR", "1.234", "decimal places"),
        ("payments.minimum_top_up.EUR", "", "enter an amount"),
    ]
    return [
        Case(f"settings {key}={value[:12]!r}", ("settings", key, value), says)
        for key, value, says in bad
    ]


def top_up_cases() -> list[Case]:
    manual = ("--method", "manual")
    return [
        Case("top-up abc", ("top-up", "abc", "CZK", *manual), "not a number"),
        Case("top-up negative", ("top-up", "-5", "CZK", *manual), "negative"),
        Case("top-up zero", ("top-up", "0", "CZK", *manual), "above zero"),
        Case("top-up 3 decimals", ("top-up", "1.234", "CZK", *manual), "decimal places"),
        Case("top-up exponent", ("top-up", "1e5", "CZK", *manual), "not a number"),
        Case("top-up huge", ("top-up", "9" * 40, "CZK", *manual), "too large"),
        Case("top-up too many credits", ("top-up", "9" * 14, "CZK", *manual), "more credits"),
        Case("top-up USD", ("top-up", "100", "USD", *manual), "eur or czk"),
        Case("top-up unknown method", ("top-up", "100", "CZK", "--method", "paypal"), "paypal"),
        Case(
            "top-up note too long",
            ("top-up", "100", "CZK", *manual, "--note", "n" * 501),
            "too long",
        ),
        Case(
            "bank transfer without an account",
            ("top-up", "100", "CZK", "--method", "bank-transfer"),
            "bank account",
            prepared="empty",
        ),
        Case("top-up no currency", ("top-up", "100"), "currency"),
        Case(
            "EUR transfer without the seller's name",
            ("top-up", "100", "EUR", "--method", "bank-transfer"),
            "seller's name",
            prepared="iban only",
        ),
        Case(
            "top-up note with ESC",
            ("top-up", "100", "CZK", *manual, "--note", "\x1b[2J"),
            "control",
        ),
        Case("top-up below the minimum", ("top-up", "1", "CZK", *manual), "czk 100.00 (net"),
        Case("top-up below the EUR minimum", ("top-up", "4.99", "EUR", *manual), "€5.00 (net"),
        Case("top-up arabic digits", ("top-up", "١٠٠", "CZK", *manual), "not a number"),
        Case("top-up blank", ("top-up", " ", "CZK", *manual), "enter an amount"),
        Case("top-up 3 decimals EUR", ("top-up", "0.001", "EUR", *manual), "decimal places"),
    ]


def _camt(*entries: str, **options: object) -> bytes:
    return camt_builder.document(*entries, **options)  # type: ignore[arg-type]


def _fio(*rows: str) -> bytes:
    return (FIO_PREAMBLE + FIO_HEADER + "\n" + "\n".join(rows) + "\n").encode()


def statement_cases() -> list[Case]:
    entity = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<Document>&b;</Document>"
    )
    files: list[tuple[str, bytes, str]] = [
        ("empty", b"", "empty"),
        ("blank lines", b"\n\n  \n", "empty"),
        ("binary", bytes(range(256)) * 4, "not a text file"),
        ("broken xml", b"<?xml version='1.0'?><Document><BkToCstmrStmt>", "xml"),
        ("entities", entity, "dtd"),
        ("camt.052", _camt(camt_builder.entry(), message="052"), "052"),
        ("camt.054", _camt(camt_builder.entry(), message="054"), "054"),
        ("not camt", b"<?xml version='1.0'?><Invoice xmlns='urn:x'/>", "camt.053"),
        ("bad date", _camt(camt_builder.entry(booked="2024-02-30")), "date"),
        ("no amount", _camt(camt_builder.entry(amount=None)), "amount"),
        ("no currency", _camt(camt_builder.entry(currency=None)), "currency"),
        ("bad currency", _camt(camt_builder.entry(currency="XYZ")), "currency"),
        ("amount text", _camt(camt_builder.entry(amount="1O0.00")), "amount"),
        ("27-digit amount", _camt(camt_builder.entry(amount="9" * 27)), "too large"),
        ("3 decimals CZK", _camt(camt_builder.entry(amount="1.005")), "decimals"),
        ("csv unknown columns", b"a;b;c\n1;2;3\n", "columns"),
        ("csv bad date", _fio(fio_row("1", "31.02.2024", "100,00")), "date"),
        ("csv bad amount", _fio(fio_row("1", "05.01.2024", "1OO,00")), "amount"),
        ("csv 27-digit amount", _fio(fio_row("1", "05.01.2024", "9" * 27)), "too large"),
        ("csv unterminated quote", b'"Datum;"Objem\n"05.01.2024;100\n', "csv"),
    ]
    cases = [
        Case(
            f"import-statement {name}",
            ("import-statement", "{tmp}/statement"),
            says,
            {"statement": data},
        )
        for name, data, says in files
    ]
    # 2000145399/0800: the seller's number without its prefix 19, so another account
    others = {"statement": _camt(camt_builder.entry(servicer_reference="O1"))}
    cases += [
        Case(
            "import-statement another account's",
            ("import-statement", "{tmp}/statement"),
            "not one of your accounts",
            others,
        ),
        Case(
            "import-statement --dry-run another account's",
            ("import-statement", "{tmp}/statement", "--dry-run"),
            "not one of your accounts",
            others,
        ),
        Case(
            "import-statement without the seller's account",
            ("import-statement", "{tmp}/statement"),
            "set the seller's bank account first",
            others,
            prepared="empty",
        ),
    ]
    csv_data = {"statement": b"Date,Amount,Note\n2024-01-05,100.00,x\n"}
    cases += [
        Case(
            "import-statement missing file", ("import-statement", "{tmp}/none.xml"), "cannot read"
        ),
        Case("import-statement a folder", ("import-statement", "{tmp}"), "cannot read"),
        Case(
            "--column without =",
            ("import-statement", "{tmp}/statement", "--column", "amount"),
            "field=header",
            csv_data,
        ),
        Case(
            "--column unknown field",
            ("import-statement", "{tmp}/statement", "--column", "colour=Note"),
            "colour",
            csv_data,
        ),
        Case(
            "--column header not in file",
            ("import-statement", "{tmp}/statement", "--column", "amount=Betrag")
            + ("--column", "date=Date", "--currency", "CZK"),
            "betrag",
            csv_data,
        ),
        Case(
            "--currency unknown",
            ("import-statement", "{tmp}/statement", "--column", "date=Date")
            + ("--column", "amount=Amount", "--date-format", "%Y-%m-%d", "--currency", "XYZ"),
            "currency",
            csv_data,
        ),
    ]
    return cases


def messaging_cases() -> list[Case]:
    numbers = {"numbers.csv": b"+420601000001\n+420601000002\n"}
    send = ("send", "--recipients", "{tmp}/numbers.csv")
    estimate = ("estimate", "--recipients", "{tmp}/numbers.csv")
    recipients: list[tuple[str, bytes, str]] = [
        ("empty", b"", "empty"),
        ("commas only", b",,,\n,,\n", "empty"),
        ("binary", bytes(range(256)) * 4, "binary"),
        ("no valid numbers", b"hello\nworld\n", "no valid phone numbers"),
        ("unterminated quote", b'"+420601000001\n', "csv"),
    ]
    cases = []
    for label, data, says in recipients:
        for command in ("send", "estimate"):
            argv = (command, "--text", "Hi", "--recipients", "{tmp}/numbers.csv")
            cases.append(Case(f"{command} {label}", argv, says, {"numbers.csv": data}))
    cases += [
        Case("send empty text", (*send, "--text", ""), "empty", numbers),
        Case("send blank text", (*send, "--text", "  \n "), "empty", numbers),
        Case("send 327 parts", (*send, "--text", "x" * 50_000), "327 parts", numbers),
        Case("send bad sender", (*send, "--text", "Hi", "--sender", "a@b"), "sender", numbers),
        Case(
            "send missing file",
            ("send", "--text", "Hi", "--recipients", "{tmp}/no.csv"),
            "cannot read",
        ),
        Case("send a folder", ("send", "--text", "Hi", "--recipients", "{tmp}"), "cannot read"),
        Case(
            "estimate missing file",
            (*estimate[:1], "--text", "Hi", "--recipients", "{tmp}/x"),
            "cannot read",
        ),
        Case("estimate empty text", (*estimate, "--text", ""), "empty", numbers),
    ]
    return cases


def document_cases() -> list[Case]:
    return [
        Case(
            "export-invoices bad --from",
            ("export-invoices", "{tmp}/out", "--from", "2026-13-01"),
            "not a date",
        ),
        Case(
            "export-invoices bad --to",
            ("export-invoices", "{tmp}/out", "--to", "yesterday"),
            "not a date",
        ),
        Case(
            "export-invoices --from after --to",
            ("export-invoices", "{tmp}/out", "--from", "2026-02-01", "--to", "2026-01-01"),
            "after",
        ),
        Case(
            "export-invoices bad --format",
            ("export-invoices", "{tmp}/out", "--format", "xml"),
            "not a format",
        ),
        Case(
            "export-invoices empty --format",
            ("export-invoices", "{tmp}/out", "--format", ""),
            "not a format",
        ),
        Case(
            "export-invoices into a file",
            ("export-invoices", "{tmp}/file"),
            "folder",
            {"file": b"x"},
        ),
        Case(
            "export-transactions bad --from",
            ("export-transactions", "{tmp}/t.csv", "--from", "1.1.2026"),
            "not a date",
        ),
        Case(
            "export-transactions into no folder",
            ("export-transactions", "{tmp}/none/t.csv"),
            "{tmp}/none",
        ),
        Case(
            "export-transactions bad kind",
            ("export-transactions", "{tmp}/t.csv", "--kind", "gift"),
            "gift",
        ),
        Case(
            "statement bad --to", ("statement", "{tmp}/s.pdf", "--to", "2026-02-30"), "not a date"
        ),
        Case("statement into no folder", ("statement", "{tmp}/none/s.pdf"), "{tmp}/none"),
        Case("remove-outbox bad campaign", ("remove-outbox", "--campaign", "abc"), "invalid int"),
        Case("unknown command", ("refund-everything",), "invalid choice"),
        Case("gateway-credentials blank id", ("gateway-credentials", " "), "application id"),
        Case("gateway-credentials no token", ("gateway-credentials", "12345"), "token", stdin=""),
        Case("migrate-to a file", ("migrate-to", "{tmp}/other.sqlite3"), "not a server address"),
        Case("migrate-to a web address", ("migrate-to", "https://example.com/db"), "postgresql://"),
        Case("migrate-to no address", ("migrate-to",), "the following arguments are required"),
        # Nothing listens on port 1: refused at once (a server with data: tests/test_migrate_to.py).
        Case(
            "migrate-to an unreachable server",
            ("migrate-to", "postgresql://desk@127.0.0.1:1/credit_desk"),
            "cannot connect to",
        ),
    ]


def database_cases() -> list[Case]:
    """Every command against a database file that cannot be used: refused, the file untouched."""
    commands = [
        ("balance",),
        ("verify",),
        ("settings", "seller.name", "ACME"),
        ("top-up", "100", "CZK", "--method", "manual"),
        ("outbox",),
    ]
    kinds = {
        "folder": "is a folder",
        "text": "not an sqlite file",
        "other program": "another program's database",
        "newer": "newer credit desk",
        "damaged": "damaged",
        "web address": "unsupported database address",
    }
    return [
        Case(f"{' '.join(command[:1])} on a {kind} database", command, says, database=kind)
        for kind, says in kinds.items()
        for command in commands
    ]


def all_cases() -> list[Case]:
    from tests.bad_input.parity_cases import parity_cases
    from tests.bad_input.rate_cases import rate_cases
    from tests.bad_input.team_cases import team_cases

    return [
        *database_cases(),
        *settings_cases(),
        *top_up_cases(),
        *statement_cases(),
        *messaging_cases(),
        *document_cases(),
        *rate_cases(),
        *parity_cases(),
        *team_cases(),
    ]
