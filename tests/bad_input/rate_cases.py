"""Bad input for `rates`: CNB files that are not the fixing, rates, currencies and dates."""

from __future__ import annotations

from tests.bad_input.cases import Case

HEAD = "30.11.2026 #231\nzemě|měna|množství|kód|kurz\n"


def _file(text: str) -> dict[str, bytes]:
    return {"denni_kurz.txt": text.encode("utf-8")}


def _import(name: str, text: str, says: str) -> Case:
    return Case(
        f"rates import {name}", ("rates", "import", "{tmp}/denni_kurz.txt"), says, _file(text)
    )


def rate_cases() -> list[Case]:
    fixing = ("rates", "import", "{tmp}/denni_kurz.txt")
    one_day = ("--date", "2026-11-30")
    return [
        _import("empty", "", "empty"),
        _import("web page", "<!DOCTYPE html><html><body>404</body></html>", "web page"),
        _import("wrong first line", "Kurzy devizového trhu\n" + HEAD[16:], "first line"),
        _import("impossible date", "31.02.2026 #40\n" + HEAD[16:], "not a date"),
        _import("date of the future", "30.11.2999 #1\n" + HEAD[16:], "future"),
        _import("wrong header", "30.11.2026 #231\ncountry|currency|amount|code|rate\n", "second"),
        _import("missing columns", HEAD + "EMU|euro|EUR|25,085\n", "4 columns"),
        _import("non-numeric rate", HEAD + "EMU|euro|1|EUR|abc\n", "not a number"),
        _import("negative rate", HEAD + "EMU|euro|1|EUR|-25,085\n", "not above zero"),
        _import("zero amount", HEAD + "EMU|euro|0|EUR|25,085\n", "amount"),
        _import("bad code", HEAD + "EMU|euro|1|euro|25,085\n", "currency code"),
        _import("twice", HEAD + "EMU|euro|1|EUR|25,085\nEMU|euro|1|EUR|25,1\n", "twice"),
        _import("no rates", HEAD, "no rates"),
        _import(
            "a good row then a bad one", HEAD + "EMU|euro|1|EUR|25,085\nX|y|1|USD|\n", "line 4"
        ),
        Case(
            "rates import huge",
            fixing,
            "larger",
            {"denni_kurz.txt": (HEAD + "EMU|euro|1|EUR|25,085\n" * 20000).encode()},
        ),
        Case(
            "rates import Windows-1250", fixing, "utf-8", {"denni_kurz.txt": HEAD.encode("cp1250")}
        ),
        Case("rates import no file", ("rates", "import", "{tmp}/none.txt"), "cannot read"),
        Case("rates import a folder", ("rates", "import", "{tmp}"), "cannot read"),
        Case("rates no action", ("rates",), "required"),
        Case("rates fetch bad date", ("rates", "fetch", "--date", "30.11.2026"), "not a date"),
        Case("rates fetch before 1991", ("rates", "fetch", "--date", "1990-01-02"), "1991"),
        Case("rates fetch the future", ("rates", "fetch", "--date", "2099-01-05"), "still to come"),
        Case("rates set bad currency", ("rates", "set", "EURO", "25", *one_day), "currency code"),
        Case("rates set unknown currency", ("rates", "set", "XYZ", "25", *one_day), "xyz"),
        Case("rates set CZK", ("rates", "set", "CZK", "1", *one_day), "accounting currency"),
        Case("rates set bad rate", ("rates", "set", "EUR", "abc", *one_day), "not an exchange"),
        Case("rates set grouped rate", ("rates", "set", "EUR", "1,234.5", *one_day), "25.085"),
        Case("rates set zero", ("rates", "set", "EUR", "0", *one_day), "above zero"),
        Case("rates set negative", ("rates", "set", "EUR", "-25", *one_day), "not an exchange"),
        Case("rates set 7 decimals", ("rates", "set", "EUR", "25.0850001", *one_day), "6 decimal"),
        Case("rates set no date", ("rates", "set", "EUR", "25"), "--date"),
        Case(
            "rates set date and period",
            ("rates", "set", "EUR", "25", *one_day, "--from", "2026-01-01", "--to", "2026-02-01"),
            "--date",
        ),
        Case(
            "rates set half a period", ("rates", "set", "EUR", "25", "--from", "2026-01-01"), "--to"
        ),
        Case(
            "rates set period backwards",
            ("rates", "set", "EUR", "25", "--from", "2026-06-30", "--to", "2026-01-01"),
            "ends before",
        ),
        Case(
            "rates set bad date",
            ("rates", "set", "EUR", "25", "--date", "2026-02-30"),
            "not a date",
        ),
        Case("rates set year 1800", ("rates", "set", "EUR", "25", "--date", "1800-01-01"), "1991"),
        Case("rates list bad currency", ("rates", "list", "--currency", "E1"), "currency code"),
        Case("rates list bad limit", ("rates", "list", "--limit", "-1"), "whole number"),
    ]
