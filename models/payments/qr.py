"""Payment QR codes: Czech QR Platba (SPAYD 1.0) and EPC/SEPA payloads, and their QR modules."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from stdnum import bic as stdnum_bic
from stdnum import iso11649
from stdnum.exceptions import ValidationError

from models.common.formatting import Money
from models.common.messages import UserError
from models.common.money import currency_decimals, from_units
from models.payments.bank_account import (
    AccountError,
    czech_account_to_iban,
    normalize_iban,
    variable_symbol_is_valid,
)

__all__ = [
    "AccountError",
    "QUIET_ZONE",
    "PaymentCodeError",
    "czech_account_to_iban",
    "epc_qr",
    "normalize_iban",
    "modules_from_text",
    "modules_text",
    "qr_matrix",
    "spayd",
    "variable_symbol_is_valid",
]

QUIET_ZONE = 4  # modules of white around a QR code, as scanners need
SPAYD_MAX_AMOUNT = Decimal("9999999.99")  # AM holds at most 10 characters
SPAYD_MAX_MESSAGE = 60
SPAYD_MAX_NAME = 35
EPC_MAX_AMOUNT = Decimal("999999999.99")
EPC_MAX_NAME = 70
EPC_MAX_REMITTANCE = 140
EPC_MAX_REFERENCE = 35
EPC_MAX_BYTES = 331  # QR version 13 at error correction level M

# Letters that Unicode decomposition does not reduce to ASCII, but a reader would expect.
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "–": "-",
        "—": "-",
        "„": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
    }
)


class PaymentCodeError(UserError):
    """A payment QR code cannot be made from these details; str() is the message to show."""


def _currency(code: str) -> str:
    from babel.numbers import is_currency  # babel loads slowly; not at start-up

    cleaned = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", cleaned) or cleaned in {"XXX", "XTS"}:
        raise PaymentCodeError("“{value}” is not an ISO 4217 currency code.", value=code)
    if not is_currency(cleaned):
        raise PaymentCodeError("“{value}” is not a known currency.", value=code)
    return cleaned


def _amount(amount_minor: int, currency: str, maximum: Decimal) -> str:
    """Minor units → “1234.50”: two decimals and a point, within (0, maximum]."""
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
        raise TypeError(f"amount_minor must be int minor units, not {type(amount_minor).__name__}")
    value = from_units(amount_minor, currency_decimals(currency))
    if value <= 0:
        raise PaymentCodeError("The amount to pay must be more than zero.")
    if value != value.quantize(Decimal("0.01")):
        raise PaymentCodeError(
            "{amount} cannot be written with two decimals.",
            amount=Money(amount_minor, currency),
        )
    if value > maximum:
        raise PaymentCodeError(
            "{amount} is more than a QR payment allows.",
            amount=Money(amount_minor, currency),
        )
    return f"{value:.2f}"


def _bic(text: str) -> str:
    try:
        return str(stdnum_bic.validate(text))
    except ValidationError:
        raise PaymentCodeError("“{value}” is not a valid BIC (SWIFT code).", value=text) from None


def _spayd_text(text: str) -> str:
    """Free text as SPAYD carries it: ASCII, upper case, one line, '*' and '%' percent-encoded.

    Diacritics are dropped (“Dobití” → “DOBITI”); characters with no ASCII form are removed.
    Upper case keeps the whole payload in the compact alphanumeric QR mode.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    ascii_only = "".join(
        " " if unicodedata.category(ch)[0] in "CZ" else ch
        for ch in decomposed
        if ch.isascii() or ch.isspace()
    )
    collapsed = " ".join(ascii_only.split()).upper()
    return collapsed.replace("%", "%25").replace("*", "%2A")


