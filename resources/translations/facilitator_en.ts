<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentsTab</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) wait for review before this can be shared.</source>
        <translation>
            <numerusform>%n passage waits for review before this can be shared.</numerusform>
            <numerusform>%n passages wait for review before this can be shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestListWindow</name>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message numerus="yes">
        <source>%n draft(s) written to %1, with mail-merge.csv beside them. Open them in your mail program to send.</source>
        <translation>
            <numerusform>%n draft written to %1, with mail-merge.csv beside them. Open them in your mail program to send.</numerusform>
            <numerusform>%n drafts written to %1, with mail-merge.csv beside them. Open them in your mail program to send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people</source>
        <translation>
            <numerusform>Exported %n person</numerusform>
            <numerusform>Exported %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message numerus="yes">
        <source>&amp;Team (%n new)</source>
        <translation>
            <numerusform>&amp;Team (%n new)</numerusform>
            <numerusform>&amp;Team (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s): {0}</source>
        <translation>
            <numerusform>Skipped %n file: {0}</numerusform>
            <numerusform>Skipped %n files: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatusDialog</name>
    <message numerus="yes">
        <source>Where two edits met (%n):</source>
        <translation>
            <numerusform>Where two edits met (%n):</numerusform>
            <numerusform>Where two edits met (%n):</numerusform>
        </translation>
    </message>
</context>
</TS>
