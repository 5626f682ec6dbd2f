"""Schema 5: decisions and calibration pairs keep the oral model's forehead and room inputs.

Stored, sealed like every personal reading, NULL unless personal values are kept,
read back by the queries and the CSV exports; a schema-4 store migrates with its rows
and audit trail intact.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

import app.store.schema as schema
from app.core.calibration import load_columns, load_pairs
from app.core.engine import Decision
from app.core.oral import SHIPPED_MODEL
from app.store import FILENAME, RetentionPolicy, open_store, verify_audit
from tests.test_store import Clock

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
# Readings with digits nothing else in a store holds, so a dump shows whether they are there.
FOREHEAD, FOREHEAD_MAX, ROOM = 34.917, 35.683, 22.437
NEW = ("forehead_c", "forehead_max_c", "room_c")


def dec(verdict="elevated", subject=1, canthus=36.59, forehead=True, room=True) -> Decision:
    fc, fm = (FOREHEAD, FOREHEAD_MAX) if forehead else (None, None)
    rc = ROOM if room else None
    est = SHIPPED_MODEL.estimate(canthus, None, rc, forehead_c=fc, forehead_max_c=fm)
    return Decision(
        camera="north", subject=subject, t=3.5, seq=42, verdict=verdict, reason="measured", instruction="",
        canthus_c=canthus, estimate_c=round(est, 4), rule="absolute", limit_c=37.7, alarm_level_c=37.5,
        baseline_c=35.4, room_c=rc, forehead_c=fc, forehead_max_c=fm,
        forehead_missing="" if forehead else "covered",
    )


def opened(policy: RetentionPolicy | None = None, clock: Clock | None = None, **kw):
    return open_store(retention=policy, clock=clock or Clock(), auto_purge_s=None, **kw)


def raw(data_dir) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / FILENAME)


def columns(data_dir, table: str) -> list[str]:
    with raw(data_dir) as c:
        return [r[1] for r in c.execute(f"PRAGMA table_info({table})")]


def dump(data_dir) -> str:
    with raw(data_dir) as c:
        return "\n".join(c.iterdump())


def checked(s, decision_id: int, reading: float = 38.1) -> int:
    """Raise an alert on a stored decision and record a secondary check: one calibration pair."""
    a = s.raise_alert(decision_id)
    s.record_action("Anna", "secondary_check", alert_id=a, reading_c=reading)
    return a


# --------------------------------------------------------------------------
# A fresh store
# --------------------------------------------------------------------------


def test_a_fresh_store_stores_the_models_inputs_and_reads_them_back(data_dir):
    with opened(RetentionPolicy("all")) as s:
        assert s.pragmas()["user_version"] == schema.schema_version() == 5
        d = s.record_decision(dec(), T0)
        bare = s.record_decision(dec(subject=2, forehead=False), T0 + timedelta(seconds=5))
        checked(s, d)
        checked(s, bare, 37.9)
        got = {h["id"]: h for h in s.history()}
        assert [got[d][k] for k in NEW] == [FOREHEAD, FOREHEAD_MAX, ROOM]
        assert [got[bare][k] for k in NEW] == [None, None, ROOM]  # no usable forehead: none stored
        # The stored estimate is what the model gives on the stored inputs.
        row = got[d]
        again = SHIPPED_MODEL.estimate(row["canthus_c"], None, row["room_c"], forehead_c=row["forehead_c"],
                                       forehead_max_c=row["forehead_max_c"])
        assert round(again, 4) == row["estimate_c"]
        pairs = s.calibration_pairs()
        assert [(p["canthus_c"], p["reference_c"], *(p[k] for k in NEW)) for p in pairs] == [
            (36.59, 38.1, FOREHEAD, FOREHEAD_MAX, ROOM), (36.59, 37.9, None, None, ROOM)]
        assert s.verify()[0]


def test_the_csv_exports_carry_them_and_canthus_calibrate_still_reads_the_pairs(data_dir, tmp_path):
    with opened(RetentionPolicy("all")) as s:
        for i in range(3):
            checked(s, s.record_decision(dec(subject=i, canthus=36.5 + i / 10, forehead=i != 1),
                                         T0 + timedelta(seconds=i)), 37.5 + i / 10)
        assert s.export_pairs_csv(tmp_path / "pairs.csv") == 3
        assert s.export_csv(tmp_path / "history.csv") == 3
    with (tmp_path / "pairs.csv").open(encoding="utf-8", newline="") as fh:
        pairs = list(csv.DictReader(fh))
    assert list(pairs[0]) == ["at", "camera", "canthus_c", "estimate_c", "reference_c", *NEW]
    assert [p["forehead_c"] for p in pairs] == [str(FOREHEAD), "", str(FOREHEAD)]  # blank where none
    skin, ref, skipped = load_pairs(tmp_path / "pairs.csv", "canthus_c", "reference_c")
    assert list(skin) == [36.5, 36.6, 36.7] and list(ref) == [37.5, 37.6, 37.7] and skipped == 0
    (fc, fm, rc, ref), skipped = load_columns(tmp_path / "pairs.csv", ("forehead_c", "forehead_max_c", "room_c",
                                                                       "reference_c"))
    assert list(fc) == [FOREHEAD, FOREHEAD] and list(fm) == [FOREHEAD_MAX, FOREHEAD_MAX] and list(rc) == [ROOM, ROOM]
    assert list(ref) == [37.5, 37.7] and skipped == 1  # a refit's inputs: rows without a forehead skipped
    with (tmp_path / "history.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    given = (str(FOREHEAD), str(FOREHEAD_MAX), str(ROOM))
    assert [(r["forehead_c"], r["forehead_max_c"], r["room_c"]) for r in rows] == [given, ("", "", str(ROOM)), given]
    assert rows[0]["canthus_c"] == "36.5" and rows[0]["baseline_c"] == "35.4"


# --------------------------------------------------------------------------
# A schema-4 store
# --------------------------------------------------------------------------


def write_v4_store(monkeypatch) -> dict:
    """A store written by the schema-4 code: a decision, an alert, a secondary check, a pair; closed."""
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
        with opened(RetentionPolicy("all")) as s:
            assert s.pragmas()["user_version"] == 4
            d = s.record_decision(dec(forehead=False, room=False), T0)  # what schema 4 kept of one
            a = checked(s, d)
            n = len(s.audit_records())
    return {"decision": d, "alert": a, "records": n}


def test_a_schema_4_store_verifies_as_it_is_with_this_code(data_dir, monkeypatch):
    write_v4_store(monkeypatch)
    assert "forehead_c" not in columns(data_dir, "decisions")
    ok, msg, _ = verify_audit(data_dir)  # read only: not migrated, the new columns are not there
    assert ok, msg
    with raw(data_dir) as c:
        c.execute("UPDATE decisions SET canthus_c = 35.0")
    ok, msg, _ = verify_audit(data_dir)
    assert not ok and "decisions row 1 was altered" in msg


def test_a_schema_4_store_migrates_to_5_keeping_its_rows_and_audit(data_dir, monkeypatch):
    v4 = write_v4_store(monkeypatch)
    with opened() as s:
        assert s.pragmas()["user_version"] == 5
        assert [c for c in NEW if c in columns(data_dir, "decisions")] == list(NEW)
        assert [c for c in NEW if c in columns(data_dir, "calibration_pairs")] == list(NEW)
        (h,) = s.history()
        assert h["id"] == v4["decision"] and h["canthus_c"] == 36.59 and h["subject"] == 1
        assert [h[k] for k in NEW] == [None, None, None]
        (p,) = s.calibration_pairs()
        assert p["alert_id"] == v4["alert"] and p["reference_c"] == 38.1 and [p[k] for k in NEW] == [None] * 3
        records = s.audit_records()
        assert len(records) == v4["records"] + 1  # the migration record, and nothing rewritten
        last = json.loads(records[-1]["payload"])
        assert (last["kind"], last["from"], last["to"]) == ("schema_migrated", 4, 5)
        assert last["what"] == schema.MIGRATIONS[4][1]
        assert s.verify()[0]  # the rows' seals of schema 4 still hold
        # New rows carry the inputs, and the whole trail still verifies.
        d = s.record_decision(dec(subject=5), T0 + timedelta(minutes=1))
        checked(s, d)
        assert [s.history()[-1][k] for k in NEW] == [FOREHEAD, FOREHEAD_MAX, ROOM]
        assert [s.calibration_pairs()[-1][k] for k in NEW] == [FOREHEAD, FOREHEAD_MAX, ROOM]
        assert s.verify()[0]
    backup = data_dir / f"{FILENAME}.v4.bak"
    with sqlite3.connect(backup) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == 4
    assert verify_audit(data_dir)[0]


# --------------------------------------------------------------------------
# Retention: never without personal values, gone with them
# --------------------------------------------------------------------------


def test_retention_none_stores_none_of_them(data_dir):
    with opened(RetentionPolicy("none")) as s:
        assert s.record_decision(dec("normal"), T0) is None
        e = s.record_decision(dec(subject=2), T0)
        (stub,) = s.history()
        assert stub["id"] == e and stub["personal_kept"] is False
        assert [stub[k] for k in NEW] == [None, None, None]
        checked(s, e)
        assert s.calibration_pairs() == []
        assert s.verify()[0]
    text = dump(data_dir)
    assert all(str(v) not in text for v in (FOREHEAD, FOREHEAD_MAX, ROOM))


@pytest.mark.parametrize("column", NEW)
def test_the_store_refuses_them_on_a_row_whose_personal_values_are_not_kept(data_dir, column):
    """SQLite cannot alter the decisions CHECK; schema 5's triggers hold the new readings to it."""
    with opened(RetentionPolicy("none")) as s:
        e = s.record_decision(dec(), T0)
    with raw(data_dir) as c:
        with pytest.raises(sqlite3.IntegrityError, match="personal values are not kept"):
            c.execute(f"UPDATE decisions SET {column} = 30.0 WHERE id = ?", (e,))
        with pytest.raises(sqlite3.IntegrityError, match="personal values are not kept"):
            c.execute(f"INSERT INTO decisions (camera, t_wall, verdict, reason, personal_kept, {column}, salt) "
                      "VALUES ('north', 'x', 'elevated', 'measured', 0, 30.0, 's')")
        c.execute(f"INSERT INTO decisions (camera, t_wall, verdict, reason, personal_kept, {column}, salt) "
                  "VALUES ('north', 'x', 'elevated', 'measured', 1, 30.0, 's')")  # kept: allowed
        c.rollback()


