"""Czech for the core's messages on exchange rates and the Czech National Bank's rate file."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "There is no exchange rate of {currency} to CZK for {date}. Fetch the Czech National "
    "Bank's rates of that day (Edit → Exchange rates…, or `rates fetch --date {date}`), "
    "or enter the rate (`rates set {currency} RATE --date {date}`). Nothing was stored.": (
        "Pro {date} chybí kurz {currency} ke CZK. Stáhněte kurzy České národní banky z toho dne "
        "(Úpravy → Kurzy měn…, nebo `rates fetch --date {date}`), nebo kurz zadejte "
        "(`rates set {currency} KURZ --date {date}`). Nic nebylo uloženo."
    ),
    "“{value}” is not an exchange rate: write it like 25.085 (at most 6 decimal places).": (
        "„{value}“ není kurz: zapište ho jako 25,085 (nejvýše 6 desetinných míst)."
    ),
    "An exchange rate must be above zero.": "Kurz musí být větší než nula.",
    "CZK is the accounting currency: it needs no exchange rate.": (
        "CZK je účetní měna: žádný kurz nepotřebuje."
    ),
    "“{value}” is not a currency code such as EUR.": "„{value}“ není kód měny, jako je EUR.",
    "{date} is outside the years exchange rates can be kept for (1991 to 2100).": (
        "{date} je mimo roky, pro které lze kurzy uchovávat (1991 až 2100)."
    ),
    "The period ends before it starts.": "Období končí dřív, než začíná.",
    "A fixed rate of {currency} is already set from {first} to {last}; "
    "periods of fixed rates cannot overlap.": (
        "Pevný kurz {currency} je už stanoven od {first} do {last}; období pevných kurzů "
        "se nesmějí překrývat."
    ),
    "The file is {size} KB, far larger than the CNB's rate file (a few KB).": (
        "Soubor má {size} kB, mnohem víc než kurzovní lístek ČNB (několik kB)."
    ),
    "The file is not UTF-8 text, as the CNB's rate file is.": (
        "Soubor není text v kódování UTF-8 jako kurzovní lístek ČNB."
    ),
    "The file is a web page, not the CNB's rate file (denni_kurz.txt); "
    "perhaps an error page was saved instead.": (
        "Soubor je webová stránka, ne kurzovní lístek ČNB (denni_kurz.txt); možná se místo něj "
        "uložila chybová stránka."
    ),
    "The first line should be the date and number of the fixing, like “30.11.2026 #231”, "
    "not “{value}”.": (
        "První řádek má obsahovat datum a pořadové číslo kurzovního lístku, např. "
        "„30.11.2026 #231“, ne „{value}“."
    ),
    "The file is dated {date}: rates of the future or from before 1991 cannot be used.": (
        "Soubor je ze dne {date}: kurzy z budoucnosti ani z doby před rokem 1991 nelze použít."
    ),
    "Line {line} has {count} columns; the CNB's file has 5 (země|měna|množství|kód|kurz).": (
        "Řádek {line} má {count} sloupců; kurzovní lístek ČNB jich má 5 "
        "(země|měna|množství|kód|kurz)."
    ),
    "Line {line}: “{value}” is not a currency code.": "Řádek {line}: „{value}“ není kód měny.",
    "Line {line}: the amount “{value}” is not a whole number above zero.": (
        "Řádek {line}: množství „{value}“ není celé číslo větší než nula."
    ),
    "Line {line}: the rate “{value}” is not a number like 25,085.": (
        "Řádek {line}: kurz „{value}“ není číslo jako 25,085."
    ),
    "Line {line}: the rate “{value}” is not above zero.": (
        "Řádek {line}: kurz „{value}“ není větší než nula."
    ),
    "The CNB sent the rates of {date} when asked for {asked}.": (
        "ČNB poslala kurzy ze dne {date}, ačkoli byly žádány kurzy ze dne {asked}."
    ),
    "The second line should be the column names “{header}”.": (
        "Druhý řádek má obsahovat názvy sloupců „{header}“."
    ),
    "Line {line}: {currency} is listed twice.": "Řádek {line}: {currency} je uvedena dvakrát.",
    "The file holds no rates.": "Soubor neobsahuje žádné kurzy.",
    "The Czech National Bank answered HTTP {status} for the rates of {date}.": (
        "Česká národní banka odpověděla na žádost o kurzy ze dne {date} kódem HTTP {status}."
    ),
    "Cannot reach the Czech National Bank ({reason}). Check the connection, or save its "
    "rate file and import it (`rates import FILE`).": (
        "Českou národní banku se nepodařilo kontaktovat ({reason}). Zkontrolujte připojení, "
        "nebo uložte její kurzovní lístek do souboru a ten načtěte (`rates import FILE`)."
    ),
    "Cannot read {path}: {reason}": "Soubor {path} nelze přečíst: {reason}",
    "The CNB publishes the rates of a day on that day; {date} is still to come.": (
        "ČNB vyhlašuje kurzy daného dne až v ten den; {date} teprve přijde."
    ),
}
