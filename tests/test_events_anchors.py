"""Audit anchors: heads that left the building catch a store edited, replaced or cut short."""

from __future__ import annotations

import shutil
import sqlite3

from app.events.anchors import (
    AnchorLog,
    read_anchors,
    read_head,
    verify_against_anchors,
)
from app.store import FILENAME, open_store


def add_changes(store, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        store.record_config_change("supervisor", "limit_c", 37.7, 37.8 + i / 10, f"change {i}")


def anchor(store, log: AnchorLog, received_at: float) -> tuple[int, str, float]:
    seq, seal, at = read_head(store)
    log.add("north-gate", seq, seal, _iso(at), received_at)
    return seq, seal, at


def _iso(at: float) -> str:
    from app.events.payloads import utc_text

    return utc_text(at)


def test_a_store_as_anchored_passes_and_later_records_are_fine(data_dir, tmp_path):
    log = AnchorLog(tmp_path / "hq" / "anchors.jsonl")
    with open_store(data_dir) as store:
        add_changes(store, 3)
        seq, _, _ = anchor(store, log, 1.0)
        add_changes(store, 2, 3)  # written after the head left: the anchor still holds
        out = tmp_path / "export.jsonl"
        assert log.export(out) == 1
        ok, message = verify_against_anchors(store, out)
    assert ok, message
    assert f"the latest record {seq}" in message
    ok, message = verify_against_anchors(data_dir, out)  # by folder too, as `canthus audit verify` has it
    assert ok, message


def test_a_store_edited_after_its_head_was_anchored_is_caught(data_dir, tmp_path):
    log = AnchorLog(tmp_path / "anchors.jsonl")
    with open_store(data_dir) as store:
        add_changes(store, 4)
        anchor(store, log, 1.0)
    conn = sqlite3.connect(data_dir / FILENAME)
    conn.execute("UPDATE config_changes SET why = 'nothing happened' WHERE id = 2")
    conn.commit()
    conn.close()
    ok, message = verify_against_anchors(data_dir, log.path)
    assert not ok and message.startswith("FAILED") and "altered" in message, message


def test_a_store_replaced_by_a_fresh_one_with_its_own_key_is_caught(data_dir, audit_keys, tmp_path):
    log = AnchorLog(tmp_path / "anchors.jsonl")
    with open_store(data_dir) as store:
        add_changes(store, 4)
        seq, _, _ = anchor(store, log, 1.0)
    shutil.rmtree(data_dir)
    shutil.rmtree(audit_keys)  # the key goes too: the new store is self-consistent
    with open_store(data_dir) as store:
        add_changes(store, 8)
        assert store.verify()[0], "the replacement alone looks fine: only the anchor can tell"
        ok, message = verify_against_anchors(store, log.path)
    assert not ok and f"record {seq}" in message and "anchored" in message, message


def test_a_store_cut_short_by_putting_back_an_older_copy_with_its_key_is_caught(data_dir, audit_keys, tmp_path):
    log = AnchorLog(tmp_path / "anchors.jsonl")
    with open_store(data_dir) as store:
        add_changes(store, 3)
        anchor(store, log, 1.0)
    shutil.copytree(data_dir, tmp_path / "old-data")
    shutil.copytree(audit_keys, tmp_path / "old-keys")
    with open_store(data_dir) as store:
        add_changes(store, 3, 3)
        seq, _, _ = anchor(store, log, 2.0)
    shutil.rmtree(data_dir)
    shutil.rmtree(audit_keys)
    shutil.copytree(tmp_path / "old-data", data_dir)
    shutil.copytree(tmp_path / "old-keys", audit_keys)
    with open_store(data_dir) as store:
        assert store.verify()[0], "the older copy with its own key and mark looks fine on its own"
        ok, message = verify_against_anchors(store, log.path)
    assert not ok and "cut short" in message and str(seq) in message, message


def test_heads_that_disagree_mean_the_store_was_replaced_between_them(data_dir, tmp_path):
    with open_store(data_dir) as store:
        add_changes(store, 2)
        seq, seal, at = read_head(store)
    path = tmp_path / "anchors.jsonl"
    log = AnchorLog(path)
    log.add("north-gate", seq, seal, _iso(at), 1.0)
    log.add("north-gate", seq, "f" * 64, _iso(at + 60), 2.0)
    ok, message = verify_against_anchors(data_dir, path)
    assert not ok and "two different seals" in message, message


def test_the_anchor_log_keeps_each_head_once_and_exports_one_site(tmp_path):
    log = AnchorLog(tmp_path / "anchors.jsonl")
    assert log.add("north-gate", 5, "a" * 64, "2026-11-03T08:00:00.000Z", 1.0)
    assert not log.add("north-gate", 5, "a" * 64, "2026-11-03T08:00:00.000Z", 9.0)  # the retained copy again
    assert log.add("south-gate", 9, "b" * 64, "2026-11-03T08:10:00.000Z", 2.0)
    again = AnchorLog(log.path)  # after a restart it still knows what it kept
    assert len(again) == 2 and not again.add("south-gate", 9, "b" * 64, "2026-11-03T08:10:00.000Z", 3.0)
    assert again.export(tmp_path / "north.jsonl", site="north-gate") == 1
    assert [a.seq for a in read_anchors(tmp_path / "north.jsonl")] == [5]


def test_a_bad_anchor_file_is_one_line_naming_the_file_and_line(data_dir, tmp_path):
    with open_store(data_dir):
        pass
    bad = tmp_path / "anchors.jsonl"
    bad.write_text('{"site": "north-gate", "seq": 1, "seal": "xyz", "utc_time": "2026-11-03T08:00:00Z"}\n')
    ok, message = verify_against_anchors(data_dir, bad)
    assert not ok and "line 1" in message and "seal" in message and "\n" not in message
    ok, message = verify_against_anchors(data_dir, tmp_path / "missing.jsonl")
    assert not ok and "no such file" in message
    mixed = tmp_path / "mixed.jsonl"
    log = AnchorLog(mixed)
    log.add("north-gate", 1, "a" * 64, "2026-11-03T08:00:00.000Z", 1.0)
    log.add("south-gate", 1, "b" * 64, "2026-11-03T08:00:00.000Z", 1.0)
    ok, message = verify_against_anchors(data_dir, mixed)
    assert not ok and "name the site" in message
