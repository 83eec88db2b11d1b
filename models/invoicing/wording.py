"""The words on invoices, in each document language (a PDF speaks its document's language)."""

from __future__ import annotations

LANGUAGES = ("en", "cs")

_WORDS: dict[str, tuple[str, str]] = {
    # key: (English, Czech)
    "proforma": ("Proforma invoice", "Zálohová faktura"),
    "invoice": ("Invoice – tax document", "Faktura – daňový doklad"),
    "credit-note": ("Credit note – tax document", "Opravný daňový doklad (dobropis)"),
    "not_tax_document": ("This is not a tax document.", "Nejedná se o daňový doklad."),
    "seller": ("Seller", "Dodavatel"),
    "buyer": ("Buyer", "Odběratel"),
    "company_id": ("Company ID", "IČO"),
    "vat_id": ("VAT ID", "DIČ"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Phone", "Telefon"),
    "web": ("Web", "Web"),
    # § 435 of the Civil Code: the register entry on business documents
    "register_entry": (
        "Registered in the Commercial Register kept by {court}, section {section}, file {file}",
        "Zapsáno v obchodním rejstříku vedeném {court}, oddíl {section}, vložka {file}",
    ),
    "no_buyer": ("Billing information not filled in", "Fakturační údaje nejsou vyplněny"),
    "issued_on": ("Issue date", "Datum vystavení"),
    "taxable_supply_on": ("Date of taxable supply", "Datum uskutečnění plnění"),
    # a credit note's own date (§ 42 of the VAT Act): when the correction took place
    "correction_on": ("Date of the correction", "Datum uskutečnění opravy"),
    "corrected_supply_on": (
        "Taxable supply of the corrected invoice",
        "Datum uskutečnění plnění opravovaného dokladu",
    ),
    "due_on": ("Due date", "Datum splatnosti"),
    "variable_symbol": ("Variable symbol", "Variabilní symbol"),
    "description": ("Description", "Popis"),
    "quantity": ("Quantity", "Množství"),
    "unit_price": ("Unit price", "Cena za jednotku"),
    "vat_rate": ("VAT rate", "Sazba DPH"),
    "net": ("Base", "Základ"),
    "vat": ("VAT", "DPH"),
    "total": ("Total", "Celkem"),
    "total_to_pay": ("Total to pay", "Celkem k úhradě"),
    "total_paid": ("Total (paid)", "Celkem (uhrazeno)"),
    "total_credited": ("Total credited", "Celkem k dobropisu"),
    "vat_recap": ("VAT recapitulation", "Rekapitulace DPH"),
    "credits_unit": ("credits", "kreditů"),
    "line_credits": ("Prepaid credit for SMS messages", "Předplacený kredit na SMS zprávy"),
    "line_correction": ("Correction of invoice {number}", "Oprava faktury {number}"),
    "payment": ("Payment details", "Platební údaje"),
    "account": ("Bank account (IBAN)", "Bankovní účet (IBAN)"),
    "bic": ("BIC", "BIC"),
    "amount": ("Amount", "Částka"),
    "qr_hint": ("Scan in your banking app", "Naskenujte v bankovní aplikaci"),
    "paid_on": (
        "Paid on {date} ({method}). Nothing more to pay.",
        "Uhrazeno dne {date} ({method}). Nic dalšího neplaťte.",
    ),
    "method_bank-transfer": ("bank transfer", "bankovním převodem"),
    "method_manual": ("received by hand", "přijato v hotovosti či jinak"),
    "settles_proforma": (
        "Settles proforma invoice {number}.",
        "Zúčtování zálohové faktury {number}.",
    ),
    "corrects": ("Corrects invoice", "Opravovaný doklad"),
    "corrects_line": ("{number} issued on {date}", "{number} ze dne {date}"),
    "reason": ("Reason for the correction", "Důvod opravy"),
    "differences": ("Differences", "Rozdíly"),
    "original": ("Original invoice", "Původní doklad"),
    "difference": ("Difference", "Rozdíl"),
    "after": ("After correction", "Po opravě"),
    "credits_taken_back": (
        "Taken back from the balance: {credits}.",
        "Odečteno ze zůstatku: {credits}.",
    ),
    "rule_domestic": ("", ""),
    "rule_reverse-charge": (
        "Reverse charge: VAT to be accounted for by the customer (Art. 196 of Directive 2006/112/EC).",
        "Daň odvede zákazník (přenesení daňové povinnosti, čl. 196 směrnice 2006/112/ES).",
    ),
    "rule_outside-scope": (
        "Outside the scope of VAT: the service is supplied to a customer outside the EU.",
        "Plnění není předmětem DPH v EU: služba je poskytnuta zákazníkovi mimo EU.",
    ),
    "rule_not-vat-payer": ("The seller is not a VAT payer.", "Dodavatel není plátcem DPH."),
    "page": ("Page {page}", "Strana {page}"),
    "issued_by": ("Issued by Credit Desk", "Vystaveno v aplikaci Credit Desk"),
}

# A tax document in a currency other than CZK also states its base and VAT in CZK, with the rate.
_WORDS.update(
    {
        "czk_base": ("Tax base in {currency}", "Základ daně v {currency}"),
        "czk_vat": ("VAT in {currency}", "DPH v {currency}"),
        "czk_differences": ("Differences in {currency}", "Rozdíly v {currency}"),
        "exchange_rate": ("Exchange rate", "Kurz"),
        "exchange_rate_of_invoice": (
            "Exchange rate of the corrected invoice",
            "Kurz opravovaného dokladu",
        ),
        "rate_source_cnb": ("ČNB, {date}", "ČNB, {date}"),
        "rate_source_manual": ("{date}", "{date}"),
        "rate_source_fixed": ("fixed rate, {first} – {last}", "pevný kurz, {first} – {last}"),
    }
)


def word(key: str, language: str) -> str:
    english, czech = _WORDS[key]
    return czech if language == "cs" else english