def test_a_purge_takes_them_with_the_decision_and_the_pair(data_dir):
    clock = Clock()
    with opened(RetentionPolicy("alarms", hours=2), clock) as s:
        checked(s, s.record_decision(dec(), T0))
        clock.advance(hours=1)
        kept = s.record_decision(dec(subject=3, canthus=36.71), clock.t)
        checked(s, kept)
        clock.advance(hours=1, minutes=30)  # the first is past the period, the second not
        summary = s.purge()
        assert summary["decisions"] == 1 and summary["calibration_pairs"] == 1
        assert [h["id"] for h in s.history()] == [kept] and len(s.calibration_pairs()) == 1
        s.set_retention(RetentionPolicy("none", hours=2), "DPO", "no personal data")
        summary = s.purge()
        assert summary["decisions"] == 1 and summary["calibration_pairs"] == 1
        assert s.history() == [] and s.calibration_pairs() == []
        assert s.verify()[0]
    with raw(data_dir) as c:
        for table in ("decisions", "calibration_pairs"):
            assert c.execute(f"SELECT count(*) FROM {table} WHERE forehead_c IS NOT NULL OR "
                             "forehead_max_c IS NOT NULL OR room_c IS NOT NULL").fetchone()[0] == 0
    text = dump(data_dir)
    assert all(str(v) not in text for v in (FOREHEAD, FOREHEAD_MAX, ROOM))


