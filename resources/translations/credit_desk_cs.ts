<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Credit Desk</source>
        <translation>O aplikaci Credit Desk</translation>
    </message>
    <message>
        <source>Prepaid credit for SMS campaigns: price list, top-ups, credit ledger, invoices and the outbox.</source>
        <translation>Předplacený kredit pro SMS kampaně: ceník, dobíjení kreditu, pohyby kreditu, faktury a odchozí zprávy.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databáze:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Složka s daty:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otevřít složku s daty</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Součást</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Credit Desk includes, under their own licences:</source>
        <translation>Credit Desk obsahuje, pod jejich vlastními licencemi:</translation>
    </message>
</context>
<context>
    <name>BalanceIndicator</name>
    <message>
        <source>Your balance is below the low-balance warning. Top up to keep sending.</source>
        <translation>Zůstatek klesl pod hranici upozornění. Dobijte kredit, abyste mohli dál odesílat.</translation>
    </message>
    <message>
        <source>Your credit balance. Click to top up.</source>
        <translation>Zůstatek kreditu. Kliknutím kredit dobijete.</translation>
    </message>
    <message>
        <source>Below your low-balance warning: top up to keep campaigns going.</source>
        <translation>Zůstatek je pod hranicí upozornění: dobijte kredit, aby kampaně mohly pokračovat.</translation>
    </message>
    <message>
        <source>Credits never expire; they go only when you send messages.</source>
        <translation>Kredity nepropadají; ubývají jen odesíláním zpráv.</translation>
    </message>
    <message>
        <source>Top up to send messages: one to %1 costs %2.</source>
        <translation>Dobijte kredit, abyste mohli posílat zprávy: jedna zpráva do země %1 stojí %2.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln one-part messages to %1 at %2 each</source>
        <translatorcomment>%1 is a country name in the nominative, hence “do země %1”; %2 is an amount of credits with its word, in the form its number needs (5 kreditů).</translatorcomment>
        <translation>
            <numerusform>≈ %Ln jednodílná zpráva do země %1 (%2 za zprávu)</numerusform>
            <numerusform>≈ %Ln jednodílné zprávy do země %1 (%2 za zprávu)</numerusform>
            <numerusform>≈ %Ln jednodílných zpráv do země %1 (%2 za zprávu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancePopup</name>
    <message>
        <source>Credit balance</source>
        <translation>Zůstatek kreditu</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Dobít kredit</translation>
    </message>
</context>
<context>
    <name>BankEntriesModel</name>
    <message>
        <source>Booked</source>
        <translation>Zaúčtováno</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Variable symbol</source>
        <translation>Variabilní symbol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Plátce</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva pro příjemce</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Proč čeká</translation>
    </message>
    <message>
        <source>Less than the payment</source>
        <translation>Nižší než platba</translation>
    </message>
    <message>
        <source>More than the payment</source>
        <translation>Vyšší než platba</translation>
    </message>
    <message>
        <source>No matching payment</source>
        <translation>Žádná odpovídající platba</translation>
    </message>
    <message>
        <source>Another currency than its payment</source>
        <translation>Jiná měna, než má platba</translation>
    </message>
    <message>
        <source>Booked before its payment was made</source>
        <translation>Zaúčtováno dřív, než platba vznikla</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Company or person name</source>
        <translation>Název firmy nebo jméno</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Ulice a číslo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>E-mail pro faktury</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Optional; in Czechia and Slovakia the IČO (8 digits)</source>
        <translation>Nepovinné; v Česku a na Slovensku má IČO 8 číslic</translation>
    </message>
    <message>
        <source>Optional; with the country prefix, e.g. CZ12345678</source>
        <translation>Nepovinné; s kódem země na začátku, např. CZ12345678</translation>
    </message>
    <message>
        <source>Optional; where invoices are sent</source>
        <translation>Nepovinné; kam se mají faktury posílat</translation>
    </message>
    <message>
        <source>Optional; for your own reference, not printed</source>
        <translation>Nepovinné; jen pro vaši potřebu, netiskne se</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Uložené verze</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uloženo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co se změnilo</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>Fakturační údaje</translation>
    </message>
    <message>
        <source>Fill in your billing information first if you want us to generate invoices for you.</source>
        <translation>Chcete-li, abychom vám vystavovali faktury, nejprve vyplňte fakturační údaje.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vyberte…</translation>
    </message>
    <message>
        <source>Who your invoices are made out to. Change it here and save.</source>
        <translation>Na koho jsou vaše faktury vystaveny. Změníte to zde a uložíte.</translation>
    </message>
    <message>
        <source>No billing information yet: top-ups are credited, but no tax invoices are issued until it is filled in.</source>
        <translation>Fakturační údaje zatím nejsou vyplněné: dobití kreditu se připíše, ale daňové doklady se začnou vystavovat až po jejich vyplnění.</translation>
    </message>
    <message>
        <source>Saved %1. Each save is kept; an invoice shows the information that was current when it was issued.</source>
        <translation>Uloženo %1. Každé uložení se uchovává; faktura uvádí údaje platné v době svého vystavení.</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>První uložení</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>Od posledního uložení se nic nezměnilo.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Příjemci</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Části</translation>
    </message>
    <message>
        <source>Credits per part</source>
        <translation>Kredity za část</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Kredity</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>Ostatní sítě</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Příjemci</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>The recipients could not be priced: %1</source>
        <translation>Cenu pro příjemce se nepodařilo spočítat: %1</translation>
    </message>
    <message>
        <source>Stopped. Edit the recipients to price them again.</source>
        <translation>Zastaveno. Po úpravě příjemců se cena spočítá znovu.</translation>
    </message>
    <message>
        <source>Queueing the campaign…</source>
        <translation>Kampaň se zařazuje do fronty…</translation>
    </message>
    <message>
        <source>Campaign “%1” queued: %2 messages. Follow it in the Outbox.</source>
        <translation>Kampaň „%1“ je ve frontě (zprávy: %2). Sledujte ji na stránce Odchozí zprávy.</translation>
    </message>
    <message>
        <source>Send as campaign</source>
        <translation>Odeslat jako kampaň</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Odstraněno</translation>
    </message>
    <message>
        <source>Credits spent</source>
        <translation>Utracené kredity</translation>
    </message>
    <message>
        <source>the gateway&apos;s number</source>
        <translation>číslo brány</translation>
    </message>
    <message numerus="yes">
        <source>%1

Sender: %2 · %Ln part(s) per message</source>
        <translation>
            <numerusform>%1

Odesílatel: %2 · %Ln část na zprávu</numerusform>
            <numerusform>%1

Odesílatel: %2 · %Ln části na zprávu</numerusform>
            <numerusform>%1

Odesílatel: %2 · %Ln částí na zprávu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the phone number column</source>
        <translation>Výběr sloupce s telefonními čísly</translation>
    </message>
    <message>
        <source>Numbers are in:</source>
        <translation>Čísla jsou ve sloupci:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdný)</translation>
    </message>
    <message>
        <source>%1 values, e.g. %2</source>
        <translation>Hodnot: %1, např. %2</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Připojit k serveru</translation>
    </message>
    <message>
        <source>A team&apos;s Credit Desk database on a PostgreSQL server. The password is kept in the system keyring when you ask for it (or in your ~/.pgpass file).</source>
        <translation>Společná databáze Credit Desk týmu na serveru PostgreSQL. Heslo se uloží do systémové klíčenky, když o to požádáte (nebo je v souboru ~/.pgpass).</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Zapamatovat heslo v systémové klíčence</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Připojit</translation>
    </message>
    <message>
        <source>Stored; type to replace it</source>
        <translation>Uložené; napsáním ho nahradíte</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Připojování k %1…</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>In the account currency</source>
        <translation>V měně účtu</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Váš zůstatek</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chybí</translation>
    </message>
    <message>
        <source>Top up the difference</source>
        <translation>Dobít rozdíl</translation>
    </message>
    <message>
        <source>Send as campaign</source>
        <translation>Odeslat jako kampaň</translation>
    </message>
    <message>
        <source>Queue one message per priced recipient and send them while credit lasts.</source>
        <translation>Zařadit do fronty jednu zprávu pro každého příjemce s cenou a odesílat, dokud stačí kredit.</translation>
    </message>
    <message>
        <source>Checking numbers: %1 of %2</source>
        <translation>Kontrola čísel: %1 z %2</translation>
    </message>
    <message>
        <source>Type the message and add recipients to see what it will cost.</source>
        <translation>Napište zprávu a přidejte příjemce; zobrazí se, kolik bude kampaň stát.</translation>
    </message>
    <message>
        <source>Your balance covers this campaign.</source>
        <translation>Zůstatek na tuto kampaň stačí.</translation>
    </message>
    <message>
        <source>%1 valid number(s) are in countries the price list does not cover; they are not counted.</source>
        <translation>Platná čísla v zemích, které ceník nepokrývá, se nezapočítávají: %1.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Opravný daňový doklad k faktuře %1</translation>
    </message>
    <message>
        <source>A credit note corrects invoice %1 and is a tax document itself. Credits taken back leave your balance (now %2); when they have been spent, correct the price only (0 credits).</source>
        <translation>Opravný daňový doklad opravuje fakturu %1 a sám je daňovým dokladem. Odebrané kredity se odečtou ze zůstatku (nyní %2); pokud už byly utraceny, opravte jen cenu (0 kreditů).</translation>
    </message>
    <message>
        <source>e.g. Credits returned at the customer&apos;s request</source>
        <translation>např. Vrácení na žádost zákazníka</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>kreditů</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Credits taken back</source>
        <translation>Odebrané kredity</translation>
    </message>
    <message>
        <source>Amount credited without VAT</source>
        <translation>Dobropisovaná částka bez DPH</translation>
    </message>
    <message>
        <source>Left on the invoice</source>
        <translation>Zbývá na faktuře</translation>
    </message>
    <message>
        <source>%1, %2 without VAT</source>
        <translatorcomment>%1 is an amount of credits with its word, in the form its number needs (5 kreditů).</translatorcomment>
        <translation>%1, %2 bez DPH</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Vystavit opravný doklad</translation>
    </message>
    <message>
        <source>Enter amounts.</source>
        <translation>Zadejte částky.</translation>
    </message>
