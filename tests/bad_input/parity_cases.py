"""Bad input for the commands that do what the window does: billing, payments, bank credits,
documents and credit notes. They run on the "payments" database (test_catalogue.prepared):
payment 1 pending (CZK), 2 cancelled, 3 paid by hand with tax invoice YEAR-000001, 4 pending in
EUR (no exchange rate stored); bank credit 1 waits for pairing, 2 was dismissed."""

from __future__ import annotations

from datetime import date

from tests.bad_input.cases import Case

YEAR = date.today().year  # the prepared database is made today; numbers carry the year
INVOICE = f"{YEAR}-000001"
PROFORMA = f"PF{YEAR}-000001"


def _on_payments(name: str, argv: tuple[str, ...], says: str) -> Case:
    return Case(name, argv, says, prepared="payments")


def billing_cases() -> list[Case]:
    full = ("name", "ACME", "street", "Main 1", "city", "Praha", "postal_code", "11000")
    bad: list[tuple[str, tuple[str, ...], str]] = [
        ("no fields", (), "field value"),
        ("odd count", ("city",), "field value pairs"),
        ("unknown field", ("colour", "red"), "not a field"),
        ("field twice", ("city", "Praha", "city", "Brno"), "twice"),
        ("name blank", ("name", " "), "enter the company or person name"),
        ("name too long", ("name", "x" * 141), "at most 140"),
        ("name with ESC", ("name", "ACME\x1b[2J"), "control characters"),
        ("street blank", ("street", ""), "street and number"),
        ("city too long", ("city", "x" * 81), "at most 80"),
        ("postal code of another country", ("postal_code", "ABC"), "postal code"),
        ("country unknown", ("country", "XX"), "“xx” is not a country code"),
        ("country as a name", ("country", "Czechia"), "not a country code"),
        ("country blank", ("country", ""), "two-letter code"),
        ("company ID check digit", ("company_id", "27082441"), "ičo"),
        ("VAT ID of another country", ("vat_id", "SK2020000000"), "must start with cz"),
        ("VAT ID digits", ("vat_id", "CZ27082441"), "vat id"),
        ("email", ("email", "fakturace"), "e-mail address"),
        ("note too long", ("note", "n" * 501), "at most 500"),
        ("note with NUL", ("note", "a\x00b"), "control characters"),
    ]
    cases = [
        _on_payments(f"billing set {label}", ("billing", "set", *argv), says)
        for label, argv, says in bad
    ]
    cases += [
        Case(
            "billing set without a country, first save",
            ("billing", "set", *full),
            "country",
            prepared="empty",
        ),
        Case("billing set only a city, first save", ("billing", "set", "city", "Brno"), "name"),
        _on_payments("billing unknown action", ("billing", "show"), "invalid choice"),
        _on_payments("billing --history with a value", ("billing", "--history=yes"), "ignored"),
        _on_payments("billing --json with a value", ("billing", "--json=1"), "ignored"),
    ]
    return cases


def payment_cases() -> list[Case]:
    return [
        _on_payments("payments bad --state", ("payments", "--state", "refunded"), "invalid"),
        _on_payments("payments --state blank", ("payments", "--state", ""), "invalid choice"),
        _on_payments("payments --json with a value", ("payments", "--json=yes"), "ignored"),
        _on_payments("confirm unknown symbol", ("confirm", "2699999999"), "no payment"),
        _on_payments("confirm unknown ID", ("confirm", "99"), "no payment"),
        _on_payments("confirm text", ("confirm", "abc"), "no payment"),
        _on_payments("confirm blank", ("confirm", " "), "no payment"),
        _on_payments("confirm arabic digits", ("confirm", "١"), "no payment"),
        _on_payments("confirm cancelled", ("confirm", "2"), "was cancelled"),
        _on_payments("confirm EUR without a rate", ("confirm", "4"), "no exchange rate of eur"),
        _on_payments("confirm no argument", ("confirm",), "required"),
        _on_payments("cancel unknown", ("cancel", "99"), "no payment"),
        _on_payments("cancel paid", ("cancel", "3"), "cannot be cancelled"),
        _on_payments("cancel no argument", ("cancel",), "required"),
    ]


