"""Tables of the event store, their migrations, and what the audit keeps of each row.

The schema version is SQLite's ``PRAGMA user_version``. :data:`MIGRATIONS`
is a list of ``(version, description, statements)`` applied in order, each
in its own transaction together with the new ``user_version`` and an audit
record. To add version 6, append ``(6, "what changes", [...SQL...])`` and, if
it adds an audited table or column, update :data:`TABLES` (a sealed column
added to an existing table also goes in its ``added``, so the seals of rows
audited before it existed stay valid; version 5 did so). Version 2 keys
the audit trail: records from its migration record on are sealed with the
site's key (:mod:`app.store.keys`).

Every audited table has an ``id INTEGER PRIMARY KEY AUTOINCREMENT`` (ids are
never reused, so an audit record names one row for ever). :data:`TABLES`
splits each table's columns into *public* ones, copied into the audit
record, and *sealed* ones (personal values, secrets), of which the audit
holds only a salted SHA-256 (see :mod:`app.store.audit`).
"""

from __future__ import annotations

from dataclasses import dataclass

#: "CANT": marks the file as a Canthus event store (PRAGMA application_id).
APPLICATION_ID = 0x43414E54

#: Name of the database file inside the data folder.
FILENAME = "canthus.sqlite3"


@dataclass(frozen=True)
class TableSpec:
    """An audited table: columns the audit copies, and columns it only seals.

    ``added``: sealed columns added to the table after rows of it were audited
    (a later migration). They enter a row's seal only when not NULL, so the
    seal of a row audited before they existed (where they now read NULL) is
    what it was, and a store file of the earlier schema, which lacks them,
    still verifies; writing a value into one of them later changes the seal,
    which :func:`app.store.audit.verify_audit` detects.
    """

    name: str
    public: tuple[str, ...]
    sealed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not set(self.added) <= set(self.sealed):
            raise ValueError(f"{self.name}: added columns must be sealed ones")


#: The oral model's inputs besides the canthus (schema 5): the forehead centre and
#: maximum (NULL when the forehead was cut, covered or too small) and the room.
MODEL_INPUTS = ("forehead_c", "forehead_max_c", "room_c")


DECISIONS = TableSpec(
    "decisions",
    public=("camera", "personal_kept"),
    sealed=("t_wall", "verdict", "reason", "rule", "limit_c", "alarm_level_c", "prealarm",
            "subject", "t_stream", "frame_seq", "canthus_c", "estimate_c", "baseline_c", *MODEL_INPUTS),
    added=MODEL_INPUTS,
)
IMAGES = TableSpec("images", public=("decision_id", "format"), sealed=("data",))
ALERTS = TableSpec(
    "alerts",
    public=("decision_id", "camera", "raised_at", "escalated_at", "closed_at", "outcome"),
    sealed=("check_result",),
)
ACTIONS = TableSpec(
    "actions",
    public=("at", "who", "action", "camera", "alert_id", "decision_id"),
    sealed=("reason", "reading_c"),
)
CONFIG_CHANGES = TableSpec("config_changes", public=("at", "who", "key", "old_value", "new_value", "why"))
CALIBRATION_PAIRS = TableSpec(
    "calibration_pairs",
    public=("camera", "alert_id"),
    sealed=("at", "canthus_c", "estimate_c", "reference_c", *MODEL_INPUTS),
    added=MODEL_INPUTS,
)
REFERENCE_CHECKS = TableSpec(
    "reference_checks", public=("at", "camera", "set_c", "reading_c", "offset_c", "ok", "detail")
)
CAMERA_STATES = TableSpec("camera_states", public=("at", "camera", "state", "detail"))
PURGES = TableSpec("purges", public=("at", "policy", "cutoff", "summary"))
SUPERVISOR_PINS = TableSpec("supervisor_pins", public=("set_at", "set_by"), sealed=("pin_hash",))
PIN_GUARD = TableSpec("pin_guard", public=("failures", "locked_until", "last_failure_at"))
SCREENING_SETTINGS = TableSpec(
    "screening_settings", public=("saved_at", "saved_by", "limit_c", "rule", "oral_model")
)

