<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;View</source>
        <extracomment>the table&apos;s texts are English sources (context &quot;Actions&quot;), translated where they are shown where an action is shown (besides the F1 help, which lists all) menus in the order the menu bar shows them, with their titles</extracomment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Guard</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Registres</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Palette</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <extracomment>when an action can be used (the window says which hold now)</extracomment>
        <translation>&amp;Automatique</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposition : %1</translation>
    </message>
    <message>
        <source>Iron</source>
        <extracomment>the palettes&apos; names (app.render.palettes.PALETTES), for the menu</extracomment>
        <translation>Fer</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Arc-en-ciel</translation>
    </message>
    <message>
        <source>White Hot</source>
        <translation>Blanc chaud</translation>
    </message>
    <message>
        <source>Black Hot</source>
        <translation>Noir chaud</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation>Palette : %1</translation>
    </message>
    <message>
        <source>Focus entrance %1</source>
        <translation>Agrandir l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Automatic temperature &amp;span</source>
        <translation>&amp;Plage de température automatique</translation>
    </message>
    <message>
        <source>Automatic / fixed temperature span</source>
        <translation>Plage de température automatique / fixe</translation>
    </message>
    <message>
        <source>Back to the &amp;wall</source>
        <translation>Retour au &amp;mur</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Allow entry</source>
        <extracomment>what each alarm action asks, in the guard&apos;s words: (title, question)</extracomment>
        <translation>Laisser entrer</translation>
    </message>
    <message>
        <source>Allow entry (a reason is required)</source>
        <translation>Laisser entrer (une raison est exigée)</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Refuser l&apos;entrée</translation>
    </message>
    <message>
        <source>Secondary check</source>
        <translation>Contrôle secondaire</translation>
    </message>
    <message>
        <source>Secondary check: enter the clinical thermometer reading</source>
        <translation>Contrôle secondaire : saisir la mesure du thermomètre médical</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fausse alarme</translation>
    </message>
    <message>
        <source>False alarm (with its cause)</source>
        <translation>Fausse alarme (avec sa cause)</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Silence the alarm (it stays until a decision)</source>
        <translation>Couper le son de l&apos;alarme (elle reste jusqu&apos;à une décision)</translation>
    </message>
    <message>
        <source>Previous alarm</source>
        <translation>Alarme précédente</translation>
    </message>
    <message>
        <source>Select the alarm above in the list (newer)</source>
        <translation>Choisir l&apos;alarme au-dessus dans la liste (plus récente)</translation>
    </message>
    <message>
        <source>Next alarm</source>
        <translation>Alarme suivante</translation>
    </message>
    <message>
        <source>Select the alarm below in the list (older)</source>
        <translation>Choisir l&apos;alarme en dessous dans la liste (plus ancienne)</translation>
    </message>
    <message>
        <source>Re-screen</source>
        <translation>Remesurer</translation>
    </message>
    <message>
        <source>Re-screen the focused entrance&apos;s last person</source>
        <translation>Remesurer la dernière personne de l&apos;entrée agrandie</translation>
    </message>
    <message>
        <source>Bypass camera</source>
        <translation>Contourner la caméra</translation>
    </message>
    <message>
        <source>Bypass the focused camera / resume it (red tile until resumed)</source>
        <translation>Contourner la caméra agrandie / la reprendre (tuile rouge jusqu&apos;à la reprise)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause / resume the focused entrance</source>
        <translation>Mettre en pause / reprendre l&apos;entrée agrandie</translation>
    </message>
    <message>
        <source>Silence all</source>
        <translation>Tout couper</translation>
    </message>
    <message>
        <source>Suspend screening</source>
        <translation>Suspendre le dépistage</translation>
    </message>
    <message>
        <source>Suspend screening everywhere (evacuation) / resume</source>
        <translation>Suspendre le dépistage partout (évacuation) / reprendre</translation>
    </message>
    <message>
        <source>Mute this workstation</source>
        <translation>Couper le son du poste</translation>
    </message>
    <message>
        <source>Mute this workstation / sound on (logged)</source>
        <translation>Couper le son du poste / le remettre (journalisé)</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign on with your name (every action is recorded with it)</source>
        <translation>Se connecter avec son nom (chaque action est enregistrée avec lui)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>Re-&amp;calibration…</source>
        <translation>Re&amp;calibrage…</translation>
    </message>
    <message>
        <source>&amp;Limit… (supervisor)</source>
        <translation>&amp;Seuil… (superviseur)</translation>
    </message>
    <message>
        <source>&amp;Rule… (supervisor)</source>
        <translation>&amp;Règle… (superviseur)</translation>
    </message>
    <message>
        <source>R&amp;etention… (supervisor)</source>
        <translation>&amp;Conservation… (superviseur)</translation>
    </message>
    <message>
        <source>&amp;Cameras… (supervisor)</source>
        <translation>C&amp;améras… (superviseur)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the console (with open alarms: asks who and why, recorded)</source>
        <translation>Quitter la console (avec des alarmes ouvertes : demande qui et pourquoi, enregistré)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Touches</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Cette liste des touches</translation>
    </message>
    <message>
        <source>on the focused entrance</source>
        <translation>sur l&apos;entrée agrandie</translation>
    </message>
    <message>
        <source>on the selected alarm</source>
        <translation>sur l&apos;alarme choisie</translation>
    </message>
    <message>
        <source>needs the event store</source>
        <translation>exige le registre des événements</translation>
    </message>
    <message>
        <source>Focus entrance 1-10 (or double-click a tile)</source>
        <translation>Agrandir l&apos;entrée 1-10 (ou double-clic sur une tuile)</translation>
    </message>
    <message>
        <source>Choose the alarm above (newer) or below (older) in the list</source>
        <translation>Choisir l&apos;alarme au-dessus (plus récente) ou en dessous (plus ancienne) dans la liste</translation>
    </message>
    <message>
        <source>in the alarm list</source>
        <translation>dans la liste des alarmes</translation>
    </message>
</context>
<context>
    <name>Alarm</name>
    <message>
        <source>alarm at %1 so that %2 of people at %3 are caught</source>
        <extracomment>A site file&apos;s source kinds that are not a door: what a live tile says instead of &quot;Live&quot; (a key of app.render.base.SOURCE_WORDS). Every other kind is a real camera.</extracomment>
        <translation>alarme à %1 pour détecter %2 des personnes à %3</translation>
    </message>
    <message>
        <source>under the %1 limit, over the %2 alarm level</source>
        <translation>sous le seuil de %1, au-dessus du niveau d&apos;alarme de %2</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message numerus="yes">
        <source>%n open alarms</source>
        <extracomment>counted texts (lupdate reads a plural only from a literal count: declared here, translated with n)</extracomment>
        <translation>
            <numerusform>%n alarme ouverte</numerusform>
            <numerusform>%n alarmes ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escaladée</numerusform>
            <numerusform>%n escaladées</numerusform>
        </translation>
    </message>
    <message>
        <source>no estimate</source>
        <extracomment>the selected alarm&apos;s card: one at a time (the list holds the rest as painted rows) the pane&apos;s width: a share of the window, within these bounds (the wall keeps the rest)</extracomment>
        <translation>pas d&apos;estimation</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>ouverte depuis %1</translation>
    </message>
    <message>
        <source>from last session</source>
        <translation>session précédente</translation>
    </message>
    <message>
        <source>ESCALATED</source>
        <translation>ESCALADÉE</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>son coupé</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>no image</source>
        <extracomment>cards built at once: the selected alarm&apos;s (the list paints the others as rows)</extracomment>
        <translation>pas d&apos;image</translation>
    </message>
    <message>
        <source>%1 · alarm %2</source>
        <translation>%1 · alarme %2</translation>
    </message>
    <message>
        <source>Estimate (oral) %1</source>
        <translation>Estimation (buccale) %1</translation>
    </message>
    <message>
        <source>Canthus (skin) %1</source>
        <translation>Canthus (peau) %1</translation>
    </message>
    <message>
        <source>Limit %1 °C</source>
        <translation>Seuil %1 °C</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>FROM THE LAST SESSION: left open when the console closed; the person may be gone</source>
        <extracomment>what a press did or why it was refused (hidden until there is something to say)</extracomment>
        <translation>SESSION PRÉCÉDENTE : restée ouverte à la fermeture de la console ; la personne est peut-être partie</translation>
    </message>
    <message>
        <source>ESCALATED: no decision for %1</source>
        <translation>ESCALADÉE : pas de décision depuis %1</translation>
    </message>
    <message>
        <source>Silenced: the alarm stays until a decision</source>
        <translation>Son coupé : l&apos;alarme reste jusqu&apos;à une décision</translation>
    </message>
</context>
<context>
    <name>AlertOutcome</name>
    <message>
        <source>Allowed</source>
        <extracomment>How an alert ended (store codes), context &quot;AlertOutcome&quot;.</extracomment>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fausse alarme</translation>
    </message>
    <message>
        <source>Re-screened</source>
        <translation>Recontrôlée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>Closed by the console, unresolved</source>
        <translation>Fermée par la console, non résolue</translation>
    </message>
</context>
<context>
    <name>CameraFields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Offline after (s)</source>
        <translation>Hors ligne après (s)</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Video backend</source>
        <translation>Interface vidéo</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’autorité</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Délai de connexion (s)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Emissivity</source>
        <translation>Émissivité</translation>
    </message>
    <message>
        <source>Share of febrile people</source>
        <translation>Part de personnes fiévreuses</translation>
    </message>
    <message>
        <source>Settling after a shutter calibration (s)</source>
        <translation>Stabilisation après un étalonnage de l’obturateur (s)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Hauteur (px)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Infrared format</source>
        <translation>Format infrarouge</translation>
    </message>
    <message>
        <source>Play in a loop</source>
        <translation>Lecture en boucle</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Opening timeout (s)</source>
        <translation>Délai d’ouverture (s)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>People (simulated)</source>
        <translation>Personnes (simulées)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>GenTL producer</source>
        <translation>Producteur GenTL</translation>
    </message>
    <message>
        <source>Read timeout (s)</source>
        <translation>Délai de lecture (s)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Reference source</source>
        <translation>Source de référence</translation>
    </message>
    <message>
        <source>Rotation (°)</source>
        <translation>Rotation (°)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>TLinear resolution (K)</source>
        <translation>Résolution TLinear (K)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>Vérifier le certificat TLS</translation>
    </message>
    <message>
        <source>Warm-up (s)</source>
        <translation>Préchauffage (s)</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Largeur (px)</translation>
    </message>
