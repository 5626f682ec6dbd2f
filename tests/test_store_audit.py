"""The audit trail: crash safety (SIGKILL mid-write) and tamper detection."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.engine import Decision
from app.core.errors import CanthusError
from app.store import FILENAME, RetentionPolicy, open_store, verify_audit
from app.store.audit import chain_hash
from app.store.commands import add_commands, run_command

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


def dec(verdict="normal", subject=1, canthus=35.7, camera="north") -> Decision:
    return Decision(camera=camera, subject=subject, t=1.0, seq=9, verdict=verdict, reason="measured", instruction="",
                    canthus_c=canthus, estimate_c=canthus + 1.31, rule="absolute", limit_c=37.7, alarm_level_c=37.5)


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def filled(data_dir):
    """A closed store with decisions, an alert, actions, settings, a purge and sealed counts."""
    clock = Clock()
    with open_store(retention=RetentionPolicy("all", hours=6), clock=clock, auto_purge_s=None) as s:
        for i in range(4):
            d = s.record_decision(dec(subject=i, canthus=35.5 + i / 10), T0 + timedelta(minutes=i))
        e = s.record_decision(dec("elevated", subject=9, canthus=36.44), T0 + timedelta(minutes=5))
        a = s.raise_alert(e, at=T0 + timedelta(minutes=5))
        s.record_action("Anna", "secondary_check", alert_id=a, reading_c=38.1, at=T0 + timedelta(minutes=6))
        s.record_action("Anna", "deny", alert_id=a, reason="fever confirmed", at=T0 + timedelta(minutes=7))
        s.record_config_change("Admin", "limit_c", 37.7, 37.8, "site policy")
        s.record_camera_state("north", "live")
        clock.t = T0 + timedelta(hours=7)
        kept = s.record_decision(dec(subject=20), clock.t)
        assert s.purge()["decisions"] == 5  # everything of 08:00; counts of 08:00 sealed
        assert s.verify()[0]
        records = s.audit_records()
    return {"records": records, "kept": kept, "last_old": d, "dir": data_dir}


def tamper(data_dir: Path, *sql: str, params=()) -> None:
    with sqlite3.connect(data_dir / FILENAME) as c:
        c.execute("DROP TRIGGER IF EXISTS audit_no_update")
        c.execute("DROP TRIGGER IF EXISTS audit_no_delete")
        for q in sql:
            c.execute(q, params) if params else c.execute(q)
    c.close()


def seq_of(records, kind: str, n: int = 0) -> int:
    return [r["seq"] for r in records if r["kind"] == kind][n]


def limit_change_seq(records) -> int:
    return [r["seq"] for r in records
            if r["kind"] == "config_change" and json.loads(r["payload"])["row"]["key"] == "limit_c"][0]


# --------------------------------------------------------------------------
# A process killed mid-write
# --------------------------------------------------------------------------

CHILD = r"""
import sys
from app.core.engine import Decision
from app.store import RetentionPolicy, open_store

s = open_store(sys.argv[1], retention=RetentionPolicy("all", 24), auto_purge_s=None)
i = 0
while True:
    i += 1
    elevated = i % 4 == 0
    d = Decision(camera="cam%d" % (i % 3), subject=i, t=float(i), seq=i,
                 verdict="elevated" if elevated else "normal", reason="measured", instruction="",
                 canthus_c=35.0 + (i % 30) / 20, estimate_c=36.3 + (i % 30) / 20, rule="absolute",
                 limit_c=37.7, alarm_level_c=37.5)
    did = s.record_decision(d)
    print("decisions", did, flush=True)
    if elevated:
        aid = s.raise_alert(did)
        print("alerts", aid, flush=True)
        act = s.record_action("guard", "secondary_check", alert_id=aid, reading_c=37.0 + (i % 10) / 10)
    else:
        act = s.record_action("guard", "acknowledge", decision_id=did)
    print("actions", act, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_while_writing_loses_nothing_committed(data_dir, tmp_path):
    errors = tmp_path / "child.err"
    with errors.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=err, text=True)
        reported: list[tuple[str, int]] = []
        try:
            while len(reported) < 400:
                line = proc.stdout.readline()
                if not line:
                    break
                table, rid = line.split()
                reported.append((table, int(rid)))
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(reported) == 400, errors.read_text()

    ok, msg, bad = verify_audit(data_dir)  # read-only, straight after the crash
    assert ok, msg
    with open_store(auto_purge_s=None) as s:
        assert s.verify()[0]
    with sqlite3.connect(data_dir / FILENAME) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for table in ("decisions", "alerts", "actions"):
            have = {r[0] for r in c.execute(f"SELECT id FROM {table}")}
            want = {rid for t, rid in reported if t == table}
            assert want <= have, f"{table}: committed ids lost: {sorted(want - have)[:10]}"
    c.close()


