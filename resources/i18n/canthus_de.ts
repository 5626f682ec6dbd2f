<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;View</source>
        <extracomment>the table&apos;s texts are English sources (context &quot;Actions&quot;), translated where they are shown where an action is shown (besides the F1 help, which lists all) menus in the order the menu bar shows them, with their titles</extracomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Guard</source>
        <translation>&amp;Wache</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Palette</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <extracomment>when an action can be used (the window says which hold now)</extracomment>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Anordnung: %1</translation>
    </message>
    <message>
        <source>Iron</source>
        <extracomment>the palettes&apos; names (app.render.palettes.PALETTES), for the menu</extracomment>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Regenbogen</translation>
    </message>
    <message>
        <source>White Hot</source>
        <translation>Weiß heiß</translation>
    </message>
    <message>
        <source>Black Hot</source>
        <translation>Schwarz heiß</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation>Palette: %1</translation>
    </message>
    <message>
        <source>Focus entrance %1</source>
        <translation>Eingang %1 groß</translation>
    </message>
    <message>
        <source>Automatic temperature &amp;span</source>
        <translation>Automatischer Temperatur&amp;bereich</translation>
    </message>
    <message>
        <source>Automatic / fixed temperature span</source>
        <translation>Automatischer / fester Temperaturbereich</translation>
    </message>
    <message>
        <source>Back to the &amp;wall</source>
        <translation>Zurück zur &amp;Wand</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Allow entry</source>
        <extracomment>what each alarm action asks, in the guard&apos;s words: (title, question)</extracomment>
        <translation>Zutritt erlauben</translation>
    </message>
    <message>
        <source>Allow entry (a reason is required)</source>
        <translation>Zutritt erlauben (Grund erforderlich)</translation>
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
        <source>Secondary check: enter the clinical thermometer reading</source>
        <translation>Zweitprüfung: Wert des klinischen Thermometers eingeben</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>False alarm (with its cause)</source>
        <translation>Fehlalarm (mit Ursache)</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Silence the alarm (it stays until a decision)</source>
        <translation>Alarmton aus (der Alarm bleibt bis zur Entscheidung)</translation>
    </message>
    <message>
        <source>Previous alarm</source>
        <translation>Vorheriger Alarm</translation>
    </message>
    <message>
        <source>Select the alarm above in the list (newer)</source>
        <translation>Alarm darüber in der Liste wählen (neuer)</translation>
    </message>
    <message>
        <source>Next alarm</source>
        <translation>Nächster Alarm</translation>
    </message>
    <message>
        <source>Select the alarm below in the list (older)</source>
        <translation>Alarm darunter in der Liste wählen (älter)</translation>
    </message>
    <message>
        <source>Re-screen</source>
        <translation>Neu messen</translation>
    </message>
    <message>
        <source>Re-screen the focused entrance&apos;s last person</source>
        <translation>Letzte Person am großen Eingang neu messen</translation>
    </message>
    <message>
        <source>Bypass camera</source>
        <translation>Kamera überbrücken</translation>
    </message>
    <message>
        <source>Bypass the focused camera / resume it (red tile until resumed)</source>
        <translation>Große Kamera überbrücken / fortsetzen (rote Kachel bis fortgesetzt)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause / resume the focused entrance</source>
        <translation>Großen Eingang pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>Silence all</source>
        <translation>Alle stumm</translation>
    </message>
    <message>
        <source>Suspend screening</source>
        <translation>Screening aussetzen</translation>
    </message>
    <message>
        <source>Suspend screening everywhere (evacuation) / resume</source>
        <translation>Screening überall aussetzen (Evakuierung) / fortsetzen</translation>
    </message>
    <message>
        <source>Mute this workstation</source>
        <translation>Diesen Platz stumm</translation>
    </message>
    <message>
        <source>Mute this workstation / sound on (logged)</source>
        <translation>Diesen Platz stumm / Ton an (protokolliert)</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign on with your name (every action is recorded with it)</source>
        <translation>Mit Ihrem Namen anmelden (jede Aktion wird damit protokolliert)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <source>Re-&amp;calibration…</source>
        <translation>Neu&amp;kalibrierung…</translation>
    </message>
    <message>
        <source>&amp;Limit… (supervisor)</source>
        <translation>&amp;Grenzwert… (Aufsicht)</translation>
    </message>
    <message>
        <source>&amp;Rule… (supervisor)</source>
        <translation>&amp;Regel… (Aufsicht)</translation>
    </message>
    <message>
        <source>R&amp;etention… (supervisor)</source>
        <translation>&amp;Aufbewahrung… (Aufsicht)</translation>
    </message>
    <message>
        <source>&amp;Cameras… (supervisor)</source>
        <translation>&amp;Kameras… (Aufsicht)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit the console (with open alarms: asks who and why, recorded)</source>
        <translation>Konsole beenden (bei offenen Alarmen: fragt wer und warum, protokolliert)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Diese Tastenliste</translation>
    </message>
    <message>
        <source>on the focused entrance</source>
        <translation>am großen Eingang</translation>
    </message>
    <message>
        <source>on the selected alarm</source>
        <translation>am gewählten Alarm</translation>
    </message>
    <message>
        <source>needs the event store</source>
        <translation>braucht den Ereignisspeicher</translation>
    </message>
    <message>
        <source>Focus entrance 1-10 (or double-click a tile)</source>
        <translation>Eingang 1-10 groß (oder Doppelklick auf eine Kachel)</translation>
    </message>
    <message>
        <source>Choose the alarm above (newer) or below (older) in the list</source>
        <translation>Alarm darüber (neuer) oder darunter (älter) in der Liste wählen</translation>
    </message>
    <message>
        <source>in the alarm list</source>
        <translation>in der Alarmliste</translation>
    </message>
