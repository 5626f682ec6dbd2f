"""Supervisor PIN lock-out, kept in the store and applied on every path: the store API,
``canthus supervisor-pin``, the console's settings and the Re-calibration window."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest

import app.store.pin as pin_mod
from app.core.errors import CanthusError
from app.store import open_store
from app.store.pin import PinLockedOut

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
PIN = "482913"


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> datetime:
        return self.t

    def advance(self, s: float) -> None:
        self.t += timedelta(seconds=s)


@pytest.fixture(autouse=True)
def quick_hash(monkeypatch):
    """What is tested here is the count, not the hash's cost: 1 000 PBKDF2 iterations
    instead of 600 000 (stored in the hash, so checks follow; test_store checks the real one)."""
    real = pin_mod.hash_pin
    monkeypatch.setattr(pin_mod, "hash_pin", lambda pin, iterations=1000: real(pin, iterations))


@pytest.fixture
def clock():
    return Clock()


def opened(clock, **kw):
    return open_store(clock=clock, auto_purge_s=None, **kw)


def pin_records(store) -> list[dict]:
    return [{**json.loads(r["payload"]), "at": r["at"]} for r in store.audit_records()
            if r["kind"] in ("pin_failed", "pin_accepted", "pin_set")]


def test_short_and_non_digit_pins_are_refused(clock):
    with opened(clock) as s:
        for bad in ("0000", "12345", "", "12345a", "１２３４５６", " 123456", "1" * 33, None):
            with pytest.raises(CanthusError, match="must be 6 to 32 digits"):
                s.set_supervisor_pin(bad, "admin")
        assert not s.has_supervisor_pin()
        s.set_supervisor_pin("000000", "admin")  # six digits: accepted
        assert s.check_supervisor_pin("000000")


def test_five_wrong_pins_lock_checks_doubling_from_30_s_and_a_right_one_resets(clock):
    with opened(clock) as s:
        s.set_supervisor_pin(PIN, "admin")
        for i in range(1, 5):
            assert s.check_supervisor_pin("111111", who="Ana", where="test") is False
            assert s.pin_status() == {"failures": i, "locked_for_s": 0.0}
        assert s.check_supervisor_pin("111111", who="Ana", where="test") is False  # the 5th
        assert s.pin_status() == {"failures": 5, "locked_for_s": 30.0}
        # Locked: even the right PIN is refused, unhashed, saying how long is left.
        clock.advance(10)
        calls = []
        real_check = pin_mod.check_pin
        pin_mod.check_pin = lambda *a: calls.append(a) or real_check(*a)
        try:
            with pytest.raises(PinLockedOut, match="locked for another 20 s") as err:
                s.check_supervisor_pin(PIN)
        finally:
            pin_mod.check_pin = real_check
        assert calls == [] and err.value.remaining_s == pytest.approx(20.0)
        # Each further wrong PIN doubles the wait: 60 s, 120 s ...
        waits = []
        for _ in range(8):
            clock.advance(s.pin_status()["locked_for_s"])
            assert s.check_supervisor_pin("222222", who="Ana", where="test") is False
            waits.append(s.pin_status()["locked_for_s"])
        assert waits == [60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 3600.0, 3600.0]  # capped at an hour
        clock.advance(3600)
        assert s.check_supervisor_pin(PIN, who="Ana", where="test") is True
        assert s.pin_status() == {"failures": 0, "locked_for_s": 0.0}
        assert s.check_supervisor_pin("111111") is False and s.pin_status()["failures"] == 1  # counting anew
        ok, msg, _ = s.verify()
        assert ok, msg


def test_each_failure_is_audited_without_the_pin_and_the_first_pin_is_said(clock):
    with opened(clock) as s:
        s.set_supervisor_pin(PIN, "admin", where="test setup")
        for _ in range(2):
            s.check_supervisor_pin("135790", who="Ana", where="console: limit_c")
        s.check_supervisor_pin(PIN, who="Ana", where="console: limit_c")
        s.set_supervisor_pin("246801", "admin", current=PIN, where="test setup")
        recs = pin_records(s)
        trail = "\n".join(r["payload"] for r in s.audit_records())
    assert [r["kind"] for r in recs] == ["pin_set", "pin_failed", "pin_failed", "pin_accepted", "pin_set"]
    assert recs[0]["change"] == "first" and recs[-1]["change"] == "replaced"
    failed = recs[1:3]
    assert [(r["who"], r["where"], r["row"]["failures"]) for r in failed] == [
        ("Ana", "console: limit_c", 1), ("Ana", "console: limit_c", 2)]
    assert recs[3]["row"]["failures"] == 0
    for secret in (PIN, "135790", "246801"):
        assert secret not in trail


def test_the_lock_out_survives_reopening_the_store(clock):
    with opened(clock) as s:
        s.set_supervisor_pin(PIN, "admin")
        for _ in range(5):
            s.check_supervisor_pin("999999")
    clock.advance(12)
    with opened(clock) as s:  # a restart of the console does not reset the count
        assert s.pin_status() == {"failures": 5, "locked_for_s": 18.0}
        with pytest.raises(PinLockedOut, match="another 18 s"):
            s.check_supervisor_pin(PIN)
        assert s.verify()[0]


def test_changing_the_pin_needs_the_current_one_and_counts_wrong_ones(clock):
    with opened(clock) as s:
        s.set_supervisor_pin(PIN, "admin")
        with pytest.raises(CanthusError, match="needs the current one"):
            s.set_supervisor_pin("777777", "intruder")
        for _ in range(5):
            with pytest.raises(CanthusError, match="current supervisor PIN is wrong"):
                s.set_supervisor_pin("777777", "intruder", current="123123")
        with pytest.raises(PinLockedOut):
            s.set_supervisor_pin("777777", "intruder", current=PIN)
        clock.advance(30)
        s.set_supervisor_pin("777777", "admin", current=PIN)
        assert s.check_supervisor_pin("777777")


# --------------------------------------------------------------------------
# canthus supervisor-pin
# --------------------------------------------------------------------------


def test_cli_supervisor_pin_locks_out_and_audits(data_dir, monkeypatch, capsys):
    from app.cli import main

    def run(stdin: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(["supervisor-pin", "--who", "Site admin", "--stdin"])

    assert run("1234\n") == 2  # too short: refused, nothing set
    assert "6 to 32 digits" in capsys.readouterr().err
    assert run(f"{PIN}\n") == 0
    for i in range(4):
        assert run("000000\n654321\n") == 2
        err = capsys.readouterr().err
        assert "current supervisor PIN is wrong" in err and "locked" not in err
    assert run("000000\n654321\n") == 2
    assert "PIN checks are now locked for 30 s" in capsys.readouterr().err
    assert run(f"{PIN}\n654321\n") == 2  # the right PIN, but locked: refused
    err = capsys.readouterr().err
    assert "locked for another" in err and err.count("\n") == 1
    with open_store(auto_purge_s=None) as s:
        assert s.pin_status()["failures"] == 5 and s.pin_status()["locked_for_s"] > 0
        failed = [json.loads(r["payload"]) for r in s.audit_records() if r["kind"] == "pin_failed"]
        assert [(f["who"], f["where"]) for f in failed] == [("Site admin", "canthus supervisor-pin")] * 5
        assert s.verify()[0]


# --------------------------------------------------------------------------
# The console's settings (limit, rule, retention)
# --------------------------------------------------------------------------


@pytest.fixture
def console(qtbot, tmp_path, qapp, clock):
    from PySide6.QtCore import QSettings

    from app.site import CameraConfig, SimSourceConfig, SiteConfig
    from app.ui.console import ConsoleWindow
    from app.ui.sound import AlarmSound
    from tests.qt_helpers import StubWall

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    site = SiteConfig(name="test", camera=[CameraConfig(name="Door 1", source=SimSourceConfig(
        width=160, height=120, fps=9, seed=3, incidents="none", realtime=False))])
    store = opened(clock)
    store.set_supervisor_pin(PIN, "site admin")
    win = ConsoleWindow(site, StubWall(), store=store, sound=AlarmSound(backend="none"))
    qtbot.addWidget(win)
    win.presses.sign_on("Ana")
    yield win
    win.close()


def test_console_settings_lock_out_after_five_wrong_pins(console, clock):
    win = console
    # The words are the one PIN check's (app.store.pin.check_supervisor), as on every other path.
    words = {"limit_c": "limit", "rule": "rule"}  # what the supervisor reads; the audit keeps the key
    for i, (key, value) in enumerate([("limit_c", 38.0), ("rule", "relative"), ("limit_c", 38.0),
                                      ("rule", "relative")], start=1):
        assert not win.supervisor.change_setting(key, value, "000000")
        assert win.status.problem.text() == (f"Wrong supervisor PIN ({i} in a row; {5 - i} more and PIN checks are "
                                             f"locked for 30 s) — nothing changed ({words[key]})")
    assert not win.supervisor.change_setting("limit_c", 38.0, "000000")
    assert win.status.problem.text() == ("Wrong supervisor PIN (5 in a row): PIN checks are now locked for 30 s "
                                         "— nothing changed (limit)")
    clock.advance(5)
    assert not win.supervisor.change_setting("limit_c", 38.0, PIN)  # right, but locked
    assert win.status.problem.text() == ("Too many wrong supervisor PINs (5 in a row): PIN checks are locked for "
                                         "another 25 s — nothing changed (limit)")
    assert win.wall.engine_configs[0].limit_c == 37.7
    # The menu path says so before asking for a PIN at all.
    win.ask_text = lambda *a, **k: pytest.fail("no PIN may be asked while locked out")
    win.supervisor.ask_limit()
    assert "locked for another 25 s" in win.status.problem.text()
    clock.advance(25)
    assert win.supervisor.change_setting("limit_c", 38.0, PIN, "site policy")
    assert win.wall.engine_configs[0].limit_c == 38.0
    failed = [json.loads(r["payload"]) for r in win.store.audit_records() if r["kind"] == "pin_failed"]
    assert [(f["who"], f["where"]) for f in failed] == [
        ("Ana", "console: limit_c"), ("Ana", "console: rule"), ("Ana", "console: limit_c"),
        ("Ana", "console: rule"), ("Ana", "console: limit_c")]
    assert win.store.pin_status()["failures"] == 0
    ok, msg, _ = win.store.verify()
    assert ok, msg


def test_console_wrong_pins_lock_the_recalibration_window_too(console, clock):
    """One count for every path: wrong PINs in the console's settings lock adoption as well."""
    win = console
    for _ in range(5):
        win.supervisor.change_setting("rule", "relative", "000000")
    view = win.records.show_recalibration()
    assert view._pin_locked_for() == 30.0
    check = win.supervisor.check_pin_for("re-calibration window")  # what the console gives the window
    with pytest.raises(PinLockedOut):
        check(PIN)
    clock.advance(30)
    assert check("000000") is False  # counted and audited as the window's
    rec = [json.loads(r["payload"]) for r in win.store.audit_records() if r["kind"] == "pin_failed"][-1]
    assert (rec["who"], rec["where"], rec["row"]["failures"]) == ("Ana", "re-calibration window", 6)
    assert win.store.pin_status()["locked_for_s"] == 60.0