# --------------------------------------------------------------------------
# The audit seals them
# --------------------------------------------------------------------------


def test_the_audit_seals_them_and_never_copies_them(data_dir):
    with opened(RetentionPolicy("all")) as s:
        d = s.record_decision(dec(), T0)
        bare = s.record_decision(dec(subject=2, forehead=False, room=False), T0)
        checked(s, d)
        records = s.audit_records()
    for r in records:
        body = json.loads(r["payload"])
        if body.get("table") in ("decisions", "calibration_pairs"):
            assert not set(NEW) & set(body["row"]) and body["sealed"]
    trail = "\n".join(r["payload"] for r in records)
    assert all(str(v) not in trail for v in (FOREHEAD, FOREHEAD_MAX, ROOM))
    assert "forehead" not in trail and "room_c" not in trail
    # Changing one afterwards (or writing one where none was) breaks the seal of its row.
    for table, column, rid, forged in (
        ("decisions", "forehead_c", d, FOREHEAD + 0.5),
        ("decisions", "room_c", d, None),
        ("decisions", "forehead_max_c", bare, 36.0),
        ("calibration_pairs", "forehead_c", 1, 33.0),
    ):
        with raw(data_dir) as c:
            was = c.execute(f"SELECT {column} FROM {table} WHERE id = ?", (rid,)).fetchone()[0]
            c.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (forged, rid))
        ok, msg, _ = verify_audit(data_dir)
        assert not ok and f"{table} row {rid} was altered after this record audited it" in msg, msg
        with raw(data_dir) as c:  # put it back
            c.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (was, rid))
        assert verify_audit(data_dir)[0]
