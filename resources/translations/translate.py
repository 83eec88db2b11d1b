"""Czech translations of Credit Desk's GUI, kept here and written into credit_desk_cs.ts.

update.sh runs pyside6-lupdate (which adds new source texts to the .ts, unfinished) and then this
script, which fills in every message this file knows and marks it finished. To translate new
strings: run update.sh, add the texts it lists as missing to the module of their area in czech/
(czech/<area>.py for a context of ui/<area>/, czech/core_*.py for the core's messages, or
czech/glossary.py for words that mean the same everywhere), run it again. Those modules are the
source of truth: a translation made in Qt Linguist and not copied there is kept, but reported.

    python resources/translations/translate.py           fill in the .ts, report what is missing
    python resources/translations/translate.py --check   also exit 1 when anything is missing

Every translation is checked before it is written: the same placeholders (%1…%99, %n, %Ln,
{name}), the same HTML tags, the same number of keyboard accelerators (&), and a trailing "…"
kept. Terms follow BulkGate's Czech portal and the Czech invoice PDFs (models/invoicing/wording.py):
Dobít kredit, Ceník, Platby, Transakce, Faktury, Fakturační údaje, Odchozí zprávy, Zálohová
faktura, Faktura – daňový doklad, Opravný daňový doklad, Dodavatel, Odběratel, Základ, DPH.
Formal register (vykání); buttons in the infinitive ("Uložit"), as Czech software writes them.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

# Run as a script, its folder is on the path: the data lives in the package beside it.
from czech import (
    billing,
    core_billing,
    core_documents,
    core_messaging,
    core_payments,
    core_rates,
    core_server,
    invoices,
    outbox,
    payments,
    price_list,
    settings,
    transactions,
    window,
)
from czech.glossary import GLOSSARY, NOTES

TS_FILE = Path(__file__).with_name("credit_desk_cs.ts")
ENGLISH_TS_FILE = Path(__file__).with_name("credit_desk_en.ts")

# (context → source → translation), one module per area of the GUI (czech/<area>.py, as ui/<area>/)
# and the core's messages by area (czech/core_*.py). A numerus message (%n, %Ln) takes a tuple of
# Czech's three forms: 1; 2–4; 0 and 5 and more.
Contexts = dict[str, dict[str, str | tuple[str, str, str]]]


def _merged(*parts: Contexts) -> Contexts:
    merged: Contexts = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"contexts kept in two modules of czech/: {sorted(twice)}")
        merged.update(part)
    return merged


CONTEXTS: Contexts = _merged(
    window.CONTEXTS,
    price_list.CONTEXTS,
    payments.CONTEXTS,
    transactions.CONTEXTS,
    invoices.CONTEXTS,
    billing.CONTEXTS,
    outbox.CONTEXTS,
    settings.CONTEXTS,
)
# The core's messages (models/), by area as ui/common/core_messages.py lists them. Czech quotation
# marks „…“; {name} placeholders stay as they are.
CONTEXTS["Messages"] = {
    **core_billing.MESSAGES,
    **core_documents.MESSAGES,
    **core_payments.MESSAGES,
    **core_rates.MESSAGES,
    **core_server.MESSAGES,
    **core_messaging.MESSAGES,
}

# English needs no translation, except the singular of a counted message: Qt prints "%n" texts
# as written unless a translation gives the forms, so credit_desk_en.ts (made by lupdate
# -pluralonly) holds just these, as (one, more).
ENGLISH_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("GroupsModel", "%1 · %Ln message(s)"): ("%1 · %Ln message", "%1 · %Ln messages"),
    ("Exports", "%1 · %Ln message(s)"): ("%1 · %Ln message", "%1 · %Ln messages"),
    ("GroupsModel", "Double-click to show each of the %Ln message(s)"): (
        "Double-click to show the %Ln message",
        "Double-click to show each of the %Ln messages",
    ),
    ("LedgerPanel", "%1 on %2: %Ln message(s)"): (
        "%1 on %2: %Ln message",
        "%1 on %2: %Ln messages",
    ),
    ("TaskFinisher", "Finishing %n task(s)…"): (
        "Finishing %n task…",
        "Finishing %n tasks…",
    ),
    ("BalanceIndicator", "≈ %Ln one-part messages to %1 at %2 each"): (
        "≈ %Ln one-part message to %1 at %2 each",
        "≈ %Ln one-part messages to %1 at %2 each",
    ),
    ("SendCampaignDialog", "%Ln part(s), %1"): ("%Ln part, %1", "%Ln parts, %1"),
    ("MessageEditor", "%1 characters · %2 · %Ln part(s) · %3 left in this part"): (
        "%1 characters · %2 · %Ln part · %3 left in this part",
        "%1 characters · %2 · %Ln parts · %3 left in this part",
    ),
    (
        "RecipientsEditor",
        "%1 valid · %2 invalid · %Ln duplicate(s) (not priced) · default country %3",
    ): (
        "%1 valid · %2 invalid · %Ln duplicate (not priced) · default country %3",
        "%1 valid · %2 invalid · %Ln duplicates (not priced) · default country %3",
    ),
    ("CampaignsModel", "%1\n\nSender: %2 · %Ln part(s) per message"): (
        "%1\n\nSender: %2 · %Ln part per message",
        "%1\n\nSender: %2 · %Ln parts per message",
    ),
    ("OutboxPage", "%Ln message(s) wait · %1 needed to send them all · balance %2"): (
        "%Ln message waits · %1 needed to send it · balance %2",
        "%Ln messages wait · %1 needed to send them all · balance %2",
    ),
    (
        "OutboxPage",
        "Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln message(s) "
        "wait; top up %3 to send them all, or remove them with Remove outbox.",
    ): (
        "Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln message "
        "waits; top up %3 to send it, or remove it with Remove outbox.",
        "Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln messages "
        "wait; top up %3 to send them all, or remove them with Remove outbox.",
    ),
    ("OutboxPage", "Sending is paused. %Ln message(s) wait."): (
        "Sending is paused. %Ln message waits.",
        "Sending is paused. %Ln messages wait.",
    ),
    (
        "OutboxPage",
        "Remove %Ln waiting message(s) (%1)? They will not be sent and nothing is charged for "
        "them. Messages already being sent finish sending.",
    ): (
        "Remove %Ln waiting message (%1)? It will not be sent and nothing is charged for it. "
        "Messages already being sent finish sending.",
        "Remove %Ln waiting messages (%1)? They will not be sent and nothing is charged for "
        "them. Messages already being sent finish sending.",
    ),
    ("OutboxPage", "Removed %Ln waiting message(s); nothing was charged for them."): (
        "Removed %Ln waiting message; nothing was charged for it.",
        "Removed %Ln waiting messages; nothing was charged for them.",
    ),
    ("Exports", "Saved %n entry(ies) to %1."): (
        "Saved %n entry to %1.",
        "Saved %n entries to %1.",
    ),
    ("ExchangeRatesDialog", "Stored %n rate(s) of the Czech National Bank of %1."): (
        "Stored %n rate of the Czech National Bank of %1.",
        "Stored %n rates of the Czech National Bank of %1.",
    ),
    ("Exports", "Saved the statement of %n entry(ies) to %1."): (
        "Saved the statement of %n entry to %1.",
        "Saved the statement of %n entries to %1.",
    ),
}


# -- checks -------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[A-Za-z_][^{}]*\}")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def problems(source: str, translation: str) -> list[str]:
    """What a translation of `source` breaks: placeholders, HTML tags, accelerators, "…"."""
    found = []
    wanted = Counter(PLACEHOLDER.findall(source))
    if Counter(PLACEHOLDER.findall(translation)) != wanted:
        found.append(f"placeholders differ: {sorted(wanted.elements())}")
    if Counter(TAG.findall(translation)) != Counter(TAG.findall(source)):
        found.append("HTML tags differ")
    if len(ACCELERATOR.findall(translation)) != len(ACCELERATOR.findall(source.replace("&&", ""))):
        found.append("keyboard accelerators (&) differ")
    if source.endswith("…") and not translation.endswith("…"):
        found.append("the trailing “…” is missing")
    if not translation.strip():
        found.append("empty")
    return found


# -- the .ts file -------------------------------------------------------------------------------


def lookup(context: str, source: str) -> str | tuple[str, ...] | None:
    return CONTEXTS.get(context, {}).get(source) or GLOSSARY.get(source)


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;"}


def _escape(text: str) -> str:
    """As lupdate escapes: markup characters, controls and non-ASCII spaces (NBSP → &#xa0;)."""
    return "".join(
        _ENTITIES.get(char)
        or (
            f"&#x{ord(char):x};"
            if (char < " " and char not in "\n\t") or (char > "\x7f" and char.isspace())
            else char
        )
        for char in text
    )


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())