</context>
<context>
    <name>CsvColumnsDialog</name>
    <message>
        <source>Columns of the statement</source>
        <translation>Sloupce výpisu</translation>
    </message>
    <message>
        <source>The columns of this CSV file were not recognised. Choose which holds what; the choice is remembered for the next file with the same columns.</source>
        <translation>Sloupce tohoto souboru CSV se nepodařilo rozpoznat. Určete, co který obsahuje; volba se zapamatuje pro další soubor se stejnými sloupci.</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Řádek záhlaví</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Datum zaúčtování</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Variable symbol</source>
        <translation>Variabilní symbol</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID transakce</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Plátce</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva pro příjemce</translation>
    </message>
    <message>
        <source>Your account (IBAN or number)</source>
        <translation>Váš účet (IBAN nebo číslo)</translation>
    </message>
    <message>
        <source>Currency of the account (no currency column)</source>
        <translation>Měna účtu (když chybí sloupec s měnou)</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formát data</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Desetinný oddělovač</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádný)</translation>
    </message>
    <message>
        <source>Choose the date and the amount columns.</source>
        <translation>Vyberte sloupec s datem a sloupec s částkou.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Odběratel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Zálohová faktura</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>Daňový doklad</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Opravný doklad</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Přenesená daňová povinnost</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Mimo předmět DPH</translation>
    </message>
    <message>
        <source>No VAT (not a VAT payer)</source>
        <translation>Bez DPH (neplátce)</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Ledger entry %1</source>
        <translation>Pohyb kreditu %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Zůstatek po pohybu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Číslo pohybu</translation>
    </message>
    <message>
        <source>not recorded (made by an earlier version)</source>
        <translation>nezaznamenáno (z dřívější verze)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zaznamenal</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Platba %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampaň %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Zpráva %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Kurzy měn</translation>
    </message>
    <message>
        <source>Tax invoices and credit notes in EUR also state their base and VAT in CZK, at your fixed rate for the period, else the Czech National Bank&apos;s rate valid on the date of taxable supply, else a rate entered for that day. Without one, a EUR payment is not confirmed.</source>
        <translation>Faktury a opravné daňové doklady v EUR uvádějí základ daně a DPH také v CZK, a to podle vašeho pevného kurzu pro dané období, jinak podle kurzu České národní banky platného ke dni uskutečnění plnění, jinak podle kurzu zadaného pro ten den. Bez kurzu se platba v EUR nepotvrdí.</translation>
    </message>
    <message>
        <source>Import CNB file…</source>
        <translation>Načíst soubor ČNB…</translation>
    </message>
    <message>
        <source>Fetch from the CNB</source>
        <translation>Stáhnout z ČNB</translation>
    </message>
    <message>
        <source>Download the rates valid on the chosen day</source>
        <translation>Stáhnout kurzy platné ve zvolený den</translation>
    </message>
    <message>
        <source>Rates of</source>
        <translation>Kurzy ze dne</translation>
    </message>
    <message>
        <source>Enter a rate</source>
        <translation>Zadat kurz</translation>
    </message>
    <message>
        <source>CZK for 1 unit, e.g. 25.085</source>
        <translation>CZK za 1 jednotku, např. 25,085</translation>
    </message>
    <message>
        <source>Fixed for a period, until</source>
        <translation>Pevný pro období, do</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Uložit kurz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n rate(s) of the Czech National Bank of %1.</source>
        <translation>
            <numerusform>Uložen %n kurz České národní banky ze dne %1.</numerusform>
            <numerusform>Uloženy %n kurzy České národní banky ze dne %1.</numerusform>
            <numerusform>Uloženo %n kurzů České národní banky ze dne %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CNB rates</source>
        <translation>Načíst kurzy ČNB</translation>
    </message>
    <message>
        <source>CNB rate files (*.txt);;All files (*)</source>
        <translation>Kurzovní lístky ČNB (*.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Fetching the rates from the Czech National Bank…</source>
        <translation>Stahují se kurzy z České národní banky…</translation>
    </message>
    <message>
        <source>The rate is saved.</source>
        <translation>Kurz je uložen.</translation>
    </message>
</context>
<context>
    <name>ExportDocumentsDialog</name>
    <message>
        <source>Export documents</source>
        <translation>Export dokladů</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ISDOC (for Czech accounting programs)</source>
        <translation>ISDOC (pro účetní programy)</translation>
    </message>
    <message>
        <source>PDF with Factur-X (EN 16931 e-invoice inside)</source>
        <translation>PDF s Factur-X (uvnitř e-faktura EN 16931)</translation>
    </message>
    <message>
        <source>ISDOC writes an .isdoc file per document instead of its PDF, for Pohoda, Money S3, ABRA or Helios to import. Factur-X attaches the invoice&apos;s data to the PDF of every invoice and credit note; a proforma is not an invoice and stays a plain PDF.</source>
        <translation>ISDOC zapíše místo PDF ke každému dokladu soubor .isdoc pro import do Pohody, Money S3, ABRA nebo Helios. Factur-X přiloží k PDF každé faktury a opravného dokladu jeho data; zálohová faktura není faktura a zůstane obyčejným PDF.</translation>
    </message>
    <message>
        <source>Files in a folder</source>
        <translation>Soubory do složky</translation>
    </message>
    <message>
        <source>One ZIP file</source>
        <translation>Jeden soubor ZIP</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportovat jako</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Uložit do</translation>
    </message>
    <message>
        <source>Every proforma, invoice and credit note issued in the period. Existing files are never overwritten: a file with other content gets a new name beside it.</source>
        <translation>Všechny zálohové faktury, faktury a opravné doklady vystavené v daném období. Existující soubory se nikdy nepřepisují: soubor s jiným obsahem se uloží vedle pod novým názvem.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Save ZIP</source>
        <translation>Uložit ZIP</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Vyberte složku</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Období končí dřív, než začíná.</translation>
    </message>
    <message>
        <source>Choose where to save the documents.</source>
        <translation>Vyberte, kam doklady uložit.</translation>
    </message>
    <message>
        <source>No documents were issued in that period.</source>
        <translation>V tomto období nebyly vystaveny žádné doklady.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportuje se…</translation>
    </message>
    <message>
        <source>%1 documents: %2 written, %3 unchanged, %4 saved under a new name</source>
        <translation>Dokladů: %1 (zapsáno: %2, beze změny: %3, pod novým názvem: %4)</translation>
    </message>
    <message>
        <source>%1 proformas as plain PDF: a proforma is not an invoice, so it carries no Factur-X.</source>
        <translation>Zálohové faktury jako obyčejné PDF: %1 (zálohová faktura není faktura, proto nenese Factur-X).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Entry</source>
        <translation>Číslo pohybu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Čas (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Amount (credits)</source>
        <translation>Částka (kredity)</translation>
    </message>
    <message>
        <source>Balance after (credits)</source>
        <translation>Zůstatek po pohybu (kredity)</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Export transakcí</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting entries…</source>
        <translation>Exportují se pohyby…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1.</source>
        <translation>
            <numerusform>%n pohyb uložen do %1.</numerusform>
            <numerusform>%n pohyby uloženy do %1.</numerusform>
            <numerusform>%n pohybů uloženo do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit statement</source>
        <translation>Výpis pohybů kreditu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln message(s)</source>
        <translation>
            <numerusform>%1 · %Ln zpráva</numerusform>
            <numerusform>%1 · %Ln zprávy</numerusform>
            <numerusform>%1 · %Ln zpráv</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Počáteční zůstatek</translation>
    </message>
    <message>
        <source>Credits in</source>
        <translation>Připsané kredity</translation>
    </message>
    <message>
        <source>Credits out</source>
        <translation>Odepsané kredity</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Konečný zůstatek</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Pohyby</translation>
    </message>
    <message>
        <source>There were no entries in this period.</source>
        <translation>V tomto období nebyly žádné pohyby.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Zůstatek</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Uložit výpis</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The period holds %1 entries; a statement lists at most %2. Choose a shorter period, or export the entries as CSV.</source>
        <translation>Počet pohybů v období: %1; výpis jich uvede nejvýše %2. Zvolte kratší období, nebo pohyby exportujte do CSV.</translation>
    </message>
    <message>
        <source>Laying out the statement…</source>
        <translation>Sestavuje se výpis…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the statement of %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Výpis s %n pohybem uložen do %1.</numerusform>
            <numerusform>Výpis s %n pohyby uložen do %1.</numerusform>
            <numerusform>Výpis s %n pohyby uložen do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Celé období</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tento měsíc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Minulý měsíc</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tento rok</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Od – do…</translation>
    </message>
    <message>
        <source>Which days to show (in your time zone)</source>
        <translation>Které dny zobrazit (ve vašem časovém pásmu)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Všechny druhy</translation>
    </message>
    <message>
        <source>Search description or reference</source>
        <translation>Hledat v popisu nebo odkazu</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Období</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Druh</translation>
    </message>
</context>
<context>
    <name>GatewayCredentialsDialog</name>
    <message>
        <source>BulkGate credentials</source>
        <translation>Přístupové údaje BulkGate</translation>
    </message>
    <message>
        <source>The application ID and token of your BulkGate API application. They are kept in the system keyring, not in the database. Choose the gateway in Settings.</source>
        <translation>ID a token vaší aplikace BulkGate API. Ukládají se do systémové klíčenky, ne do databáze. Bránu zvolíte v Nastavení.</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID aplikace</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Token aplikace</translation>
    </message>
    <message>
        <source>Stored; type to replace it</source>
        <translation>Uložený; napsáním ho nahradíte</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message numerus="yes">
        <source>%1 · %Ln message(s)</source>
        <translation>
            <numerusform>%1 · %Ln zpráva</numerusform>
            <numerusform>%1 · %Ln zprávy</numerusform>
            <numerusform>%1 · %Ln zpráv</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Zůstatek po pohybu</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Kliknutím seřadíte podle tohoto sloupce</translation>
    </message>
    <message numerus="yes">
        <source>Double-click to show each of the %Ln message(s)</source>
        <translation>
            <numerusform>Dvojklikem zobrazíte %Ln zprávu</numerusform>
            <numerusform>Dvojklikem zobrazíte všechny %Ln zprávy</numerusform>
            <numerusform>Dvojklikem zobrazíte všech %Ln zpráv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsTable</name>
    <message>
        <source>Show the messages</source>
        <translation>Zobrazit zprávy</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Zobrazit podrobnosti…</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Import bankovního výpisu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>v souboru neuveden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>Payments to confirm: %1</source>
        <translation>Platby k potvrzení: %1</translation>
    </message>
    <message>
        <source>Credits that will wait for pairing: %1</source>
        <translation>Příchozí platby, které počkají na spárování: %1</translation>
    </message>
    <message>
        <source>Entries that are not credits (ignored): %1</source>
        <translation>Položky, které nejsou příchozí platbou (přeskočí se): %1</translation>
    </message>
    <message>
        <source>Credits imported before: %1</source>
        <translation>Příchozí platby importované už dříve: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
</context>
<context>
    <name>ImportStatementDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Import bankovního výpisu</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.csv *.txt *.gpc *.abo);;All files (*)</source>
        <translation>Bankovní výpisy (*.xml *.csv *.txt *.gpc *.abo);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Soubor %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>Reading the statement…</source>
        <translation>Výpis se načítá…</translation>
    </message>
    <message>
        <source>Importing the statement…</source>
        <translation>Výpis se importuje…</translation>
    </message>
    <message>
        <source>Payments confirmed: %1</source>
        <translation>Potvrzené platby: %1</translation>
    </message>
    <message>
        <source>Credits waiting for pairing: %1</source>
        <translation>Příchozí platby čekající na spárování: %1</translation>
    </message>
    <message>
        <source>Credits imported before: %1</source>
        <translation>Příchozí platby importované už dříve: %1</translation>
    </message>
    <message>
        <source>Entries that are not credits: %1</source>
        <translation>Položky, které nejsou příchozí platbou: %1</translation>
    </message>
    <message>
        <source>Statement imported</source>
        <translation>Výpis importován</translation>
    </message>
    <message>
        <source>The statement was not imported</source>
        <translation>Výpis nebyl importován</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic se nezměnilo.</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Export the documents of a period to a folder or a ZIP</source>
        <translation>Exportovat doklady za období do složky nebo souboru ZIP</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Zatím žádné faktury</translation>
    </message>
    <message>
        <source>A proforma appears here for every bank transfer, and a tax invoice for every paid top-up once your billing information is filled in.</source>
        <translation>Jakmile vyplníte fakturační údaje, objeví se zde ke každému bankovnímu převodu zálohová faktura a ke každému uhrazenému dobití daňový doklad.</translation>
    </message>
    <message>
        <source>Fill in billing information</source>
        <translation>Vyplnit fakturační údaje</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Tax documents for your payments, ready to hand to your accountant.</source>
        <translation>Daňové doklady k vašim platbám, připravené pro účetní.</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Všechny doklady</translation>
    </message>
    <message>
        <source>Search number, buyer or variable symbol</source>
        <translation>Hledat číslo, odběratele nebo var. symbol</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportovat PDF…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Opravný doklad…</translation>
    </message>
    <message>
        <source>Correct the selected tax invoice</source>
        <translation>Opravit vybraný daňový doklad</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Všechny roky</translation>
    </message>
    <message>
        <source>not recorded (made by an earlier version)</source>
        <translation>nezaznamenáno (z dřívější verze)</translation>
    </message>
    <message>
        <source>%1 recorded by: %2</source>
        <translation>%1 zaznamenal: %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportovat PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Uloženo: %1</translation>
    </message>
</context>
<context>
    <name>LedgerKinds</name>
    <message>
        <source>Top-up</source>
        <translation>Dobití</translation>
    </message>
    <message>
        <source>Message charge</source>
        <translation>Poplatek za zprávu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Vrácení</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Úprava</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Zůstatek po pohybu</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Kliknutím seřadíte podle tohoto sloupce</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Every entry</source>
        <translation>Jednotlivé pohyby</translation>
    </message>
    <message>
        <source>List every message charge, instead of one row per campaign and day</source>
        <translation>Vypsat každý poplatek za zprávu zvlášť, ne jeden řádek za kampaň a den</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Pohyby</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Zobrazit všechny pohyby</translation>
    </message>
    <message>
        <source>Back to campaigns</source>
        <translation>Zpět na kampaně</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %Ln message(s)</source>
        <translation>
            <numerusform>%1 dne %2: %Ln zpráva</numerusform>
            <numerusform>%1 dne %2: %Ln zprávy</numerusform>
            <numerusform>%1 dne %2: %Ln zpráv</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Hledá se…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Zvoleným filtrům neodpovídají žádné pohyby.</translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <source>Show details…</source>
        <translation>Zobrazit podrobnosti…</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Kopírovat řádek</translation>
    </message>
    <message>
        <source>Copy amount</source>
        <translation>Kopírovat částku</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Kopírovat odkaz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Toolbar</source>
        <translation>Panel nástrojů</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Dobít kredit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Dobít kredit…</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>&amp;Otevřít soubor databáze…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Připojit k serveru…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Zálohovat databázi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <source>&amp;BulkGate credentials…</source>
        <translation>Přístupové údaje &amp;BulkGate…</translation>
    </message>
    <message>
        <source>E&amp;xchange rates…</source>
        <translation>&amp;Kurzy měn…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;About Credit Desk</source>
        <translation>&amp;O aplikaci Credit Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>Sending stopped: the balance cannot pay the next message. %1 messages wait in the outbox; top up to send them.</source>
        <translation>Odesílání zastaveno: zůstatek nestačí na další zprávu. Čekající zprávy: %1; odešlou se po dobití kreditu.</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Odesílání zastaveno: %1</translation>
    </message>
    <message>
        <source>BulkGate credentials stored in the system keyring.</source>
        <translation>Přístupové údaje BulkGate jsou uložené v systémové klíčence.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>The language changes when you restart Credit Desk.</source>
        <translation>Jazyk se změní po novém spuštění aplikace Credit Desk.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <source>Credit Desk databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
        <translation>Databáze Credit Desk (*.sqlite3 *.db *.sqlite);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databázi nelze otevřít</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Zálohovat databázi</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump).</source>
        <translation>Databáze na serveru se zálohuje na serveru (pg_dump).</translation>
    </message>
    <message>
        <source>Credit Desk databases (*.sqlite3)</source>
        <translation>Databáze Credit Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back-up failed</source>
        <translation>Zálohování se nezdařilo</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Kopii se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Záloha uložena do %1</translation>
    </message>
    <message>
        <source>Credit Desk — %1</source>
        <translation>Credit Desk — %1</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Type or paste the text of your message…</source>
        <translation>Napište nebo vložte text zprávy…</translation>
    </message>
    <message>
        <source>Replace with GSM characters</source>
        <translation>Nahradit znaky GSM</translation>
    </message>
    <message>
        <source>Replaces Czech diacritics, typographic quotes, dashes and the ellipsis, so that a part holds 160 characters instead of 70.</source>
        <translation>Nahradí českou diakritiku, typografické uvozovky, pomlčky a výpustku, aby se do jedné části vešlo 160 znaků místo 70.</translation>
    </message>
    <message>
        <source>0 characters · GSM-7 · up to 160 characters in one part</source>
        <translation>Znaků: 0 · GSM-7 · do jedné části se vejde 160 znaků</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · %Ln part(s) · %3 left in this part</source>
        <translation>
            <numerusform>Znaků: %1 · %2 · %Ln část · v této části zbývá: %3</numerusform>
            <numerusform>Znaků: %1 · %2 · %Ln části · v této části zbývá: %3</numerusform>
            <numerusform>Znaků: %1 · %2 · %Ln částí · v této části zbývá: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode (UCS-2), 70 characters per part, because of: %1</source>
        <translation>Unicode (UCS-2), 70 znaků na část, kvůli znakům: %1</translation>
    </message>
    <message>
        <source>%1 parts is more than the maximum of %2 set in Settings (messages.max_parts).</source>
        <translation>Počet částí (%1) překračuje maximum %2 z Nastavení (messages.max_parts).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Nejvýše {limit} znaků.</translation>
    </message>
    <message>
        <source>Enter the company or person name.</source>
        <translation>Zadejte název firmy nebo jméno.</translation>
    </message>
    <message>
        <source>Enter the street and number.</source>
        <translation>Zadejte ulici a číslo.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Zadejte město.</translation>
    </message>
    <message>
        <source>Choose the country.</source>
        <translation>Vyberte zemi.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>„{value}“ není e-mailová adresa.</translation>
    </message>
    <message>
        <source>Enter the VAT ID.</source>
        <translation>Zadejte DIČ.</translation>
    </message>
    <message>
        <source>“{value}” is not a VAT ID of {country}: it must start with {prefix}.</source>
        <translation>„{value}“ není DIČ země {country}: musí začínat {prefix}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid VAT ID of {country} (check the digits).</source>
        <translation>„{value}“ není platné DIČ země {country} (zkontrolujte číslice).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid VAT ID (check the digits).</source>
        <translation>„{value}“ není platné DIČ (zkontrolujte číslice).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid EU VAT ID (check the prefix and digits).</source>
        <translation>„{value}“ není platné DIČ v EU (zkontrolujte předponu a číslice).</translation>
    </message>
    <message>
        <source>“{value}” does not look like a VAT ID.</source>
        <translation>„{value}“ nevypadá jako DIČ.</translation>
    </message>
    <message>
        <source>“{value}” is not a company ID (IČO): use eight digits.</source>
        <translation>„{value}“ není IČO: použijte osm číslic.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid company ID (IČO): its check digit is wrong.</source>
        <translation>„{value}“ není platné IČO: nesedí kontrolní číslice.</translation>
    </message>
    <message>
        <source>A company ID has at most 30 characters.</source>
        <translation>IČO může mít nejvýše 30 znaků.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Zadejte PSČ.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a postal code.</source>
        <translation>„{value}“ nevypadá jako PSČ.</translation>
    </message>
    <message>
        <source>“{value}” is not a postal code of {country} (e.g. {example}).</source>
        <translation>„{value}“ není PSČ země {country} (např. {example}).</translation>
    </message>
    <message>
        <source>Take back between 0 and {credits} (what the invoice sold, less earlier credit notes).</source>
        <translation>Odeberte 0 až {credits} (co faktura prodala, bez kreditů odebraných dřívějšími opravnými daňovými doklady).</translation>
    </message>
    <message>
        <source>The balance is {balance}, less than the {credits} this credit note would take back. Take back at most the balance, or correct the price only (0 credits).</source>
        <translation>Zůstatek je {balance}, méně než {credits}, které by tento opravný daňový doklad odebral. Odeberte nejvýše zůstatek, nebo opravte jen cenu (0 kreditů).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disk je plný: nic nebylo uloženo. Uvolněte místo a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only): nothing was saved.</source>
        <translation>Do databáze nelze zapisovat (soubor nebo jeho složka je jen pro čtení): nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>“{path}” is another program&apos;s database (its tables: {tables}). Credit Desk opens only its own databases; the file was not changed.</source>
        <translation>„{path}“ je databáze jiného programu (její tabulky: {tables}). Credit Desk otevírá jen své vlastní databáze; soubor zůstal beze změny.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written ({reason}). Credit Desk writes the file and a journal beside it: allow writing to the file and its folder, or copy the file to a folder you can write to. The file was not changed.</source>
        <translation>Do „{path}“ nelze zapisovat ({reason}). Credit Desk zapisuje do souboru a do žurnálu vedle něj: povolte zápis do souboru i složky, nebo soubor zkopírujte do složky, kam zapisovat můžete. Soubor zůstal beze změny.</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full. Free some space and open it again; the file was not changed.</source>
        <translation>Disk se souborem „{path}“ je plný. Uvolněte místo a otevřete ho znovu; soubor zůstal beze změny.</translation>
    </message>
    <message>
        <source>The backup copy before updating “{path}” could not be written ({reason}); the file was not changed.</source>
        <translation>Záložní kopii před aktualizací „{path}“ nelze zapsat ({reason}); soubor zůstal beze změny.</translation>
    </message>
    <message>
        <source>Top-ups are in EUR or CZK, not “{value}”.</source>
        <translation>Dobití je možné v EUR nebo CZK, ne v „{value}“.</translation>
    </message>
    <message>
        <source>Top up at least some credits.</source>
        <translation>Dobijte alespoň nějaké kredity.</translation>
    </message>
    <message>
        <source>That is more credits than one top-up can buy.</source>
        <translation>Tolik kreditů nelze koupit jedním dobitím.</translation>
    </message>
    <message>
        <source>The amount is too small to pay.</source>
        <translation>Částka je příliš malá na zaplacení.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Zadejte částku větší než nula.</translation>
    </message>
    <message>
        <source>Unknown payment method “{value}”.</source>
        <translation>Neznámý způsob platby „{value}“.</translation>
    </message>
    <message>
        <source>The note is too long (at most 500 characters).</source>
        <translation>Poznámka je příliš dlouhá (nejvýše 500 znaků).</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}.</source>
        <translation>Platba {payment_id} neexistuje.</translation>
    </message>
    <message>
        <source>Payment {variable_symbol} was cancelled; create a new top-up instead.</source>
        <translation>Platba {variable_symbol} byla zrušena; vytvořte místo ní nové dobití.</translation>
    </message>
    <message>
        <source>Payment {variable_symbol} is paid and its credits are in the ledger; it cannot be cancelled.</source>
        <translation>Platba {variable_symbol} je zaplacená a její kredity už byly připsány; nelze ji zrušit.</translation>
    </message>
    <message>
        <source>Fill in the seller&apos;s name (Edit → Settings → Seller): a SEPA payment code must name the beneficiary.</source>
        <translation>Vyplňte název dodavatele (Úpravy → Nastavení → Dodavatel): platební kód SEPA musí uvádět příjemce platby.</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code.</source>
        <translation>„{value}“ není kód měny podle ISO 4217.</translation>
    </message>
    <message>
        <source>“{value}” is not a known currency.</source>
        <translation>„{value}“ není známá měna.</translation>
    </message>
    <message>
        <source>The amount to pay must be more than zero.</source>
        <translation>Částka k úhradě musí být větší než nula.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid BIC (SWIFT code).</source>
        <translation>„{value}“ není platný BIC (kód SWIFT).</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Vyberte jednu z možností: {choices}.</translation>
    </message>
    <message>
        <source>Control characters (such as Escape or NUL) are not allowed.</source>
        <translation>Řídicí znaky (například Escape nebo NUL) nejsou povoleny.</translation>
    </message>
    <message>
        <source>There is no setting “{key}”. See `settings` for the list.</source>
        <translation>Nastavení „{key}“ neexistuje. Seznam vypíše příkaz `settings`.</translation>
    </message>
    <message>
        <source>The price must be above zero.</source>
        <translation>Cena musí být větší než nula.</translation>
    </message>
    <message>
        <source>A rate is between 0 and 100 %.</source>
        <translation>Sazba musí být mezi 0 a 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Zadejte celé číslo od {low} do {high}.</translation>
    </message>
    <message>
        <source>At most {limit} accounts.</source>
        <translation>Nejvýše {limit} účtů.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code such as CZ or SK.</source>
        <translation>„{value}“ není kód země, jako je CZ nebo SK.</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code (e.g. CZ).</source>
        <translation>„{value}“ není kód země podle ISO 3166 (např. CZ).</translation>
    </message>
    <message>
        <source>A sender number has 6 to 15 digits.</source>
        <translation>Číslo odesílatele má 6 až 15 číslic.</translation>
    </message>
    <message>
        <source>A sender name has at most 11 letters, digits, spaces, dots or dashes.</source>
        <translation>Jméno odesílatele může mít nejvýše 11 písmen, číslic, mezer, teček nebo pomlček.</translation>
    </message>
    <message>
        <source>Enter an address starting with https://.</source>
        <translation>Zadejte adresu začínající https://.</translation>
    </message>
    <message>
        <source>Enter a number pattern, e.g. {year}-{number:06}.</source>
        <translation>Zadejte vzor čísla, např. {year}-{number:06}.</translation>
    </message>
    <message>
        <source>“{value}” is not a pattern: {reason}.</source>
        <translation>„{value}“ není vzor: {reason}.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not known; use {{year}}, {{yy}} and {{number}}.</source>
        <translation>Pole „{{{name}}}“ není známé; použijte {{year}}, {{yy}} a {{number}}.</translation>
    </message>
    <message>
        <source>The pattern must contain {number}, e.g. {number:06}.</source>
        <translation>Vzor musí obsahovat {number}, např. {number:06}.</translation>
    </message>
    <message>
        <source>Numbers restart each year, so the pattern must contain {year}.</source>
        <translation>Čísla začínají každý rok znovu, proto vzor musí obsahovat {year}.</translation>
    </message>
    <message>
        <source>Use letters, digits, “-” or “_” around the fields, not slashes.</source>
        <translation>Kolem polí použijte písmena, číslice, „-“ nebo „_“, ne lomítka.</translation>
    </message>
    <message>
        <source>“{value}” cannot be used: {reason}.</source>
        <translation>„{value}“ nelze použít: {reason}.</translation>
    </message>
    <message>
        <source>Numbers from this pattern are longer than {limit} characters.</source>
        <translation>Čísla podle tohoto vzoru jsou delší než {limit} znaků.</translation>
    </message>
    <message>
        <source>Fill in the court, the section and the file together, or none of them.</source>
        <translation>Vyplňte soud, oddíl i vložku, nebo nic z toho.</translation>
    </message>
    <message>
        <source>“{value}” is not a section of the register (e.g. C, B or Dr).</source>
        <translation>„{value}“ není oddíl rejstříku (např. C, B nebo Dr).</translation>
    </message>
    <message>
        <source>“{value}” is not a file number (vložka): use its digits, e.g. 12345.</source>
        <translation>„{value}“ není číslo vložky: zadejte jen číslice, např. 12345.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (e.g. www.example.cz).</source>
        <translation>„{value}“ není webová adresa (např. www.example.cz).</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (e.g. +420 601 234 567).</source>
        <translation>„{value}“ není telefonní číslo (např. +420 601 234 567).</translation>
    </message>
    <message>
        <source>State the reason for the correction.</source>
        <translation>Uveďte důvod opravy.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 300 characters).</source>
        <translation>Důvod je příliš dlouhý (nejvýše 300 znaků).</translation>
    </message>
    <message>
        <source>Only an issued tax invoice can be corrected by a credit note.</source>
        <translation>Opravným daňovým dokladem lze opravit jen vystavenou daňovou fakturu.</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects.</source>
        <translation>Opravný daňový doklad nemůže mít dřívější datum než faktura, kterou opravuje.</translation>
    </message>
    <message>
        <source>The amount to credit must be above zero and at most what is left of the invoice after earlier credit notes.</source>
        <translation>Opravovaná částka musí být větší než nula a nejvýše taková, jaká z faktury zbývá po dřívějších opravných daňových dokladech.</translation>
    </message>
    <message>
        <source>“{name}” is not a PNG or JPEG image.</source>
        <translation>„{name}“ není obrázek PNG ani JPEG.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read as an image ({reason}).</source>
        <translation>„{name}“ nelze načíst jako obrázek ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” has no pixels.</source>
        <translation>„{name}“ nemá žádné pixely.</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>Soubor „{path}“ neexistuje.</translation>
    </message>
    <message>
        <source>“{name}” is larger than 2 MB; use a smaller image.</source>
        <translation>„{name}“ je větší než 2 MB; použijte menší obrázek.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}.</source>
        <translation>Soubor „{path}“ nelze přečíst: {reason}.</translation>
    </message>
    <message>
        <source>Too many files named like “{name}” in “{path}”.</source>
        <translation>Ve složce „{path}“ je příliš mnoho souborů s názvem jako „{name}“.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>„{path}“ je soubor, ne složka.</translation>
    </message>
    <message>
        <source>Cannot write into “{path}”: {reason}.</source>
        <translation>Do složky „{path}“ nelze zapisovat: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}.</source>
        <translation>Soubor „{path}“ nelze zapsat: {reason}.</translation>
    </message>
    <message>
        <source>The Factur-X data of document {number} is not valid: {reason}</source>
        <translation>Data Factur-X dokladu {number} nejsou platná: {reason}</translation>
    </message>
    <message>
        <source>Document {number} could not be made: {reason}</source>
        <translation>Doklad {number} nelze vytvořit: {reason}</translation>
    </message>
    <message>
        <source>The period holds {count} entries; a statement lists at most {limit}. Choose a shorter period, or export the entries as CSV.</source>
        <translation>Počet pohybů v období: {count}; výpis jich uvede nejvýše {limit}. Zvolte kratší období, nebo pohyby exportujte do CSV.</translation>
    </message>
    <message>
        <source>SMS to {number}, campaign “{campaign}”</source>
        <translation>SMS na {number}, kampaň „{campaign}“</translation>
    </message>
    <message>
        <source>Top-up, variable symbol {variable_symbol}</source>
        <translation>Dobití kreditu, variabilní symbol {variable_symbol}</translation>
    </message>
    <message>
        <source>Credit note {number} corrects invoice {invoice}</source>
        <translation>Opravný daňový doklad {number} k faktuře {invoice}</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Zadejte částku.</translation>
    </message>
    <message>
        <source>“{value}” is not a number: digits must follow the separator.</source>
        <translation>„{value}“ není číslo: za oddělovačem musí následovat číslice.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ není číslo.</translation>
    </message>
    <message>
        <source>“{value}” has misplaced thousands separators.</source>
        <translation>„{value}“ má oddělovače tisíců na nesprávném místě.</translation>
    </message>
    <message>
        <source>“{value}” must be a whole number.</source>
        <translation>„{value}“ musí být celé číslo.</translation>
    </message>
    <message>
        <source>“{value}” has more than {decimals} decimal places.</source>
        <translation>„{value}“ má příliš mnoho desetinných míst (nejvýše {decimals}).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Částka nemůže být záporná.</translation>
    </message>
    <message>
        <source>“{value}” is too large.</source>
        <translation>Částka „{value}“ je příliš velká.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Částka je příliš velká.</translation>
    </message>
    <message>
        <source>Unsupported database address “{address}”: only SQLite files (a path or sqlite:///PATH).</source>
        <translation>Nepodporovaná adresa databáze „{address}“: jen soubory SQLite (cesta nebo sqlite:///CESTA).</translation>
    </message>
    <message>
        <source>“{path}” is not a Credit Desk database (not an SQLite file).</source>
        <translation>„{path}“ není databáze Credit Desk (není to soubor SQLite).</translation>
    </message>
    <message>
        <source>“{path}” is locked by another program; try again when it has finished.</source>
        <translation>Soubor „{path}“ má zamčený jiný program; zkuste to znovu, až skončí.</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change; try again in a moment.</source>
        <translation>Databázi právě mění jiný program; zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <source>“{path}” is damaged and cannot be opened ({reason}). It was left as it is; restore a backup copy.</source>
        <translation>Soubor „{path}“ je poškozený a nelze ho otevřít ({reason}). Zůstal beze změny; obnovte zálohu databáze.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>„{path}“ je složka, ne soubor databáze.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer Credit Desk (schema {version}; this version understands up to {supported}). Update Credit Desk to open it; the file was not changed.</source>
        <translation>Soubor „{path}“ zapsala novější verze Credit Desk (schéma {version}; tato verze zná schéma nejvýše {supported}). Aktualizujte Credit Desk, abyste ho mohli otevřít; soubor se nezměnil.</translation>
    </message>
    <message>
        <source>Cannot create the folder “{path}”: {reason}.</source>
        <translation>Složku „{path}“ nelze vytvořit: {reason}.</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: {reason}.</source>
        <translation>Databázi „{path}“ nelze otevřít: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer Credit Desk (schema {version}; this version understands up to {supported}). Update Credit Desk to open it; the database was not changed.</source>
        <translation>Databázi „{path}“ zapsala novější verze Credit Desk (schéma {version}; tato verze zná schéma nejvýše {supported}). Aktualizujte Credit Desk, abyste ji mohli otevřít; databáze se nezměnila.</translation>
    </message>
    <message>
        <source>“{path}” is another program&apos;s database (its tables: {tables}). Credit Desk opens only its own databases; the database was not changed.</source>
        <translation>„{path}“ je databáze jiného programu (její tabulky: {tables}). Credit Desk otevírá jen své vlastní databáze; databáze zůstala beze změny.</translation>
    </message>
    <message>
        <source>Cannot use the server database “{path}”: {reason}.</source>
        <translation>Databázi na serveru „{path}“ nelze použít: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is a PostgreSQL server: team mode needs the psycopg package, which is not installed (.venv/bin/pip install &quot;psycopg[binary]&quot;).</source>
        <translation>„{path}“ je server PostgreSQL: týmový režim potřebuje balíček psycopg, který není nainstalovaný (.venv/bin/pip install &quot;psycopg[binary]&quot;).</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump), not by Credit Desk.</source>
        <translation>Databáze na serveru se zálohuje na serveru (pg_dump), ne v Credit Desk.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this change; nothing was saved. Ask an administrator.</source>
        <translation>Vaše role ({role}) tuto změnu nedovoluje; nic nebylo uloženo. Požádejte správce.</translation>
    </message>
    <message>
        <source>Roles exist only on a PostgreSQL server (team mode); this database is a file, where the computer&apos;s login records who did what.</source>
        <translation>Role existují jen na serveru PostgreSQL (týmový režim); tato databáze je soubor, v němž kdo co udělal zaznamenává přihlašovací jméno počítače.</translation>
    </message>
    <message>
        <source>The team&apos;s roles do not exist yet: run team-init first.</source>
        <translation>Role týmu zatím neexistují: nejprve spusťte team-init.</translation>
    </message>
    <message>
        <source>“{name}” is not a user name for the server: use lowercase letters, digits and _ (at most 63, not starting with a digit or pg_).</source>
        <translation>„{name}“ není uživatelské jméno pro server: použijte malá písmena, číslice a _ (nejvýše 63, nezačínající číslicí ani pg_).</translation>
    </message>
    <message>
        <source>“{name}” is one of the team&apos;s group roles, not a desk user.</source>
        <translation>„{name}“ je jedna ze skupinových rolí týmu, ne uživatel pracoviště.</translation>
    </message>
    <message>
        <source>“{role}” is not a team role: choose administrator, operator or accountant.</source>
        <translation>„{role}“ není role týmu: zvolte administrator, operator nebo accountant.</translation>
    </message>
    <message>
        <source>{iso}&apos;s price for {type} numbers is already on row {first}</source>
        <translation>cena pro čísla typu {type} v zemi {iso} už je uvedena na řádku {first}</translation>
    </message>
    <message>
        <source>prefix +{prefix} for {type} numbers is already priced on row {first}</source>
        <translation>předvolba +{prefix} pro čísla typu {type} už má cenu na řádku {first}</translation>
    </message>
    <message>
        <source>unknown number type “{value}” (write e.g. mobile, fixed-line, toll-free, premium-rate or shared-cost, or leave it empty for any type)</source>
        <translation>neznámý typ čísla „{value}“ (napište např. mobile, fixed-line, toll-free, premium-rate nebo shared-cost, nebo jej nechte prázdný pro jakýkoli typ)</translation>
    </message>
    <message>
        <source>The balance would pass {limit}, the most an account holds; nothing was credited.</source>
        <translation>Zůstatek by překročil {limit}, nejvíce, co účet pojme; nic nebylo připsáno.</translation>
    </message>
    <message>
        <source>a fixed-line number: the price list has no price for fixed lines there</source>
        <translation>pevná linka: ceník nemá cenu pro pevné linky v její zemi</translation>
    </message>
    <message>
        <source>a toll-free number: not priced by the price list (it cannot receive SMS)</source>
        <translation>bezplatná linka: ceník pro ni nemá cenu (nemůže přijímat SMS)</translation>
    </message>
    <message>
        <source>a premium-rate number: not priced by the price list (it cannot receive SMS)</source>
        <translation>linka se zvýšeným tarifem: ceník pro ni nemá cenu (nemůže přijímat SMS)</translation>
    </message>
    <message>
        <source>a shared-cost number: not priced by the price list (it cannot receive SMS)</source>
        <translation>linka se sdílenými náklady: ceník pro ni nemá cenu (nemůže přijímat SMS)</translation>
    </message>
    <message>
        <source>a universal access number: not priced by the price list (it cannot receive SMS)</source>
        <translation>číslo univerzálního přístupu: ceník pro něj nemá cenu (nemůže přijímat SMS)</translation>
    </message>
    <message>
        <source>a voicemail number: not priced by the price list (it cannot receive SMS)</source>
        <translation>číslo hlasové schránky: ceník pro něj nemá cenu (nemůže přijímat SMS)</translation>
    </message>
    <message>
        <source>this kind of number is not priced by the price list</source>
        <translation>pro tento druh čísla ceník nemá cenu</translation>
    </message>
    <message>
        <source>The smallest top-up is {amount} (net, without VAT).</source>
        <translation>Nejmenší dobití je {amount} (bez DPH).</translation>
    </message>
    <message>
        <source>Bank transfers need the seller&apos;s bank account: fill it in under Edit → Settings… → Seller (IBAN or Czech account number), or with `settings seller.iban IBAN`.</source>
        <translation>Bankovní převod vyžaduje bankovní účet dodavatele: vyplňte ho v Úpravy → Nastavení… → Dodavatel (IBAN nebo české číslo účtu), nebo příkazem `settings seller.iban IBAN`.</translation>
    </message>
    <message>
        <source>The seller&apos;s name is longer than the {limit} characters a SEPA payment code can carry; shorten it in Edit → Settings → Seller.</source>
        <translation>Název dodavatele je delší než {limit} znaků, které platební kód SEPA pojme; zkraťte ho v Úpravy → Nastavení → Dodavatel.</translation>
    </message>
    <message>
        <source>{amount} cannot be written with two decimals.</source>
        <translation>{amount} nelze zapsat se dvěma desetinnými místy.</translation>
    </message>
    <message>
        <source>{amount} is more than a QR payment allows.</source>
        <translation>{amount} je víc, než platba QR kódem dovoluje.</translation>
    </message>
    <message>
        <source>“{value}” is not a variable symbol: use 1–10 digits, not all zeros.</source>
        <translation>„{value}“ není variabilní symbol: použijte 1–10 číslic, ne samé nuly.</translation>
    </message>
    <message>
        <source>The message is {length} characters in the QR code; QR Platba allows {limit}.</source>
        <translation>Zpráva pro příjemce má v QR kódu {length} znaků; QR Platba dovoluje nejvýše {limit}.</translation>
    </message>
    <message>
        <source>The beneficiary name must be one line of text without control characters.</source>
        <translation>Jméno příjemce platby musí být jeden řádek textu bez řídicích znaků.</translation>
    </message>
    <message>
        <source>The beneficiary name is {length} characters; an EPC QR code allows {limit}.</source>
        <translation>Jméno příjemce platby má {length} znaků; QR kód EPC dovoluje nejvýše {limit}.</translation>
    </message>
    <message>
        <source>The payment message must be one line of text without control characters.</source>
        <translation>Zpráva pro příjemce musí být jeden řádek textu bez řídicích znaků.</translation>
    </message>
    <message>
        <source>The payment message is {length} characters; an EPC QR code allows {limit}.</source>
        <translation>Zpráva pro příjemce má {length} znaků; QR kód EPC dovoluje nejvýše {limit}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid RF creditor reference.</source>
        <translation>„{value}“ není platná reference věřitele RF.</translation>
    </message>
    <message>
        <source>“{value}” is not a structured reference: use up to 35 letters and digits.</source>
        <translation>„{value}“ není strukturovaná reference: použijte nejvýše 35 písmen a číslic.</translation>
    </message>
    <message>
        <source>An EPC QR code pays in euros only, not in {currency}.</source>
        <translation>QR kód EPC platí jen v eurech, ne v {currency}.</translation>
    </message>
    <message>
        <source>An EPC QR code needs the beneficiary&apos;s name.</source>
        <translation>QR kód EPC musí uvádět jméno příjemce platby.</translation>
    </message>
    <message>
        <source>An EPC QR code carries either a structured reference or a message, not both.</source>
        <translation>QR kód EPC nese buď strukturovanou referenci, nebo zprávu pro příjemce, ne obojí.</translation>
    </message>
    <message>
        <source>The EPC QR payload is {size} bytes; at most 331 are allowed.</source>
        <translation>Obsah QR kódu EPC má {size} bajtů; povoleno je nejvýše 331.</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Do QR kódu není co vložit.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: {reason}</source>
        <translation>Text je pro QR kód příliš dlouhý: {reason}</translation>
    </message>
    <message>
        <source>Enter an IBAN.</source>
        <translation>Zadejte IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: its check digits are wrong (a typo?).</source>
        <translation>„{value}“ není platný IBAN: nesedí kontrolní číslice (překlep?).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: it has the wrong length for its country.</source>
        <translation>„{value}“ není platný IBAN: nemá správnou délku pro svou zemi.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: it is not in the IBAN format.</source>
        <translation>„{value}“ není platný IBAN: nemá formát IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: its country code or account part is not valid.</source>
        <translation>„{value}“ není platný IBAN: kód země nebo část s číslem účtu není platná.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: it is not valid.</source>
        <translation>„{value}“ není platný IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not an account number or IBAN.</source>
        <translation>„{value}“ není číslo účtu ani IBAN.</translation>
    </message>
    <message>
        <source>“{value}” is not a Czech account number; write it as “number/bank” or “prefix-number/bank”, e.g. 19-2000145399/0800.</source>
        <translation>„{value}“ není české číslo účtu; zapište ho jako „číslo/banka“ nebo „předčíslí-číslo/banka“, např. 19-2000145399/0800.</translation>
    </message>
    <message>
        <source>“{value}” has an account number of only zeros.</source>
        <translation>„{value}“ má číslo účtu ze samých nul.</translation>
    </message>
    <message>
        <source>The prefix of “{value}” fails the Czech check digit test (a typo?).</source>
        <translation>Předčíslí v „{value}“ neprošlo českou kontrolou čísla účtu (překlep?).</translation>
    </message>
    <message>
        <source>The account number in “{value}” fails the Czech check digit test (a typo?).</source>
        <translation>Číslo účtu v „{value}“ neprošlo českou kontrolou čísla účtu (překlep?).</translation>
    </message>
    <message>
        <source>The file is {size} MB; statements larger than {limit} MB are refused.</source>
        <translation>Soubor má {size} MB; výpisy větší než {limit} MB se odmítají.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Soubor je prázdný.</translation>
    </message>
    <message>
        <source>“{value}” is not a known currency code.</source>
        <translation>„{value}“ není známý kód měny.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>„{value}“ není částka.</translation>
    </message>
    <message>
        <source>“{value}” has more decimals than {currency} has.</source>
        <translation>„{value}“ má víc desetinných míst, než má {currency}.</translation>
    </message>
    <message>
        <source>“{value}” is too large to be an amount.</source>
        <translation>„{value}“ je na částku příliš velké číslo.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… a další ({count}).</translation>
    </message>
    <message>
        <source>This is a web page (HTML), not a bank statement. Download the statement from your bank as camt.053 XML.</source>
        <translation>Toto je webová stránka (HTML), ne bankovní výpis. Stáhněte výpis ze své banky ve formátu camt.053 XML.</translation>
    </message>
    <message>
        <source>The file holds no statement (no BkToCstmrStmt/Stmt element).</source>
        <translation>Soubor neobsahuje žádný výpis (chybí prvek BkToCstmrStmt/Stmt).</translation>
    </message>
    <message>
        <source>Entry {number} ({reference}): {problem}</source>
        <translation>Položka {number} ({reference}): {problem}</translation>
    </message>
    <message>
        <source>Entry {number}: {problem}</source>
        <translation>Položka {number}: {problem}</translation>
    </message>
    <message>
        <source>Two credits share the bank reference “{reference}”.</source>
        <translation>Dvě příchozí platby mají stejnou bankovní referenci „{reference}“.</translation>
    </message>
    <message>
        <source>The statement has entries that cannot be read:</source>
        <translation>Výpis obsahuje položky, které nelze přečíst:</translation>
    </message>
    <message>
        <source>This XML file is not an ISO 20022 camt.053 bank statement (its root is {root}).</source>
        <translation>Tento soubor XML není bankovní výpis ISO 20022 camt.053 (jeho kořenový prvek je {root}).</translation>
    </message>
    <message>
        <source>This is an intraday account report (camt.052), not an end-of-day statement. Export camt.053 from your bank.</source>
        <translation>Toto je průběžný přehled o účtu (camt.052), ne denní výpis. Exportujte ze své banky camt.053.</translation>
    </message>
    <message>
        <source>This is a debit/credit notification (camt.054), not an end-of-day statement. Export camt.053 from your bank.</source>
        <translation>Toto je avízo o připsání či odepsání (camt.054), ne denní výpis. Exportujte ze své banky camt.053.</translation>
    </message>
    <message>
        <source>This is a camt.{number} message, not an end-of-day statement. Export camt.053 from your bank.</source>
        <translation>Toto je zpráva camt.{number}, ne denní výpis. Exportujte ze své banky camt.053.</translation>
    </message>
    <message>
        <source>the credit/debit indicator “{value}” is not CRDT or DBIT.</source>
        <translation>příznak připsání/odepsání „{value}“ není CRDT ani DBIT.</translation>
    </message>
    <message>
        <source>the entry has no amount.</source>
        <translation>položka nemá částku.</translation>
    </message>
    <message>
        <source>the entry has no booking date.</source>
        <translation>položka nemá datum zaúčtování.</translation>
    </message>
    <message>
        <source>the entry status “{value}” is not BOOK (booked), PDNG (pending) or INFO.</source>
        <translation>stav položky „{value}“ není BOOK (zaúčtováno), PDNG (čeká na zaúčtování) ani INFO.</translation>
    </message>
    <message>
        <source>the reversal indicator “{value}” is not true or false.</source>
        <translation>příznak storna „{value}“ není true ani false.</translation>
    </message>
    <message>
        <source>Statement {id}: {problem}</source>
        <translation>Výpis {id}: {problem}</translation>
    </message>
    <message>
        <source>This is a camt.053.001.{version} statement, a version Credit Desk does not read. Export camt.053 in a version from 001.02 to 001.08 from your bank.</source>
        <translation>Toto je výpis camt.053.001.{version}, tuto verzi Credit Desk nečte. Exportujte ze své banky camt.053 ve verzi 001.02 až 001.08.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>„{value}“ není datum.</translation>
    </message>
    <message>
        <source>The file has no statement header (a 074 record), so it is not a GPC/ABO statement.</source>
        <translation>Soubor nemá záhlaví výpisu (záznam 074), není to tedy výpis GPC/ABO.</translation>
    </message>
    <message>
        <source>The GPC statement has lines that cannot be read:</source>
        <translation>Některé řádky výpisu GPC nelze přečíst:</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Řádek {line}: {problem}</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 and Windows-1250 text (lines {first} and {line}). Export the statement from the bank again.</source>
        <translation>Soubor míchá text v kódování UTF-8 a Windows-1250 (řádky {first} a {line}). Exportujte výpis z banky znovu.</translation>
    </message>
    <message>
        <source>Line {line} is neither UTF-8 nor Windows-1250 text.</source>
        <translation>Řádek {line} není text v kódování UTF-8 ani Windows-1250.</translation>
    </message>
    <message>
        <source>the {record} record has {count} characters instead of {length}.</source>
        <translation>záznam {record} má {count} znaků místo {length}.</translation>
    </message>
    <message>
        <source>“{value}” is not a GPC record type (074, 075 or 076–079).</source>
        <translation>„{value}“ není typ záznamu GPC (074, 075 ani 076–079).</translation>
    </message>
    <message>
        <source>an item (075) comes before the statement header (074).</source>
        <translation>položka (075) je před záhlavím výpisu (074).</translation>
    </message>
    <message>
        <source>a {record} record must follow an item (075).</source>
        <translation>záznam {record} musí následovat za položkou (075).</translation>
    </message>
    <message>
        <source>characters {first}–{last} must be digits, not “{value}”.</source>
        <translation>na pozicích {first}–{last} musí být číslice, ne „{value}“.</translation>
    </message>
    <message>
        <source>character {position} must be one of {signs}, not “{value}”.</source>
        <translation>na pozici {position} musí být jeden ze znaků {signs}, ne „{value}“.</translation>
    </message>
    <message>
        <source>“{value}” (characters {first}–{last}) is not a date in the form DDMMYY.</source>
        <translation>„{value}“ (pozice {first}–{last}) není datum ve tvaru DDMMRR.</translation>
    </message>
    <message>
        <source>the amount “{value}” is not a whole number of hellers.</source>
        <translation>částka „{value}“ není celý počet haléřů.</translation>
    </message>
    <message>
        <source>the posting code “{value}” is not 1 (debit), 2 (credit) or 3–5 (reversals).</source>
        <translation>kód zaúčtování „{value}“ není 1 (debet), 2 (kredit) ani 3–5 (storno).</translation>
    </message>
    <message>
        <source>the currency code “{value}” is not a known ISO 4217 number (0203 is CZK, 0978 EUR).</source>
        <translation>kód měny „{value}“ není známý číselný kód ISO 4217 (0203 je CZK, 0978 EUR).</translation>
    </message>
    <message>
        <source>the account number {value} fails the Czech check digit test in the standard and in the bank-internal order.</source>
        <translation>číslo účtu {value} neprošlo českou kontrolou čísla účtu ve standardním ani v interním pořadí banky.</translation>
    </message>
    <message>
        <source>the item&apos;s account {value} is not the statement&apos;s account {account}.</source>
        <translation>účet položky {value} není účet výpisu {account}.</translation>
    </message>
    <message>
        <source>the credit has neither a booking date nor a value date.</source>
        <translation>příchozí platba nemá datum zaúčtování ani datum valuty.</translation>
    </message>
    <message>
        <source>“{item}” is not FIELD=HEADER (for example amount=Objem).</source>
        <translation>„{item}“ nemá tvar POLE=ZÁHLAVÍ (například amount=Objem).</translation>
    </message>
    <message>
        <source>“{field}” is not a column of a statement; use {fields}.</source>
        <translation>„{field}“ není sloupec výpisu; použijte {fields}.</translation>
    </message>
    <message>
        <source>Say which column holds the {field} (FIELD=HEADER, e.g. {field}=…).</source>
        <translation>Určete, který sloupec obsahuje {field} (POLE=ZÁHLAVÍ, např. {field}=…).</translation>
    </message>
    <message>
        <source>The columns of this CSV file are not recognised; choose which column holds what.</source>
        <translation>Sloupce tohoto souboru CSV nebyly rozpoznány; vyberte, který sloupec obsahuje co.</translation>
    </message>
    <message>
        <source>it has {count} columns, but {needed} are needed.</source>
        <translation>počet sloupců je {count}, ale potřeba je {needed}.</translation>
    </message>
    <message>
        <source>a quote opened in it is not closed.</source>
        <translation>uvozovky v něm otevřené nejsou uzavřeny.</translation>
    </message>
    <message>
        <source>its account column is empty.</source>
        <translation>sloupec s číslem účtu je prázdný.</translation>
    </message>
    <message>
        <source>The file says it is for account “{value}”, which is not an account number or IBAN.</source>
        <translation>Soubor uvádí, že je pro účet „{value}“, což není číslo účtu ani IBAN.</translation>
    </message>
    <message>
        <source>The CSV file has a header row (line {line}) but no movements below it.</source>
        <translation>Soubor CSV má řádek záhlaví (řádek {line}), ale pod ním žádné pohyby.</translation>
    </message>
    <message>
        <source>Row {line} is another header row: the file holds more than one export. Import them one at a time.</source>
        <translation>Řádek {line} je další řádek záhlaví: soubor obsahuje více než jeden export. Importujte je jednotlivě.</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but is not UTF-16.</source>
        <translation>Soubor začíná jako text v UTF-16, ale v UTF-16 není.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text without a byte order mark, which cannot be read safely. Save it as UTF-8 (CSV UTF-8).</source>
        <translation>Soubor vypadá jako text v UTF-16 bez značky pořadí bajtů (BOM), který nelze spolehlivě přečíst. Uložte ho jako UTF-8 (CSV UTF-8).</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line {other} is UTF-8 but line {line} is not. Export the statement from the bank again.</source>
        <translation>Soubor míchá dvě kódování: řádek {other} je v UTF-8, ale řádek {line} ne. Exportujte výpis z banky znovu.</translation>
    </message>
    <message>
        <source>Row {line}: {problem}</source>
        <translation>Řádek {line}: {problem}</translation>
    </message>
    <message>
        <source>The reference “{reference}” appears {count} times.</source>
        <translation>Reference „{reference}“ se vyskytuje vícekrát ({count}×).</translation>
    </message>
    <message>
        <source>Some rows of the CSV file cannot be read:</source>
        <translation>Některé řádky souboru CSV nelze přečíst:</translation>
    </message>
    <message>
        <source>“{value}” is not a variable symbol (1–10 digits).</source>
        <translation>„{value}“ není variabilní symbol (1–10 číslic).</translation>
    </message>
    <message>
        <source>“{value}” is not a date like {example}.</source>
        <translation>„{value}“ není datum ve tvaru {example}.</translation>
    </message>
    <message>
        <source>This file is HTML or XML, not CSV. For a camt.053 statement, import it as XML.</source>
        <translation>Tento soubor je HTML nebo XML, ne CSV. Výpis camt.053 importujte jako XML.</translation>
    </message>
    <message>
        <source>This is not a text file in UTF-8 or Windows-1250 encoding.</source>
        <translation>Toto není textový soubor v kódování UTF-8 ani Windows-1250.</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV: {reason}.</source>
        <translation>Řádek {line} není platné CSV: {reason}.</translation>
    </message>
    <message>
        <source>No header row with the columns {columns} was found.</source>
        <translation>Nebyl nalezen řádek záhlaví se sloupci {columns}.</translation>
    </message>
    <message>
        <source>The decimal separator must be “,” or “.”.</source>
        <translation>Oddělovač desetinných míst musí být „,“ nebo „.“.</translation>
    </message>
    <message>
        <source>Choose a currency column or the currency of the account.</source>
        <translation>Vyberte sloupec s měnou nebo měnu účtu.</translation>
    </message>
    <message>
        <source>The file declares a DTD (&lt;!DOCTYPE …&gt;). Bank statements never do, and DTDs can read local files or expand into gigabytes, so the file is refused.</source>
        <translation>Soubor deklaruje DTD (&lt;!DOCTYPE …&gt;). Bankovní výpisy to nikdy nedělají a DTD může číst místní soubory nebo se rozrůst na gigabajty, proto byl soubor odmítnut.</translation>
    </message>
    <message>
        <source>The file declares XML entities, which bank statements never do; refused.</source>
        <translation>Soubor deklaruje entity XML, které bankovní výpisy nikdy nepoužívají; byl odmítnut.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: {reason} (line {line}, column {column}).</source>
        <translation>Soubor není správně utvořené XML: {reason} (řádek {line}, sloupec {column}).</translation>
    </message>
    <message>
        <source>Set the seller&apos;s bank account first (Edit → Settings… → Seller, or `settings seller.iban IBAN`): a statement is imported only when it is for one of your accounts.</source>
        <translation>Nejprve vyplňte bankovní účet dodavatele (Úpravy → Nastavení… → Dodavatel, nebo příkazem `settings seller.iban IBAN`): výpis se importuje, jen když patří k jednomu z vašich účtů.</translation>
    </message>
    <message>
        <source>This statement is for account {account}, which is not one of your accounts ({yours}): nothing was imported.</source>
        <translation>Tento výpis patří k účtu {account}, který není žádným z vašich účtů ({yours}): nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This file&apos;s statements are for accounts {accounts}, none of which is one of your accounts ({yours}): nothing was imported.</source>
        <translation>Výpisy v tomto souboru patří k účtům {accounts}, z nichž žádný není vaším účtem ({yours}): nic nebylo importováno.</translation>
    </message>
    <message>
        <source>Account {account} is not one of your accounts: its credits are left out ({count}).</source>
        <translation>Účet {account} není žádným z vašich účtů: jeho příchozí platby se vynechávají ({count}).</translation>
    </message>
    <message>
        <source>The credit of {amount} booked on {booked_on} names payment {variable_symbol}, which was made later, on {created_on}; it waits for you to pair it.</source>
        <translation>Příchozí platba {amount} zaúčtovaná {booked_on} uvádí platbu {variable_symbol}, která vznikla až později, {created_on}; čeká, až ji spárujete.</translation>
    </message>
    <message>
        <source>The bank reference {reference} was imported before with another amount, currency or variable symbol; nothing was imported. Check that the statement is genuine.</source>
        <translation>Bankovní reference {reference} už byla importována s jinou částkou, měnou nebo variabilním symbolem; nic nebylo importováno. Ověřte, že je výpis pravý.</translation>
    </message>
    <message>
        <source>That bank entry or payment no longer exists.</source>
        <translation>Položka výpisu nebo platba už neexistuje.</translation>
    </message>
    <message>
        <source>That bank entry has already been dealt with.</source>
        <translation>Tato položka výpisu už byla vyřízena.</translation>
    </message>
    <message>
        <source>Payment {variable_symbol} is paid; pair a pending one.</source>
        <translation>Platba {variable_symbol} je zaplacená; spárujte platbu čekající na úhradu.</translation>
    </message>
    <message>
        <source>Payment {variable_symbol} is cancelled; pair a pending one.</source>
        <translation>Platba {variable_symbol} je zrušená; spárujte platbu čekající na úhradu.</translation>
    </message>
    <message>
        <source>The credit is in {currency} but payment {variable_symbol} is in {payment_currency}.</source>
        <translation>Příchozí platba je v {currency}, ale platba {variable_symbol} je v {payment_currency}.</translation>
    </message>
    <message>
        <source>The file is in UTF-16, which is not supported: save it as UTF-8 (CSV UTF-8).</source>
        <translation>Soubor je v kódování UTF-16, které není podporováno: uložte ho jako UTF-8 (CSV UTF-8).</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data).</source>
        <translation>Soubor není textový (obsahuje binární data).</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1250 text (byte {position} cannot be read). Save it as UTF-8.</source>
        <translation>Soubor není text v kódování UTF-8 ani Windows-1250 (bajt {position} nelze přečíst). Uložte ho jako UTF-8.</translation>
    </message>
    <message>
        <source>Line {line}: the file is not valid CSV ({reason}).</source>
        <translation>Řádek {line}: soubor není platné CSV ({reason}).</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Řádek {row}: {problem}</translation>
    </message>
    <message>
        <source>Missing column(s): {columns}. The header reads “{found}”; expected: {expected}.</source>
        <translation>Chybějící sloupce: {columns}. Záhlaví zní „{found}“; očekáváno: {expected}.</translation>
    </message>
    <message>
        <source>Column(s) given twice: {columns}. The header reads “{found}”; expected: {expected}.</source>
        <translation>Dvakrát uvedené sloupce: {columns}. Záhlaví zní „{found}“; očekáváno: {expected}.</translation>
    </message>
    <message>
        <source>The file has a header but no prices.</source>
        <translation>Soubor má záhlaví, ale žádné ceny.</translation>
    </message>
    <message>
        <source>There are more problems; fix these and try again.</source>
        <translation>Problémů je víc; opravte tyto a zkuste to znovu.</translation>
    </message>
    <message>
        <source>{fields} fields where the header has {columns}</source>
        <translation>počet polí {fields}, ale záhlaví jich má {columns}</translation>
    </message>
    <message>
        <source>{iso}&apos;s country price is already priced on row {first}</source>
        <translation>cena pro celou zemi {iso} už je uvedena na řádku {first}</translation>
    </message>
    <message>
        <source>prefix +{prefix} is already priced on row {first}</source>
        <translation>předvolba +{prefix} už má cenu na řádku {first}</translation>
    </message>
    <message>
        <source>unknown country “{value}” (write its ISO code, e.g. CZ)</source>
        <translation>neznámá země „{value}“ (napište její kód ISO, např. CZ)</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>chybí země</translation>
    </message>
    <message>
        <source>the dialling code +{dialling} is not {iso}&apos;s (+{code})</source>
        <translation>mezinárodní předvolba +{dialling} nepatří zemi {iso} (+{code})</translation>
    </message>
    <message>
        <source>the prefix “{value}” is not a number prefix</source>
        <translation>předvolba „{value}“ není číselná předvolba</translation>
    </message>
    <message>
        <source>the prefix +{prefix} does not start with {iso}&apos;s code +{code}</source>
        <translation>předvolba +{prefix} nezačíná předvolbou země {iso} +{code}</translation>
    </message>
    <message>
        <source>the prefix +{prefix} is longer than a phone number</source>
        <translation>předvolba +{prefix} je delší než telefonní číslo</translation>
    </message>
    <message>
        <source>the operator&apos;s name is longer than 100 characters</source>
        <translation>název operátora je delší než 100 znaků</translation>
    </message>
    <message>
        <source>the price is missing</source>
        <translation>chybí cena</translation>
    </message>
    <message>
        <source>the price “{value}” is negative</source>
        <translation>cena „{value}“ je záporná</translation>
    </message>
    <message>
        <source>the price “{value}” is not a number (write e.g. 0.035 or 0,035)</source>
        <translation>cena „{value}“ není číslo (napište např. 0,035 nebo 0.035)</translation>
    </message>
    <message>
        <source>the price “{value}” has more than {decimals} decimal places</source>
        <translation>cena „{value}“ má víc než {decimals} desetinných míst</translation>
    </message>
    <message>
        <source>the price must be more than zero</source>
        <translation>cena musí být větší než nula</translation>
    </message>
    <message>
        <source>the price “{value}” is over 1000 credits per part</source>
        <translation>cena „{value}“ je vyšší než 1000 kreditů za díl zprávy</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Zpráva je prázdná.</translation>
    </message>
    <message>
        <source>The message needs {parts} parts; an SMS can be sent in at most {most} parts.</source>
        <translation>Zpráva potřebuje {parts} částí; SMS lze odeslat nejvýše v {most} částech.</translation>
    </message>
    <message>
        <source>None of the recipients is in a country the price list covers.</source>
        <translation>Žádný z příjemců není v zemi, kterou ceník pokrývá.</translation>
    </message>
    <message>
        <source>interrupted while sending: the gateway cannot say whether it took the message; not charged</source>
        <translation>přerušeno při odesílání: brána nedokáže říct, zda zprávu převzala; nezaúčtováno</translation>
    </message>
    <message>
        <source>Enter the BulkGate application ID and token first (they are kept in the system keyring).</source>
        <translation>Nejprve zadejte ID aplikace a token BulkGate (uchovávají se v systémové klíčence).</translation>
    </message>
    <message>
        <source>Enter both the application ID and the token.</source>
        <translation>Zadejte ID aplikace i token.</translation>
    </message>
    <message>
        <source>The system keyring cannot be read: {reason}</source>
        <translation>Systémovou klíčenku nelze přečíst: {reason}</translation>
    </message>
    <message>
        <source>The system keyring cannot store them: {reason}</source>
        <translation>Do systémové klíčenky je nelze uložit: {reason}</translation>
    </message>
    <message>
        <source>The system keyring cannot forget them: {reason}</source>
        <translation>Ze systémové klíčenky je nelze odstranit: {reason}</translation>
    </message>
    <message>
        <source>BulkGate answered HTTP {status}</source>
        <translation>BulkGate odpověděl stavem HTTP {status}</translation>
    </message>
    <message>
        <source>cannot reach BulkGate: {reason}</source>
        <translation>nelze se spojit s BulkGate: {reason}</translation>
    </message>
    <message>
        <source>BulkGate answered HTTP {status} with something that is not JSON</source>
        <translation>BulkGate odpověděl stavem HTTP {status} a obsahem, který není JSON</translation>
    </message>
    <message>
        <source>BulkGate answered JSON of an unexpected shape</source>
        <translation>BulkGate odpověděl JSONem v nečekané podobě</translation>
    </message>
    <message>
        <source>BulkGate&apos;s answer has no sms_id</source>
        <translation>V odpovědi BulkGate chybí sms_id</translation>
    </message>
    <message>
        <source>BulkGate&apos;s answer has no response list</source>
        <translation>V odpovědi BulkGate chybí seznam odpovědí (response)</translation>
    </message>
    <message>
        <source>BulkGate did not answer for it</source>
        <translation>BulkGate k ní neposlal odpověď</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>neznámá chyba</translation>
    </message>
    <message>
        <source>{error} (code {code})</source>
        <translation>{error} (kód {code})</translation>
    </message>
    <message>
        <source>There is no exchange rate of {currency} to CZK for {date}. Fetch the Czech National Bank&apos;s rates of that day (Edit → Exchange rates…, or `rates fetch --date {date}`), or enter the rate (`rates set {currency} RATE --date {date}`). Nothing was stored.</source>
        <translation>Pro {date} chybí kurz {currency} ke CZK. Stáhněte kurzy České národní banky z toho dne (Úpravy → Kurzy měn…, nebo `rates fetch --date {date}`), nebo kurz zadejte (`rates set {currency} KURZ --date {date}`). Nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>“{value}” is not an exchange rate: write it like 25.085 (at most 6 decimal places).</source>
        <translation>„{value}“ není kurz: zapište ho jako 25,085 (nejvýše 6 desetinných míst).</translation>
    </message>
    <message>
        <source>An exchange rate must be above zero.</source>
        <translation>Kurz musí být větší než nula.</translation>
    </message>
    <message>
        <source>CZK is the accounting currency: it needs no exchange rate.</source>
        <translation>CZK je účetní měna: žádný kurz nepotřebuje.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR.</source>
        <translation>„{value}“ není kód měny, jako je EUR.</translation>
    </message>
    <message>
        <source>{date} is outside the years exchange rates can be kept for (1991 to 2100).</source>
        <translation>{date} je mimo roky, pro které lze kurzy uchovávat (1991 až 2100).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Období končí dřív, než začíná.</translation>
    </message>
    <message>
        <source>A fixed rate of {currency} is already set from {first} to {last}; periods of fixed rates cannot overlap.</source>
        <translation>Pevný kurz {currency} je už stanoven od {first} do {last}; období pevných kurzů se nesmějí překrývat.</translation>
    </message>
    <message>
        <source>The file is {size} KB, far larger than the CNB&apos;s rate file (a few KB).</source>
        <translation>Soubor má {size} kB, mnohem víc než kurzovní lístek ČNB (několik kB).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, as the CNB&apos;s rate file is.</source>
        <translation>Soubor není text v kódování UTF-8 jako kurzovní lístek ČNB.</translation>
    </message>
    <message>
        <source>The file is a web page, not the CNB&apos;s rate file (denni_kurz.txt); perhaps an error page was saved instead.</source>
        <translation>Soubor je webová stránka, ne kurzovní lístek ČNB (denni_kurz.txt); možná se místo něj uložila chybová stránka.</translation>
    </message>
    <message>
        <source>The first line should be the date and number of the fixing, like “30.11.2026 #231”, not “{value}”.</source>
        <translation>První řádek má obsahovat datum a pořadové číslo kurzovního lístku, např. „30.11.2026 #231“, ne „{value}“.</translation>
    </message>
    <message>
        <source>The file is dated {date}: rates of the future or from before 1991 cannot be used.</source>
        <translation>Soubor je ze dne {date}: kurzy z budoucnosti ani z doby před rokem 1991 nelze použít.</translation>
    </message>
    <message>
        <source>Line {line} has {count} columns; the CNB&apos;s file has 5 (země|měna|množství|kód|kurz).</source>
        <translation>Řádek {line} má {count} sloupců; kurzovní lístek ČNB jich má 5 (země|měna|množství|kód|kurz).</translation>
    </message>
    <message>
        <source>Line {line}: “{value}” is not a currency code.</source>
        <translation>Řádek {line}: „{value}“ není kód měny.</translation>
    </message>
    <message>
        <source>Line {line}: the amount “{value}” is not a whole number above zero.</source>
        <translation>Řádek {line}: množství „{value}“ není celé číslo větší než nula.</translation>
    </message>
    <message>
        <source>Line {line}: the rate “{value}” is not a number like 25,085.</source>
        <translation>Řádek {line}: kurz „{value}“ není číslo jako 25,085.</translation>
    </message>
    <message>
        <source>Line {line}: the rate “{value}” is not above zero.</source>
        <translation>Řádek {line}: kurz „{value}“ není větší než nula.</translation>
    </message>
    <message>
        <source>The CNB sent the rates of {date} when asked for {asked}.</source>
        <translation>ČNB poslala kurzy ze dne {date}, ačkoli byly žádány kurzy ze dne {asked}.</translation>
    </message>
    <message>
        <source>The second line should be the column names “{header}”.</source>
        <translation>Druhý řádek má obsahovat názvy sloupců „{header}“.</translation>
    </message>
    <message>
        <source>Line {line}: {currency} is listed twice.</source>
        <translation>Řádek {line}: {currency} je uvedena dvakrát.</translation>
    </message>
    <message>
        <source>The file holds no rates.</source>
        <translation>Soubor neobsahuje žádné kurzy.</translation>
    </message>
    <message>
        <source>The Czech National Bank answered HTTP {status} for the rates of {date}.</source>
        <translation>Česká národní banka odpověděla na žádost o kurzy ze dne {date} kódem HTTP {status}.</translation>
    </message>
    <message>
        <source>Cannot reach the Czech National Bank ({reason}). Check the connection, or save its rate file and import it (`rates import FILE`).</source>
        <translation>Českou národní banku se nepodařilo kontaktovat ({reason}). Zkontrolujte připojení, nebo uložte její kurzovní lístek do souboru a ten načtěte (`rates import FILE`).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Soubor {path} nelze přečíst: {reason}</translation>
    </message>
    <message>
        <source>The CNB publishes the rates of a day on that day; {date} is still to come.</source>
        <translation>ČNB vyhlašuje kurzy daného dne až v ten den; {date} teprve přijde.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Zadejte název nebo adresu serveru.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Zadejte název databáze na serveru.</translation>
    </message>
    <message>
        <source>Enter the user name on the server.</source>
        <translation>Zadejte uživatelské jméno na serveru.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Port je číslo od 1 do 65535.</translation>
    </message>
    <message>
        <source>The system keyring cannot store the password: {reason}</source>
        <translation>Systémová klíčenka nemůže heslo uložit: {reason}</translation>
    </message>
    <message>
        <source>The server database is not empty (its table {table} holds rows): migrate-to copies only into a new, empty database; nothing was changed.</source>
        <translation>Databáze na serveru není prázdná (její tabulka {table} obsahuje řádky): migrate-to kopíruje jen do nové, prázdné databáze; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The copy of table {table} differs from the file at row {row}; the server database was not changed.</source>
        <translation>Kopie tabulky {table} se liší od souboru na řádku {row}; databáze na serveru zůstala beze změny.</translation>
    </message>
    <message>
        <source>“{address}” is not a server address: give postgresql://USER@HOST:PORT/NAME.</source>
        <translation>„{address}“ není adresa serveru: zadejte postgresql://UŽIVATEL@SERVER:PORT/NÁZEV.</translation>
    </message>
    <message>
        <source>Cannot connect to “{address}”: {reason}. Nothing was changed.</source>
        <translation>K „{address}“ se nelze připojit: {reason}. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The database file is not at this version&apos;s schema; open it once first.</source>
        <translation>Soubor databáze nemá schéma této verze; nejprve jej jednou otevřete.</translation>
    </message>
    <message>
        <source>“{address}” was written by a newer Credit Desk; nothing was changed.</source>
        <translation>„{address}“ zapsala novější verze Credit Desk; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The server&apos;s schema has no place for table {table}; nothing was changed.</source>
        <translation>Schéma serveru nemá místo pro tabulku {table}; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The copy to “{address}” failed: {reason}. The server database was not changed.</source>
        <translation>Kopírování do „{address}“ selhalo: {reason}. Databáze na serveru zůstala beze změny.</translation>
    </message>
