"""Every CSV the app writes opens in a spreadsheet without running a cell as a formula."""

from __future__ import annotations

import csv
import io

import pytest

from models.common.csv_cells import read_safe_text, safe_text
from models.pricing.price_list import PriceRow
from models.pricing.price_list_csv import read_price_list, write_price_list

FORMULAS = ['=HYPERLINK("http://x","y")', "+SUM(1)", "@cmd", "-1+2", "\tTab", "\rCR"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_cells_are_written_as_text_and_read_back_unchanged(text: str) -> None:
    assert safe_text(text) == "'" + text
    assert read_safe_text(safe_text(text)) == text


@pytest.mark.parametrize("text", ["O2", "T-Mobile", "'quoted'", "", "Vodafone = best"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert safe_text(text) == text and read_safe_text(text) == text


def test_price_list_export_neutralises_operator_formulas_and_round_trips() -> None:
    rows = [PriceRow("CZ", "420", name, f"42060{i}", 35_000) for i, name in enumerate(FORMULAS)]
    written = write_price_list(rows)
    cells = [line[2] for line in list(csv.reader(io.StringIO(written)))[1:]]
    assert all(cell.startswith("'") for cell in cells), cells
    assert [row.operator for row in read_price_list(written.encode())] == FORMULAS


def test_price_prefixes_in_other_scripts_are_refused() -> None:
    from models.pricing.price_list_csv import PriceListImportError

    data = "country,dialling_code,operator,prefix,price\nCZ,420,O2,٤٢٠٦٠١,0.035\n"
    with pytest.raises(PriceListImportError, match="not a number prefix"):
        read_price_list(data.encode())


@pytest.mark.parametrize("content", [b",,,\n,,\n", b";;;\r\n;;\r\n", b"\t\t\n", b'"","",""\n'])
def test_a_file_of_separators_only_is_empty(content: bytes) -> None:
    from models.common.text_files import TextFileError
    from models.pricing.price_list_csv import PriceListImportError
    from models.pricing.recipients import read_recipient_table

    with pytest.raises(TextFileError, match="The file is empty"):
        read_recipient_table(content)
    with pytest.raises(PriceListImportError, match="The file is empty"):
        read_price_list(content)


def test_estimate_and_send_say_so_without_a_traceback(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    main = Path(__file__).resolve().parent.parent / "main.py"
    recipients = tmp_path / "commas.csv"
    recipients.write_bytes(b",,,\n,,\n")
    for command in ("estimate", "send"):
        result = subprocess.run(
            [sys.executable, str(main), "--database", str(tmp_path / "db.sqlite3"), command]
            + ["--text", "Hi", "--recipients", str(recipients)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
        assert "The file is empty" in result.stderr
