"""The command line reaches what the events, headquarters and translation modules offer:
``canthus hq --export-anchors``, ``canthus audit verify --anchors``, ``canthus report --lang``
and the console's ``--lang`` (each module's own tests cover the work; these, the wiring)."""

from __future__ import annotations

import shutil

from app.cli import build_parser, main
from app.events.anchors import AnchorLog, read_head
from app.events.payloads import utc_text
from app.hq.app import ANCHORS_FILE
from app.store import open_store


def _changes(store, n: int) -> None:
    for i in range(n):
        store.record_config_change("supervisor", "limit_c", 37.7, 37.8, f"change {i}")


def test_anchors_exported_by_hq_are_checked_by_audit_verify(data_dir, audit_keys, tmp_path, capsys):
    hq_dir = tmp_path / "hq-data"
    log = AnchorLog(hq_dir / "hq" / ANCHORS_FILE)  # where `canthus hq --data-dir DIR` keeps them
    with open_store(data_dir) as store:
        _changes(store, 4)
        seq, seal, at = read_head(store)
    log.add("north-gate", seq, seal, utc_text(at), 1.0)
    exported = tmp_path / "anchors.jsonl"
    assert main(["hq", "--data-dir", str(hq_dir), "--export-anchors", str(exported)]) == 0
    assert "1 audit anchors written" in capsys.readouterr().out

    assert main(["audit", "verify", "--data-dir", str(data_dir), "--anchors", str(exported)]) == 0
    assert f"record {seq}" in capsys.readouterr().out

    # The store replaced by a fresh, self-consistent one (its own key): only the anchors tell.
    shutil.rmtree(data_dir)
    shutil.rmtree(audit_keys)
    with open_store(data_dir) as store:
        _changes(store, 8)
    assert main(["audit", "verify", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--data-dir", str(data_dir), "--anchors", str(exported)]) == 1
    out = capsys.readouterr().out
    assert "FAILED" in out and f"record {seq}" in out, out


def test_hq_without_a_broker_is_one_line_and_exit_2(data_dir, capsys):
    assert main(["hq"]) == 2
    err = capsys.readouterr().err
    assert "--broker" in err and "Traceback" not in err


def test_report_in_german_through_the_command_line(data_dir, tmp_path, capsys):
    with open_store(data_dir) as store:
        _changes(store, 1)
    out = tmp_path / "bericht.html"
    assert main(["report", "--data-dir", str(data_dir), "--from", "2020-01-01", "--to", "2030-12-31",
                 "--out", str(out), "--lang", "de"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<html lang=de>" in html and "Bericht erstellt am" in html
    assert main(["report", "--data-dir", str(data_dir), "--from", "2020-01-01", "--to", "2030-12-31",
                 "--out", str(out), "--lang", "xx"]) == 2  # refused by its choices, one line
    assert "invalid choice" in capsys.readouterr().err


def test_the_console_takes_a_language():
    assert build_parser().parse_args(["--lang", "fr"]).lang == "fr"
    assert build_parser().parse_args([]).lang is None  # then: the last choice here, the system's, English