# --------------------------------------------------------------------------
# Tampering
# --------------------------------------------------------------------------


def test_an_intact_store_verifies_by_folder_and_by_file(filled):
    n = filled["records"][-1]["seq"]
    assert verify_audit(filled["dir"]) == (True, f"OK: {n} records, chain intact", None)
    assert verify_audit(filled["dir"] / FILENAME)[0]


def test_the_triggers_stop_accidental_edits(filled):
    with sqlite3.connect(filled["dir"] / FILENAME) as c:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            c.execute("UPDATE audit SET kind = 'x' WHERE seq = 3")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            c.execute("DELETE FROM audit WHERE seq = 3")
    c.close()


def test_an_edited_record_is_named(filled):
    seq = seq_of(filled["records"], "action", 1)  # Anna's "deny"
    tamper(filled["dir"], f"UPDATE audit SET payload = replace(payload, 'Anna', 'Bert') WHERE seq = {seq}")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, seq)
    assert msg == f"FAILED at record {seq}: action record was altered (its hash does not match its contents)"


def test_a_deleted_record_is_named(filled):
    seq = seq_of(filled["records"], "alert_raised")
    tamper(filled["dir"], f"DELETE FROM audit WHERE seq = {seq}")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, seq)
    assert msg.startswith(f"FAILED at record {seq}: record {seq} removed")


def test_a_record_deleted_from_the_end_is_named(filled):
    last = filled["records"][-1]["seq"]
    tamper(filled["dir"], f"DELETE FROM audit WHERE seq = {last}")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, last)
    assert "removed from the end" in msg


def test_swapped_records_are_named(filled):
    a = seq_of(filled["records"], "decision", 1)
    b = a + 1
    tamper(filled["dir"],
           f"UPDATE audit SET seq = -1 WHERE seq = {a}",
           f"UPDATE audit SET seq = {a} WHERE seq = {b}",
           f"UPDATE audit SET seq = {b} WHERE seq = -1")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, a)
    assert msg.startswith(f"FAILED at record {a}: does not follow the record before it")


def test_swapped_payloads_are_named(filled):
    a = seq_of(filled["records"], "decision", 1)
    b = seq_of(filled["records"], "decision", 2)
    tamper(filled["dir"],
           f"UPDATE audit SET payload = (SELECT payload FROM audit WHERE seq = {b}), "
           f"kind = (SELECT kind FROM audit WHERE seq = {b}) WHERE seq = {a}")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, a)


def test_a_data_row_edited_after_audit_is_named(filled):
    kept = filled["kept"]
    seq = [r["seq"] for r in filled["records"]
           if r["kind"] == "decision" and json.loads(r["payload"])["id"] == kept][0]
    tamper(filled["dir"], f"UPDATE decisions SET canthus_c = 34.0 WHERE id = {kept}")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, seq)
    assert msg == f"FAILED at record {seq}: decisions row {kept} was altered after this record audited it"


def test_a_data_row_deleted_outside_a_purge_is_named(filled):
    seq = limit_change_seq(filled["records"])
    tamper(filled["dir"], "DELETE FROM config_changes WHERE key = 'limit_c'")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, seq)
    assert "was deleted outside an audited purge" in msg


