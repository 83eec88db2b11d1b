"""The blocks of a document PDF: header, seller and buyer, dates, lines, VAT, totals, differences.

All text is plain: table cells hold strings and wrapping text is a TextBlock, so user text is
drawn as it is and never parsed as markup (and no Paragraph parser slows rendering down).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Table, TableStyle

from models.common import pdf_base
from models.common.formatting import amount_text, country_name, credits_text, date_text, money_text
from models.common.pdf_text import LabelValues, TextBlock, wrap_text
from models.invoicing.documents import CREDIT_NOTE, INVOICE, PROFORMA, DocumentData, Totals
from models.invoicing.wording import word

CONTENT_WIDTH = pdf_base.CONTENT_WIDTH
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#eef0f2")
ALL = ((0, 0), (-1, -1))
CELL_PADDING = 6  # ReportLab's default left and right padding of a table cell


def text_block(*lines: tuple[str, str]) -> TextBlock:
    """Plain text, a (text, style name) pair per line; long lines wrap."""
    styles = pdf_base.styles()
    return TextBlock([(text, styles[style]) for text, style in lines])


def text_style(*extra: tuple[Any, ...], size: float = 9) -> TableStyle:
    """Cells in the body font (also set for cells holding flowables, else ReportLab names
    Helvetica on the page), top-aligned, with `extra` commands after."""
    return TableStyle(
        [
            ("FONT", *ALL, pdf_base.REGULAR, size, size * 1.33),
            ("VALIGN", *ALL, "TOP"),
            *extra,
        ]
    )


def header_row(size: float = 7.5) -> tuple[Any, ...]:
    return ("FONT", (0, 0), (-1, 0), pdf_base.REGULAR, size, size * 1.3)


class Blocks:
    def __init__(self, data: DocumentData) -> None:
        self.data = data
        self.lang = data.language

    def w(self, key: str) -> str:
        return word(key, self.lang)

    def money(self, units: int) -> str:
        return money_text(units, self.data.currency, self.lang)

    def amount(self, units: int) -> str:
        """An amount without its currency, for columns whose heading names it."""
        return amount_text(units, self.data.currency, self.lang)

    def in_currency(self, key: str) -> str:
        return f"{self.w(key)} ({self.data.currency})"

    def date(self, iso: str) -> str:
        return date_text(iso, self.lang)

    def rate(self, rate: str) -> str:
        return f"{rate.replace('.', ',') if self.lang == 'cs' else rate}\u00a0%"

    # -- blocks -------------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        data = self.data
        lines = [self.w(data.kind), data.number]
        if data.kind == PROFORMA:
            lines.append(self.w("not_tax_document"))
        if not data.logo:  # the title alone, in the right half (cheaper than a table)
            styles = ["title_right_half", *["heading_right_half"] * (len(lines) - 1)]
            return [text_block(*zip(lines, styles, strict=True))]
        title = text_block(*zip(lines, ["title", *["heading"] * (len(lines) - 1)], strict=True))
        logo = Image(io.BytesIO(data.logo), 48 * mm, 18 * mm, kind="proportional")
        logo.hAlign = "LEFT"
        table = Table([[logo, title]], colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55])
        table.setStyle(text_style(("LEFTPADDING", *ALL, 0), ("RIGHTPADDING", *ALL, 0)))
        return [table]

    def party(self, heading: str, party: dict[str, str], seller: bool) -> TextBlock:
        """Heading, name in bold, address, then the IDs after a blank line."""
        head = (heading.upper(), "label")
        if not party:
            return text_block(head, (self.w("no_buyer"), "body"))
        address = [party.get("street", "")]
        address.append(
            " ".join(x for x in (party.get("postal_code", ""), party.get("city", "")) if x)
        )
        if party.get("country"):
            address.append(country_name(party["country"], self.lang))
        ids: list[str] = []
        if party.get("company_id"):
            ids.append(f"{self.w('company_id')}: {party['company_id']}")
        if party.get("vat_id"):
            ids.append(f"{self.w('vat_id')}: {party['vat_id']}")
        if seller and party.get("vat_payer") == "no":
            ids.append(self.w("rule_not-vat-payer"))
        ids += self.contacts(party)
        lines = [head, (party.get("name", ""), "bold")]
        lines += [(line, "body") for line in address if line]
        if ids:
            lines += [("", "body"), *[(line, "body") for line in ids]]
        if seller and party.get("register_entry"):
            lines += [("", "small"), (party["register_entry"], "small")]
        return text_block(*lines)

    def contacts(self, party: dict[str, str]) -> list[str]:
        """Phone, e-mail and web, each “Label: value”, those filled in."""
        return [
            f"{self.w(key)}: {party[key]}" for key in ("phone", "email", "web") if party.get(key)
        ]

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
            text_style(
                ("BOX", (1, 0), (1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
                ("TOPPADDING", *ALL, 6),
                ("BOTTOMPADDING", (1, 0), (1, 0), 8),
            )
        )
        return table

    def dates(self) -> Flowable:
        data = self.data
        rows = [(self.w("issued_on"), self.date(data.issued_on))]
        if data.taxable_supply_on:
            # a credit note's own date is that of the correction (§ 42 of the VAT Act)
            label = "correction_on" if data.kind == CREDIT_NOTE else "taxable_supply_on"
            rows.append((self.w(label), self.date(data.taxable_supply_on)))
        rows.append((self.w("due_on"), self.date(data.due_on)))
        if data.variable_symbol:
            rows.append((self.w("variable_symbol"), data.variable_symbol))
        rows += self.correction_rows()
        return label_value_table(rows, 50 * mm)

    def correction_rows(self) -> list[tuple[str, str]]:
        """A credit note's § 45 details: the invoice it corrects, its supply date, the reason."""
        corrected = self.data.corrected
        if corrected is None:
            return []
        corrects = self.w("corrects_line").format(
            number=corrected.number, date=self.date(corrected.issued_on)
        )
        rows = [(self.w("corrects"), corrects)]
        if corrected.taxable_supply_on:
            rows.append((self.w("corrected_supply_on"), self.date(corrected.taxable_supply_on)))
        if self.data.reason:
            rows.append((self.w("reason"), self.data.reason))
        return rows

    def lines(self) -> Flowable:
        head = [
            self.w("description"),
            f"{self.w('quantity')}\n({self.w('credits_unit')})",
            self.in_currency("unit_price").replace(" (", "\n("),
            self.w("vat_rate"),
            self.in_currency("net"),
            self.in_currency("vat"),
            self.in_currency("total"),
        ]
        widths = [24 * mm, 20 * mm, 14 * mm, 24 * mm, 21 * mm, 24 * mm]
        # headings wrap within their column ("Cena za jednotku" is wider than its column)
        label = pdf_base.styles()["label"]
        rows: list[list[Any]] = [
            [
                "\n".join(wrap_text(text, label, width - 2 * CELL_PADDING))
                for text, width in zip(head, [CONTENT_WIDTH - sum(widths), *widths], strict=True)
            ]
        ]
        room = CONTENT_WIDTH - sum(widths) - 2 * CELL_PADDING
        for line in self.data.lines:
            fits = stringWidth(line.description, pdf_base.REGULAR, 9) <= room
            rows.append(
                [
                    line.description if fits else text_block((line.description, "body")),
                    credits_text(line.quantity, self.lang) if line.quantity else "—",
                    self.amount(line.unit_price_minor) if line.unit_price_minor else "—",
                    self.rate(line.vat_rate),
                    self.amount(line.net_minor),
                    self.amount(line.vat_minor),
                    self.amount(line.total_minor),
                ]
            )
        table = Table(rows, colWidths=[CONTENT_WIDTH - sum(widths), *widths], repeatRows=1)
        table.setStyle(
            text_style(
                header_row(),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            )
        )
        return table

    def recapitulation(self) -> Flowable:
        totals = self.data.totals
        rows = [
            [self.w("vat_rate"), *[self.in_currency(key) for key in ("net", "vat", "total")]],
            [
                self.rate(self.data.vat_rate),
                self.amount(totals.net_minor),
                self.amount(totals.vat_minor),
                self.amount(totals.total_minor),
            ],
        ]
        table = Table(rows, colWidths=[24 * mm, 30 * mm, 26 * mm, 30 * mm], hAlign="LEFT")
        table.setStyle(
            text_style(
                header_row(),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            )
        )
        return table

    def totals(self) -> Flowable:
        """One table; its last row, the total, in bold."""
        totals = self.data.totals
        last = {PROFORMA: "total_to_pay", INVOICE: "total_paid", CREDIT_NOTE: "total_credited"}
        rows = [
            [self.w("net"), self.money(totals.net_minor)],
            [f"{self.w('vat')} {self.rate(self.data.vat_rate)}", self.money(totals.vat_minor)],
            [self.w(last[self.data.kind]), self.money(totals.total_minor)],
        ]
        table = Table(rows, colWidths=[45 * mm, 40 * mm], hAlign="RIGHT")
        table.setStyle(
            text_style(
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), pdf_base.BOLD, 11, 14),
                ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("VALIGN", *ALL, "MIDDLE"),
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
            [f"{self.w('differences')} ({self.data.currency})"] + [title for title, _ in columns]
        ]
        for key, attribute in (
            ("net", "net_minor"),
            ("vat", "vat_minor"),
            ("total", "total_minor"),
        ):
            rows.append(
                [self.w(key)] + [self.amount(getattr(totals, attribute)) for _, totals in columns]
            )
        table = Table(rows, colWidths=[30 * mm, 32 * mm, 32 * mm, 32 * mm], hAlign="LEFT")
        table.setStyle(
            text_style(
                header_row(),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), pdf_base.BOLD, 9, 12),  # the total row
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            )
        )
        return table


def label_value_table(rows: list[tuple[str, str]], label_width: float) -> LabelValues:
    """Labels in the body font, values in bold beside them, flush with the text on the left."""
    styles = pdf_base.styles()
    return LabelValues(rows, label_width, styles["body"], styles["bold"])
