<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;View</source>
        <extracomment>the table&apos;s texts are English sources (context &quot;Actions&quot;), translated where they are shown where an action is shown (besides the F1 help, which lists all) menus in the order the menu bar shows them, with their titles</extracomment>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Guard</source>
        <translation>&amp;Bewaking</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Registers</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Palet</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <extracomment>when an action can be used (the window says which hold now)</extracomment>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Indeling: %1</translation>
    </message>
    <message>
        <source>Iron</source>
        <extracomment>the palettes&apos; names (app.render.palettes.PALETTES), for the menu</extracomment>
        <translation>IJzer</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Regenboog</translation>
    </message>
    <message>
        <source>White Hot</source>
        <translation>Wit heet</translation>
    </message>
    <message>
        <source>Black Hot</source>
        <translation>Zwart heet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grijs</translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation>Palet: %1</translation>
    </message>
    <message>
        <source>Focus entrance %1</source>
        <translation>Ingang %1 groot</translation>
    </message>
    <message>
        <source>Automatic temperature &amp;span</source>
        <translation>Automatisch temperatuur&amp;bereik</translation>
    </message>
    <message>
        <source>Automatic / fixed temperature span</source>
        <translation>Automatisch / vast temperatuurbereik</translation>
    </message>
    <message>
        <source>Back to the &amp;wall</source>
        <translation>Terug naar de &amp;wand</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>Allow entry</source>
        <extracomment>what each alarm action asks, in the guard&apos;s words: (title, question)</extracomment>
        <translation>Toegang toestaan</translation>
    </message>
    <message>
        <source>Allow entry (a reason is required)</source>
        <translation>Toegang toestaan (reden verplicht)</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Toegang weigeren</translation>
    </message>
    <message>
        <source>Secondary check</source>
        <translation>Tweede controle</translation>
    </message>
    <message>
        <source>Secondary check: enter the clinical thermometer reading</source>
        <translation>Tweede controle: voer de waarde van de klinische thermometer in</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Vals alarm</translation>
    </message>
    <message>
        <source>False alarm (with its cause)</source>
        <translation>Vals alarm (met oorzaak)</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>Silence the alarm (it stays until a decision)</source>
        <translation>Alarmgeluid uit (het alarm blijft tot een beslissing)</translation>
    </message>
    <message>
        <source>Previous alarm</source>
        <translation>Vorig alarm</translation>
    </message>
    <message>
        <source>Select the alarm above in the list (newer)</source>
        <translation>Kies het alarm erboven in de lijst (nieuwer)</translation>
    </message>
    <message>
        <source>Next alarm</source>
        <translation>Volgend alarm</translation>
    </message>
    <message>
        <source>Select the alarm below in the list (older)</source>
        <translation>Kies het alarm eronder in de lijst (ouder)</translation>
    </message>
    <message>
        <source>Re-screen</source>
        <translation>Opnieuw meten</translation>
    </message>
    <message>
        <source>Re-screen the focused entrance&apos;s last person</source>
        <translation>De laatste persoon van de grote ingang opnieuw meten</translation>
    </message>
    <message>
        <source>Bypass camera</source>
        <translation>Camera overbruggen</translation>
    </message>
    <message>
        <source>Bypass the focused camera / resume it (red tile until resumed)</source>
        <translation>De grote camera overbruggen / hervatten (rode tegel tot hervat)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause / resume the focused entrance</source>
        <translation>De grote ingang pauzeren / hervatten</translation>
    </message>
    <message>
        <source>Silence all</source>
        <translation>Alles stil</translation>
    </message>
    <message>
        <source>Suspend screening</source>
        <translation>Screening opschorten</translation>
    </message>
    <message>
        <source>Suspend screening everywhere (evacuation) / resume</source>
        <translation>Screening overal opschorten (evacuatie) / hervatten</translation>
    </message>
    <message>
        <source>Mute this workstation</source>
        <translation>Deze post dempen</translation>
    </message>
    <message>
        <source>Mute this workstation / sound on (logged)</source>
        <translation>Deze post dempen / geluid aan (gelogd)</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign on with your name (every action is recorded with it)</source>
        <translation>Aanmelden met uw naam (elke handeling wordt ermee vastgelegd)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistieken…</translation>
    </message>
    <message>
        <source>Re-&amp;calibration…</source>
        <translation>Her&amp;kalibratie…</translation>
    </message>
    <message>
        <source>&amp;Limit… (supervisor)</source>
        <translation>&amp;Grens… (supervisor)</translation>
    </message>
    <message>
        <source>&amp;Rule… (supervisor)</source>
        <translation>&amp;Regel… (supervisor)</translation>
    </message>
    <message>
        <source>R&amp;etention… (supervisor)</source>
        <translation>&amp;Bewaring… (supervisor)</translation>
    </message>
    <message>
        <source>&amp;Cameras… (supervisor)</source>
        <translation>&amp;Camera&apos;s… (supervisor)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit the console (with open alarms: asks who and why, recorded)</source>
        <translation>Console afsluiten (met open alarmen: vraagt wie en waarom, vastgelegd)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Toetsen</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Deze lijst met toetsen</translation>
    </message>
    <message>
        <source>on the focused entrance</source>
        <translation>op de grote ingang</translation>
    </message>
    <message>
        <source>on the selected alarm</source>
        <translation>op het gekozen alarm</translation>
    </message>
    <message>
        <source>needs the event store</source>
        <translation>vereist het gebeurtenisregister</translation>
    </message>
    <message>
        <source>Focus entrance 1-10 (or double-click a tile)</source>
        <translation>Ingang 1-10 groot (of dubbelklik op een tegel)</translation>
    </message>
    <message>
        <source>Choose the alarm above (newer) or below (older) in the list</source>
        <translation>Kies het alarm erboven (nieuwer) of eronder (ouder) in de lijst</translation>
    </message>
    <message>
        <source>in the alarm list</source>
        <translation>in de alarmlijst</translation>
    </message>
</context>
<context>
    <name>Alarm</name>
    <message>
        <source>alarm at %1 so that %2 of people at %3 are caught</source>
        <extracomment>A site file&apos;s source kinds that are not a door: what a live tile says instead of &quot;Live&quot; (a key of app.render.base.SOURCE_WORDS). Every other kind is a real camera.</extracomment>
        <translation>alarm bij %1 zodat %2 van de mensen met %3 gevonden wordt</translation>
    </message>
    <message>
        <source>under the %1 limit, over the %2 alarm level</source>
        <translation>onder de grens van %1, boven het alarmniveau van %2</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message numerus="yes">
        <source>%n open alarms</source>
        <extracomment>counted texts (lupdate reads a plural only from a literal count: declared here, translated with n)</extracomment>
        <translation>
            <numerusform>%n open alarm</numerusform>
            <numerusform>%n open alarmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n geëscaleerd</numerusform>
            <numerusform>%n geëscaleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>no estimate</source>
        <extracomment>the selected alarm&apos;s card: one at a time (the list holds the rest as painted rows) the pane&apos;s width: a share of the window, within these bounds (the wall keeps the rest)</extracomment>
        <translation>geen schatting</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>open sinds %1</translation>
    </message>
    <message>
        <source>from last session</source>
        <translation>vorige sessie</translation>
    </message>
    <message>
        <source>ESCALATED</source>
        <translation>GEËSCALEERD</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>geluid uit</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>no image</source>
        <extracomment>cards built at once: the selected alarm&apos;s (the list paints the others as rows)</extracomment>
        <translation>geen beeld</translation>
    </message>
    <message>
        <source>%1 · alarm %2</source>
        <translation>%1 · alarm %2</translation>
    </message>
    <message>
        <source>Estimate (oral) %1</source>
        <translation>Schatting (oraal) %1</translation>
    </message>
    <message>
        <source>Canthus (skin) %1</source>
        <translation>Ooghoek (huid) %1</translation>
    </message>
    <message>
        <source>Limit %1 °C</source>
        <translation>Grens %1 °C</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>FROM THE LAST SESSION: left open when the console closed; the person may be gone</source>
        <extracomment>what a press did or why it was refused (hidden until there is something to say)</extracomment>
        <translation>VORIGE SESSIE: open gebleven bij het sluiten van de console; de persoon is misschien weg</translation>
    </message>
    <message>
        <source>ESCALATED: no decision for %1</source>
        <translation>GEËSCALEERD: geen beslissing sinds %1</translation>
    </message>
    <message>
        <source>Silenced: the alarm stays until a decision</source>
        <translation>Geluid uit: het alarm blijft tot een beslissing</translation>
    </message>
</context>
<context>
    <name>AlertOutcome</name>
    <message>
        <source>Allowed</source>
        <extracomment>How an alert ended (store codes), context &quot;AlertOutcome&quot;.</extracomment>
        <translation>Toegelaten</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Vals alarm</translation>
    </message>
    <message>
        <source>Re-screened</source>
        <translation>Opnieuw gescreend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Closed by the console, unresolved</source>
        <translation>Gesloten door de console, onopgelost</translation>
    </message>
</context>
<context>
    <name>CameraFields</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Offline after (s)</source>
        <translation>Offline na (s)</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Video backend</source>
        <translation>Video-backend</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Verbindingstime-out (s)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Emissivity</source>
        <translation>Emissiviteit</translation>
    </message>
    <message>
        <source>Share of febrile people</source>
        <translation>Aandeel mensen met koorts</translation>
    </message>
    <message>
        <source>Settling after a shutter calibration (s)</source>
        <translation>Stabilisatie na een sluiterkalibratie (s)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Beelden per seconde</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Hoogte (px)</translation>
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
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Infrared format</source>
        <translation>Infraroodformaat</translation>
    </message>
    <message>
        <source>Play in a loop</source>
        <translation>Herhaald afspelen</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegelen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Opening timeout (s)</source>
        <translation>Time-out bij openen (s)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>People (simulated)</source>
        <translation>Personen (gesimuleerd)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>GenTL producer</source>
        <translation>GenTL-producer</translation>
    </message>
    <message>
        <source>Read timeout (s)</source>
        <translation>Leestime-out (s)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Realtime</translation>
    </message>
    <message>
        <source>Reference source</source>
        <translation>Referentiebron</translation>
    </message>
    <message>
        <source>Rotation (°)</source>
        <translation>Rotatie (°)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwaarde (willekeur)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>TLinear resolution (K)</source>
        <translation>TLinear-resolutie (K)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>TLS-certificaat controleren</translation>
    </message>
    <message>
        <source>Warm-up (s)</source>
        <translation>Opwarmen (s)</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Breedte (px)</translation>
    </message>
