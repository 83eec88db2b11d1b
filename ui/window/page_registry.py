"""The sidebar's pages: what the window needs to list them before any page module is imported.

A page is built when it is first shown (and the rest right after the window appears), so that
start-up imports and builds one page, not six. `MainWindow.page(name)` builds on demand.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ui.common.page import Page
from ui.common.signals import AppSignals


class PageSpec(NamedTuple):  # not a dataclass: making one costs the start-up ~0.7 ms
    object_name: str
    module: str
    class_name: str
    icon_name: str
    context: str  # the page class, whose translations hold its title
    title_source: str
    services: tuple[str, ...] = ()  # what else the page's constructor takes, by keyword

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.title_source)

    def build(self, signals: AppSignals, services: dict[str, object]) -> Page:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page: Page = page_class(signals, **{name: services[name] for name in self.services})
        return page


def _spec(
    name: str, module: str, class_name: str, icon_name: str, title: str, *services: str
) -> PageSpec:
    return PageSpec(name, f"ui.{module}.page", class_name, icon_name, class_name, title, services)


# The titles repeat each page's title(), in the page's translation context, so that the sidebar
# shows them, translated, before the pages exist.
PAGES: tuple[PageSpec, ...] = (
    _spec("priceListPage", "price_list", "PriceListPage", "price-list", "Price list", "workers"),
    _spec("paymentsPage", "payments", "PaymentsPage", "payments", "Payments", "workers"),
    _spec(
        "transactionsPage",
        "transactions",
        "TransactionsPage",
        "transactions",
        "Transactions",
        "workers",
    ),
    _spec("invoicesPage", "invoices", "InvoicesPage", "invoices", "Invoices", "workers"),
    _spec("billingPage", "billing", "BillingPage", "billing", "Billing information"),
    _spec("outboxPage", "outbox", "OutboxPage", "outbox", "Outbox", "workers", "sender"),
)
