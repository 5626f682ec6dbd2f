"""``canthus settings show`` / ``canthus settings set KEY VALUE``: scriptable, PIN-guarded, audited once."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app.store.pin as pin_mod
from app.cli import main
from app.core.vocabulary import DEFAULT_LIMIT_C
from app.store import open_store

PIN = "482913"
SITE = """
name = "Head office"

[[camera]]
name = "Main entrance"
source = { kind = "sim", width = 384, height = 288, fps = 25 }
engine = { limit_c = 37.4, rule = "relative" }
"""


@pytest.fixture(autouse=True)
def quick_hash(monkeypatch):
    """1 000 PBKDF2 iterations instead of 600 000: the count and the flow are tested, not the cost."""
    real = pin_mod.hash_pin
    monkeypatch.setattr(pin_mod, "hash_pin", lambda pin, iterations=1000: real(pin, iterations))


@pytest.fixture
def with_pin(data_dir):
    with open_store(auto_purge_s=None) as s:
        s.set_supervisor_pin(PIN, "site admin")
    return data_dir


@pytest.fixture
def site_file(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text(SITE, encoding="utf-8")
    return p


def cli(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


def show(monkeypatch, capsys, *extra: str) -> dict:
    rc, out, err = cli(monkeypatch, capsys, "settings", "show", *extra)
    assert rc == 0, err
    return json.loads(out)


def setting_changes(data_dir) -> list[tuple]:
    with open_store(data_dir, auto_purge_s=None) as s:
        return [(c["key"], c["old_value"], c["new_value"], c["who"], c["why"]) for c in s.config_changes()
                if c["who"] != "canthus"]


def test_show_without_a_store_gives_defaults_or_the_site_file_and_creates_nothing(data_dir, monkeypatch, capsys,
                                                                                  site_file):
    got = show(monkeypatch, capsys)
    assert got == {"limit_c": DEFAULT_LIMIT_C, "rule": "absolute",
                   "retention": {"mode": "alarms", "hours": 24.0, "keep_images": False},
                   "oral_model": None, "source": "defaults", "data_dir": str(data_dir)}
    got = show(monkeypatch, capsys, "--site", str(site_file))
    assert (got["limit_c"], got["rule"], got["source"]) == (37.4, "relative", "site file")
    assert not data_dir.exists()


def test_set_then_show_and_the_change_is_audited_once(with_pin, monkeypatch, capsys, site_file):
    rc, out, err = cli(monkeypatch, capsys, "settings", "set", "limit", "38.0", "--site", str(site_file),
                       "--who", "Maria (supervisor)", "--why", "site roll-out", stdin=PIN + "\n")
    assert rc == 0, err
    assert out.startswith("limit_c set to 38.0 (was 37.4) by Maria (supervisor)")
    got = show(monkeypatch, capsys, "--data-dir", str(with_pin), "--site", str(site_file))
    # the site file's rule was in force and stays: only the limit changed
    assert (got["limit_c"], got["rule"], got["source"]) == (38.0, "relative", "store")
    assert setting_changes(with_pin) == [("limit_c", 37.4, 38.0, "Maria (supervisor)", "site roll-out")]
    # The same value again: nothing new in the trail.
    rc, out, _ = cli(monkeypatch, capsys, "settings", "set", "limit", "38", stdin=PIN + "\n")
    assert rc == 0 and "nothing was changed" in out
    rc, _, err = cli(monkeypatch, capsys, "settings", "set", "rule", "absolute", stdin=PIN + "\n")
    assert rc == 0, err
    assert [c[:3] for c in setting_changes(with_pin)] == [("limit_c", 37.4, 38.0), ("rule", "relative", "absolute")]
    assert setting_changes(with_pin)[1][3] == "supervisor (command line)"
    with open_store(auto_purge_s=None) as s:
        assert s.verify()[0]


def test_retention_forms(with_pin, monkeypatch, capsys):
    for text, want in [("all:12:images", {"mode": "all", "hours": 12.0, "keep_images": True}),
                       ("none", {"mode": "none", "hours": 24.0, "keep_images": False}),
                       ("alarms:72", {"mode": "alarms", "hours": 72.0, "keep_images": False})]:
        rc, _, err = cli(monkeypatch, capsys, "settings", "set", "retention", text, "--why", "DPIA", stdin=PIN)
        assert rc == 0, err
        assert show(monkeypatch, capsys)["retention"] == want
    with open_store(auto_purge_s=None) as s:
        assert s.retention.hours == 72.0
        assert [c["new_value"]["mode"] for c in s.config_changes(key="retention")] == ["alarms", "all", "none",
                                                                                      "alarms"]


@pytest.mark.parametrize("key, value, message", [
    ("limit", "40", "limit: expected °C from 34 to 39 in 0.1 °C steps, got '40'"),
    ("limit", "37.75", "limit: expected °C from 34 to 39 in 0.1 °C steps, got '37.75'"),
    ("limit", "nan", "limit: expected °C from 34 to 39 in 0.1 °C steps, got 'nan'"),
    ("rule", "loud", "rule: expected absolute or relative, got 'loud'"),
    ("retention", "forever", "retention: expected MODE, MODE:HOURS or MODE:HOURS:images with MODE one of none, "
                             "alarms, all and HOURS a positive number, got 'forever'"),
    ("retention", "all:-1", "retention: expected MODE"),
    ("retention", "all:12:img", "retention: expected MODE"),
    ("retention", "none:5:images", "retention: mode 'none' keeps nothing personal, so it cannot keep images"),
    ("colour", "red", "settings set: unknown key 'colour'; keys: limit, rule, retention"),
])
def test_bad_values_are_one_line_naming_the_key_and_read_no_pin(with_pin, monkeypatch, capsys, key, value, message):
    rc, out, err = cli(monkeypatch, capsys, "settings", "set", key, value, stdin=PIN + "\n")
    assert rc == 2 and out == ""
    assert err.startswith(f"canthus: error: {message}") and err.count("\n") == 1
    assert setting_changes(with_pin) == []
    with open_store(auto_purge_s=None) as s:
        assert s.pin_status()["failures"] == 0


def test_wrong_pins_exit_2_and_the_lock_out_applies(with_pin, monkeypatch, capsys):
    for i in range(1, 6):
        rc, out, err = cli(monkeypatch, capsys, "settings", "set", "limit", "38.0", "--who", "Jo", stdin="111111\n")
        assert rc == 2 and out == "" and err.count("\n") == 1
        assert err.startswith(f"canthus: error: wrong supervisor PIN ({i} in a row")
        assert err.rstrip().endswith("nothing was changed")
    assert "PIN checks are now locked for 30 s" in err
    rc, _, err = cli(monkeypatch, capsys, "settings", "set", "limit", "38.0", stdin=PIN + "\n")  # right, but locked
    assert rc == 2 and "locked for another" in err
    assert show(monkeypatch, capsys)["limit_c"] == DEFAULT_LIMIT_C
    with open_store(auto_purge_s=None) as s:
        failed = [json.loads(r["payload"]) for r in s.audit_records() if r["kind"] == "pin_failed"]
    assert [(f["who"], f["where"]) for f in failed] == [("Jo", "canthus settings set")] * 5


def test_no_store_or_no_pin_says_how_to_set_one(data_dir, monkeypatch, capsys):
    rc, _, err = cli(monkeypatch, capsys, "settings", "set", "limit", "38.0", stdin=PIN)
    assert rc == 2 and f"`canthus supervisor-pin --data-dir {data_dir}`" in err and not data_dir.exists()
    open_store(auto_purge_s=None).close()  # a store without a PIN
    rc, _, err = cli(monkeypatch, capsys, "settings", "set", "limit", "38.0", stdin=PIN)
    assert rc == 2 and err.startswith("canthus: error: no supervisor PIN is set: a site administrator sets one")


def test_a_bad_site_file_is_one_line(data_dir, monkeypatch, capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[camera]]\nname = "A"\nsource = { kind = "sim" }\nengine = { limit_c = 45 }\n')
    rc, _, err = cli(monkeypatch, capsys, "settings", "show", "--site", str(bad))
    assert rc == 2 and "limit_c" in err and err.count("\n") == 1


def test_the_installed_entry_point(with_pin, tmp_path):
    exe = shutil.which("canthus", path=str(Path(sys.executable).parent)) or shutil.which("canthus")
    if exe is None:
        pytest.fail("the canthus entry point is not installed: pip install -e .")
    env_dir = str(with_pin)
    p = subprocess.run([exe, "settings", "set", "rule", "relative", "--data-dir", env_dir, "--why", "winter"],
                       input=PIN + "\n", capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    p = subprocess.run([exe, "settings", "show", "--data-dir", env_dir], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    assert (got["rule"], got["source"], got["limit_c"]) == ("relative", "store", DEFAULT_LIMIT_C)


def test_headless_screens_at_the_limit_a_supervisor_saved(with_pin, monkeypatch, capsys):
    # issue #11: a supervisor's change survives; --headless (like the console) screens at it
    rc, _, _ = cli(monkeypatch, capsys, "--headless")
    assert rc == 0
    rc, _, err = cli(monkeypatch, capsys, "settings", "set", "limit", "38.2", "--who", "Maria", stdin=PIN + "\n")
    assert rc == 0, err
    rc, out, err = cli(monkeypatch, capsys, "--headless")
    assert rc == 0, err
    assert "Screening at 38.2 °C, absolute rule (saved by a supervisor)" in out
    rc, out, _ = cli(monkeypatch, capsys, "settings", "show")
    assert json.loads(out)["limit_c"] == 38.2
    with open_store(auto_purge_s=None) as s:  # once in the audit trail
        assert [c["new_value"] for c in s.config_changes(key="limit_c")] == [38.2]
