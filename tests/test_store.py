"""The event store: opening, migrations, round trips, retention, images, PIN."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
import threading
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

import app.store.schema as schema
from app.core.engine import Decision
from app.core.errors import CanthusError
from app.store import FILENAME, RetentionPolicy, open_store, verify_audit

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, t: datetime = T0) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **kw) -> None:
        self.t += timedelta(**kw)


def dec(verdict="normal", camera="north", subject=1, canthus=35.61, reason="measured", snapshot=None,
        prealarm=False) -> Decision:
    measured = verdict != "retry"
    return Decision(
        camera=camera, subject=subject, t=12.5, seq=110, verdict=verdict, reason=reason, instruction="",
        canthus_c=canthus if measured else None, estimate_c=canthus + 1.31 if measured else None,
        rule="absolute" if measured else None, limit_c=37.7, alarm_level_c=37.5 if measured else None,
        prealarm=prealarm, baseline_c=35.4 if measured else None, snapshot=snapshot,
    )


def opened(policy: RetentionPolicy | None = None, clock: Clock | None = None, **kw):
    return open_store(retention=policy, clock=clock or Clock(), auto_purge_s=None, **kw)


def raw(data_dir) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / FILENAME)


def table_count(data_dir, table: str) -> int:
    with raw(data_dir) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --------------------------------------------------------------------------
# Opening, pragmas, migrations, bad files
# --------------------------------------------------------------------------


def test_store_is_created_in_the_env_folder_private_and_audited(data_dir):
    with opened() as s:
        assert s.path == data_dir / FILENAME
        assert s.verify() == (True, "OK: 2 records, chain intact; last sealed record 2 at "
                                    "2026-03-02T08:00:00.000000Z", None)
        kinds = [r["kind"] for r in s.audit_records()]
        assert kinds == ["store_created", "config_change"]  # the default retention policy, audited
        assert s.retention == RetentionPolicy("alarms", 24, False)
    assert stat.S_IMODE((data_dir / FILENAME).stat().st_mode) == 0o600


def test_explicit_folder_overrides_the_env_var(tmp_path, data_dir):
    other = tmp_path / "elsewhere"
    with open_store(other) as s:
        assert s.path == other / FILENAME
    assert not (data_dir / FILENAME).exists()


def test_wal_synchronous_full_and_foreign_keys_are_in_force(data_dir):
    with opened() as s:
        p = s.pragmas()
        assert p["journal_mode"] == "wal"
        assert p["synchronous"] == 2  # FULL
        assert p["foreign_keys"] == 1
        assert p["user_version"] == schema.schema_version() == 5
        with pytest.raises(CanthusError, match="alert 99 is not in the store"):
            s.record_action("anna", "allow", alert_id=99)
    with raw(data_dir) as c:  # WAL is persistent in the file
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_store_is_backed_up_and_migrated(data_dir, monkeypatch):
    with opened(RetentionPolicy("all")) as s:
        d1 = s.record_decision(dec(), T0)
    v6 = (6, "decisions get a note column", ["ALTER TABLE decisions ADD COLUMN note TEXT"])
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v6])
    with opened() as s:
        assert s.pragmas()["user_version"] == 6
        assert [h["id"] for h in s.history()] == [d1]
        last = s.audit_records()[-1]
        assert last["kind"] == "schema_migrated"
        assert json.loads(last["payload"])["from"] == 5 and json.loads(last["payload"])["to"] == 6
        assert s.verify()[0]
    backup = data_dir / f"{FILENAME}.v5.bak"
    with sqlite3.connect(backup) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == 5
        assert c.execute("SELECT count(*) FROM decisions").fetchone()[0] == 1


def test_a_newer_store_is_refused_and_left_unchanged(data_dir):
    opened().close()
    with raw(data_dir) as c:
        c.execute("PRAGMA user_version = 99")
    c.close()
    before = (data_dir / FILENAME).read_bytes()
    with pytest.raises(CanthusError, match=r"newer Canthus \(store schema 99.*reads up to 5") as err:
        opened()
    assert str(data_dir / FILENAME) in str(err.value)
    assert (data_dir / FILENAME).read_bytes() == before


def test_a_corrupt_file_is_named_and_never_overwritten(data_dir):
    data_dir.mkdir()
    junk = bytes(range(256)) * 64
    (data_dir / FILENAME).write_bytes(junk)
    with pytest.raises(CanthusError, match="not an SQLite database") as err:
        opened()
    assert str(data_dir / FILENAME) in str(err.value)
    assert (data_dir / FILENAME).read_bytes() == junk


def test_a_damaged_sqlite_file_is_refused_unchanged(data_dir):
    opened().close()
    path = data_dir / FILENAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the schema page, header intact
    path.write_bytes(bytes(data))
    with pytest.raises(CanthusError, match="corrupt") as err:
        opened()
    assert str(path) in str(err.value)
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(data_dir):
    data_dir.mkdir()
    with sqlite3.connect(data_dir / FILENAME) as c:
        c.execute("CREATE TABLE invoices (id INTEGER)")
    c.close()
    with pytest.raises(CanthusError, match="another program"):
        opened()


def test_missing_store_is_an_error_when_not_creating(data_dir):
    with pytest.raises(CanthusError, match="no Canthus event store"):
        opened(create=False)
    assert not data_dir.exists() or not (data_dir / FILENAME).exists()


# --------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------


def test_round_trip_decisions_alerts_actions_history_and_pairs():
    clock = Clock()
    with opened(RetentionPolicy("all"), clock) as s:
        n1 = s.record_decision(dec(subject=1, canthus=35.61, prealarm=True), T0)
        e1 = s.record_decision(dec("elevated", subject=2, canthus=36.47), T0 + timedelta(seconds=30))
        r1 = s.record_decision(dec("retry", camera="south", subject=7, reason="glasses"), T0 + timedelta(seconds=40))
        a1 = s.raise_alert(e1, at=T0 + timedelta(seconds=31))
        assert s.raise_alert(e1) == a1  # idempotent
        s.escalate_alert(a1, at=T0 + timedelta(seconds=90))
        c1 = s.record_action("Anna", "secondary_check", alert_id=a1, reading_c=37.2, at=T0 + timedelta(minutes=2))
        k1 = s.record_action("Anna", "allow", alert_id=a1, reason="thermometer_normal: 37.2 oral",
                             at=T0 + timedelta(minutes=3))
        s.record_action("Ben", "deny", alert_id=a1, at=T0 + timedelta(minutes=4))  # too late: already closed
        s.record_action("Anna", "pause", camera="south", reason="cleaning the lens")

        hist = s.history()
        assert [h["id"] for h in hist] == [n1, e1, r1]
        n, e, r = hist
        assert n["prealarm"] is True and n["alert"] is None and n["actions"] == []
        assert n["canthus_c"] == 35.61 and n["subject"] == 1 and n["personal_kept"] is True
        assert n["t_wall"] == "2026-03-02T08:00:00.000000Z"
        assert r["verdict"] == "retry" and r["reason"] == "glasses" and r["canthus_c"] is None
        assert e["alert"]["outcome"] == "allowed" and e["alert"]["check_result"] == "pass"
        assert e["alert"]["escalated_at"] == "2026-03-02T08:01:30.000000Z"
        assert [(a["id"], a["who"], a["action"]) for a in e["actions"]] == [
            (c1, "Anna", "secondary_check"), (k1, "Anna", "allow"), (k1 + 1, "Ben", "deny")]
        assert e["actions"][0]["reading_c"] == 37.2

        assert [h["id"] for h in s.history(camera="south")] == [r1]
        assert [h["id"] for h in s.history(verdicts=["elevated", "retry"])] == [e1, r1]
        assert [h["id"] for h in s.history(since=T0 + timedelta(seconds=1), until=T0 + timedelta(seconds=35))] == [e1]

        pairs = s.calibration_pairs()
        assert [(p["canthus_c"], p["reference_c"], p["alert_id"]) for p in pairs] == [(36.47, 37.2, a1)]

        cnt = s.counts()
        assert cnt["screened"] == 3 and cnt["verdict:elevated"] == 1 and cnt["retry:glasses"] == 1
        assert cnt["alert:raised"] == 1 and cnt["alert:escalated"] == 1 and cnt["alert:outcome:allowed"] == 1
        assert cnt["check:pass"] == 1 and cnt["override:thermometer_normal"] == 1 and cnt["calibration:pair"] == 1
        assert "alert:outcome:denied" not in cnt and cnt["action:deny"] == 1
        assert s.counts(by="camera")["south"]["screened"] == 1
        assert s.verify()[0]


def test_thermometer_reading_must_be_a_body_temperature():
    with opened(RetentionPolicy("all")) as s:
        a = s.raise_alert(s.record_decision(dec("elevated"), T0))
        with pytest.raises(CanthusError, match="not a body temperature"):
            s.record_action("Anna", "secondary_check", alert_id=a, reading_c=98.6)
        with pytest.raises(CanthusError, match="unknown operator action"):
            s.record_action("Anna", "launch", alert_id=a)
        with pytest.raises(CanthusError, match="operator name"):
            s.record_action(" ", "allow", alert_id=a)


def test_export_csv_round_trip_and_formula_cells_are_defused(tmp_path):
    with opened(RetentionPolicy("all")) as s:
        s.record_decision(dec(subject=1), T0)
        e = s.record_decision(dec("elevated", camera="=cmd|calc", subject=2, canthus=36.52),
                              T0 + timedelta(seconds=5))
        a = s.raise_alert(e)
        s.record_action("Anna", "deny", alert_id=a, reason="+SUM(A1)")
        out = tmp_path / "history.csv"
        assert s.export_csv(out) == 2
        assert s.export_csv(tmp_path / "elevated.csv", verdicts=["elevated"]) == 1
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["verdict"] for r in rows] == ["normal", "elevated"]
    assert rows[1]["canthus_c"] == "36.52" and rows[1]["alert_outcome"] == "denied"
    assert "Anna: deny (+SUM(A1))" in rows[1]["actions"]
    assert rows[1]["camera"] == "'=cmd|calc"  # a spreadsheet shows it, never runs it
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_counts_by_hour_and_period():
    with opened(RetentionPolicy("none")) as s:
        for i in range(5):
            s.record_decision(dec(subject=i), T0 + timedelta(minutes=25 * i))  # 08:00 ... 09:40
        by_hour = s.counts(by="hour")
        assert {h: v["screened"] for h, v in by_hour.items()} == {"2026-03-02T08": 3, "2026-03-02T09": 2}
        assert s.counts(since=T0 + timedelta(hours=1))["screened"] == 2
        assert s.counts(until=T0 + timedelta(minutes=30))["screened"] == 3  # hour buckets: 08:00-09:00
        assert s.counts(camera="nowhere") == {}


def test_concurrent_writers_share_one_store_safely():
    with opened(RetentionPolicy("all")) as s:
        errors = []

        def work(k):
            try:
                for i in range(40):
                    d = s.record_decision(dec(camera=f"cam{k}", subject=i), T0 + timedelta(seconds=i))
                    s.record_action(f"guard{k}", "rescreen", decision_id=d)
            except Exception as e:  # pragma: no cover - reported below
                errors.append(e)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert s.counts()["screened"] == 160 and len(s.history()) == 160
        assert s.verify()[0]


# --------------------------------------------------------------------------
# Retention
# --------------------------------------------------------------------------


def _audit_kinds(s):
    return [r["kind"] for r in s.audit_records()]


def test_retention_all_removes_records_older_than_the_period(data_dir):
    clock = Clock()
    with opened(RetentionPolicy("all", hours=24), clock) as s:
        old = s.record_decision(dec(subject=1), T0)
        e = s.record_decision(dec("elevated", subject=2), T0 + timedelta(minutes=1))
        a = s.raise_alert(e)
        s.record_action("Anna", "secondary_check", alert_id=a, reading_c=38.3)
        s.record_action("Anna", "deny", alert_id=a, reason="fever confirmed")
        s.record_action("Anna", "sign_on")  # not about a person: kept
        clock.advance(hours=20)
        young = s.record_decision(dec(subject=3), clock.t)
        before = s.counts()
        clock.advance(hours=5)  # T0 + 25 h: the first two are past 24 h
        summary = s.purge()
        assert summary["decisions"] == 2 and summary["alerts"] == 1 and summary["actions"] == 2
        assert summary["calibration_pairs"] == 1 and summary["purge_id"] is not None
        assert [h["id"] for h in s.history()] == [young]
        assert old not in [h["id"] for h in s.history()]
        assert s.calibration_pairs() == []
        assert [a["action"] for a in s.actions()] == ["sign_on"]
        assert s.counts() == before  # aggregates survive
        assert "purge" in _audit_kinds(s)
        purge = json.loads([r for r in s.audit_records() if r["kind"] == "purge"][0]["payload"])
        assert purge["removed"]["decisions"] == [[1, 2]]
        head = s.audit_records()[-1]
        assert s.verify() == (True, f"OK: {head['seq']} records, chain intact; last sealed record {head['seq']} "
                                    f"at {head['at']}", None)
        assert s.purge()["purge_id"] is None  # nothing more to remove: no empty purge record
    ok, msg, _ = verify_audit(data_dir)
    assert ok, msg


def test_retention_alarms_never_stores_a_normal_decision(data_dir):
    clock = Clock()
    with opened(RetentionPolicy("alarms", hours=24), clock) as s:
        n_audit = s.audit_head()[0]
        assert s.record_decision(dec(subject=1), T0) is None
        assert s.record_decision(dec("retry", subject=2, reason="too_far"), T0) is None
        assert s.audit_head()[0] == n_audit  # not even an audit record per passer-by
        assert table_count(data_dir, "decisions") == 0
        e = s.record_decision(dec("elevated", subject=3, canthus=36.55), T0 + timedelta(minutes=2))
        a = s.raise_alert(e)
        s.record_action("Anna", "secondary_check", alert_id=a, reading_c=37.9)
        s.record_action("Anna", "secondary_check", reading_c=36.9)  # about nobody stored: reading dropped
        assert [x["reading_c"] for x in s.actions()] == [37.9, None]
        assert table_count(data_dir, "decisions") == 1
        cnt = s.counts()
        assert (cnt["screened"], cnt["verdict:normal"], cnt["retry:too_far"], cnt["check:fail"]) == (3, 1, 1, 1)
        clock.advance(hours=23)
        assert s.purge()["decisions"] == 0
        clock.advance(hours=2)
        assert s.purge()["decisions"] == 1
        assert table_count(data_dir, "decisions") == 0 and table_count(data_dir, "calibration_pairs") == 0
        assert s.counts() == cnt
        assert s.verify()[0]


def test_retention_none_keeps_nothing_personal(data_dir):
    clock = Clock()
    with opened(RetentionPolicy("none"), clock) as s:
        assert s.record_decision(dec(subject=1), T0) is None
        e = s.record_decision(dec("elevated", subject=2, canthus=36.58, snapshot=np.ones((8, 8))), T0)
        stub = s.history()[0]
        assert stub["id"] == e and stub["personal_kept"] is False
        assert stub["subject"] is None and stub["canthus_c"] is None and stub["estimate_c"] is None
        a = s.raise_alert(e)
        s.record_action("Anna", "secondary_check", alert_id=a, reading_c=38.2)
        assert s.actions()[0]["reading_c"] is None  # the thermometer reading is never written
        assert s.calibration_pairs() == [] and table_count(data_dir, "images") == 0
        clock.advance(minutes=1)
        assert s.purge()["decisions"] == 0  # alert still open: the guard is handling it
        s.record_action("Anna", "deny", alert_id=a)
        clock.advance(minutes=1)
        summary = s.purge()
        assert summary["decisions"] == 1 and summary["alerts"] == 1 and summary["actions"] == 2
        assert table_count(data_dir, "decisions") == 0 and table_count(data_dir, "actions") == 0
        cnt = s.counts()
        assert cnt["screened"] == 2 and cnt["check:fail"] == 1 and cnt["alert:outcome:denied"] == 1
        with raw(data_dir) as c:
            dump = "\n".join(c.iterdump())
        assert "38.2" not in dump and "36.58" not in dump
        assert s.verify()[0]


def test_open_stub_alerts_go_after_the_period_under_none():
    clock = Clock()
    with opened(RetentionPolicy("none", hours=2), clock) as s:
        s.raise_alert(s.record_decision(dec("elevated"), T0))
        clock.advance(hours=3)
        assert s.purge()["alerts"] == 1


def test_stricter_policy_removes_what_it_no_longer_allows(data_dir):
    clock = Clock()
    with opened(RetentionPolicy("all"), clock) as s:
        s.record_decision(dec(subject=1), T0)
        e = s.record_decision(dec("elevated", subject=2), T0)
        s.set_retention(RetentionPolicy("alarms"), "DPO", "Garante guidance")
        assert s.purge()["decisions"] == 1
        assert [h["id"] for h in s.history()] == [e]
        change = s.config_changes(key="retention")[-1]
        assert change["who"] == "DPO" and change["new_value"]["mode"] == "alarms"
        assert s.verify()[0]
    with opened(RetentionPolicy("none"), clock) as s:  # a site file with another policy: audited change
        assert s.retention.mode == "none"
        assert s.purge()["decisions"] == 1


def test_auto_purge_runs_on_writes():
    clock = Clock()
    s = open_store(retention=RetentionPolicy("all", hours=1), clock=clock, auto_purge_s=300)
    with s:
        s.record_decision(dec(subject=1), T0)
        clock.advance(hours=2)
        s.record_decision(dec(subject=2), clock.t)
        assert len(s.history()) == 1
        assert s.purges()[0]["summary"]["decisions"] == 1


def test_images_are_not_stored_by_default(data_dir):
    snap = np.full((20, 16), 36.123456, dtype=np.float32)
    with opened(RetentionPolicy("alarms")) as s:
        e = s.record_decision(dec("elevated", snapshot=snap), T0)
        assert s.image(e) is None and s.history()[0]["has_image"] is False
    assert table_count(data_dir, "images") == 0
    assert snap.tobytes()[:16] not in (data_dir / FILENAME).read_bytes()


def test_images_kept_on_request_and_purged_with_their_decision(data_dir):
    clock = Clock()
    snap = (np.arange(12 * 10, dtype=np.float32).reshape(12, 10) / 10 + 30)
    with opened(RetentionPolicy("alarms", hours=24, keep_images=True), clock) as s:
        e = s.record_decision(dec("elevated", snapshot=snap), T0)
        assert s.record_decision(dec("normal", snapshot=snap), T0) is None
        assert np.array_equal(s.image(e), snap) and s.history()[0]["has_image"] is True
        assert table_count(data_dir, "images") == 1
        clock.advance(hours=25)
        assert s.purge()["images"] == 1
        assert table_count(data_dir, "images") == 0
        assert s.verify()[0]


def test_turning_keep_images_off_purges_stored_images(data_dir):
    with opened(RetentionPolicy("all", keep_images=True)) as s:
        e = s.record_decision(dec(snapshot=np.ones((4, 4))), T0)
        s.set_retention(RetentionPolicy("all", keep_images=False), "DPO", "minimise")
        assert s.purge()["images"] == 1 and s.purge()["decisions"] == 0
        assert s.image(e) is None and [h["id"] for h in s.history()] == [e]
        assert s.verify()[0]


def test_retention_policy_is_validated():
    with pytest.raises(ValueError, match="mode"):
        RetentionPolicy("forever")
    with pytest.raises(ValueError, match="hours"):
        RetentionPolicy("all", hours=0)
    with pytest.raises(ValueError, match="cannot keep images"):
        RetentionPolicy("none", keep_images=True)


# --------------------------------------------------------------------------
# Supervisor PIN
# --------------------------------------------------------------------------


def test_supervisor_pin_is_stored_as_a_salted_slow_hash(data_dir):
    with opened() as s:
        assert s.check_supervisor_pin("482913") is False  # none set yet
        s.set_supervisor_pin("482913", "Site manager")
        assert s.check_supervisor_pin("482913") is True
        assert s.check_supervisor_pin("482914") is False
        assert s.check_supervisor_pin("") is False
        with pytest.raises(CanthusError, match="needs the current one"):
            s.set_supervisor_pin("7391046", "Site manager")  # a first PIN only while none exists
        s.set_supervisor_pin("7391046", "Site manager", current="482913")
        assert s.check_supervisor_pin("482913") is False and s.check_supervisor_pin("7391046") is True
        with pytest.raises(CanthusError, match="PIN"):
            s.set_supervisor_pin("12", "x")
        assert s.verify()[0]
        trail = "\n".join(r["payload"] for r in s.audit_records())
    with raw(data_dir) as c:
        rows = c.execute("SELECT pin_hash FROM supervisor_pins").fetchall()
        dump = "\n".join(c.iterdump())
    assert len(rows) == 1
    scheme, iterations, salt, key = rows[0][0].split("$")
    assert scheme == "pbkdf2_sha256" and int(iterations) >= 200_000 and salt and key
    assert "7391046" not in dump and "482913" not in dump
    assert trail.count('"kind":"pin_set"') == 2 and "7391046" not in trail and rows[0][0] not in trail