# --------------------------------------------------------------------------
# The Re-calibration window
# --------------------------------------------------------------------------


def fill_pairs(store, n: int = 36) -> None:
    """Elevated decisions each checked with a thermometer 1.6 °C over the canthus: enough to fit and adopt."""
    from app.core.engine import Decision

    for i in range(n):
        c = 35.0 + 2.4 * i / (n - 1)
        d = Decision(camera="Entrance A", subject=i, t=float(i), seq=i, verdict="elevated", reason="measured",
                     instruction="", canthus_c=c, estimate_c=c + 1.31, rule="absolute", limit_c=37.7,
                     alarm_level_c=37.5)
        wall = T0 - timedelta(hours=10) + timedelta(minutes=15 * i)
        aid = store.raise_alert(store.record_decision(d, wall), at=wall)
        store.record_action("Anna Guard", "secondary_check", alert_id=aid,
                            reading_c=round(c + 1.6 + (0.1, 0.0, -0.1)[i % 3], 2), at=wall + timedelta(seconds=40))


def test_recalibration_uses_the_stores_lock_out(qtbot, tmp_path):
    from tests.test_views import PIN as VIEW_PIN
    from tests.test_views import Calls, recal

    clock = Clock()
    store = opened(clock)
    try:
        store.set_supervisor_pin(VIEW_PIN, "test admin")
        fill_pairs(store)
        calls = Calls()
        view = recal(qtbot, store, calls)
        assert view.adopt_button.isEnabled()
        view.ask_pin = lambda: "111111"
        for _ in range(4):
            assert view.adopt() is False
            assert view.message.text() == "Wrong supervisor PIN: the model was not changed."
        assert view.adopt() is False
        assert view.message.text() == ("Wrong supervisor PIN: the model was not changed. Too many wrong PINs: "
                                       "adoption is locked for 30 s.")
        view.ask_pin = lambda: pytest.fail("no PIN may be asked while locked out")
        clock.advance(29.5)
        assert view.adopt() is False
        assert view.message.text() == "Too many wrong supervisor PINs: adoption is locked for another 1 s."
        clock.advance(0.5)
        view.ask_pin = lambda: VIEW_PIN
        assert view.adopt() is True and len(calls.adopted) == 1
        assert len(calls.pins) == 6  # 5 wrong + the right one; none while locked
        assert store.pin_status() == {"failures": 0, "locked_for_s": 0.0}
    finally:
        store.close()
    # The lock-out outlives the window: a new window on the same store sees it.
    with opened(clock) as s:
        for _ in range(5):
            s.check_supervisor_pin("000000")
        view = recal(qtbot, s, Calls())
        assert view._pin_locked_for() == 30.0
