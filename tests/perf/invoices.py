"""Invoice PDF benchmark: one invoice against a minimal one-page ReportLab document, and a bulk
export of many invoices in two worker processes.

Run: .venv/bin/python tests/perf/invoices.py [--rounds 30] [--invoices 1000] [--workers 2]
Single: the median time to render one tax invoice (seller, buyer, lines, VAT recapitulation,
totals) and the median time to render a minimal page (the same registered TTF, one paragraph),
interleaved in the same run; for reference also a proforma (with its QR code) and a credit
note. Bulk: --invoices paid top-ups in a temporary database, exported to a temporary folder
with --workers processes (multiprocessing). Last line: the ratio (target <= 3) and invoices
per second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.platypus import Paragraph  # noqa: E402

from models.common import database as db
from models.common import pdf_base
from models.common.database import write_transaction  # noqa: E402
from models.common.money import MICRO  # noqa: E402
from models.invoicing import billing, documents, issuing
from models.invoicing import export as invoice_export
from models.invoicing.pdf import render_document  # noqa: E402
from models.payments import top_ups as payments
from models.settings import store as settings


def minimal_page() -> bytes:
    return pdf_base.render(
        [Paragraph("Řeřicha &amp; Syn s.r.o.", pdf_base.styles()["body"])], "Minimal"
    )


def make_invoices(count: int) -> list[int]:
    settings.set_values(
        {
            "seller.name": "Credit Desk s.r.o.",
            "seller.iban": "CZ6508000000192000145399",
            "seller.street": "Karlova 12",
            "seller.city": "Praha 1",
            "seller.postal_code": "110 00",
            "seller.company_id": "25596641",
            "seller.vat_id": "CZ25596641",
        }
    )
    billing.save(
        billing.BillingDetails(
            name="Řeřicha & <Syn> s.r.o.",
            street="Dlouhá 1",
            city="Praha",
            postal_code="110 00",
            country="CZ",
            company_id="27082440",
            vat_id="CZ27082440",
        )
    )
    start = date(2026, 1, 1)
    for index in range(count):
        day = start + timedelta(days=index * 300 // max(count, 1))
        quote = payments.quote_for_credits((100 + index) * MICRO, "CZK")
        with write_transaction():
            payment = payments.Payment.create(
                method=payments.MANUAL,
                state=payments.PENDING,
                currency="CZK",
                net_minor=quote.net_minor,
                vat_minor=quote.vat_minor,
                total_minor=quote.total_minor,
                vat_rate=str(quote.vat_rate),
                vat_rule=quote.vat_rule,
                credits=quote.credits,
                variable_symbol=f"26{index + 1:08d}",
                created_at="2026-01-01T00:00:00.000000Z",
                due_on=day.isoformat(),
            )
            payments.confirm_in_transaction(payment, None, today=day)
    return [
        row.id for row in documents.Document.select().where(documents.Document.kind == "invoice")
    ]


def proforma_id() -> int:
    """A bank-transfer top-up's proforma, with its QR payment code."""
    quote = payments.quote_for_credits(1000 * MICRO, "CZK")
    payment = payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 11, 2))
    proforma = documents.proforma_for_payment(payment.id)
    assert documents.load(proforma.id).payment_details.get("qr_payload"), "no QR code"
    return proforma.id


def credit_note_id(invoice_id: int) -> int:
    note = issuing.issue_credit_note(
        invoice_id, "Unused credits returned", 50 * MICRO, today=date(2026, 12, 1)
    )
    return note.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        opened = db.open_database(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        ids = make_invoices(args.invoices)
        print(
            f"issued {len(ids)} paid top-ups with invoices in {time.perf_counter() - started:.1f} s"
        )

        samples = {
            "invoice": documents.load(ids[0]),
            "proforma": documents.load(proforma_id()),
            "credit note": documents.load(credit_note_id(ids[1])),
        }
        for sample in samples.values():  # warm up: fonts registered, styles, modules imported
            render_document(sample)
        minimal_page()
        times: dict[str, list[float]] = {kind: [] for kind in [*samples, "minimal"]}
        for _ in range(args.rounds):
            for kind, sample in samples.items():
                started = time.perf_counter()
                render_document(sample)
                times[kind].append(time.perf_counter() - started)
            started = time.perf_counter()
            minimal_page()
            times["minimal"].append(time.perf_counter() - started)
        median_ms = {kind: statistics.median(values) * 1000 for kind, values in times.items()}
        invoice_ms, minimal_ms = median_ms["invoice"], median_ms["minimal"]
        print(f"minimal page (registered TTF, one paragraph): median {minimal_ms:.1f} ms")
        for kind in samples:
            print(
                f"one {kind}: median {median_ms[kind]:.1f} ms over {args.rounds} renders, "
                f"{median_ms[kind] / minimal_ms:.2f}x the minimal page"
            )

        started = time.perf_counter()
        result = invoice_export.export_to_folder(ids, Path(folder) / "out", workers=args.workers)
        elapsed = time.perf_counter() - started
        written = result.count(invoice_export.WRITTEN)
        print(
            f"bulk export: {written} invoices to a folder with {args.workers} worker processes "
            f"in {elapsed:.1f} s (loading snapshots, rendering, writing)"
        )
        opened.close()
    ratio = invoice_ms / minimal_ms
    print(
        f"ratio invoice/minimal {ratio:.2f} (target <= 3); "
        f"bulk {written / elapsed:.1f} invoices per second"
    )


if __name__ == "__main__":
    main()
