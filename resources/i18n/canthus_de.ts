<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
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
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
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
</context>
</TS>
