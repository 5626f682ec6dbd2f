"""Store writes off the GUI thread: one writer thread, in submission order, never dropped.

The console submits each write as a job (``writer.submit(lambda s: s.record_decision(d))``)
and gets a :class:`concurrent.futures.Future` of its result; the GUI thread never
waits for an fsync. One thread runs the jobs strictly in the order they were
submitted. A job that fails with a transient error (another writer holds the lock,
the disk is full, an I/O error: :func:`app.store.errors.is_transient`) is retried
with a back-off doubling from ``retry_first_s`` to ``retry_max_s``, and the jobs
behind it wait: order is kept and nothing is dropped. ``on_problem(text)`` is
called once when such an outage starts and ``on_recovered()`` once when it ends,
both on the writer thread (a Qt caller re-emits them as signals). A job that fails
for any other reason (a validation or programming error) gets the exception in its
Future, and the writer goes on with the next one.

A job is retried from its start, so it should be one store call (one transaction,
rolled back whole when it fails). The :class:`~app.store.store.Store` serialises
its connection with a lock, so the GUI thread may read from it (history views)
while the writer writes.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, TypeVar

from app.core.errors import CanthusError
from app.store.errors import is_transient

if TYPE_CHECKING:
    from app.store.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)


class WriterClosed(CanthusError):
    """A write that cannot be done: submitted after close, or still waiting when close gave up."""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text.rstrip(".")


class StoreWriter:
    """One thread that runs store writes in order; see the module docstring."""

    def __init__(self, store: "Store", on_problem: Callable[[str], None] | None = None,
                 on_recovered: Callable[[], None] | None = None, *, retry_first_s: float = 0.1,
                 retry_max_s: float = 5.0, name: str = "canthus-store-writer") -> None:
        if not 0 < retry_first_s <= retry_max_s:
            raise ValueError("retry delays must satisfy 0 < retry_first_s <= retry_max_s")
        self.store = store
        self.on_problem = on_problem
        self.on_recovered = on_recovered
        self.retry_first_s = float(retry_first_s)
        self.retry_max_s = float(retry_max_s)
        self._jobs: collections.deque[tuple[Future, Callable]] = collections.deque()
        self._cond = threading.Condition()
        self._submitted = 0
        self._finished = 0
        self._closing = False  # no new jobs
        self._stop = False  # the thread ends once the queue is empty
        self._abandon = threading.Event()  # close gave up: stop retrying, fail what is left
        #: The outage in progress (its text), or None.
        self.problem: str | None = None
        #: Attempts that failed transiently, in all (for a status line or a test).
        self.retries = 0
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # -- the caller's side ----------------------------------------------------
    def submit(self, fn: Callable[["Store"], T]) -> "Future[T]":
        """Queue ``fn(store)`` behind every job submitted before it; returns its Future."""
        if not callable(fn):
            raise TypeError("submit() needs a callable taking the store")
        fut: Future = Future()
        with self._cond:
            if self._closing:
                raise WriterClosed("the event store writer is closed: this write was not queued")
            self._jobs.append((fut, fn))
            self._submitted += 1
            self._cond.notify_all()
        return fut

    @property
    def pending(self) -> int:
        """Jobs submitted and not yet done (the one running included)."""
        with self._cond:
            return self._submitted - self._finished

    def flush(self, timeout_s: float | None = None) -> bool:
        """Wait until every job submitted before this call is done; False if ``timeout_s`` passed first."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("flush() from a store job would wait for itself")
        with self._cond:
            target = self._submitted
            return self._cond.wait_for(lambda: self._finished >= target, timeout_s)

    def close(self, timeout_s: float | None = 10.0) -> bool:
        """Refuse new jobs, write every queued one, then stop the thread; True when all were written.

        If the store stays unusable past ``timeout_s`` (None: wait for ever), the
        writer stops retrying and the jobs not written get :class:`WriterClosed` in
        their Futures (naming the error that kept them out); returns False. The
        Store itself is closed by its owner, after this.
        """
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        done = self.flush(timeout_s)
        if not done:
            self._abandon.set()
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(None if done else 5.0)
        return done

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the writer thread ----------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._jobs or self._stop)
                if not self._jobs:
                    return
                fut, fn = self._jobs[0]  # stays queued (counted as pending) until done
            if fut.set_running_or_notify_cancel():
                self._attempt(fut, fn)
            with self._cond:
                self._jobs.popleft()
                self._finished += 1
                self._cond.notify_all()

    def _attempt(self, fut: Future, fn: Callable) -> None:
        delay = self.retry_first_s
        while True:
            if self._abandon.is_set():
                why = (f"while the store was unusable ({self.problem})" if self.problem is not None
                       else "before it got to this write (close timed out)")
                fut.set_exception(WriterClosed(f"not written: the event store writer closed {why}"))
                return
            try:
                result = fn(self.store)
            except BaseException as e:  # noqa: BLE001 - every failure goes to the Future or is retried
                if is_transient(e):
                    self.retries += 1
                    if self.problem is None:
                        self.problem = (f"event store writes are waiting: {_one_line(e)}; retrying, "
                                        "nothing is lost")
                        self._call(self.on_problem, self.problem)
                    self._abandon.wait(delay)
                    delay = min(delay * 2.0, self.retry_max_s)
                    continue
                self._recovered()
                log.warning("store write failed: %s", _one_line(e))
                fut.set_exception(e)
                return
            self._recovered()
            fut.set_result(result)
            return

    def _recovered(self) -> None:
        if self.problem is not None:
            self.problem = None
            self._call(self.on_recovered)

    @staticmethod
    def _call(callback, *args) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception as e:  # noqa: BLE001 - a broken callback must not stop the writes
            log.error("store writer callback %r failed: %s", callback, _one_line(e))
