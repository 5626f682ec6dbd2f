<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Cameras</name>
    <message numerus="yes">
        <source>Testing %1: reading %n frame(s)…</source>
        <extracomment>kind -&gt; its settings model, in the order the kind selector lists them Frames &quot;Test connection&quot; reads, and how long it waits for one Counted texts (see app.translations.QT_TRANSLATE_NOOP for why they sit in a table)</extracomment>
        <translation>
            <numerusform>Testing %1: reading %n frame…</numerusform>
            <numerusform>Testing %1: reading %n frames…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PIN(s) in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n wrong PIN in a row: PIN checks are locked for %1)</numerusform>
            <numerusform> (%n wrong PINs in a row: PIN checks are locked for %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Expired data is deleted automatically; %n purge(s) ran in the period, each recorded in the audit trail.</source>
        <translation>
            <numerusform>Expired data is deleted automatically; %n purge ran in the period, recorded in the audit trail.</numerusform>
            <numerusform>Expired data is deleted automatically; %n purges ran in the period, each recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact (%n records)</source>
        <translation>
            <numerusform>intact (%n record)</numerusform>
            <numerusform>intact (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
        </translation>
    </message>
</context>
</TS>
