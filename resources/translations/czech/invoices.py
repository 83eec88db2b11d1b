"""Czech for the Invoices page (ui/invoices/): context → English source → translation."""

from __future__ import annotations

from czech.glossary import NBSP

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "CreditNoteDialog": {
        "Credit note for %1": "Opravný daňový doklad k faktuře %1",
        "A credit note corrects invoice %1 and is a tax document itself. Credits taken back leave "
        "your balance (now %2); when they have been spent, correct the price only "
        "(0 credits).": (
            "Opravný daňový doklad opravuje fakturu %1 a sám je daňovým dokladem. Odebrané kredity "
            "se odečtou ze zůstatku (nyní %2); pokud už byly utraceny, opravte jen cenu "
            "(0 kreditů)."
        ),
        # Short: the field is narrow and a longer placeholder is cut off.
        "e.g. Credits returned at the customer's request": "např. Vrácení na žádost zákazníka",
        "Reason": "Důvod",
        "Credits taken back": "Odebrané kredity",
        "Amount credited without VAT": "Dobropisovaná částka bez DPH",
        "Left on the invoice": "Zbývá na faktuře",
        "%1, %2 without VAT": "%1, %2 bez DPH",
        "Issue credit note": "Vystavit opravný doklad",
        "Enter amounts.": "Zadejte částky.",
    },
    "DocumentsModel": {
        "Number": "Číslo",
        "Document": "Doklad",
        "Issued": "Vystaveno",
        "Buyer": "Odběratel",
        "Proforma": "Zálohová faktura",
        # The list's column is narrow: the short forms; the PDFs print the full titles.
        "Tax invoice": "Daňový doklad",
        "Credit note": "Opravný doklad",
        "%1 %": f"%1{NBSP}%",
        "Reverse charge": "Přenesená daňová povinnost",
        "Outside the scope of VAT": "Mimo předmět DPH",
        "No VAT (not a VAT payer)": "Bez DPH (neplátce)",
    },
    "ExportDocumentsDialog": {
        "Export documents": "Export dokladů",
        "Files in a folder": "Soubory do složky",
        "Format": "Formát",
        "PDF": "PDF",
        "ISDOC (for Czech accounting programs)": "ISDOC (pro účetní programy)",
        "PDF with Factur-X (EN 16931 e-invoice inside)": (
            "PDF s Factur-X (uvnitř e-faktura EN 16931)"
        ),
        "ISDOC writes an .isdoc file per document instead of its PDF, for Pohoda, Money S3, "
        "ABRA or Helios to import. Factur-X attaches the invoice's data to the PDF of "
        "every invoice and credit note; a proforma is not an invoice and stays a plain PDF.": (
            "ISDOC zapíše místo PDF ke každému dokladu soubor .isdoc pro import do Pohody, "
            "Money S3, ABRA nebo Helios. Factur-X přiloží k PDF každé faktury a opravného "
            "dokladu jeho data; zálohová faktura není faktura a zůstane obyčejným PDF."
        ),
        "%1 proformas as plain PDF: a proforma is not an invoice, so it carries no Factur-X.": (
            "Zálohové faktury jako obyčejné PDF: %1 (zálohová faktura není faktura, "
            "proto nenese Factur-X)."
        ),
        "One ZIP file": "Jeden soubor ZIP",
        "From": "Od",
        "To": "Do",
        "Export as": "Exportovat jako",
        "Save to": "Uložit do",
        "Every proforma, invoice and credit note issued in the period. Existing files are never "
        "overwritten: a file with other content gets a new name beside it.": (
            "Všechny zálohové faktury, faktury a opravné doklady vystavené v daném období. "
            "Existující soubory se nikdy nepřepisují: soubor s jiným obsahem se uloží vedle pod "
            "novým názvem."
        ),
        "Export": "Exportovat",
        "Save ZIP": "Uložit ZIP",
        "Choose a folder": "Vyberte složku",
        "The period ends before it starts.": "Období končí dřív, než začíná.",
        "Choose where to save the documents.": "Vyberte, kam doklady uložit.",
        "No documents were issued in that period.": "V tomto období nebyly vystaveny žádné doklady.",
        "Exporting…": "Exportuje se…",
        "Cancelled.": "Zrušeno.",
        "%1 documents: %2 written, %3 unchanged, %4 saved under a new name": (
            "Dokladů: %1 (zapsáno: %2, beze změny: %3, pod novým názvem: %4)"
        ),
    },
    "RatesModel": {
        "Valid from": "Platí od",
        "Valid to": "Platí do",
        "Currency": "Měna",
        "Amount": "Množství",
        "Rate (CZK)": "Kurz (CZK)",
        "Source": "Zdroj",
        "Czech National Bank": "Česká národní banka",
        "Entered for the day": "Zadaný pro den",
        "Fixed for the period": "Pevný pro období",
    },
    "ExchangeRatesDialog": {
        "Exchange rates": "Kurzy měn",
        "Tax invoices and credit notes in EUR also state their base and VAT in CZK, at "
        "your fixed rate for the period, else the Czech National Bank's rate valid on "
        "the date of taxable supply, else a rate entered for that day. Without one, a "
        "EUR payment is not confirmed.": (
            "Faktury a opravné daňové doklady v EUR uvádějí základ daně a DPH také v CZK, a to "
            "podle vašeho pevného kurzu pro dané období, jinak podle kurzu České národní banky "
            "platného ke dni uskutečnění plnění, jinak podle kurzu zadaného pro ten den. Bez "
            "kurzu se platba v EUR nepotvrdí."
        ),
        "Import CNB file…": "Načíst soubor ČNB…",
        "Fetch from the CNB": "Stáhnout z ČNB",
        "Download the rates valid on the chosen day": "Stáhnout kurzy platné ve zvolený den",
        "Rates of": "Kurzy ze dne",
        "Enter a rate": "Zadat kurz",
        "CZK for 1 unit, e.g. 25.085": "CZK za 1 jednotku, např. 25,085",
        "Fixed for a period, until": "Pevný pro období, do",
        "Save rate": "Uložit kurz",
        "Currency": "Měna",
        "Rate": "Kurz",
        "Day": "Den",
        "Stored %n rate(s) of the Czech National Bank of %1.": (
            "Uložen %n kurz České národní banky ze dne %1.",
            "Uloženy %n kurzy České národní banky ze dne %1.",
            "Uloženo %n kurzů České národní banky ze dne %1.",
        ),
        "Import CNB rates": "Načíst kurzy ČNB",
        "CNB rate files (*.txt);;All files (*)": "Kurzovní lístky ČNB (*.txt);;Všechny soubory (*)",
        "Fetching the rates from the Czech National Bank…": "Stahují se kurzy z České národní banky…",
        "The rate is saved.": "Kurz je uložen.",
    },
    "InvoicesPage": {
        "%1 recorded by: %2": "%1 zaznamenal: %2",
        "Export the documents of a period to a folder or a ZIP": (
            "Exportovat doklady za období do složky nebo souboru ZIP"
        ),
        "No invoices yet": "Zatím žádné faktury",
        "A proforma appears here for every bank transfer, and a tax invoice for every paid top-up "
        "once your billing information is filled in.": (
            "Jakmile vyplníte fakturační údaje, objeví se zde ke každému bankovnímu převodu "
            "zálohová faktura a ke každému uhrazenému dobití daňový doklad."
        ),
        "Invoices": "Faktury",
        "Tax documents for your payments, ready to hand to your accountant.": (
            "Daňové doklady k vašim platbám, připravené pro účetní."
        ),
        "All documents": "Všechny doklady",
        "Search number, buyer or variable symbol": "Hledat číslo, odběratele nebo var. symbol",
        "Year": "Rok",
        "Export PDF…": "Exportovat PDF…",
        "Credit note…": "Opravný doklad…",
        "Correct the selected tax invoice": "Opravit vybraný daňový doklad",
        "All years": "Všechny roky",
        "Export PDF": "Exportovat PDF",
        "PDF (*.pdf)": "PDF (*.pdf)",
        "Saved %1": "Uloženo: %1",
    },
}
