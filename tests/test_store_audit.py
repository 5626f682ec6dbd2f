"""The audit trail: crash safety (SIGKILL mid-write) and tamper detection."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.engine import Decision
from app.core.errors import CanthusError
import app.store.schema as schema
from app.store import FILENAME, RetentionPolicy, open_store, verify_audit
from app.store.audit import chain_hash, keyed_hash
from app.store.keys import HighWater, KeyHome
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


def ok_line(records) -> str:
    last = records[-1]
    return f"OK: {last['seq']} records, chain intact; last sealed record {last['seq']} at {last['at']}"


def test_an_intact_store_verifies_by_folder_and_by_file(filled):
    assert verify_audit(filled["dir"]) == (True, ok_line(filled["records"]), None)
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


def forge(data_dir: Path, records, key: bytes | None) -> tuple[int, str]:
    """Rewrite who changed the limit and recompute every later link and the head, as a forger
    with write access would: with SHA-256 (no key), or with the stolen key. Returns (target seq, new head)."""
    target = limit_change_seq(records)
    with sqlite3.connect(data_dir / FILENAME) as c:
        c.execute("DROP TRIGGER audit_no_update")
        c.execute("UPDATE config_changes SET who = 'Nobody' WHERE key = 'limit_c'")
        prev = c.execute("SELECT hash FROM audit WHERE seq = ?", (target - 1,)).fetchone()[0]
        for seq, at, payload in c.execute("SELECT seq, at, payload FROM audit WHERE seq >= ? ORDER BY seq",
                                          (target,)).fetchall():
            if seq == target:
                payload = payload.replace('"who":"Admin"', '"who":"Nobody"')
            h = keyed_hash(key, prev, payload, seq, at) if key else chain_hash(prev, payload, seq, at)
            c.execute("UPDATE audit SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", (payload, prev, h, seq))
            prev = h
        c.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{records[-1]['seq']}:{prev}",))
    c.close()
    return target, prev


def test_a_forged_record_with_the_chain_recomputed_without_the_key_is_named(filled):
    """The forgery the unkeyed chain let through: edit a record, recompute every later
    SHA-256 and the head. Without the site's key the seals no longer match."""
    target, _ = forge(filled["dir"], filled["records"], key=None)
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, target)
    assert msg == f"FAILED at record {target}: config_change record was altered (its hash does not match its contents)"


def test_a_forgery_with_the_stolen_key_is_caught_by_the_mark_or_a_published_anchor(filled):
    key = KeyHome(filled["dir"]).load()
    last = filled["records"][-1]
    anchor = (last["seq"], last["hash"])
    _, head = forge(filled["dir"], filled["records"], key=key.secret)
    ok, msg, bad = verify_audit(filled["dir"])  # the high-water mark holds the seal the store confirmed
    assert (ok, bad) == (False, last["seq"])
    assert msg == (f"FAILED at record {last['seq']}: differs from the record confirmed at {last['at']}: the trail "
                   "was rewritten up to here")
    # Someone who also holds the key folder rewrites the mark: only an anchor kept elsewhere catches that.
    HighWater(KeyHome(filled["dir"]).high_water_file).write(last["seq"], last["at"], head)
    assert verify_audit(filled["dir"])[0]
    ok, msg, bad = verify_audit(filled["dir"], anchor=anchor)
    assert (ok, bad) == (False, anchor[0]) and "anchored hash" in msg


def test_a_replaced_store_is_named(filled):
    """The store file deleted and a new, empty one made in its place: its chain is
    intact, but it is not the store its key was made for."""
    records = filled["records"]
    for suffix in ("", "-wal", "-shm"):
        (filled["dir"] / (FILENAME + suffix)).unlink(missing_ok=True)
    later = Clock()
    later.t = T0 + timedelta(days=3)
    with open_store(clock=later, auto_purge_s=None) as s:
        s.record_camera_state("north", "live")
    with sqlite3.connect(filled["dir"] / FILENAME) as c:
        new_id = c.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0]
    c.close()
    old_id = json.loads(records[0]["payload"])["store_id"]
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, None)
    assert msg == (f"FAILED: the store was replaced: this store ({new_id}) was created at 2026-03-05T08:00:00.000000Z, "
                   f"later than its audit key ({records[0]['at']}) for store {old_id}; records of the original "
                   "store are not here")
    assert cli(["audit", "verify"]) == 1


