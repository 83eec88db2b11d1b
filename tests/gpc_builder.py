"""GPC/ABO statement records built field by field, after the banks' published layouts.

Positions are counted from 1, as ČSOB's “Formát GPC” and Fio's “Struktura GPC” count them:
074 header  1–3 type, 4–19 account, 20–39 short name, 40–45 old balance date, 46–59 + 60 old
            balance and sign, 61–74 + 75 new balance, 76–89 + 90 debit turnover, 91–104 + 105
            credit turnover, 106–108 statement number, 109–114 statement date, 115–128 spaces.
075 item    1–3 type, 4–19 account, 20–35 counter-account, 36–48 document number, 49–60 amount
            in hellers, 61 posting code, 62–71 VS, 72–81 “00” + bank code + KS, 82–91 SS,
            92–97 value date, 98–117 short name, 118 “0”, 119–122 currency, 123–128 booking date.
076         4–29 transaction id, 30–35 debit date, 36–127 counter-party name.
078, 079    4–38 and 39–73: message lines 1–2 and 3–4 (35 characters each).
"""

from __future__ import annotations

OUR_ACCOUNT = "0000192000145399"  # 19-2000145399 in the standard order
OUR_ACCOUNT_INTERNAL = "9394200015000019"  # the same in the bank-internal order
PAYER = "0000000000123457"  # 123457, a valid Czech account number


def internal(standard: str) -> str:
    """Standard P1–P6 C1–C10 → bank-internal C10 C8 C9 C6 C1 C2 C3 C4 C5 C7 P1–P6."""
    p, c = standard[:6], standard[6:]
    return c[9] + c[7] + c[8] + c[5] + c[0:5] + c[6] + p


def header(
    account: str = OUR_ACCOUNT,
    name: str = "CREDIT DESK S.R.O.",
    opened: str = "311223",
    old: int = 1_000_00,
    new: int = 1_302_50,
    debits: int = 0,
    credits: int = 302_50,
    number: int = 1,
    dated: str = "050124",
) -> str:
    record = (
        "074"
        + account
        + name.ljust(20)[:20]
        + opened
        + f"{abs(old):014d}"
        + ("-" if old < 0 else "+")
        + f"{abs(new):014d}"
        + ("-" if new < 0 else "+")
        + f"{debits:014d}0"
        + f"{credits:014d}0"
        + f"{number:03d}"
        + dated
        + " " * 14
    )
    assert len(record) == 128, len(record)
    return record


def item(
    amount: int = 302_50,
    code: str = "2",
    variable_symbol: str = "2600000001",
    account: str = OUR_ACCOUNT,
    counter: str = PAYER,
    bank: str = "0800",
    document: str = "0000000012345",
    constant: str = "0308",
    specific: str = "0000000000",
    value_date: str = "050124",
    name: str = "Jan Novák",
    currency: str = "0203",
    booked: str = "050124",
) -> str:
    record = (
        "075"
        + account
        + counter
        + document
        + f"{amount:012d}"
        + code
        + variable_symbol.rjust(10, "0")
        + "00"
        + bank
        + constant.rjust(4, "0")
        + specific.rjust(10, "0")
        + value_date
        + name.ljust(20)[:20]
        + "0"
        + currency
        + booked
    )
    assert len(record) == 128, len(record)
    return record


def details(name: str, transaction: str = "", debited: str = "050124") -> str:
    """A 076 record: the transaction id, the date the payer was debited, the payer's name."""
    return ("076" + transaction.rjust(26, "0") + debited + name.ljust(92)[:92]).ljust(128)


def message(kind: str, first: str, second: str = "") -> str:
    """A 078 (lines 1–2) or 079 (lines 3–4) record of the message for the recipient."""
    return kind + first.ljust(35)[:35] + second.ljust(35)[:35]


def gpc(*records: str, encoding: str = "cp1250", newline: str = "\r\n", bom: bool = False) -> bytes:
    data = "".join(record + newline for record in records).encode(encoding)
    return b"\xef\xbb\xbf" + data if bom else data


def replace(record: str, first: int, text: str) -> str:
    """The record with `text` written from position `first` (counted from 1)."""
    return record[: first - 1] + text + record[first - 1 + len(text) :]
