"""Payment QR codes: account numbers, SPAYD and EPC payloads, and the QR matrix (decoded back)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.cz import bankaccount

from models.common.messages import Message
from models.payments.bank_account import normalize_variable_symbol
from models.payments.qr import (
    AccountError,
    PaymentCodeError,
    czech_account_to_iban,
    epc_qr,
    modules_from_text,
    modules_text,
    normalize_iban,
    qr_matrix,
    spayd,
    variable_symbol_is_valid,
)

IBAN = "CZ6508000000192000145399"  # 19-2000145399/0800, the usual Česká spořitelna example
EUR_IBAN = "DE89370400440532013000"


# --- account numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("account", "iban"),
    [
        ("19-2000145399/0800", IBAN),
        ("000019-2000145399/0800", IBAN),
        (" 19-2000145399 / 0800 ", IBAN),
        ("2000145399/0800", "CZ7908000000002000145399"),
        ("34278-727558021/0100", "CZ2101000342780727558021"),
    ],
)
def test_czech_account_to_iban(account: str, iban: str) -> None:
    assert czech_account_to_iban(account) == iban


@pytest.mark.parametrize(
    ("account", "message"),
    [
        ("", "not a Czech account number"),
        ("2000145399", "not a Czech account number"),
        ("2000145399/800", "not a Czech account number"),
        ("2000145399/08000", "not a Czech account number"),
        ("1234567-2000145399/0800", "not a Czech account number"),
        ("19-20001453990/0800", "not a Czech account number"),
        ("19-2000145A99/0800", "not a Czech account number"),
        ("CZ6508000000192000145399", "not a Czech account number"),
        ("00/0800", "only zeros"),
        ("18-2000145399/0800", "prefix"),
        ("19-2000145398/0800", "account number"),
    ],
)
def test_czech_account_rejects(account: str, message: str) -> None:
    with pytest.raises(AccountError, match=message):
        czech_account_to_iban(account)
    assert issubclass(AccountError, ValueError)


@given(st.from_regex(r"[0-9]{0,6}", fullmatch=True), st.from_regex(r"[0-9]{2,10}", fullmatch=True))
def test_czech_account_agrees_with_stdnum(prefix: str, number: str) -> None:
    text = f"{prefix}-{number}/0800" if prefix else f"{number}/0800"
    expected = bankaccount.is_valid(text) and number.strip("0") != ""
    try:
        iban = czech_account_to_iban(text)
    except AccountError:
        assert not expected
    else:
        assert expected
        assert stdnum_iban.is_valid(iban)
        assert iban[4:] == "0800" + prefix.zfill(6) + number.zfill(10)


@pytest.mark.parametrize(
    ("text", "compact"),
    [(IBAN, IBAN), ("cz65 0800 0000 1920 0014 5399", IBAN), (f" {EUR_IBAN} ", EUR_IBAN)],
)
def test_normalize_iban(text: str, compact: str) -> None:
    assert normalize_iban(text) == compact


@pytest.mark.parametrize(
    "text", ["", "CZ6508000000192000145398", "CZ65080000001920001453", "hello", "1234"]
)
def test_normalize_iban_rejects(text: str) -> None:
    with pytest.raises(AccountError):
        normalize_iban(text)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("1", True),
        ("1234567890", True),
        ("0042", True),
        ("", False),
        ("0", False),
        ("0000000000", False),
        ("12345678901", False),
        ("12a", False),
        (" 12", False),
        ("-12", False),
        ("١٢٣", False),  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_variable_symbol_is_valid(text: str, valid: bool) -> None:
    assert variable_symbol_is_valid(text) is valid


@pytest.mark.parametrize(
    ("text", "symbol"), [("0000001234", "1234"), (" 42 ", "42"), ("0", None), ("abc", None)]
)
def test_normalize_variable_symbol(text: str, symbol: str | None) -> None:
    assert normalize_variable_symbol(text) == symbol


# --- SPAYD -----------------------------------------------------------------------------------


def test_spayd_full_example() -> None:
    payload = spayd(
        "cz65 0800 0000 1920 0014 5399",
        123450,
        "czk",
        "1234567890",
        message="Dobití kreditu",
        due_date=date(2024, 3, 1),
        recipient_name="Příliš žluťoučký, s.r.o.",
        bic="gibaczpx",
    )
    assert payload == (
        "SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:1234.50*CC:CZK"
        "*RN:PRILIS ZLUTOUCKY, S.R.O.*DT:20240301*X-VS:1234567890*MSG:DOBITI KREDITU"
    )


def test_spayd_minimal() -> None:
    assert spayd(IBAN, 50000, "CZK", "42") == f"SPD*1.0*ACC:{IBAN}*AM:500.00*CC:CZK*X-VS:42"


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("a*b", "A%2AB"),
        ("50 % off", "50 %25 OFF"),
        ("line\nbreak\ttab", "LINE BREAK TAB"),
        ("  spaced   out  ", "SPACED OUT"),
        ("Straße – Łódź", "STRASSE - LODZ"),
        ("€ 5 ☺", "5"),
        ("%2A", "%252A"),  # a literal “%2A” must not turn into a star when decoded
    ],
)
def test_spayd_free_text_is_escaped(message: str, shown: str) -> None:
    assert spayd(IBAN, 100, "CZK", "1", message=message).endswith(f"*MSG:{shown}")


def test_spayd_drops_text_that_cleans_to_nothing() -> None:
    assert spayd(IBAN, 100, "CZK", "1", message="☺☺", recipient_name="  ") == (
        f"SPD*1.0*ACC:{IBAN}*AM:1.00*CC:CZK*X-VS:1"
    )


def test_spayd_length_limits() -> None:
    assert spayd(IBAN, 100, "CZK", "1", message="x" * 60).endswith("X" * 60)
    with pytest.raises(PaymentCodeError, match="60"):
        spayd(IBAN, 100, "CZK", "1", message="x" * 61)
    escaped = spayd(IBAN, 100, "CZK", "1", message="*" * 20)  # 60 characters once escaped
    assert escaped.endswith("MSG:" + "%2A" * 20)
    with pytest.raises(PaymentCodeError, match="63 characters"):
        spayd(IBAN, 100, "CZK", "1", message="*" * 21)
    assert "*RN:" + "N" * 35 + "*" in spayd(IBAN, 100, "CZK", "1", recipient_name="n" * 35)
    assert "*RN:" + "N" * 35 + "*" in spayd(IBAN, 100, "CZK", "1", recipient_name="n" * 36)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        # 35 characters, 37 once each ß is SS: cut at the last word that fits
        ("Großhandel Weiß & Söhne Praha s.r.o", "GROSSHANDEL WEISS & SOHNE PRAHA"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy", "PRILIS ZLUTOUCKY KUN UPEL DABELSKE"),
        ("Credit Desk s.r.o.", "CREDIT DESK S.R.O."),
        ("A" * 20 + " " + "B" * 20, "A" * 20),  # a word boundary in the second half
        ("A" * 10 + " " + "B" * 30, "A" * 10 + " " + "B" * 24),  # none there: cut in the word
        ("x" * 32 + "*", "X" * 32 + "%2A"),  # the escape fits whole
        ("x" * 33 + "*", "X" * 33),  # an escape is never cut in two
        ("Kůň, Pes, Kočka a Myš spol. s r. o., Brno", "KUN, PES, KOCKA A MYS SPOL. S R. O."),
        ("Weiß & Söhne, Handelsgesellschaft mbH", "WEISS & SOHNE, HANDELSGESELLSCHAFT"),
    ],
)
def test_spayd_fits_the_recipient_name(name: str, shown: str) -> None:
    payload = spayd(IBAN, 100, "CZK", "1", recipient_name=name)
    fitted = payload.split("*RN:")[1].split("*")[0]
    assert fitted == shown
    assert len(fitted) <= 35


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [(1, "CZK", "0.01"), (100, "CZK", "1.00"), (999999999, "CZK", "9999999.99")]
    + [(1234, "JPY", "1234.00"), (12340, "KWD", "12.34")],
)
def test_spayd_amounts(amount: int, currency: str, shown: str) -> None:
    assert f"*AM:{shown}*CC:{currency}*" in spayd(IBAN, amount, currency, "1")


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        (0, "CZK", "more than zero"),
        (-100, "CZK", "more than zero"),
        (1_000_000_000, "CZK", "more than"),
        (12345, "KWD", "two decimals"),
        (100, "CZ", "ISO 4217"),
        (100, "ABC", "not a known currency"),
        (100, "XXX", "ISO 4217"),
    ],
)
def test_spayd_rejects_amounts(amount: int, currency: str, message: str) -> None:
    with pytest.raises(PaymentCodeError, match=message):
        spayd(IBAN, amount, currency, "1")


@pytest.mark.parametrize("amount", [12.5, True, "100"])
def test_spayd_amount_must_be_integer_minor_units(amount: object) -> None:
    with pytest.raises(TypeError):
        spayd(IBAN, amount, "CZK", "1")  # type: ignore[arg-type]


@pytest.mark.parametrize("symbol", ["", "0", "00000", "12345678901", "12a", "12 3"])
def test_spayd_rejects_variable_symbols(symbol: str) -> None:
    with pytest.raises(PaymentCodeError, match="variable symbol"):
        spayd(IBAN, 100, "CZK", symbol)


def test_spayd_rejects_bad_account_and_bic() -> None:
    with pytest.raises(AccountError):
        spayd("CZ6508000000192000145398", 100, "CZK", "1")
    with pytest.raises(PaymentCodeError, match="BIC"):
        spayd(IBAN, 100, "CZK", "1", bic="GIBA")


@given(st.text(max_size=80), st.text(max_size=40))
def test_spayd_structure_survives_any_text(message: str, name: str) -> None:
    try:
        payload = spayd(IBAN, 100, "CZK", "7", message=message, recipient_name=name)
    except PaymentCodeError:
        return
    assert payload.isascii() and payload.isprintable()
    header, version, *fields = payload.split("*")
    assert (header, version) == ("SPD", "1.0")
    keys = [field.partition(":")[0] for field in fields]
    assert keys[:3] == ["ACC", "AM", "CC"] and "X-VS" in keys
    assert set(keys) <= {"ACC", "AM", "CC", "RN", "X-VS", "MSG"}
    assert all(value for _, _, value in (field.partition(":") for field in fields))


def test_spayd_of_plain_text_fits_alphanumeric_qr_mode() -> None:
    from reportlab.graphics.barcode.qrencoder import QRAlphaNum

    payload = spayd(IBAN, 123450, "CZK", "2024000123", message="Dobití kreditu 2024-000123")
    assert QRAlphaNum.valid(payload)


# --- EPC -------------------------------------------------------------------------------------


def test_epc_full_example() -> None:
    payload = epc_qr(
        "de89 3704 0044 0532 0130 00",
        12345,
        beneficiary_name="Müller GmbH",
        bic="cobadeffxxx",
        remittance_text="Top up 2024-000123",
    )
    lines = ["BCD", "002", "1", "SCT", "COBADEFFXXX", "Müller GmbH", EUR_IBAN, "EUR123.45"]
    assert payload == "\n".join([*lines, "", "", "Top up 2024-000123"])


def test_epc_minimal_has_no_trailing_separators() -> None:
    payload = epc_qr(EUR_IBAN, 100, beneficiary_name="Credit Desk")
    assert payload == f"BCD\n002\n1\nSCT\n\nCredit Desk\n{EUR_IBAN}\nEUR1.00"


def test_epc_structured_reference() -> None:
    payload = epc_qr(
        EUR_IBAN, 100, beneficiary_name="A", structured_reference="rf18 5390 0754 7034"
    )
    assert payload.endswith("EUR1.00\n\nRF18539007547034")


@pytest.mark.parametrize(("amount", "shown"), [(1, "EUR0.01"), (99_999_999_999, "EUR999999999.99")])
def test_epc_amount_limits(amount: int, shown: str) -> None:
    assert epc_qr(EUR_IBAN, amount, beneficiary_name="A").endswith(shown)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"amount_minor": 0}, "more than zero"),
        ({"amount_minor": 100_000_000_000}, "more than"),
        ({"currency": "CZK"}, "euros only"),
        ({"currency": "EURO"}, "ISO 4217"),
        ({"beneficiary_name": ""}, "beneficiary's name"),
        ({"beneficiary_name": "x" * 71}, "70"),
        ({"beneficiary_name": "two\nlines"}, "one line"),
        ({"remittance_text": "x" * 141}, "140"),
        ({"remittance_text": "a\u2028b"}, "one line"),
        ({"structured_reference": "RF19 5390 0754 7034"}, "RF creditor reference"),
        ({"structured_reference": "X" * 36}, "35"),
        ({"structured_reference": "RF18539007547034", "remittance_text": "hi"}, "not both"),
        ({"bic": "NOTABIC!"}, "BIC"),
        ({"beneficiary_name": "ř" * 70, "remittance_text": "ř" * 140}, "331"),
    ],
)
def test_epc_rejects(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"iban": EUR_IBAN, "amount_minor": 100, "beneficiary_name": "A"}
    with pytest.raises(PaymentCodeError, match=message):
        epc_qr(**(arguments | kwargs))  # type: ignore[arg-type]


def test_epc_fits_the_byte_limit_exactly() -> None:
    payload = epc_qr(EUR_IBAN, 100, beneficiary_name="x" * 70, remittance_text="y" * 140)
    assert len(payload.encode()) <= 331


# --- QR matrix -------------------------------------------------------------------------------


def _finder_at(matrix: list[list[bool]], row: int, col: int) -> bool:
    ring = all(matrix[row + i][col] and matrix[row + i][col + 6] for i in range(7))
    return ring and all(matrix[row + 2 + i][col + 2 + j] for i in range(3) for j in range(3))


def test_qr_matrix_shape_and_level_m() -> None:
    matrix = qr_matrix(spayd(IBAN, 123450, "CZK", "1234567890", message="Dobití"))
    size = len(matrix)
    assert all(len(row) == size for row in matrix) and (size - 17) % 4 == 0
    assert _finder_at(matrix, 0, 0) and _finder_at(matrix, 0, size - 7)
    assert _finder_at(matrix, size - 7, 0)
    # The format information's two level bits (masked with 1, 0) sit at the bottom of column 8;
    # level M is 00, so they read 1, 0.
    assert (matrix[size - 1][8], matrix[size - 2][8]) == (True, False)


def test_qr_matrix_matches_the_reportlab_widget() -> None:
    from reportlab.graphics.barcode.qr import QrCodeWidget

    payload = epc_qr(EUR_IBAN, 12345, beneficiary_name="Müller GmbH")
    widget = QrCodeWidget(payload, barLevel="M")
    widget.draw()
    assert qr_matrix(payload) == [[bool(m) for m in row] for row in widget.qr.modules]


def test_modules_kept_as_text_come_back_the_same() -> None:
    for payload in ["x", spayd(IBAN, 123450, "CZK", "1234567890", message="Dobití"), "y" * 900]:
        matrix = qr_matrix(payload)
        assert modules_from_text(modules_text(matrix)) == matrix


@pytest.mark.parametrize(
    "text",
    ["", "zz", "\n".join(["1"] * 20), "\n".join(["1"] * 22), "\n".join(["fffffffff"] * 21)],
)
def test_modules_text_that_is_not_a_qr_code_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        modules_from_text(text)


def test_qr_matrix_rejects_empty_and_oversize() -> None:
    with pytest.raises(PaymentCodeError):
        qr_matrix("")
    with pytest.raises(PaymentCodeError, match="too long"):
        qr_matrix("x" * 5000)


def _png(matrix: list[list[bool]], scale: int = 4, border: int = 4) -> bytes:
    """A greyscale PNG of the code with a quiet zone, written with zlib alone."""
    count = len(matrix)
    side = (count + 2 * border) * scale
    rows = []
    for r in range(-border, count + border):
        line = bytes(
            0 if 0 <= r < count and 0 <= c < count and matrix[r][c] else 255
            for c in range(-border, count + border)
            for _ in range(scale)
        )
        rows += [b"\x00" + line] * scale

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
@pytest.mark.parametrize(
    "payload",
    [
        spayd(IBAN, 123450, "CZK", "1234567890", message="Dobití kreditu", bic="GIBACZPX"),
        epc_qr(EUR_IBAN, 12345, beneficiary_name="Žluťoučký kůň s.r.o.", remittance_text="Ünï"),
        epc_qr(EUR_IBAN, 1, beneficiary_name="x" * 70, remittance_text="y" * 140),
        spayd(
            IBAN, 12100, "CZK", "2600000001", recipient_name="Großhandel Weiß & Söhne Praha s.r.o"
        ),
    ],
)
def test_qr_matrix_decodes_back_with_zbarimg(payload: str, tmp_path: Path) -> None:
    image = tmp_path / "code.png"
    image.write_bytes(_png(qr_matrix(payload)))
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sbinary", str(image)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    assert result.stdout.decode("utf-8") == payload


def test_qr_and_account_errors_keep_the_bad_input_for_translation() -> None:
    with pytest.raises(PaymentCodeError) as raised:
        spayd(IBAN, 100, "CZK", "12a")
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.template == "“{value}” is not a variable symbol: use 1–10 digits, not all zeros."
    assert message.values == {"value": "12a"}
    with pytest.raises(AccountError) as raised:
        normalize_iban("CZ6508000000192000145398")
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.template.endswith("its check digits are wrong (a typo?).")
    assert message.values == {"value": "CZ6508000000192000145398"}
    assert str(raised.value) == (
        "“CZ6508000000192000145398” is not a valid IBAN: its check digits are wrong (a typo?)."
    )
