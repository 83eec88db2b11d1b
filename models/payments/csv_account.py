"""The account a bank's CSV export is for, as the lines above its header row state it.

Fio writes “accountId;2000145399”, “bankId;2010” and “iban;CZ…”; KB+ “Cislo uctu;…” and
“IBAN;…”; mBank “#Číslo účtu:;” with the number on the next line; ČSOB “Pohyby na účtu
283337817/0300 dne …”; UniCredit “Pohyby na účtu” with “1234567899/2700 CZK” on the next line.
An IBAN is preferred to a number. A line of text naming an account (“Pohyby na účtu …”) is
read only in a known bank's export (`bank_code` given); in other files only labelled lines are.
Exports with an own-account column are read row by row (statement_csv); a file that states its
account nowhere gives "".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.payments.bank_account import AccountError, statement_account
from models.payments.statements import StatementError

_IBAN_LABELS = {"iban", "vlastní iban"}
_NUMBER_LABELS = {"accountid", "číslo účtu", "cislo uctu", "účet", "ucet", "account number"}
_BANK_LABELS = {"bankid", "kód banky", "kod banky", "bank code"}
_MENTIONS = re.compile(r"účtu|uctu|account", re.IGNORECASE)  # “Pohyby na účtu …”
# “283337817/0300” or “19-2000145399/0800” in a line of text, not a date like 01/2025
_IN_TEXT = re.compile(r"(?<![\w/.-])(?:[0-9]{1,6}-)?[0-9]{2,10}/[0-9]{4}(?![\w/])")


def _label(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().strip("#:").split()).casefold()


def preamble_account(rows: Sequence[Sequence[str]], bank_code: str | None = None) -> str:
    """The account the rows above the header state, normalised (statement_account), or ""."""
    found: dict[str, str] = {}
    lines = [[cell.strip() for cell in row if cell.strip()] for row in rows]
    for position, cells in enumerate(lines):
        if not cells:
            continue
        following = next((line for line in lines[position + 1 :] if line), [])
        # a label alone on its line has its value on the next line (mBank, UniCredit)
        value = cells[1] if len(cells) > 1 else (following[0] if following else "")
        label = _label(cells[0])
        if label in _IBAN_LABELS:
            found.setdefault("iban", value)
        elif label in _NUMBER_LABELS:
            found.setdefault("number", value)
        elif label in _BANK_LABELS:
            found.setdefault("bank", value)
        elif bank_code and _MENTIONS.search(cells[0]) and "number" not in found:
            text = " ".join(cells) if len(cells) > 1 else f"{cells[0]} {value}"
            if match := _IN_TEXT.search(text):
                found["number"] = match[0]
    stated = found.get("iban") or found.get("number")
    if not stated:
        return ""
    bank = found.get("bank", "").strip() or bank_code
    try:
        return statement_account(stated, None if "/" in stated else bank)
    except AccountError:
        raise StatementError(
            "The file says it is for account “{value}”, which is not an account number or IBAN.",
            value=stated,
        ) from None