</context>
<context>
    <name>Alarm</name>
    <message>
        <source>alarm at %1 so that %2 of people at %3 are caught</source>
        <extracomment>A site file&apos;s source kinds that are not a door: what a live tile says instead of &quot;Live&quot; (a key of app.render.base.SOURCE_WORDS). Every other kind is a real camera.</extracomment>
        <translation>Alarm bei %1, damit %2 der Personen mit %3 erkannt werden</translation>
    </message>
    <message>
        <source>under the %1 limit, over the %2 alarm level</source>
        <translation>unter dem Grenzwert %1, über der Alarmschwelle %2</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message numerus="yes">
        <source>%n open alarms</source>
        <extracomment>counted texts (lupdate reads a plural only from a literal count: declared here, translated with n)</extracomment>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n eskaliert</numerusform>
            <numerusform>%n eskaliert</numerusform>
        </translation>
    </message>
    <message>
        <source>no estimate</source>
        <extracomment>the selected alarm&apos;s card: one at a time (the list holds the rest as painted rows) the pane&apos;s width: a share of the window, within these bounds (the wall keeps the rest)</extracomment>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>offen seit %1</translation>
    </message>
    <message>
        <source>from last session</source>
        <translation>letzte Sitzung</translation>
    </message>
    <message>
        <source>ESCALATED</source>
        <translation>ESKALIERT</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stumm</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>no image</source>
        <extracomment>cards built at once: the selected alarm&apos;s (the list paints the others as rows)</extracomment>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>%1 · alarm %2</source>
        <translation>%1 · Alarm %2</translation>
    </message>
    <message>
        <source>Estimate (oral) %1</source>
        <translation>Schätzung (oral) %1</translation>
    </message>
    <message>
        <source>Canthus (skin) %1</source>
        <translation>Augenwinkel (Haut) %1</translation>
    </message>
    <message>
        <source>Limit %1 °C</source>
        <translation>Grenzwert %1 °C</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>FROM THE LAST SESSION: left open when the console closed; the person may be gone</source>
        <extracomment>what a press did or why it was refused (hidden until there is something to say)</extracomment>
        <translation>LETZTE SITZUNG: beim Schließen der Konsole offen geblieben; die Person ist vielleicht gegangen</translation>
    </message>
    <message>
        <source>ESCALATED: no decision for %1</source>
        <translation>ESKALIERT: keine Entscheidung seit %1</translation>
    </message>
    <message>
        <source>Silenced: the alarm stays until a decision</source>
        <translation>Stumm: der Alarm bleibt bis zur Entscheidung</translation>
    </message>
</context>
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
    <name>CameraFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Offline after (s)</source>
        <translation>Offline nach (s)</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Video backend</source>
        <translation>Video-Backend</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Verbindungs-Timeout (s)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Emissivity</source>
        <translation>Emissionsgrad</translation>
    </message>
    <message>
        <source>Share of febrile people</source>
        <translation>Anteil Fiebernder</translation>
    </message>
    <message>
        <source>Settling after a shutter calibration (s)</source>
        <translation>Beruhigung nach einer Shutter-Kalibrierung (s)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Höhe (px)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Infrared format</source>
        <translation>Infrarotformat</translation>
    </message>
    <message>
        <source>Play in a loop</source>
        <translation>In Schleife abspielen</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Opening timeout (s)</source>
        <translation>Öffnungs-Timeout (s)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>People (simulated)</source>
        <translation>Personen (simuliert)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>GenTL producer</source>
        <translation>GenTL-Producer</translation>
    </message>
    <message>
        <source>Read timeout (s)</source>
        <translation>Lese-Timeout (s)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Reference source</source>
        <translation>Referenzquelle</translation>
    </message>
    <message>
        <source>Rotation (°)</source>
        <translation>Drehung (°)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>TLinear resolution (K)</source>
        <translation>TLinear-Auflösung (K)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>TLS-Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Warm-up (s)</source>
        <translation>Aufwärmen (s)</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Breite (px)</translation>
    </message>
