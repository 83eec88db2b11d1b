<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BalanceIndicator</name>
    <message numerus="yes">
        <source>≈ %Ln one-part messages to %1 at %2 each</source>
        <translation>
            <numerusform>≈ %Ln one-part message to %1 at %2 each</numerusform>
            <numerusform>≈ %Ln one-part messages to %1 at %2 each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message numerus="yes">
        <source>%1

Sender: %2 · %Ln part(s) per message</source>
        <translation>
            <numerusform>%1

Sender: %2 · %Ln part per message</numerusform>
            <numerusform>%1

Sender: %2 · %Ln parts per message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message numerus="yes">
        <source>Stored %n rate(s) of the Czech National Bank of %1.</source>
        <translation>
            <numerusform>Stored %n rate of the Czech National Bank of %1.</numerusform>
            <numerusform>Stored %n rates of the Czech National Bank of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>%1 · %Ln message(s)</source>
        <translation>
            <numerusform>%1 · %Ln message</numerusform>
            <numerusform>%1 · %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the statement of %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Saved the statement of %n entry to %1.</numerusform>
            <numerusform>Saved the statement of %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message numerus="yes">
        <source>%1 · %Ln message(s)</source>
        <translation>
            <numerusform>%1 · %Ln message</numerusform>
            <numerusform>%1 · %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Double-click to show each of the %Ln message(s)</source>
        <translation>
            <numerusform>Double-click to show the %Ln message</numerusform>
            <numerusform>Double-click to show each of the %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message numerus="yes">
        <source>%1 on %2: %Ln message(s)</source>
        <translation>
            <numerusform>%1 on %2: %Ln message</numerusform>
            <numerusform>%1 on %2: %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <source>%1 characters · %2 · %Ln part(s) · %3 left in this part</source>
        <translation>
            <numerusform>%1 characters · %2 · %Ln part · %3 left in this part</numerusform>
            <numerusform>%1 characters · %2 · %Ln parts · %3 left in this part</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message numerus="yes">
        <source>%Ln message(s) wait · %1 needed to send them all · balance %2</source>
        <translation>
            <numerusform>%Ln message waits · %1 needed to send it · balance %2</numerusform>
            <numerusform>%Ln messages wait · %1 needed to send them all · balance %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln message(s) wait; top up %3 to send them all, or remove them with Remove outbox.</source>
        <translation>
            <numerusform>Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln message waits; top up %3 to send it, or remove it with Remove outbox.</numerusform>
            <numerusform>Sending stopped: your balance (%1) cannot pay the next message (%2). %Ln messages wait; top up %3 to send them all, or remove them with Remove outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused. %Ln message(s) wait.</source>
        <translation>
            <numerusform>Sending is paused. %Ln message waits.</numerusform>
            <numerusform>Sending is paused. %Ln messages wait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln waiting message(s) (%1)? They will not be sent and nothing is charged for them. Messages already being sent finish sending.</source>
        <translation>
            <numerusform>Remove %Ln waiting message (%1)? It will not be sent and nothing is charged for it. Messages already being sent finish sending.</numerusform>
            <numerusform>Remove %Ln waiting messages (%1)? They will not be sent and nothing is charged for them. Messages already being sent finish sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln waiting message(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Removed %Ln waiting message; nothing was charged for it.</numerusform>
            <numerusform>Removed %Ln waiting messages; nothing was charged for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsEditor</name>
    <message numerus="yes">
        <source>%1 valid · %2 invalid · %Ln duplicate(s) (not priced) · default country %3</source>
        <translation>
            <numerusform>%1 valid · %2 invalid · %Ln duplicate (not priced) · default country %3</numerusform>
            <numerusform>%1 valid · %2 invalid · %Ln duplicates (not priced) · default country %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCampaignDialog</name>
    <message numerus="yes">
        <source>%Ln part(s), %1</source>
        <translation>
            <numerusform>%Ln part, %1</numerusform>
            <numerusform>%Ln parts, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskFinisher</name>
    <message numerus="yes">
        <source>Finishing %n task(s)…</source>
        <translation>
            <numerusform>Finishing %n task…</numerusform>
            <numerusform>Finishing %n tasks…</numerusform>
        </translation>
    </message>
</context>
</TS>