</context>
<context>
    <name>CameraLoop</name>
    <message numerus="yes">
        <source>frames refused so far: %n (last: %1)</source>
        <extracomment>Reconnect backoff after a fault (seconds); the last one repeats. How long a camera may send nothing before it is ``offline`` (per camera: ``grace_s``). Refused frames in a row before the camera shows ``bad_frames``, and good ones in a row before it leaves it: a single garbage frame among good ones does not flap the tile. A reconnected camera must deliver this long before the backoff starts again at 1 s, so one that dies right after each reconnect is not retried every second for ever. A source that answers (``read`` returns None in time) but sends nothing is ``offline`` after the grace period and read on; after this long silent it is opened afresh. One whose ``read`` does not return at all is opened afresh as soon as it is offline. How many state changes and backoff waits a loop remembers (for the console and tests). Warm-up lock-out for a real camera kind that does not say its own (``warmup_s``). Every state the loop reports. None of them but ``live`` screens anyone. States in which no frame arrives: the display shows the last frame, dimmed. Frame flags (app.sources.base.FRAME_FLAGS) that mean &quot;show it, never measure it&quot;.</extracomment>
        <translation>
            <numerusform>image refusée jusqu&apos;ici : %n (dernière : %1)</numerusform>
            <numerusform>images refusées jusqu&apos;ici : %n (dernière : %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the camera says its picture is frozen</source>
        <translation>la caméra signale une image figée</translation>
    </message>
    <message>
        <source>a visible stream: shown, never measured</source>
        <translation>image visible (non thermique) : affichée, jamais mesurée</translation>
    </message>
    <message>
        <source>no frame for %1 s: read() does not return</source>
        <translation>aucune image depuis %1 s : read() ne rend pas la main</translation>
    </message>
    <message>
        <source>no frame for %1 s</source>
        <translation>aucune image depuis %1 s</translation>
    </message>
    <message>
        <source>the site asked for a new try</source>
        <translation>nouvel essai à la demande du site</translation>
    </message>
    <message>
        <source>attempt %1, after %2 s</source>
        <translation>tentative %1, après %2 s</translation>
    </message>
    <message>
        <source>set by the guard</source>
        <translation>réglé par l&apos;agent</translation>
    </message>
    <message>
        <source>camera warming up: %1 min left</source>
        <translation>préchauffage de la caméra : encore %1 min</translation>
    </message>
    <message>
        <source>%1: not retried until the site acts</source>
        <translation>%1 : pas de nouvel essai tant que le site n&apos;intervient pas</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>Screening</source>
        <extracomment>What a camera was doing (app.camera_loop.STATES and the engine&apos;s states), by code: the Cameras dialog&apos;s State column and the report&apos;s downtime table.</extracomment>
        <translation>Dépistage</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Préchauffage</translation>
    </message>
    <message>
        <source>Flat-field correction</source>
        <translation>Correction de champ plat</translation>
    </message>
    <message>
        <source>Reference not seen</source>
        <translation>Référence non visible</translation>
    </message>
    <message>
        <source>Reference drift (locked)</source>
        <translation>Dérive de la référence (verrouillé)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Password refused (not retried)</source>
        <translation>Mot de passe refusé (pas de nouvel essai)</translation>
    </message>
    <message>
        <source>Camera setup problem (not retried)</source>
        <translation>Problème de configuration (pas de nouvel essai)</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Image figée</translation>
    </message>
    <message>
        <source>Not radiometric (no screening)</source>
        <translation>Non radiométrique (pas de dépistage)</translation>
    </message>
    <message>
        <source>Impossible images</source>
        <translation>Images impossibles</translation>
    </message>
    <message>
        <source>Dead pixels</source>
        <translation>Pixels morts</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Contournée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message numerus="yes">
        <source>Testing %1: reading %n frame(s)…</source>
        <extracomment>kind -&gt; its settings model, in the order the kind selector lists them Frames &quot;Test connection&quot; reads, and how long it waits for one Counted texts (see app.translations.QT_TRANSLATE_NOOP for why they sit in a table)</extracomment>
        <translation>
            <numerusform>Test de %1 : lecture de %n image…</numerusform>
            <numerusform>Test de %1 : lecture de %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PIN(s) in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n code PIN erroné d&apos;affilée : vérification du PIN bloquée pendant %1)</numerusform>
            <numerusform> (%n codes PIN erronés d&apos;affilée : vérification du PIN bloquée pendant %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <extracomment>The State column: a camera loop&apos;s state (app.camera_loop.STATES) in a word or two</extracomment>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>identifiants refusés</translation>
    </message>
    <message>
        <source>misconfigured</source>
        <translation>mal configurée</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>préchauffage</translation>
    </message>
    <message>
        <source>ffc</source>
        <translation>correction de champ plat</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>image figée</translation>
    </message>
    <message>
        <source>not radiometric</source>
        <translation>non radiométrique</translation>
    </message>
    <message>
        <source>bad frames</source>
        <translation>images erronées</translation>
    </message>
    <message>
        <source>bad pixels</source>
        <translation>pixels morts</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>référence absente</translation>
    </message>
    <message>
        <source>reference drift</source>
        <translation>dérive de la référence</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>contournée</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>site file %1: the file written would not read back the same; nothing changed</source>
        <translation>fichier du site %1 : le fichier écrit ne se relirait pas à l&apos;identique ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>site file %1: cannot be written (%2); nothing changed</source>
        <translation>fichier du site %1 : écriture impossible (%2) ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>%1: %2, optional</source>
        <translation>%1 : %2, facultatif</translation>
    </message>
    <message>
        <source>Camera — %1</source>
        <translation>Caméra — %1</translation>
    </message>
    <message>
        <source>Add a camera</source>
        <translation>Ajouter une caméra</translation>
    </message>
    <message>
        <source>required (1-40 characters)</source>
        <translation>obligatoire (1 à 40 caractères)</translation>
    </message>
    <message>
        <source>default 3 (0.5–60 s without a frame before the tile says offline)</source>
        <translation>par défaut 3 (0,5–60 s sans image avant que la vignette n&apos;indique « hors ligne »)</translation>
    </message>
    <message>
        <source>file:PATH, uvc:INDEX or isapi://user@HOST/CHANNEL</source>
        <translation>file:CHEMIN, uvc:INDEX ou isapi://utilisateur@HÔTE/CANAL</translation>
    </message>
    <message>
        <source>Fill from URI</source>
        <translation>Remplir depuis l&apos;URI</translation>
    </message>
    <message>
        <source>Screening settings (limit, rule) are kept; change them from the Settings menu. Passwords: Set password… (OS keyring), never here.</source>
        <translation>Les réglages de dépistage (seuil, règle) sont conservés ; modifiez-les depuis le menu Réglages. Mots de passe : Définir le mot de passe… (trousseau du système), jamais ici.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Why? (recorded)</source>
        <translation>Pourquoi ? (enregistré)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Définir le mot de passe…</translation>
    </message>
    <message>
        <source>Retry camera</source>
        <translation>Réessayer la caméra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Site file: %1</source>
        <translation>Fichier du site : %1</translation>
    </message>
    <message>
        <source>Demo site, not saved yet: saving a change asks where to save the site file</source>
        <translation>Site de démonstration, pas encore enregistré : une modification demandera où enregistrer le fichier du site</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>non enregistré : %1</translation>
    </message>
    <message>
        <source>No event store: cameras cannot be changed here (changes are audited)</source>
        <translation>Pas de registre d&apos;événements : impossible de modifier les caméras ici (les modifications sont auditées)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Not saved: answer the open alerts first (a camera cannot be removed while one is open)</source>
        <translation>Non enregistré : traitez d&apos;abord les alertes ouvertes (impossible de retirer une caméra tant qu&apos;une alerte est ouverte)</translation>
    </message>
    <message>
        <source>No supervisor PIN is set for this site: cameras cannot be changed here</source>
        <translation>Aucun PIN superviseur n&apos;est défini pour ce site : impossible de modifier les caméras ici</translation>
    </message>
    <message>
        <source>Cameras unchanged: %1</source>
        <translation>Caméras inchangées : %1</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: cameras unchanged</source>
        <translation>PIN superviseur erroné : caméras inchangées</translation>
    </message>
    <message>
        <source>Not saved: the demo site needs a file to be saved to</source>
        <translation>Non enregistré : le site de démonstration doit être enregistré dans un fichier</translation>
    </message>
    <message>
        <source>%1: add saved to %2 by %3 (audited)</source>
        <translation>%1 : ajout enregistré dans %2 par %3 (audité)</translation>
    </message>
    <message>
        <source>%1: edit saved to %2 by %3 (audited)</source>
        <translation>%1 : modification enregistrée dans %2 par %3 (audité)</translation>
    </message>
    <message>
        <source>%1: remove saved to %2 by %3 (audited)</source>
        <translation>%1 : retrait enregistré dans %2 par %3 (audité)</translation>
    </message>
    <message>
        <source>%1: password kept in the OS keyring (not in the site file); Retry camera tries it now if the camera refused the old one</source>
        <translation>%1 : mot de passe conservé dans le trousseau du système (pas dans le fichier du site) ; Réessayer la caméra l&apos;essaie maintenant si la caméra a refusé l&apos;ancien</translation>
    </message>
    <message>
        <source>No supervisor PIN is set for this site</source>
        <translation>Aucun PIN superviseur n&apos;est défini pour ce site</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: nothing changed</source>
        <translation>PIN superviseur erroné : aucune modification</translation>
    </message>
    <message>
        <source>the camera list (add a camera)</source>
        <translation>la liste des caméras (ajout d’une caméra)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>caméra %1</translation>
    </message>
    <message>
        <source>camera %1 (remove)</source>
        <translation>caméra %1 (retrait)</translation>
    </message>
    <message>
        <source>the password of camera %1</source>
        <translation>le mot de passe de la caméra %1</translation>
    </message>
    <message>
        <source>%1 is %2: only a camera left alone after a fault (a refused password, a setup problem) waits for a retry</source>
        <translation>%1 est en état « %2 » : seule une caméra laissée de côté après une panne (mot de passe refusé, problème de configuration) attend un nouvel essai</translation>
    </message>
    <message>
        <source>%1: trying again</source>
        <translation>%1 : nouvel essai</translation>
    </message>
    <message>
        <source>Password of %1 (kept in the OS keyring):</source>
        <translation>Mot de passe de %1 (conservé dans le trousseau du système) :</translation>
    </message>
    <message>
        <source>Camera password</source>
        <translation>Mot de passe de la caméra</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>Enregistrer le fichier du site</translation>
    </message>
    <message>
        <source>Site files (*.toml)</source>
        <translation>Fichiers de site (*.toml)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>%1/%n cameras live</source>
        <extracomment>counted texts on the status bar (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%1/%n caméra en direct</numerusform>
            <numerusform>%1/%n caméras en direct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames dropped for display (the wall shows each camera&apos;s latest)</source>
        <translation>
            <numerusform>%n image sautée à l&apos;affichage (le mur montre la dernière de chaque caméra)</numerusform>
            <numerusform>%n images sautées à l&apos;affichage (le mur montre la dernière de chaque caméra)</numerusform>
        </translation>
    </message>
    <message>
        <source>Canthus — %1</source>
        <extracomment>the site file the Cameras dialog writes back to (None: the demo site, not saved yet) a line of text from the guard, (title, label) -&gt; text or None; tests replace it (who, why) the guard gave to quit with open alarms; None: not asked (yet)</extracomment>
        <translation>Canthus — %1</translation>
    </message>
    <message>
        <source>SCREENING SUSPENDED: no one is being screened</source>
        <translation>DÉPISTAGE SUSPENDU : personne n&apos;est contrôlé</translation>
    </message>
    <message>
        <source>Guard: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Close ✕</source>
        <extracomment>messages shown at once in the bar (the newest) narrowest it gets, in characters&apos; widths</extracomment>
        <translation>Fermer ✕</translation>
    </message>
    <message>
        <source>Guard: not signed on (Ctrl+G)</source>
        <translation>Agent : non connecté (Ctrl+G)</translation>
    </message>
    <message>
        <source>✓ %1 — %2 (by %3)</source>
        <extracomment>the alarm sounds again this often while an open alert is not silenced the guard&apos;s open alarm dialog (one at a time), or None</extracomment>
        <translation>✓ %1 — %2 (par %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Source kinds opened on the GUI thread at start: files and the simulator, which cannot hang. display work per tick stays under this, so the event loop never stalls on it tiles redrawn per tick: the CPU wall colour-maps and scales each changed tile while painting; with 16 cameras on 2 cores, 2 per tick keep the event loop well under 100 ms (the rest are dropped, latest-frame-wins). The GPU wall does that work on the GPU.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) silenced; they stay until a decision</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarme sans son ; elle reste jusqu&apos;à une décision</numerusform>
            <numerusform>%n alarmes sans son ; elles restent jusqu&apos;à une décision</numerusform>
        </translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Focus an entrance first (1-9), then Re-screen, Bypass or Pause</source>
        <translation>Agrandissez d&apos;abord une entrée (1-9), puis Remesurer, Contourner ou Pause</translation>
    </message>
    <message>
        <source>Focus an entrance (1-9) for its buttons</source>
        <translation>Choisissez une entrée (1-9)</translation>
    </message>
    <message>
        <source>Resume camera</source>
        <translation>Reprendre la caméra</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Your name (every action is recorded with it):</source>
        <translation>Votre nom (chaque action est enregistrée avec lui) :</translation>
    </message>
    <message>
        <source>No open alarm</source>
        <translation>Aucune alarme ouverte</translation>
    </message>
    <message>
        <source>Sign on first: every action is recorded with the guard&apos;s name</source>
        <translation>Connectez-vous d&apos;abord : chaque action est enregistrée avec le nom de l&apos;agent</translation>
    </message>
    <message>
        <source>%1: a model cannot be adopted now</source>
        <translation>%1 : aucun modèle ne peut être adopté maintenant</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n alarms still open — no guard has answered them:</source>
        <extracomment>counted (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarme encore ouverte — aucun agent n&apos;y a répondu :</numerusform>
            <numerusform>%n alarmes encore ouvertes — aucun agent n&apos;y a répondu :</numerusform>
        </translation>
    </message>
    <message>
        <source>New model adopted by %1: offset %2 °C (audited)</source>
        <translation>Nouveau modèle adopté par %1 : décalage %2 °C (audité)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Limit (oral-equivalent, °C):</source>
        <translation>Seuil (équivalent buccal, °C) :</translation>
    </message>
    <message>
        <source>Why? (recorded)</source>
        <translation>Pourquoi ? (enregistré)</translation>
    </message>
    <message>
        <source>Rule (supervisor)</source>
        <translation>Règle (superviseur)</translation>
    </message>
    <message>
        <source>How an estimate becomes an alarm, at every entrance:</source>
        <translation>Quand une estimation devient une alarme, à chaque entrée :</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absolue</translation>
    </message>
    <message>
        <source>An alarm when a person&apos;s oral-equivalent estimate reaches the alarm level (limit %1). The same for everyone; the usual choice.</source>
        <translation>Une alarme quand l&apos;estimation buccale d&apos;une personne atteint le niveau d&apos;alarme (seuil %1). La même pour tous ; le choix habituel.</translation>
    </message>
    <message>
        <source>Relative (FLIR EST style)</source>
        <translation>Relative (façon FLIR EST)</translation>
    </message>
    <message>
        <source>An alarm when a person is warmer than the average of the last ~10 normal people at that entrance by the rule&apos;s offset. It follows the room and the camera; the first people screened after a start set the average.</source>
        <translation>Une alarme quand une personne dépasse la moyenne des ~10 dernières personnes normales de cette entrée de l&apos;écart de la règle. Elle suit la pièce et la caméra ; les premières personnes contrôlées après un démarrage fixent la moyenne.</translation>
    </message>
    <message>
        <source>Everywhere, and the view</source>
        <translation>Partout, et l&apos;affichage</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>conservation</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>No PIN was entered: nothing changed (%1)</source>
        <translation>Aucun code PIN saisi : rien n’a changé (%1)</translation>
    </message>
    <message>
        <source>Setting “%1” not changed: %2</source>
        <translation>Réglage « %1 » non modifié : %2</translation>
    </message>
    <message>
        <source>Setting “%1” changed by %2 (audited)</source>
        <translation>Réglage « %1 » modifié par %2 (audité)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name (recorded):</source>
        <translation>Nom du superviseur (enregistré) :</translation>
    </message>
    <message>
        <source>Supervisor PIN:</source>
        <translation>Code PIN du superviseur :</translation>
    </message>
    <message>
        <source>Why is entry allowed? Choose one (1-%1) or type the reason:</source>
        <translation>Pourquoi laisser entrer ? Choisissez (1-%1) ou tapez la raison :</translation>
    </message>
    <message>
        <source>What caused the alarm? Choose one (1-%1) or type the cause:</source>
        <translation>Quelle est la cause de l&apos;alarme ? Choisissez (1-%1) ou tapez la cause :</translation>
    </message>
    <message>
        <source>Type the clinical thermometer&apos;s reading, then Enter:</source>
        <translation>Tapez la mesure du thermomètre médical, puis Entrée :</translation>
    </message>
    <message>
        <source>Type the reading in °C (%1-%2), e.g. %3</source>
        <translation>Tapez la mesure en °C (%1-%2), p. ex. %3</translation>
    </message>
    <message>
        <source>%1 °C is not a body temperature a thermometer gives (%2-%3 °C): check the thermometer and type it again</source>
        <translation>%1 °C n&apos;est pas une température corporelle (%2-%3 °C) : vérifiez le thermomètre et retapez</translation>
    </message>
    <message>
        <source>%1 is at or over the limit %2: fever confirmed, the door stays closed</source>
        <translation>%1 atteint ou dépasse le seuil %2 : fièvre confirmée, la porte reste fermée</translation>
    </message>
    <message>
        <source>%1 is under the limit %2: normal, the door opens</source>
        <translation>%1 est sous le seuil %2 : normal, la porte s&apos;ouvre</translation>
    </message>
    <message>
        <source> (canthus %1)</source>
        <translation> (canthus %1)</translation>
    </message>
    <message>
        <source>%1 for the alarm at %2</source>
        <translation>%1 pour l&apos;alarme de %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Reading (°C):</source>
        <translation>Mesure (°C) :</translation>
    </message>
    <message>
        <source>or type it here</source>
        <translation>ou tapez-la ici</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Autre :</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <source>required: recorded in the audit trail</source>
        <translation>obligatoire : enregistré dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>8 hours</source>
        <extracomment>the retention periods offered, in hours, and their words</extracomment>
        <translation>8 heures</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Retention (supervisor)</source>
        <translation>Conservation (superviseur)</translation>
    </message>
    <message>
        <source>What the event store keeps about the people screened. The purge is automatic and audited; the published report holds counts only, whatever is chosen.</source>
        <translation>Ce que le registre garde des personnes contrôlées. La purge est automatique et auditée ; le rapport publié ne contient que des comptages, quel que soit le choix.</translation>
    </message>
    <message>
        <source>Only counts</source>
        <translation>Comptages seuls</translation>
    </message>
    <message>
        <source>No temperature, time or image of anyone is kept: decisions are counted per hour; an alarm is kept only until a guard closes it.</source>
        <translation>Aucune température, heure ni image de quiconque n&apos;est gardée : les décisions sont comptées par heure ; une alarme n&apos;est gardée que jusqu&apos;à sa clôture par un agent.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Alarms, the guards&apos; actions and thermometer readings are kept for the period below (re-calibration uses them); normal results are only counted.</source>
        <translation>Les alarmes, les actions des agents et les mesures au thermomètre sont gardées pendant la durée ci-dessous (le recalibrage les utilise) ; les résultats normaux sont seulement comptés.</translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation>Chaque décision</translation>
    </message>
    <message>
        <source>Every result (normal ones too) is kept for the period below.</source>
        <translation>Chaque résultat (normaux compris) est gardé pendant la durée ci-dessous.</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>Keep the thermal image of each kept result (never with &apos;Only counts&apos;)</source>
        <translation>Garder l&apos;image thermique de chaque résultat gardé (jamais avec « Comptages seuls »)</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>Gardé pendant :</translation>
    </message>
    <message>
        <source>Quit with open alarms?</source>
        <translation>Quitter avec des alarmes ouvertes ?</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>If you quit, they are recorded as left open by you with your reason, and they come back in the alarm list, marked, when the console starts again.</source>
        <translation>Si vous quittez, elles sont enregistrées comme laissées ouvertes par vous avec votre raison, et reviennent, marquées, dans la liste des alarmes au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>your name (recorded)</source>
        <translation>votre nom (enregistré)</translation>
    </message>
    <message>
        <source>required, e.g. end of shift, workstation restart</source>
        <translation>obligatoire, p. ex. fin de service, redémarrage du poste</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>Why quit now?</source>
        <translation>Pourquoi quitter maintenant ?</translation>
    </message>
    <message>
        <source>Quit with open alarms</source>
        <translation>Quitter avec les alarmes ouvertes</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
</context>
<context>
    <name>FalseAlarmCause</name>
    <message>
        <source>Hot drink or food</source>
        <extracomment>app.core.vocabulary.FALSE_ALARM_CAUSES, by code.</extracomment>
        <translation>Boisson ou repas chaud</translation>
    </message>
    <message>
        <source>Sun-heated skin</source>
        <translation>Peau chauffée par le soleil</translation>
    </message>
    <message>
        <source>Exertion (ran, cycled)</source>
        <translation>Effort (course, vélo)</translation>
    </message>
    <message>
        <source>Hot object near the face</source>
        <translation>Objet chaud près du visage</translation>
    </message>
    <message>
        <source>Two people in view</source>
        <translation>Deux personnes dans le champ</translation>
    </message>
    <message>
        <source>Camera fault</source>
        <translation>Panne de la caméra</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason / instruction</source>
        <translation>Motif / consigne</translation>
    </message>
    <message>
        <source>Canthus °C</source>
        <translation>Canthus °C</translation>
    </message>
    <message>
        <source>Estimate °C</source>
        <translation>Estimation °C</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>All results</source>
        <extracomment>(key, text) of the result filter; &quot;alerts&quot; keeps the decisions that raised one, whatever their verdict.</extracomment>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Élevés</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaux</translation>
    </message>
    <message>
        <source>Retry (no result)</source>
        <translation>Nouvel essai (sans résultat)</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Alertes seules</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <extracomment>Counted texts (declared here so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elevated</source>
        <translation>
            <numerusform>%n élevé</numerusform>
            <numerusform>%n élevés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decisions to %1. The file holds personal data: keep it as the site&apos;s data-protection rules require.</source>
        <translation>
            <numerusform>%n décision exportée vers %1. Le fichier contient des données personnelles : conservez-le selon les règles de protection des données du site.</numerusform>
            <numerusform>%n décisions exportées vers %1. Le fichier contient des données personnelles : conservez-le selon les règles de protection des données du site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening history</source>
        <translation>Historique du dépistage</translation>
    </message>
    <message>
        <source>Re&amp;sult</source>
        <translation>Ré&amp;sultat</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload from the event store (F5)</source>
        <translation>Recharger depuis le journal des événements (F5)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Write the rows shown (same filters) to a CSV file for the DPO (Ctrl+E). It holds personal data.</source>
        <translation>Écrire les lignes affichées (mêmes filtres) dans un fichier CSV pour le DPD (Ctrl+E). Il contient des données personnelles.</translation>
    </message>
    <message>
        <source>Select a row to see the decision, its alert and every action on it in full.</source>
        <translation>Sélectionnez une ligne pour voir la décision, son alerte et toutes les actions menées, en détail.</translation>
    </message>
    <message>
        <source>Canthus %1 °C  ·  estimate %2 °C  ·  limit %3 °C  ·  baseline %4 °C</source>
        <translation>Canthus %1 °C  ·  estimation %2 °C  ·  seuil %3 °C  ·  référence %4 °C</translation>
    </message>
    <message>
        <source>readings not kept (retention policy)</source>
        <translation>mesures non conservées (politique de conservation)</translation>
    </message>
    <message>
        <source>Alert %1  ·  raised %2</source>
        <translation>Alerte %1  ·  déclenchée %2</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>clôturée %1 (%2)</translation>
    </message>
    <message>
        <source>No action recorded on this decision.</source>
        <translation>Aucune action enregistrée sur cette décision.</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Clinical thermometer reading normal</source>
        <extracomment>app.core.vocabulary.OVERRIDE_REASONS, by code.</extracomment>
        <translation>Thermomètre médical : valeur normale</translation>
    </message>
    <message>
        <source>Hot drink or food just before screening</source>
        <translation>Boisson ou repas chaud juste avant le contrôle</translation>
    </message>
    <message>
        <source>Sun, heat or exercise just before screening</source>
        <translation>Soleil, chaleur ou effort juste avant le contrôle</translation>
    </message>
    <message>
        <source>Known non-infectious condition</source>
        <translation>Affection non infectieuse connue</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Décision du superviseur</translation>
    </message>
    <message>
        <source>Camera fault suspected</source>
        <translation>Panne de la caméra suspectée</translation>
    </message>
    <message>
        <source>Other or free-text reason</source>
        <translation>Autre motif ou texte libre</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>too many wrong supervisor PINs (%n in a row): PIN checks are locked for another %1</source>
        <extracomment>Wrong PINs in a row that are free; the next ones lock PIN checks. The first lock-out (after the 5th wrong PIN); each further wrong PIN doubles it, up to LOCKOUT_MAX_S.</extracomment>
        <translation>
            <numerusform>trop de PIN superviseur erronés (%n d&apos;affilée) : vérification du PIN bloquée encore %1</numerusform>
            <numerusform>trop de PIN superviseur erronés (%n d&apos;affilée) : vérification du PIN bloquée encore %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row): PIN checks are now locked for %1</source>
        <translation>
            <numerusform>PIN superviseur erroné (%n d&apos;affilée) : vérification du PIN désormais bloquée pendant %1</numerusform>
            <numerusform>PIN superviseur erroné (%n d&apos;affilée) : vérification du PIN désormais bloquée pendant %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong supervisor PIN (%n in a row; %1 more and PIN checks are locked for %2)</source>
        <translation>
            <numerusform>PIN superviseur erroné (%n d&apos;affilée ; encore %1 et la vérification du PIN sera bloquée pendant %2)</numerusform>
            <numerusform>PIN superviseur erroné (%n d&apos;affilée ; encore %1 et la vérification du PIN sera bloquée pendant %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n wrong PINs in a row: PIN checks are locked for %1)</source>
        <translation>
            <numerusform> (%n PIN erroné d&apos;affilée : vérification du PIN bloquée pendant %1)</numerusform>
            <numerusform> (%n PIN erronés d&apos;affilée : vérification du PIN bloquée pendant %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong supervisor PINs: PIN checks are locked for another %1</source>
        <translation>trop de PIN superviseur erronés : vérification du PIN bloquée encore %1</translation>
    </message>
    <message>
        <source>no event store is open, so the supervisor PIN cannot be checked</source>
        <extracomment>What a check found: the PIN was right, wrong, refused unhashed while locked out, impossible (no PIN set, no store), or the store could not be read or written.</extracomment>
        <translation>aucun registre des événements n&apos;est ouvert : le PIN superviseur ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>no supervisor PIN is set: a site administrator sets one with `%1`</source>
        <translation>aucun PIN superviseur n&apos;est défini : un administrateur du site en définit un avec `%1`</translation>
    </message>
    <message>
        <source>the supervisor PIN could not be checked (%1)</source>
        <translation>le PIN superviseur n&apos;a pas pu être vérifié (%1)</translation>
    </message>
    <message>
        <source>supervisor PIN accepted</source>
        <translation>PIN superviseur accepté</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>%n frames of %1</source>
        <translation>
            <numerusform>%n image de %1</numerusform>
            <numerusform>%n images de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable pixels</source>
        <translation>
            <numerusform> ; %n pixel illisible</numerusform>
            <numerusform> ; %n pixels illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>aucune image</translation>
    </message>
    <message>
        <source>%1 to %2 °C</source>
        <translation>%1 à %2 °C</translation>
    </message>
    <message>
        <source>none (a visible stream: shown, never measured)</source>
        <translation>aucune (un flux visible : affiché, jamais mesuré)</translation>
    </message>
    <message>
        <source>no readable pixel</source>
        <translation>aucun pixel lisible</translation>
    </message>
    <message>
        <source> at %1 frames/s</source>
        <translation> à %1 images/s</translation>
    </message>
    <message>
        <source>; temperatures %1; states %2</source>
        <translation> ; températures %1 ; états %2</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Camera warming up: check with a clinical thermometer</source>
        <extracomment>The languages the console and the report speak; English is the source language. app.core.engine.REASONS (the instruction of a non-result), by code; a test keeps them equal.</extracomment>
        <translation>Caméra en préchauffage : contrôlez au thermomètre médical</translation>
    </message>
    <message>
        <source>Reference blackbody not seen or its temperature not set: check with a thermometer</source>
        <translation>Corps noir de référence non visible ou sans température réglée : contrôlez au thermomètre</translation>
    </message>
    <message>
        <source>Camera drifted from its reference: screening locked, call maintenance</source>
        <translation>La caméra a dérivé de sa référence : dépistage verrouillé, appelez la maintenance</translation>
    </message>
    <message>
        <source>Camera sends impossible images: check with a clinical thermometer, call maintenance</source>
        <translation>La caméra envoie des images impossibles : contrôlez au thermomètre médical, appelez la maintenance</translation>
    </message>
    <message>
        <source>Camera has dead pixels where the face is: check with a clinical thermometer, call maintenance</source>
        <translation>Pixels morts à l&apos;endroit du visage : contrôlez au thermomètre médical, appelez la maintenance</translation>
    </message>
    <message>
        <source>One person at a time, please</source>
        <translation>Une personne à la fois, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Step closer to the camera</source>
        <translation>Approchez-vous de la caméra</translation>
    </message>
    <message>
        <source>Remove glasses, please</source>
        <translation>Retirez vos lunettes, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Just in from the cold: wait 15 min indoors, then screen again</source>
        <translation>Arrivée du froid : attendez 15 min à l&apos;intérieur, puis refaites le contrôle</translation>
    </message>
    <message>
        <source>Stand still and look at the camera</source>
        <translation>Restez immobile et regardez la caméra</translation>
    </message>
</context>
<context>
    <name>Recalibration</name>
    <message>
        <source>Pairs come from secondary checks, and those mostly follow alarms: people the camera passed are rarely checked, so missed fevers hardly appear here and the sensitivity shown is optimistic. Checking some people who passed, too, makes the pairs representative.</source>
        <extracomment>Below these, a fitted margin means little: adoption stays disabled.</extracomment>
        <translation>Les paires viennent des contrôles secondaires, qui suivent surtout des alarmes : les personnes que la caméra a laissées passer sont rarement contrôlées, les fièvres manquées apparaissent donc peu ici et la sensibilité affichée est optimiste. Contrôler aussi quelques personnes passées rend les paires représentatives.</translation>
    </message>
    <message numerus="yes">
        <source>Too few pairs to fit a model: %n pairs (%1 needed), %2 at or over %3 (%4 needed) and %5 under it (%6 needed). Adoption is disabled until more secondary checks are recorded.</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>Trop peu de paires pour ajuster un modèle : %n paire (%1 requises), %2 au seuil de %3 ou au-dessus (%4 requises) et %5 en dessous (%6 requises). L&apos;adoption reste désactivée tant que d&apos;autres contrôles secondaires ne sont pas enregistrés.</numerusform>
            <numerusform>Trop peu de paires pour ajuster un modèle : %n paires (%1 requises), %2 au seuil de %3 ou au-dessus (%4 requises) et %5 en dessous (%6 requises). L&apos;adoption reste désactivée tant que d&apos;autres contrôles secondaires ne sont pas enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>limit %1 · %n pairs · target sensitivity %2</source>
        <translation>
            <numerusform>seuil %1 · %n paire · sensibilité visée %2</numerusform>
            <numerusform>seuil %1 · %n paires · sensibilité visée %2</numerusform>
        </translation>
    </message>
    <message>
        <source>canthus, forehead, room</source>
        <translation>canthus, front, pièce</translation>
    </message>
    <message>
        <source>canthus, forehead and room temperature (FDA fit); without a usable forehead: %1</source>
        <translation>canthus, front et température ambiante (ajustement FDA) ; sans front utilisable : %1</translation>
    </message>
    <message>
        <source>canthus</source>
        <translation>canthus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Canthus °C</source>
        <translation>Canthus °C</translation>
    </message>
    <message>
        <source>Estimate °C</source>
        <translation>Estimation °C</translation>
    </message>
    <message>
        <source>Thermometer °C</source>
        <translation>Thermomètre °C</translation>
    </message>
    <message>
        <source>At or over the limit (%1): a positive</source>
        <translation>Au seuil (%1) ou au-dessus : un positif</translation>
    </message>
    <message>
        <source>Re-calibration from secondary checks</source>
        <translation>Réétalonnage à partir des contrôles secondaires</translation>
    </message>
    <message>
        <source>Canthus against thermometer</source>
        <extracomment>the console&apos;s one supervisor flow (name and PIN asked first, the store&apos;s check): when given, adoption goes through it and is recorded under the name it returns</extracomment>
        <translation>Canthus et thermomètre</translation>
    </message>
    <message>
        <source>thermometer °C</source>
        <translation>thermomètre °C</translation>
    </message>
    <message>
        <source>canthus (camera) °C</source>
        <translation>canthus (caméra) °C</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the pairs and fit again (F5)</source>
        <translation>Recharger les paires et ajuster à nouveau (F5)</translation>
    </message>
    <message>
        <source>&amp;Adopt fitted model…</source>
        <translation>&amp;Adopter le modèle ajusté…</translation>
    </message>
    <message>
        <source>Put the fitted model in use (supervisor PIN; audited)</source>
        <translation>Mettre le modèle ajusté en service (PIN superviseur ; audité)</translation>
    </message>
    <message>
        <source>Oral estimate</source>
        <translation>Estimation buccale</translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation>Seuil d&apos;alarme</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Thermometer at or over the limit</source>
        <translation>Thermomètre au seuil ou au-dessus</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>Estimate − thermometer</source>
        <translation>Estimation − thermomètre</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modèle en service</translation>
    </message>
    <message>
        <source>Fitted on these pairs</source>
        <translation>Ajusté sur ces paires</translation>
    </message>
    <message>
        <source>Fitted, cross-validated (range over repeats)</source>
        <translation>Ajusté, validation croisée (plage sur les répétitions)</translation>
    </message>
    <message>
        <source>%1  (margin %2)</source>
        <translation>%1  (marge %2)</translation>
    </message>
    <message>
        <source>%1-fold × %2 repeats</source>
        <translation>%1 blocs × %2 répétitions</translation>
    </message>
    <message>
        <source>margin %1 + %2</source>
        <translation>marge %1 + %2</translation>
    </message>
    <message>
        <source>No model could be fitted: %1</source>
        <translation>Aucun modèle n&apos;a pu être ajusté : %1</translation>
    </message>
    <message>
        <source>Current model: %1</source>
        <translation>Modèle en service : %1</translation>
    </message>
    <message>
        <source>no provenance recorded.</source>
        <translation>aucune provenance enregistrée.</translation>
    </message>
    <message>
        <source>Pairs from %1 to %2.</source>
        <translation>Paires du %1 au %2.</translation>
    </message>
    <message>
        <source>No secondary check with a thermometer reading is stored yet.</source>
        <translation>Aucun contrôle secondaire avec relevé de thermomètre n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>The fitted model is the model in use: nothing to adopt.</source>
        <translation>Le modèle ajusté est celui en service : rien à adopter.</translation>
    </message>
    <message>
        <source>about the same people will be alarmed</source>
        <translation>à peu près les mêmes personnes déclencheront l&apos;alarme</translation>
    </message>
    <message>
        <source>more people will be alarmed</source>
        <translation>davantage de personnes déclencheront l&apos;alarme</translation>
    </message>
    <message>
        <source>fewer people will be alarmed</source>
        <translation>moins de personnes déclencheront l&apos;alarme</translation>
    </message>
    <message>
        <source>Adopting moves the alarm level by %1 °C and the canthus reading that raises an alarm by %2 °C, to %3: %4.</source>
        <translation>L&apos;adoption déplace le seuil d&apos;alarme de %1 °C et la mesure du canthus qui déclenche une alarme de %2 °C, à %3 : %4.</translation>
    </message>
    <message>
        <source>No pairs yet</source>
        <translation>Pas encore de paires</translation>
    </message>
    <message>
        <source>thermometer under the limit</source>
        <translation>thermomètre sous le seuil</translation>
    </message>
    <message>
        <source>at or over the limit</source>
        <translation>au seuil ou au-dessus</translation>
    </message>
    <message>
        <source>current: %1</source>
        <translation>en service : %1</translation>
    </message>
    <message>
        <source>fitted: %1</source>
        <translation>ajusté : %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source>Supervisor PIN:</source>
        <translation>PIN superviseur :</translation>
    </message>
    <message>
        <source>Adopt the fitted model (%1, alarm at %2)?

%3</source>
        <translation>Adopter le modèle ajusté (%1, alarme à %2) ?

%3</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN superviseur</translation>
    </message>
    <message>
        <source>There is no fitted model to adopt.</source>
        <translation>Aucun modèle ajusté à adopter.</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>Non adopté : %1</translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs: adoption is locked for another %1.</source>
        <translation>Trop de PIN superviseur erronés : adoption bloquée encore %1.</translation>
    </message>
    <message>
        <source>Not adopted: sign on first, the change is recorded with a name.</source>
        <translation>Non adopté : identifiez-vous d&apos;abord, le changement est enregistré avec un nom.</translation>
    </message>
    <message>
        <source>Not adopted: no PIN was entered.</source>
        <translation>Non adopté : aucun PIN saisi.</translation>
    </message>
    <message>
        <source>Not adopted: %1.</source>
        <translation>Non adopté : %1.</translation>
    </message>
    <message>
        <source>Not adopted: the PIN could not be checked (%1).</source>
        <translation>Non adopté : le PIN n&apos;a pas pu être vérifié (%1).</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN: the model was not changed.</source>
        <translation>PIN superviseur erroné : le modèle n&apos;a pas été changé.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: adoption is locked for %1.</source>
        <translation>Trop de PIN erronés : adoption bloquée pendant %1.</translation>
    </message>
    <message>
        <source>Adopted by %1: %2, alarm at %3. The change is in the audit trail.</source>
        <translation>Adopté par %1 : %2, alarme à %3. Le changement figure dans le journal d&apos;audit.</translation>
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
        <translation>choisi dans les réglages</translation>
    </message>
    <message>
        <source>OpenGL unavailable (%1)</source>
        <translation>OpenGL indisponible (%1)</translation>
    </message>
    <message>
        <source>GL renderer is software (%1)</source>
        <translation>Rendu GL logiciel (%1)</translation>
    </message>
    <message>
        <source>software GL renderer, GPU wall forced in the settings</source>
        <translation>rendu GL logiciel, mur GPU imposé dans les réglages</translation>
    </message>
    <message>
        <source>GPU wall failed to start on %1 (%2)</source>
        <translation>Le mur GPU n&apos;a pas pu démarrer sur %1 (%2)</translation>
    </message>
    <message>
        <source>GL renderer not yet known (no frame drawn)</source>
        <translation>rendu GL encore inconnu (aucune image affichée)</translation>
    </message>
    <message>
        <source>GPU (vispy) on %1</source>
        <translation>GPU (vispy) sur %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Allowed in by the guard</source>
        <translation>Entrée autorisée par l&apos;agent</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>Entrée refusée</translation>
    </message>
    <message>
        <source>Marked false alarm</source>
        <translation>Signalée comme fausse alarme</translation>
    </message>
    <message>
        <source>Screened again</source>
        <translation>Contrôlée à nouveau</translation>
    </message>
    <message>
        <source>Expired without action</source>
        <translation>Expirée sans action</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>Closed by the console, unresolved</source>
        <translation>Close par la console, non résolue</translation>
    </message>
    <message>
        <source>Fever confirmed by clinical thermometer</source>
        <translation>Fièvre confirmée au thermomètre médical</translation>
    </message>
    <message>
        <source>Fever not confirmed by clinical thermometer</source>
        <translation>Fièvre non confirmée au thermomètre médical</translation>
    </message>
    <message>
        <source>Check without a thermometer reading</source>
        <translation>Contrôle sans relevé de thermomètre</translation>
    </message>
    <message>
        <source>Allow entry</source>
        <extracomment>Every operator action the store knows (app.store.writes.ACTIONS_KNOWN), by code; a test keeps them equal.</extracomment>
        <translation>Autoriser l&apos;entrée</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Refuser l&apos;entrée</translation>
    </message>
    <message>
        <source>Secondary check</source>
        <translation>Contrôle secondaire</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fausse alarme</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <source>Acknowledge an alarm</source>
        <translation>Prendre en compte une alarme</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Remesurer</translation>
    </message>
    <message>
        <source>Bypass a camera</source>
        <translation>Contourner une caméra</translation>
    </message>
    <message>
        <source>Resume a camera</source>
        <translation>Reprendre une caméra</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Suspend screening</source>
        <translation>Suspendre le dépistage</translation>
    </message>
    <message>
        <source>Resume screening</source>
        <translation>Reprendre le dépistage</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Unmute the sound</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Console quit with alarms open</source>
        <translation>Console quittée avec des alarmes ouvertes</translation>
    </message>
    <message>
        <source>Alarm closed by the console, unresolved</source>
        <translation>Alarme fermée par la console, non résolue</translation>
    </message>
    <message>
        <source>Alarm limit (°C)</source>
        <extracomment>The settings a change is logged under (config_changes.key), by key.</extracomment>
        <translation>Seuil d’alarme (°C)</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Règle de conservation</translation>
    </message>
    <message>
        <source>Oral-equivalent model</source>
        <translation>Modèle d’équivalent buccal</translation>
    </message>
    <message>
        <source>Camera setup</source>
        <translation>Configuration des caméras</translation>
    </message>
    <message>
        <source>Camera password</source>
        <translation>Mot de passe de la caméra</translation>
    </message>
    <message>
        <source>Nothing personal</source>
        <extracomment>The retention modes (app.store.retention.MODES), by code.</extracomment>
        <translation>Aucune donnée personnelle</translation>
    </message>
    <message>
        <source>Alarms only</source>
        <translation>Alarmes seulement</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message numerus="yes">
        <source>Expired data is deleted automatically; %n purge(s) ran in the period, each recorded in the audit trail.</source>
        <translation>
            <numerusform>Les données expirées sont supprimées automatiquement ; %n purge a eu lieu sur la période, consignée dans la piste d&apos;audit.</numerusform>
            <numerusform>Les données expirées sont supprimées automatiquement ; %n purges ont eu lieu sur la période, chacune consignée dans la piste d&apos;audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact (%n records)</source>
        <translation>
            <numerusform>intacte (%n enregistrement)</numerusform>
            <numerusform>intacte (%n enregistrements)</numerusform>
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
        <translation>non défini</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>store nothing personal: aggregate counts only</source>
        <translation>aucune donnée personnelle conservée : comptages agrégés uniquement</translation>
    </message>
    <message>
        <source>store elevated decisions (alarms) and the actions on them for %1 h, with thermal snapshots; aggregate counts kept</source>
        <translation>conservation des résultats élevés (alarmes) et des actions associées pendant %1 h, avec images thermiques ; comptages agrégés conservés</translation>
    </message>
    <message>
        <source>store elevated decisions (alarms) and the actions on them for %1 h, no images; aggregate counts kept</source>
        <translation>conservation des résultats élevés (alarmes) et des actions associées pendant %1 h, sans images ; comptages agrégés conservés</translation>
    </message>
    <message>
        <source>store every decision for %1 h, with thermal snapshots; aggregate counts kept</source>
        <translation>conservation de tous les résultats pendant %1 h, avec images thermiques ; comptages agrégés conservés</translation>
    </message>
    <message>
        <source>store every decision for %1 h, no images; aggregate counts kept</source>
        <translation>conservation de tous les résultats pendant %1 h, sans images ; comptages agrégés conservés</translation>
    </message>
    <message>
        <source>Fever screening report</source>
        <extracomment>Logged when the console closes: the time after it is not observed (neither screening nor down: nobody was running the entrance).</extracomment>
        <translation>Rapport de dépistage de la fièvre</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3 to %4 UTC; counts are kept per hour, so the period is rounded to whole hours).</source>
        <translation>Du %1 au %2 (%3 à %4 UTC ; les comptages sont tenus par heure, la période est donc arrondie à l&apos;heure entière).</translation>
    </message>
    <message>
        <source>From %1 to %2 (counts are kept per hour, so the period is rounded to whole hours).</source>
        <translation>Du %1 au %2 (les comptages sont tenus par heure ; la période est donc arrondie à l’heure entière).</translation>
    </message>
    <message>
        <source>People screened</source>
        <translation>Personnes contrôlées</translation>
    </message>
    <message>
        <source>With a result</source>
        <translation>Avec un résultat</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Elevated (alarm: secondary check)</source>
        <translation>Élevé (alarme : contrôle secondaire)</translation>
    </message>
    <message>
        <source>Pre-alarm (near the alarm level)</source>
        <translation>Pré-alarme (proche du seuil d&apos;alarme)</translation>
    </message>
    <message>
        <source>No result (asked to retry or checked by hand)</source>
        <translation>Sans résultat (nouvel essai demandé ou contrôle manuel)</translation>
    </message>
    <message>
        <source>Share with a result</source>
        <translation>Part avec un résultat</translation>
    </message>
    <message>
        <source>No result, by reason</source>
        <translation>Sans résultat, par motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alerts and secondary checks</source>
        <translation>Alertes et contrôles secondaires</translation>
    </message>
    <message>
        <source>An alarm never decides entry: it starts a secondary check by a guard with a clinical thermometer (GDPR Art. 22; FDA labelling).</source>
        <translation>Une alarme ne décide jamais de l&apos;entrée : elle déclenche un contrôle secondaire par un agent avec un thermomètre médical (RGPD art. 22 ; étiquetage FDA).</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Alertes déclenchées</translation>
    </message>
    <message>
        <source>Alerts escalated</source>
        <translation>Alertes escaladées</translation>
    </message>
    <message>
        <source>Unresolved alerts (no guard&apos;s decision)</source>
        <translation>Alertes non résolues (sans décision d&apos;un agent)</translation>
    </message>
    <message>
        <source>of which still open at the end of the period</source>
        <translation>dont encore ouvertes à la fin de la période</translation>
    </message>
    <message>
        <source>of which closed by the console: left open, no one could act on them</source>
        <translation>dont closes par la console : restées ouvertes, personne n&apos;a pu agir</translation>
    </message>
    <message>
        <source>How alerts ended</source>
        <translation>Issue des alertes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Secondary checks</source>
        <translation>Contrôles secondaires</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Entry allowed despite an alarm (overrides), by reason</source>
        <translation>Entrée autorisée malgré une alarme (dérogations), par motif</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Operator actions, by type</source>
        <translation>Actions des opérateurs, par type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Per camera</source>
        <translation>Par caméra</translation>
    </message>
    <message>
        <source>no state log</source>
        <translation>pas de journal d&apos;état</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Contrôlées</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Élevés</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sans résultat</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Indisponibilité</translation>
    </message>
    <message>
        <source>Screening availability</source>
        <translation>Disponibilité du dépistage</translation>
    </message>
    <message>
        <source>No camera activity.</source>
        <translation>Aucune activité de caméra.</translation>
    </message>
    <message>
        <source>Small counts: a count of people at one entrance from 1 to %1 could single someone out, so it is not published; its column is withheld for every entrance (%2), with the columns it could be worked out from. The totals for the whole site above are exact.</source>
        <translation>Petits effectifs : un nombre de personnes de 1 à %1 à une entrée pourrait désigner quelqu’un ; il n’est donc pas publié : sa colonne est masquée pour toutes les entrées (%2), avec les colonnes dont on pourrait le déduire. Les totaux du site ci-dessus sont exacts.</translation>
    </message>
    <message>
        <source>Downtime by state</source>
        <translation>Indisponibilité par état</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Calibration and reference checks</source>
        <translation>Étalonnage et contrôles de référence</translation>
    </message>
    <message>
        <source>Reference checks passed</source>
        <translation>Contrôles de référence réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>No reference (blackbody) checks were logged.</source>
        <translation>Aucun contrôle de référence (corps noir) n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Thermometer/camera pairs collected for re-calibration</source>
        <translation>Paires thermomètre/caméra recueillies pour le réétalonnage</translation>
    </message>
    <message>
        <source>Settings changes</source>
        <translation>Modifications des réglages</translation>
    </message>
    <message>
        <source>changed (see the audit trail)</source>
        <translation>modifié (voir la piste d&apos;audit)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%1: the store&apos;s default retention policy when it was created (not a change): %2.</source>
        <translation>%1 : règle de conservation par défaut de la base à sa création (pas une modification) : %2.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Retention policy in force: %1: %2.</source>
        <translation>Politique de conservation en vigueur : %1 : %2.</translation>
    </message>
    <message>
        <source>This report holds aggregate counts only: no identities or per-person numbers, no temperatures or times of individual people, no images, no operator names and no free-text notes.</source>
        <translation>Ce rapport ne contient que des comptages agrégés : aucune identité ni donnée par personne, aucune température ni heure de passage individuelle, aucune image, aucun nom d&apos;opérateur et aucune note libre.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>Audit chain %1.</source>
        <translation>Chaîne d&apos;audit %1.</translation>
    </message>
    <message>
        <source>Head record %1, hash %2. Keep this line: %3 later proves that no record up to here was rewritten.</source>
        <translation>Dernier enregistrement %1, empreinte %2. Conservez cette ligne : %3 prouvera plus tard qu&apos;aucun enregistrement jusqu&apos;ici n&apos;a été réécrit.</translation>
    </message>
    <message>
        <source>Canthus %1, report generated %2.</source>
        <translation>Canthus %1, rapport généré le %2.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>At or over the alarm level: an alert for the guards</source>
        <extracomment>What each result means, for a table cell&apos;s tooltip, context &quot;Review&quot;.</extracomment>
        <translation>Au seuil d&apos;alarme ou au-dessus : une alerte pour les agents</translation>
    </message>
    <message>
        <source>A normal result close to the alarm level (pre-alarm)</source>
        <translation>Un résultat normal proche du seuil d&apos;alarme (pré-alarme)</translation>
    </message>
    <message>
        <source>Under the alarm level</source>
        <translation>Sous le seuil d&apos;alarme</translation>
    </message>
    <message>
        <source>No result: the person was asked to do something and screen again</source>
        <translation>Sans résultat : la personne a reçu une consigne et doit repasser</translation>
    </message>
    <message>
        <source>Override: no reason</source>
        <translation>Dérogation : sans motif</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Dérogation : %1</translation>
    </message>
    <message>
        <source>Thermometer %1</source>
        <translation>Thermomètre %1</translation>
    </message>
    <message>
        <source>Thermometer, no reading</source>
        <translation>Thermomètre, sans relevé</translation>
    </message>
    <message>
        <source>ELEVATED</source>
        <translation>ÉLEVÉE</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Pre-alarm</source>
        <translation>Pré-alarme</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesurée</translation>
    </message>
    <message>
        <source>Measured, absolute rule</source>
        <translation>Mesurée, règle absolue</translation>
    </message>
    <message>
        <source>Measured, relative rule</source>
        <translation>Mesurée, règle relative</translation>
    </message>
    <message>
        <source>Measured, %1 rule</source>
        <translation>Mesurée, règle %1</translation>
    </message>
    <message>
        <source>%1, alarm at ≥ %2</source>
        <translation>%1, alarme à ≥ %2</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTE</translation>
    </message>
    <message>
        <source>fever confirmed</source>
        <translation>fièvre confirmée</translation>
    </message>
    <message>
        <source>thermometer normal</source>
        <translation>thermomètre normal</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladée</translation>
    </message>
    <message>
        <source>closed after %1</source>
        <translation>clôturée après %1</translation>
    </message>
    <message>
        <source>Retention: nothing personal is kept</source>
        <translation>Conservation : aucune donnée personnelle</translation>
    </message>
    <message>
        <source>Retention: every decision, %1 h</source>
        <translation>Conservation : toutes les décisions, %1 h</translation>
    </message>
    <message>
        <source>Retention: elevated decisions only, %1 h</source>
        <translation>Conservation : résultats élevés seulement, %1 h</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>one colour per entrance in plots (no red: red means the limit and alarms) (key, text) of the periods every review window offers (texts in context &quot;Review&quot;).</extracomment>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>All entrances</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Canthus — %1</source>
        <translation>Canthus — %1</translation>
    </message>
    <message>
        <source>&amp;Entrance</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <source>%1 · %2 · updated %3</source>
        <translation>%1 · %2 · mis à jour %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Fermer cette fenêtre (Échap)</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <source>Allowed entry</source>
        <extracomment>What a cell shows where there is no value (not measured, or not kept by the retention policy). The store&apos;s time format: fixed-width UTC ISO text. The guards&apos; and the console&apos;s actions (store codes), translated by code in context &quot;ReviewAction&quot;.</extracomment>
        <translation>Entrée autorisée</translation>
    </message>
    <message>
        <source>Denied entry</source>
        <translation>Entrée refusée</translation>
    </message>
    <message>
        <source>Thermometer check</source>
        <translation>Contrôle au thermomètre</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fausse alarme</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <source>Re-screen</source>
        <translation>Recontrôle</translation>
    </message>
    <message>
        <source>Bypassed camera</source>
        <translation>Caméra contournée</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Resumed screening</source>
        <translation>Dépistage repris</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sons coupés</translation>
    </message>
    <message>
        <source>Unmuted</source>
        <translation>Sons rétablis</translation>
    </message>
    <message>
        <source>Closed by the console (unresolved)</source>
        <translation>Fermée par la console (non résolue)</translation>
    </message>
    <message>
        <source>Console quit with alarms open</source>
        <translation>Console quittée avec des alarmes ouvertes</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>absolute</source>
        <extracomment>The rule a decision was made by (``Decision.rule``: app.core.rules), by code: the alert card, the history.</extracomment>
        <translation>absolue</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>absolute (seeding baseline)</source>
        <translation>absolue (référence en constitution)</translation>
    </message>
</context>
<context>
    <name>ShortFalseAlarmCause</name>
    <message>
        <source>hot drink or food</source>
        <extracomment>... and the causes of a false alarm.</extracomment>
        <translation>boisson ou repas chaud</translation>
    </message>
    <message>
        <source>sun heated skin</source>
        <translation>peau chauffée au soleil</translation>
    </message>
    <message>
        <source>exertion</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>hot object</source>
        <translation>objet chaud</translation>
    </message>
    <message>
        <source>two people</source>
        <translation>deux personnes</translation>
    </message>
    <message>
        <source>camera fault</source>
        <translation>défaut caméra</translation>
    </message>
</context>
<context>
    <name>ShortOverrideReason</name>
    <message>
        <source>thermometer normal</source>
        <extracomment>A guard&apos;s reason in a few words (the code&apos;s own words in English), by code: the override reasons...</extracomment>
        <translation>thermomètre normal</translation>
    </message>
    <message>
        <source>hot drink or food</source>
        <translation>boisson ou repas chaud</translation>
    </message>
    <message>
        <source>heat or sun</source>
        <translation>chaleur ou soleil</translation>
    </message>
    <message>
        <source>known condition</source>
        <translation>affection connue</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>camera fault</source>
        <translation>défaut caméra</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>SiteFile</name>
    <message>
        <source>unknown key</source>
        <extracomment>The site-file format this Canthus writes and reads; older files are migrated on load. version -&gt; function turning a version-N site table into version N+1 (none yet: version 1 is the first) Seconds without a frame before a camera is &quot;offline&quot; (DOMAIN.md: report offline after a grace period). A site file is a few dozen lines; anything this big is not one (and would be slow to parse).</extracomment>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>champ obligatoire</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>doit être supérieur ou égal à %1</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>doit être inférieur ou égal à %1</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>doit être inférieur à %1</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>doit être un nombre (ce texte n&apos;en est pas un)</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>doit être un nombre entier (ce texte n&apos;en est pas un)</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>doit être un nombre entier, sans décimales</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>doit être true ou false (valeur non reconnue)</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>doit être un texte</translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n characters</source>
        <translation>
            <numerusform>doit compter au moins %n caractère</numerusform>
            <numerusform>doit compter au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n characters</source>
        <translation>
            <numerusform>doit compter au plus %n caractère</numerusform>
            <numerusform>doit compter au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Input should be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>Input tag &apos;%1&apos; found using %2 does not match any of the expected tags: %3</source>
        <translation>la valeur &apos;%1&apos; de %2 n&apos;est aucune des valeurs attendues : %3</translation>
    </message>
    <message>
        <source>List should have at least %1 item after validation, not %2</source>
        <translation>doit compter au moins %1 élément, pas %2</translation>
    </message>
    <message>
        <source>has an invisible or control character (U+%1)</source>
        <translation>contient un caractère invisible ou de contrôle (U+%1)</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters (spaces at the ends and repeated ones do not count), got %2</source>
        <translation>doit compter de 1 à %1 caractères (les espaces aux extrémités et répétés ne comptent pas), reçu %2</translation>
    </message>
    <message>
        <source>must be &quot;all&quot;, &quot;none&quot; or a list of incident names</source>
        <translation>doit être &quot;all&quot;, &quot;none&quot; ou une liste de noms d&apos;incidents</translation>
    </message>
    <message>
        <source>unknown incidents %1; known: %2</source>
        <translation>incidents inconnus %1 ; connus : %2</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>camera.%1.name %2 and camera.%3.name %4 are the same name (names are compared ignoring case, width and repeated spaces)</source>
        <translation>camera.%1.name %2 et camera.%3.name %4 sont le même nom (les noms sont comparés sans tenir compte de la casse, de la largeur des caractères ni des espaces répétés)</translation>
    </message>
    <message>
        <source>the site name has no letter or digit to name its MQTT topics by: set events.site_id</source>
        <translation>le nom du site n&apos;a ni lettre ni chiffre pour nommer ses sujets MQTT : définissez events.site_id</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre problème</numerusform>
            <numerusform>; et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (camera %2)</source>
        <translation>%1 (caméra %2)</translation>
    </message>
    <message>
        <source>%1 — it belongs in a [[camera]] table</source>
        <translation>%1 — elle va dans une table [[camera]]</translation>
    </message>
    <message>
        <source>%1, got %2</source>
        <translation>%1, reçu %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound: MUTED on this workstation</source>
        <extracomment>Linux&apos;s sound devices: ``aplay`` plays to an ALSA playback device (pcmC&lt;card&gt;D&lt;device&gt;p) here</extracomment>
        <translation>Son : COUPÉ sur ce poste</translation>
    </message>
    <message>
        <source>Sound: no alarm sound file (%1 missing): alarms are shown only</source>
        <translation>Son : fichier d&apos;alarme absent (%1) : alarmes affichées seulement</translation>
    </message>
    <message>
        <source>Sound: no sound device: alarms are shown only</source>
        <translation>Son : aucun haut-parleur : alarmes affichées seulement</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message numerus="yes">
        <source>%n alarms are open: they stay open in the record and come back when the console starts again</source>
        <extracomment>the station&apos;s counted words (declared with a literal count for lupdate, translated with the real one)</extracomment>
        <translation>
            <numerusform>%n alarme est ouverte : elle reste ouverte dans le registre et revient au prochain démarrage de la console</numerusform>
            <numerusform>%n alarmes sont ouvertes : elles restent ouvertes dans le registre et reviennent au prochain démarrage de la console</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms from the last session back in the list</source>
        <translation>
            <numerusform>%n alarme ouverte de la session précédente revenue dans la liste</numerusform>
            <numerusform>%n alarmes ouvertes de la session précédente revenues dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed as console closed (%1)</source>
        <translation>
            <numerusform>%n close à la fermeture de la console (%1)</numerusform>
            <numerusform>%n closes à la fermeture de la console (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>limit %1 °C (site file: %2)</source>
        <extracomment>decisions the station keeps for inspection (newest, without head crops); every one goes to the store a reference (blackbody) that stays as it was is still logged this often: the &quot;scheduled&quot; check reference states of a camera, as the engine reports them (index, decision): every decision a camera made (results and non-results), as it came (alert): an elevated decision raised it (alert, text): silenced, escalated, or a press was refused (text says why) (alert, text): a guard&apos;s action closed it (settings: ScreeningSettings, changed keys: list[str]) (index): a camera&apos;s state, last result or screening switch changed (index, off: str | None): a guard bypassed, paused or resumed a camera, or suspended all (name): a guard signed on (&quot;&quot; nobody) (suspended: bool) (muted: bool) (text): something the guard must read (a refused press, a store that fails, a change made) (text): the store recovered; the status line may clear its problem the blackbody&apos;s set point from the site file (None: none configured, or found by search) the site file&apos;s source kind (``site.camera[i].source.kind``: &quot;sim&quot;, &quot;recording&quot;, &quot;file&quot;, &quot;uvc&quot;...): a live tile fed by a recording says &quot;Replay&quot;, by the simulator &quot;Simulated&quot; what the start found open from the last session, in words (&quot;&quot; nothing): see restore_open_alerts</extracomment>
        <translation>seuil %1 °C (fichier du site : %2)</translation>
    </message>
    <message>
        <source>rule %1 (site file: %2)</source>
        <translation>règle %1 (fichier du site : %2)</translation>
    </message>
    <message>
        <source>adopted model, offset %1 °C</source>
        <translation>modèle adopté, décalage %1 °C</translation>
    </message>
    <message>
        <source>Saved settings in use: %1</source>
        <translation>Réglages enregistrés en vigueur : %1</translation>
    </message>
    <message>
        <source>%1 — nothing changed (%2)</source>
        <translation>%1 — rien n’a changé (%2)</translation>
    </message>
    <message>
        <source>No event store: supervisor changes are audited, so none can be made here</source>
        <translation>Pas de registre des événements : les changements du superviseur sont audités, aucun n&apos;est possible ici</translation>
    </message>
    <message>
        <source>Too many wrong supervisor PINs: changes are locked for another %1</source>
        <translation>Trop de codes PIN erronés : les changements sont bloqués encore %1</translation>
    </message>
    <message>
        <source>Sound silenced; the alert stays until a decision</source>
        <translation>Son coupé ; l&apos;alarme reste jusqu&apos;à une décision</translation>
    </message>
    <message>
        <source>%1: no one to re-screen</source>
        <translation>%1 : personne à remesurer</translation>
    </message>
    <message>
        <source>%1: measuring subject %2 again</source>
        <translation>%1 : nouvelle mesure de la personne %2</translation>
    </message>
    <message>
        <source>%1: screening resumed</source>
        <translation>%1 : dépistage repris</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>contournée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Screened</source>
        <extracomment>(key, caption, tooltip) of the summary cards, texts in context &quot;Statistics&quot;.</extracomment>
        <translation>Contrôlées</translation>
    </message>
    <message>
        <source>People who stood in front of a camera (every decision, result or not).</source>
        <translation>Personnes passées devant une caméra (chaque décision, avec ou sans résultat).</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Élevés</translation>
    </message>
    <message>
        <source>Results at or over the alarm level.</source>
        <translation>Résultats au seuil d&apos;alarme ou au-dessus.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouveaux essais</translation>
    </message>
    <message>
        <source>Non-results: the person was asked to do something and screen again.</source>
        <translation>Sans résultat : la personne a reçu une consigne et doit repasser.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alerts raised for the guards.</source>
        <translation>Alertes déclenchées pour les agents.</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fausses alarmes</translation>
    </message>
    <message>
        <source>Alerts a guard closed as a false alarm.</source>
        <translation>Alertes clôturées par un agent comme fausse alarme.</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Entry allowed despite an alert.</source>
        <translation>Entrée autorisée malgré une alerte.</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <extracomment>Counted texts (declared so lupdate keeps their plural forms; translated with the count).</extracomment>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escaladée</numerusform>
            <numerusform>%n escaladées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fever confirmed</source>
        <translation>
            <numerusform>%n fièvre confirmée</numerusform>
            <numerusform>%n fièvres confirmées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people screened</source>
        <translation>
            <numerusform>%n personne contrôlée</numerusform>
            <numerusform>%n personnes contrôlées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored results in the histogram</source>
        <translation>
            <numerusform>%n résultat enregistré dans l&apos;histogramme</numerusform>
            <numerusform>%n résultats enregistrés dans l&apos;histogramme</numerusform>
        </translation>
    </message>
    <message>
        <source>Relative rule not in use</source>
        <translation>Règle relative non utilisée</translation>
    </message>
    <message>
        <source>Screening statistics</source>
        <translation>Statistiques du dépistage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload from the event store (F5)</source>
        <translation>Recharger depuis le journal des événements (F5)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Oral-equivalent estimate</source>
        <translation>Estimation équivalente buccale</translation>
    </message>
    <message>
        <source>People screened per hour</source>
        <translation>Personnes contrôlées par heure</translation>
    </message>
    <message>
        <source>Alert rate per hour</source>
        <translation>Taux d&apos;alerte par heure</translation>
    </message>
    <message>
        <source>% of people screened</source>
        <translation>% des personnes contrôlées</translation>
    </message>
    <message>
        <source>Overrides and actions</source>
        <translation>Dérogations et actions</translation>
    </message>
    <message>
        <source>Overrides (amber): entry allowed despite an alert, by reason code.
Actions (blue): the guards&apos; button presses, by type.

Reason codes:
%1</source>
        <translation>Dérogations (ambre) : entrée autorisée malgré une alerte, par code de motif.
Actions (bleu) : boutons pressés par les agents, par type.

Codes de motif :
%1</translation>
    </message>
    <message>
        <source>Relative rule baseline</source>
        <translation>Référence de la règle relative</translation>
    </message>
    <message>
        <source>canthus °C</source>
        <translation>canthus °C</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source>alarm level</source>
        <translation>seuil d&apos;alarme</translation>
    </message>
    <message>
        <source>Counts are kept per hour, so the period is rounded to whole hours.</source>
        <translation>Les comptages sont tenus par heure : la période est arrondie aux heures entières.</translation>
    </message>
    <message>
        <source>Retention &apos;none&apos;: no temperatures are stored, so the histogram and baseline stay empty.</source>
        <translation>Conservation « aucune » : aucune température n&apos;est enregistrée, l&apos;histogramme et la référence restent vides.</translation>
    </message>
    <message>
        <source>Retention &apos;alarms&apos;: only elevated results are stored, so the histogram shows those alone.</source>
        <translation>Conservation « alarmes » : seuls les résultats élevés sont enregistrés, l&apos;histogramme ne montre qu&apos;eux.</translation>
    </message>
    <message>
        <source>Temperatures from the %1 h of decisions the retention policy keeps.</source>
        <translation>Températures issues des %1 h de décisions que la politique de conservation garde.</translation>
    </message>
    <message>
        <source>%1 of alerts</source>
        <translation>%1 des alertes</translation>
    </message>
    <message>
        <source>%1 of results</source>
        <translation>%1 des résultats</translation>
    </message>
    <message>
        <source>%1 of screened</source>
        <translation>%1 des personnes contrôlées</translation>
    </message>
    <message>
        <source>most: %1</source>
        <translation>le plus souvent : %1</translation>
    </message>
    <message>
        <source>No stored temperatures in this period</source>
        <translation>Aucune température enregistrée sur cette période</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarme %1</translation>
    </message>
    <message>
        <source>Nobody screened in this period</source>
        <translation>Personne n&apos;a été contrôlé sur cette période</translation>
    </message>
    <message>
        <source>No alert rate: nobody screened</source>
        <translation>Pas de taux d&apos;alerte : personne n&apos;a été contrôlé</translation>
    </message>
    <message>
        <source>People screened per hour (%1 in all)</source>
        <translation>Personnes contrôlées par heure (%1 au total)</translation>
    </message>
    <message>
        <source>Alert rate per hour (%1 overall)</source>
        <translation>Taux d&apos;alerte par heure (%1 au total)</translation>
    </message>
    <message>
        <source>No operator actions in this period</source>
        <translation>Aucune action d&apos;opérateur sur cette période</translation>
    </message>
    <message>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <source>Relative rule not in use: the absolute rule decided; baseline tracked only</source>
        <translation>Règle relative non utilisée : la règle absolue a décidé ; référence seulement suivie</translation>
    </message>
    <message>
        <source>Relative rule baseline (rule not in use)</source>
        <translation>Référence règle relative (non utilisée)</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>beside the marks: the limit&apos;s value and caption (plain text when an alarm level under it is marked too: then that level&apos;s value and caption, in the mask colour) the left edge of the scale&apos;s labels (the widest of them, measured): person labels stay left of it A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
        <translation>
            <numerusform>%n sautée</numerusform>
            <numerusform>%n sautées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <source>off scale</source>
        <translation>hors échelle</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarme</translation>
    </message>
    <message>
        <source>Camera warming up</source>
        <translation>Caméra en préchauffage</translation>
    </message>
    <message>
        <source>Blackbody not seen</source>
        <translation>Corps noir invisible</translation>
    </message>
    <message>
        <source>Locked: reference drift</source>
        <translation>Bloqué : dérive réf.</translation>
    </message>
    <message>
        <source>Camera fault: impossible image</source>
        <translation>Panne : image impossible</translation>
    </message>
    <message>
        <source>Dead pixels: use a thermometer</source>
        <translation>Pixels morts : thermomètre</translation>
    </message>
    <message>
        <source>One person at a time</source>
        <translation>Une personne à la fois</translation>
    </message>
    <message>
        <source>Step closer</source>
        <translation>Approchez-vous</translation>
    </message>
    <message>
        <source>Remove glasses</source>
        <translation>Retirez vos lunettes</translation>
    </message>
    <message>
        <source>Wait 15 min indoors</source>
        <translation>Attendez 15 min ici</translation>
    </message>
    <message>
        <source>Stand still, look here</source>
        <translation>Immobile, regardez ici</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure…</translation>
    </message>
    <message>
        <source>Connecting to the camera</source>
        <extracomment>Camera states (app.camera_loop.STATES) -&gt; the tile&apos;s word (a TILE_STATES key) and what the guard does.</extracomment>
        <translation>Connexion à la caméra</translation>
    </message>
    <message>
        <source>No picture: screen by hand</source>
        <translation>Pas d&apos;image : contrôle manuel</translation>
    </message>
    <message>
        <source>Screen by hand; check camera password</source>
        <translation>Contrôle manuel ; vérifiez le mot de passe</translation>
    </message>
    <message>
        <source>Screen by hand; check the camera&apos;s settings</source>
        <translation>Contrôle manuel ; vérifiez les réglages</translation>
    </message>
    <message>
        <source>Camera warming up: screen by hand</source>
        <translation>Préchauffage : contrôle manuel</translation>
    </message>
    <message>
        <source>Camera recalibrating: one moment</source>
        <translation>Recalibrage : un instant</translation>
    </message>
    <message>
        <source>Picture frozen: screen by hand</source>
        <translation>Image figée : contrôle manuel</translation>
    </message>
    <message>
        <source>Visible camera: no screening here</source>
        <translation>Caméra visible : pas de dépistage</translation>
    </message>
    <message>
        <source>Impossible images: screen by hand, call maintenance</source>
        <translation>Images impossibles : contrôle manuel, appelez la maintenance</translation>
    </message>
    <message>
        <source>Dead pixels: screen by hand, call maintenance</source>
        <translation>Pixels morts : contrôle manuel, appelez la maintenance</translation>
    </message>
    <message>
        <source>Blackbody not seen: screen by hand</source>
        <translation>Corps noir invisible : contrôle manuel</translation>
    </message>
    <message>
        <source>Reference drift: screen by hand, call maintenance</source>
        <translation>Dérive de référence : contrôle manuel, appelez la maintenance</translation>
    </message>
    <message>
        <source>Screening paused</source>
        <translation>Dépistage en pause</translation>
    </message>
    <message>
        <source>Camera bypassed: screen by hand</source>
        <translation>Caméra contournée : contrôle manuel</translation>
    </message>
    <message>
        <source>Screening suspended</source>
        <translation>Dépistage suspendu</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (encore %2)</translation>
    </message>
    <message>
        <source>ELEVATED %1</source>
        <translation>ÉLEVÉE %1</translation>
    </message>
    <message>
        <source>Normal %1 (pre-alarm)</source>
        <translation>Normal %1 (pré-alarme)</translation>
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
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Camera login failed</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Camera setup problem</source>
        <translation>Erreur de config.</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Préchauffage</translation>
    </message>
    <message>
        <source>Calibrating</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figée</translation>
    </message>
    <message>
        <source>Not radiometric</source>
        <translation>Non radiométrique</translation>
    </message>
    <message>
        <source>Bad frames</source>
        <translation>Images erronées</translation>
    </message>
    <message>
        <source>Dead pixels</source>
        <translation>Pixels morts</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Contournée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>Replay</source>
        <extracomment>What a live tile says instead of &quot;Live&quot; when no door is behind it (TileView.source).</extracomment>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulée</translation>
    </message>
</context>
</TS>
