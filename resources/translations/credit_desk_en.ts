<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BalanceIndicator</name>
    <message numerus="yes">
        <source>≈ %Ln one-part messages to %1 at %2 credits each</source>
        <translation>
            <numerusform>≈ %Ln one-part message to %1 at %2 credits each</numerusform>
            <numerusform>≈ %Ln one-part messages to %1 at %2 credits each</numerusform>
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