def test_a_truncated_store_is_named_in_one_line(filled, capsys):
    path = filled["dir"] / FILENAME
    size = path.stat().st_size
    page = int.from_bytes(path.read_bytes()[16:18], "big")
    assert size >= 4 * page
    with path.open("r+b") as fh:
        fh.truncate(size - 2 * page)
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, None) and "\n" not in msg
    assert msg.startswith(f"FAILED: the store file is truncated or damaged at byte {size - 2 * page} "
                          f"(page {size // page - 1} of the {size // page} its header declares, {2 * page} bytes "
                          "missing): ")
    assert cli(["audit", "verify"]) == 1
    assert capsys.readouterr().out == msg + "\n"  # one line, not SQLite's report


def test_a_damaged_page_is_named_in_one_line(filled):
    path = filled["dir"] / FILENAME
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page + 8:3 * page] = b"\xa5" * (page - 8)  # a page in the middle, its header kept
    path.write_bytes(bytes(data))
    ok, msg, bad = verify_audit(filled["dir"])
    assert not ok and "\n" not in msg and msg.startswith("FAILED: the store file is truncated or damaged")


def test_the_store_is_opened_only_with_its_key(filled):
    home = KeyHome(filled["dir"])
    home.file.unlink()
    ok, msg, _ = verify_audit(filled["dir"])
    assert not ok and msg == (f"FAILED: the audit key of this store is missing (looked in {home.file}): its seals "
                              "cannot be checked; restore the key from a backup")
    before = (filled["dir"] / FILENAME).read_bytes()
    with pytest.raises(CanthusError, match="audit key of the event store .* is missing"):
        open_store(auto_purge_s=None)
    assert (filled["dir"] / FILENAME).read_bytes() == before
    fds = Path("/proc/self/fd")
    if fds.is_dir():  # Linux: the refused store left no file open (Windows could not move the folder away)
        held = [p for p in fds.iterdir() if _target(p).startswith(str((filled["dir"] / FILENAME).resolve()))]
        assert not held, held


def _target(fd: Path) -> str:
    try:
        return str(fd.readlink())
    except OSError:
        return ""


def test_moving_the_start_of_the_keyed_trail_is_named(filled):
    tamper(filled["dir"], "UPDATE meta SET value = '9999' WHERE key = 'audit_keyed_from'")
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, 1) and "start of the keyed trail was moved" in msg


