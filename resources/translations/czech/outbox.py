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
        "%1\n\nSender: %2 · %Ln part(s) per message": (
            "%1\n\nOdesílatel: %2 · %Ln část na zprávu",
            "%1\n\nOdesílatel: %2 · %Ln části na zprávu",
            "%1\n\nOdesílatel: %2 · %Ln částí na zprávu",
        ),
        "Sender": "Odesílatel",
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
        "%Ln message(s) wait · %1 needed to send them all · balance %2": (
            "Čeká %Ln zpráva · potřeba k odeslání: %1 · zůstatek: %2",
            "Čekají %Ln zprávy · potřeba k odeslání všech: %1 · zůstatek: %2",
            "Čeká %Ln zpráv · potřeba k odeslání všech: %1 · zůstatek: %2",
        ),
        "Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln message(s) "
        "wait; top up %3 to send them all, or remove them with Remove outbox.": (
            "Odesílání zastaveno: zůstatek (%1) nestačí na další zprávu (%2). Čeká %Ln zpráva; "
            "dobijte %3, aby se odeslala, nebo ji odstraňte tlačítkem Odstranit odchozí zprávy.",
            "Odesílání zastaveno: zůstatek (%1) nestačí na další zprávu (%2). Čekají %Ln zprávy; "
            "dobijte %3, aby se odeslaly všechny, nebo je odstraňte tlačítkem Odstranit odchozí "
            "zprávy.",
            "Odesílání zastaveno: zůstatek (%1) nestačí na další zprávu (%2). Čeká %Ln zpráv; "
            "dobijte %3, aby se odeslaly všechny, nebo je odstraňte tlačítkem Odstranit odchozí "
            "zprávy.",
        ),
        "Sending is paused. %Ln message(s) wait.": (
            "Odesílání je pozastaveno. Čeká %Ln zpráva.",
            "Odesílání je pozastaveno. Čekají %Ln zprávy.",
            "Odesílání je pozastaveno. Čeká %Ln zpráv.",
        ),
        "Remove every waiting message; nothing is charged for them.": (
            "Odstranit všechny čekající zprávy; nic se za ně neúčtuje."
        ),
        "Remove %Ln waiting message(s) (%1)? They will not be sent and nothing is charged "
        "for them. Messages already being sent finish sending.": (
            "Odstranit %Ln čekající zprávu (%1)? Neodešle se a nic se za ni neúčtuje. Zprávy, "
            "které se už odesílají, se odešlou.",
            "Odstranit %Ln čekající zprávy (%1)? Neodešlou se a nic se za ně neúčtuje. Zprávy, "
            "které se už odesílají, se odešlou.",
            "Odstranit %Ln čekajících zpráv (%1)? Neodešlou se a nic se za ně neúčtuje. Zprávy, "
            "které se už odesílají, se odešlou.",
        ),
        "Removed %Ln waiting message(s); nothing was charged for them.": (
            "Odstraněna %Ln čekající zpráva; nic se za ni neúčtovalo.",
            "Odstraněny %Ln čekající zprávy; nic se za ně neúčtovalo.",
            "Odstraněno %Ln čekajících zpráv; nic se za ně neúčtovalo.",
        ),
    },
    "OutboxSender": {
        "Another Credit Desk is sending from this database.": (
            "Z této databáze už odesílá jiná spuštěná aplikace Credit Desk."
        ),
    },
}
