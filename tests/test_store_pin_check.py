"""The one supervisor PIN check (app.store.pin.check_supervisor): the store's lock-out and audit,
an answer in a guard's words, and no exception for any of a guard's cases."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

import app.store.pin as pin_mod
from app.store import open_store
from app.store.pin import FREE_TRIES, PinResult, check_supervisor

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
    """The count is tested here, not the hash's cost: 1 000 PBKDF2 iterations (stored in the hash)."""
    real = pin_mod.hash_pin
    monkeypatch.setattr(pin_mod, "hash_pin", lambda pin, iterations=1000: real(pin, iterations))


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(clock):
    s = open_store(clock=clock, auto_purge_s=None)
    yield s
    s.close()


def test_no_pin_set_says_how_to_set_one(store):
    r = check_supervisor(store, PIN, who="Ana", where="test")
    assert r == PinResult(False, "no supervisor PIN is set: a site administrator sets one with "
                                 f"`canthus supervisor-pin --data-dir {store.path.parent}`", "no_pin")
    assert not r and store.pin_status()["failures"] == 0  # nothing to guess: not counted


def test_no_store_is_an_answer_not_an_exception():
    r = check_supervisor(None, PIN, who="Ana", where="console")
    assert (r.ok, r.state) == (False, "no_store") and "no event store" in r.message


def test_right_pin_is_accepted(store):
    store.set_supervisor_pin(PIN, "admin")
    r = check_supervisor(store, PIN, who="Ana", where="test")
    assert r and (r.state, r.message, r.sentence) == ("accepted", "supervisor PIN accepted", "Supervisor PIN accepted")


def test_wrong_pins_count_then_lock_and_the_lock_is_said_with_its_time(store, clock):
    store.set_supervisor_pin(PIN, "admin")
    for i in range(1, FREE_TRIES):
        r = check_supervisor(store, "739105", who="Ana", where="console: limit_c")
        assert (r.ok, r.state, r.failures, r.locked_for_s) == (False, "wrong", i, 0.0)
        assert r.message == (f"wrong supervisor PIN ({i} in a row; {FREE_TRIES - i} more and PIN checks are "
                             "locked for 30 s)")
    r = check_supervisor(store, "739105", who="Ana", where="console: limit_c")
    assert (r.state, r.failures, r.locked_for_s) == ("wrong", 5, 30.0)
    assert r.message == "wrong supervisor PIN (5 in a row): PIN checks are now locked for 30 s"
    clock.advance(12)
    hashed = []
    real = pin_mod.check_pin
    pin_mod.check_pin = lambda *a: hashed.append(a) or real(*a)
    try:
        r = check_supervisor(store, PIN, who="Ana", where="settings dialog")  # right, but locked
    finally:
        pin_mod.check_pin = real
    assert hashed == []  # refused before hashing
    assert (r.ok, r.state, r.failures, r.locked_for_s) == (False, "locked", 5, 18.0)
    assert r.message == "too many wrong supervisor PINs (5 in a row): PIN checks are locked for another 18 s"
    clock.advance(18)
    r = check_supervisor(store, PIN, who="Ana", where="settings dialog")
    assert r.ok and store.pin_status() == {"failures": 0, "locked_for_s": 0.0}
    # Every wrong PIN is audited with who and where, never the PIN.
    failed = [json.loads(x["payload"]) for x in store.audit_records() if x["kind"] == "pin_failed"]
    assert [(f["who"], f["where"]) for f in failed] == [("Ana", "console: limit_c")] * 5
    assert "739105" not in "".join(x["payload"] for x in store.audit_records())
    assert store.verify()[0]


def test_a_pin_that_is_not_text_is_a_wrong_pin_not_a_crash(store):
    store.set_supervisor_pin(PIN, "admin")
    for bad in (None, 482913, b"482913"):
        r = check_supervisor(store, bad, who="Ana", where="test")
        assert r.state == "wrong"
    assert store.pin_status()["failures"] == 3


def test_a_closed_or_broken_store_is_said_in_one_line(store):
    store.set_supervisor_pin(PIN, "admin")
    store.close()
    r = check_supervisor(store, PIN, who="Ana", where="test")
    assert (r.ok, r.state) == (False, "unavailable")
    assert r.message.startswith("the supervisor PIN could not be checked (") and "\n" not in r.message
