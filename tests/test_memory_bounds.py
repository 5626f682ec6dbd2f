"""What a long guard shift must not accumulate: counted in items, never in bytes or seconds.

The console grew ~290 MB/min on the 16-entrance demo (tests/bench/bench_memory.py):
the simulator kept every passed person's sprite, and every decision and alert kept
the engine's full °C head crop. These tests hold the bounds that fixed it.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.alarms import THUMBNAIL_MAX_PX, AlertBook
from app.core.engine import Decision
from app.door import SimulatedDoor
from app.sim import SimConfig, Simulator


def elevated(subject: int, crop_shape=(150, 130)) -> Decision:
    crop = np.full(crop_shape, 34.0, np.float32)
    if crop_shape[0] > 40 and crop_shape[1] > 50:
        crop[40, 50] = 37.2  # the canthus, at point - box origin
    return Decision(camera="Main", subject=subject, t=1.0, seq=1, verdict="elevated", reason="measured",
                    instruction="", canthus_c=37.2, estimate_c=38.5, rule="absolute", limit_c=37.7,
                    alarm_level_c=37.5, point=(60, 70), box=(10, 30, crop_shape[1], crop_shape[0]),
                    snapshot=crop)


def test_the_simulator_keeps_sprites_only_of_people_in_view():
    sim = Simulator(SimConfig(width=160, height=120, fps=3.0, people=60, seed=4))
    most = 0
    for i in range(sim.n_frames):
        sim.render_celsius(i)
        t = i / sim.config.fps
        cached = [s for s in sim.subjects if s.sprite is not None]
        # drawn at start (enter < 5 s) or in view now; never those long gone
        assert all(s.exit_t >= t or s.enter_t < 5.0 for s in cached)
        most = max(most, len(cached))
    assert len(sim.subjects) == 60 and most < 20
    assert sum(s.sprite is not None for s in sim.subjects if s.enter_t >= 5.0) <= 2  # only the last in view


def test_a_dropped_sprite_is_drawn_again_identically():
    a = Simulator(SimConfig(width=160, height=120, fps=3.0, people=12, seed=9))
    frames = [a.render_celsius(i)[0].copy() for i in range(a.n_frames)]
    for i in (5, len(frames) // 2, 1):  # back to earlier frames after their people's sprites were dropped
        assert np.array_equal(a.render_celsius(i)[0], frames[i])


def test_open_alerts_keep_a_small_thumbnail_and_closed_ones_leave_the_book():
    book = AlertBook(door=SimulatedDoor())
    decisions = [elevated(k) for k in range(2000)]
    alerts = [book.raise_alert(0, d) for d in decisions]
    assert len(book.open_alerts()) == 2000  # alerts latch: nobody at the desk, all still open
    for d, a in zip(decisions, alerts):
        assert a.decision.snapshot is None and d.snapshot is not None  # the engine's decision untouched
        assert a.thumbnail.dtype == np.float16 and max(a.thumbnail.shape) <= THUMBNAIL_MAX_PX
        assert a.decision.subject == d.subject and a.decision.estimate_c == d.estimate_c
    thumb, (px, py) = alerts[0].thumbnail, alerts[0].thumbnail_point
    assert thumb.shape == (64, 55)
    # the canthus (crop pixel 50, 40) maps into the thumbnail where the hot pixel went
    hot = np.unravel_index(np.argmax(thumb), thumb.shape)
    assert abs(px - (hot[1] + 0.5)) <= 1.0 and abs(py - (hot[0] + 0.5)) <= 1.0
    for a in alerts[:1500]:
        book.act(a, "deny", "Ana")
    assert len(book._alerts) == 500 == len(book.open_alerts())
    assert all(a.closed for a in alerts[:1500])


def test_a_small_snapshot_is_kept_as_it_is():
    (a,) = [AlertBook(door=SimulatedDoor()).raise_alert(0, elevated(1, crop_shape=(30, 20)))]
    assert a.thumbnail.shape == (30, 20) and float(a.thumbnail[10, 5]) == 34.0


@pytest.fixture
def console(qtbot, tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from app.site import CameraConfig, SimSourceConfig, SiteConfig
    from app.ui.console import ConsoleWindow
    from app.ui.sound import AlarmSound
    from tests.qt_helpers import StubWall

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path))
    site = SiteConfig(name="t", camera=[CameraConfig(name="Main", source=SimSourceConfig(width=160, height=120))])
    win = ConsoleWindow(site, StubWall(), sound=AlarmSound(backend="none"))
    qtbot.addWidget(win)
    yield win
    win.close()


def test_the_window_keeps_bounded_decisions_cards_and_figures(console):
    from app.ui.alerts import MAX_CARDS
    from app.station import DECISIONS_KEPT

    win = console
    n = DECISIONS_KEPT + 500
    for k in range(n):  # the GUI thread's side of n decisions, every third one raising an alert
        d = elevated(k)
        if k % 3:
            d.verdict = "normal"
        win.station.on_decision(0, d)
    assert win.decision_count == n and len(win.decisions) == DECISIONS_KEPT
    assert all(d.snapshot is None for d in win.decisions)
    assert win.decisions[-1].subject == n - 1  # the newest are kept
    assert len(win.book.open_alerts()) == len(range(0, n, 3))  # latched, none lost
    assert len(win.alarms.pane.cards) == MAX_CARDS and len(win.alarms.pane.shown_at) <= MAX_CARDS
    assert len(win.alarms.latency_s) <= DECISIONS_KEPT
    for a in win.book.open_alerts():
        win.book.act(a, "deny", "Ana")
    win.alarms.pane.sync(win.book.open_alerts())
    assert win.book.open_alerts() == [] and win.alarms.pane.cards == {} and win.alarms.pane.shown_at == {}
