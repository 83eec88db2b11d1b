"""The CNB's daily fixing: its file read (and refused when it is not one), fetched, stored."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from models.invoicing import cnb_rates, exchange_rates
from models.invoicing.exchange_rates import ExchangeRate

DATA = Path(__file__).resolve().parent / "data" / "cnb"
BEFORE_CHRISTMAS = DATA / "denni_kurz-2026-12-23.txt"
TODAY = date(2026, 12, 28)
HEAD = "30.11.2026 #231\nzemě|měna|množství|kód|kurz\n"


def test_the_real_format_is_read_with_amounts_and_decimal_commas() -> None:
    fixing = cnb_rates.parse_fixing(BEFORE_CHRISTMAS.read_bytes(), TODAY)
    assert fixing.published == date(2026, 12, 23) and fixing.note == "23.12.2026 #248"
    rates = {rate.currency: rate for rate in fixing.rates}
    assert len(rates) == 30
    assert (rates["EUR"].amount, rates["EUR"].rate) == (1, Decimal("25.085"))
    assert (rates["JPY"].amount, rates["JPY"].rate) == (100, Decimal("15.632"))
    assert (rates["IDR"].amount, rates["IDR"].rate) == (1000, Decimal("1.432"))


def test_a_file_with_a_bom_and_windows_line_ends_is_read() -> None:
    data = ("\ufeff" + HEAD + "EMU|euro|1|EUR|25,085\n").replace("\n", "\r\n").encode()
    assert cnb_rates.parse_fixing(data, TODAY).rates[0].rate == Decimal("25.085")


def test_an_imported_file_is_stored_exactly_and_converts_per_its_amount(database) -> None:
    imported = cnb_rates.import_file(BEFORE_CHRISTMAS, TODAY)
    assert (imported.published, imported.count) == (date(2026, 12, 23), 30)
    row = ExchangeRate.get(ExchangeRate.currency == "JPY")
    assert (row.rate, row.amount, row.source, row.note) == ("15.632", 100, "cnb", "23.12.2026 #248")
    jpy = exchange_rates.find("JPY", date(2026, 12, 23))
    assert jpy.to_czk(1000, "JPY") == 15632  # ¥1,000 at 15.632 CZK per ¥100 = 156.32 CZK
    assert cnb_rates.import_file(BEFORE_CHRISTMAS, TODAY).count == 30  # again: replaced
    assert ExchangeRate.select().count() == 30


BAD_FILES = [
    ("empty", b"", "The file is empty."),
    ("blank lines", b"\n \n", "The file is empty."),
    ("HTML error page", b"<!DOCTYPE html>\n<html><body>Chyba 404</body></html>", "web page"),
    ("wrong first line", ("Kurzy ČNB\n" + HEAD[16:]).encode(), "first line should be"),
    ("impossible date", ("31.02.2026 #40\n" + HEAD[16:]).encode(), "“31.02.2026” is not a date"),
    ("date in the future", ("29.12.2026 #1\n" + HEAD[16:]).encode(), "dated 2026-12-29"),
    ("date before 1991", ("31.12.1990 #1\n" + HEAD[16:]).encode(), "before 1991"),
    ("wrong header", b"30.11.2026 #231\ncountry|currency|amount|code|rate\n", "column names"),
    ("header missing", b"30.11.2026 #231\nEMU|euro|1|EUR|25,085\n", "column names"),
    ("missing columns", (HEAD + "EMU|euro|EUR|25,085\n").encode(), "Line 3 has 4 columns"),
    ("extra columns", (HEAD + "EMU|euro|1|EUR|25,085|x\n").encode(), "Line 3 has 6 columns"),
    ("non-numeric rate", (HEAD + "EMU|euro|1|EUR|n/a\n").encode(), "“n/a” is not a number"),
    ("decimal point", (HEAD + "EMU|euro|1|EUR|25.085\n").encode(), "not a number like 25,085"),
    ("negative rate", (HEAD + "EMU|euro|1|EUR|-25,085\n").encode(), "is not above zero"),
    ("zero rate", (HEAD + "EMU|euro|1|EUR|0,000\n").encode(), "is not above zero"),
    ("amount zero", (HEAD + "EMU|euro|0|EUR|25,085\n").encode(), "amount “0”"),
    ("amount words", (HEAD + "EMU|euro|jedna|EUR|25,085\n").encode(), "amount “jedna”"),
    ("currency name", (HEAD + "EMU|euro|1|Euro|25,085\n").encode(), "“Euro” is not a currency"),
    ("twice", (HEAD + "EMU|euro|1|EUR|25,085\nEMU|euro|1|EUR|25,1\n").encode(), "listed twice"),
    ("no rows", HEAD.encode(), "holds no rates"),
    ("huge", (HEAD + "EMU|euro|1|EUR|25,085\n" * 20_000).encode(), "far larger"),
    ("Windows-1250", (HEAD + "EMU|euro|1|EUR|25,085\n").encode("cp1250"), "not UTF-8"),
    ("binary", bytes(range(256)) * 4, "not UTF-8"),
]


@pytest.mark.parametrize(
    ("content", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_a_bad_file_is_refused_clearly_and_stores_nothing(
    database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "denni_kurz.txt"
    path.write_bytes(content)
    with pytest.raises(cnb_rates.CnbFileError) as raised:
        cnb_rates.import_file(path, TODAY)
    assert message in str(raised.value)
    assert ExchangeRate.select().count() == 0


def test_a_bad_row_after_good_ones_stores_none_of_them(database, tmp_path: Path) -> None:
    path = tmp_path / "denni_kurz.txt"
    path.write_text(HEAD + "EMU|euro|1|EUR|25,085\nUSA|dolar|1|USD|x\n", encoding="utf-8")
    with pytest.raises(cnb_rates.CnbFileError, match="Line 4"):
        cnb_rates.import_file(path, TODAY)
    assert ExchangeRate.select().count() == 0


def test_an_unreadable_file_is_named(database, tmp_path: Path) -> None:
    with pytest.raises(cnb_rates.CnbFileError, match="Cannot read .*none.txt"):
        cnb_rates.import_file(tmp_path / "none.txt", TODAY)


# -- fetching from a stand-in for the CNB's server ---------------------------------------------


class _CnbStandIn(BaseHTTPRequestHandler):
    """Answers as the CNB does: the file of the day asked for, or of the working day before."""

    files = {
        date(2026, 3, 6): ("06.03.2026 #47\n" + HEAD[16:] + "EMU|euro|1|EUR|24,98\n").encode(),
        date(2026, 12, 23): BEFORE_CHRISTMAS.read_bytes(),
    }
    asked: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        self.asked.append(self.path)
        if parts.path == "/slow/denni_kurz.txt":
            time.sleep(2)
        if parts.path == "/error-page/denni_kurz.txt":
            return self._send(200, b"<html><body>Service unavailable</body></html>")
        if parts.path != "/denni_kurz.txt":
            return self._send(404, b"Not found")
        day, month, year = parse_qs(parts.query)["date"][0].split(".")
        asked = date(int(year), int(month), int(day))
        published = max(day for day in self.files if day <= asked)
        self._send(200, self.files[published])

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=UTF-8")
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up waiting

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def cnb() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CnbStandIn)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _CnbStandIn.asked = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetching_a_holiday_stores_the_previous_working_days_fixing(database, cnb: str) -> None:
    fetched = cnb_rates.fetch(f"{cnb}/denni_kurz.txt", date(2026, 12, 26), TODAY)
    assert _CnbStandIn.asked == ["/denni_kurz.txt?date=26.12.2026"]
    assert (fetched.published, fetched.count) == (date(2026, 12, 23), 30)
    # valid through the holidays and the weekend, until the next working day
    for day in (date(2026, 12, 23), date(2026, 12, 24), date(2026, 12, 27)):
        assert exchange_rates.find("EUR", day).rate == Decimal("25.085")
    with pytest.raises(exchange_rates.MissingRate, match="for 2026-12-28"):
        exchange_rates.find("EUR", date(2026, 12, 28))


def test_a_404_is_reported_and_stores_nothing(database, cnb: str) -> None:
    with pytest.raises(cnb_rates.CnbUnavailable, match="answered HTTP 404 for the rates of"):
        cnb_rates.fetch(f"{cnb}/elsewhere.txt", date(2026, 12, 23), TODAY)
    assert ExchangeRate.select().count() == 0


def test_an_error_page_instead_of_the_file_is_refused(database, cnb: str) -> None:
    with pytest.raises(cnb_rates.CnbFileError, match="web page"):
        cnb_rates.fetch(f"{cnb}/error-page/denni_kurz.txt", date(2026, 12, 23), TODAY)
    assert ExchangeRate.select().count() == 0


def test_a_silent_server_is_given_up_after_the_timeout(database, cnb: str) -> None:
    started = time.monotonic()
    with pytest.raises(cnb_rates.CnbUnavailable, match="Cannot reach the Czech National Bank"):
        cnb_rates.fetch(f"{cnb}/slow/denni_kurz.txt", date(2026, 12, 23), TODAY, timeout=0.3)
    assert time.monotonic() - started < 1.5
    assert ExchangeRate.select().count() == 0


def test_no_server_at_all_is_reported(database) -> None:
    with pytest.raises(cnb_rates.CnbUnavailable, match="Check the connection"):
        cnb_rates.fetch("http://127.0.0.1:9/denni_kurz.txt", date(2026, 12, 23), TODAY)


def test_a_later_fixing_than_asked_for_is_refused(database, cnb: str) -> None:
    with pytest.raises(cnb_rates.CnbFileError, match="sent the rates of 2026-12-23 when asked"):
        cnb_rates.parse_fixing(BEFORE_CHRISTMAS.read_bytes(), TODAY, asked_for=date(2026, 12, 22))


def test_the_cli_fetches_from_the_configured_address(database_path: Path, cnb: str, capsys) -> None:
    import main

    db = ["--database", str(database_path)]
    assert main.main([*db, "settings", "rates.cnb_url", f"{cnb}/denni_kurz.txt"]) == 0
    assert main.main([*db, "rates", "fetch", "--date", "2026-03-07"]) == 0  # a Saturday
    out = capsys.readouterr().out
    assert "1 rate of the Czech National Bank of 2026-03-06 stored (06.03.2026 #47)" in out
    assert main.main([*db, "rates", "list", "--currency", "eur"]) == 0
    assert "2026-03-06\tEUR\t1 = 24.98 CZK\tcnb" in capsys.readouterr().out
    assert main.main([*db, "settings", "rates.cnb_url", f"{cnb}/gone.txt"]) == 0
    assert main.main([*db, "rates", "fetch", "--date", "2026-03-06"]) == 1
    assert capsys.readouterr().err.startswith("error: The Czech National Bank answered HTTP 404")
