"""The core's exchange-rate messages, listed for translation (see core_messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Exchange rates to CZK and the CNB's daily fixing (models/invoicing/exchange_rates, cnb_rates);
# “The file is empty.” and ““{value}” is not a date.” are listed with the payments' messages.
RATES = (
    QT_TRANSLATE_NOOP(
        "Messages",
        "There is no exchange rate of {currency} to CZK for {date}. Fetch the Czech National "
        "Bank's rates of that day (Edit → Exchange rates…, or `rates fetch --date {date}`), "
        "or enter the rate (`rates set {currency} RATE --date {date}`). Nothing was stored.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{value}” is not an exchange rate: write it like 25.085 (at most 6 decimal places).",
    ),
    QT_TRANSLATE_NOOP("Messages", "An exchange rate must be above zero."),
    QT_TRANSLATE_NOOP("Messages", "CZK is the accounting currency: it needs no exchange rate."),
    QT_TRANSLATE_NOOP("Messages", "“{value}” is not a currency code such as EUR."),
    QT_TRANSLATE_NOOP(
        "Messages", "{date} is outside the years exchange rates can be kept for (1991 to 2100)."
    ),
    QT_TRANSLATE_NOOP("Messages", "The period ends before it starts."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A fixed rate of {currency} is already set from {first} to {last}; "
        "periods of fixed rates cannot overlap.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The file is {size} KB, far larger than the CNB's rate file (a few KB)."
    ),
    QT_TRANSLATE_NOOP("Messages", "The file is not UTF-8 text, as the CNB's rate file is."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file is a web page, not the CNB's rate file (denni_kurz.txt); "
        "perhaps an error page was saved instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The first line should be the date and number of the fixing, like “30.11.2026 #231”, "
        "not “{value}”.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The file is dated {date}: rates of the future or from before 1991 cannot be used.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Line {line} has {count} columns; the CNB's file has 5 (země|měna|množství|kód|kurz).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: “{value}” is not a currency code."),
    QT_TRANSLATE_NOOP(
        "Messages", "Line {line}: the amount “{value}” is not a whole number above zero."
    ),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: the rate “{value}” is not a number like 25,085."),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: the rate “{value}” is not above zero."),
    QT_TRANSLATE_NOOP("Messages", "The CNB sent the rates of {date} when asked for {asked}."),
    QT_TRANSLATE_NOOP("Messages", "The second line should be the column names “{header}”."),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: {currency} is listed twice."),
    QT_TRANSLATE_NOOP("Messages", "The file holds no rates."),
    QT_TRANSLATE_NOOP(
        "Messages", "The Czech National Bank answered HTTP {status} for the rates of {date}."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot reach the Czech National Bank ({reason}). Check the connection, or save its "
        "rate file and import it (`rates import FILE`).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Messages", "The CNB publishes the rates of a day on that day; {date} is still to come."
    ),
)