def bank_entry_cases() -> list[Case]:
    return [
        _on_payments("bank-entries unknown option", ("bank-entries", "--all"), "unrecognized"),
        _on_payments("bank-entries --json with a value", ("bank-entries", "--json=1"), "ignored"),
        _on_payments("pair unknown entry", ("pair", "99", "1"), "no bank entry 99"),
        _on_payments("pair entry not a number", ("pair", "one", "1"), "not a bank entry id"),
        _on_payments("pair negative entry", ("pair", "-1", "1"), "not a bank entry id"),
        _on_payments("pair dismissed entry", ("pair", "2", "1"), "already been dealt with"),
        _on_payments("pair unknown payment", ("pair", "1", "99"), "no payment"),
        _on_payments("pair paid payment", ("pair", "1", "3"), "is paid"),
        _on_payments("pair cancelled payment", ("pair", "1", "2"), "is cancelled"),
        _on_payments("pair other currency", ("pair", "1", "4"), "is in eur"),
        _on_payments("pair no payment", ("pair", "1"), "required"),
        _on_payments("dismiss unknown entry", ("dismiss", "99"), "no bank entry 99"),
        _on_payments("dismiss dismissed entry", ("dismiss", "2"), "already been dealt with"),
        _on_payments("dismiss not a number", ("dismiss", "1.0"), "not a bank entry id"),
    ]


def document_list_cases() -> list[Case]:
    return [
        _on_payments("documents bad --from", ("documents", "--from", "2026-02-30"), "not a date"),
        _on_payments("documents bad --to", ("documents", "--to", "today"), "not a date"),
        _on_payments(
            "documents --from after --to",
            ("documents", "--from", "2026-02-01", "--to", "2026-01-01"),
            "after",
        ),
        _on_payments("documents bad --kind", ("documents", "--kind", "receipt"), "invalid choice"),
        _on_payments("documents --json with a value", ("documents", "--json=1"), "ignored"),
    ]


def credit_note_cases() -> list[Case]:
    reason = ("--reason", "Returned")
    note = ("credit-note", INVOICE)
    return [
        _on_payments(
            "credit-note unknown number", ("credit-note", "X-1", "--credits", "1", *reason), "x-1"
        ),
        _on_payments(
            "credit-note of a proforma",
            ("credit-note", PROFORMA, "--credits", "1", *reason),
            "only an issued tax invoice",
        ),
        _on_payments("credit-note credits text", (*note, "--credits", "all", *reason), "--credits"),
        _on_payments(
            "credit-note credits negative", (*note, "--credits", "-1", *reason), "negative"
        ),
        _on_payments(
            "credit-note credits 7 decimals",
            (*note, "--credits", "0.0000001", *reason),
            "decimal places",
        ),
        _on_payments(
            "credit-note more credits than sold",
            (*note, "--credits", "5", *reason),
            "between 0 and 4 credits",
        ),
        _on_payments(
            "credit-note blank reason", (*note, "--credits", "1", "--reason", " "), "reason"
        ),
        _on_payments(
            "credit-note reason too long",
            (*note, "--credits", "1", "--reason", "r" * 301),
            "too long",
        ),
        _on_payments(
            "credit-note reason with ESC",
            (*note, "--credits", "1", "--reason", "a\x1b[2Jb"),
            "control characters",
        ),
        _on_payments(
            "credit-note amount text",
            (*note, "--credits", "1", "--amount", "x", *reason),
            "--amount",
        ),
        _on_payments(
            "credit-note amount zero",
            (*note, "--credits", "0", "--amount", "0", *reason),
            "above zero",
        ),
        _on_payments(
            "credit-note amount above the invoice",
            (*note, "--credits", "1", "--amount", "100.01", *reason),
            "at most what is left",
        ),
        _on_payments(
            "credit-note amount 3 decimals",
            (*note, "--credits", "1", "--amount", "1.001", *reason),
            "decimal places",
        ),
        _on_payments("credit-note no --credits", (*note, *reason), "required"),
        _on_payments("credit-note no --reason", (*note, "--credits", "1"), "required"),
    ]


def parity_cases() -> list[Case]:
    return [
        *billing_cases(),
        *payment_cases(),
        *bank_entry_cases(),
        *document_list_cases(),
        *credit_note_cases(),
    ]
