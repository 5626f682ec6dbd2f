<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AlertOutcome</name>
    <message>
        <source>Allowed</source>
        <extracomment>How an alert ended (store codes), context &quot;AlertOutcome&quot;.</extracomment>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Re-screened</source>
        <translation>Erneut gemessen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Closed by the console, unresolved</source>
        <translation>Von der Konsole geschlossen, ungelöst</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>Screening</source>
        <extracomment>What a camera was doing (app.camera_loop.STATES and the engine&apos;s states), by code: the Cameras dialog&apos;s State column and the report&apos;s downtime table.</extracomment>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Flat-field correction</source>
        <translation>Flachfeldkorrektur</translation>
    </message>
    <message>
        <source>Reference not seen</source>
        <translation>Referenz nicht sichtbar</translation>
    </message>
    <message>
        <source>Reference drift (locked)</source>
        <translation>Referenzdrift (gesperrt)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <source>Password refused (not retried)</source>
        <translation>Passwort abgelehnt (kein neuer Versuch)</translation>
    </message>
    <message>
        <source>Camera setup problem (not retried)</source>
        <translation>Einrichtungsproblem (kein neuer Versuch)</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Bild eingefroren</translation>
    </message>
    <message>
        <source>Not radiometric (no screening)</source>
        <translation>Nicht radiometrisch (kein Screening)</translation>
    </message>
    <message>
        <source>Impossible images</source>
        <translation>Unmögliche Bilder</translation>
    </message>
    <message>
        <source>Dead pixels</source>
        <translation>Defekte Pixel</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Überbrückt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message numerus="yes">
        <source>Testing %1: reading %n frame(s)…</source>
        <extracomment>kind -&gt; its settings model, in the order the kind selector lists them Frames &quot;Test connection&quot; reads, and how long it waits for one Counted texts (see app.translations.QT_TRANSLATE_NOOP for why they sit in a table)</extracomment>
        <translation>
            <numerusform>%1 wird getestet: %n Bild wird gelesen…</numerusform>
            <numerusform>%1 wird getestet: %n Bilder werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PIN(s) in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n falsche PIN in Folge: PIN-Prüfung für %1 gesperrt)</numerusform>
            <numerusform> (%n falsche PINs in Folge: PIN-Prüfung für %1 gesperrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <extracomment>The State column: a camera loop&apos;s state (app.camera_loop.STATES) in a word or two</extracomment>
        <translation>startet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>misconfigured</source>
        <translation>falsch eingerichtet</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>wärmt auf</translation>
    </message>
    <message>
        <source>ffc</source>
        <translation>Flachfeldkorrektur</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>Bild eingefroren</translation>
    </message>
    <message>
        <source>not radiometric</source>
        <translation>nicht radiometrisch</translation>
    </message>
    <message>
        <source>bad frames</source>
        <translation>fehlerhafte Bilder</translation>
    </message>
    <message>
        <source>bad pixels</source>
        <translation>defekte Pixel</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>keine Referenz</translation>
    </message>
    <message>
        <source>reference drift</source>
        <translation>Referenzdrift</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>überbrückt</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>%1: %2, optional</source>
        <translation>%1: %2, optional</translation>
    </message>
    <message>
        <source>Camera — %1</source>
        <translation>Kamera — %1</translation>
    </message>
    <message>
        <source>Add a camera</source>
        <translation>Kamera hinzufügen</translation>
    </message>
    <message>
        <source>required (1-40 characters)</source>
        <translation>erforderlich (1-40 Zeichen)</translation>
    </message>
    <message>
        <source>default 3 (0.5–60 s without a frame before the tile says offline)</source>
        <translation>Standard 3 (0,5–60 s ohne Bild, bevor die Kachel „Offline“ zeigt)</translation>
    </message>
    <message>
        <source>file:PATH, uvc:INDEX or isapi://user@HOST/CHANNEL</source>
        <translation>file:PFAD, uvc:INDEX oder isapi://benutzer@HOST/KANAL</translation>
    </message>
    <message>
        <source>Fill from URI</source>
        <translation>Aus URI ausfüllen</translation>
    </message>
    <message>
        <source>Screening settings (limit, rule) are kept; change them from the Settings menu. Passwords: Set password… (OS keyring), never here.</source>
        <translation>Die Screening-Einstellungen (Grenzwert, Regel) bleiben erhalten; ändern Sie sie im Menü Einstellungen. Passwörter: Passwort festlegen… (Schlüsselbund des Systems), nie hier.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kameras</translation>
    </message>
    <message>
        <source>Why? (recorded)</source>
        <translation>Warum? (wird protokolliert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Passwort festlegen…</translation>
    </message>
    <message>
        <source>Retry camera</source>
        <translation>Kamera erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Site file: %1</source>
        <translation>Standortdatei: %1</translation>
    </message>
    <message>
        <source>Demo site, not saved yet: saving a change asks where to save the site file</source>
        <translation>Demo-Standort, noch nicht gespeichert: beim Speichern einer Änderung wird nach dem Ort der Standortdatei gefragt</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No event store: cameras cannot be changed here (changes are audited)</source>
        <translation>Kein Ereignisspeicher: Kameras können hier nicht geändert werden (Änderungen werden protokolliert)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Not saved: answer the open alerts first (a camera cannot be removed while one is open)</source>
        <translation>Nicht gespeichert: zuerst die offenen Alarme bearbeiten (solange einer offen ist, kann keine Kamera entfernt werden)</translation>
    </message>
    <message>
        <source>No supervisor PIN is set for this site: cameras cannot be changed here</source>
        <translation>Für diesen Standort ist keine Supervisor-PIN gesetzt: Kameras können hier nicht geändert werden</translation>
    </message>
    <message>
        <source>Cameras unchanged: %1</source>
        <translation>Kameras unverändert: %1</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: cameras unchanged</source>
        <translation>Falsche Supervisor-PIN: Kameras unverändert</translation>
    </message>
    <message>
        <source>Not saved: the demo site needs a file to be saved to</source>
        <translation>Nicht gespeichert: der Demo-Standort braucht eine Datei zum Speichern</translation>
    </message>
    <message>
        <source>%1: add saved to %2 by %3 (audited)</source>
        <translation>%1: Hinzufügen in %2 gespeichert von %3 (protokolliert)</translation>
    </message>
    <message>
        <source>%1: edit saved to %2 by %3 (audited)</source>
        <translation>%1: Änderung in %2 gespeichert von %3 (protokolliert)</translation>
    </message>
    <message>
        <source>%1: remove saved to %2 by %3 (audited)</source>
        <translation>%1: Entfernen in %2 gespeichert von %3 (protokolliert)</translation>
    </message>
    <message>
        <source>%1: password kept in the OS keyring (not in the site file); Retry camera tries it now if the camera refused the old one</source>
        <translation>%1: Passwort im Schlüsselbund des Systems gespeichert (nicht in der Standortdatei); Kamera erneut versuchen probiert es jetzt, falls die Kamera das alte abgelehnt hat</translation>
    </message>
    <message>
        <source>No supervisor PIN is set for this site</source>
        <translation>Für diesen Standort ist keine Supervisor-PIN gesetzt</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: nothing changed</source>
        <translation>Falsche Supervisor-PIN: nichts geändert</translation>
    </message>
    <message>
        <source>%1 is %2: only a camera left alone after a fault (a refused password, a setup problem) waits for a retry</source>
        <translation>%1 ist im Zustand „%2“: nur eine nach einem Fehler ruhende Kamera (abgelehntes Passwort, Einrichtungsproblem) wartet auf einen neuen Versuch</translation>
    </message>
    <message>
        <source>%1: trying again</source>
        <translation>%1: neuer Versuch</translation>
    </message>
    <message>
        <source>Password of %1 (kept in the OS keyring):</source>
        <translation>Passwort von %1 (im Schlüsselbund des Systems gespeichert):</translation>
    </message>
    <message>
        <source>Camera password</source>
        <translation>Kamerapasswort</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>Standortdatei speichern</translation>
    </message>
    <message>
        <source>Site files (*.toml)</source>
        <translation>Standortdateien (*.toml)</translation>
    </message>
</context>
<context>
    <name>FalseAlarmCause</name>
    <message>
        <source>Hot drink or food</source>
        <extracomment>app.core.vocabulary.FALSE_ALARM_CAUSES, by code.</extracomment>
        <translation>Heißes Getränk oder Essen</translation>
    </message>
    <message>
        <source>Sun-heated skin</source>
        <translation>Von der Sonne erwärmte Haut</translation>
    </message>
    <message>
        <source>Exertion (ran, cycled)</source>
        <translation>Anstrengung (gelaufen, Rad gefahren)</translation>
    </message>
    <message>
        <source>Hot object near the face</source>
        <translation>Heißer Gegenstand nahe am Gesicht</translation>
    </message>
    <message>
        <source>Two people in view</source>
        <translation>Zwei Personen im Bild</translation>
    </message>
    <message>
        <source>Camera fault</source>
        <translation>Kamerafehler</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason / instruction</source>
        <translation>Grund / Anweisung</translation>
    </message>
    <message>
        <source>Canthus °C</source>
        <translation>Kanthus °C</translation>
    </message>
    <message>
        <source>Estimate °C</source>
        <translation>Schätzung °C</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Durchgeführte Aktionen</translation>
    </message>
    <message>
        <source>All results</source>
        <extracomment>(key, text) of the result filter; &quot;alerts&quot; keeps the decisions that raised one, whatever their verdict.</extracomment>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Erhöht</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Retry (no result)</source>
        <translation>Wiederholen (kein Ergebnis)</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Nur Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <extracomment>Counted texts (declared here so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elevated</source>
        <translation>
            <numerusform>%n erhöht</numerusform>
            <numerusform>%n erhöht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decisions to %1. The file holds personal data: keep it as the site&apos;s data-protection rules require.</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 exportiert. Die Datei enthält personenbezogene Daten: nach den Datenschutzregeln des Standorts aufbewahren.</numerusform>
            <numerusform>%n Entscheidungen nach %1 exportiert. Die Datei enthält personenbezogene Daten: nach den Datenschutzregeln des Standorts aufbewahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>Screening-Verlauf</translation>
    </message>
    <message>
        <source>Re&amp;sult</source>
        <translation>Er&amp;gebnis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload from the event store (F5)</source>
        <translation>Aus dem Ereignisspeicher neu laden (F5)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the rows shown (same filters) to a CSV file for the DPO (Ctrl+E). It holds personal data.</source>
        <translation>Die angezeigten Zeilen (gleiche Filter) für den DSB in eine CSV-Datei schreiben (Strg+E). Sie enthält personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Select a row to see the decision, its alert and every action on it in full.</source>
        <translation>Eine Zeile auswählen, um die Entscheidung, ihren Alarm und alle Aktionen dazu vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Canthus %1 °C  ·  estimate %2 °C  ·  limit %3 °C  ·  baseline %4 °C</source>
        <translation>Kanthus %1 °C  ·  Schätzung %2 °C  ·  Grenzwert %3 °C  ·  Basislinie %4 °C</translation>
    </message>
    <message>
        <source>readings not kept (retention policy)</source>
        <translation>Messwerte nicht aufbewahrt (Aufbewahrungsregel)</translation>
    </message>
    <message>
        <source>Alert %1  ·  raised %2</source>
        <translation>Alarm %1  ·  ausgelöst %2</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>geschlossen %1 (%2)</translation>
    </message>
    <message>
        <source>No action recorded on this decision.</source>
        <translation>Keine Aktion zu dieser Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Clinical thermometer reading normal</source>
        <extracomment>app.core.vocabulary.OVERRIDE_REASONS, by code.</extracomment>
        <translation>Klinisches Thermometer: Wert normal</translation>
    </message>
    <message>
        <source>Hot drink or food just before screening</source>
        <translation>Heißes Getränk oder Essen kurz vor der Messung</translation>
    </message>
    <message>
        <source>Sun, heat or exercise just before screening</source>
        <translation>Sonne, Hitze oder Sport kurz vor der Messung</translation>
    </message>
    <message>
        <source>Known non-infectious condition</source>
        <translation>Bekannte nicht ansteckende Erkrankung</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Entscheidung des Supervisors</translation>
    </message>
    <message>
        <source>Camera fault suspected</source>
        <translation>Kamerafehler vermutet</translation>
    </message>
    <message>
        <source>Other or free-text reason</source>
        <translation>Anderer Grund oder Freitext</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Camera warming up: check with a clinical thermometer</source>
        <extracomment>The languages the console and the report speak; English is the source language. app.core.engine.REASONS (the instruction of a non-result), by code; a test keeps them equal.</extracomment>
        <translation>Kamera wärmt auf: mit klinischem Thermometer prüfen</translation>
    </message>
    <message>
        <source>Reference blackbody not seen or its temperature not set: check with a thermometer</source>
        <translation>Referenzstrahler nicht sichtbar oder Temperatur nicht eingestellt: mit Thermometer prüfen</translation>
    </message>
    <message>
        <source>Camera drifted from its reference: screening locked, call maintenance</source>
        <translation>Kamera weicht von der Referenz ab: Screening gesperrt, Wartung rufen</translation>
    </message>
    <message>
        <source>Camera sends impossible images: check with a clinical thermometer, call maintenance</source>
        <translation>Kamera liefert unmögliche Bilder: mit klinischem Thermometer prüfen, Wartung rufen</translation>
    </message>
    <message>
        <source>Camera has dead pixels where the face is: check with a clinical thermometer, call maintenance</source>
        <translation>Defekte Pixel im Gesichtsbereich: mit klinischem Thermometer prüfen, Wartung rufen</translation>
    </message>
    <message>
        <source>One person at a time, please</source>
        <translation>Bitte nur eine Person</translation>
    </message>
    <message>
        <source>Step closer to the camera</source>
        <translation>Bitte näher zur Kamera</translation>
    </message>
    <message>
        <source>Remove glasses, please</source>
        <translation>Bitte Brille abnehmen</translation>
    </message>
    <message>
        <source>Just in from the cold: wait 15 min indoors, then screen again</source>
        <translation>Gerade aus der Kälte: 15 Min. drinnen warten, dann erneut messen</translation>
    </message>
    <message>
        <source>Stand still and look at the camera</source>
        <translation>Stillstehen und in die Kamera schauen</translation>
    </message>
</context>
<context>
    <name>Recalibration</name>
    <message>
        <source>Pairs come from secondary checks, and those mostly follow alarms: people the camera passed are rarely checked, so missed fevers hardly appear here and the sensitivity shown is optimistic. Checking some people who passed, too, makes the pairs representative.</source>
        <extracomment>Below these, a fitted margin means little: adoption stays disabled.</extracomment>
        <translation>Die Paare stammen aus Zweitprüfungen, und diese folgen meist auf Alarme: Von der Kamera durchgelassene Personen werden selten geprüft, übersehenes Fieber erscheint hier also kaum und die angezeigte Sensitivität ist optimistisch. Auch einige durchgelassene Personen zu prüfen, macht die Paare repräsentativ.</translation>
    </message>
    <message numerus="yes">
        <source>Too few pairs to fit a model: %n pairs (%1 needed), %2 at or over %3 (%4 needed) and %5 under it (%6 needed). Adoption is disabled until more secondary checks are recorded.</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>Zu wenige Paare für ein Modell: %n Paar (%1 nötig), %2 bei oder über %3 (%4 nötig) und %5 darunter (%6 nötig). Übernahme gesperrt, bis weitere Zweitprüfungen erfasst sind.</numerusform>
            <numerusform>Zu wenige Paare für ein Modell: %n Paare (%1 nötig), %2 bei oder über %3 (%4 nötig) und %5 darunter (%6 nötig). Übernahme gesperrt, bis weitere Zweitprüfungen erfasst sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>limit %1 · %n pairs · target sensitivity %2</source>
        <translation>
            <numerusform>Grenzwert %1 · %n Paar · Ziel-Sensitivität %2</numerusform>
            <numerusform>Grenzwert %1 · %n Paare · Ziel-Sensitivität %2</numerusform>
        </translation>
    </message>
    <message>
        <source>canthus</source>
        <translation>Kanthus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Canthus °C</source>
        <translation>Kanthus °C</translation>
    </message>
    <message>
        <source>Estimate °C</source>
        <translation>Schätzung °C</translation>
    </message>
    <message>
        <source>Thermometer °C</source>
        <translation>Thermometer °C</translation>
    </message>
    <message>
        <source>At or over the limit (%1): a positive</source>
        <translation>Bei oder über dem Grenzwert (%1): ein Positiver</translation>
    </message>
    <message>
        <source>Re-calibration from secondary checks</source>
        <translation>Nachkalibrierung aus Zweitprüfungen</translation>
    </message>
    <message>
        <source>Canthus against thermometer</source>
        <extracomment>the console&apos;s one supervisor flow (name and PIN asked first, the store&apos;s check): when given, adoption goes through it and is recorded under the name it returns</extracomment>
        <translation>Kanthus gegen Thermometer</translation>
    </message>
    <message>
        <source>thermometer °C</source>
        <translation>Thermometer °C</translation>
    </message>
    <message>
        <source>canthus (camera) °C</source>
        <translation>Kanthus (Kamera) °C</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the pairs and fit again (F5)</source>
        <translation>Paare neu laden und neu anpassen (F5)</translation>
    </message>
    <message>
        <source>&amp;Adopt fitted model…</source>
        <translation>Angepasstes Modell ü&amp;bernehmen…</translation>
    </message>
    <message>
        <source>Put the fitted model in use (supervisor PIN; audited)</source>
        <translation>Angepasstes Modell in Betrieb nehmen (Supervisor-PIN; protokolliert)</translation>
    </message>
    <message>
        <source>Oral estimate</source>
        <translation>Orale Schätzung</translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Thermometer at or over the limit</source>
        <translation>Thermometer bei oder über dem Grenzwert</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>Estimate − thermometer</source>
        <translation>Schätzung − Thermometer</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Aktuelles Modell</translation>
    </message>
    <message>
        <source>Fitted on these pairs</source>
        <translation>An diese Paare angepasst</translation>
    </message>
    <message>
        <source>Fitted, cross-validated (range over repeats)</source>
        <translation>Angepasst, kreuzvalidiert (Spanne über Wiederholungen)</translation>
    </message>
    <message>
        <source>%1  (margin %2)</source>
        <translation>%1  (Marge %2)</translation>
    </message>
    <message>
        <source>%1-fold × %2 repeats</source>
        <translation>%1-fach × %2 Wiederholungen</translation>
    </message>
    <message>
        <source>margin %1 + %2</source>
        <translation>Marge %1 + %2</translation>
    </message>
    <message>
        <source>No model could be fitted: %1</source>
        <translation>Kein Modell anpassbar: %1</translation>
    </message>
    <message>
        <source>Current model: %1</source>
        <translation>Aktuelles Modell: %1</translation>
    </message>
    <message>
        <source>no provenance recorded.</source>
        <translation>keine Herkunft erfasst.</translation>
    </message>
    <message>
        <source>Pairs from %1 to %2.</source>
        <translation>Paare vom %1 bis %2.</translation>
    </message>
    <message>
        <source>No secondary check with a thermometer reading is stored yet.</source>
        <translation>Noch keine Zweitprüfung mit Thermometerwert gespeichert.</translation>
    </message>
    <message>
        <source>The fitted model is the model in use: nothing to adopt.</source>
        <translation>Das angepasste Modell ist bereits in Betrieb: nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>about the same people will be alarmed</source>
        <translation>etwa dieselben Personen lösen Alarm aus</translation>
    </message>
    <message>
        <source>more people will be alarmed</source>
        <translation>mehr Personen lösen Alarm aus</translation>
    </message>
    <message>
        <source>fewer people will be alarmed</source>
        <translation>weniger Personen lösen Alarm aus</translation>
    </message>
    <message>
        <source>Adopting moves the alarm level by %1 °C and the canthus reading that raises an alarm by %2 °C, to %3: %4.</source>
        <translation>Die Übernahme verschiebt die Alarmschwelle um %1 °C und den Kanthuswert, der Alarm auslöst, um %2 °C auf %3: %4.</translation>
    </message>
    <message>
        <source>No pairs yet</source>
        <translation>Noch keine Paare</translation>
    </message>
    <message>
        <source>thermometer under the limit</source>
        <translation>Thermometer unter dem Grenzwert</translation>
    </message>
    <message>
        <source>at or over the limit</source>
        <translation>bei oder über dem Grenzwert</translation>
    </message>
    <message>
        <source>current: %1</source>
        <translation>aktuell: %1</translation>
    </message>
    <message>
        <source>fitted: %1</source>
        <translation>angepasst: %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Grenzwert %1</translation>
    </message>
    <message>
        <source>Supervisor PIN:</source>
        <translation>Supervisor-PIN:</translation>
    </message>
    <message>
        <source>Adopt the fitted model (%1, alarm at %2)?

%3</source>
        <translation>Angepasstes Modell übernehmen (%1, Alarm bei %2)?

%3</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor-PIN</translation>
    </message>
    <message>
        <source>There is no fitted model to adopt.</source>
        <translation>Es gibt kein angepasstes Modell zum Übernehmen.</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs: adoption is locked for another %1.</source>
        <translation>Zu viele falsche Supervisor-PINs: Übernahme noch %1 gesperrt.</translation>
    </message>
    <message>
        <source>Not adopted: sign on first, the change is recorded with a name.</source>
        <translation>Nicht übernommen: zuerst anmelden, die Änderung wird mit Namen erfasst.</translation>
    </message>
    <message>
        <source>Not adopted: no PIN was entered.</source>
        <translation>Nicht übernommen: keine PIN eingegeben.</translation>
    </message>
    <message>
        <source>Not adopted: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Not adopted: the PIN could not be checked (%1).</source>
        <translation>Nicht übernommen: PIN konnte nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: the model was not changed.</source>
        <translation>Falsche Supervisor-PIN: Modell nicht geändert.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: adoption is locked for %1.</source>
        <translation>Zu viele falsche PINs: Übernahme für %1 gesperrt.</translation>
    </message>
    <message>
        <source>Adopted by %1: %2, alarm at %3. The change is in the audit trail.</source>
        <translation>Übernommen von %1: %2, Alarm bei %3. Die Änderung steht im Prüfprotokoll.</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>CPU (pyqtgraph)</source>
        <translation>CPU (pyqtgraph)</translation>
    </message>
    <message>
        <source>chosen in the settings</source>
        <extracomment>Renderers that run OpenGL on the CPU: the GPU wall is no faster than the CPU one there.</extracomment>
        <translation>in den Einstellungen gewählt</translation>
    </message>
    <message>
        <source>OpenGL unavailable (%1)</source>
        <translation>OpenGL nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>GL renderer is software (%1)</source>
        <translation>GL-Renderer ist Software (%1)</translation>
    </message>
    <message>
        <source>software GL renderer, GPU wall forced in the settings</source>
        <translation>Software-GL-Renderer, GPU-Wand in den Einstellungen erzwungen</translation>
    </message>
    <message>
        <source>GPU wall failed to start on %1 (%2)</source>
        <translation>GPU-Wand startete nicht auf %1 (%2)</translation>
    </message>
    <message>
        <source>GL renderer not yet known (no frame drawn)</source>
        <translation>GL-Renderer noch unbekannt (noch kein Bild gezeichnet)</translation>
    </message>
    <message>
        <source>GPU (vispy) on %1</source>
        <translation>GPU (vispy) auf %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Allowed in by the guard</source>
        <translation>Vom Wachpersonal eingelassen</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>Zutritt verweigert</translation>
    </message>
    <message>
        <source>Marked false alarm</source>
        <translation>Als Fehlalarm markiert</translation>
    </message>
    <message>
        <source>Screened again</source>
        <translation>Erneut gemessen</translation>
    </message>
    <message>
        <source>Expired without action</source>
        <translation>Ohne Aktion abgelaufen</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Closed by the console, unresolved</source>
        <translation>Von der Konsole geschlossen, ungeklärt</translation>
    </message>
    <message>
        <source>Fever confirmed by clinical thermometer</source>
        <translation>Fieber mit klinischem Thermometer bestätigt</translation>
    </message>
    <message>
        <source>Fever not confirmed by clinical thermometer</source>
        <translation>Fieber mit klinischem Thermometer nicht bestätigt</translation>
    </message>
    <message>
        <source>Check without a thermometer reading</source>
        <translation>Prüfung ohne Thermometerwert</translation>
    </message>
    <message>
        <source>Allow entry</source>
        <translation>Zutritt erlauben</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Zutritt verweigern</translation>
    </message>
    <message>
        <source>Secondary check</source>
        <translation>Zweitprüfung</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stumm</translation>
    </message>
    <message numerus="yes">
        <source>Expired data is deleted automatically; %n purge(s) ran in the period, each recorded in the audit trail.</source>
        <translation>
            <numerusform>Abgelaufene Daten werden automatisch gelöscht; im Zeitraum lief %n Löschung, im Prüfprotokoll vermerkt.</numerusform>
            <numerusform>Abgelaufene Daten werden automatisch gelöscht; im Zeitraum liefen %n Löschungen, jede im Prüfprotokoll vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact (%n records)</source>
        <translation>
            <numerusform>intakt (%n Eintrag)</numerusform>
            <numerusform>intakt (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>store nothing personal: aggregate counts only</source>
        <translation>nichts Personenbezogenes speichern: nur aggregierte Zählungen</translation>
    </message>
    <message>
        <source>store elevated decisions (alarms) and the actions on them for %1 h, with thermal snapshots; aggregate counts kept</source>
        <translation>erhöhte Ergebnisse (Alarme) und die Aktionen dazu %1 h speichern, mit Wärmebildern; aggregierte Zählungen bleiben erhalten</translation>
    </message>
    <message>
        <source>store elevated decisions (alarms) and the actions on them for %1 h, no images; aggregate counts kept</source>
        <translation>erhöhte Ergebnisse (Alarme) und die Aktionen dazu %1 h speichern, ohne Bilder; aggregierte Zählungen bleiben erhalten</translation>
    </message>
    <message>
        <source>store every decision for %1 h, with thermal snapshots; aggregate counts kept</source>
        <translation>jedes Ergebnis %1 h speichern, mit Wärmebildern; aggregierte Zählungen bleiben erhalten</translation>
    </message>
    <message>
        <source>store every decision for %1 h, no images; aggregate counts kept</source>
        <translation>jedes Ergebnis %1 h speichern, ohne Bilder; aggregierte Zählungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Fever screening report</source>
        <extracomment>Logged when the console closes: the time after it is not observed (neither screening nor down: nobody was running the entrance).</extracomment>
        <translation>Bericht Fieberscreening</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3 to %4 UTC; counts are kept per hour, so the period is rounded to whole hours).</source>
        <translation>Vom %1 bis %2 (%3 bis %4 UTC; gezählt wird stundenweise, der Zeitraum ist daher auf volle Stunden gerundet).</translation>
    </message>
    <message>
        <source>People screened</source>
        <translation>Gemessene Personen</translation>
    </message>
    <message>
        <source>With a result</source>
        <translation>Mit Ergebnis</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Elevated (alarm: secondary check)</source>
        <translation>Erhöht (Alarm: Zweitprüfung)</translation>
    </message>
    <message>
        <source>Pre-alarm (near the alarm level)</source>
        <translation>Voralarm (nahe der Alarmschwelle)</translation>
    </message>
    <message>
        <source>No result (asked to retry or checked by hand)</source>
        <translation>Kein Ergebnis (erneut versucht oder von Hand geprüft)</translation>
    </message>
    <message>
        <source>Share with a result</source>
        <translation>Anteil mit Ergebnis</translation>
    </message>
    <message>
        <source>No result, by reason</source>
        <translation>Kein Ergebnis, nach Grund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Alerts and secondary checks</source>
        <translation>Alarme und Zweitprüfungen</translation>
    </message>
    <message>
        <source>An alarm never decides entry: it starts a secondary check by a guard with a clinical thermometer (GDPR Art. 22; FDA labelling).</source>
        <translation>Ein Alarm entscheidet nie über den Zutritt: Er löst eine Zweitprüfung durch das Wachpersonal mit einem klinischen Thermometer aus (DSGVO Art. 22; FDA-Kennzeichnung).</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <source>Alerts escalated</source>
        <translation>Eskalierte Alarme</translation>
    </message>
    <message>
        <source>Unresolved alerts (no guard&apos;s decision)</source>
        <translation>Ungeklärte Alarme (keine Entscheidung des Wachpersonals)</translation>
    </message>
    <message>
        <source>of which still open at the end of the period</source>
        <translation>davon am Ende des Zeitraums noch offen</translation>
    </message>
    <message>
        <source>of which closed by the console: left open, no one could act on them</source>
        <translation>davon von der Konsole geschlossen: blieben offen, niemand konnte handeln</translation>
    </message>
    <message>
        <source>How alerts ended</source>
        <translation>Wie Alarme endeten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Secondary checks</source>
        <translation>Zweitprüfungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Entry allowed despite an alarm (overrides), by reason</source>
        <translation>Zutritt trotz Alarm (Übersteuerungen), nach Grund</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Operator actions, by type</source>
        <translation>Bedieneraktionen, nach Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Per camera</source>
        <translation>Pro Kamera</translation>
    </message>
    <message>
        <source>no state log</source>
        <translation>kein Zustandsprotokoll</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Erhöht</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Screening availability</source>
        <translation>Verfügbarkeit Screening</translation>
    </message>
    <message>
        <source>No camera activity.</source>
        <translation>Keine Kameraaktivität.</translation>
    </message>
    <message>
        <source>Downtime by state</source>
        <translation>Ausfallzeit nach Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Calibration and reference checks</source>
        <translation>Kalibrierung und Referenzprüfungen</translation>
    </message>
    <message>
        <source>Reference checks passed</source>
        <translation>Referenzprüfungen bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No reference (blackbody) checks were logged.</source>
        <translation>Es wurden keine Referenzprüfungen (Schwarzstrahler) protokolliert.</translation>
    </message>
    <message>
        <source>Thermometer/camera pairs collected for re-calibration</source>
        <translation>Thermometer-/Kamera-Paare für die Nachkalibrierung</translation>
    </message>
    <message>
        <source>Settings changes</source>
        <translation>Einstellungsänderungen</translation>
    </message>
    <message>
        <source>changed (see the audit trail)</source>
        <translation>geändert (siehe Prüfprotokoll)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Retention policy in force: %1: %2.</source>
        <translation>Geltende Aufbewahrungsregel: %1: %2.</translation>
    </message>
    <message>
        <source>This report holds aggregate counts only: no identities or per-person numbers, no temperatures or times of individual people, no images, no operator names and no free-text notes.</source>
        <translation>Dieser Bericht enthält nur aggregierte Zählungen: keine Identitäten oder Angaben pro Person, keine Temperaturen oder Zeitpunkte einzelner Personen, keine Bilder, keine Namen von Bedienern und keine Freitextnotizen.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Audit chain %1.</source>
        <translation>Prüfkette %1.</translation>
    </message>
    <message>
        <source>Head record %1, hash %2. Keep this line: %3 later proves that no record up to here was rewritten.</source>
        <translation>Letzter Eintrag %1, Hash %2. Bewahren Sie diese Zeile auf: %3 beweist später, dass kein Eintrag bis hierher umgeschrieben wurde.</translation>
    </message>
    <message>
        <source>Canthus %1, report generated %2.</source>
        <translation>Canthus %1, Bericht erstellt am %2.</translation>
    </message>
    <message>
        <source>retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>At or over the alarm level: an alert for the guards</source>
        <extracomment>What each result means, for a table cell&apos;s tooltip, context &quot;Review&quot;.</extracomment>
        <translation>Bei oder über der Alarmschwelle: ein Alarm für das Wachpersonal</translation>
    </message>
    <message>
        <source>A normal result close to the alarm level (pre-alarm)</source>
        <translation>Ein normales Ergebnis nahe der Alarmschwelle (Voralarm)</translation>
    </message>
    <message>
        <source>Under the alarm level</source>
        <translation>Unter der Alarmschwelle</translation>
    </message>
    <message>
        <source>No result: the person was asked to do something and screen again</source>
        <translation>Kein Ergebnis: Die Person bekam eine Anweisung und wird erneut gemessen</translation>
    </message>
    <message>
        <source>Override: no reason</source>
        <translation>Übersteuerung: ohne Grund</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Übersteuerung: %1</translation>
    </message>
    <message>
        <source>Thermometer %1</source>
        <translation>Thermometer %1</translation>
    </message>
    <message>
        <source>Thermometer, no reading</source>
        <translation>Thermometer, kein Wert</translation>
    </message>
    <message>
        <source>ELEVATED</source>
        <translation>ERHÖHT</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Pre-alarm</source>
        <translation>Voralarm</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Measured, absolute rule</source>
        <translation>Gemessen, absolute Regel</translation>
    </message>
    <message>
        <source>Measured, relative rule</source>
        <translation>Gemessen, relative Regel</translation>
    </message>
    <message>
        <source>Measured, %1 rule</source>
        <translation>Gemessen, Regel %1</translation>
    </message>
    <message>
        <source>%1, alarm at ≥ %2</source>
        <translation>%1, Alarm bei ≥ %2</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>fever confirmed</source>
        <translation>Fieber bestätigt</translation>
    </message>
    <message>
        <source>thermometer normal</source>
        <translation>Thermometer normal</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>closed after %1</source>
        <translation>geschlossen nach %1</translation>
    </message>
    <message>
        <source>Retention: nothing personal is kept</source>
        <translation>Aufbewahrung: nichts Personenbezogenes</translation>
    </message>
    <message>
        <source>Retention: every decision, %1 h</source>
        <translation>Aufbewahrung: jede Entscheidung, %1 h</translation>
    </message>
    <message>
        <source>Retention: elevated decisions only, %1 h</source>
        <translation>Aufbewahrung: nur erhöhte Ergebnisse, %1 h</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>one colour per entrance in plots (no red: red means the limit and alarms) (key, text) of the periods every review window offers (texts in context &quot;Review&quot;).</extracomment>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Letzte 24 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>All entrances</source>
        <translation>Alle Eingänge</translation>
    </message>
    <message>
        <source>Canthus — %1</source>
        <translation>Canthus — %1</translation>
    </message>
    <message>
        <source>&amp;Entrance</source>
        <translation>&amp;Eingang</translation>
    </message>
    <message>
        <source>%1 · %2 · updated %3</source>
        <translation>%1 · %2 · aktualisiert %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <source>Allowed entry</source>
        <extracomment>What a cell shows where there is no value (not measured, or not kept by the retention policy). The store&apos;s time format: fixed-width UTC ISO text. The guards&apos; and the console&apos;s actions (store codes), translated by code in context &quot;ReviewAction&quot;.</extracomment>
        <translation>Zutritt erlaubt</translation>
    </message>
    <message>
        <source>Denied entry</source>
        <translation>Zutritt verweigert</translation>
    </message>
    <message>
        <source>Thermometer check</source>
        <translation>Thermometerprüfung</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Re-screen</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <source>Bypassed camera</source>
        <translation>Kamera überbrückt</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Resumed screening</source>
        <translation>Screening fortgesetzt</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Unmuted</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Closed by the console (unresolved)</source>
        <translation>Von der Konsole geschlossen (ungelöst)</translation>
    </message>
    <message>
        <source>Console quit with alarms open</source>
        <translation>Konsole mit offenen Alarmen beendet</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ShortFalseAlarmCause</name>
    <message>
        <source>hot drink or food</source>
        <extracomment>... and the causes of a false alarm.</extracomment>
        <translation>heißes Getränk oder Essen</translation>
    </message>
    <message>
        <source>sun heated skin</source>
        <translation>sonnenwarme Haut</translation>
    </message>
    <message>
        <source>exertion</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>hot object</source>
        <translation>heißer Gegenstand</translation>
    </message>
    <message>
        <source>two people</source>
        <translation>zwei Personen</translation>
    </message>
    <message>
        <source>camera fault</source>
        <translation>Kamerafehler</translation>
    </message>
</context>
<context>
    <name>ShortOverrideReason</name>
    <message>
        <source>thermometer normal</source>
        <extracomment>A guard&apos;s reason in a few words (the code&apos;s own words in English), by code: the override reasons...</extracomment>
        <translation>Thermometer normal</translation>
    </message>
    <message>
        <source>hot drink or food</source>
        <translation>heißes Getränk oder Essen</translation>
    </message>
    <message>
        <source>heat or sun</source>
        <translation>Hitze oder Sonne</translation>
    </message>
    <message>
        <source>known condition</source>
        <translation>bekannte Erkrankung</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>camera fault</source>
        <translation>Kamerafehler</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderes</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Screened</source>
        <extracomment>(key, caption, tooltip) of the summary cards, texts in context &quot;Statistics&quot;.</extracomment>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>People who stood in front of a camera (every decision, result or not).</source>
        <translation>Personen vor einer Kamera (jede Entscheidung, mit oder ohne Ergebnis).</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Erhöht</translation>
    </message>
    <message>
        <source>Results at or over the alarm level.</source>
        <translation>Ergebnisse bei oder über der Alarmschwelle.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Non-results: the person was asked to do something and screen again.</source>
        <translation>Kein Ergebnis: Die Person bekam eine Anweisung und wird erneut gemessen.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts raised for the guards.</source>
        <translation>Für das Wachpersonal ausgelöste Alarme.</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <source>Alerts a guard closed as a false alarm.</source>
        <translation>Alarme, die das Wachpersonal als Fehlalarm schloss.</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Übersteuerungen</translation>
    </message>
    <message>
        <source>Entry allowed despite an alert.</source>
        <translation>Zutritt trotz Alarm erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n eskaliert</numerusform>
            <numerusform>%n eskaliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fever confirmed</source>
        <translation>
            <numerusform>%n Fieber bestätigt</numerusform>
            <numerusform>%n Fieber bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people screened</source>
        <translation>
            <numerusform>%n Person gemessen</numerusform>
            <numerusform>%n Personen gemessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored results in the histogram</source>
        <translation>
            <numerusform>%n gespeichertes Ergebnis im Histogramm</numerusform>
            <numerusform>%n gespeicherte Ergebnisse im Histogramm</numerusform>
        </translation>
    </message>
    <message>
        <source>Relative rule not in use</source>
        <translation>Relative Regel nicht in Gebrauch</translation>
    </message>
    <message>
        <source>Screening statistics</source>
        <translation>Screening-Statistik</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload from the event store (F5)</source>
        <translation>Aus dem Ereignisspeicher neu laden (F5)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Oral-equivalent estimate</source>
        <translation>Oral-äquivalente Schätzung</translation>
    </message>
    <message>
        <source>People screened per hour</source>
        <translation>Gemessene Personen pro Stunde</translation>
    </message>
    <message>
        <source>Alert rate per hour</source>
        <translation>Alarmrate pro Stunde</translation>
    </message>
    <message>
        <source>% of people screened</source>
        <translation>% der gemessenen Personen</translation>
    </message>
    <message>
        <source>Overrides and actions</source>
        <translation>Übersteuerung, Aktionen</translation>
    </message>
    <message>
        <source>Overrides (amber): entry allowed despite an alert, by reason code.
Actions (blue): the guards&apos; button presses, by type.

Reason codes:
%1</source>
        <translation>Übersteuerungen (bernstein): Zutritt trotz Alarm, nach Grundcode.
Aktionen (blau): Tastendrücke des Wachpersonals, nach Art.

Grundcodes:
%1</translation>
    </message>
    <message>
        <source>Relative rule baseline</source>
        <translation>Basislinie der relativen Regel</translation>
    </message>
    <message>
        <source>canthus °C</source>
        <translation>Kanthus °C</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Grenzwert %1</translation>
    </message>
    <message>
        <source>alarm level</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Counts are kept per hour, so the period is rounded to whole hours.</source>
        <translation>Zählungen werden stündlich geführt, der Zeitraum wird daher auf volle Stunden gerundet.</translation>
    </message>
    <message>
        <source>Retention &apos;none&apos;: no temperatures are stored, so the histogram and baseline stay empty.</source>
        <translation>Aufbewahrung „keine“: Es werden keine Temperaturen gespeichert, Histogramm und Basislinie bleiben leer.</translation>
    </message>
    <message>
        <source>Retention &apos;alarms&apos;: only elevated results are stored, so the histogram shows those alone.</source>
        <translation>Aufbewahrung „Alarme“: Nur erhöhte Ergebnisse werden gespeichert, das Histogramm zeigt nur diese.</translation>
    </message>
    <message>
        <source>Temperatures from the %1 h of decisions the retention policy keeps.</source>
        <translation>Temperaturen aus den %1 h Entscheidungen, die die Aufbewahrungsregel behält.</translation>
    </message>
    <message>
        <source>%1 of alerts</source>
        <translation>%1 der Alarme</translation>
    </message>
    <message>
        <source>%1 of results</source>
        <translation>%1 der Ergebnisse</translation>
    </message>
    <message>
        <source>%1 of screened</source>
        <translation>%1 der Gemessenen</translation>
    </message>
    <message>
        <source>most: %1</source>
        <translation>am häufigsten: %1</translation>
    </message>
    <message>
        <source>No stored temperatures in this period</source>
        <translation>Keine gespeicherten Temperaturen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>Nobody screened in this period</source>
        <translation>Niemand in diesem Zeitraum gemessen</translation>
    </message>
    <message>
        <source>No alert rate: nobody screened</source>
        <translation>Keine Alarmrate: niemand gemessen</translation>
    </message>
    <message>
        <source>People screened per hour (%1 in all)</source>
        <translation>Gemessene Personen pro Stunde (%1 insgesamt)</translation>
    </message>
    <message>
        <source>Alert rate per hour (%1 overall)</source>
        <translation>Alarmrate pro Stunde (%1 insgesamt)</translation>
    </message>
    <message>
        <source>No operator actions in this period</source>
        <translation>Keine Bedieneraktionen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Relative rule not in use: the absolute rule decided; baseline tracked only</source>
        <translation>Relative Regel nicht in Gebrauch: Die absolute Regel entschied; Basislinie nur mitgeführt</translation>
    </message>
    <message>
        <source>Relative rule baseline (rule not in use)</source>
        <translation>Basislinie relative Regel (nicht aktiv)</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>beside the marks: the limit&apos;s value and caption (plain text when an alarm level under it is marked too: then that level&apos;s value and caption, in the mask colour) A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
        <translation>
            <numerusform>%n verworfen</numerusform>
            <numerusform>%n verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>off scale</source>
        <translation>außerhalb</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>TileState</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet…</translation>
    </message>
    <message>
        <source>Camera login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Camera setup problem</source>
        <translation>Einrichtungsfehler</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Calibrating</source>
        <translation>Kalibriert</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Not radiometric</source>
        <translation>Nicht radiometrisch</translation>
    </message>
    <message>
        <source>Bad frames</source>
        <translation>Fehlerhafte Bilder</translation>
    </message>
    <message>
        <source>Dead pixels</source>
        <translation>Defekte Pixel</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Überbrückt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>Replay</source>
        <extracomment>What a live tile says instead of &quot;Live&quot; when no door is behind it (TileView.source).</extracomment>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
</context>
</TS>