</context>
<context>
    <name>NumberTypes</name>
    <message>
        <source>any type</source>
        <translation>jakýkoli typ</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilní</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>pevná linka</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>bezplatná linka</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>zvýšený tarif</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>sdílené náklady</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>osobní číslo</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>číslo univerzálního přístupu</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>hlasová schránka</translation>
    </message>
</context>
<context>
    <name>OutboxBanner</name>
    <message>
        <source>Top up the difference</source>
        <translation>Dobít rozdíl</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Pokračovat v odesílání</translation>
    </message>
</context>
<context>
    <name>OutboxMessagesModel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Části</translation>
    </message>
    <message>
        <source>Price (credits)</source>
        <translation>Cena (kredity)</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Zařazeno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odesílá se</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Odstraněno</translation>
    </message>
    <message>
        <source>the gateway&apos;s number</source>
        <translation>číslo brány</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Pause sending</source>
        <translation>Pozastavit odesílání</translation>
    </message>
    <message>
        <source>Remove outbox</source>
        <translation>Odstranit odchozí zprávy</translation>
    </message>
    <message>
        <source>Messages that wait for credit during a campaign will wait here until you top up or remove them. Send a campaign from the Price list&apos;s calculator.</source>
        <translation>Zprávy, kterým během kampaně dojde kredit, zde počkají, dokud kredit nedobijete nebo je neodstraníte. Kampaň odešlete z kalkulačky na stránce Ceník.</translation>
    </message>
    <message>
        <source>Open the campaign calculator</source>
        <translation>Otevřít kalkulačku kampaně</translation>
    </message>
    <message>
        <source>Nothing waits to be sent</source>
        <translation>Nic nečeká na odeslání</translation>
    </message>
    <message>
        <source>Every message of your campaigns has been sent, failed or removed.</source>
        <translation>Všechny zprávy vašich kampaní byly odeslány, selhaly nebo byly odstraněny.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampaně</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Všechny zprávy</translation>
    </message>
    <message>
        <source>Remove this campaign&apos;s waiting messages</source>
        <translation>Odstranit čekající zprávy kampaně</translation>
    </message>
    <message>
        <source>Messages waiting to be sent, and what became of your campaigns.</source>
        <translation>Zprávy čekající na odeslání a výsledky vašich kampaní.</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>Odesláno %1 z %2</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Čekající (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait · %1 needed to send them all · balance %2</source>
        <translation>
            <numerusform>Čeká %Ln zpráva · potřeba k odeslání: %1 · zůstatek: %2</numerusform>
            <numerusform>Čekají %Ln zprávy · potřeba k odeslání všech: %1 · zůstatek: %2</numerusform>
            <numerusform>Čeká %Ln zpráv · potřeba k odeslání všech: %1 · zůstatek: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln message(s) wait; top up %3 to send them all, or remove them with Remove outbox.</source>
        <translation>
            <numerusform>Odesílání zastaveno: zůstatek (%1) nestačí na další zprávu (%2). Čeká %Ln zpráva; dobijte %3, aby se odeslala, nebo ji odstraňte tlačítkem Odstranit odchozí zprávy.</numerusform>
            <numerusform>Odesílání zastaveno: zůstatek (%1) nestačí na další zprávu (%2). Čekají %Ln zprávy; dobijte %3, aby se odeslaly všechny, nebo je odstraňte tlačítkem Odstranit odchozí zprávy.</numerusform>
            <numerusform>Odesílání zastaveno: zůstatek (%1) nestačí na další zprávu (%2). Čeká %Ln zpráv; dobijte %3, aby se odeslaly všechny, nebo je odstraňte tlačítkem Odstranit odchozí zprávy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused. %Ln message(s) wait.</source>
        <translation>
            <numerusform>Odesílání je pozastaveno. Čeká %Ln zpráva.</numerusform>
            <numerusform>Odesílání je pozastaveno. Čekají %Ln zprávy.</numerusform>
            <numerusform>Odesílání je pozastaveno. Čeká %Ln zpráv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln waiting message(s) (%1)? They will not be sent and nothing is charged for them. Messages already being sent finish sending.</source>
        <translation>
            <numerusform>Odstranit %Ln čekající zprávu (%1)? Neodešle se a nic se za ni neúčtuje. Zprávy, které se už odesílají, se odešlou.</numerusform>
            <numerusform>Odstranit %Ln čekající zprávy (%1)? Neodešlou se a nic se za ně neúčtuje. Zprávy, které se už odesílají, se odešlou.</numerusform>
            <numerusform>Odstranit %Ln čekajících zpráv (%1)? Neodešlou se a nic se za ně neúčtuje. Zprávy, které se už odesílají, se odešlou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln waiting message(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Odstraněna %Ln čekající zpráva; nic se za ni neúčtovalo.</numerusform>
            <numerusform>Odstraněny %Ln čekající zprávy; nic se za ně neúčtovalo.</numerusform>
            <numerusform>Odstraněno %Ln čekajících zpráv; nic se za ně neúčtovalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Odesílání zastaveno: %1</translation>
    </message>
    <message>
        <source>Remove every waiting message; nothing is charged for them.</source>
        <translation>Odstranit všechny čekající zprávy; nic se za ně neúčtuje.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Žádné zprávy nečekají na odeslání.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Pokračovat v odesílání</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Žádné odchozí zprávy</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Odchozí zprávy</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Another Credit Desk is sending from this database.</source>
        <translation>Z této databáze už odesílá jiná spuštěná aplikace Credit Desk.</translation>
    </message>
</context>
<context>
    <name>PairPaymentDialog</name>
    <message>
        <source>Pair with a payment</source>
        <translation>Spárovat s platbou</translation>
    </message>
    <message>
        <source>Credit of %1 booked on %2 from %3. Which payment does it pay?</source>
        <translation>Příchozí platba %1 ze dne %2, plátce: %3. Kterou platbu hradí?</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translatorcomment>Fills %3 of “…, plátce: %3.”</translatorcomment>
        <translation>neznámý</translation>
    </message>
    <message>
        <source>There is no pending payment in %1.</source>
        <translation>Žádná platba v %1 nečeká na úhradu.</translation>
    </message>
    <message>
        <source>Pairing confirms the payment: its credits are added to your balance.</source>
        <translation>Spárováním se platba potvrdí a její kredity se připíšou k vašemu zůstatku.</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Spárovat</translation>
    </message>
</context>
<context>
    <name>PaymentDetailsDialog</name>
    <message>
        <source>Payment %1</source>
        <translation>Platba %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Způsob platby</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhrazeno</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Kredity</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Základ</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>DPH %1&#xa0;%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>ID transakce v bance</translation>
    </message>
    <message>
        <source>not recorded (made by an earlier version)</source>
        <translation>nezaznamenáno (z dřívější verze)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zaznamenal</translation>
    </message>
</context>
<context>
    <name>PaymentInstructionsView</name>
    <message>
        <source>Account (IBAN)</source>
        <translation>Účet (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Variable symbol</source>
        <translation>Variabilní symbol</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Způsob</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Kredity</translation>
    </message>
    <message>
        <source>Variable symbol</source>
        <translation>Variabilní symbol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankovní převod</translation>
    </message>
    <message>
        <source>Received by hand</source>
        <translation>Přijato ručně</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čeká na úhradu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhrazeno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Propadlo</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Top up</source>
        <translation>Dobít kredit</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>Importovat výpis…</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Zatím žádné platby</translation>
    </message>
    <message>
        <source>Every top-up you make appears here with its state: pending until the money arrives, then paid. Import your bank statement to confirm transfers.</source>
        <translation>Každé dobití kreditu se zde objeví se svým stavem: než dorazí peníze, čeká na úhradu, pak je uhrazené. Převody potvrdíte importem bankovního výpisu.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Všechny platby</translation>
    </message>
    <message>
        <source>Show payment details</source>
        <translation>Podrobnosti platby</translation>
    </message>
    <message>
        <source>Mark as received</source>
        <translation>Označit jako přijatou</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Zrušit platbu</translation>
    </message>
    <message>
        <source>Pair with a payment…</source>
        <translation>Spárovat s platbou…</translation>
    </message>
    <message>
        <source>Not a top-up</source>
        <translation>Není dobití</translation>
    </message>
    <message>
        <source>Set this credit aside; it stays recorded.</source>
        <translation>Odložit tuto příchozí platbu; zůstane zaznamenaná.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Platby</translation>
    </message>
    <message>
        <source>Top-ups paid by bank transfer or recorded by hand.</source>
        <translation>Dobití kreditu zaplacená bankovním převodem nebo zaznamenaná ručně.</translation>
    </message>
    <message>
        <source>Bank credits that matched no pending payment exactly: %1. Pair each with the payment it pays, or set it aside.</source>
        <translation>Příchozí platby, které přesně neodpovídají žádné platbě čekající na úhradu: %1. Každou spárujte s platbou, kterou hradí, nebo ji odložte.</translation>
    </message>
    <message>
        <source>Has the money for payment %1 arrived? Its credits are added to your balance.</source>
        <translation>Dorazily peníze za platbu %1? Její kredity se připíšou k vašemu zůstatku.</translation>
    </message>
    <message>
        <source>Cancel payment %1? If its money arrives later, the credit waits here to be paired with a new top-up or set aside.</source>
        <translation>Zrušit platbu %1? Pokud peníze přesto dorazí, počkají tady: spárujete je s novým dobitím, nebo je odložíte.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nelze provést</translation>
    </message>
</context>
<context>
    <name>PriceListModel</name>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Dialling code</source>
        <translation>Předvolba</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>Prefix čísla</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Typ čísla</translation>
    </message>
    <message>
        <source>Credits per part</source>
        <translation>Kredity za část</translation>
    </message>
    <message>
        <source>%1 per part</source>
        <translation>%1 za část</translation>
    </message>
    <message>
        <source>Mobile numbers and the other types that receive SMS; fixed lines, toll-free, premium-rate and shared-cost numbers only by rows of their own type</source>
        <translation>Mobilní čísla a další typy, které přijímají SMS; pevné linky, bezplatné linky, linky se zvýšeným tarifem a se sdílenými náklady jen řádky svého typu</translation>
    </message>
    <message>
        <source>Numbers that match no operator prefix of this country</source>
        <translation>Čísla, která neodpovídají žádnému prefixu operátora v této zemi</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>Ostatní sítě</translation>
    </message>
    <message>
        <source>all numbers</source>
        <translation>všechna čísla</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Top up</source>
        <translation>Dobít kredit</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importovat…</translation>
    </message>
    <message>
        <source>Replace the price list with a CSV file</source>
        <translation>Nahradit ceník souborem CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Campaign cost calculator</source>
        <translation>Kalkulačka ceny kampaně</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Ceník</translation>
    </message>
    <message>
        <source>What one message part costs in each country, and what a campaign will cost.</source>
        <translation>Kolik stojí jedna část zprávy v jednotlivých zemích a kolik bude stát kampaň.</translation>
    </message>
    <message>
        <source>Price list not imported</source>
        <translation>Ceník nebyl importován</translation>
    </message>
    <message>
        <source>The file has %1 problem(s), listed below. Nothing was changed: the current price list stays in force.</source>
        <translation>Počet chyb v souboru: %1 (jejich seznam je níže). Nic se nezměnilo: dál platí současný ceník.</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>Import ceníku</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Soubory CSV (*.csv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Export price list</source>
        <translation>Export ceníku</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Price list exported to %1</source>
        <translation>Ceník exportován do %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
</context>
<context>
    <name>PricesView</name>
    <message>
        <source>This is the sample price list that comes with Credit Desk: its prices are illustrative. Import your provider&apos;s price list (CSV) to replace it.</source>
        <translation>Toto je ukázkový ceník dodávaný s aplikací Credit Desk; jeho ceny jsou jen orientační. Nahraďte ho importem ceníku svého poskytovatele (CSV).</translation>
    </message>
    <message>
        <source>Search country, operator or dialling code</source>
        <translation>Hledat zemi, operátora nebo předvolbu</translation>
    </message>
    <message>
        <source>No prices match</source>
        <translation>Žádné odpovídající ceny</translation>
    </message>
    <message>
        <source>Loading the sample price list…</source>
        <translation>Načítá se ukázkový ceník…</translation>
    </message>
    <message>
        <source>Sample price list</source>
        <translation>Ukázkový ceník</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · imported %2 · %3 prices in %4 countries</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · importováno %2 · cen: %3 · zemí: %4</translation>
    </message>
    <message>
        <source>Nothing in the price list matches “%1”. Search by country name or code, operator, or dialling code such as +420.</source>
        <translation>Hledanému výrazu „%1“ v ceníku nic neodpovídá. Hledejte podle názvu nebo kódu země, operátora nebo předvolby, např. +420.</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Valid from</source>
        <translation>Platí od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Rate (CZK)</source>
        <translation>Kurz (CZK)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Czech National Bank</source>
        <translation>Česká národní banka</translation>
    </message>
    <message>
        <source>Entered for the day</source>
        <translation>Zadaný pro den</translation>
    </message>
    <message>
        <source>Fixed for the period</source>
        <translation>Pevný pro období</translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message>
        <source>Paste phone numbers, one a line (commas and semicolons also separate). Numbers without a country code are taken as the default country&apos;s.</source>
        <translation>Vložte telefonní čísla, jedno na řádek (oddělovat lze i čárkou nebo středníkem). Čísla bez mezinárodní předvolby se berou jako čísla výchozí země.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importovat CSV…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Import příjemců</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Soubory CSV a textové soubory (*.csv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Cannot import recipients</source>
        <translation>Příjemce nelze importovat</translation>
    </message>
    <message>
        <source>No recipients yet. Default country: %1.</source>
        <translation>Zatím žádní příjemci. Výchozí země: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 valid · %2 invalid · %Ln duplicate(s) (not priced) · default country %3</source>
        <translation>
            <numerusform>Platná: %1 · neplatná: %2 · %Ln duplicita (bez ceny) · výchozí země: %3</numerusform>
            <numerusform>Platná: %1 · neplatná: %2 · %Ln duplicity (bez ceny) · výchozí země: %3</numerusform>
            <numerusform>Platná: %1 · neplatná: %2 · %Ln duplicit (bez ceny) · výchozí země: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3</source>
        <translation>Řádek %1: „%2“ — %3</translation>
    </message>
    <message>
        <source>Line %1: “%2” — repeats line %3</source>
        <translation>Řádek %1: „%2“ — opakuje řádek %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… a další řádky: %1</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>není telefonní číslo</translation>
    </message>
    <message>
        <source>unknown country calling code</source>
        <translation>neznámá mezinárodní předvolba</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>příliš krátké</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>příliš dlouhé</translation>
    </message>
    <message>
        <source>wrong number of digits for the country</source>
        <translation>nesprávný počet číslic pro danou zemi</translation>
    </message>
    <message>
        <source>not a valid number in the country&apos;s numbering plan</source>
        <translation>neplatné číslo v číslovacím plánu dané země</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Nothing was saved</source>
        <translation>Nic nebylo uloženo</translation>
    </message>
</context>
<context>
    <name>SendCampaignDialog</name>
    <message>
        <source>Send as campaign</source>
        <translation>Odeslat jako kampaň</translation>
    </message>
    <message>
        <source>The gateway&apos;s system number</source>
        <translation>Systémové číslo brány</translation>
    </message>
    <message>
        <source>A name of up to 11 letters and digits, or your own phone number.</source>
        <translation>Název z nejvýše 11 písmen a číslic, nebo vaše vlastní telefonní číslo.</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Název kampaně</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Počet zpráv</translation>
    </message>
    <message>
        <source>Each message</source>
        <translation>Každá zpráva</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s), %1</source>
        <translation>
            <numerusform>%Ln část, %1</numerusform>
            <numerusform>%Ln části, %1</numerusform>
            <numerusform>%Ln částí, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Váš zůstatek</translation>
    </message>
    <message>
        <source>Your balance is %1 short. Messages are charged one by one as they are sent; when the balance cannot pay the next one, sending stops and the rest wait in the Outbox until you top up or remove them.</source>
        <translation>Na zůstatku chybí %1. Zprávy se účtují jednotlivě při odeslání; když zůstatek nestačí na další zprávu, odesílání se zastaví a zbytek počká v odchozích zprávách, dokud kredit nedobijete nebo zprávy neodstraníte.</translation>
    </message>
    <message>
        <source>Your balance covers the campaign. Each message is charged as it is sent.</source>
        <translation>Zůstatek na kampaň stačí. Každá zpráva se účtuje při svém odeslání.</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>Odeslat kampaň</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Dodavatel</translation>
    </message>
    <message>
        <source>Prices of credits</source>
        <translation>Ceny kreditů</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Platby</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Zůstatek</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Odchozí zprávy</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Brána</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Příjemci</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kurzy měn</translation>
    </message>
    <message>
        <source>Price of one credit in EUR, without VAT</source>
        <translation>Cena jednoho kreditu v EUR bez DPH</translation>
    </message>
    <message>
        <source>Price of one credit in CZK, without VAT</source>
        <translation>Cena jednoho kreditu v CZK bez DPH</translation>
    </message>
    <message>
        <source>Seller&apos;s name, as on invoices and payment orders</source>
        <translation>Název dodavatele, jak se uvádí na fakturách a platebních příkazech</translation>
    </message>
    <message>
        <source>Seller&apos;s bank account (IBAN) that top-ups are paid to</source>
        <translation>Bankovní účet dodavatele (IBAN), na který se platí dobití kreditu</translation>
    </message>
    <message>
        <source>Seller&apos;s bank BIC (SWIFT), optional</source>
        <translation>BIC (SWIFT) banky dodavatele, nepovinné</translation>
    </message>
    <message>
        <source>Seller&apos;s other accounts that receive top-ups, e.g. a EUR account (IBANs or Czech account numbers, separated by commas)</source>
        <translation>Další účty dodavatele, na které přicházejí platby za dobití, např. účet v EUR (IBAN nebo česká čísla účtů oddělená čárkami)</translation>
    </message>
    <message>
        <source>Is the seller a VAT payer (yes, no)</source>
        <translation>Je dodavatel plátcem DPH?</translation>
    </message>
    <message>
        <source>Seller&apos;s VAT rate in percent</source>
        <translation>Sazba DPH dodavatele v procentech</translation>
    </message>
    <message>
        <source>Seller&apos;s street and number</source>
        <translation>Ulice a číslo dodavatele</translation>
    </message>
    <message>
        <source>Seller&apos;s city</source>
        <translation>Město dodavatele</translation>
    </message>
    <message>
        <source>Seller&apos;s postal code</source>
        <translation>PSČ dodavatele</translation>
    </message>
    <message>
        <source>Seller&apos;s country (ISO code, e.g. CZ); decides which buyers are domestic</source>
        <translation>Země dodavatele; určuje, kteří odběratelé jsou tuzemští</translation>
    </message>
    <message>
        <source>Seller&apos;s company ID (IČO)</source>
        <translation>IČO dodavatele</translation>
    </message>
    <message>
        <source>Seller&apos;s VAT ID (DIČ), e.g. CZ25596641</source>
        <translation>DIČ dodavatele, např. CZ25596641</translation>
    </message>
    <message>
        <source>Logo on invoices: a PNG or JPEG file (empty = none)</source>
        <translation>Logo na fakturách: soubor PNG nebo JPEG (prázdné = bez loga)</translation>
    </message>
    <message>
        <source>Default language of new invoices (en, cs)</source>
        <translation>Výchozí jazyk nových faktur</translation>
    </message>
    <message>
        <source>Proforma numbers: {year} or {yy} and {number:06}; they restart each year</source>
        <translation>Čísla zálohových faktur: {year} nebo {yy} a {number:06}; každý rok začínají znovu</translation>
    </message>
    <message>
        <source>Tax invoice numbers: {year} or {yy} and {number:06}; they restart each year</source>
        <translation>Čísla daňových dokladů: {year} nebo {yy} a {number:06}; každý rok začínají znovu</translation>
    </message>
    <message>
        <source>Credit note numbers: {year} or {yy} and {number:06}; they restart each year</source>
        <translation>Čísla opravných daňových dokladů: {year} nebo {yy} a {number:06}; každý rok začínají znovu</translation>
    </message>
    <message>
        <source>Days a bank transfer has to arrive</source>
        <translation>Splatnost bankovního převodu ve dnech</translation>
    </message>
    <message>
        <source>Days after the due date when an unpaid bank transfer expires</source>
        <translation>Počet dní po splatnosti, po nichž nezaplacený bankovní převod propadne</translation>
    </message>
    <message>
        <source>Currency in which prices and top-ups are shown (EUR, CZK)</source>
        <translation>Měna, ve které se zobrazují ceny a dobití kreditu</translation>
    </message>
    <message>
        <source>Warn when the balance falls below this many credits (off = never)</source>
        <translation>Upozornit, když zůstatek klesne pod tento počet kreditů (off = nikdy)</translation>
    </message>
    <message>
        <source>Warn when a message needs more parts than this (1–255)</source>
        <translation>Upozornit, když má zpráva víc částí než tento počet (1–255)</translation>
    </message>
    <message>
        <source>Country of numbers written without a country code (ISO code, e.g. CZ)</source>
        <translation>Země čísel zapsaných bez mezinárodní předvolby (kód ISO, např. CZ)</translation>
    </message>
    <message>
        <source>Sending is paused (yes, no)</source>
        <translation>Odesílání je pozastaveno</translation>
    </message>
    <message>
        <source>Resume sending by itself after a top-up (yes, no)</source>
        <translation>Po dobití kreditu automaticky pokračovat v odesílání</translation>
    </message>
    <message>
        <source>Gateway that sends messages (simulated: nothing leaves this computer; bulkgate)</source>
        <translation>Brána, která odesílá zprávy (simulated: nic neopustí tento počítač; bulkgate)</translation>
    </message>
    <message>
        <source>Sender of campaign messages: a name of up to 11 characters, or your own number (empty = the gateway&apos;s system number)</source>
        <translation>Odesílatel zpráv kampaní: název o nejvýše 11 znacích nebo vaše vlastní číslo (prázdné = systémové číslo brány)</translation>
    </message>
    <message>
        <source>BulkGate: send campaigns as promotional or transactional SMS</source>
        <translation>BulkGate: odesílat kampaně jako marketingové, nebo transakční SMS</translation>
    </message>
    <message>
        <source>BulkGate: address of the Simple API</source>
        <translation>BulkGate: adresa rozhraní Simple API</translation>
    </message>
    <message>
        <source>Czech National Bank: address of the daily exchange rate file (?date=DD.MM.YYYY is added)</source>
        <translation>Česká národní banka: adresa souboru s denními kurzy (doplní se ?date=DD.MM.RRRR)</translation>
    </message>
    <message>
        <source>Simulated gateway: percent of numbers it rejects, for trying things out</source>
        <translation>Simulovaná brána: kolik procent čísel odmítne (na vyzkoušení)</translation>
    </message>
    <message>
        <source>Commercial register: the court that keeps it (empty = none)</source>
        <translation>Obchodní rejstřík: soud, který ho vede (prázdné = žádný)</translation>
    </message>
    <message>
        <source>Commercial register: section (oddíl), e.g. C</source>
        <translation>Obchodní rejstřík: oddíl, např. C</translation>
    </message>
    <message>
        <source>Commercial register: file (vložka), e.g. 12345</source>
        <translation>Obchodní rejstřík: vložka, např. 12345</translation>
    </message>
    <message>
        <source>Register entry written out whole (used instead of court, section and file), e.g. for a sole trader</source>
        <translation>Zápis v rejstříku celým textem (použije se místo soudu, oddílu a vložky), např. u živnostníka</translation>
    </message>
    <message>
        <source>Seller&apos;s web address, e.g. www.example.cz</source>
        <translation>Webová adresa dodavatele, např. www.example.cz</translation>
    </message>
    <message>
        <source>Seller&apos;s phone number, e.g. +420 601 234 567</source>
        <translation>Telefon dodavatele, např. +420 601 234 567</translation>
    </message>
    <message>
        <source>Seller&apos;s e-mail address for documents</source>
        <translation>E-mail dodavatele uváděný na dokladech</translation>
    </message>
    <message>
        <source>Smallest top-up in CZK, without VAT (0 = any amount)</source>
        <translation>Nejmenší dobití v CZK bez DPH (0 = jakákoli částka)</translation>
    </message>
    <message>
        <source>Smallest top-up in EUR, without VAT (0 = any amount)</source>
        <translation>Nejmenší dobití v EUR bez DPH (0 = jakákoli částka)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádný)</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Marketingové</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transakční</translation>
    </message>
</context>
<context>
    <name>SpendingChart</name>
    <message>
        <source>Automatic</source>
        <translation>Automaticky</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Po dnech</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Po týdnech</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Po měsících</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Sčítá se…</translation>
    </message>
    <message>
        <source>No credits came in or went out in this period.</source>
        <translation>V tomto období nebyly připsány ani utraceny žádné kredity.</translation>
    </message>
    <message>
        <source>Credits in and spent per day</source>
        <translation>Připsané a utracené kredity po dnech</translation>
    </message>
    <message>
        <source>Credits in and spent per week</source>
        <translation>Připsané a utracené kredity po týdnech</translation>
    </message>
    <message>
        <source>Credits in and spent per month</source>
        <translation>Připsané a utracené kredity po měsících</translation>
    </message>
    <message>
        <source>Credits in</source>
        <translation>Připsané kredity</translation>
    </message>
    <message>
        <source>Credits spent</source>
        <translation>Utracené kredity</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Připsáno: %1</translation>
    </message>
    <message>
        <source>Spent: %1</source>
        <translation>Utraceno: %1</translation>
    </message>
</context>
<context>
    <name>TaskFinisher</name>
    <message numerus="yes">
        <source>Finishing %n task(s)…</source>
        <translation>
            <numerusform>Dokončuje se %n úloha…</numerusform>
            <numerusform>Dokončují se %n úlohy…</numerusform>
            <numerusform>Dokončuje se %n úloh…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up</source>
        <translation>Dobít kredit</translation>
    </message>
    <message>
        <source>Credits never expire. Your balance grows when the payment arrives; a payment received by hand is credited at once.</source>
        <translation>Kredity nepropadají. Zůstatek se navýší, jakmile platba dorazí; ručně zaznamenaná platba se připíše hned.</translation>
    </message>
    <message>
        <source>Bank transfer, with a QR payment code</source>
        <translation>Bankovní převod s QR platbou</translation>
    </message>
    <message>
        <source>Payment received by hand (cash or other)</source>
        <translation>Platba přijatá ručně (hotově nebo jinak)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Způsob platby</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>kreditů</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Kredity</translation>
    </message>
    <message>
        <source>Price without VAT</source>
        <translation>Cena bez DPH</translation>
    </message>
    <message>
        <source>e.g. Cash received at the office</source>
        <translation>např. Hotovost přijatá v kanceláři</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Základ</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Celkem k úhradě</translation>
    </message>
    <message>
        <source>No invoice will be issued for this top-up: your billing information is not filled in yet.</source>
        <translation>K tomuto dobití se nevystaví faktura: zatím nemáte vyplněné fakturační údaje.</translation>
    </message>
    <message>
        <source>Fill in billing information</source>
        <translation>Vyplnit fakturační údaje</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zaznamenat platbu</translation>
    </message>
    <message>
        <source>Create payment</source>
        <translation>Vytvořit platbu</translation>
    </message>
    <message>
        <source>VAT (reverse charge)</source>
        <translation>DPH (přenesená daňová povinnost)</translation>
    </message>
    <message>
        <source>VAT (outside the scope of VAT)</source>
        <translation>DPH (mimo předmět daně)</translation>
    </message>
    <message>
        <source>VAT (seller is not a VAT payer)</source>
        <translation>DPH (dodavatel není plátce)</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>DPH %1&#xa0;%</translation>
    </message>
    <message>
        <source>Creating the payment…</source>
        <translation>Vytváří se platba…</translation>
    </message>
    <message>
        <source>The payment could not be created: %1</source>
        <translation>Platbu nelze vytvořit: %1</translation>
    </message>
    <message>
        <source>Payment %1 was created; its payment code cannot be made: %2 Its proforma on the Invoices page names the account and the symbol.</source>
        <translation>Platba %1 byla vytvořena; její platební kód nelze vytvořit: %2 Její proforma na stránce Faktury uvádí účet i symbol.</translation>
    </message>
    <message>
        <source>Pay by bank transfer</source>
        <translation>Zaplaťte bankovním převodem</translation>
    </message>
    <message>
        <source>Scan the code in your banking app or copy the details. Your balance grows when the payment arrives: import your bank statement on the Payments page.</source>
        <translation>Naskenujte kód v bankovní aplikaci nebo zkopírujte údaje. Zůstatek se navýší, až platba dorazí: importujte bankovní výpis na stránce Platby.</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>Entries</source>
        <translation>Pohyby</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Připsáno</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Odepsáno</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>kreditů</translation>
    </message>
    <message>
        <source>Adding up the entries…</source>
        <translation>Sčítají se pohyby…</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportovat CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown, as filtered, to a CSV file</source>
        <translation>Uložit zobrazené (vyfiltrované) pohyby do souboru CSV</translation>
    </message>
    <message>
        <source>Statement (PDF)…</source>
        <translation>Výpis (PDF)…</translation>
    </message>
    <message>
        <source>A statement of the chosen period: opening balance, entries, closing balance</source>
        <translation>Výpis za zvolené období: počáteční zůstatek, pohyby, konečný zůstatek</translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation>Zatím žádné transakce</translation>
    </message>
    <message>
        <source>Every change of your credit balance will be listed here: top-ups in, messages out.</source>
        <translation>Zde uvidíte každou změnu zůstatku kreditu: dobití ho zvyšují, odeslané zprávy snižují.</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Dobít kredit</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakce</translation>
    </message>
    <message>
        <source>Where your credits came from and where they went.</source>
        <translation>Odkud kredity přišly a kam odešly.</translation>
    </message>
    <message>
        <source>Payment %1 is not in this database.</source>
        <translation>Platba %1 v této databázi není.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Databázi nelze otevřít</translation>
    </message>
</context>
</TS>
