"""Store writes off the GUI thread (app.store.writer.StoreWriter): in order, retried, never dropped.

Failures are injected through the job callables (a transient sqlite3 error N
times), never by timing; back-off delays are made tiny so the tests run fast.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import Future
from datetime import datetime, timezone

import pytest

from app.core.errors import CanthusError
from app.store import open_store
from app.store.errors import StoreError, is_transient
from app.store.writer import StoreWriter, WriterClosed

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
FAST = {"retry_first_s": 0.001, "retry_max_s": 0.004}


@pytest.fixture
def store():
    s = open_store(auto_purge_s=None)
    yield s
    s.close()


class Events:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.recovered = 0

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def recover(self) -> None:
        self.recovered += 1


def flaky(times: int, error: BaseException, then):
    """A job that fails with ``error`` its first ``times`` attempts, then runs ``then(store)``."""
    attempts = []

    def job(s):
        attempts.append(1)
        if len(attempts) <= times:
            raise error
        return then(s)

    job.attempts = attempts
    return job


def test_a_thousand_jobs_run_in_submission_order_on_one_thread(store):
    seen: list[int] = []
    threads: set[str] = set()

    def job(i):
        def run(s):
            threads.add(threading.current_thread().name)
            seen.append(i)
            if i % 100 == 0:  # real writes among them
                return s.record_camera_state(f"cam{i}", "live")
            return i
        return run

    with StoreWriter(store, **FAST) as w:
        futures = [w.submit(job(i)) for i in range(1000)]
        assert w.flush(timeout_s=120)
        assert w.pending == 0
    assert seen == list(range(1000))
    assert threads == {"canthus-store-writer"} and threading.current_thread().name not in threads
    assert [f.result() for f in futures][1:100] == list(range(1, 100))
    assert [r["camera"] for r in store.camera_states()] == sorted(f"cam{i}" for i in range(0, 1000, 100))
    assert store.verify()[0]


def test_a_transient_failure_is_retried_and_the_jobs_behind_it_wait(store):
    ev = Events()
    order: list[str] = []
    behind_ran_early = []

    def first(s):
        order.append("first")
        return s.record_config_change("Maria", "limit_c", 37.7, 38.0, "policy")

    locked = flaky(4, sqlite3.OperationalError("database is locked"), first)

    def watched(s):
        behind_ran_early.append("second" in order)
        return locked(s)

    def second(s):
        order.append("second")
        return "done"

    with StoreWriter(store, ev.problem, ev.recover, **FAST) as w:
        f1, f2 = w.submit(watched), w.submit(second)
        assert f2.result(timeout=60) == "done"
        assert isinstance(f1.result(timeout=60), int)
        assert w.retries == 4
    assert len(locked.attempts) == 5 and behind_ran_early == [False] * 5
    assert order == ["first", "second"]
    assert ev.problems == ["event store writes are waiting: database is locked; retrying, nothing is lost"]
    assert ev.recovered == 1
    assert [c["key"] for c in store.config_changes() if c["who"] == "Maria"] == ["limit_c"]  # written once


def test_each_outage_is_said_once_and_its_end_once(store):
    ev = Events()
    full = sqlite3.OperationalError("database or disk is full")
    with StoreWriter(store, ev.problem, ev.recover, **FAST) as w:
        w.submit(flaky(3, full, lambda s: 1))
        w.submit(lambda s: 2)
        w.submit(flaky(2, StoreError("event store x: disk I/O error.", sqlite3.OperationalError("disk I/O error")),
                       lambda s: 3))
        assert w.flush(60)
    assert ev.problems == ["event store writes are waiting: database or disk is full; retrying, nothing is lost",
                           "event store writes are waiting: event store x: disk I/O error; retrying, nothing is lost"]
    assert ev.recovered == 2


def test_a_non_transient_failure_goes_to_its_future_and_the_writer_goes_on(store):
    ev = Events()
    with StoreWriter(store, ev.problem, ev.recover, **FAST) as w:
        bad = w.submit(lambda s: s.record_action("anna", "dance"))  # validation error
        typo = w.submit(lambda s: s.no_such_method())  # programming error
        good = w.submit(lambda s: s.record_action("anna", "note", reason="shift handover"))
        with pytest.raises(CanthusError, match="unknown operator action 'dance'"):
            bad.result(timeout=60)
        with pytest.raises(AttributeError):
            typo.result(timeout=60)
        assert isinstance(good.result(timeout=60), int)
        assert w.retries == 0
    assert ev.problems == [] and ev.recovered == 0
    assert [a["action"] for a in store.actions()] == ["note"]


def test_close_flushes_everything_even_through_an_outage(store):
    ev = Events()
    w = StoreWriter(store, ev.problem, ev.recover, **FAST)
    futures = [w.submit(flaky(3 if i == 5 else 0, sqlite3.OperationalError("database is locked"),
                              lambda s, i=i: s.record_camera_state("door", "live" if i % 2 else "offline")))
               for i in range(20)]
    assert w.close(timeout_s=120) is True
    assert all(f.done() and f.exception() is None for f in futures)
    assert len(store.camera_states("door")) == 20
    with pytest.raises(WriterClosed, match="closed"):
        w.submit(lambda s: None)
    assert ev.recovered == 1


def test_close_gives_up_after_its_timeout_and_says_which_writes_were_not_done(store):
    ev = Events()
    gate = threading.Event()

    def never(s):
        gate.set()
        raise sqlite3.OperationalError("database is locked")

    w = StoreWriter(store, ev.problem, ev.recover, **FAST)
    stuck, after = w.submit(never), w.submit(lambda s: "after")
    assert gate.wait(60)
    assert w.close(timeout_s=0.05) is False
    for f in (stuck, after):
        with pytest.raises(WriterClosed, match=r"while the store was unusable \(event store writes are waiting: "
                                               r"database is locked"):
            f.result(timeout=60)
    assert ev.problems and ev.recovered == 0


def test_reads_from_another_thread_work_while_the_writer_writes(store):
    """The GUI thread reads (history, PIN status) while the writer thread writes."""
    started = threading.Event()
    with StoreWriter(store, **FAST) as w:
        def first(s):
            started.set()
            return s.record_camera_state("door", "live")

        futures = [w.submit(first)] + [
            w.submit(lambda s, i=i: s.record_camera_state("door", "offline" if i % 2 else "live"))
            for i in range(1, 200)]
        assert started.wait(60)
        reads = [len(store.camera_states("door")) for _ in range(50)]
        for f in futures:
            f.result(timeout=60)
    # reads run beside the writes (their own connection): each sees what was committed by then
    assert reads == sorted(reads) and reads[-1] <= 200
    assert len(store.camera_states("door")) == 200


def test_a_read_never_waits_behind_a_write_that_waits_for_another_process(store):
    """Another process (``canthus report``, ``canthus settings set``) holds SQLite's write lock: the
    console's write waits for it inside the store; the GUI's reads go on meanwhile."""
    store.record_camera_state("door", "live")
    store._conn.execute("PRAGMA busy_timeout = 600000")  # the waiting write outlasts this test
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other process's write lock
    done = threading.Event()
    writer = threading.Thread(target=lambda: (store.record_camera_state("door", "offline"), done.set()))
    writer.start()
    deadline = threading.Event()
    for _ in range(6000):  # until the write is inside the store, waiting for the lock
        if not store._lock.acquire(blocking=False):
            break
        store._lock.release()
        deadline.wait(0.01)
    else:
        pytest.fail("the write never started")
    states = store.camera_states("door")  # a read while the write waits
    assert [s["state"] for s in states] == ["live"] and not done.is_set()
    other.execute("COMMIT")
    writer.join(60)
    assert done.is_set() and [s["state"] for s in store.camera_states("door")] == ["live", "offline"]
    other.close()


def test_a_broken_callback_does_not_stop_the_writes(store):
    def explode(text):
        raise RuntimeError("the status bar is gone")

    with StoreWriter(store, on_problem=explode, **FAST) as w:
        f = w.submit(flaky(1, sqlite3.OperationalError("database is locked"), lambda s: "ok"))
        assert f.result(timeout=60) == "ok"


def test_a_cancelled_job_is_skipped_and_flush_from_a_job_is_refused(store):
    hold = threading.Event()
    with StoreWriter(store, **FAST) as w:
        blocker = w.submit(lambda s: hold.wait(60))
        cancelled = w.submit(lambda s: pytest.fail("a cancelled job ran"))
        assert cancelled.cancel()
        hold.set()
        inner: Future = w.submit(lambda s: w.flush())
        with pytest.raises(RuntimeError, match="wait for itself"):
            inner.result(timeout=60)
        assert blocker.result(timeout=60) is True
        with pytest.raises(TypeError, match="callable"):
            w.submit("not callable")


def test_which_errors_are_transient():
    for text in ("database is locked", "disk I/O error", "database or disk is full", "unable to open database file"):
        assert is_transient(sqlite3.OperationalError(text)), text
    for exc in (sqlite3.OperationalError("no such table: decisions"), sqlite3.IntegrityError("UNIQUE constraint"),
                CanthusError("camera name must not be empty."), ValueError("x"), OSError(2, "No such file")):
        assert not is_transient(exc), exc
    assert is_transient(OSError(28, "No space left on device"))
    assert is_transient(StoreError("event store: database is locked.", sqlite3.OperationalError("database is locked")))
    assert not is_transient(StoreError("event store: no such column.", sqlite3.OperationalError("no such column: x")))