</context>
<context>
    <name>CameraLoop</name>
    <message numerus="yes">
        <source>frames refused so far: %n (last: %1)</source>
        <extracomment>Reconnect backoff after a fault (seconds); the last one repeats. How long a camera may send nothing before it is ``offline`` (per camera: ``grace_s``). Refused frames in a row before the camera shows ``bad_frames``, and good ones in a row before it leaves it: a single garbage frame among good ones does not flap the tile. A reconnected camera must deliver this long before the backoff starts again at 1 s, so one that dies right after each reconnect is not retried every second for ever. A source that answers (``read`` returns None in time) but sends nothing is ``offline`` after the grace period and read on; after this long silent it is opened afresh. One whose ``read`` does not return at all is opened afresh as soon as it is offline. How many state changes and backoff waits a loop remembers (for the console and tests). Warm-up lock-out for a real camera kind that does not say its own (``warmup_s``). Every state the loop reports. None of them but ``live`` screens anyone. States in which no frame arrives: the display shows the last frame, dimmed. Frame flags (app.sources.base.FRAME_FLAGS) that mean &quot;show it, never measure it&quot;.</extracomment>
        <translation>
            <numerusform>bisher abgelehntes Bild: %n (zuletzt: %1)</numerusform>
            <numerusform>bisher abgelehnte Bilder: %n (zuletzt: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the camera says its picture is frozen</source>
        <translation>die Kamera meldet ein eingefrorenes Bild</translation>
    </message>
    <message>
        <source>a visible stream: shown, never measured</source>
        <translation>sichtbares Videobild (nicht thermisch): angezeigt, nie gemessen</translation>
    </message>
    <message>
        <source>no frame for %1 s: read() does not return</source>
        <translation>seit %1 s kein Bild: read() kehrt nicht zurück</translation>
    </message>
    <message>
        <source>no frame for %1 s</source>
        <translation>seit %1 s kein Bild</translation>
    </message>
    <message>
        <source>the site asked for a new try</source>
        <translation>neuer Versuch auf Wunsch des Standorts</translation>
    </message>
    <message>
        <source>attempt %1, after %2 s</source>
        <translation>Versuch %1, nach %2 s</translation>
    </message>
    <message>
        <source>set by the guard</source>
        <translation>von der Wache eingestellt</translation>
    </message>
    <message>
        <source>camera warming up: %1 min left</source>
        <translation>Kamera wärmt auf: noch %1 min</translation>
    </message>
    <message>
        <source>%1: not retried until the site acts</source>
        <translation>%1: kein neuer Versuch, bis der Standort eingreift</translation>
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
        <source>site file %1: the file written would not read back the same; nothing changed</source>
        <translation>Standortdatei %1: die geschriebene Datei ließe sich nicht unverändert zurücklesen; nichts geändert</translation>
    </message>
    <message>
        <source>site file %1: cannot be written (%2); nothing changed</source>
        <translation>Standortdatei %1: kann nicht geschrieben werden (%2); nichts geändert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
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
        <source>the camera list (add a camera)</source>
        <translation>die Kameraliste (eine Kamera hinzufügen)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>camera %1 (remove)</source>
        <translation>Kamera %1 (entfernen)</translation>
    </message>
    <message>
        <source>the password of camera %1</source>
        <translation>das Passwort der Kamera %1</translation>
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
    <name>Console</name>
    <message numerus="yes">
        <source>%1/%n cameras live</source>
        <extracomment>counted texts on the status bar (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%1/%n Kamera live</numerusform>
            <numerusform>%1/%n Kameras live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames dropped for display (the wall shows each camera&apos;s latest)</source>
        <translation>
            <numerusform>%n Bild bei der Anzeige übersprungen (die Wand zeigt das neueste jeder Kamera)</numerusform>
            <numerusform>%n Bilder bei der Anzeige übersprungen (die Wand zeigt das neueste jeder Kamera)</numerusform>
        </translation>
    </message>
    <message>
        <source>Canthus — %1</source>
        <extracomment>the site file the Cameras dialog writes back to (None: the demo site, not saved yet) a line of text from the guard, (title, label) -&gt; text or None; tests replace it (who, why) the guard gave to quit with open alarms; None: not asked (yet)</extracomment>
        <translation>Canthus — %1</translation>
    </message>
    <message>
        <source>SCREENING SUSPENDED: no one is being screened</source>
        <translation>SCREENING AUSGESETZT: niemand wird gemessen</translation>
    </message>
    <message>
        <source>Guard: %1</source>
        <translation>Wache: %1</translation>
    </message>
    <message>
        <source>Close ✕</source>
        <extracomment>messages shown at once in the bar (the newest) narrowest it gets, in characters&apos; widths</extracomment>
        <translation>Schließen ✕</translation>
    </message>
    <message>
        <source>Guard: not signed on (Ctrl+G)</source>
        <translation>Wache: nicht angemeldet (Strg+G)</translation>
    </message>
    <message>
        <source>✓ %1 — %2 (by %3)</source>
        <extracomment>the alarm sounds again this often while an open alert is not silenced the guard&apos;s open alarm dialog (one at a time), or None</extracomment>
        <translation>✓ %1 — %2 (von %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Source kinds opened on the GUI thread at start: files and the simulator, which cannot hang. display work per tick stays under this, so the event loop never stalls on it tiles redrawn per tick: the CPU wall colour-maps and scales each changed tile while painting; with 16 cameras on 2 cores, 2 per tick keep the event loop well under 100 ms (the rest are dropped, latest-frame-wins). The GPU wall does that work on the GPU.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) silenced; they stay until a decision</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n Alarm stumm; er bleibt bis zur Entscheidung</numerusform>
            <numerusform>%n Alarme stumm; sie bleiben bis zur Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Focus an entrance first (1-9), then Re-screen, Bypass or Pause</source>
        <translation>Zuerst einen Eingang groß zeigen (1-9), dann Neu messen, Überbrücken oder Pause</translation>
    </message>
    <message>
        <source>Focus an entrance (1-9) for its buttons</source>
        <translation>Eingang wählen (1-9)</translation>
    </message>
    <message>
        <source>Resume camera</source>
        <translation>Kamera fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>Your name (every action is recorded with it):</source>
        <translation>Ihr Name (jede Aktion wird damit protokolliert):</translation>
    </message>
    <message>
        <source>No open alarm</source>
        <translation>Kein offener Alarm</translation>
    </message>
    <message>
        <source>Sign on first: every action is recorded with the guard&apos;s name</source>
        <translation>Zuerst anmelden: jede Aktion wird mit dem Namen der Wache protokolliert</translation>
    </message>
    <message>
        <source>%1: a model cannot be adopted now</source>
        <translation>%1: jetzt kann kein Modell übernommen werden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n alarms still open — no guard has answered them:</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n Alarm noch offen — keine Wache hat geantwortet:</numerusform>
            <numerusform>%n Alarme noch offen — keine Wache hat geantwortet:</numerusform>
        </translation>
    </message>
    <message>
        <source>New model adopted by %1: offset %2 °C (audited)</source>
        <translation>Neues Modell übernommen von %1: Versatz %2 °C (protokolliert)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Limit (oral-equivalent, °C):</source>
        <translation>Grenzwert (oral-äquivalent, °C):</translation>
    </message>
    <message>
        <source>Why? (recorded)</source>
        <translation>Warum? (protokolliert)</translation>
    </message>
    <message>
        <source>Rule (supervisor)</source>
        <translation>Regel (Aufsicht)</translation>
    </message>
    <message>
        <source>How an estimate becomes an alarm, at every entrance:</source>
        <translation>Wann eine Schätzung ein Alarm wird, an jedem Eingang:</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absolut</translation>
    </message>
    <message>
        <source>An alarm when a person&apos;s oral-equivalent estimate reaches the alarm level (limit %1). The same for everyone; the usual choice.</source>
        <translation>Ein Alarm, wenn die oral-äquivalente Schätzung einer Person die Alarmschwelle erreicht (Grenzwert %1). Für alle gleich; die übliche Wahl.</translation>
    </message>
    <message>
        <source>Relative (FLIR EST style)</source>
        <translation>Relativ (wie FLIR EST)</translation>
    </message>
    <message>
        <source>An alarm when a person is warmer than the average of the last ~10 normal people at that entrance by the rule&apos;s offset. It follows the room and the camera; the first people screened after a start set the average.</source>
        <translation>Ein Alarm, wenn eine Person um den Versatz der Regel wärmer ist als der Mittelwert der letzten ~10 normalen Personen an diesem Eingang. Er folgt Raum und Kamera; die ersten Personen nach einem Start bilden den Mittelwert.</translation>
    </message>
    <message>
        <source>Everywhere, and the view</source>
        <translation>Überall, und die Ansicht</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>No PIN was entered: nothing changed (%1)</source>
        <translation>Keine PIN eingegeben: nichts geändert (%1)</translation>
    </message>
    <message>
        <source>Setting “%1” not changed: %2</source>
        <translation>Einstellung „%1“ nicht geändert: %2</translation>
    </message>
    <message>
        <source>Setting “%1” changed by %2 (audited)</source>
        <translation>Einstellung „%1“ geändert von %2 (protokolliert)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Änderung: %1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name (recorded):</source>
        <translation>Name der Aufsicht (protokolliert):</translation>
    </message>
    <message>
        <source>Supervisor PIN:</source>
        <translation>PIN der Aufsicht:</translation>
    </message>
    <message>
        <source>Why is entry allowed? Choose one (1-%1) or type the reason:</source>
        <translation>Warum Zutritt? Eine wählen (1-%1) oder Grund eingeben:</translation>
    </message>
    <message>
        <source>What caused the alarm? Choose one (1-%1) or type the cause:</source>
        <translation>Was hat den Alarm ausgelöst? Eine wählen (1-%1) oder Ursache eingeben:</translation>
    </message>
    <message>
        <source>Type the clinical thermometer&apos;s reading, then Enter:</source>
        <translation>Wert des klinischen Thermometers eingeben, dann Eingabe:</translation>
    </message>
    <message>
        <source>Type the reading in °C (%1-%2), e.g. %3</source>
        <translation>Wert in °C eingeben (%1-%2), z. B. %3</translation>
    </message>
    <message>
        <source>%1 °C is not a body temperature a thermometer gives (%2-%3 °C): check the thermometer and type it again</source>
        <translation>%1 °C ist keine Körpertemperatur (%2-%3 °C): Thermometer prüfen und neu eingeben</translation>
    </message>
    <message>
        <source>%1 is at or over the limit %2: fever confirmed, the door stays closed</source>
        <translation>%1 erreicht oder übersteigt den Grenzwert %2: Fieber bestätigt, die Tür bleibt zu</translation>
    </message>
    <message>
        <source>%1 is under the limit %2: normal, the door opens</source>
        <translation>%1 liegt unter dem Grenzwert %2: normal, die Tür öffnet</translation>
    </message>
    <message>
        <source> (canthus %1)</source>
        <translation> (Augenwinkel %1)</translation>
    </message>
    <message>
        <source>%1 for the alarm at %2</source>
        <translation>%1 für den Alarm von %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Reading (°C):</source>
        <translation>Messwert (°C):</translation>
    </message>
    <message>
        <source>or type it here</source>
        <translation>oder hier eingeben</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Andere:</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(jetzt)</translation>
    </message>
    <message>
        <source>required: recorded in the audit trail</source>
        <translation>Pflicht: wird im Prüfprotokoll gespeichert</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>8 hours</source>
        <extracomment>the retention periods offered, in hours, and their words</extracomment>
        <translation>8 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Retention (supervisor)</source>
        <translation>Aufbewahrung (Aufsicht)</translation>
    </message>
    <message>
        <source>What the event store keeps about the people screened. The purge is automatic and audited; the published report holds counts only, whatever is chosen.</source>
        <translation>Was der Speicher über gemessene Personen aufbewahrt. Das Löschen ist automatisch und protokolliert; der veröffentlichte Bericht enthält nur Zählungen, egal was gewählt wird.</translation>
    </message>
    <message>
        <source>Only counts</source>
        <translation>Nur Zählungen</translation>
    </message>
    <message>
        <source>No temperature, time or image of anyone is kept: decisions are counted per hour; an alarm is kept only until a guard closes it.</source>
        <translation>Von niemandem werden Temperatur, Zeit oder Bild aufbewahrt: Entscheidungen werden pro Stunde gezählt; ein Alarm bleibt nur, bis eine Wache ihn schließt.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alarms, the guards&apos; actions and thermometer readings are kept for the period below (re-calibration uses them); normal results are only counted.</source>
        <translation>Alarme, Aktionen der Wachen und Thermometerwerte werden für den Zeitraum unten aufbewahrt (die Neukalibrierung nutzt sie); normale Ergebnisse werden nur gezählt.</translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <source>Every result (normal ones too) is kept for the period below.</source>
        <translation>Jedes Ergebnis (auch normale) wird für den Zeitraum unten aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Keep the thermal image of each kept result (never with &apos;Only counts&apos;)</source>
        <translation>Wärmebild jedes aufbewahrten Ergebnisses behalten (nie mit „Nur Zählungen“)</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>Aufbewahrt für:</translation>
    </message>
    <message>
        <source>Quit with open alarms?</source>
        <translation>Mit offenen Alarmen beenden?</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>If you quit, they are recorded as left open by you with your reason, and they come back in the alarm list, marked, when the console starts again.</source>
        <translation>Wenn Sie beenden, werden sie als von Ihnen offen gelassen mit Ihrem Grund protokolliert und erscheinen markiert wieder in der Alarmliste, wenn die Konsole neu startet.</translation>
    </message>
    <message>
        <source>your name (recorded)</source>
        <translation>Ihr Name (protokolliert)</translation>
    </message>
    <message>
        <source>required, e.g. end of shift, workstation restart</source>
        <translation>Pflicht, z. B. Schichtende, Neustart des Platzes</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Why quit now?</source>
        <translation>Warum jetzt beenden?</translation>
    </message>
    <message>
        <source>Quit with open alarms</source>
        <translation>Mit offenen Alarmen beenden</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
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
    <name>Pin</name>
    <message numerus="yes">
        <source>too many wrong supervisor PINs (%n in a row): PIN checks are locked for another %1</source>
        <extracomment>Wrong PINs in a row that are free; the next ones lock PIN checks. The first lock-out (after the 5th wrong PIN); each further wrong PIN doubles it, up to LOCKOUT_MAX_S.</extracomment>
        <translation>
            <numerusform>zu viele falsche Supervisor-PINs (%n in Folge): PIN-Prüfung noch %1 gesperrt</numerusform>
            <numerusform>zu viele falsche Supervisor-PINs (%n in Folge): PIN-Prüfung noch %1 gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row): PIN checks are now locked for %1</source>
        <translation>
            <numerusform>falsche Supervisor-PIN (%n in Folge): PIN-Prüfung jetzt für %1 gesperrt</numerusform>
            <numerusform>falsche Supervisor-PIN (%n in Folge): PIN-Prüfung jetzt für %1 gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row; %1 more and PIN checks are locked for %2)</source>
        <translation>
            <numerusform>falsche Supervisor-PIN (%n in Folge; noch %1, dann wird die PIN-Prüfung für %2 gesperrt)</numerusform>
            <numerusform>falsche Supervisor-PIN (%n in Folge; noch %1, dann wird die PIN-Prüfung für %2 gesperrt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PINs in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n falsche PIN in Folge: PIN-Prüfung für %1 gesperrt)</numerusform>
            <numerusform> (%n falsche PINs in Folge: PIN-Prüfung für %1 gesperrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong supervisor PINs: PIN checks are locked for another %1</source>
        <translation>zu viele falsche Supervisor-PINs: PIN-Prüfung noch %1 gesperrt</translation>
    </message>
    <message>
        <source>no event store is open, so the supervisor PIN cannot be checked</source>
        <extracomment>What a check found: the PIN was right, wrong, refused unhashed while locked out, impossible (no PIN set, no store), or the store could not be read or written.</extracomment>
        <translation>kein Ereignisspeicher geöffnet, daher kann die Supervisor-PIN nicht geprüft werden</translation>
    </message>
    <message>
        <source>no supervisor PIN is set: a site administrator sets one with `%1`</source>
        <translation>keine Supervisor-PIN gesetzt: die Standort-Administration setzt sie mit `%1`</translation>
    </message>
    <message>
        <source>the supervisor PIN could not be checked (%1)</source>
        <translation>die Supervisor-PIN konnte nicht geprüft werden (%1)</translation>
    </message>
    <message>
        <source>supervisor PIN accepted</source>
        <translation>Supervisor-PIN akzeptiert</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>%n frames of %1</source>
        <translation>
            <numerusform>%n Bild mit %1</numerusform>
            <numerusform>%n Bilder mit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable pixels</source>
        <translation>
            <numerusform>; %n unlesbares Pixel</numerusform>
            <numerusform>; %n unlesbare Pixel</numerusform>
        </translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>keine Bilder</translation>
    </message>
    <message>
        <source>%1 to %2 °C</source>
        <translation>%1 bis %2 °C</translation>
    </message>
    <message>
        <source>none (a visible stream: shown, never measured)</source>
        <translation>keine (ein Sichtbild-Stream: angezeigt, nie gemessen)</translation>
    </message>
    <message>
        <source>no readable pixel</source>
        <translation>kein lesbares Pixel</translation>
    </message>
    <message>
        <source> at %1 frames/s</source>
        <translation> mit %1 Bildern/s</translation>
    </message>
    <message>
        <source>; temperatures %1; states %2</source>
        <translation>; Temperaturen %1; Zustände %2</translation>
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
        <source>canthus, forehead, room</source>
        <translation>Kanthus, Stirn, Raum</translation>
    </message>
    <message>
        <source>canthus, forehead and room temperature (FDA fit); without a usable forehead: %1</source>
        <translation>Kanthus, Stirn und Raumtemperatur (FDA-Anpassung); ohne verwertbare Stirn: %1</translation>
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
        <extracomment>Every operator action the store knows (app.store.writes.ACTIONS_KNOWN), by code; a test keeps them equal.</extracomment>
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
    <message>
        <source>Acknowledge an alarm</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <source>Bypass a camera</source>
        <translation>Kamera überbrücken</translation>
    </message>
    <message>
        <source>Resume a camera</source>
        <translation>Kamera fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Suspend screening</source>
        <translation>Screening aussetzen</translation>
    </message>
    <message>
        <source>Resume screening</source>
        <translation>Screening fortsetzen</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Ton ausschalten</translation>
    </message>
    <message>
        <source>Unmute the sound</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Console quit with alarms open</source>
        <translation>Konsole mit offenen Alarmen beendet</translation>
    </message>
    <message>
        <source>Alarm closed by the console, unresolved</source>
        <translation>Alarm von der Konsole geschlossen, ungeklärt</translation>
    </message>
    <message>
        <source>Alarm limit (°C)</source>
        <extracomment>The settings a change is logged under (config_changes.key), by key.</extracomment>
        <translation>Alarmgrenzwert (°C)</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
        <source>Oral-equivalent model</source>
        <translation>Oral-äquivalentes Modell</translation>
    </message>
    <message>
        <source>Camera setup</source>
        <translation>Kameraeinrichtung</translation>
    </message>
    <message>
        <source>Camera password</source>
        <translation>Kamerapasswort</translation>
    </message>
    <message>
        <source>Nothing personal</source>
        <extracomment>The retention modes (app.store.retention.MODES), by code.</extracomment>
        <translation>Nichts Personenbezogenes</translation>
    </message>
    <message>
        <source>Alarms only</source>
        <translation>Nur Alarme</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
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
        <source>&lt; %1 s</source>
        <translation>&lt; %1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>From %1 to %2 (counts are kept per hour, so the period is rounded to whole hours).</source>
        <translation>Vom %1 bis %2 (gezählt wird stundenweise, der Zeitraum ist daher auf volle Stunden gerundet).</translation>
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
        <source>Small counts: a count of people at one entrance from 1 to %1 could single someone out, so it is not published; its column is withheld for every entrance (%2), with the columns it could be worked out from. The totals for the whole site above are exact.</source>
        <translation>Kleine Zahlen: Eine Anzahl von 1 bis %1 Personen an einem Eingang könnte auf eine Person schließen lassen und wird daher nicht veröffentlicht; ihre Spalte wird für alle Eingänge zurückgehalten (%2), ebenso die Spalten, aus denen sie sich errechnen ließe. Die Summen für den ganzen Standort oben sind exakt.</translation>
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
        <source>%1: the store&apos;s default retention policy when it was created (not a change): %2.</source>
        <translation>%1: Standard-Aufbewahrungsregel des Datenspeichers bei seiner Anlage (keine Änderung): %2.</translation>
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
    <name>Rule</name>
    <message>
        <source>absolute</source>
        <extracomment>The rule a decision was made by (``Decision.rule``: app.core.rules), by code: the alert card, the history.</extracomment>
        <translation>absolut</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>absolute (seeding baseline)</source>
        <translation>absolut (Basiswert im Aufbau)</translation>
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
    <name>SiteFile</name>
    <message>
        <source>unknown key</source>
        <extracomment>The site-file format this Canthus writes and reads; older files are migrated on load. version -&gt; function turning a version-N site table into version N+1 (none yet: version 1 is the first) Seconds without a frame before a camera is &quot;offline&quot; (DOMAIN.md: report offline after a grace period). A site file is a few dozen lines; anything this big is not one (and would be slow to parse).</extracomment>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>muss größer oder gleich %1 sein</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>muss kleiner oder gleich %1 sein</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>muss eine Zahl sein (dieser Text ist keine)</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>muss eine ganze Zahl sein (dieser Text ist keine)</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>muss eine ganze Zahl sein, ohne Nachkommastellen</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>muss true oder false sein (Wert nicht erkannt)</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n characters</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n characters</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>Input should be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>Input tag &apos;%1&apos; found using %2 does not match any of the expected tags: %3</source>
        <translation>der Wert &apos;%1&apos; von %2 ist keiner der erwarteten Werte: %3</translation>
    </message>
    <message>
        <source>List should have at least %1 item after validation, not %2</source>
        <translation>muss mindestens %1 Eintrag enthalten, nicht %2</translation>
    </message>
    <message>
        <source>has an invisible or control character (U+%1)</source>
        <translation>enthält ein unsichtbares Zeichen oder Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters (spaces at the ends and repeated ones do not count), got %2</source>
        <translation>muss 1 bis %1 Zeichen lang sein (Leerzeichen an den Enden und wiederholte zählen nicht), erhalten: %2</translation>
    </message>
    <message>
        <source>must be &quot;all&quot;, &quot;none&quot; or a list of incident names</source>
        <translation>muss &quot;all&quot;, &quot;none&quot; oder eine Liste von Vorfallnamen sein</translation>
    </message>
    <message>
        <source>unknown incidents %1; known: %2</source>
        <translation>unbekannte Vorfälle %1; bekannt: %2</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>camera.%1.name %2 and camera.%3.name %4 are the same name (names are compared ignoring case, width and repeated spaces)</source>
        <translation>camera.%1.name %2 und camera.%3.name %4 sind derselbe Name (Namen werden ohne Rücksicht auf Groß- und Kleinschreibung, Zeichenbreite und wiederholte Leerzeichen verglichen)</translation>
    </message>
    <message>
        <source>the site name has no letter or digit to name its MQTT topics by: set events.site_id</source>
        <translation>der Standortname hat weder Buchstaben noch Ziffern für die MQTT-Topics: events.site_id setzen</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiterer Fehler</numerusform>
            <numerusform>; und %n weitere Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (camera %2)</source>
        <translation>%1 (Kamera %2)</translation>
    </message>
    <message>
        <source>%1 — it belongs in a [[camera]] table</source>
        <translation>%1 — gehört in eine [[camera]]-Tabelle</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound: MUTED on this workstation</source>
        <extracomment>Linux&apos;s sound devices: ``aplay`` plays to an ALSA playback device (pcmC&lt;card&gt;D&lt;device&gt;p) here</extracomment>
        <translation>Ton: an diesem Platz STUMM</translation>
    </message>
    <message>
        <source>Sound: no alarm sound file (%1 missing): alarms are shown only</source>
        <translation>Ton: Alarmdatei fehlt (%1): Alarme nur angezeigt</translation>
    </message>
    <message>
        <source>Sound: no sound device: alarms are shown only</source>
        <translation>Ton: kein Audiogerät: Alarme nur angezeigt</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Ton: an</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message numerus="yes">
        <source>%n alarms are open: they stay open in the record and come back when the console starts again</source>
        <extracomment>the station&apos;s counted words (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n Alarm ist offen: er bleibt im Protokoll offen und kommt wieder, wenn die Konsole neu startet</numerusform>
            <numerusform>%n Alarme sind offen: sie bleiben im Protokoll offen und kommen wieder, wenn die Konsole neu startet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms from the last session back in the list</source>
        <translation>
            <numerusform>%n offener Alarm der letzten Sitzung wieder in der Liste</numerusform>
            <numerusform>%n offene Alarme der letzten Sitzung wieder in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed as console closed (%1)</source>
        <translation>
            <numerusform>%n beim Schließen der Konsole geschlossen (%1)</numerusform>
            <numerusform>%n beim Schließen der Konsole geschlossen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>limit %1 °C (site file: %2)</source>
        <extracomment>decisions the station keeps for inspection (newest, without head crops); every one goes to the store a reference (blackbody) that stays as it was is still logged this often: the &quot;scheduled&quot; check reference states of a camera, as the engine reports them (index, decision): every decision a camera made (results and non-results), as it came (alert): an elevated decision raised it (alert, text): silenced, escalated, or a press was refused (text says why) (alert, text): a guard&apos;s action closed it (settings: ScreeningSettings, changed keys: list[str]) (index): a camera&apos;s state, last result or screening switch changed (index, off: str | None): a guard bypassed, paused or resumed a camera, or suspended all (name): a guard signed on (&quot;&quot; nobody) (suspended: bool) (muted: bool) (text): something the guard must read (a refused press, a store that fails, a change made) (text): the store recovered; the status line may clear its problem the blackbody&apos;s set point from the site file (None: none configured, or found by search) the site file&apos;s source kind (``site.camera[i].source.kind``: &quot;sim&quot;, &quot;recording&quot;, &quot;file&quot;, &quot;uvc&quot;...): a live tile fed by a recording says &quot;Replay&quot;, by the simulator &quot;Simulated&quot; what the start found open from the last session, in words (&quot;&quot; nothing): see restore_open_alerts</extracomment>
        <translation>Grenzwert %1 °C (Standortdatei: %2)</translation>
    </message>
    <message>
        <source>rule %1 (site file: %2)</source>
        <translation>Regel %1 (Standortdatei: %2)</translation>
    </message>
    <message>
        <source>adopted model, offset %1 °C</source>
        <translation>übernommenes Modell, Versatz %1 °C</translation>
    </message>
    <message>
        <source>Saved settings in use: %1</source>
        <translation>Gespeicherte Einstellungen aktiv: %1</translation>
    </message>
    <message>
        <source>%1 — nothing changed (%2)</source>
        <translation>%1 — nichts geändert (%2)</translation>
    </message>
    <message>
        <source>No event store: supervisor changes are audited, so none can be made here</source>
        <translation>Kein Ereignisspeicher: Änderungen der Aufsicht werden protokolliert, hier ist keine möglich</translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs: changes are locked for another %1</source>
        <translation>Zu viele falsche PINs: Änderungen sind noch %1 gesperrt</translation>
    </message>
    <message>
        <source>Sound silenced; the alert stays until a decision</source>
        <translation>Ton aus; der Alarm bleibt bis zur Entscheidung</translation>
    </message>
    <message>
        <source>%1: no one to re-screen</source>
        <translation>%1: niemand zum Neumessen</translation>
    </message>
    <message>
        <source>%1: measuring subject %2 again</source>
        <translation>%1: Person %2 wird neu gemessen</translation>
    </message>
    <message>
        <source>%1: screening resumed</source>
        <translation>%1: Screening fortgesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>überbrückt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
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
        <extracomment>beside the marks: the limit&apos;s value and caption (plain text when an alarm level under it is marked too: then that level&apos;s value and caption, in the mask colour) the left edge of the scale&apos;s labels (the widest of them, measured): person labels stay left of it A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
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
    <message>
        <source>Camera warming up</source>
        <translation>Kamera wärmt auf</translation>
    </message>
    <message>
        <source>Blackbody not seen</source>
        <translation>Strahler nicht sichtbar</translation>
    </message>
    <message>
        <source>Locked: reference drift</source>
        <translation>Gesperrt: Referenzdrift</translation>
    </message>
    <message>
        <source>Camera fault: impossible image</source>
        <translation>Kamerafehler: Bild unmöglich</translation>
    </message>
    <message>
        <source>Dead pixels: use a thermometer</source>
        <translation>Defekte Pixel: Thermometer</translation>
    </message>
    <message>
        <source>One person at a time</source>
        <translation>Nur eine Person</translation>
    </message>
    <message>
        <source>Step closer</source>
        <translation>Näher kommen</translation>
    </message>
    <message>
        <source>Remove glasses</source>
        <translation>Brille abnehmen</translation>
    </message>
    <message>
        <source>Wait 15 min indoors</source>
        <translation>15 Min. drinnen warten</translation>
    </message>
    <message>
        <source>Stand still, look here</source>
        <translation>Stillstehen, hierher sehen</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Messung…</translation>
    </message>
    <message>
        <source>Connecting to the camera</source>
        <extracomment>Camera states (app.camera_loop.STATES) -&gt; the tile&apos;s word (a TILE_STATES key) and what the guard does.</extracomment>
        <translation>Verbindung zur Kamera</translation>
    </message>
    <message>
        <source>No picture: screen by hand</source>
        <translation>Kein Bild: von Hand messen</translation>
    </message>
    <message>
        <source>Screen by hand; check camera password</source>
        <translation>Von Hand messen; Passwort prüfen</translation>
    </message>
    <message>
        <source>Screen by hand; check the camera&apos;s settings</source>
        <translation>Von Hand messen; Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Camera warming up: screen by hand</source>
        <translation>Kamera wärmt auf: von Hand messen</translation>
    </message>
    <message>
        <source>Camera recalibrating: one moment</source>
        <translation>Kamera kalibriert: einen Moment</translation>
    </message>
    <message>
        <source>Picture frozen: screen by hand</source>
        <translation>Bild eingefroren: von Hand messen</translation>
    </message>
    <message>
        <source>Visible camera: no screening here</source>
        <translation>Normale Kamera: kein Screening</translation>
    </message>
    <message>
        <source>Impossible images: screen by hand, call maintenance</source>
        <translation>Unmögliche Bilder: von Hand messen, Wartung rufen</translation>
    </message>
    <message>
        <source>Dead pixels: screen by hand, call maintenance</source>
        <translation>Defekte Pixel: von Hand messen, Wartung rufen</translation>
    </message>
    <message>
        <source>Blackbody not seen: screen by hand</source>
        <translation>Strahler nicht sichtbar: von Hand messen</translation>
    </message>
    <message>
        <source>Reference drift: screen by hand, call maintenance</source>
        <translation>Referenzdrift: von Hand messen, Wartung rufen</translation>
    </message>
    <message>
        <source>Screening paused</source>
        <translation>Screening pausiert</translation>
    </message>
    <message>
        <source>Camera bypassed: screen by hand</source>
        <translation>Kamera überbrückt: von Hand messen</translation>
    </message>
    <message>
        <source>Screening suspended</source>
        <translation>Screening ausgesetzt</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (noch %2)</translation>
    </message>
    <message>
        <source>ELEVATED %1</source>
        <translation>ERHÖHT %1</translation>
    </message>
    <message>
        <source>Normal %1 (pre-alarm)</source>
        <translation>Normal %1 (Voralarm)</translation>
    </message>
    <message>
        <source>Normal %1</source>
        <translation>Normal %1</translation>
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
