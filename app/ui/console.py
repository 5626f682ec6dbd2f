"""The guard's main screen: the live wall of entrances.

The window keeps layout, focus, palette, dialogs and wiring; the open alarms are listed
beside the wall (:mod:`app.ui.alarm_list`), never over it: the wall reflows to the width left. What is screened by,
the alerts, the guard, bypasses and every store write belong to the Qt-free
:class:`app.station.Station`; the window forwards the camera workers' signals to it
and redraws on its events. Menus, buttons and keys come from :mod:`app.ui.actions`.
"""

from __future__ import annotations

import gc
import math
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.alarms import Alert
from app.camera_loop import OFFLINE_GRACE_S, StateEvent
from app.core.engine import Decision
from app.core.errors import CanthusError
from app.core.vocabulary import DISPLAY_SPAN_C, CameraState
from app.door import SimulatedDoor
from app.render.base import TileView, WallRenderer
from app.render.palettes import PALETTES
from app.site import SiteConfig, open_source
from app.station import DECISIONS_KEPT, Station, site_settings, tile_view
from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui.alarm_list import AlarmPane, alarm_summary, pane_width
from app.ui.console_actions import ActionWiring, GuardActions, RecordsWindows
from app.ui.console_dialogs import QuitDialog, SupervisorDialogs
from app.ui.sound import AlarmSound
from app.ui.worker import CameraWorker

#: counted texts on the status bar (declared with a literal count for lupdate, translated with the real one)
CAMERAS_LIVE = QT_TRANSLATE_NOOP("Console", "%1/%n cameras live", None, 1)
DECISIONS = QT_TRANSLATE_NOOP("Console", "%n decisions", None, 1)
FRAMES_DROPPED = QT_TRANSLATE_NOOP("Console", "%n frames dropped for display (the wall shows each camera's latest)",
                                   None, 1)

__all__ = ["DECISIONS_KEPT", "OFFLINE_GRACE_S", "ConsoleWindow", "auto_grid"]

LAYOUTS = {"auto": None, "1x1": (1, 1), "2x2": (2, 2), "3x3": (3, 3), "4x4": (4, 4)}
#: Source kinds opened on the GUI thread at start: files and the simulator, which cannot hang.
OPENED_AT_START = frozenset({"sim", "recording", "file"})
#: display work per tick stays under this, so the event loop never stalls on it
DISPLAY_BUDGET_S = 0.012
#: tiles redrawn per tick: the CPU wall colour-maps and scales each changed tile while painting;
#: with 16 cameras on 2 cores, 2 per tick keep the event loop well under 100 ms (the rest are
#: dropped, latest-frame-wins). The GPU wall does that work on the GPU.
TILES_PER_TICK = {"gpu": 16, "cpu": 2}
STATUS_HZ = 4


def auto_grid(n: int) -> tuple[int, int]:
    side = max(1, math.ceil(math.sqrt(n)))
    return math.ceil(n / side), side