</context>
<context>
    <name>CameraLoop</name>
    <message numerus="yes">
        <source>frames refused so far: %n (last: %1)</source>
        <extracomment>Reconnect backoff after a fault (seconds); the last one repeats. How long a camera may send nothing before it is ``offline`` (per camera: ``grace_s``). Refused frames in a row before the camera shows ``bad_frames``, and good ones in a row before it leaves it: a single garbage frame among good ones does not flap the tile. A reconnected camera must deliver this long before the backoff starts again at 1 s, so one that dies right after each reconnect is not retried every second for ever. A source that answers (``read`` returns None in time) but sends nothing is ``offline`` after the grace period and read on; after this long silent it is opened afresh. One whose ``read`` does not return at all is opened afresh as soon as it is offline. How many state changes and backoff waits a loop remembers (for the console and tests). Warm-up lock-out for a real camera kind that does not say its own (``warmup_s``). Every state the loop reports. None of them but ``live`` screens anyone. States in which no frame arrives: the display shows the last frame, dimmed. Frame flags (app.sources.base.FRAME_FLAGS) that mean &quot;show it, never measure it&quot;.</extracomment>
        <translation>
            <numerusform>geweigerd beeld tot nu toe: %n (laatste: %1)</numerusform>
            <numerusform>geweigerde beelden tot nu toe: %n (laatste: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the camera says its picture is frozen</source>
        <translation>de camera meldt dat het beeld bevroren is</translation>
    </message>
    <message>
        <source>a visible stream: shown, never measured</source>
        <translation>gewoon videobeeld (niet thermisch): getoond, nooit gemeten</translation>
    </message>
    <message>
        <source>no frame for %1 s: read() does not return</source>
        <translation>geen beeld sinds %1 s: read() keert niet terug</translation>
    </message>
    <message>
        <source>no frame for %1 s</source>
        <translation>geen beeld sinds %1 s</translation>
    </message>
    <message>
        <source>the site asked for a new try</source>
        <translation>nieuwe poging op verzoek van de site</translation>
    </message>
    <message>
        <source>attempt %1, after %2 s</source>
        <translation>poging %1, na %2 s</translation>
    </message>
    <message>
        <source>set by the guard</source>
        <translation>ingesteld door de bewaker</translation>
    </message>
    <message>
        <source>camera warming up: %1 min left</source>
        <translation>camera warmt op: nog %1 min</translation>
    </message>
    <message>
        <source>%1: not retried until the site acts</source>
        <translation>%1: geen nieuwe poging tot de site ingrijpt</translation>
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
        <translation>Opstarten</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Opwarmen</translation>
    </message>
    <message>
        <source>Flat-field correction</source>
        <translation>Vlakveldcorrectie</translation>
    </message>
    <message>
        <source>Reference not seen</source>
        <translation>Referentie niet zichtbaar</translation>
    </message>
    <message>
        <source>Reference drift (locked)</source>
        <translation>Referentie verschoven (vergrendeld)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Opnieuw verbinden</translation>
    </message>
    <message>
        <source>Password refused (not retried)</source>
        <translation>Wachtwoord geweigerd (niet opnieuw geprobeerd)</translation>
    </message>
    <message>
        <source>Camera setup problem (not retried)</source>
        <translation>Configuratieprobleem (niet opnieuw geprobeerd)</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Beeld bevroren</translation>
    </message>
    <message>
        <source>Not radiometric (no screening)</source>
        <translation>Niet radiometrisch (geen screening)</translation>
    </message>
    <message>
        <source>Impossible images</source>
        <translation>Onmogelijke beelden</translation>
    </message>
    <message>
        <source>Dead pixels</source>
        <translation>Dode pixels</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Overbrugd</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message numerus="yes">
        <source>Testing %1: reading %n frame(s)…</source>
        <extracomment>kind -&gt; its settings model, in the order the kind selector lists them Frames &quot;Test connection&quot; reads, and how long it waits for one Counted texts (see app.translations.QT_TRANSLATE_NOOP for why they sit in a table)</extracomment>
        <translation>
            <numerusform>%1 testen: %n beeld lezen…</numerusform>
            <numerusform>%1 testen: %n beelden lezen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PIN(s) in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n keer na elkaar een foute pincode: pincontrole %1 geblokkeerd)</numerusform>
            <numerusform> (%n keer na elkaar een foute pincode: pincontrole %1 geblokkeerd)</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <extracomment>The State column: a camera loop&apos;s state (app.camera_loop.STATES) in a word or two</extracomment>
        <translation>opstarten</translation>
    </message>
    <message>
        <source>live</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>opnieuw verbinden</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>aanmelding geweigerd</translation>
    </message>
    <message>
        <source>misconfigured</source>
        <translation>verkeerd ingesteld</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>opwarmen</translation>
    </message>
    <message>
        <source>ffc</source>
        <translation>vlakveldcorrectie</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>beeld bevroren</translation>
    </message>
    <message>
        <source>not radiometric</source>
        <translation>niet radiometrisch</translation>
    </message>
    <message>
        <source>bad frames</source>
        <translation>foute beelden</translation>
    </message>
    <message>
        <source>bad pixels</source>
        <translation>dode pixels</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>geen referentie</translation>
    </message>
    <message>
        <source>reference drift</source>
        <translation>referentie verschoven</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>overbrugd</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>opgeschort</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>site file %1: the file written would not read back the same; nothing changed</source>
        <translation>sitebestand %1: het geschreven bestand zou niet ongewijzigd teruggelezen worden; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>site file %1: cannot be written (%2); nothing changed</source>
        <translation>sitebestand %1: kan niet worden geschreven (%2); er is niets gewijzigd</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>standaard %1</translation>
    </message>
    <message>
        <source>%1: %2, optional</source>
        <translation>%1: %2, optioneel</translation>
    </message>
    <message>
        <source>Camera — %1</source>
        <translation>Camera — %1</translation>
    </message>
    <message>
        <source>Add a camera</source>
        <translation>Camera toevoegen</translation>
    </message>
    <message>
        <source>required (1-40 characters)</source>
        <translation>verplicht (1-40 tekens)</translation>
    </message>
    <message>
        <source>default 3 (0.5–60 s without a frame before the tile says offline)</source>
        <translation>standaard 3 (0,5–60 s zonder beeld voordat de tegel offline meldt)</translation>
    </message>
    <message>
        <source>file:PATH, uvc:INDEX or isapi://user@HOST/CHANNEL</source>
        <translation>file:PAD, uvc:INDEX of isapi://gebruiker@HOST/KANAAL</translation>
    </message>
    <message>
        <source>Fill from URI</source>
        <translation>Invullen vanuit URI</translation>
    </message>
    <message>
        <source>Screening settings (limit, rule) are kept; change them from the Settings menu. Passwords: Set password… (OS keyring), never here.</source>
        <translation>De screeningsinstellingen (grens, regel) blijven behouden; wijzig ze via het menu Instellingen. Wachtwoorden: Wachtwoord instellen… (sleutelbos van het systeem), nooit hier.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera&apos;s</translation>
    </message>
    <message>
        <source>Why? (recorded)</source>
        <translation>Waarom? (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>Retry camera</source>
        <translation>Camera opnieuw proberen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Site file: %1</source>
        <translation>Sitebestand: %1</translation>
    </message>
    <message>
        <source>Demo site, not saved yet: saving a change asks where to save the site file</source>
        <translation>Demosite, nog niet opgeslagen: bij opslaan van een wijziging wordt gevraagd waar het sitebestand moet komen</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>No event store: cameras cannot be changed here (changes are audited)</source>
        <translation>Geen gebeurtenisopslag: camera&apos;s kunnen hier niet worden gewijzigd (wijzigingen worden geaudit)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Niets gewijzigd</translation>
    </message>
    <message>
        <source>Not saved: answer the open alerts first (a camera cannot be removed while one is open)</source>
        <translation>Niet opgeslagen: behandel eerst de open meldingen (een camera kan niet worden verwijderd zolang er een open is)</translation>
    </message>
    <message>
        <source>No supervisor PIN is set for this site: cameras cannot be changed here</source>
        <translation>Er is geen supervisor-pincode ingesteld voor deze site: camera&apos;s kunnen hier niet worden gewijzigd</translation>
    </message>
    <message>
        <source>Cameras unchanged: %1</source>
        <translation>Camera&apos;s ongewijzigd: %1</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: cameras unchanged</source>
        <translation>Verkeerde supervisor-pincode: camera&apos;s ongewijzigd</translation>
    </message>
    <message>
        <source>Not saved: the demo site needs a file to be saved to</source>
        <translation>Niet opgeslagen: de demosite heeft een bestand nodig om in op te slaan</translation>
    </message>
    <message>
        <source>%1: add saved to %2 by %3 (audited)</source>
        <translation>%1: toevoeging opgeslagen in %2 door %3 (geaudit)</translation>
    </message>
    <message>
        <source>%1: edit saved to %2 by %3 (audited)</source>
        <translation>%1: wijziging opgeslagen in %2 door %3 (geaudit)</translation>
    </message>
    <message>
        <source>%1: remove saved to %2 by %3 (audited)</source>
        <translation>%1: verwijdering opgeslagen in %2 door %3 (geaudit)</translation>
    </message>
    <message>
        <source>%1: password kept in the OS keyring (not in the site file); Retry camera tries it now if the camera refused the old one</source>
        <translation>%1: wachtwoord bewaard in de sleutelbos van het systeem (niet in het sitebestand); Camera opnieuw proberen probeert het nu als de camera het oude weigerde</translation>
    </message>
    <message>
        <source>No supervisor PIN is set for this site</source>
        <translation>Er is geen supervisor-pincode ingesteld voor deze site</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: nothing changed</source>
        <translation>Verkeerde supervisor-pincode: niets gewijzigd</translation>
    </message>
    <message>
        <source>the camera list (add a camera)</source>
        <translation>de cameralijst (een camera toevoegen)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>camera %1</translation>
    </message>
    <message>
        <source>camera %1 (remove)</source>
        <translation>camera %1 (verwijderen)</translation>
    </message>
    <message>
        <source>the password of camera %1</source>
        <translation>het wachtwoord van camera %1</translation>
    </message>
    <message>
        <source>%1 is %2: only a camera left alone after a fault (a refused password, a setup problem) waits for a retry</source>
        <translation>%1 is in toestand &apos;%2&apos;: alleen een camera die na een fout met rust is gelaten (geweigerd wachtwoord, configuratieprobleem) wacht op een nieuwe poging</translation>
    </message>
    <message>
        <source>%1: trying again</source>
        <translation>%1: nieuwe poging</translation>
    </message>
    <message>
        <source>Password of %1 (kept in the OS keyring):</source>
        <translation>Wachtwoord van %1 (bewaard in de sleutelbos van het systeem):</translation>
    </message>
    <message>
        <source>Camera password</source>
        <translation>Camerawachtwoord</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>Sitebestand opslaan</translation>
    </message>
    <message>
        <source>Site files (*.toml)</source>
        <translation>Sitebestanden (*.toml)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>%1/%n cameras live</source>
        <extracomment>counted texts on the status bar (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%1/%n camera live</numerusform>
            <numerusform>%1/%n camera&apos;s live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n beslissing</numerusform>
            <numerusform>%n beslissingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames dropped for display (the wall shows each camera&apos;s latest)</source>
        <translation>
            <numerusform>%n beeld overgeslagen voor weergave (de wand toont het laatste van elke camera)</numerusform>
            <numerusform>%n beelden overgeslagen voor weergave (de wand toont het laatste van elke camera)</numerusform>
        </translation>
    </message>
    <message>
        <source>Canthus — %1</source>
        <extracomment>the site file the Cameras dialog writes back to (None: the demo site, not saved yet) a line of text from the guard, (title, label) -&gt; text or None; tests replace it (who, why) the guard gave to quit with open alarms; None: not asked (yet)</extracomment>
        <translation>Canthus — %1</translation>
    </message>
    <message>
        <source>SCREENING SUSPENDED: no one is being screened</source>
        <translation>SCREENING OPGESCHORT: niemand wordt gescreend</translation>
    </message>
    <message>
        <source>Guard: %1</source>
        <translation>Bewaker: %1</translation>
    </message>
    <message>
        <source>Close ✕</source>
        <extracomment>messages shown at once in the bar (the newest) narrowest it gets, in characters&apos; widths</extracomment>
        <translation>Sluiten ✕</translation>
    </message>
    <message>
        <source>Guard: not signed on (Ctrl+G)</source>
        <translation>Bewaker: niet aangemeld (Ctrl+G)</translation>
    </message>
    <message>
        <source>✓ %1 — %2 (by %3)</source>
        <extracomment>the alarm sounds again this often while an open alert is not silenced the guard&apos;s open alarm dialog (one at a time), or None</extracomment>
        <translation>✓ %1 — %2 (door %3)</translation>
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
            <numerusform>%n alarm stil; het blijft tot een beslissing</numerusform>
            <numerusform>%n alarmen stil; ze blijven tot een beslissing</numerusform>
        </translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Focus an entrance first (1-9), then Re-screen, Bypass or Pause</source>
        <translation>Maak eerst een ingang groot (1-9), dan Opnieuw meten, Overbruggen of Pauze</translation>
    </message>
    <message>
        <source>Focus an entrance (1-9) for its buttons</source>
        <translation>Kies een ingang (1-9)</translation>
    </message>
    <message>
        <source>Resume camera</source>
        <translation>Camera hervatten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <source>Your name (every action is recorded with it):</source>
        <translation>Uw naam (elke handeling wordt ermee vastgelegd):</translation>
    </message>
    <message>
        <source>No open alarm</source>
        <translation>Geen open alarm</translation>
    </message>
    <message>
        <source>Sign on first: every action is recorded with the guard&apos;s name</source>
        <translation>Meld u eerst aan: elke handeling wordt vastgelegd met de naam van de bewaker</translation>
    </message>
    <message>
        <source>%1: a model cannot be adopted now</source>
        <translation>%1: er kan nu geen model worden aangenomen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n alarms still open — no guard has answered them:</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarm nog open — geen bewaker heeft erop gereageerd:</numerusform>
            <numerusform>%n alarmen nog open — geen bewaker heeft erop gereageerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>New model adopted by %1: offset %2 °C (audited)</source>
        <translation>Nieuw model aangenomen door %1: verschuiving %2 °C (geaudit)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grens</translation>
    </message>
    <message>
        <source>Limit (oral-equivalent, °C):</source>
        <translation>Grens (oraal equivalent, °C):</translation>
    </message>
    <message>
        <source>Why? (recorded)</source>
        <translation>Waarom? (vastgelegd)</translation>
    </message>
    <message>
        <source>Rule (supervisor)</source>
        <translation>Regel (supervisor)</translation>
    </message>
    <message>
        <source>How an estimate becomes an alarm, at every entrance:</source>
        <translation>Wanneer een schatting een alarm wordt, bij elke ingang:</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absoluut</translation>
    </message>
    <message>
        <source>An alarm when a person&apos;s oral-equivalent estimate reaches the alarm level (limit %1). The same for everyone; the usual choice.</source>
        <translation>Een alarm wanneer de oraal-equivalente schatting van een persoon het alarmniveau bereikt (grens %1). Voor iedereen gelijk; de gebruikelijke keuze.</translation>
    </message>
    <message>
        <source>Relative (FLIR EST style)</source>
        <translation>Relatief (zoals FLIR EST)</translation>
    </message>
    <message>
        <source>An alarm when a person is warmer than the average of the last ~10 normal people at that entrance by the rule&apos;s offset. It follows the room and the camera; the first people screened after a start set the average.</source>
        <translation>Een alarm wanneer een persoon warmer is dan het gemiddelde van de laatste ~10 normale personen bij die ingang, met de afwijking van de regel. Het volgt de ruimte en de camera; de eerste personen na een start bepalen het gemiddelde.</translation>
    </message>
    <message>
        <source>Everywhere, and the view</source>
        <translation>Overal, en het beeld</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>grens</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>bewaring</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>No PIN was entered: nothing changed (%1)</source>
        <translation>Geen pincode ingevoerd: niets gewijzigd (%1)</translation>
    </message>
    <message>
        <source>Setting “%1” not changed: %2</source>
        <translation>Instelling ‘%1’ niet gewijzigd: %2</translation>
    </message>
    <message>
        <source>Setting “%1” changed by %2 (audited)</source>
        <translation>Instelling ‘%1’ gewijzigd door %2 (geaudit)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Wijziging: %1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name (recorded):</source>
        <translation>Naam van de supervisor (vastgelegd):</translation>
    </message>
    <message>
        <source>Supervisor PIN:</source>
        <translation>Pincode van de supervisor:</translation>
    </message>
    <message>
        <source>Why is entry allowed? Choose one (1-%1) or type the reason:</source>
        <translation>Waarom toegang? Kies er één (1-%1) of typ de reden:</translation>
    </message>
    <message>
        <source>What caused the alarm? Choose one (1-%1) or type the cause:</source>
        <translation>Wat veroorzaakte het alarm? Kies er één (1-%1) of typ de oorzaak:</translation>
    </message>
    <message>
        <source>Type the clinical thermometer&apos;s reading, then Enter:</source>
        <translation>Typ de waarde van de klinische thermometer, dan Enter:</translation>
    </message>
    <message>
        <source>Type the reading in °C (%1-%2), e.g. %3</source>
        <translation>Typ de waarde in °C (%1-%2), bv. %3</translation>
    </message>
    <message>
        <source>%1 °C is not a body temperature a thermometer gives (%2-%3 °C): check the thermometer and type it again</source>
        <translation>%1 °C is geen lichaamstemperatuur (%2-%3 °C): controleer de thermometer en typ opnieuw</translation>
    </message>
    <message>
        <source>%1 is at or over the limit %2: fever confirmed, the door stays closed</source>
        <translation>%1 is gelijk aan of boven de grens %2: koorts bevestigd, de deur blijft dicht</translation>
    </message>
    <message>
        <source>%1 is under the limit %2: normal, the door opens</source>
        <translation>%1 is onder de grens %2: normaal, de deur gaat open</translation>
    </message>
    <message>
        <source> (canthus %1)</source>
        <translation> (ooghoek %1)</translation>
    </message>
    <message>
        <source>%1 for the alarm at %2</source>
        <translation>%1 voor het alarm van %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bv. %1</translation>
    </message>
    <message>
        <source>Reading (°C):</source>
        <translation>Waarde (°C):</translation>
    </message>
    <message>
        <source>or type it here</source>
        <translation>of typ het hier</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Anders:</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(nu)</translation>
    </message>
    <message>
        <source>required: recorded in the audit trail</source>
        <translation>verplicht: vastgelegd in het auditlogboek</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>8 hours</source>
        <extracomment>the retention periods offered, in hours, and their words</extracomment>
        <translation>8 uur</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 uur</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 dagen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>Retention (supervisor)</source>
        <translation>Bewaring (supervisor)</translation>
    </message>
    <message>
        <source>What the event store keeps about the people screened. The purge is automatic and audited; the published report holds counts only, whatever is chosen.</source>
        <translation>Wat het register bewaart over de gescreende personen. Het wissen is automatisch en geaudit; het gepubliceerde rapport bevat alleen tellingen, wat ook gekozen wordt.</translation>
    </message>
    <message>
        <source>Only counts</source>
        <translation>Alleen tellingen</translation>
    </message>
    <message>
        <source>No temperature, time or image of anyone is kept: decisions are counted per hour; an alarm is kept only until a guard closes it.</source>
        <translation>Van niemand wordt een temperatuur, tijd of beeld bewaard: beslissingen worden per uur geteld; een alarm wordt alleen bewaard tot een bewaker het sluit.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmen</translation>
    </message>
    <message>
        <source>Alarms, the guards&apos; actions and thermometer readings are kept for the period below (re-calibration uses them); normal results are only counted.</source>
        <translation>Alarmen, handelingen van bewakers en thermometerwaarden worden bewaard voor de periode hieronder (herkalibratie gebruikt ze); normale resultaten worden alleen geteld.</translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation>Elke beslissing</translation>
    </message>
    <message>
        <source>Every result (normal ones too) is kept for the period below.</source>
        <translation>Elk resultaat (ook normale) wordt bewaard voor de periode hieronder.</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>Keep the thermal image of each kept result (never with &apos;Only counts&apos;)</source>
        <translation>Het warmtebeeld van elk bewaard resultaat bewaren (nooit met &apos;Alleen tellingen&apos;)</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>Bewaard voor:</translation>
    </message>
    <message>
        <source>Quit with open alarms?</source>
        <translation>Afsluiten met open alarmen?</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>If you quit, they are recorded as left open by you with your reason, and they come back in the alarm list, marked, when the console starts again.</source>
        <translation>Als u afsluit, worden ze vastgelegd als door u open gelaten met uw reden, en ze komen gemarkeerd terug in de alarmlijst wanneer de console weer start.</translation>
    </message>
    <message>
        <source>your name (recorded)</source>
        <translation>uw naam (vastgelegd)</translation>
    </message>
    <message>
        <source>required, e.g. end of shift, workstation restart</source>
        <translation>verplicht, bv. einde dienst, herstart van de post</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Why quit now?</source>
        <translation>Waarom nu afsluiten?</translation>
    </message>
    <message>
        <source>Quit with open alarms</source>
        <translation>Afsluiten met open alarmen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
</context>
<context>
    <name>FalseAlarmCause</name>
    <message>
        <source>Hot drink or food</source>
        <extracomment>app.core.vocabulary.FALSE_ALARM_CAUSES, by code.</extracomment>
        <translation>Warme drank of warm eten</translation>
    </message>
    <message>
        <source>Sun-heated skin</source>
        <translation>Door de zon verwarmde huid</translation>
    </message>
    <message>
        <source>Exertion (ran, cycled)</source>
        <translation>Inspanning (gerend, gefietst)</translation>
    </message>
    <message>
        <source>Hot object near the face</source>
        <translation>Warm voorwerp bij het gezicht</translation>
    </message>
    <message>
        <source>Two people in view</source>
        <translation>Twee personen in beeld</translation>
    </message>
    <message>
        <source>Camera fault</source>
        <translation>Camerastoring</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Reason / instruction</source>
        <translation>Reden / instructie</translation>
    </message>
    <message>
        <source>Canthus °C</source>
        <translation>Canthus °C</translation>
    </message>
    <message>
        <source>Estimate °C</source>
        <translation>Schatting °C</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Genomen acties</translation>
    </message>
    <message>
        <source>All results</source>
        <extracomment>(key, text) of the result filter; &quot;alerts&quot; keeps the decisions that raised one, whatever their verdict.</extracomment>
        <translation>Alle uitslagen</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Verhoogd</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Retry (no result)</source>
        <translation>Opnieuw (geen uitslag)</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Alleen meldingen</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <extracomment>Counted texts (declared here so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n beslissing</numerusform>
            <numerusform>%n beslissingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elevated</source>
        <translation>
            <numerusform>%n verhoogd</numerusform>
            <numerusform>%n verhoogd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decisions to %1. The file holds personal data: keep it as the site&apos;s data-protection rules require.</source>
        <translation>
            <numerusform>%n beslissing geëxporteerd naar %1. Het bestand bevat persoonsgegevens: bewaar het volgens de privacyregels van de site.</numerusform>
            <numerusform>%n beslissingen geëxporteerd naar %1. Het bestand bevat persoonsgegevens: bewaar het volgens de privacyregels van de site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>Screeningsgeschiedenis</translation>
    </message>
    <message>
        <source>Re&amp;sult</source>
        <translation>&amp;Uitslag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload from the event store (F5)</source>
        <translation>Opnieuw laden uit de gebeurtenissenopslag (F5)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>Write the rows shown (same filters) to a CSV file for the DPO (Ctrl+E). It holds personal data.</source>
        <translation>De getoonde rijen (zelfde filters) naar een CSV-bestand voor de FG schrijven (Ctrl+E). Het bevat persoonsgegevens.</translation>
    </message>
    <message>
        <source>Select a row to see the decision, its alert and every action on it in full.</source>
        <translation>Selecteer een rij om de beslissing, de melding en alle acties erop volledig te zien.</translation>
    </message>
    <message>
        <source>Canthus %1 °C  ·  estimate %2 °C  ·  limit %3 °C  ·  baseline %4 °C</source>
        <translation>Canthus %1 °C  ·  schatting %2 °C  ·  grens %3 °C  ·  basislijn %4 °C</translation>
    </message>
    <message>
        <source>readings not kept (retention policy)</source>
        <translation>metingen niet bewaard (bewaarbeleid)</translation>
    </message>
    <message>
        <source>Alert %1  ·  raised %2</source>
        <translation>Melding %1  ·  gegeven %2</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>gesloten %1 (%2)</translation>
    </message>
    <message>
        <source>No action recorded on this decision.</source>
        <translation>Geen actie vastgelegd bij deze beslissing.</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>De geschiedenis als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Clinical thermometer reading normal</source>
        <extracomment>app.core.vocabulary.OVERRIDE_REASONS, by code.</extracomment>
        <translation>Klinische thermometer: normale waarde</translation>
    </message>
    <message>
        <source>Hot drink or food just before screening</source>
        <translation>Warme drank of warm eten vlak voor de screening</translation>
    </message>
    <message>
        <source>Sun, heat or exercise just before screening</source>
        <translation>Zon, hitte of inspanning vlak voor de screening</translation>
    </message>
    <message>
        <source>Known non-infectious condition</source>
        <translation>Bekende niet-besmettelijke aandoening</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Beslissing van de supervisor</translation>
    </message>
    <message>
        <source>Camera fault suspected</source>
        <translation>Vermoedelijke camerastoring</translation>
    </message>
    <message>
        <source>Other or free-text reason</source>
        <translation>Andere reden of vrije tekst</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>too many wrong supervisor PINs (%n in a row): PIN checks are locked for another %1</source>
        <extracomment>Wrong PINs in a row that are free; the next ones lock PIN checks. The first lock-out (after the 5th wrong PIN); each further wrong PIN doubles it, up to LOCKOUT_MAX_S.</extracomment>
        <translation>
            <numerusform>te veel foute supervisor-pincodes (%n keer na elkaar): pincontrole nog %1 geblokkeerd</numerusform>
            <numerusform>te veel foute supervisor-pincodes (%n keer na elkaar): pincontrole nog %1 geblokkeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row): PIN checks are now locked for %1</source>
        <translation>
            <numerusform>foute supervisor-pincode (%n keer na elkaar): pincontrole nu %1 geblokkeerd</numerusform>
            <numerusform>foute supervisor-pincode (%n keer na elkaar): pincontrole nu %1 geblokkeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row; %1 more and PIN checks are locked for %2)</source>
        <translation>
            <numerusform>foute supervisor-pincode (%n keer na elkaar; nog %1 en de pincontrole wordt %2 geblokkeerd)</numerusform>
            <numerusform>foute supervisor-pincode (%n keer na elkaar; nog %1 en de pincontrole wordt %2 geblokkeerd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PINs in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n keer na elkaar een foute pincode: pincontrole %1 geblokkeerd)</numerusform>
            <numerusform> (%n keer na elkaar een foute pincode: pincontrole %1 geblokkeerd)</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong supervisor PINs: PIN checks are locked for another %1</source>
        <translation>te veel foute supervisor-pincodes: pincontrole nog %1 geblokkeerd</translation>
    </message>
    <message>
        <source>no event store is open, so the supervisor PIN cannot be checked</source>
        <extracomment>What a check found: the PIN was right, wrong, refused unhashed while locked out, impossible (no PIN set, no store), or the store could not be read or written.</extracomment>
        <translation>er is geen gebeurtenisregister open, dus de supervisor-pincode kan niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>no supervisor PIN is set: a site administrator sets one with `%1`</source>
        <translation>er is geen supervisor-pincode ingesteld: een sitebeheerder stelt er een in met `%1`</translation>
    </message>
    <message>
        <source>the supervisor PIN could not be checked (%1)</source>
        <translation>de supervisor-pincode kon niet worden gecontroleerd (%1)</translation>
    </message>
    <message>
        <source>supervisor PIN accepted</source>
        <translation>supervisor-pincode aanvaard</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>%n frames of %1</source>
        <translation>
            <numerusform>%n beeld van %1</numerusform>
            <numerusform>%n beelden van %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable pixels</source>
        <translation>
            <numerusform>; %n onleesbare pixel</numerusform>
            <numerusform>; %n onleesbare pixels</numerusform>
        </translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>geen beelden</translation>
    </message>
    <message>
        <source>%1 to %2 °C</source>
        <translation>%1 tot %2 °C</translation>
    </message>
    <message>
        <source>none (a visible stream: shown, never measured)</source>
        <translation>geen (een zichtbaar-lichtbeeld: getoond, nooit gemeten)</translation>
    </message>
    <message>
        <source>no readable pixel</source>
        <translation>geen leesbare pixel</translation>
    </message>
    <message>
        <source> at %1 frames/s</source>
        <translation> met %1 beelden/s</translation>
    </message>
    <message>
        <source>; temperatures %1; states %2</source>
        <translation>; temperaturen %1; toestanden %2</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Camera warming up: check with a clinical thermometer</source>
        <extracomment>The languages the console and the report speak; English is the source language. app.core.engine.REASONS (the instruction of a non-result), by code; a test keeps them equal.</extracomment>
        <translation>Camera warmt op: controleer met een klinische thermometer</translation>
    </message>
    <message>
        <source>Reference blackbody not seen or its temperature not set: check with a thermometer</source>
        <translation>Referentie-zwartlichaam niet zichtbaar of temperatuur niet ingesteld: controleer met een thermometer</translation>
    </message>
    <message>
        <source>Camera drifted from its reference: screening locked, call maintenance</source>
        <translation>Camera wijkt af van de referentie: screening vergrendeld, bel het onderhoud</translation>
    </message>
    <message>
        <source>Camera sends impossible images: check with a clinical thermometer, call maintenance</source>
        <translation>Camera stuurt onmogelijke beelden: controleer met een klinische thermometer, bel het onderhoud</translation>
    </message>
    <message>
        <source>Camera has dead pixels where the face is: check with a clinical thermometer, call maintenance</source>
        <translation>Dode pixels op de plek van het gezicht: controleer met een klinische thermometer, bel het onderhoud</translation>
    </message>
    <message>
        <source>One person at a time, please</source>
        <translation>Eén persoon tegelijk, alstublieft</translation>
    </message>
    <message>
        <source>Step closer to the camera</source>
        <translation>Kom dichter bij de camera</translation>
    </message>
    <message>
        <source>Remove glasses, please</source>
        <translation>Zet uw bril af, alstublieft</translation>
    </message>
    <message>
        <source>Just in from the cold: wait 15 min indoors, then screen again</source>
        <translation>Net binnen uit de kou: wacht 15 min binnen en screen dan opnieuw</translation>
    </message>
    <message>
        <source>Stand still and look at the camera</source>
        <translation>Sta stil en kijk naar de camera</translation>
    </message>
</context>
<context>
    <name>Recalibration</name>
    <message>
        <source>Pairs come from secondary checks, and those mostly follow alarms: people the camera passed are rarely checked, so missed fevers hardly appear here and the sensitivity shown is optimistic. Checking some people who passed, too, makes the pairs representative.</source>
        <extracomment>Below these, a fitted margin means little: adoption stays disabled.</extracomment>
        <translation>De paren komen uit tweede controles, en die volgen meestal op alarmen: mensen die de camera doorliet worden zelden gecontroleerd, dus gemiste koorts komt hier nauwelijks voor en de getoonde gevoeligheid is optimistisch. Ook enkele doorgelaten mensen controleren maakt de paren representatief.</translation>
    </message>
    <message numerus="yes">
        <source>Too few pairs to fit a model: %n pairs (%1 needed), %2 at or over %3 (%4 needed) and %5 under it (%6 needed). Adoption is disabled until more secondary checks are recorded.</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>Te weinig paren om een model te passen: %n paar (%1 nodig), %2 op of boven %3 (%4 nodig) en %5 eronder (%6 nodig). Overnemen blijft uitgeschakeld tot er meer tweede controles zijn vastgelegd.</numerusform>
            <numerusform>Te weinig paren om een model te passen: %n paren (%1 nodig), %2 op of boven %3 (%4 nodig) en %5 eronder (%6 nodig). Overnemen blijft uitgeschakeld tot er meer tweede controles zijn vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>limit %1 · %n pairs · target sensitivity %2</source>
        <translation>
            <numerusform>grens %1 · %n paar · beoogde gevoeligheid %2</numerusform>
            <numerusform>grens %1 · %n paren · beoogde gevoeligheid %2</numerusform>
        </translation>
    </message>
    <message>
        <source>canthus, forehead, room</source>
        <translation>canthus, voorhoofd, ruimte</translation>
    </message>
    <message>
        <source>canthus, forehead and room temperature (FDA fit); without a usable forehead: %1</source>
        <translation>canthus, voorhoofd en omgevingstemperatuur (FDA-fit); zonder bruikbaar voorhoofd: %1</translation>
    </message>
    <message>
        <source>canthus</source>
        <translation>canthus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Canthus °C</source>
        <translation>Canthus °C</translation>
    </message>
    <message>
        <source>Estimate °C</source>
        <translation>Schatting °C</translation>
    </message>
    <message>
        <source>Thermometer °C</source>
        <translation>Thermometer °C</translation>
    </message>
    <message>
        <source>At or over the limit (%1): a positive</source>
        <translation>Op of boven de grens (%1): een positieve</translation>
    </message>
    <message>
        <source>Re-calibration from secondary checks</source>
        <translation>Herkalibratie uit tweede controles</translation>
    </message>
    <message>
        <source>Canthus against thermometer</source>
        <extracomment>the console&apos;s one supervisor flow (name and PIN asked first, the store&apos;s check): when given, adoption goes through it and is recorded under the name it returns</extracomment>
        <translation>Canthus tegenover thermometer</translation>
    </message>
    <message>
        <source>thermometer °C</source>
        <translation>thermometer °C</translation>
    </message>
    <message>
        <source>canthus (camera) °C</source>
        <translation>canthus (camera) °C</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload the pairs and fit again (F5)</source>
        <translation>Paren opnieuw laden en opnieuw passen (F5)</translation>
    </message>
    <message>
        <source>&amp;Adopt fitted model…</source>
        <translation>Gepast model &amp;overnemen…</translation>
    </message>
    <message>
        <source>Put the fitted model in use (supervisor PIN; audited)</source>
        <translation>Het gepaste model in gebruik nemen (supervisor-pincode; vastgelegd)</translation>
    </message>
    <message>
        <source>Oral estimate</source>
        <translation>Orale schatting</translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation>Alarmgrens</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <source>Thermometer at or over the limit</source>
        <translation>Thermometer op of boven de grens</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Specificiteit</translation>
    </message>
    <message>
        <source>Estimate − thermometer</source>
        <translation>Schatting − thermometer</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Huidig model</translation>
    </message>
    <message>
        <source>Fitted on these pairs</source>
        <translation>Gepast op deze paren</translation>
    </message>
    <message>
        <source>Fitted, cross-validated (range over repeats)</source>
        <translation>Gepast, kruisgevalideerd (bereik over herhalingen)</translation>
    </message>
    <message>
        <source>%1  (margin %2)</source>
        <translation>%1  (marge %2)</translation>
    </message>
    <message>
        <source>%1-fold × %2 repeats</source>
        <translation>%1-voudig × %2 herhalingen</translation>
    </message>
    <message>
        <source>margin %1 + %2</source>
        <translation>marge %1 + %2</translation>
    </message>
    <message>
        <source>No model could be fitted: %1</source>
        <translation>Er kon geen model worden gepast: %1</translation>
    </message>
    <message>
        <source>Current model: %1</source>
        <translation>Huidig model: %1</translation>
    </message>
    <message>
        <source>no provenance recorded.</source>
        <translation>geen herkomst vastgelegd.</translation>
    </message>
    <message>
        <source>Pairs from %1 to %2.</source>
        <translation>Paren van %1 tot %2.</translation>
    </message>
    <message>
        <source>No secondary check with a thermometer reading is stored yet.</source>
        <translation>Nog geen tweede controle met thermometerwaarde opgeslagen.</translation>
    </message>
    <message>
        <source>The fitted model is the model in use: nothing to adopt.</source>
        <translation>Het gepaste model is het model in gebruik: niets over te nemen.</translation>
    </message>
    <message>
        <source>about the same people will be alarmed</source>
        <translation>ongeveer dezelfde mensen krijgen een alarm</translation>
    </message>
    <message>
        <source>more people will be alarmed</source>
        <translation>meer mensen krijgen een alarm</translation>
    </message>
    <message>
        <source>fewer people will be alarmed</source>
        <translation>minder mensen krijgen een alarm</translation>
    </message>
    <message>
        <source>Adopting moves the alarm level by %1 °C and the canthus reading that raises an alarm by %2 °C, to %3: %4.</source>
        <translation>Overnemen verschuift de alarmgrens met %1 °C en de canthusmeting die een alarm geeft met %2 °C, naar %3: %4.</translation>
    </message>
    <message>
        <source>No pairs yet</source>
        <translation>Nog geen paren</translation>
    </message>
    <message>
        <source>thermometer under the limit</source>
        <translation>thermometer onder de grens</translation>
    </message>
    <message>
        <source>at or over the limit</source>
        <translation>op of boven de grens</translation>
    </message>
    <message>
        <source>current: %1</source>
        <translation>huidig: %1</translation>
    </message>
    <message>
        <source>fitted: %1</source>
        <translation>gepast: %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>grens %1</translation>
    </message>
    <message>
        <source>Supervisor PIN:</source>
        <translation>Supervisor-pincode:</translation>
    </message>
    <message>
        <source>Adopt the fitted model (%1, alarm at %2)?

%3</source>
        <translation>Het gepaste model overnemen (%1, alarm bij %2)?

%3</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor-pincode</translation>
    </message>
    <message>
        <source>There is no fitted model to adopt.</source>
        <translation>Er is geen gepast model om over te nemen.</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>Niet overgenomen: %1</translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs: adoption is locked for another %1.</source>
        <translation>Te veel verkeerde supervisor-pincodes: overnemen is nog %1 geblokkeerd.</translation>
    </message>
    <message>
        <source>Not adopted: sign on first, the change is recorded with a name.</source>
        <translation>Niet overgenomen: meld u eerst aan, de wijziging wordt met een naam vastgelegd.</translation>
    </message>
    <message>
        <source>Not adopted: no PIN was entered.</source>
        <translation>Niet overgenomen: geen pincode ingevoerd.</translation>
    </message>
    <message>
        <source>Not adopted: %1.</source>
        <translation>Niet overgenomen: %1.</translation>
    </message>
    <message>
        <source>Not adopted: the PIN could not be checked (%1).</source>
        <translation>Niet overgenomen: de pincode kon niet worden gecontroleerd (%1).</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: the model was not changed.</source>
        <translation>Verkeerde supervisor-pincode: het model is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: adoption is locked for %1.</source>
        <translation>Te veel verkeerde pincodes: overnemen is %1 geblokkeerd.</translation>
    </message>
    <message>
        <source>Adopted by %1: %2, alarm at %3. The change is in the audit trail.</source>
        <translation>Overgenomen door %1: %2, alarm bij %3. De wijziging staat in het auditlogboek.</translation>
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
        <translation>gekozen in de instellingen</translation>
    </message>
    <message>
        <source>OpenGL unavailable (%1)</source>
        <translation>OpenGL niet beschikbaar (%1)</translation>
    </message>
    <message>
        <source>GL renderer is software (%1)</source>
        <translation>GL-renderer is software (%1)</translation>
    </message>
    <message>
        <source>software GL renderer, GPU wall forced in the settings</source>
        <translation>software-GL-renderer, GPU-wand afgedwongen in de instellingen</translation>
    </message>
    <message>
        <source>GPU wall failed to start on %1 (%2)</source>
        <translation>GPU-wand kon niet starten op %1 (%2)</translation>
    </message>
    <message>
        <source>GL renderer not yet known (no frame drawn)</source>
        <translation>GL-renderer nog onbekend (nog geen beeld getekend)</translation>
    </message>
    <message>
        <source>GPU (vispy) on %1</source>
        <translation>GPU (vispy) op %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Allowed in by the guard</source>
        <translation>Binnengelaten door de bewaker</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>Toegang geweigerd</translation>
    </message>
    <message>
        <source>Marked false alarm</source>
        <translation>Gemarkeerd als vals alarm</translation>
    </message>
    <message>
        <source>Screened again</source>
        <translation>Opnieuw gescreend</translation>
    </message>
    <message>
        <source>Expired without action</source>
        <translation>Verlopen zonder actie</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Closed by the console, unresolved</source>
        <translation>Gesloten door de console, onopgelost</translation>
    </message>
    <message>
        <source>Fever confirmed by clinical thermometer</source>
        <translation>Koorts bevestigd met klinische thermometer</translation>
    </message>
    <message>
        <source>Fever not confirmed by clinical thermometer</source>
        <translation>Koorts niet bevestigd met klinische thermometer</translation>
    </message>
    <message>
        <source>Check without a thermometer reading</source>
        <translation>Controle zonder thermometerwaarde</translation>
    </message>
    <message>
        <source>Allow entry</source>
        <extracomment>Every operator action the store knows (app.store.writes.ACTIONS_KNOWN), by code; a test keeps them equal.</extracomment>
        <translation>Toegang toestaan</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Toegang weigeren</translation>
    </message>
    <message>
        <source>Secondary check</source>
        <translation>Tweede controle</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Vals alarm</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>Acknowledge an alarm</source>
        <translation>Alarm bevestigen</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Opnieuw meten</translation>
    </message>
    <message>
        <source>Bypass a camera</source>
        <translation>Camera overslaan</translation>
    </message>
    <message>
        <source>Resume a camera</source>
        <translation>Camera hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Suspend screening</source>
        <translation>Screening opschorten</translation>
    </message>
    <message>
        <source>Resume screening</source>
        <translation>Screening hervatten</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Geluid dempen</translation>
    </message>
    <message>
        <source>Unmute the sound</source>
        <translation>Geluid aanzetten</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Console quit with alarms open</source>
        <translation>Console afgesloten met open alarmen</translation>
    </message>
    <message>
        <source>Alarm closed by the console, unresolved</source>
        <translation>Alarm gesloten door de console, onopgelost</translation>
    </message>
    <message>
        <source>Alarm limit (°C)</source>
        <extracomment>The settings a change is logged under (config_changes.key), by key.</extracomment>
        <translation>Alarmgrens (°C)</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Beslisregel</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Bewaarbeleid</translation>
    </message>
    <message>
        <source>Oral-equivalent model</source>
        <translation>Oraal-equivalent model</translation>
    </message>
    <message>
        <source>Camera setup</source>
        <translation>Camera-instellingen</translation>
    </message>
    <message>
        <source>Camera password</source>
        <translation>Camerawachtwoord</translation>
    </message>
    <message>
        <source>Nothing personal</source>
        <extracomment>The retention modes (app.store.retention.MODES), by code.</extracomment>
        <translation>Niets persoonlijks</translation>
    </message>
    <message>
        <source>Alarms only</source>
        <translation>Alleen alarmen</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle beslissingen</translation>
    </message>
    <message numerus="yes">
        <source>Expired data is deleted automatically; %n purge(s) ran in the period, each recorded in the audit trail.</source>
        <translation>
            <numerusform>Verlopen gegevens worden automatisch verwijderd; in deze periode is %n keer opgeschoond, vastgelegd in het auditlogboek.</numerusform>
            <numerusform>Verlopen gegevens worden automatisch verwijderd; in deze periode is %n keer opgeschoond, telkens vastgelegd in het auditlogboek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact (%n records)</source>
        <translation>
            <numerusform>intact (%n record)</numerusform>
            <numerusform>intact (%n records)</numerusform>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>store nothing personal: aggregate counts only</source>
        <translation>niets persoonlijks bewaren: alleen geaggregeerde tellingen</translation>
    </message>
    <message>
        <source>store elevated decisions (alarms) and the actions on them for %1 h, with thermal snapshots; aggregate counts kept</source>
        <translation>verhoogde uitslagen (alarmen) en de acties erop %1 u bewaren, met thermische beelden; geaggregeerde tellingen blijven bewaard</translation>
    </message>
    <message>
        <source>store elevated decisions (alarms) and the actions on them for %1 h, no images; aggregate counts kept</source>
        <translation>verhoogde uitslagen (alarmen) en de acties erop %1 u bewaren, zonder beelden; geaggregeerde tellingen blijven bewaard</translation>
    </message>
    <message>
        <source>store every decision for %1 h, with thermal snapshots; aggregate counts kept</source>
        <translation>elke uitslag %1 u bewaren, met thermische beelden; geaggregeerde tellingen blijven bewaard</translation>
    </message>
    <message>
        <source>store every decision for %1 h, no images; aggregate counts kept</source>
        <translation>elke uitslag %1 u bewaren, zonder beelden; geaggregeerde tellingen blijven bewaard</translation>
    </message>
    <message>
        <source>Fever screening report</source>
        <extracomment>Logged when the console closes: the time after it is not observed (neither screening nor down: nobody was running the entrance).</extracomment>
        <translation>Rapport koortsscreening</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3 to %4 UTC; counts are kept per hour, so the period is rounded to whole hours).</source>
        <translation>Van %1 tot %2 (%3 tot %4 UTC; tellingen worden per uur bijgehouden, dus de periode is afgerond op hele uren).</translation>
    </message>
    <message>
        <source>From %1 to %2 (counts are kept per hour, so the period is rounded to whole hours).</source>
        <translation>Van %1 tot %2 (tellingen worden per uur bijgehouden, dus de periode is afgerond op hele uren).</translation>
    </message>
    <message>
        <source>People screened</source>
        <translation>Gescreende personen</translation>
    </message>
    <message>
        <source>With a result</source>
        <translation>Met een uitslag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Elevated (alarm: secondary check)</source>
        <translation>Verhoogd (alarm: tweede controle)</translation>
    </message>
    <message>
        <source>Pre-alarm (near the alarm level)</source>
        <translation>Vooralarm (dicht bij de alarmgrens)</translation>
    </message>
    <message>
        <source>No result (asked to retry or checked by hand)</source>
        <translation>Geen uitslag (opnieuw gevraagd of met de hand gecontroleerd)</translation>
    </message>
    <message>
        <source>Share with a result</source>
        <translation>Aandeel met een uitslag</translation>
    </message>
    <message>
        <source>No result, by reason</source>
        <translation>Geen uitslag, per reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Alerts and secondary checks</source>
        <translation>Meldingen en tweede controles</translation>
    </message>
    <message>
        <source>An alarm never decides entry: it starts a secondary check by a guard with a clinical thermometer (GDPR Art. 22; FDA labelling).</source>
        <translation>Een alarm beslist nooit over toegang: het start een tweede controle door een bewaker met een klinische thermometer (AVG art. 22; FDA-etikettering).</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Meldingen gegeven</translation>
    </message>
    <message>
        <source>Alerts escalated</source>
        <translation>Meldingen geëscaleerd</translation>
    </message>
    <message>
        <source>Unresolved alerts (no guard&apos;s decision)</source>
        <translation>Onopgeloste meldingen (geen beslissing van een bewaker)</translation>
    </message>
    <message>
        <source>of which still open at the end of the period</source>
        <translation>waarvan nog open aan het einde van de periode</translation>
    </message>
    <message>
        <source>of which closed by the console: left open, no one could act on them</source>
        <translation>waarvan gesloten door de console: bleven open, niemand kon erop reageren</translation>
    </message>
    <message>
        <source>How alerts ended</source>
        <translation>Afloop van de meldingen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Secondary checks</source>
        <translation>Tweede controles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Entry allowed despite an alarm (overrides), by reason</source>
        <translation>Toegang ondanks een alarm (uitzonderingen), per reden</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Geen reden opgegeven</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Operator actions, by type</source>
        <translation>Handelingen van operators, per soort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Per camera</source>
        <translation>Per camera</translation>
    </message>
    <message>
        <source>no state log</source>
        <translation>geen toestandslogboek</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Gescreend</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Uitslagen</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Verhoogd</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Geen uitslag</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Uitvaltijd</translation>
    </message>
    <message>
        <source>Screening availability</source>
        <translation>Beschikbaarheid screening</translation>
    </message>
    <message>
        <source>No camera activity.</source>
        <translation>Geen camera-activiteit.</translation>
    </message>
    <message>
        <source>Small counts: a count of people at one entrance from 1 to %1 could single someone out, so it is not published; its column is withheld for every entrance (%2), with the columns it could be worked out from. The totals for the whole site above are exact.</source>
        <translation>Kleine aantallen: een aantal personen van 1 tot %1 bij één ingang kan iemand herkenbaar maken en wordt daarom niet gepubliceerd; die kolom wordt voor elke ingang weggelaten (%2), met de kolommen waaruit het af te leiden is. De totalen voor de hele locatie hierboven zijn exact.</translation>
    </message>
    <message>
        <source>Downtime by state</source>
        <translation>Uitvaltijd per toestand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Calibration and reference checks</source>
        <translation>Kalibratie en referentiecontroles</translation>
    </message>
    <message>
        <source>Reference checks passed</source>
        <translation>Referentiecontroles geslaagd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>No reference (blackbody) checks were logged.</source>
        <translation>Er zijn geen referentiecontroles (zwartlichaam) vastgelegd.</translation>
    </message>
    <message>
        <source>Thermometer/camera pairs collected for re-calibration</source>
        <translation>Paren thermometer/camera verzameld voor herkalibratie</translation>
    </message>
    <message>
        <source>Settings changes</source>
        <translation>Gewijzigde instellingen</translation>
    </message>
    <message>
        <source>changed (see the audit trail)</source>
        <translation>gewijzigd (zie het auditlogboek)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>%1: the store&apos;s default retention policy when it was created (not a change): %2.</source>
        <translation>%1: het standaard bewaarbeleid van de opslag bij het aanmaken (geen wijziging): %2.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Retention policy in force: %1: %2.</source>
        <translation>Geldend bewaarbeleid: %1: %2.</translation>
    </message>
    <message>
        <source>This report holds aggregate counts only: no identities or per-person numbers, no temperatures or times of individual people, no images, no operator names and no free-text notes.</source>
        <translation>Dit rapport bevat alleen geaggregeerde tellingen: geen identiteiten of gegevens per persoon, geen temperaturen of tijdstippen van individuele personen, geen beelden, geen namen van operators en geen vrije notities.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>MISLUKT: %1</translation>
    </message>
    <message>
        <source>Audit chain %1.</source>
        <translation>Auditketen %1.</translation>
    </message>
    <message>
        <source>Head record %1, hash %2. Keep this line: %3 later proves that no record up to here was rewritten.</source>
        <translation>Laatste record %1, hash %2. Bewaar deze regel: %3 bewijst later dat geen record tot hier is herschreven.</translation>
    </message>
    <message>
        <source>Canthus %1, report generated %2.</source>
        <translation>Canthus %1, rapport gemaakt op %2.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>At or over the alarm level: an alert for the guards</source>
        <extracomment>What each result means, for a table cell&apos;s tooltip, context &quot;Review&quot;.</extracomment>
        <translation>Op of boven de alarmgrens: een melding voor de bewakers</translation>
    </message>
    <message>
        <source>A normal result close to the alarm level (pre-alarm)</source>
        <translation>Een normale uitslag dicht bij de alarmgrens (vooralarm)</translation>
    </message>
    <message>
        <source>Under the alarm level</source>
        <translation>Onder de alarmgrens</translation>
    </message>
    <message>
        <source>No result: the person was asked to do something and screen again</source>
        <translation>Geen uitslag: de persoon kreeg een instructie en moet opnieuw gescreend worden</translation>
    </message>
    <message>
        <source>Override: no reason</source>
        <translation>Uitzondering: geen reden</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Uitzondering: %1</translation>
    </message>
    <message>
        <source>Thermometer %1</source>
        <translation>Thermometer %1</translation>
    </message>
    <message>
        <source>Thermometer, no reading</source>
        <translation>Thermometer, geen waarde</translation>
    </message>
    <message>
        <source>ELEVATED</source>
        <translation>VERHOOGD</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Pre-alarm</source>
        <translation>Vooralarm</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Measured, absolute rule</source>
        <translation>Gemeten, absolute regel</translation>
    </message>
    <message>
        <source>Measured, relative rule</source>
        <translation>Gemeten, relatieve regel</translation>
    </message>
    <message>
        <source>Measured, %1 rule</source>
        <translation>Gemeten, regel %1</translation>
    </message>
    <message>
        <source>%1, alarm at ≥ %2</source>
        <translation>%1, alarm bij ≥ %2</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>fever confirmed</source>
        <translation>koorts bevestigd</translation>
    </message>
    <message>
        <source>thermometer normal</source>
        <translation>thermometer normaal</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>geëscaleerd</translation>
    </message>
    <message>
        <source>closed after %1</source>
        <translation>gesloten na %1</translation>
    </message>
    <message>
        <source>Retention: nothing personal is kept</source>
        <translation>Bewaring: niets persoonlijks bewaard</translation>
    </message>
    <message>
        <source>Retention: every decision, %1 h</source>
        <translation>Bewaring: elke beslissing, %1 u</translation>
    </message>
    <message>
        <source>Retention: elevated decisions only, %1 h</source>
        <translation>Bewaring: alleen verhoogde uitslagen, %1 u</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>one colour per entrance in plots (no red: red means the limit and alarms) (key, text) of the periods every review window offers (texts in context &quot;Review&quot;).</extracomment>
        <translation>Afgelopen uur</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Afgelopen 24 u</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>v&amp;an</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>All entrances</source>
        <translation>Alle ingangen</translation>
    </message>
    <message>
        <source>Canthus — %1</source>
        <translation>Canthus — %1</translation>
    </message>
    <message>
        <source>&amp;Entrance</source>
        <translation>&amp;Ingang</translation>
    </message>
    <message>
        <source>%1 · %2 · updated %3</source>
        <translation>%1 · %2 · bijgewerkt %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dit venster sluiten (Esc)</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <source>Allowed entry</source>
        <extracomment>What a cell shows where there is no value (not measured, or not kept by the retention policy). The store&apos;s time format: fixed-width UTC ISO text. The guards&apos; and the console&apos;s actions (store codes), translated by code in context &quot;ReviewAction&quot;.</extracomment>
        <translation>Toegang verleend</translation>
    </message>
    <message>
        <source>Denied entry</source>
        <translation>Toegang geweigerd</translation>
    </message>
    <message>
        <source>Thermometer check</source>
        <translation>Thermometercontrole</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Vals alarm</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Re-screen</source>
        <translation>Opnieuw screenen</translation>
    </message>
    <message>
        <source>Bypassed camera</source>
        <translation>Camera overgeslagen</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Resumed screening</source>
        <translation>Screening hervat</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Gedempt</translation>
    </message>
    <message>
        <source>Unmuted</source>
        <translation>Geluid aan</translation>
    </message>
    <message>
        <source>Closed by the console (unresolved)</source>
        <translation>Gesloten door de console (onopgelost)</translation>
    </message>
    <message>
        <source>Console quit with alarms open</source>
        <translation>Console afgesloten met open alarmen</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>absolute</source>
        <extracomment>The rule a decision was made by (``Decision.rule``: app.core.rules), by code: the alert card, the history.</extracomment>
        <translation>absoluut</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relatief</translation>
    </message>
    <message>
        <source>absolute (seeding baseline)</source>
        <translation>absoluut (basislijn in opbouw)</translation>
    </message>