def _fit(text: str, limit: int) -> str:
    """SPAYD text cut to `limit` characters: at a word boundary when one lies in the second half,
    never inside an escape (“%2A” cut to “%2” would not decode), without trailing punctuation."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    escape = cut.find("%", limit - 2)
    if escape != -1:
        cut = cut[:escape]
    if text[len(cut)] not in " ,;" and cut.rfind(" ") >= limit // 2:  # not at a word's end
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:&+-/")


def spayd(
    iban: str,
    amount_minor: int,
    currency: str,
    variable_symbol: str,
    message: str | None = None,
    due_date: date | None = None,
    recipient_name: str | None = None,
    *,
    bic: str | None = None,
) -> str:
    """A “QR Platba” string, e.g. ``SPD*1.0*ACC:CZ…*AM:1234.50*CC:CZK*X-VS:1234567890*MSG:…``.

    ACC comes first and the other keys in a fixed order, so the same payment always gives the
    same code. Lengths count as the text appears in the code (transliterated, escaped): the
    recipient name is shortened to 35 characters (the account, not the name, routes the money);
    a message over 60 raises PaymentCodeError rather than being cut.
    """
    account = normalize_iban(iban) + ("+" + _bic(bic) if bic else "")
    code = _currency(currency)
    fields = [("ACC", account), ("AM", _amount(amount_minor, code, SPAYD_MAX_AMOUNT))]
    fields.append(("CC", code))
    if recipient_name is not None and (name := _fit(_spayd_text(recipient_name), SPAYD_MAX_NAME)):
        fields.append(("RN", name))
    if due_date is not None:
        fields.append(("DT", due_date.strftime("%Y%m%d")))
    if not variable_symbol_is_valid(variable_symbol):
        raise PaymentCodeError(
            "“{value}” is not a variable symbol: use 1–10 digits, not all zeros.",
            value=variable_symbol,
        )
    fields.append(("X-VS", variable_symbol))
    if message is not None and (text := _spayd_text(message)):
        if len(text) > SPAYD_MAX_MESSAGE:
            raise PaymentCodeError(
                "The message is {length} characters in the QR code; QR Platba allows {limit}.",
                length=len(text),
                limit=SPAYD_MAX_MESSAGE,
            )
        fields.append(("MSG", text))
    return "SPD*1.0*" + "*".join(f"{key}:{value}" for key, value in fields)


def _one_line(text: str) -> bool:
    return not any(unicodedata.category(ch) in {"Cc", "Zl", "Zp"} for ch in text)


def _epc_name(value: str) -> str:
    text = value.strip()
    if not _one_line(text):
        raise PaymentCodeError(
            "The beneficiary name must be one line of text without control characters."
        )
    if len(text) > EPC_MAX_NAME:
        raise PaymentCodeError(
            "The beneficiary name is {length} characters; an EPC QR code allows {limit}.",
            length=len(text),
            limit=EPC_MAX_NAME,
        )
    return text


def _epc_remittance(value: str) -> str:
    text = value.strip()
    if not _one_line(text):
        raise PaymentCodeError(
            "The payment message must be one line of text without control characters."
        )
    if len(text) > EPC_MAX_REMITTANCE:
        raise PaymentCodeError(
            "The payment message is {length} characters; an EPC QR code allows {limit}.",
            length=len(text),
            limit=EPC_MAX_REMITTANCE,
        )
    return text


def _creditor_reference(text: str) -> str:
    compact = "".join(text.split()).upper()
    if compact.startswith("RF"):
        try:
            return str(iso11649.validate(compact))
        except ValidationError:
            raise PaymentCodeError(
                "“{value}” is not a valid RF creditor reference.", value=text
            ) from None
    if not re.fullmatch(r"[A-Z0-9]{1,35}", compact):
        raise PaymentCodeError(
            "“{value}” is not a structured reference: use up to 35 letters and digits.",
            value=text,
        )
    return compact


def epc_qr(
    iban: str,
    amount_minor: int,
    currency: str = "EUR",
    *,
    beneficiary_name: str,
    bic: str | None = None,
    remittance_text: str | None = None,
    structured_reference: str | None = None,
) -> str:
    """An EPC069-12 “BCD” SEPA credit transfer payload (version 002, UTF-8), lines joined by \\n.

    Raises PaymentCodeError for what the guideline forbids: a currency other than EUR, an
    amount outside 0.01–999,999,999.99, a name over 70 or a text over 140 characters, both a
    structured reference and a text, or a payload over 331 bytes.
    """
    if _currency(currency) != "EUR":
        raise PaymentCodeError(
            "An EPC QR code pays in euros only, not in {currency}.", currency=currency
        )
    name = _epc_name(beneficiary_name)
    if not name:
        raise PaymentCodeError("An EPC QR code needs the beneficiary's name.")
    remittance = _epc_remittance(remittance_text or "")
    reference = _creditor_reference(structured_reference) if structured_reference else ""
    if reference and remittance:
        raise PaymentCodeError(
            "An EPC QR code carries either a structured reference or a message, not both."
        )
    lines = ["BCD", "002", "1", "SCT", _bic(bic) if bic else "", name, normalize_iban(iban)]
    lines += ["EUR" + _amount(amount_minor, "EUR", EPC_MAX_AMOUNT), "", reference, remittance]
    while not lines[-1]:
        lines.pop()  # the last element is not followed by a separator
    payload = "\n".join(lines)
    size = len(payload.encode("utf-8"))
    if size > EPC_MAX_BYTES:
        raise PaymentCodeError(
            "The EPC QR payload is {size} bytes; at most 331 are allowed.", size=size
        )
    return payload


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (True = dark) at error correction M, row by row, without a quiet zone.

    Built with ReportLab's encoder, so it matches ``QrCodeWidget(payload, barLevel="M")``.
    """
    from reportlab.graphics.barcode import qrencoder  # ReportLab loads slowly; not at start-up

    if not payload:
        raise PaymentCodeError("There is nothing to put in the QR code.")
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    try:
        code.make()
    except Exception as error:  # ReportLab raises a bare Exception on overflow
        raise PaymentCodeError(
            "The text is too long for a QR code: {reason}", reason=str(error)
        ) from error
    return [[bool(module) for module in row] for row in code.modules]


def modules_text(modules: list[list[bool]]) -> str:
    """The modules as text to keep with an issued document: a row per line, in hexadecimal."""
    digits = (len(modules) + 3) // 4
    return "\n".join(
        f"{int(''.join('1' if dark else '0' for dark in row), 2):0{digits}x}" for row in modules
    )


def modules_from_text(text: str) -> list[list[bool]]:
    """The modules back from `modules_text`; ValueError if the text is not a QR code's."""
    rows = text.split("\n")
    size = len(rows)
    if size < 21 or size > 177 or size % 4 != 1:  # versions 1–40 are 21, 25, … 177 wide
        raise ValueError(f"{size} rows is not the size of a QR code")
    modules = []
    for row in rows:
        bits = f"{int(row, 16):0{size}b}"
        if len(bits) != size:
            raise ValueError(f"a row is wider than {size} modules")
        modules.append([bit == "1" for bit in bits])
    return modules
