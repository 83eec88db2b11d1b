"""Application-wide notifications that pages listen to, passed to each page's constructor."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Signals:
    balance_changed: the ledger changed; balance displays refresh.
    data_changed: business data changed (payments, invoices, settings…); pages reload.
    top_up_requested: some control asked for the Top up dialog.
    top_up_credits_requested(int): the Top up dialog, pre-filled with this many micro-credits.
    outbox_changed: messages were queued or removed; sending starts if it can.
    page_requested(str): show the page with this objectName.
    """

    balance_changed = Signal()
    data_changed = Signal()
    top_up_requested = Signal()
    top_up_credits_requested = Signal(object)  # object: micro-credits exceed a C++ int
    outbox_changed = Signal()
    page_requested = Signal(str)
