"""A document as an A4 PDF in its own language; the same document always gives the same bytes."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from models.common import pdf_base
from models.common.formatting import credits_with_unit
from models.invoicing.documents import CREDIT_NOTE, INVOICE, PROFORMA, DocumentData
from models.invoicing.pdf_blocks import (
    CONTENT_WIDTH,
    Blocks,
    label_value_table,
    text_block,
    text_style,
)
from models.invoicing.pdf_exchange import conversion_block
from models.invoicing.pdf_qr import QrCode
from models.invoicing.vat import DOMESTIC
from models.invoicing.wording import word
from models.payments.qr import modules_from_text, qr_matrix

QR_SIZE = 38 * mm


def _qr_modules(details: dict[str, str]) -> list[list[bool]]:
    """The modules kept when the proforma was issued; proformas from before encode the payload."""
    if details.get("qr_modules"):
        try:
            return modules_from_text(details["qr_modules"])
        except ValueError:
            pass  # damaged: the payload is the source of truth
    return qr_matrix(details["qr_payload"])


def _spaced_iban(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


class _Document(Blocks):
    def payment(self) -> Flowable | None:
        data = self.data
        details = data.payment_details
        if data.kind != PROFORMA:
            return None
        rows = [
            (self.w("account"), _spaced_iban(details.get("iban", ""))),
            (self.w("bic"), details.get("bic", "")),
            (self.w("variable_symbol"), data.variable_symbol),
            (self.w("amount"), self.money(data.totals.total_minor)),
            (self.w("due_on"), self.date(data.due_on)),
        ]
        info = label_value_table([(label, value) for label, value in rows if value], 42 * mm)
        code: list[Any] = []
        if details.get("qr_payload"):
            code = [
                QrCode(_qr_modules(details), QR_SIZE),
                text_block((self.w("qr_hint"), "small_center")),
            ]
        table = Table(
            [[[text_block((self.w("payment"), "heading")), info], code]],
            colWidths=[CONTENT_WIDTH - QR_SIZE - 6 * mm, QR_SIZE + 6 * mm],
        )
        table.setStyle(
            text_style(("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (-1, 0), (-1, 0), 0))
        )
        return table  # one row: it moves to the next page whole rather than split

    def notes(self) -> list[tuple[str, str]]:
        """The lines under the totals: the VAT rule, how it was paid, credits taken back."""
        data = self.data
        notes: list[tuple[str, str]] = []
        if data.vat_rule != DOMESTIC:
            notes.append((self.w("rule_" + data.vat_rule), "bold"))
        if data.kind == INVOICE:
            details = data.payment_details
            method = self.w(f"method_{details.get('method', 'bank-transfer')}")
            paid_on = self.date(details.get("paid_on", data.taxable_supply_on or data.issued_on))
            notes.append((self.w("paid_on").format(date=paid_on, method=method), "body"))
            if details.get("proforma"):
                settles = self.w("settles_proforma").format(number=details["proforma"])
                notes.append((settles, "body"))
        if data.kind == CREDIT_NOTE:
            if data.credits:
                taken = credits_with_unit(-data.credits, self.lang)
                notes.append((self.w("credits_taken_back").format(credits=taken), "body"))
        return notes

    def flowables(self) -> list[Flowable]:
        gap = Spacer(1, 6 * mm)
        story: list[Flowable] = [*self.header(), gap, self.parties(), gap, self.dates(), gap]
        story += [self.lines(), Spacer(1, 4 * mm)]
        if self.data.kind == CREDIT_NOTE:
            story += [self.differences(), Spacer(1, 4 * mm)]
        story += [
            text_block((self.w("vat_recap"), "heading")),
            Spacer(1, 1 * mm),
            self.recapitulation(),
            Spacer(1, 3 * mm),
            self.totals(),
        ]
        conversion = conversion_block(self)
        if conversion is not None:
            story += [Spacer(1, 4 * mm), conversion]
        notes = self.notes()
        if notes:
            story += [Spacer(1, 4 * mm), text_block(*notes)]
        payment = self.payment()
        if payment is not None:
            story += [gap, payment]
        return story

    def on_page(self, canvas: Any, document: Any) -> None:
        """Footer: the document's number, the seller, the page."""
        data = self.data
        canvas.saveState()
        canvas.setFont(pdf_base.REGULAR, 7.5)
        canvas.setFillGray(0.35)
        y = pdf_base.MARGIN - 2 * mm
        seller = data.seller.get("name", "")
        canvas.drawString(pdf_base.MARGIN, y, f"{data.number} · {seller}".strip(" ·"))
        page = self.w("page").format(page=document.page)
        canvas.drawRightString(pdf_base.PAGE_SIZE[0] - pdf_base.MARGIN, y, page)
        canvas.restoreState()


def document_title(data: DocumentData) -> str:
    """“Faktura – daňový doklad 2026-000001”: the PDF's title, in the document's language."""
    return f"{word(data.kind, data.language)} {data.number}"


def render_document(data: DocumentData) -> bytes:
    """The document's PDF: A4, embedded DejaVu fonts, identical bytes for the same document."""
    renderer = _Document(data)
    return pdf_base.render(
        renderer.flowables(),
        title=document_title(data),
        on_page=renderer.on_page,
        author=data.seller.get("name") or "Credit Desk",
    )
