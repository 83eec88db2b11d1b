"""Czech for the Outbox page (ui/outbox/): context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "CampaignsModel": {
        "Campaign": "Kampaň",
        "Created": "Vytvořeno",
        "Waiting": "Čeká",
        "Sent": "Odesláno",
        "Failed": "Selhalo",
        "Removed": "Odstraněno",
        "Credits spent": "Utracené kredity",
        "the gateway's number": "číslo brány",
        "Sender": "Odesílatel",
        "%1\n\nSender: %2 · %3 part(s) per message": ("%1\n\nOdesílatel: %2 · částí na zprávu: %3"),
    },
    "OutboxMessagesModel": {
        "Sender": "Odesílatel",
        "the gateway's number": "číslo brány",
        "Campaign": "Kampaň",
        "Recipient": "Příjemce",
        "Parts": "Části",
        "Price (credits)": "Cena (kredity)",
        "Queued at": "Zařazeno",
        "Waiting": "Čeká",
        "Sending": "Odesílá se",
        "Sent": "Odesláno",
        "Failed": "Selhalo",
        "Removed": "Odstraněno",
    },
    "OutboxPage": {
        "Remove outbox": "Odstranit odchozí zprávy",
        "Pause sending": "Pozastavit odesílání",
        "The outbox is empty.": "Žádné zprávy nečekají na odeslání.",
        "The outbox is empty": "Žádné odchozí zprávy",
        "Messages that wait for credit during a campaign will wait here until you top up or "
        "remove them. Send a campaign from the Price list's calculator.": (
            "Zprávy, kterým během kampaně dojde kredit, zde počkají, dokud kredit nedobijete "
            "nebo je neodstraníte. Kampaň odešlete z kalkulačky na stránce Ceník."
        ),
        "Open the campaign calculator": "Otevřít kalkulačku kampaně",
        "Nothing waits to be sent": "Nic nečeká na odeslání",
        "Every message of your campaigns has been sent, failed or removed.": (
            "Všechny zprávy vašich kampaní byly odeslány, selhaly nebo byly odstraněny."
        ),
        "Waiting": "Čekající",  # the tab
        "Campaigns": "Kampaně",
        "Show": "Zobrazit",
        "All messages": "Všechny zprávy",
        "Remove this campaign's waiting messages": "Odstranit čekající zprávy kampaně",
        "Outbox": "Odchozí zprávy",
        "Messages waiting to be sent, and what became of your campaigns.": (
            "Zprávy čekající na odeslání a výsledky vašich kampaní."
        ),
        "Sent %1 of %2": "Odesláno %1 z %2",
        "Waiting (%1)": "Čekající (%1)",
        "%1 messages wait · %2 credits needed to send them all · balance %3 credits": (
            "Čekající zprávy: %1 · potřeba k odeslání: %2 kreditu · zůstatek: %3 kreditu"
        ),
        "Sending stopped: your balance (%1 credits) cannot pay the next message (%2 credits). "
        "%3 messages wait; top up %4 credits to send them all, or remove them with Remove "
        "outbox.": (
            "Odesílání zastaveno: zůstatek (%1 kreditu) nestačí na další zprávu (%2 kreditu). "
            "Čekající zprávy: %3. Dobijte %4 kreditu, aby se odeslaly všechny, nebo je "
            "odstraňte tlačítkem Odstranit odchozí zprávy."
        ),
        "Sending is paused. %1 messages wait.": "Odesílání je pozastaveno. Čekající zprávy: %1.",
        "Remove every waiting message; nothing is charged for them.": (
            "Odstranit všechny čekající zprávy; nic se za ně neúčtuje."
        ),
        "Remove %1 waiting messages (%2 credits)? They will not be sent and nothing is charged "
        "for them. Messages already being sent finish sending.": (
            "Odstranit čekající zprávy (počet: %1, %2 kreditu)? Neodešlou se a nic se za ně "
            "neúčtuje. Zprávy, které se už odesílají, se odešlou."
        ),
        "Removed %1 waiting messages; nothing was charged for them.": (
            "Odstraněno čekajících zpráv: %1; nic se za ně neúčtovalo."
        ),
    },
    "OutboxSender": {
        "Another Credit Desk is sending from this database.": (
            "Z této databáze už odesílá jiná spuštěná aplikace Credit Desk."
        ),
    },
}
