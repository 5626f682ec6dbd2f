<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
    <message>
        <source>retention: %1</source>
        <translation>conservation : %1</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <source>%n dropped</source>
        <extracomment>A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.</extracomment>
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
</context>
</TS>
