"""Reading a bank statement file: camt.053 XML, GPC/ABO or CSV, told apart by their content."""

from __future__ import annotations

from models.payments.camt053 import parse_camt053
from models.payments.gpc import looks_like_gpc, parse_gpc
from models.payments.statement_csv import CsvMapping, detect_csv_mapping, parse_statement_csv
from models.payments.statements import Statement, StatementError


def parse_statement_file(data: bytes, mapping: CsvMapping | None = None) -> Statement:
    """A camt.053 XML, a GPC/ABO or a CSV statement (its columns recognised, or as `mapping`
    says)."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        raise StatementError("The file is empty.")
    if start.startswith(b"<"):
        return parse_camt053(data)
    if looks_like_gpc(data):
        return parse_gpc(data)
    return parse_statement_csv(data, mapping or detect_csv_mapping(data))
