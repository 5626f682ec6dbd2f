"""Camera health: the Qt-free camera loop under faulty sources, and the console tile and store it feeds.

No test asserts a wall-clock duration: each waits for a state with a generous
bound and asserts the order of events; backoff delays are recorded through an
injected ``wait``, so 1, 2, 4... s are checked without being slept.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from app.camera_loop import BACKOFF_S, SILENT_REOPEN_S, CameraLoop
from app.core.config import EngineConfig
from app.core.frame import Frame
from app.sim import SimConfig
from app.sources import SimulatedSource, SourceError
from app.store import open_store

BOUND_S = 20.0  # generous: CI is a loaded 2-core machine


def wait_for(cond, bound: float = BOUND_S, what: str = "condition") -> None:
    deadline = time.monotonic() + bound
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} not reached within {bound} s")
        time.sleep(0.01)


class Room:
    """A source of empty-room frames (22 °C, nobody in view): every one is a live frame."""

    name = "cam"

    def __init__(self, fps: float = 50.0, *, frames: int | None = None, then: str = "silent",
                 release: threading.Event | None = None, garbage: int = 0) -> None:
        self.fps, self.left, self.then, self.release, self.garbage = fps, frames, then, release, garbage
        self.seq = 0
        self.closed = False

    def read(self, timeout: float):
        if self.left is not None and self.left <= 0:
            if self.then == "raise":
                raise OSError("USB device unplugged")
            if self.then == "hang":
                self.release.wait()  # a driver stuck in read(): far past any timeout
                return None
            time.sleep(timeout)  # silent: the camera sends nothing
            return None
        if self.left is not None:
            self.left -= 1
        time.sleep(1.0 / self.fps)
        self.seq += 1
        if self.garbage:
            self.garbage -= 1
            bad = np.full((120, 160), np.nan, np.float32) if self.seq % 2 else np.zeros((3, 160), np.int32)
            return Frame(self.name, self.seq, self.seq / self.fps, bad)
        return Frame(self.name, self.seq, self.seq / self.fps, np.full((120, 160), 22.0, np.float32))

    def close(self) -> None:
        self.closed = True


class Factory:
    """Opens the sources (or raises the errors) given, in order; counts the calls."""

    def __init__(self, *items) -> None:
        self.items = list(items)
        self.calls = 0
        self.opened: list = []

    def __call__(self):
        self.calls += 1
        item = self.items.pop(0) if len(self.items) > 1 else self.items[0]
        if isinstance(item, BaseException):
            raise item
        src = item() if callable(item) else item
        self.opened.append(src)
        return src


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def run_loop(store):
    """Start loops that write each state change to the store; stop and join them afterwards."""
    loops: list[CameraLoop] = []
    releases: list[threading.Event] = []

    def start(factory, *, name: str = "cam", grace_s: float = 0.4, record: bool = True, **kw) -> CameraLoop:
        delays: list[float] = []

        def fast_wait(d: float) -> bool:  # the backoff is recorded, not slept
            delays.append(d)
            return loop._stop.wait(0.01)

        def on_event(ev):
            if record:
                store.record_camera_state(ev.camera, ev.state, ev.reason, at=ev.at)

        loop = CameraLoop(EngineConfig(), open_source=factory, name=name, grace_s=grace_s,
                          on_event=on_event, wait=kw.pop("wait", fast_wait), **kw)
        loop.waited = delays
        loops.append(loop)
        loop.start()
        return loop

    start.releases = releases
    yield start
    for ev in releases:
        ev.set()
    for loop in loops:
        loop.stop()
    for loop in loops:
        loop.join(10)
        assert not loop._thread.is_alive()


def states(loop: CameraLoop) -> list[str]:
    return [e.state for e in loop.events]


def stored(store, camera: str = "cam") -> list[str]:
    return [r["state"] for r in store.camera_states(camera)]


def assert_stored(store, expected: list[str], camera: str = "cam") -> None:
    """The store holds ``expected``: a state is written just after the loop lists it (and a read
    does not wait for a write), so wait for the write, bounded."""
    wait_for(lambda: stored(store, camera) == expected, what=f"stored states {expected}")


def test_a_camera_that_stops_is_offline_then_opened_again_with_the_backoff(run_loop, store):
    clock = FakeClock()
    refused = SourceError("connection refused")
    factory = Factory(lambda: Room(frames=5), refused, refused, refused, Room)
    loop = run_loop(factory, clock=clock)
    wait_for(lambda: loop.frames == 5 and states(loop) == ["live"], what="live")
    clock.t += 1.0  # past the grace period: offline; the source still answers, so it is read on
    wait_for(lambda: states(loop) == ["live", "offline"], what="offline")
    assert loop.events[1].reason == "no frame for 0.4 s" and loop.fps == 0.0
    assert factory.calls == 1 and loop.waited == []
    clock.t += SILENT_REOPEN_S  # silent for long: opened afresh, three refusals first
    wait_for(lambda: states(loop)[-1:] == ["live"] and len(loop.events) > 2, what="back to live")
    assert states(loop) == ["live", "offline", "reconnecting", "live"]
    # 1, 2, 4 s before each refused try, 8 s before the one that worked
    assert loop.waited == [1, 2, 4, 8] == list(BACKOFF_S[:4])
    assert factory.calls == 5
    wait_for(lambda: factory.opened[0].closed, what="the abandoned source closed")  # once its read returned
    assert_stored(store, ["live", "offline", "reconnecting", "live"])
    frames = loop.frames
    wait_for(lambda: loop.frames > frames + 5, what="frames after the reconnect")


def test_a_silent_camera_that_speaks_again_is_live_without_a_reconnect(run_loop, store):
    src = Room(frames=5)
    loop = run_loop(Factory(src))
    wait_for(lambda: states(loop) == ["live", "offline"], what="offline")
    src.left = None  # frames again, from the same open source
    wait_for(lambda: states(loop) == ["live", "offline", "live"], what="live again")
    assert loop.waited == []
    assert_stored(store, ["live", "offline", "live"])


def test_the_backoff_is_capped_at_30_s_and_a_retry_is_not_a_state_change(run_loop, store, caplog):
    factory = Factory(lambda: Room(frames=2, then="raise"), *[SourceError("host unreachable")] * 9, Room)
    with caplog.at_level("INFO", logger="app.camera_loop"):
        loop = run_loop(factory)
        wait_for(lambda: states(loop)[-1:] == ["live"] and len(loop.events) > 1, what="back to live")
    assert loop.waited == [1, 2, 4, 8, 16, 30, 30, 30, 30, 30]
    assert states(loop) == ["live", "offline", "reconnecting", "live"]
    assert len([r for r in caplog.records if "->" in r.getMessage()]) == 4  # one line per change, not per retry
    assert_stored(store, states(loop))


def test_a_source_that_raises_is_offline_at_once_with_the_reason(run_loop, store):
    factory = Factory(lambda: Room(frames=3, then="raise"), Room)
    loop = run_loop(factory, grace_s=30.0)  # the error, not the grace period, makes it offline
    wait_for(lambda: states(loop)[-1:] == ["live"] and len(loop.events) > 1, what="back to live")
    assert states(loop) == ["live", "offline", "reconnecting", "live"]
    assert loop.events[1].reason == "OSError: USB device unplugged"
    assert loop.waited == [1]
    assert_stored(store, ["live", "offline", "reconnecting", "live"])
    rows = store.camera_states("cam")
    assert rows[1]["state"] == "offline" and rows[1]["detail"] == "OSError: USB device unplugged"


def test_a_read_that_hangs_never_freezes_the_state_machine(run_loop, store):
    release = threading.Event()
    run_loop.releases.append(release)
    hung = [Room(frames=5, then="hang", release=release), Room(frames=0, then="hang", release=release)]
    factory = Factory(hung[0], hung[1], Room)
    loop = run_loop(factory)
    wait_for(lambda: states(loop)[-1:] == ["live"] and len(loop.events) > 2, what="back to live")
    # The first source hung after 5 frames, the re-opened one hung at once: the loop
    # declared each silent within the grace period and opened the camera again.
    assert states(loop) == ["live", "offline", "reconnecting", "live"]
    assert loop.waited == [1, 2]
    assert not release.is_set()  # both reads are still stuck: nothing waited for them
    assert_stored(store, ["live", "offline", "reconnecting", "live"])


def test_garbage_frames_show_bad_frames_counted_and_good_ones_bring_it_back(run_loop, store):
    src = Room(garbage=8)
    loop = run_loop(Factory(src), grace_s=30.0)
    wait_for(lambda: states(loop)[-1:] == ["live"], what="live after the garbage")
    assert states(loop) == ["bad_frames", "live"]
    assert loop.bad_frames == 8 == loop.engine.frames_refused
    # the camera started with garbage: "bad frames" from the first one, never "live" meanwhile
    assert loop.events[0].reason.startswith("frames refused so far: 1 (last: ")
    assert_stored(store, ["bad_frames", "live"])


def test_a_refused_password_is_tried_once_then_left_alone_until_the_site_acts(run_loop, store):
    factory = Factory(SourceError("camera 10.0.0.5 refused the password", state="credentials_refused", retry=False),
                      Room)
    loop = run_loop(factory)
    wait_for(lambda: states(loop) == ["credentials_refused"], what="credentials refused")
    time.sleep(1.0)  # the loop keeps going round: no second try, whatever the time
    assert factory.calls == 1 and loop.waited == []
    assert "not retried until the site acts" in loop.events[0].reason
    loop.reset()
    wait_for(lambda: states(loop)[-1:] == ["live"], what="live after the reset")
    assert states(loop) == ["credentials_refused", "reconnecting", "live"]
    assert factory.calls == 2
    assert_stored(store, states(loop))


def test_a_setup_fault_is_a_setup_problem_not_a_password_one(run_loop, store):
    """retry=False with no state of its own (an ISAPI 404, no GigE producer) is 'misconfigured'."""
    factory = Factory(SourceError("camera 10.0.0.5: /ISAPI/Thermal/channels/9 not found (HTTP 404)", retry=False),
                      Room)
    loop = run_loop(factory)
    wait_for(lambda: states(loop) == ["misconfigured"], what="misconfigured")
    assert loop.halted and factory.calls == 1
    loop.reset()
    wait_for(lambda: states(loop)[-1:] == ["live"], what="live after the reset")
    assert not loop.halted
    assert_stored(store, states(loop))


class RealCamera(Room):
    warmup_s = 1800.0  # a real camera kind: 30 min of warm-up after each (re)start


def test_a_real_camera_is_locked_out_while_it_warms_up_with_a_countdown(run_loop, store):
    clock = FakeClock()
    loop = run_loop(Factory(RealCamera), clock=clock, grace_s=1e6)
    wait_for(lambda: loop.frames > 5, what="frames while warming up")
    assert states(loop) == ["warming_up"]
    assert loop.events[0].seconds_left == pytest.approx(1800.0)
    assert loop.engine.frames_processed == 0  # shown, nobody screened
    clock.t += 600
    assert loop.warmup_left_s == pytest.approx(1200.0)
    clock.t += 1200
    wait_for(lambda: states(loop)[-1:] == ["live"], what="live after the warm-up")
    assert loop.engine.frames_processed > 0
    assert_stored(store, ["warming_up", "live"])


def test_the_simulator_needs_no_warm_up():
    src = SimulatedSource(SimConfig(camera="sim", width=160, height=120, fps=9.0, seed=1, incidents=frozenset()),
                          realtime=False)
    loop = CameraLoop(EngineConfig(), source=src)
    assert loop.warmup_left_s is None
    for _ in range(50):
        loop.step()
        if loop.frames:
            break
    loop.stop()
    loop.run()  # returns at once, closing the source
    assert loop.frames and loop.warmup_left_s is None and states(loop) == ["live"]


def test_one_faulty_camera_does_not_slow_the_others(run_loop, store):
    release = threading.Event()
    run_loop.releases.append(release)

    def sim(seed):
        return lambda: SimulatedSource(SimConfig(camera=f"sim-{seed}", width=160, height=120, fps=20.0, seed=seed,
                                                  incidents=frozenset()))

    healthy = [run_loop(Factory(sim(s)), name=f"door-{s}", grace_s=3.0) for s in (1, 2)]
    faulty = run_loop(Factory(lambda: Room(frames=10, then="hang", release=release),
                              lambda: Room(frames=0, then="hang", release=release)), name="door-hung", grace_s=0.5)
    wait_for(lambda: all(h.frames > 10 for h in healthy), what="healthy cameras running")

    def rates(seconds: float) -> list[float]:
        before = [h.frames for h in healthy]
        t0 = time.monotonic()
        time.sleep(seconds)
        dt = time.monotonic() - t0
        return [(h.frames - b) / dt for h, b in zip(healthy, before)]

    wait_for(lambda: "offline" in states(faulty), what="the hung camera offline")
    during = rates(2.0)
    print(f"healthy cameras at 20 fps while one hangs: {during[0]:.1f} and {during[1]:.1f} frames/s")
    # They keep going while the hung camera's reader is still stuck (its read has not returned):
    # counted in frames, not timed, so a loaded machine cannot fail it.
    before = [h.frames for h in healthy]
    wait_for(lambda: all(h.frames >= b + 20 for h, b in zip(healthy, before)), what="20 more frames each")
    assert not release.is_set()
    assert all(states(h) == ["live"] for h in healthy)
    assert states(faulty)[:2] == ["live", "offline"]
    wait_for(lambda: stored(store, "door-hung")[:2] == ["live", "offline"], what="the hung camera stored offline")


def test_a_loop_needs_a_source_and_a_positive_grace():
    with pytest.raises(ValueError, match="needs a source"):
        CameraLoop(EngineConfig())
    with pytest.raises(ValueError, match="grace period must be positive"):
        CameraLoop(EngineConfig(), source=Room(), grace_s=0)


# -- the console: a hung camera's tile and the store -------------------------------------------

def test_a_hung_camera_goes_offline_on_its_tile_and_in_the_store_while_the_others_update(
        qtbot, tmp_path, qapp, monkeypatch):
    from PySide6.QtCore import QSettings

    from app.site import CameraConfig, SimSourceConfig, SiteConfig
    from app.ui import wall_control
    from app.ui.console import ConsoleWindow
    from app.ui.sound import AlarmSound
    from tests.qt_helpers import StubWall

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    release = threading.Event()
    real_open = wall_control.open_source
    opened = []

    def open_source(cam, site_dir=None):
        source, engine = real_open(cam, site_dir)
        if cam.name == "Door 1":  # 20 frames, then a read that hangs; re-opened, it hangs at once
            opened.append(cam)
            hung = Room(fps=9.0, frames=20 if len(opened) == 1 else 0, then="hang", release=release)
            hung.name = cam.name
            return hung, engine.model_copy(update={"reference": None})  # an empty room: no blackbody
        return source, engine

    monkeypatch.setattr(wall_control, "open_source", open_source)
    site = SiteConfig(name="t", camera=[
        CameraConfig(name=f"Door {i + 1}", source=SimSourceConfig(width=160, height=120, fps=9.0, seed=i,
                                                                  incidents="none"), offline_grace_s=1.0)
        for i in range(3)])
    st = open_store(tmp_path / "data")
    win = ConsoleWindow(site, StubWall(), store=st, sound=AlarmSound(backend="none"))
    qtbot.addWidget(win)
    win.show()
    try:
        win.start()
        qtbot.waitUntil(lambda: win.views[0].state == "live", timeout=15000)
        qtbot.waitUntil(lambda: win.views[0].state in ("offline", "reconnecting"), timeout=15000)
        assert win.views[0].state_detail == "No picture: screen by hand" and win.views[0].fps == 0.0
        others = [w.frames for w in win.workers[1:]]
        shows = win.renderer.show_calls
        # the others keep going and keep being drawn (waited for, never timed: CI is loaded)
        qtbot.waitUntil(lambda: all(w.frames > f + 3 for w, f in zip(win.workers[1:], others))
                        and win.renderer.show_calls > shows + 3, timeout=30000)
        assert all(v.state != "offline" for v in win.views[1:])
        door1 = [r["state"] for r in st.camera_states("Door 1")]
        assert door1[:2] == ["live", "offline"]
        assert st.camera_states("Door 1")[1]["detail"] == "no frame for 1 s: read() does not return"
        qtbot.waitUntil(lambda: "2/3 cameras live" in win.status.cameras.text(), timeout=5000)
    finally:
        release.set()
        win.close()
    assert all(not w.isRunning() for w in win.workers)
    assert [r["state"] for r in st.camera_states("Door 2")][-1] == "stopped"  # the console closed
    st.close()
