"""Czech for the Billing information page (ui/billing/): context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "BillingPage": {
        "Choose…": "Vyberte…",  # the empty choice of the country list
        "Company or person name": "Název firmy nebo jméno",
        "Street and number": "Ulice a číslo",
        "City": "Město",
        "Postal code": "PSČ",
        "Company ID": "IČO",
        "VAT ID": "DIČ",
        "Invoice e-mail": "E-mail pro faktury",
        "Optional; in Czechia and Slovakia the IČO (8 digits)": (
            "Nepovinné; v Česku a na Slovensku má IČO 8 číslic"
        ),
        "Optional; with the country prefix, e.g. CZ12345678": (
            "Nepovinné; s kódem země na začátku, např. CZ12345678"
        ),
        "Optional; where invoices are sent": "Nepovinné; kam se mají faktury posílat",
        "Optional; for your own reference, not printed": (
            "Nepovinné; jen pro vaši potřebu, netiskne se"
        ),
        "Billing information": "Fakturační údaje",
        "Who your invoices are made out to. Change it here and save.": (
            "Na koho jsou vaše faktury vystaveny. Změníte to zde a uložíte."
        ),
        "Saved versions": "Uložené verze",
        "Saved": "Uloženo",
        "What changed": "Co se změnilo",
        "First saved": "První uložení",
        "Fill in your billing information first if you want us to generate invoices for you.": (
            "Chcete-li, abychom vám vystavovali faktury, nejprve vyplňte fakturační údaje."
        ),
        "No billing information yet: top-ups are credited, but no tax invoices are issued until "
        "it is filled in.": (
            "Fakturační údaje zatím nejsou vyplněné: dobití kreditu se připíše, ale daňové doklady "
            "se začnou vystavovat až po jejich vyplnění."
        ),
        "Saved %1. Each save is kept; an invoice shows the information that was current when it "
        "was issued.": (
            "Uloženo %1. Každé uložení se uchovává; faktura uvádí údaje platné v době svého "
            "vystavení."
        ),
        "Nothing changed since the last save.": "Od posledního uložení se nic nezměnilo.",
    },
}