def write_ts(root: ET.Element, path: Path) -> None:
    """Write the tree as pyside6-lupdate writes it, so that its next run changes nothing."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root:
        lines.append("<context>")
        for child in context:
            if child.tag != "message":
                lines.append(f"    <{child.tag}>{_escape(child.text or '')}</{child.tag}>")
                continue
            lines.append(f"    <message{_attributes(child)}>")
            for part in child:
                forms = part.findall("numerusform")
                if forms:
                    lines.append(f"        <{part.tag}{_attributes(part)}>")
                    for form in forms:
                        lines.append(
                            f"            <numerusform>{_escape(form.text or '')}</numerusform>"
                        )
                    lines.append(f"        </{part.tag}>")
                elif part.tag == "location" or (not part.text and part.tag != "translation"):
                    lines.append(f"        <{part.tag}{_attributes(part)}/>")
                else:
                    text = _escape(part.text or "")
                    lines.append(f"        <{part.tag}{_attributes(part)}>{text}</{part.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _set_note(message: ET.Element, note: str | None) -> None:
    existing = message.find("translatorcomment")
    if note is None:
        return
    if existing is None:
        existing = ET.Element("translatorcomment")
        position = list(message).index(message.find("translation"))
        message.insert(position, existing)
    existing.text = note


def apply(path: Path = TS_FILE) -> tuple[int, list[str], list[str]]:
    """Fill in `path`; returns (messages translated, messages still missing, problems found)."""
    root = ET.parse(path).getroot()
    translated, missing, faults = 0, [], []
    used: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            assert translation is not None, where
            numerus = message.get("numerus") == "yes"
            wanted = lookup(name, source)
            if source in CONTEXTS.get(name, {}):
                used.add((name, source))
            if wanted is None:
                kept = [f.text or "" for f in translation.findall("numerusform")] or [
                    translation.text or ""
                ]
                if translation.get("type") is None and all(kept):
                    faults += [f"{where}: {p}" for k in kept for p in problems(source, k)]
                    print(f"kept a translation that only the .ts has: {where}", file=sys.stderr)
                    translated += 1
                else:
                    missing.append(where)
                continue
            forms = list(wanted) if isinstance(wanted, tuple) else [wanted]
            if numerus != isinstance(wanted, tuple):
                faults.append(f"{where}: {'three plural forms' if numerus else 'one text'} wanted")
                continue
            errors = [p for form in forms for p in problems(source, form)]
            if errors:
                faults += [f"{where}: {error}" for error in errors]
                continue
            translation.attrib.pop("type", None)
            if numerus:
                for form in translation.findall("numerusform"):
                    translation.remove(form)
                for text in forms:
                    ET.SubElement(translation, "numerusform").text = text
                translation.text = None
            else:
                translation.text = forms[0]
            _set_note(message, NOTES.get((name, source)))
            translated += 1
    for name, entries in CONTEXTS.items():
        for source in entries:
            if (name, source) not in used:
                print(f"not in the .ts (changed or removed?): {name}: {source!r}", file=sys.stderr)
    write_ts(root, path)
    return translated, missing, faults


def apply_english(path: Path = ENGLISH_TS_FILE) -> list[str]:
    """Fill in the English plural forms; returns the counted messages that have none."""
    root = ET.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            forms = ENGLISH_PLURALS.get((name, source))
            translation = message.find("translation")
            assert translation is not None
            if forms is None:
                missing.append(f"{name}: {source!r}")
                continue
            translation.attrib.pop("type", None)
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            translation.text = None
    write_ts(root, path)
    return missing


def main(argv: list[str]) -> int:
    english_missing = apply_english() if ENGLISH_TS_FILE.exists() else []
    for where in english_missing:
        print(f"missing English plural forms: {where}")
    translated, missing, faults = apply()
    for where in missing:
        print(f"missing: {where}")
    for fault in faults:
        print(f"refused: {fault}")
    print(f"{TS_FILE.name}: {translated} translated, {len(missing)} missing, {len(faults)} refused")
    if faults or ("--check" in argv and (missing or english_missing)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
