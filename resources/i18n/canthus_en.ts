<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AlarmList</name>
    <message numerus="yes">
        <source>%n open alarms</source>
        <extracomment>counted texts (lupdate reads a plural only from a literal count: declared here, translated with n)</extracomment>
        <translation>
            <numerusform>%n open alarm</numerusform>
            <numerusform>%n open alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escalated</numerusform>
            <numerusform>%n escalated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraLoop</name>
    <message numerus="yes">
        <source>frames refused so far: %n (last: %1)</source>
        <extracomment>Reconnect backoff after a fault (seconds); the last one repeats. How long a camera may send nothing before it is ``offline`` (per camera: ``grace_s``). Refused frames in a row before the camera shows ``bad_frames``, and good ones in a row before it leaves it: a single garbage frame among good ones does not flap the tile. A reconnected camera must deliver this long before the backoff starts again at 1 s, so one that dies right after each reconnect is not retried every second for ever. A source that answers (``read`` returns None in time) but sends nothing is ``offline`` after the grace period and read on; after this long silent it is opened afresh. One whose ``read`` does not return at all is opened afresh as soon as it is offline. How many state changes and backoff waits a loop remembers (for the console and tests). Warm-up lock-out for a real camera kind that does not say its own (``warmup_s``). Every state the loop reports. None of them but ``live`` screens anyone. States in which no frame arrives: the display shows the last frame, dimmed. Frame flags (app.sources.base.FRAME_FLAGS) that mean &quot;show it, never measure it&quot;.</extracomment>
        <translation>
            <numerusform>frames refused so far: %n (last: %1)</numerusform>
            <numerusform>frames refused so far: %n (last: %1)</numerusform>
        </translation>
    </message>
</context>
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
    <name>Console</name>
    <message numerus="yes">
        <source>%1/%n cameras live</source>
        <extracomment>counted texts on the status bar (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%1/%n camera live</numerusform>
            <numerusform>%1/%n cameras live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames dropped for display (the wall shows each camera&apos;s latest)</source>
        <translation>
            <numerusform>%n frame dropped for display (the wall shows each camera&apos;s latest)</numerusform>
            <numerusform>%n frames dropped for display (the wall shows each camera&apos;s latest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) silenced; they stay until a decision</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarm silenced; it stays until a decision</numerusform>
            <numerusform>%n alarms silenced; they stay until a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n alarms still open — no guard has answered them:</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarm still open — no guard has answered it:</numerusform>
            <numerusform>%n alarms still open — no guard has answered them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n decisions</source>
        <extracomment>Counted texts (declared here so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elevated</source>
        <translation>
            <numerusform>%n elevated</numerusform>
            <numerusform>%n elevated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decisions to %1. The file holds personal data: keep it as the site&apos;s data-protection rules require.</source>
        <translation>
            <numerusform>Exported %n decision to %1. The file holds personal data: keep it as the site&apos;s data-protection rules require.</numerusform>
            <numerusform>Exported %n decisions to %1. The file holds personal data: keep it as the site&apos;s data-protection rules require.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>too many wrong supervisor PINs (%n in a row): PIN checks are locked for another %1</source>
        <extracomment>Wrong PINs in a row that are free; the next ones lock PIN checks. The first lock-out (after the 5th wrong PIN); each further wrong PIN doubles it, up to LOCKOUT_MAX_S.</extracomment>
        <translation>
            <numerusform>too many wrong supervisor PINs (%n in a row): PIN checks are locked for another %1</numerusform>
            <numerusform>too many wrong supervisor PINs (%n in a row): PIN checks are locked for another %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row): PIN checks are now locked for %1</source>
        <translation>
            <numerusform>wrong supervisor PIN (%n in a row): PIN checks are now locked for %1</numerusform>
            <numerusform>wrong supervisor PIN (%n in a row): PIN checks are now locked for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row; %1 more and PIN checks are locked for %2)</source>
        <translation>
            <numerusform>wrong supervisor PIN (%n in a row; %1 more and PIN checks are locked for %2)</numerusform>
            <numerusform>wrong supervisor PIN (%n in a row; %1 more and PIN checks are locked for %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PINs in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n wrong PIN in a row: PIN checks are locked for %1)</numerusform>
            <numerusform> (%n wrong PINs in a row: PIN checks are locked for %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>%n frames of %1</source>
        <translation>
            <numerusform>%n frame of %1</numerusform>
            <numerusform>%n frames of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable pixels</source>
        <translation>
            <numerusform>; %n unreadable pixel</numerusform>
            <numerusform>; %n unreadable pixels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recalibration</name>
    <message numerus="yes">
        <source>Too few pairs to fit a model: %n pairs (%1 needed), %2 at or over %3 (%4 needed) and %5 under it (%6 needed). Adoption is disabled until more secondary checks are recorded.</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>Too few pairs to fit a model: %n pair (%1 needed), %2 at or over %3 (%4 needed) and %5 under it (%6 needed). Adoption is disabled until more secondary checks are recorded.</numerusform>
            <numerusform>Too few pairs to fit a model: %n pairs (%1 needed), %2 at or over %3 (%4 needed) and %5 under it (%6 needed). Adoption is disabled until more secondary checks are recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>limit %1 · %n pairs · target sensitivity %2</source>
        <translation>
            <numerusform>limit %1 · %n pair · target sensitivity %2</numerusform>
            <numerusform>limit %1 · %n pairs · target sensitivity %2</numerusform>
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
    <name>SiteFile</name>
    <message numerus="yes">
        <source>String should have at least %n characters</source>
        <translation>
            <numerusform>String should have at least %n character</numerusform>
            <numerusform>String should have at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n characters</source>
        <translation>
            <numerusform>String should have at most %n character</numerusform>
            <numerusform>String should have at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message numerus="yes">
        <source>%n alarms are open: they stay open in the record and come back when the console starts again</source>
        <extracomment>the station&apos;s counted words (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarm is open: it stays open in the record and comes back when the console starts again</numerusform>
            <numerusform>%n alarms are open: they stay open in the record and come back when the console starts again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms from the last session back in the list</source>
        <translation>
            <numerusform>%n open alarm from the last session back in the list</numerusform>
            <numerusform>%n open alarms from the last session back in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed as console closed (%1)</source>
        <translation>
            <numerusform>%n closed as console closed (%1)</numerusform>
            <numerusform>%n closed as console closed (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message numerus="yes">
        <source>%n results</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escalated</numerusform>
            <numerusform>%n escalated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fever confirmed</source>
        <translation>
            <numerusform>%n fever confirmed</numerusform>
            <numerusform>%n fevers confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people screened</source>
        <translation>
            <numerusform>%n person screened</numerusform>
            <numerusform>%n people screened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored results in the histogram</source>
        <translation>
            <numerusform>%n stored result in the histogram</numerusform>
            <numerusform>%n stored results in the histogram</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>beside the marks: the limit&apos;s value and caption (plain text when an alarm level under it is marked too: then that level&apos;s value and caption, in the mask colour) the left edge of the scale&apos;s labels (the widest of them, measured): person labels stay left of it A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
        </translation>
    </message>
</context>
</TS>