WAL_CHILD = r"""
import sys
from app.store import open_store

s = open_store(sys.argv[1], auto_purge_s=None)
for i in range(5):
    print(s.record_action("guard", "note", reason="shift note %d" % i), flush=True)
sys.stdin.readline()  # killed here, its confirmed writes only in the -wal file
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_deleted_wal_file_with_confirmed_records_is_named(filled):
    last = filled["records"][-1]["seq"]
    proc = subprocess.Popen([sys.executable, "-c", WAL_CHILD, str(filled["dir"])], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        confirmed = [int(proc.stdout.readline()) for _ in range(5)]
        assert len(set(confirmed)) == 5
        for suffix in ("-wal", "-shm"):
            (filled["dir"] / (FILENAME + suffix)).unlink()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
    ok, msg, bad = verify_audit(filled["dir"])
    assert (ok, bad) == (False, last + 1)
    assert msg.startswith(f"FAILED at record {last + 1}: records {last + 1} to {last + 5} were confirmed (the last at ")
    assert msg.endswith("but are missing from the store: its -wal file was deleted, or an older copy was put back")


def test_an_unkeyed_store_is_keyed_from_its_migration_on(data_dir, monkeypatch):
    """A store written before keys (schema 1, plain SHA-256) is keyed when opened: from its
    migration record on; a forgery of the older records then breaks the keyed record after them."""
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        with open_store(retention=RetentionPolicy("all", hours=6), clock=Clock(), auto_purge_s=None) as s:
            s.record_config_change("Admin", "limit_c", 37.7, 37.8, "site policy")
            s.record_decision(dec(), T0)
    # What the version without keys left: no key, no mark, a SHA-256 chain.
    home = KeyHome(data_dir)
    home.file.unlink()
    home.high_water_file.unlink()
    with sqlite3.connect(data_dir / FILENAME) as c:
        c.execute("DELETE FROM meta WHERE key = 'audit_keyed_from'")
        c.execute("DROP TRIGGER audit_no_update")
        prev = "0" * 64
        for seq, at, payload in c.execute("SELECT seq, at, payload FROM audit ORDER BY seq").fetchall():
            h = chain_hash(prev, payload, seq, at)
            c.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, seq))
            prev = h
        c.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{prev}",))
        n = seq
    c.close()
    ok, msg, _ = verify_audit(data_dir)
    assert ok and msg.endswith("the store has no audit key yet (schema 1): its SHA-256 chain alone cannot tell a "
                               "recomputed forgery, open it once with this Canthus to key it"), msg
    with open_store(clock=Clock(), auto_purge_s=None) as s:
        migrations = [r for r in s.audit_records() if r["kind"] == "schema_migrated"]
        keyed = migrations[0]  # 1 -> 2 keys the trail; later migrations follow it
        assert keyed["seq"] == n + 1 and json.loads(keyed["payload"])["to"] == 2
        assert json.loads(keyed["payload"])["keyed_from"] == n + 1
        assert [r["seq"] for r in migrations] == list(range(n + 1, n + len(schema.MIGRATIONS)))
    ok, msg, _ = verify_audit(data_dir)
    assert ok and msg.endswith(f"; records 1 to {n} predate the audit key (SHA-256 only)"), msg
    # Forge an old record and recompute the old SHA-256 links: the first keyed record no longer follows.
    records = [dict(zip(("seq", "at", "payload"), r)) for r in sqlite3.connect(data_dir / FILENAME).execute(
        "SELECT seq, at, payload FROM audit ORDER BY seq")]
    target = limit_change_seq([{**r, "kind": json.loads(r["payload"])["kind"]} for r in records])
    with sqlite3.connect(data_dir / FILENAME) as c:
        c.execute("UPDATE config_changes SET who = 'Nobody' WHERE key = 'limit_c'")
        prev = c.execute("SELECT hash FROM audit WHERE seq = ?", (target - 1,)).fetchone()[0]
        for r in records[target - 1:n]:
            payload = r["payload"].replace('"who":"Admin"', '"who":"Nobody"')
            prev_next = chain_hash(prev, payload, r["seq"], r["at"])
            c.execute("UPDATE audit SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                      (payload, prev, prev_next, r["seq"]))
            prev = prev_next
    c.close()
    ok, msg, bad = verify_audit(data_dir)
    assert (ok, bad) == (False, n + 1) and "does not follow the record before it" in msg


def test_the_key_lives_in_the_keyring_where_one_works_else_in_a_private_file(data_dir, tmp_path, monkeypatch):
    import keyring
    import keyring.backends.fail
    import keyring.backends.null

    import app.store.keys as keys_mod

    monkeypatch.delenv("CANTHUS_KEY_DIR")
    config = tmp_path / "config" / "audit-keys"
    monkeypatch.setattr(keys_mod, "default_key_dir", lambda: config)
    memory = keyring.get_keyring()  # the in-memory keyring of tests/conftest.py
    with open_store(auto_purge_s=None) as s:
        s.record_camera_state("north", "live")
    text = memory.get_password(keys_mod.SERVICE, str(data_dir))
    assert json.loads(text)["state"] == "bound" and not list(config.glob("*.key"))
    assert verify_audit(data_dir)[0]
    # No usable keyring (headless Linux: the fail backend; the null one forgets): a 0600 file.
    for backend in (keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()):
        folder = tmp_path / f"store-{type(backend).__module__.rsplit('.', 1)[-1]}"
        keyring.set_keyring(backend)
        try:
            with open_store(folder, auto_purge_s=None) as s:
                s.record_camera_state("north", "live")
            (key_file,) = [f for f in config.glob("*.key") if json.loads(f.read_text())["folder"] == str(folder)]
            assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
            assert not key_file.is_relative_to(folder)
            assert verify_audit(folder)[0]
        finally:
            keyring.set_keyring(memory)


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
    assert out[0] == ok_line(filled["records"])
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