class ConsoleWindow(ActionWiring, GuardActions, RecordsWindows, SupervisorDialogs, QMainWindow):
    """Wall of tiles, one per entrance, fed by one worker thread per camera; the station decides.

    Its menus, bars and keys (ActionWiring), the guard's presses (GuardActions), the records
    windows (RecordsWindows) and the supervisor's dialogs (SupervisorDialogs) are mixed in.
    """

    def __init__(self, site: SiteConfig, renderer: WallRenderer, *, site_dir: Path | None = None,
                 store=None, door=None, sound: AlarmSound | None = None, escalate_after_s: float = 30.0,
                 site_path: Path | None = None, station: Station | None = None) -> None:
        super().__init__()
        self.site = site
        #: the site file the Cameras dialog writes back to (None: the demo site, not saved yet)
        self.site_path = Path(site_path) if site_path is not None else None
        self.site_dir = site_dir if site_dir is not None or site_path is None else Path(site_path).parent
        self.renderer, self.store, self.sound = renderer, store, sound or AlarmSound()
        self.station = station or Station(site_settings(site), store=store, door=door or SimulatedDoor(),
                                          escalate_after_s=escalate_after_s)
        self.door = self.station.door
        self.alert_latency_s: dict[int, float] = {}  # alert id -> decision to visible panel
        self._last_sound = 0.0
        self.init_dialogs()
        self.setWindowTitle(arg(QCoreApplication.translate("Console", "Canthus — %1"), site.name))
        self.settings = QSettings()
        self.workers: list[CameraWorker] = []
        self.engine_configs = []
        self._views = [TileView(index=i, name=c.name, state="starting") for i, c in enumerate(site.camera)]
        self._dirty: list[int] = []
        self._focus: int | None = None
        self._flashing: set[int] = set()
        self._flash_phase = 0
        self._record_views: dict = {}
        self.max_display_tick_s = 0.0
        self._stopped = False
        #: (who, why) the guard gave to quit with open alarms; None: not asked (yet)
        self._quit_answer: tuple[str, str] | None = None
        self._quit_by_guard = False
        self.quit_dialog: QuitDialog | None = None
        self._ages_at = 0.0
        self._shown_once = False

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_message_bar())
        self.banner = QLabel(QCoreApplication.translate("Console", "SCREENING SUSPENDED: no one is being screened"))
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignCenter)
        self.banner.setVisible(False)
        column.addWidget(self.banner)
        # The open alarms beside the wall, never over it: the wall gets the width the list leaves,
        # and all of it while no alarm is open (the pane hides).
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(renderer.widget)
        self.alert_panel = self.alarm_pane = AlarmPane(self._names(), self.on_alert_action)
        self.alarm_pane.make_card_explanation = self._alarm_level_line
        self.splitter.addWidget(self.alarm_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        renderer.set_double_click_handler(lambda i: self.focus(None if self._focus is not None else i))
        self._build_status_bar()
        self._build_actions()
        layout = str(self.settings.value("wall/layout", "auto"))
        self.layout_name = layout if layout in LAYOUTS else "auto"
        palette = str(self.settings.value("wall/palette", "iron"))
        self.renderer.set_palette(palette if palette in PALETTES else "iron")
        self.span_auto = str(self.settings.value("wall/span", "fixed")) == "auto"
        self._apply_span()
        self._apply_layout()
        self._sync_actions()
        self._subscribe()
        for i, cam in enumerate(site.camera):
            self.station.add_camera(cam.name, reference_set_c=_set_point(cam), source_kind=cam.source.kind)
            # a bad file is one clear line before any window
            w, engine_cfg = self._new_worker(i, cam, open_now=cam.source.kind in OPENED_AT_START)
            self.engine_configs.append(engine_cfg)
            self.workers.append(w)
        if self.station.start_note:
            self.status_problem.setText(self.station.start_note)
        self.station.restore_open_alerts()  # the last session's open alarms, back in the list (marked)
        if self.station.restore_note:
            self.show_message(self.station.restore_note)
        self._display_timer = QTimer(self, interval=15, timeout=self._display_tick)
        self._status_timer = QTimer(self, interval=1000 // STATUS_HZ, timeout=self._status_tick)

    # -- the station's state, as the window's (tests, the Cameras dialog, the self-test) ----------
    book = property(lambda self: self.station.book)
    guard = property(lambda self: self.station.guard)
    suspended = property(lambda self: self.station.suspended)
    decisions = property(lambda self: self.station.decisions)
    decision_count = property(lambda self: self.station.decision_count)
    problems = property(lambda self: self.station.problems)
    views = property(lambda self: self._views)
    _last_subject = property(lambda self: {i: c.last_subject for i, c in enumerate(self.station.cameras)
                                           if c.last_subject is not None})

    def _subscribe(self) -> None:
        ev = self.station.events
        ev.alert_raised.connect(self._on_alert_raised)
        ev.alert_changed.connect(self._on_alert_changed)
        ev.alert_closed.connect(self._on_alert_closed)
        ev.settings_changed.connect(self._on_settings_changed)
        ev.camera_changed.connect(self._redraw)
        ev.screening_changed.connect(self._on_screening_changed)
        ev.guard_changed.connect(
            lambda name: self.status_guard.setText(arg(QCoreApplication.translate("Console", "Guard: %1"), name)))
        ev.suspended_changed.connect(self._on_suspended)
        ev.muted_changed.connect(self._on_muted)
        ev.problem.connect(self.status_problem.setText)
        ev.recovered.connect(self.status_problem.setText)

    # -- lifecycle -------------------------------------------------------------
    def _new_worker(self, i: int, cam, open_now: bool):
        """Camera ``i``'s worker (not started) with the station's settings and its engine config.

        ``open_now`` opens the source here (files and the simulator, which cannot hang); otherwise
        the camera's own loop opens it, with backoff: an unplugged camera is a tile in that state,
        never a console that does not start.
        """
        site_dir = self.site_dir
        source, engine_cfg = open_source(cam, site_dir) if open_now else (None, cam.engine)
        engine_cfg = self.station.engine_config(engine_cfg)
        # A slow camera gets five frame times; a fault re-opens it through the site file's settings.
        fps = getattr(source, "fps", None) or getattr(cam.source, "fps", None) or 9.0
        grace = max(float(getattr(cam, "offline_grace_s", None) or OFFLINE_GRACE_S), 5.0 / max(fps, 0.1))
        w = CameraWorker(i, source, engine_cfg, self, name=cam.name, grace_s=grace,
                         open_source=lambda cam=cam: open_source(cam, site_dir)[0])
        w.frame_ready.connect(self._on_frame_ready)
        w.decision.connect(self._on_decision)
        w.problem.connect(lambda _i, text: self.station.say(text))
        w.state_changed.connect(self._on_camera_state)
        if self.station.model is not None:
            w.set_model(self.station.model)
        w.screening_off = self.station.cameras[i].screening_off
        self._views[i] = replace(self._views[i], limit_c=engine_cfg.limit_c,
                                 skin_threshold_c=(self.station.model or w.engine.model).skin_threshold_c(
                                     engine_cfg.limit_c))
        return w, engine_cfg

    def start(self) -> None:
        # Everything built so far lives as long as the console: keep it out of the cyclic
        # collector, whose full passes over it stalled the GUI.
        gc.freeze()
        for w in self.workers:
            w.start()
        self._display_timer.start()
        self._status_timer.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop and join every worker, then record that nobody watches (idempotent)."""
        self._display_timer.stop()
        self._status_timer.stop()
        for w in self.workers:
            w.stop()
        deadline = time.monotonic() + timeout_s
        for w in self.workers:
            w.wait(max(1, int((deadline - time.monotonic()) * 1000)))
        if not self._stopped:
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)  # decisions still queued: kept
            who, why = self._quit_answer or ("", "console closed")
            self.station.close(why, who)  # cameras recorded stopped; open alarms said; the writer flushed
        self._stopped = True

    def request_quit(self) -> None:
        """The guard quits (the menu, Ctrl+Q): asked first while alarms are open."""
        self._quit_by_guard = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A guard's quit (the window's close button, Alt+F4, Ctrl+Q) with open alarms asks first:
        who and why, recorded; the alarms stay open in the record and come back at the next start.
        A close from code (tests, the self-test, ``--quit-after``) does not ask."""
        by_guard, self._quit_by_guard = event.spontaneous() or self._quit_by_guard, False
        if by_guard and not self._stopped and self._quit_answer is None and self.book.open_alerts():
            event.ignore()
            self.ask_quit()
            return
        for view in self._record_views.values():
            view.close()
        self.stop()
        self.sound.close()
        self.renderer.close()
        super().closeEvent(event)

    # -- layout, focus, palette ------------------------------------------------
    def _apply_layout(self) -> None:
        if self._focus is not None:
            rows, cols, shown = 1, 1, [self._focus]
        else:
            rows, cols = LAYOUTS[self.layout_name] or auto_grid(len(self._views))
            shown = list(range(min(len(self._views), rows * cols)))
        self.renderer.configure(len(self._views), rows, cols, shown)
        self.shown = shown
        for i in shown:
            self._show(i)

    def set_layout(self, name: str) -> None:
        if name not in LAYOUTS:
            raise ValueError(f"unknown layout {name!r}")
        self.layout_name, self._focus = name, None
        self.settings.setValue("wall/layout", name)
        self._apply_layout()
        self._sync_actions()

    def focus(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self._views):
            return
        self._focus = index
        self._apply_layout()
        self._sync_actions()

    def set_palette(self, name: str) -> None:
        self.renderer.set_palette(name)
        self.settings.setValue("wall/palette", name)
        self._apply_layout()
        self._sync_actions()

    def toggle_span(self) -> None:
        self.span_auto = not self.span_auto
        self.settings.setValue("wall/span", "auto" if self.span_auto else "fixed")
        self._apply_span()
        self._apply_layout()

    def _apply_span(self) -> None:
        self.renderer.set_span(*((None, None) if self.span_auto else DISPLAY_SPAN_C))

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def ask_quit(self) -> QuitDialog:
        """Ask who quits with open alarms and why (window-modal, not blocking): quit on confirm."""
        if self.quit_dialog is not None:
            return self.quit_dialog
        dlg = self.quit_dialog = QuitDialog(self, self.book.open_alerts(), self._names(), self.guard)

        def finished(result: int) -> None:
            self.quit_dialog = None
            answer = dlg.answer()
            dlg.deleteLater()
            if result == QuitDialog.Accepted and answer is not None:
                self._quit_answer = answer
                self.close()

        dlg.finished.connect(finished)
        dlg.open()
        return dlg

    # -- messages ----------------------------------------------------------------
    def _build_message_bar(self) -> QFrame:
        """Messages that matter (how to set a PIN, personal data written to a file, alarms brought
        back): they stay until the guard closes them, unlike the status line."""
        bar = QFrame()
        bar.setObjectName("messageBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 6, 4)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        close = QPushButton(QCoreApplication.translate("Console", "Close ✕"))
        close.setObjectName("messageClose")
        close.setFocusPolicy(Qt.NoFocus)
        close.clicked.connect(self.close_message)
        row.addWidget(close, 0, Qt.AlignTop)
        self.message_bar = bar
        self._messages: list[str] = []
        bar.setVisible(False)
        return bar

    def show_message(self, text: str) -> None:
        """Show ``text`` in the message bar until closed (repeats are shown once)."""
        if not text or text in self._messages:
            return
        self._messages.append(text)
        self.message.setText("\n".join(self._messages[-4:]))
        self.message_bar.setVisible(True)

    def close_message(self) -> None:
        self._messages.clear()
        self.message.setText("")
        self.message_bar.setVisible(False)

    def say(self, text: str) -> None:
        """A line on the status bar: what just happened (a refusal, a change made)."""
        self.status_problem.setText(text)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setSizeGripEnabled(False)  # its width is the sound's or the renderer's words
        self.status_cameras, self.status_decisions = QLabel(), QLabel()
        # the renderer in a word; why it was chosen (no GPU, software OpenGL...) in its tooltip
        self.status_renderer = QLabel(self.renderer.description.split(":", 1)[0])
        self.status_renderer.setToolTip(self.renderer.description)
        self.status_problem = QLabel()
        self.status_problem.setObjectName("problem")
        self.status_guard = QLabel(QCoreApplication.translate("Console", "Guard: not signed on (Ctrl+G)"))
        self.status_guard.setObjectName("guard")
        self.status_sound = QLabel(self.sound.state_text())
        for w in (self.status_guard, self.status_cameras, self.status_decisions, self.status_sound, self.status_problem):
            sb.addWidget(w)
        sb.addPermanentWidget(self.status_renderer)

    # -- data from the workers, to the station ---------------------------------
    def _on_frame_ready(self, index: int) -> None:
        if index not in self._dirty:
            self._dirty.append(index)

    def _on_decision(self, index: int, d: Decision) -> None:
        self.station.on_decision(index, d)

    def _on_camera_state(self, index: int, ev: StateEvent) -> None:
        self.station.on_camera_state(index, ev)

    def _display_tick(self) -> None:
        """Draw the newest frame of dirty tiles, within a time budget (round robin)."""
        t0 = time.perf_counter()
        budget = TILES_PER_TICK.get(self.renderer.kind, 16)
        while self._dirty and budget and time.perf_counter() - t0 < DISPLAY_BUDGET_S:
            i = self._dirty.pop(0)
            res = self.workers[i].take_latest()
            if res is None:
                continue
            self.station.on_frame_result(i, res)
            self._redraw(i, res)
            if i in self.shown:
                budget -= 1
        self.max_display_tick_s = max(self.max_display_tick_s, time.perf_counter() - t0)

    def _redraw(self, i: int, result=None) -> None:
        """Rebuild tile ``i``'s view from the station (pure :func:`tile_view`) and draw it if shown."""
        if i >= len(self.workers) or self.workers[i] is None:
            return
        w = self.workers[i]
        cam = self.station.cameras[i]
        if cam.state == CameraState.WARMING_UP:
            cam.seconds_left = w.loop.warmup_left_s
        self._views[i] = tile_view(result, cam, self.station.settings, index=i, fps=w.fps, dropped=w.dropped,
                                   skin_threshold_c=None if result is not None else self._views[i].skin_threshold_c,
                                   previous=self._views[i])
        self._views[i].limit_c = self.engine_configs[i].limit_c if i < len(self.engine_configs) else \
            self.station.settings.limit_c
        if i in self.shown:
            self._show(i)

    def _show(self, i: int) -> None:
        """Draw tile i; with an open alert it alternates with the alert colours twice a second."""
        view = self._views[i]
        if i in self._alert_cameras() and int(time.monotonic() * 2) % 2 == 0:
            view = replace(view, state="alert")
        self.renderer.show(view)

    def _alert_cameras(self) -> set[int]:
        return {a.camera_index for a in self.book.open_alerts()}

    def _status_tick(self) -> None:
        for a in self.station.tick():  # escalation, and what the store writer met meanwhile
            card = self.alert_panel.card(a)
            if card is not None:
                card.refresh()
        live = 0
        for i, w in enumerate(self.workers):
            if w.state == CameraState.WARMING_UP:
                self._redraw(i)  # the warm-up countdown
            live += self._views[i].state == "live"
        if time.monotonic() - self._ages_at >= 1.0:  # the list's ages and the card's marks, once a second
            self._ages_at = time.monotonic()
            self.alarm_pane.refresh_ages()
        flashing = self._alert_cameras()
        phase = int(time.monotonic() * 2) % 2
        if phase != self._flash_phase or flashing != self._flashing:  # redraw only when the look changes
            for i in flashing | self._flashing:
                if i in self.shown:
                    self._show(i)
        self._flashing, self._flash_phase = flashing, phase
        self._sound_tick()
        n, dropped = self.decision_count, sum(w.dropped for w in self.workers)
        self.status_cameras.setText(arg(QCoreApplication.translate("Console", CAMERAS_LIVE, None, len(self.workers)),
                                        live))
        self.status_decisions.setText(QCoreApplication.translate("Console", DECISIONS, None, n))
        self.status_decisions.setToolTip(QCoreApplication.translate("Console", FRAMES_DROPPED, None, dropped))
        sound = self.sound.state_text()  # a player that failed meanwhile says so
        if sound != self.status_sound.text():
            self.status_sound.setText(sound)

    # -- the station's events -----------------------------------------------------
    def _on_alert_raised(self, alert: Alert) -> None:
        self._sync_alarms()
        if getattr(alert, "from_last_session", False):
            return  # brought back at start: no sound for a person long gone, no latency figure
        self.alert_latency_s[alert.id] = time.time() - alert.decision.made_at
        if len(self.alert_latency_s) > DECISIONS_KEPT:  # the newest only: a figure, not a record
            del self.alert_latency_s[next(iter(self.alert_latency_s))]
        self._sound_tick(force=True)

    def _on_alert_changed(self, alert: Alert, text: str) -> None:
        card = self.alarm_pane.card(alert)
        if card is not None:
            card.refresh(text or None)
        if text:
            self.say(text)
        self._sync_alarms()
        self._sound_tick()

    def _on_alert_closed(self, alert: Alert, text: str) -> None:
        """A guard's action closed an alarm: it leaves the list; what was done is said on the pane."""
        who = alert.actions[-1][1] if alert.actions else self.guard
        done = arg(QCoreApplication.translate("Console", "✓ %1 — %2 (by %3)"),
                   alarm_summary(alert, self._entrance_name(alert)), text, who)
        self.alarm_pane.confirm(done)
        self.say(done)
        self._sync_alarms()
        self._sound_tick()

    def _sync_alarms(self) -> None:
        """The alarm pane follows the book; when it appears the wall gives it its width (kept after)."""
        was_hidden = self.alarm_pane.isHidden()
        self.alarm_pane.sync(self.book.open_alerts())
        if was_hidden and not self.alarm_pane.isHidden():
            self._size_alarm_pane()

    def _size_alarm_pane(self) -> None:
        total = sum(self.splitter.sizes()) or self.splitter.width()
        w = pane_width(self.width())
        self.splitter.setSizes([max(1, total - w), w])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.alarm_pane.isHidden() and not self._shown_once:  # alarms brought back at start
            self._size_alarm_pane()
        self._shown_once = True

    def _alarm_level_line(self, decision) -> str:
        """Why this alarm's level sits below its limit, in one line (the station's words), or ""."""
        return self.station.alarm_level_text() or ""

    def _on_settings_changed(self, settings, keys) -> None:
        configs = [self.station.engine_config(c) for c in self.engine_configs]
        for i, (w, c) in enumerate(zip(self.workers, configs)):
            if "limit_c" in keys or "rule" in keys:
                w.set_engine_config(c)
            if "oral_model" in keys and self.station.model is not None:
                w.set_model(self.station.model)
            model = self.station.model or w.engine.model
            self._views[i] = replace(self._views[i], limit_c=c.limit_c,
                                     skin_threshold_c=model.skin_threshold_c(c.limit_c))
        self.engine_configs = configs
        self._apply_layout()

    def _on_screening_changed(self, index: int, off: str | None) -> None:
        self.workers[index].screening_off = off
        self._sync_actions()

    def _on_suspended(self, suspended: bool) -> None:
        self.banner.setVisible(suspended)

    def _on_muted(self, muted: bool) -> None:
        self.sound.muted = muted
        self.status_sound.setText(self.sound.state_text())

    def _sound_tick(self, force: bool = False) -> None:
        """The alarm repeats every 3 s while an open alert is not silenced (escalation un-silences)."""
        now = time.monotonic()
        if self.book.sounding and (force or now - self._last_sound >= 3.0):
            self.sound.play()
            self._last_sound = now

    # -- cameras added, edited, removed (Settings > Cameras…) ---------------------
    def _names(self) -> list[str]:
        return [c.name for c in self.site.camera]

    def set_camera(self, index: int | None, cam) -> None:
        """Add (``index`` None), replace or remove (``cam`` None) one camera, as the site file now says.

        Only that camera's worker is stopped and (for add/replace) a new one started; the
        others keep running. The caller has validated, saved and audited the change. A removal
        shifts the later tiles down by one: refused while an alert is open.
        """
        cams = list(self.site.camera)
        if cam is None and self.book.open_alerts():
            raise CanthusError("answer the open alerts first: a camera cannot be removed while one is open")
        if index is not None:
            old = self.workers[index]
            old.stop()
            old.wait(3000)  # a hung driver read is abandoned by the loop, never waited for
            self.station.stop_camera(index, "camera changed or removed by a supervisor")
            # Signals the workers queued before now carry the indices they had: deliver them first.
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            if index in self._dirty:
                self._dirty.remove(index)
        if cam is None:  # remove: later cameras move down one place
            self.station.remove_camera(index)
            del cams[index], self.workers[index], self.engine_configs[index], self._views[index]
            self._dirty = [i - 1 if i > index else i for i in self._dirty]
            for i, (w, v) in enumerate(zip(self.workers, self._views)):
                w.index = v.index = i  # the worker emits its (new) index from now on
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)  # any sent meanwhile, at the new places
            if self._focus is not None and self._focus >= index:
                self._focus = None if self._focus == index else self._focus - 1
        else:
            i = len(cams) if index is None else index
            self.station.add_camera(cam.name, reference_set_c=_set_point(cam), index=index,
                                    source_kind=cam.source.kind)
            view = TileView(index=i, name=cam.name, state="starting")
            if index is None:
                cams.append(cam)
                self._views.append(view)
                self.workers.append(None)  # filled below
                self.engine_configs.append(cam.engine)
            else:
                cams[i], self._views[i] = cam, view
            try:
                w, engine_cfg = self._new_worker(i, cam, open_now=cam.source.kind == "sim")
            except CanthusError as e:  # cannot happen for the simulator; said rather than raised
                self.status_problem.setText(arg(QCoreApplication.translate("Console", "%1: %2"), cam.name, e))
                w, engine_cfg = self._new_worker(i, cam, open_now=False)
            self.workers[i], self.engine_configs[i] = w, engine_cfg
            if self._display_timer.isActive():  # started console: the new camera starts at once
                w.start()
        self.site = self.site.model_copy(update={"camera": cams})
        self.alert_panel.names = self._names()
        self._apply_layout()
        self._sync_actions()

def _set_point(cam) -> float | None:
    """The blackbody's set point the site file gives a camera (None: no reference, or searched for)."""
    eng = cam.engine
    ref = eng.reference or eng.reference_search
    return getattr(ref, "set_c", None)
