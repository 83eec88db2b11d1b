"""Exporting documents: safe names, no silent overwriting, ZIP, the export-invoices command."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

import main
from models.common.database import open_database
from models.common.messages import Message
from models.invoicing import export as invoice_export
from tests.invoice_helpers import buyer, paid, pending, seller


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        ("invoice", "2026-000001", "invoice-2026-000001.pdf"),
        ("invoice", "2026/000001", "invoice-2026-000001.pdf"),
        ("proforma", "PF\\2026:01*?", "proforma-PF-2026-01.pdf"),
        ("credit-note", "Dobropis č. 1", "credit-note-Dobropis-c.-1.pdf"),
        ("invoice", "..", "invoice-document.pdf"),
    ],
)
def test_file_names_are_safe(kind: str, number: str, expected: str) -> None:
    assert invoice_export.file_name(kind, number) == expected


@pytest.mark.parametrize("reserved", ["CON", "nul", "Com1", "LPT9", "aux.txt", "PRN"])
def test_reserved_device_names_are_never_produced(reserved: str) -> None:
    part = invoice_export.safe_component(reserved)
    assert part.split(".")[0].upper() not in {"CON", "NUL", "COM1", "LPT9", "AUX", "PRN"}


def three_documents() -> None:
    seller()
    buyer()
    pending(on=date(2026, 2, 1))
    paid(on=date(2026, 3, 9))  # its proforma (5 Mar) and invoice (9 Mar)


def test_export_to_a_folder_never_overwrites_silently(database, tmp_path: Path) -> None:
    three_documents()
    ids = invoice_export.select(date(2026, 3, 1), date(2026, 3, 31))
    assert len(ids) == 2
    first = invoice_export.export_to_folder(ids, tmp_path / "out")
    assert sorted(p.name for p, _ in first.files) == [
        "invoice-2026-000001.pdf",
        "proforma-PF2026-000002.pdf",
    ]
    again = invoice_export.export_to_folder(ids, tmp_path / "out")
    assert again.count(invoice_export.UNCHANGED) == 2
    (tmp_path / "out" / "invoice-2026-000001.pdf").write_bytes(b"someone else's file")
    third = invoice_export.export_to_folder(ids, tmp_path / "out")
    renamed = [p.name for p, status in third.files if status == invoice_export.RENAMED]
    assert renamed == ["invoice-2026-000001 (2).pdf"]
    assert (tmp_path / "out" / "invoice-2026-000001.pdf").read_bytes() == b"someone else's file"


def test_export_to_zip_with_progress(database, tmp_path: Path) -> None:
    three_documents()
    seen: list[tuple[int, int]] = []
    target = tmp_path / "documents.zip"
    invoice_export.export_to_zip(
        invoice_export.select(), target, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names == [
            "proforma-PF2026-000001.pdf",
            "proforma-PF2026-000002.pdf",
            "invoice-2026-000001.pdf",
        ]
        assert archive.read(names[0]).startswith(b"%PDF")


def test_cancelled_zip_writes_nothing(database, tmp_path: Path) -> None:
    three_documents()
    result = invoice_export.export_to_zip(
        invoice_export.select(), tmp_path / "x.zip", cancelled=lambda: True
    )
    assert result.cancelled and not (tmp_path / "x.zip").exists()


def test_rendering_in_two_worker_processes_gives_the_same_files(database, tmp_path: Path) -> None:
    three_documents()
    ids = invoice_export.select()
    invoice_export.export_to_folder(ids, tmp_path / "one", workers=1)
    invoice_export.export_to_folder(ids, tmp_path / "two", workers=2)
    for path in (tmp_path / "one").iterdir():
        assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes()


def test_cli_exports_a_period_with_a_line_per_file(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    opened = open_database(database_path)
    three_documents()
    opened.close()
    target = tmp_path / "export"
    args = ["--database", str(database_path), "export-invoices", str(target)]
    assert main.main([*args, "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"wrote: {target / 'proforma-PF2026-000002.pdf'}",
        f"wrote: {target / 'invoice-2026-000001.pdf'}",
        f"2 documents exported to {target}: 2 written, 0 unchanged",
    ]
    assert main.main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"3 documents exported to {target}: 1 written, 2 unchanged"
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-13-01"], "--from “2026-13-01” is not a date"),
        (["--to", "yesterday"], "--to “yesterday” is not a date"),
        (["--from", "2026-04-01", "--to", "2026-03-01"], "--from is after --to"),
    ],
)
def test_cli_bad_dates(database_path: Path, tmp_path: Path, capsys, extra, message) -> None:
    code = main.main(["--database", str(database_path), "export-invoices", str(tmp_path), *extra])
    assert code == 2
    assert message in capsys.readouterr().err


def test_cli_unwritable_folder(database_path: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = main.main(["--database", str(database_path), "export-invoices", str(blocker)])
    assert code == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    code = main.main(["--database", str(database_path), "export-invoices", str(blocker / "sub")])
    assert code == 1
    assert "Cannot write into" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_cli_read_only_folder(database_path: Path, tmp_path: Path, capsys) -> None:
    tmp_path.chmod(0o500)
    try:
        code = main.main(["--database", str(database_path), "export-invoices", str(tmp_path)])
    finally:
        tmp_path.chmod(0o700)
    assert code == 1


def test_an_export_error_keeps_its_template_and_the_folder(tmp_path: Path) -> None:
    a_file = tmp_path / "invoices"
    a_file.write_text("not a folder")
    with pytest.raises(invoice_export.ExportError) as raised:
        invoice_export.check_folder(a_file)
    message = raised.value.args[0]
    assert (
        isinstance(message, Message) and str(raised.value) == f"“{a_file}” is a file, not a folder."
    )
    assert message.values == {"path": str(a_file)}


def test_cli_exports_isdoc_files_instead_of_pdfs(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    from lxml import etree

    from tests.test_einvoice_table import ISDOC_SCHEMA

    opened = open_database(database_path)
    three_documents()
    opened.close()
    target = tmp_path / "isdoc"
    args = ["--database", str(database_path), "export-invoices", str(target)]
    assert main.main([*args, "--format", "ISDOC"]) == 0
    names = sorted(path.name for path in target.iterdir())
    assert names == [
        "invoice-2026-000001.isdoc",
        "proforma-PF2026-000001.isdoc",
        "proforma-PF2026-000002.isdoc",
    ]
    for name in names:
        ISDOC_SCHEMA.assertValid(etree.parse(str(target / name)))
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"3 documents exported to {target}: 3 written, 0 unchanged"
    )
    assert main.main([*args, "--format", "isdoc"]) == 0  # the same bytes again: unchanged
    assert capsys.readouterr().out.splitlines()[-1].endswith("0 written, 3 unchanged")


def test_cli_exports_factur_x_and_says_proformas_stay_plain(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    import facturx

    opened = open_database(database_path)
    three_documents()
    opened.close()
    target = tmp_path / "fx"
    args = ["--database", str(database_path), "export-invoices", str(target)]
    assert main.main([*args, "--format", "facturx", "--from", "2026-03-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[-1]
        == "1 proforma as plain PDF: a proforma is not an invoice, so it carries no Factur-X"
    )
    name, xml = facturx.get_facturx_xml_from_pdf((target / "invoice-2026-000001.pdf").read_bytes())
    assert name == "factur-x.xml" and b"<ram:TypeCode>380</ram:TypeCode>" in xml
    proforma = (target / "proforma-PF2026-000002.pdf").read_bytes()
    assert not facturx.get_facturx_xml_from_pdf(proforma)[1]
    assert main.main([*args, "--format", "facturx", "--from", "2026-03-01"]) == 0
    assert "0 written, 2 unchanged" in capsys.readouterr().out  # the same bytes every time


def test_zip_export_in_isdoc(database, tmp_path: Path) -> None:
    three_documents()
    target = tmp_path / "documents.zip"
    invoice_export.export_to_zip(invoice_export.select(), target, export_format="isdoc")
    with zipfile.ZipFile(target) as archive:
        assert all(name.endswith(".isdoc") for name in archive.namelist())
        assert archive.read(archive.namelist()[0]).startswith(b"<?xml")


def test_one_document_is_counted_in_the_singular(tmp_path: Path, capsys) -> None:
    """“1 document exported”, not “1 documents”."""
    import main

    database = tmp_path / "one.sqlite3"
    base = ["--database", str(database)]
    assert main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"]) == 0
    assert main.main([*base, "top-up", "500", "CZK", "--method", "bank-transfer"]) == 0
    capsys.readouterr()
    assert main.main([*base, "export-invoices", str(tmp_path / "out")]) == 0
    assert "1 document exported to" in capsys.readouterr().out
