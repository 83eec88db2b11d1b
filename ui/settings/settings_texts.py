"""The Settings dialog's words that come from the core: setting descriptions and choice labels.

models/ knows no Qt, so pyside6-lupdate cannot find these there; they are listed here, in the
SettingsDialog context, and the dialog translates them with tr(). tests/test_translations.py
fails when a setting of the core is missing from DESCRIPTIONS.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Price of one credit in EUR, without VAT"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Price of one credit in CZK, without VAT"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's name, as on invoices and payment orders"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's bank account (IBAN) that top-ups are paid to"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's bank BIC (SWIFT), optional"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Seller's other accounts that receive top-ups, e.g. a EUR account (IBANs or Czech "
        "account numbers, separated by commas)",
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Is the seller a VAT payer (yes, no)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's VAT rate in percent"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's street and number"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's city"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's postal code"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Seller's country (ISO code, e.g. CZ); decides which buyers are domestic",
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's company ID (IČO)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's VAT ID (DIČ), e.g. CZ25596641"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Logo on invoices: a PNG or JPEG file (empty = none)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Default language of new invoices (en, cs)"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Proforma numbers: {year} or {yy} and {number:06}; they restart each year",
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Tax invoice numbers: {year} or {yy} and {number:06}; they restart each year",
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Credit note numbers: {year} or {yy} and {number:06}; they restart each year",
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Days a bank transfer has to arrive"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Days after the due date when an unpaid bank transfer expires"
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Currency in which prices and top-ups are shown (EUR, CZK)"
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Warn when the balance falls below this many credits (off = never)"
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Warn when a message needs more parts than this (1–255)"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Country of numbers written without a country code (ISO code, e.g. CZ)",
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Sending is paused (yes, no)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Resume sending by itself after a top-up (yes, no)"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Gateway that sends messages (simulated: nothing leaves this computer; bulkgate)",
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Sender of campaign messages: a name of up to 11 characters, or your own number "
        "(empty = the gateway's system number)",
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "BulkGate: send campaigns as promotional or transactional SMS"
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "BulkGate: address of the Simple API"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Czech National Bank: address of the daily exchange rate file (?date=DD.MM.YYYY is added)",
    ),
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Simulated gateway: percent of numbers it rejects, for trying things out"
    ),
    # models/settings/seller_register.py
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Commercial register: the court that keeps it (empty = none)"
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Commercial register: section (oddíl), e.g. C"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Commercial register: file (vložka), e.g. 12345"),
    QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Register entry written out whole (used instead of court, section and file), "
        "e.g. for a sole trader",
    ),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's web address, e.g. www.example.cz"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's phone number, e.g. +420 601 234 567"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Seller's e-mail address for documents"),
    # models/settings/top_up_minimum.py
    QT_TRANSLATE_NOOP("SettingsDialog", "Smallest top-up in CZK, without VAT (0 = any amount)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Smallest top-up in EUR, without VAT (0 = any amount)"),
)

# What a choice's stored value reads as in a combo box (other values are shown as they are).
CHOICES = {
    "yes": QT_TRANSLATE_NOOP("SettingsDialog", "Yes"),
    "no": QT_TRANSLATE_NOOP("SettingsDialog", "No"),
    "en": QT_TRANSLATE_NOOP("SettingsDialog", "English"),
    "cs": QT_TRANSLATE_NOOP("SettingsDialog", "Czech"),
    "": QT_TRANSLATE_NOOP("SettingsDialog", "(none)"),
    "promotional": QT_TRANSLATE_NOOP("SettingsDialog", "Promotional"),
    "transactional": QT_TRANSLATE_NOOP("SettingsDialog", "Transactional"),
}