def test_a_row_slipped_in_without_audit_is_found(filled):
    tamper(filled["dir"], "INSERT INTO config_changes (at, who, key, old_value, new_value, why) "
                          "VALUES ('2026-03-02T09:00:00.000000Z', 'x', 'limit_c', '37.8', '39', 'quiet')")
    ok, msg, bad = verify_audit(filled["dir"])
    assert not ok and bad is None and "has no audit record" in msg


def test_lowered_sealed_counts_are_named(filled):
    seq = seq_of(filled["records"], "counts")
    tamper(filled["dir"], "UPDATE counts SET n = n - 1 WHERE metric = 'verdict:elevated'")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, seq) and "were lowered (verdict:elevated)" in msg


def test_retention_changed_behind_the_stores_back_is_found(filled):
    policy = json.dumps({"hours": 9999.0, "keep_images": True, "mode": "all"}, separators=(",", ":"))
    tamper(filled["dir"], "UPDATE meta SET value = ? WHERE key = 'retention'", params=(policy,))
    ok, msg, _ = verify_audit(filled["dir"])
    assert not ok and "retention policy in force" in msg


def test_a_rewritten_chain_is_caught_by_a_published_anchor(filled):
    """Someone who recomputes every hash after an edit passes the chain check,
    but not against a head published earlier (e.g. in a report)."""
    anchor = (filled["records"][-1]["seq"], filled["records"][-1]["hash"])
    target = limit_change_seq(filled["records"])
    with sqlite3.connect(filled["dir"] / FILENAME) as c:
        c.execute("DROP TRIGGER audit_no_update")
        c.execute("UPDATE config_changes SET who = 'Nobody' WHERE key = 'limit_c'")
        prev = c.execute("SELECT hash FROM audit WHERE seq = ?", (target - 1,)).fetchone()[0]
        for seq, at, payload in c.execute("SELECT seq, at, payload FROM audit WHERE seq >= ? ORDER BY seq",
                                          (target,)).fetchall():
            if seq == target:
                payload = payload.replace('"who":"Admin"', '"who":"Nobody"')
            h = chain_hash(prev, payload, seq, at)
            c.execute("UPDATE audit SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", (payload, prev, h, seq))
            prev = h
        c.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{anchor[0]}:{prev}",))
    c.close()
    assert verify_audit(filled["dir"])[0]  # self-consistent forgery
    ok, msg, bad = verify_audit(filled["dir"], anchor=anchor)
    assert (ok, bad) == (False, anchor[0]) and "anchored hash" in msg


# --------------------------------------------------------------------------
# canthus audit verify
# --------------------------------------------------------------------------


def cli(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="canthus")
    p.add_argument("--data-dir", default=None)
    add_commands(p.add_subparsers(dest="command"))
    return run_command(p.parse_args(argv))


def test_cli_audit_verify_ok_then_failed(filled, capsys):
    n = filled["records"][-1]["seq"]
    assert cli(["audit", "verify"]) == 0  # folder from CANTHUS_DATA_DIR
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"OK: {n} records, chain intact"
    assert out[1] == f"head {n}:{filled['records'][-1]['hash']}"
    assert cli(["--data-dir", str(filled["dir"]), "audit", "verify", "--anchor", out[1].split()[1]]) == 0
    capsys.readouterr()
    tamper(filled["dir"], "DELETE FROM audit WHERE seq = 5")
    assert cli(["audit", "verify"]) == 1
    assert capsys.readouterr().out.startswith("FAILED at record 5: record 5 removed")


def test_cli_audit_verify_errors_are_one_line(tmp_path):
    with pytest.raises(CanthusError, match="no Canthus event store"):
        cli(["--data-dir", str(tmp_path / "none"), "audit", "verify"])
    assert not (tmp_path / "none").exists()
    open_store(auto_purge_s=None).close()
    with pytest.raises(CanthusError, match="--anchor"):
        cli(["audit", "verify", "--anchor", "12:xyz"])
