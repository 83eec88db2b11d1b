"""The blocks of a document PDF: header, seller and buyer, dates, lines, VAT, totals, differences."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from models import pdf_base
from models.countries import country_name
from models.documents import CREDIT_NOTE, INVOICE, PROFORMA, DocumentData, Totals
from models.invoice_text import document_date, word
from models.money import currency_decimals, format_credits, format_units

CONTENT_WIDTH = pdf_base.CONTENT_WIDTH
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#eef0f2")


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of text that is escaped: user text never becomes markup."""
    return Paragraph(escape(text), pdf_base.styles()[style])


def markup(markup: str, style: str = "body") -> Paragraph:
    return Paragraph(markup, pdf_base.styles()[style])


class Blocks:
    def __init__(self, data: DocumentData) -> None:
        self.data = data
        self.lang = data.language
        self.decimals = currency_decimals(data.currency)

    def w(self, key: str) -> str:
        return word(key, self.lang)

    def money(self, units: int) -> str:
        return f"{self.amount(units)}\u00a0{self.data.currency}"

    def amount(self, units: int) -> str:
        """An amount without its currency, for columns whose heading names it."""
        return format_units(units, self.decimals, self.lang)

    def in_currency(self, key: str) -> str:
        return f"{self.w(key)} ({self.data.currency})"

    def date(self, iso: str) -> str:
        return document_date(iso, self.lang)

    def rate(self, rate: str) -> str:
        return f"{rate.replace('.', ',') if self.lang == 'cs' else rate}\u00a0%"

    # -- blocks -------------------------------------------------------------------------------

    def header(self) -> Flowable:
        data = self.data
        title = [
            para(self.w(data.kind), "title"),
            markup(f"<b>{escape(data.number)}</b>", "heading"),
        ]
        if data.kind == PROFORMA:
            title.append(para(self.w("not_tax_document"), "body"))
        logo: Flowable | str = ""
        if data.logo:
            logo = Image(io.BytesIO(data.logo), 48 * mm, 18 * mm, kind="proportional")
            logo.hAlign = "LEFT"
        table = Table([[logo, title]], colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def party(self, heading: str, party: dict[str, str], seller: bool) -> list[Flowable]:
        block: list[Flowable] = [para(heading.upper(), "small")]
        if not party:
            return [*block, para(self.w("no_buyer"))]
        block.append(markup(f"<b>{escape(party.get('name', ''))}</b>"))
        if party.get("street"):
            block.append(para(party["street"]))
        place = " ".join(x for x in (party.get("postal_code", ""), party.get("city", "")) if x)
        if place:
            block.append(para(place))
        if party.get("country"):
            block.append(para(country_name(party["country"], self.lang)))
        block.append(Spacer(1, 2 * mm))
        if party.get("company_id"):
            block.append(para(f"{self.w('company_id')}: {party['company_id']}"))
        if party.get("vat_id"):
            block.append(para(f"{self.w('vat_id')}: {party['vat_id']}"))
        if seller and party.get("vat_payer") == "no":
            block.append(para(self.w("rule_not-vat-payer")))
        if party.get("email"):
            block.append(para(f"{self.w('email')}: {party['email']}"))
        return block

    def parties(self) -> Flowable:
        data = self.data
        half = CONTENT_WIDTH / 2
        table = Table(
            [
                [
                    self.party(self.w("seller"), data.seller, seller=True),
                    self.party(self.w("buyer"), data.buyer, seller=False),
                ]
            ],
            colWidths=[half - 3 * mm, half + 3 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (1, 0), (1, 0), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 8),
                    ("TOPPADDING", (1, 0), (1, 0), 6),
                    ("BOTTOMPADDING", (1, 0), (1, 0), 8),
                ]
            )
        )
        return table

    def dates(self) -> Flowable:
        data = self.data
        rows = [(self.w("issued_on"), self.date(data.issued_on))]
        if data.taxable_supply_on:
            rows.append((self.w("taxable_supply_on"), self.date(data.taxable_supply_on)))
        rows.append((self.w("due_on"), self.date(data.due_on)))
        if data.variable_symbol:
            rows.append((self.w("variable_symbol"), data.variable_symbol))
        if data.corrected is not None:
            corrects = self.w("corrects_line").format(
                number=data.corrected.number, date=self.date(data.corrected.issued_on)
            )
            rows.append((self.w("corrects"), corrects))
        table = Table(
            [[para(label), markup(f"<b>{escape(value)}</b>")] for label, value in rows],
            colWidths=[50 * mm, CONTENT_WIDTH - 50 * mm],
        )
        table.setStyle(compact_style())
        return table

    def lines(self) -> Flowable:
        head = [
            self.w("description"),
            f"{self.w('quantity')} ({self.w('credits_unit')})",
            self.in_currency("unit_price"),
            self.w("vat_rate"),
            self.in_currency("net"),
            self.in_currency("vat"),
            self.in_currency("total"),
        ]
        rows: list[list[Any]] = [
            [para(head[0], "small")] + [para(text, "small_right") for text in head[1:]]
        ]
        for line in self.data.lines:
            quantity = format_credits(line.quantity, self.lang) if line.quantity else "—"
            price = self.amount(line.unit_price_minor) if line.unit_price_minor else "—"
            cells = [
                quantity,
                price,
                self.rate(line.vat_rate),
                self.amount(line.net_minor),
                self.amount(line.vat_minor),
                self.amount(line.total_minor),
            ]
            rows.append([para(line.description)] + [para(cell, "right") for cell in cells])
        widths = [24 * mm, 19 * mm, 14 * mm, 24 * mm, 21 * mm, 24 * mm]
        table = Table(rows, colWidths=[CONTENT_WIDTH - sum(widths), *widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def recapitulation(self) -> Flowable:
        totals = self.data.totals
        rows = [
            [
                para(self.w("vat_rate"), "small"),
                *[para(self.in_currency(key), "small_right") for key in ("net", "vat", "total")],
            ],
            [
                para(self.rate(self.data.vat_rate)),
                para(self.amount(totals.net_minor), "right"),
                para(self.amount(totals.vat_minor), "right"),
                para(self.amount(totals.total_minor), "right"),
            ],
        ]
        table = Table(rows, colWidths=[24 * mm, 30 * mm, 26 * mm, 30 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        return table

    def totals(self) -> Flowable:
        """One table; its last row, the total, in bold."""
        totals = self.data.totals
        last = {PROFORMA: "total_to_pay", INVOICE: "total_paid", CREDIT_NOTE: "total_credited"}
        rows = [
            [para(self.w("net")), para(self.money(totals.net_minor), "right")],
            [
                para(f"{self.w('vat')} {self.rate(self.data.vat_rate)}"),
                para(self.money(totals.vat_minor), "right"),
            ],
            [
                para(self.w(last[self.data.kind]), "heading"),
                para(self.money(totals.total_minor), "bold_right_large"),
            ],
        ]
        table = Table(rows, colWidths=[45 * mm, 40 * mm], hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                    ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return table

    def differences(self) -> Flowable:
        corrected = self.data.corrected
        assert corrected is not None
        columns: list[tuple[str, Totals]] = [
            (self.w("original"), corrected.original),
            (self.w("difference"), self.data.totals),
            (self.w("after"), corrected.after),
        ]
        rows: list[list[Any]] = [
            [para(f"{self.w('differences')} ({self.data.currency})", "small")]
            + [para(title, "small_right") for title, _ in columns]
        ]
        for key, attribute in (
            ("net", "net_minor"),
            ("vat", "vat_minor"),
            ("total", "total_minor"),
        ):
            rows.append(
                [para(self.w(key))]
                + [para(self.amount(getattr(totals, attribute)), "right") for _, totals in columns]
            )
        table = Table(rows, colWidths=[30 * mm, 32 * mm, 32 * mm, 32 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        return table


def compact_style() -> TableStyle:
    """A table of labels and values without padding on the left: it lines up with the text."""
    return TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