</context>
<context>
    <name>ShortFalseAlarmCause</name>
    <message>
        <source>hot drink or food</source>
        <extracomment>... and the causes of a false alarm.</extracomment>
        <translation>warme drank of eten</translation>
    </message>
    <message>
        <source>sun heated skin</source>
        <translation>door zon verwarmde huid</translation>
    </message>
    <message>
        <source>exertion</source>
        <translation>inspanning</translation>
    </message>
    <message>
        <source>hot object</source>
        <translation>warm voorwerp</translation>
    </message>
    <message>
        <source>two people</source>
        <translation>twee personen</translation>
    </message>
    <message>
        <source>camera fault</source>
        <translation>camerafout</translation>
    </message>
</context>
<context>
    <name>ShortOverrideReason</name>
    <message>
        <source>thermometer normal</source>
        <extracomment>A guard&apos;s reason in a few words (the code&apos;s own words in English), by code: the override reasons...</extracomment>
        <translation>thermometer normaal</translation>
    </message>
    <message>
        <source>hot drink or food</source>
        <translation>warme drank of eten</translation>
    </message>
    <message>
        <source>heat or sun</source>
        <translation>warmte of zon</translation>
    </message>
    <message>
        <source>known condition</source>
        <translation>bekende aandoening</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>camera fault</source>
        <translation>camerafout</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