#: Every audited table, in the order purges delete from them (children first).
TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in (IMAGES, CALIBRATION_PAIRS, ACTIONS, ALERTS, DECISIONS, CONFIG_CHANGES,
              REFERENCE_CHECKS, CAMERA_STATES, PURGES, SUPERVISOR_PINS, PIN_GUARD, SCREENING_SETTINGS)
}

_V1 = [
    # Store-wide settings: store id, retention policy in force, audit head, last purge.
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    # One row per stored decision. Personal values (subject number, readings,
    # stream time) are NULL when personal_kept = 0 (retention mode "none").
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        camera TEXT NOT NULL,
        t_wall TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('normal', 'elevated', 'retry')),
        reason TEXT NOT NULL,
        rule TEXT,
        limit_c REAL,
        alarm_level_c REAL,
        prealarm INTEGER NOT NULL DEFAULT 0 CHECK (prealarm IN (0, 1)),
        personal_kept INTEGER NOT NULL CHECK (personal_kept IN (0, 1)),
        subject INTEGER,
        t_stream REAL,
        frame_seq INTEGER,
        canthus_c REAL,
        estimate_c REAL,
        baseline_c REAL,
        salt TEXT NOT NULL,
        CHECK (personal_kept = 1 OR (subject IS NULL AND canthus_c IS NULL
               AND estimate_c IS NULL AND baseline_c IS NULL AND t_stream IS NULL))
    )""",
    """CREATE INDEX decisions_t_wall ON decisions (t_wall)""",
    """CREATE INDEX decisions_camera_t_wall ON decisions (camera, t_wall)""",
    # Thermal snapshot (°C crop, compressed .npz), only with keep_images.
    """CREATE TABLE images (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
        format TEXT NOT NULL,
        data BLOB NOT NULL,
        salt TEXT NOT NULL
    )""",
    """CREATE TABLE alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
        camera TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        escalated_at TEXT,
        closed_at TEXT,
        outcome TEXT,
        check_result TEXT CHECK (check_result IN ('pass', 'fail')),
        salt TEXT NOT NULL
    )""",
    """CREATE INDEX alerts_raised_at ON alerts (raised_at)""",
    """CREATE TABLE actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        camera TEXT,
        alert_id INTEGER REFERENCES alerts (id),
        decision_id INTEGER REFERENCES decisions (id),
        reason TEXT,
        reading_c REAL,
        salt TEXT NOT NULL
    )""",
    """CREATE INDEX actions_decision ON actions (decision_id)""",
    """CREATE INDEX actions_alert ON actions (alert_id)""",
    """CREATE INDEX actions_at ON actions (at)""",
    # old_value / new_value: canonical JSON.
    """CREATE TABLE config_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        key TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        why TEXT NOT NULL
    )""",
    """CREATE INDEX config_changes_key ON config_changes (key, at)""",
    """CREATE TABLE calibration_pairs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        camera TEXT NOT NULL,
        alert_id INTEGER REFERENCES alerts (id),
        canthus_c REAL NOT NULL,
        estimate_c REAL,
        reference_c REAL NOT NULL,
        salt TEXT NOT NULL
    )""",
    """CREATE INDEX calibration_pairs_alert ON calibration_pairs (alert_id)""",
    """CREATE TABLE reference_checks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        camera TEXT NOT NULL,
        set_c REAL,
        reading_c REAL,
        offset_c REAL,
        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
        detail TEXT
    )""",
    """CREATE INDEX reference_checks_at ON reference_checks (at)""",
    """CREATE TABLE camera_states (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        camera TEXT NOT NULL,
        state TEXT NOT NULL,
        detail TEXT
    )""",
    """CREATE INDEX camera_states_camera_at ON camera_states (camera, at)""",
    # policy, summary: canonical JSON.
    """CREATE TABLE purges (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        policy TEXT NOT NULL,
        cutoff TEXT NOT NULL,
        summary TEXT NOT NULL
    )""",
    """CREATE TABLE supervisor_pins (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        salt TEXT NOT NULL
    )""",
    # Aggregate counts per camera ('' for none) per UTC hour ('YYYY-MM-DDTHH').
    """CREATE TABLE counts (
        camera TEXT NOT NULL,
        hour TEXT NOT NULL,
        metric TEXT NOT NULL,
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (camera, hour, metric)
    ) WITHOUT ROWID""",
    """CREATE INDEX counts_hour ON counts (hour)""",
    # Hour buckets whose counts are committed to the audit (row absent: not yet, or changed since).
    """CREATE TABLE count_seals (
        camera TEXT NOT NULL,
        hour TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (camera, hour)
    ) WITHOUT ROWID""",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    # Stops accidents; deliberate tampering (dropping the triggers) is what
    # the hash chain detects.
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
]

_V2 = [
    # Wrong supervisor PINs in a row and the lock-out they earned: one row,
    # written at the first wrong PIN, audited at each change (never the PIN).
    """CREATE TABLE pin_guard (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        failures INTEGER NOT NULL CHECK (failures >= 0),
        locked_until TEXT,
        last_failure_at TEXT
    )""",
    # The migration record itself is the first one sealed with the site's audit
    # key; meta 'audit_keyed_from' names it (the key's own record does too).
]

_V3 = [
    # The screening settings in force (limit, rule, adopted model): one row, written at
    # the first save and updated at each (audited like any row). The retention policy
    # stays in meta 'retention'. No row: nothing was saved, the site file applies.
    """CREATE TABLE screening_settings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        limit_c REAL NOT NULL,
        rule TEXT NOT NULL CHECK (rule IN ('absolute', 'relative')),
        oral_model TEXT
    )""",
]

_V4 = [
    # The alert's id across sessions and consoles (Alert.uid: what a site publishes and
    # headquarters de-duplicates by), so an alert brought back after a restart is the same
    # alarm to them. A correlation key, not evidence: not in the audited columns (TABLES),
    # so adding it leaves every earlier audit record valid.
    """ALTER TABLE alerts ADD COLUMN uid TEXT""",
]

_V5 = [
    # The oral model's other inputs, next to canthus_c and estimate_c: a stored estimate can be
    # recomputed from its row, and a site can refit the forehead model on its own pairs. Personal
    # readings: sealed (TABLES, as "added" columns: earlier seals stay valid), NULL unless kept.
    *(f"ALTER TABLE {t} ADD COLUMN {c} REAL" for t in ("decisions", "calibration_pairs") for c in MODEL_INPUTS),
    # SQLite cannot alter the decisions CHECK (personal_kept = 0 => no readings): triggers hold the
    # new readings to it.
    *(f"""CREATE TRIGGER decisions_model_inputs_personal_{op.lower()} BEFORE {op} ON decisions
       WHEN NEW.personal_kept = 0 AND (NEW.forehead_c IS NOT NULL OR NEW.forehead_max_c IS NOT NULL
                                       OR NEW.room_c IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: readings where personal values are not kept');
       END"""
      for op in ("INSERT", "UPDATE")),
]

#: (version, description, SQL statements), applied in order.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "event store, audit trail, aggregate counts", _V1),
    (2, "audit records sealed with the site's key (HMAC-SHA256); supervisor PIN lock-out", _V2),
    (3, "screening settings (limit, rule, adopted model) persisted across restarts", _V3),
    (4, "alerts keep their uid across restarts (open alarms come back as the same alarm)", _V4),
    (5, "decisions and calibration pairs keep the oral model's forehead and room inputs", _V5),
]


def schema_version() -> int:
    """The version this code writes: the last migration's."""
    return MIGRATIONS[-1][0]
