"""Column mappings chosen for unfamiliar CSV exports, remembered by the file's header row.

The next file with the same header (the same bank's export) is read with the same mapping,
without asking again. The header is compared as its names without case, spacing or BOM.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

from peewee import CharField, TextField

from models.common.catalog import upsert
from models.common.database import BaseModel, retried, write_transaction
from models.payments.csv_mapping import CsvMapping, header_key
from models.payments.statement_csv import header_rows, mapped_header
from models.payments.statements import MAX_STATEMENT_BYTES, StatementError


class RememberedCsvMapping(BaseModel):
    signature = CharField(primary_key=True)  # digest of the normalised header row
    mapping = TextField()  # the CsvMapping's fields as JSON
    saved_at = CharField()  # UTC, ISO 8601

    class Meta:
        table_name = "csv_mapping_memory"


def header_signature(header: Sequence[str]) -> str:
    """The same for header rows that differ only in case, spacing, quotes or a BOM."""
    names = "\x1f".join(header_key(name) for name in header).rstrip("\x1f")
    return hashlib.sha256(names.encode("utf-8")).hexdigest()


@retried
def remember(data: bytes, mapping: CsvMapping) -> None:
    """Keep `mapping` for files whose header is the one it was used with in `data`."""
    fields = {k: v for k, v in dataclasses.asdict(mapping).items() if k != "bank"}
    with write_transaction():
        upsert(
            RememberedCsvMapping,
            [RememberedCsvMapping.signature],
            signature=header_signature(mapped_header(data, mapping)),
            mapping=json.dumps(fields, ensure_ascii=False, sort_keys=True),
            saved_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )


def recall(data: bytes) -> CsvMapping | None:
    """The mapping remembered for one of the file's first rows, or None (also for non-CSV)."""
    if len(data) > MAX_STATEMENT_BYTES or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return None  # the parser refuses it
    try:
        signatures = [header_signature(row) for row in header_rows(data)]
    except StatementError:
        return None  # not readable text: the parser says why
    if not signatures:
        return None
    found = {
        row.signature: row.mapping
        for row in RememberedCsvMapping.select().where(
            RememberedCsvMapping.signature.in_(signatures)
        )
    }
    for signature in signatures:
        if signature in found:
            try:
                return CsvMapping(**json.loads(found[signature]))
            except (TypeError, ValueError):
                return None  # written by another version: ask again
    return None