</context>
<context>
    <name>SiteFile</name>
    <message>
        <source>unknown key</source>
        <extracomment>The site-file format this Canthus writes and reads; older files are migrated on load. version -&gt; function turning a version-N site table into version N+1 (none yet: version 1 is the first) Seconds without a frame before a camera is &quot;offline&quot; (DOMAIN.md: report offline after a grace period). A site file is a few dozen lines; anything this big is not one (and would be slow to parse).</extracomment>
        <translation>onbekende sleutel</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>verplicht veld</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>moet groter dan of gelijk aan %1 zijn</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>moet groter dan %1 zijn</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>moet kleiner dan of gelijk aan %1 zijn</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>moet kleiner dan %1 zijn</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>moet een getal zijn (deze tekst is geen getal)</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>moet een geheel getal zijn (deze tekst is geen geheel getal)</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>moet een geheel getal zijn, zonder decimalen</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>moet true of false zijn (waarde niet herkend)</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n characters</source>
        <translation>
            <numerusform>moet minstens %n teken lang zijn</numerusform>
            <numerusform>moet minstens %n tekens lang zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n characters</source>
        <translation>
            <numerusform>mag hoogstens %n teken lang zijn</numerusform>
            <numerusform>mag hoogstens %n tekens lang zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>Input should be %1</source>
        <translation>moet %1 zijn</translation>
    </message>
    <message>
        <source>Input tag &apos;%1&apos; found using %2 does not match any of the expected tags: %3</source>
        <translation>de waarde &apos;%1&apos; van %2 is geen van de verwachte waarden: %3</translation>
    </message>
    <message>
        <source>List should have at least %1 item after validation, not %2</source>
        <translation>moet minstens %1 element bevatten, niet %2</translation>
    </message>
    <message>
        <source>has an invisible or control character (U+%1)</source>
        <translation>bevat een onzichtbaar teken of stuurteken (U+%1)</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters (spaces at the ends and repeated ones do not count), got %2</source>
        <translation>moet 1 tot %1 tekens lang zijn (spaties aan de uiteinden en herhaalde spaties tellen niet), gekregen: %2</translation>
    </message>
    <message>
        <source>must be &quot;all&quot;, &quot;none&quot; or a list of incident names</source>
        <translation>moet &quot;all&quot;, &quot;none&quot; of een lijst met incidentnamen zijn</translation>
    </message>
    <message>
        <source>unknown incidents %1; known: %2</source>
        <translation>onbekende incidenten %1; bekend: %2</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>bevat een NUL-teken</translation>
    </message>
    <message>
        <source>camera.%1.name %2 and camera.%3.name %4 are the same name (names are compared ignoring case, width and repeated spaces)</source>
        <translation>camera.%1.name %2 en camera.%3.name %4 zijn dezelfde naam (namen worden vergeleken zonder op hoofdletters, tekenbreedte en herhaalde spaties te letten)</translation>
    </message>
    <message>
        <source>the site name has no letter or digit to name its MQTT topics by: set events.site_id</source>
        <translation>de sitenaam heeft geen letter of cijfer om de MQTT-topics naar te noemen: stel events.site_id in</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; en nog %n probleem</numerusform>
            <numerusform>; en nog %n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (camera %2)</source>
        <translation>%1 (camera %2)</translation>
    </message>
    <message>
        <source>%1 — it belongs in a [[camera]] table</source>
        <translation>%1 — hoort in een [[camera]]-tabel</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, gekregen: %2</translation>
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
        <translation>Geluid: UIT op deze werkplek</translation>
    </message>
    <message>
        <source>Sound: no alarm sound file (%1 missing): alarms are shown only</source>
        <translation>Geluid: alarmbestand ontbreekt (%1): alarmen alleen op scherm</translation>
    </message>
    <message>
        <source>Sound: no sound device: alarms are shown only</source>
        <translation>Geluid: geen geluidsapparaat: alarmen alleen op scherm</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Geluid: aan</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message numerus="yes">
        <source>%n alarms are open: they stay open in the record and come back when the console starts again</source>
        <extracomment>the station&apos;s counted words (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarm is open: het blijft open in het register en komt terug wanneer de console weer start</numerusform>
            <numerusform>%n alarmen zijn open: ze blijven open in het register en komen terug wanneer de console weer start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms from the last session back in the list</source>
        <translation>
            <numerusform>%n open alarm van de vorige sessie terug in de lijst</numerusform>
            <numerusform>%n open alarmen van de vorige sessie terug in de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed as console closed (%1)</source>
        <translation>
            <numerusform>%n gesloten bij het sluiten van de console (%1)</numerusform>
            <numerusform>%n gesloten bij het sluiten van de console (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>limit %1 °C (site file: %2)</source>
        <extracomment>decisions the station keeps for inspection (newest, without head crops); every one goes to the store a reference (blackbody) that stays as it was is still logged this often: the &quot;scheduled&quot; check reference states of a camera, as the engine reports them (index, decision): every decision a camera made (results and non-results), as it came (alert): an elevated decision raised it (alert, text): silenced, escalated, or a press was refused (text says why) (alert, text): a guard&apos;s action closed it (settings: ScreeningSettings, changed keys: list[str]) (index): a camera&apos;s state, last result or screening switch changed (index, off: str | None): a guard bypassed, paused or resumed a camera, or suspended all (name): a guard signed on (&quot;&quot; nobody) (suspended: bool) (muted: bool) (text): something the guard must read (a refused press, a store that fails, a change made) (text): the store recovered; the status line may clear its problem the blackbody&apos;s set point from the site file (None: none configured, or found by search) the site file&apos;s source kind (``site.camera[i].source.kind``: &quot;sim&quot;, &quot;recording&quot;, &quot;file&quot;, &quot;uvc&quot;...): a live tile fed by a recording says &quot;Replay&quot;, by the simulator &quot;Simulated&quot; what the start found open from the last session, in words (&quot;&quot; nothing): see restore_open_alerts</extracomment>
        <translation>grens %1 °C (sitebestand: %2)</translation>
    </message>
    <message>
        <source>rule %1 (site file: %2)</source>
        <translation>regel %1 (sitebestand: %2)</translation>
    </message>
    <message>
        <source>adopted model, offset %1 °C</source>
        <translation>aangenomen model, verschuiving %1 °C</translation>
    </message>
    <message>
        <source>Saved settings in use: %1</source>
        <translation>Opgeslagen instellingen in gebruik: %1</translation>
    </message>
    <message>
        <source>%1 — nothing changed (%2)</source>
        <translation>%1 — niets gewijzigd (%2)</translation>
    </message>
    <message>
        <source>No event store: supervisor changes are audited, so none can be made here</source>
        <translation>Geen gebeurtenisregister: wijzigingen van de supervisor worden geaudit, dus hier kan er geen</translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs: changes are locked for another %1</source>
        <translation>Te veel foute pincodes: wijzigingen zijn nog %1 vergrendeld</translation>
    </message>
    <message>
        <source>Sound silenced; the alert stays until a decision</source>
        <translation>Geluid uit; het alarm blijft tot een beslissing</translation>
    </message>
    <message>
        <source>%1: no one to re-screen</source>
        <translation>%1: niemand om opnieuw te meten</translation>
    </message>
    <message>
        <source>%1: measuring subject %2 again</source>
        <translation>%1: persoon %2 wordt opnieuw gemeten</translation>
    </message>
    <message>
        <source>%1: screening resumed</source>
        <translation>%1: screening hervat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>overbrugd</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Screened</source>
        <extracomment>(key, caption, tooltip) of the summary cards, texts in context &quot;Statistics&quot;.</extracomment>
        <translation>Gescreend</translation>
    </message>
    <message>
        <source>People who stood in front of a camera (every decision, result or not).</source>
        <translation>Mensen die voor een camera stonden (elke beslissing, met of zonder uitslag).</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Verhoogd</translation>
    </message>
    <message>
        <source>Results at or over the alarm level.</source>
        <translation>Uitslagen op of boven de alarmgrens.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Herhalingen</translation>
    </message>
    <message>
        <source>Non-results: the person was asked to do something and screen again.</source>
        <translation>Geen uitslag: de persoon kreeg een instructie en moet opnieuw gescreend worden.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Alerts raised for the guards.</source>
        <translation>Meldingen gegeven aan de bewakers.</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Valse alarmen</translation>
    </message>
    <message>
        <source>Alerts a guard closed as a false alarm.</source>
        <translation>Meldingen die een bewaker als vals alarm sloot.</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <source>Entry allowed despite an alert.</source>
        <translation>Toegang verleend ondanks een melding.</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n uitslag</numerusform>
            <numerusform>%n uitslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n geëscaleerd</numerusform>
            <numerusform>%n geëscaleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fever confirmed</source>
        <translation>
            <numerusform>%n keer koorts bevestigd</numerusform>
            <numerusform>%n keer koorts bevestigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people screened</source>
        <translation>
            <numerusform>%n persoon gescreend</numerusform>
            <numerusform>%n personen gescreend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored results in the histogram</source>
        <translation>
            <numerusform>%n opgeslagen uitslag in het histogram</numerusform>
            <numerusform>%n opgeslagen uitslagen in het histogram</numerusform>
        </translation>
    </message>
    <message>
        <source>Relative rule not in use</source>
        <translation>Relatieve regel niet in gebruik</translation>
    </message>
    <message>
        <source>Screening statistics</source>
        <translation>Screeningsstatistieken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reload from the event store (F5)</source>
        <translation>Opnieuw laden uit de gebeurtenissenopslag (F5)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>Oral-equivalent estimate</source>
        <translation>Oraal-equivalente schatting</translation>
    </message>
    <message>
        <source>People screened per hour</source>
        <translation>Gescreende personen per uur</translation>
    </message>
    <message>
        <source>Alert rate per hour</source>
        <translation>Meldingspercentage per uur</translation>
    </message>
    <message>
        <source>% of people screened</source>
        <translation>% van de gescreende personen</translation>
    </message>
    <message>
        <source>Overrides and actions</source>
        <translation>Uitzonderingen en acties</translation>
    </message>
    <message>
        <source>Overrides (amber): entry allowed despite an alert, by reason code.
Actions (blue): the guards&apos; button presses, by type.

Reason codes:
%1</source>
        <translation>Uitzonderingen (oranje): toegang ondanks een melding, per redencode.
Acties (blauw): knoppen die de bewakers indrukten, per soort.

Redencodes:
%1</translation>
    </message>
    <message>
        <source>Relative rule baseline</source>
        <translation>Basislijn van de relatieve regel</translation>
    </message>
    <message>
        <source>canthus °C</source>
        <translation>canthus °C</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>grens %1</translation>
    </message>
    <message>
        <source>alarm level</source>
        <translation>alarmgrens</translation>
    </message>
    <message>
        <source>Counts are kept per hour, so the period is rounded to whole hours.</source>
        <translation>Tellingen worden per uur bijgehouden, dus de periode wordt afgerond op hele uren.</translation>
    </message>
    <message>
        <source>Retention &apos;none&apos;: no temperatures are stored, so the histogram and baseline stay empty.</source>
        <translation>Bewaring &apos;geen&apos;: er worden geen temperaturen opgeslagen, dus histogram en basislijn blijven leeg.</translation>
    </message>
    <message>
        <source>Retention &apos;alarms&apos;: only elevated results are stored, so the histogram shows those alone.</source>
        <translation>Bewaring &apos;alarmen&apos;: alleen verhoogde uitslagen worden opgeslagen, dus het histogram toont alleen die.</translation>
    </message>
    <message>
        <source>Temperatures from the %1 h of decisions the retention policy keeps.</source>
        <translation>Temperaturen uit de %1 u aan beslissingen die het bewaarbeleid bewaart.</translation>
    </message>
    <message>
        <source>%1 of alerts</source>
        <translation>%1 van de meldingen</translation>
    </message>
    <message>
        <source>%1 of results</source>
        <translation>%1 van de uitslagen</translation>
    </message>
    <message>
        <source>%1 of screened</source>
        <translation>%1 van de gescreenden</translation>
    </message>
    <message>
        <source>most: %1</source>
        <translation>meest: %1</translation>
    </message>
    <message>
        <source>No stored temperatures in this period</source>
        <translation>Geen opgeslagen temperaturen in deze periode</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarm %1</translation>
    </message>
    <message>
        <source>Nobody screened in this period</source>
        <translation>Niemand gescreend in deze periode</translation>
    </message>
    <message>
        <source>No alert rate: nobody screened</source>
        <translation>Geen meldingspercentage: niemand gescreend</translation>
    </message>
    <message>
        <source>People screened per hour (%1 in all)</source>
        <translation>Gescreende personen per uur (%1 in totaal)</translation>
    </message>
    <message>
        <source>Alert rate per hour (%1 overall)</source>
        <translation>Meldingspercentage per uur (%1 in totaal)</translation>
    </message>
    <message>
        <source>No operator actions in this period</source>
        <translation>Geen acties van bedieners in deze periode</translation>
    </message>
    <message>
        <source>times</source>
        <translation>keer</translation>
    </message>
    <message>
        <source>Relative rule not in use: the absolute rule decided; baseline tracked only</source>
        <translation>Relatieve regel niet in gebruik: de absolute regel besliste; basislijn alleen gevolgd</translation>
    </message>
    <message>
        <source>Relative rule baseline (rule not in use)</source>
        <translation>Basislijn relatieve regel (niet actief)</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>beside the marks: the limit&apos;s value and caption (plain text when an alarm level under it is marked too: then that level&apos;s value and caption, in the mask colour) the left edge of the scale&apos;s labels (the widest of them, measured): person labels stay left of it A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>off scale</source>
        <translation>buiten schaal</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>grens</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Geen beeld</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <source>Camera warming up</source>
        <translation>Camera warmt op</translation>
    </message>
    <message>
        <source>Blackbody not seen</source>
        <translation>Zwartlichaam niet gezien</translation>
    </message>
    <message>
        <source>Locked: reference drift</source>
        <translation>Vergrendeld: ref. drift</translation>
    </message>
    <message>
        <source>Camera fault: impossible image</source>
        <translation>Camerafout: onmogelijk beeld</translation>
    </message>
    <message>
        <source>Dead pixels: use a thermometer</source>
        <translation>Dode pixels: thermometer</translation>
    </message>
    <message>
        <source>One person at a time</source>
        <translation>Eén persoon tegelijk</translation>
    </message>
    <message>
        <source>Step closer</source>
        <translation>Kom dichterbij</translation>
    </message>
    <message>
        <source>Remove glasses</source>
        <translation>Bril af</translation>
    </message>
    <message>
        <source>Wait 15 min indoors</source>
        <translation>Wacht 15 min binnen</translation>
    </message>
    <message>
        <source>Stand still, look here</source>
        <translation>Sta stil, kijk hier</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Meten…</translation>
    </message>
    <message>
        <source>Connecting to the camera</source>
        <extracomment>Camera states (app.camera_loop.STATES) -&gt; the tile&apos;s word (a TILE_STATES key) and what the guard does.</extracomment>
        <translation>Verbinden met de camera</translation>
    </message>
    <message>
        <source>No picture: screen by hand</source>
        <translation>Geen beeld: handmatig meten</translation>
    </message>
    <message>
        <source>Screen by hand; check camera password</source>
        <translation>Handmatig meten; controleer wachtwoord</translation>
    </message>
    <message>
        <source>Screen by hand; check the camera&apos;s settings</source>
        <translation>Handmatig meten; controleer instellingen</translation>
    </message>
    <message>
        <source>Camera warming up: screen by hand</source>
        <translation>Camera warmt op: handmatig meten</translation>
    </message>
    <message>
        <source>Camera recalibrating: one moment</source>
        <translation>Camera kalibreert: even geduld</translation>
    </message>
    <message>
        <source>Picture frozen: screen by hand</source>
        <translation>Beeld bevroren: handmatig meten</translation>
    </message>
    <message>
        <source>Visible camera: no screening here</source>
        <translation>Gewone camera: geen screening</translation>
    </message>
    <message>
        <source>Impossible images: screen by hand, call maintenance</source>
        <translation>Onmogelijke beelden: handmatig meten, bel onderhoud</translation>
    </message>
    <message>
        <source>Dead pixels: screen by hand, call maintenance</source>
        <translation>Dode pixels: handmatig meten, bel onderhoud</translation>
    </message>
    <message>
        <source>Blackbody not seen: screen by hand</source>
        <translation>Zwartlichaam niet gezien: handmatig meten</translation>
    </message>
    <message>
        <source>Reference drift: screen by hand, call maintenance</source>
        <translation>Referentie verschoven: handmatig meten, bel onderhoud</translation>
    </message>
    <message>
        <source>Screening paused</source>
        <translation>Screening gepauzeerd</translation>
    </message>
    <message>
        <source>Camera bypassed: screen by hand</source>
        <translation>Camera overbrugd: handmatig meten</translation>
    </message>
    <message>
        <source>Screening suspended</source>
        <translation>Screening opgeschort</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (nog %2)</translation>
    </message>
    <message>
        <source>ELEVATED %1</source>
        <translation>VERHOOGD %1</translation>
    </message>
    <message>
        <source>Normal %1 (pre-alarm)</source>
        <translation>Normaal %1 (voralarm)</translation>
    </message>
    <message>
        <source>Normal %1</source>
        <translation>Normaal %1</translation>
    </message>
</context>
<context>
    <name>TileState</name>
    <message>
        <source>Starting</source>
        <translation>Opstarten</translation>
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
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Camera login failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>Camera setup problem</source>
        <translation>Configuratiefout</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Opwarmen</translation>
    </message>
    <message>
        <source>Calibrating</source>
        <translation>Kalibreren</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Bevroren</translation>
    </message>
    <message>
        <source>Not radiometric</source>
        <translation>Niet radiometrisch</translation>
    </message>
    <message>
        <source>Bad frames</source>
        <translation>Foute beelden</translation>
    </message>
    <message>
        <source>Dead pixels</source>
        <translation>Dode pixels</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Overbrugd</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>Replay</source>
        <extracomment>What a live tile says instead of &quot;Live&quot; when no door is behind it (TileView.source).</extracomment>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Gesimuleerd</translation>
    </message>
</context>
</TS>
