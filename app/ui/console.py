"""The guard's main screen: the live wall of entrances."""

from __future__ import annotations

import gc
import math
import time
from collections import deque
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMainWindow, QToolBar, QVBoxLayout, QWidget

from app.alarms import ALLOW_REASONS, FALSE_ALARM_CAUSES, ActionRefused, Alert, AlertBook
from app.camera_loop import NO_FRAMES, OFFLINE_GRACE_S, StateEvent
from app.core.engine import Decision, FrameResult
from app.core.errors import CanthusError, describe_validation_error
from app.door import SimulatedDoor
from app.render.base import PersonMark, TileView, WallRenderer
from app.render.palettes import PALETTES
from app.site import SiteConfig, open_source
from app.store.pin import duration_text
from app.ui.alerts import AlertPanel
from app.ui.sound import AlarmSound
from app.ui.texts import camera_state_text, decision_text, track_text
from app.ui.worker import CameraWorker

LAYOUTS = {"auto": None, "1x1": (1, 1), "2x2": (2, 2), "3x3": (3, 3), "4x4": (4, 4)}
# OFFLINE_GRACE_S (from app.camera_loop): how long a camera may send nothing before
# it is "offline", unless its site-file entry says (``offline_grace_s``).
#: display work per tick stays under this, so the event loop never stalls on it
#: Source kinds opened on the GUI thread at start: files and the simulator, which cannot hang.
OPENED_AT_START = frozenset({"sim", "recording", "file"})
DISPLAY_BUDGET_S = 0.012
#: tiles redrawn per tick: the CPU wall colour-maps and scales each changed
#: tile while painting; with 16 cameras' threads also busy on 2 cores, 4 per
#: paint held the event loop up to ~110 ms, 2 keep it well under 100 ms
#: (about 130 tile updates/s; the rest are dropped, latest-frame-wins). The
#: GPU wall does that work on the GPU.
TILES_PER_TICK = {"gpu": 16, "cpu": 2}
#: decisions the window keeps for inspection (newest); every one is in the store
DECISIONS_KEPT = 1000
STATUS_HZ = 4


def describe(err: Exception) -> str:
    from pydantic import ValidationError

    return describe_validation_error(err) if isinstance(err, ValidationError) else str(err)


def auto_grid(n: int) -> tuple[int, int]:
    side = max(1, math.ceil(math.sqrt(n)))
    rows = math.ceil(n / side)
    return rows, side


class ConsoleWindow(QMainWindow):
    """Wall of tiles, one per entrance, fed by one worker thread per camera."""

    def __init__(self, site: SiteConfig, renderer: WallRenderer, *, site_dir: Path | None = None,
                 store=None, door=None, sound: AlarmSound | None = None, escalate_after_s: float = 30.0,
                 site_path: Path | None = None) -> None:
        super().__init__()
        self.site = site
        #: the site file the Cameras dialog writes back to (None: the demo site, not saved yet)
        self.site_path = Path(site_path) if site_path is not None else None
        self.site_dir = site_dir if site_dir is not None or site_path is None else Path(site_path).parent
        self.renderer = renderer
        self.store = store
        self.door = door or SimulatedDoor()
        self.sound = sound or AlarmSound()
        self.book = AlertBook(door=self.door, store=store, escalate_after_s=escalate_after_s)
        self.guard = ""
        self.suspended = False
        self.alert_latency_s: dict[int, float] = {}  # alert id -> decision to visible panel
        self._last_sound = 0.0
        self._last_subject: dict[int, int] = {}
        # Dialogs, replaceable in tests: each returns None when the guard cancels.
        self.ask_choice = self._ask_choice
        self.ask_reading = self._ask_reading
        self.ask_text = self._ask_text
        self.setWindowTitle(f"Canthus — {site.name}")
        self.settings = QSettings()
        self.workers: list[CameraWorker] = []
        self.engine_configs = []
        # What a supervisor changed while the console runs (limit, rule, adopted model): a
        # camera added or edited later starts with these, never with the site file's values.
        self._live_settings: dict = {}
        self._live_model = None
        # The latest decisions as shown, without their head crops: the store keeps the record
        # (and the image where retention says so), the alert book a thumbnail.
        self.decisions: deque[Decision] = deque(maxlen=DECISIONS_KEPT)
        self.decision_count = 0
        self.problems: list[str] = []
        self._views = [TileView(index=i, name=c.name, state="starting") for i, c in enumerate(site.camera)]
        self._dirty: list[int] = []
        self._focus: int | None = None
        self._last_result: dict[int, tuple[str, str]] = {}
        self._flashing: set[int] = set()
        self._flash_phase = 0
        self._record_views: dict = {}
        self._camera_events: dict[int, StateEvent] = {}  # each camera's last state change
        self.max_display_tick_s = 0.0
        self._stopped = False
        self._started_at = time.monotonic()

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel("SCREENING SUSPENDED: no one is being screened")
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignCenter)
        self.banner.setVisible(False)
        column.addWidget(self.banner)
        column.addWidget(renderer.widget, 1)
        # The alert panel floats over the wall's right side: it is never behind
        # the wall, and its coming and going never resizes (re-lays out) the wall.
        self.alert_panel = AlertPanel([c.name for c in site.camera], self.on_alert_action)
        self.alert_panel.setParent(central)
        central.installEventFilter(self)
        self.setCentralWidget(central)
        renderer.set_double_click_handler(self._on_tile_double_click)
        self._build_status_bar()
        self._build_menus()
        self._build_entrance_bar()
        layout = str(self.settings.value("wall/layout", "auto"))
        self.layout_name = layout if layout in LAYOUTS else "auto"
        palette = str(self.settings.value("wall/palette", "iron"))
        self.renderer.set_palette(palette if palette in PALETTES else "iron")
        self.span_auto = str(self.settings.value("wall/span", "fixed")) == "auto"
        self._apply_span()
        self._apply_layout()

        for i, cam in enumerate(site.camera):
            # a bad file is one clear line before any window
            w, engine_cfg = self._new_worker(i, cam, open_now=cam.source.kind in OPENED_AT_START)
            self.engine_configs.append(engine_cfg)
            self.workers.append(w)
        self._display_timer = QTimer(self, interval=15, timeout=self._display_tick)
        self._status_timer = QTimer(self, interval=1000 // STATUS_HZ, timeout=self._status_tick)

    # -- lifecycle -------------------------------------------------------------
    def _new_worker(self, i: int, cam, open_now: bool):
        """Camera ``i``'s worker (not started) and its engine settings; its tile shows its limit.

        ``open_now`` opens the source here (files and the simulator, which cannot hang);
        otherwise the camera's own loop opens it, with backoff.
        """
        site_dir = self.site_dir
        if open_now:
            source, engine_cfg = open_source(cam, site_dir)
        else:
            # A real camera is opened by its own loop, with backoff: one that is unplugged or
            # refuses its password at start is a tile in that state, never a console that
            # does not start, and never a GUI thread waiting for a device.
            source, engine_cfg = None, cam.engine
        if self._live_settings:
            engine_cfg = engine_cfg.model_copy(update=self._live_settings)
        # A slow camera gets five frame times; a fault re-opens it through the site file's settings.
        fps = getattr(source, "fps", None) or getattr(cam.source, "fps", None) or 9.0
        grace = max(float(getattr(cam, "offline_grace_s", None) or OFFLINE_GRACE_S), 5.0 / max(fps, 0.1))
        w = CameraWorker(i, source, engine_cfg, self, name=cam.name, grace_s=grace,
                         open_source=lambda cam=cam: open_source(cam, site_dir)[0])
        w.frame_ready.connect(self._on_frame_ready)
        w.decision.connect(self._on_decision)
        w.problem.connect(self._on_problem)
        w.state_changed.connect(self._on_camera_state)
        if self._live_model is not None:
            w.set_model(self._live_model)
        if self.suspended:
            w.screening_off = "suspended"
        v = self._views[i]
        v.limit_c = engine_cfg.limit_c
        v.skin_threshold_c = (self._live_model or w.engine.model).skin_threshold_c(engine_cfg.limit_c)
        return w, engine_cfg

    def start(self) -> None:
        # Everything built so far lives as long as the console: keep it out of
        # the cyclic collector, whose full passes over it stalled the GUI.
        gc.freeze()
        self._started_at = time.monotonic()
        for w in self.workers:
            w.start()
        self._display_timer.start()
        self._status_timer.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop and join every worker (idempotent)."""
        self._display_timer.stop()
        self._status_timer.stop()
        for w in self.workers:
            w.stop()
        deadline = time.monotonic() + timeout_s
        for w in self.workers:
            w.wait(max(1, int((deadline - time.monotonic()) * 1000)))
        if self.store is not None and self.workers and not self._stopped:
            # After this nobody watches the entrances: the report leaves that time out.
            for w in self.workers:
                self._store_state(w.loop.name, "stopped", "console closed", time.time())
        self._stopped = True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        for view in self._record_views.values():
            view.close()
        self.stop()
        self.sound.close()
        self.renderer.close()
        super().closeEvent(event)

    # -- layout and focus ------------------------------------------------------
    def _apply_layout(self) -> None:
        n = len(self._views)
        if self._focus is not None:
            rows, cols, shown = 1, 1, [self._focus]
        else:
            grid = LAYOUTS[self.layout_name] or auto_grid(n)
            rows, cols = grid
            shown = list(range(min(n, rows * cols)))
        self.renderer.configure(n, rows, cols, shown)
        self.shown = shown
        for i in shown:
            self._show(i)

    def set_layout(self, name: str) -> None:
        if name not in LAYOUTS:
            raise ValueError(f"unknown layout {name!r}")
        self.layout_name = name
        self._focus = None
        self.settings.setValue("wall/layout", name)
        self._apply_layout()
        self._sync_menu()

    def focus(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self._views):
            return
        self._focus = index
        self._apply_layout()
        if hasattr(self, "entrance_actions"):
            self._sync_entrance_bar()

    def set_palette(self, name: str) -> None:
        self.renderer.set_palette(name)
        self.settings.setValue("wall/palette", name)
        self._apply_layout()
        self._sync_menu()

    def toggle_span(self) -> None:
        self.span_auto = not self.span_auto
        self.settings.setValue("wall/span", "auto" if self.span_auto else "fixed")
        self._apply_span()
        self._apply_layout()

    def _apply_span(self) -> None:
        if self.span_auto:
            self.renderer.set_span(None, None)
        else:
            self.renderer.set_span(20.0, 40.0)  # DOMAIN: display range at least 30-40 °C

    # -- input -----------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key == Qt.Key_Escape:
            self.focus(None)
            return
        if Qt.Key_1 <= key <= Qt.Key_9 and not event.modifiers() & (Qt.AltModifier | Qt.ControlModifier):
            self.focus(key - Qt.Key_1)
            return
        if key == Qt.Key_0 and not event.modifiers():
            self.focus(9)
            return
        if not event.modifiers():
            alert_keys = {Qt.Key_A: "allow", Qt.Key_D: "deny", Qt.Key_S: "secondary_check",
                          Qt.Key_F: "false_alarm", Qt.Key_M: "silence"}
            if key in alert_keys:
                alerts = self.book.open_alerts()
                if alerts:  # the newest alert, at the top of the panel
                    self.on_alert_action(alerts[0], alert_keys[key])
                return
            entrance_keys = {Qt.Key_R: "rescreen", Qt.Key_B: "bypass", Qt.Key_P: "pause"}
            if key in entrance_keys:
                self._entrance_action(entrance_keys[key])
                return
        super().keyPressEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.centralWidget() and event.type() == QEvent.Resize:
            self._place_alert_panel()
        return super().eventFilter(obj, event)

    def _place_alert_panel(self) -> None:
        c = self.centralWidget()
        top = self.banner.height() if self.banner.isVisible() else 0
        w = min(self.alert_panel.minimumWidth() + 20, c.width() // 2)
        self.alert_panel.setGeometry(c.width() - w, top, w, c.height() - top)
        self.alert_panel.raise_()

    def _on_tile_double_click(self, index: int | None) -> None:
        """Double-click focuses an entrance; on a focused one, returns to the wall."""
        self.focus(None if self._focus is not None else index)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        view = bar.addMenu("&View")
        self._layout_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, (name, label) in enumerate([("auto", "&Automatic"), ("1x1", "&1 × 1"), ("2x2", "&2 × 2"),
                                               ("3x3", "&3 × 3"), ("4x4", "&4 × 4")]):
            act = QAction(label, self, checkable=True)
            act.setShortcut(QKeySequence(f"Ctrl+{key}" if key else "Ctrl+A"))
            act.triggered.connect(lambda _=False, n=name: self.set_layout(n))
            group.addAction(act)
            view.addAction(act)
            self._layout_actions[name] = act
        view.addSeparator()
        pal_menu = view.addMenu("&Palette")
        self._palette_actions: dict[str, QAction] = {}
        pgroup = QActionGroup(self)
        for i, name in enumerate(PALETTES):
            act = QAction(name.replace("_", " ").title(), self, checkable=True)
            act.setShortcut(QKeySequence(f"Ctrl+Shift+{i + 1}"))
            act.triggered.connect(lambda _=False, n=name: self.set_palette(n))
            pgroup.addAction(act)
            pal_menu.addAction(act)
            self._palette_actions[name] = act
        span = QAction("Automatic temperature &span", self, checkable=True)
        span.setShortcut(QKeySequence("Ctrl+S"))
        span.triggered.connect(self.toggle_span)
        view.addAction(span)
        self._span_action = span
        back = QAction("Back to the &wall", self)
        back.setShortcut(QKeySequence("Esc"))
        back.triggered.connect(lambda: self.focus(None))
        view.addAction(back)
        full = QAction("&Full screen", self, checkable=True)
        full.setShortcut(QKeySequence("F11"))
        full.triggered.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        view.addAction(full)
        records = bar.addMenu("&Records")
        self._add_actions(records, (("&History…", "Ctrl+H", self.show_history),
                                    ("&Statistics…", "Ctrl+T", self.show_statistics),
                                    ("Re-&calibration…", "Ctrl+K", self.show_recalibration)), self.store is not None)
        settings = bar.addMenu("&Settings")
        self._add_actions(settings, (("&Limit… (supervisor)", "Ctrl+L", self._ask_limit),
                                     ("&Rule… (supervisor)", "Ctrl+R", self._ask_rule),
                                     ("R&etention… (supervisor)", "Ctrl+E", self._ask_retention),
                                     ("&Cameras… (supervisor)", "Ctrl+Shift+C", self.show_cameras)),
                          self.store is not None)
        help_menu = bar.addMenu("&Help")
        keys = QAction("&Keys", self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self._show_keys)
        help_menu.addAction(keys)

    def _add_actions(self, target, entries, enabled: bool = True) -> None:
        """(text, shortcut, slot) entries as actions on a menu or tool bar."""
        for text, key, slot in entries:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            act.setEnabled(enabled)
            target.addAction(act)

    def _sync_menu(self) -> None:
        for name, act in self._layout_actions.items():
            act.setChecked(name == self.layout_name)
        current = str(self.settings.value("wall/palette", "iron"))
        for name, act in self._palette_actions.items():
            act.setChecked(name == current)
        self._span_action.setChecked(self.span_auto)

    def _show_keys(self) -> None:
        self.status_problem.setText(
            "Alert: A allow · D deny · S secondary check · F false alarm · M silence · "
            "Entrance: 1-9 focus, R re-screen, B bypass, P pause · Ctrl+M silence all · "
            "Ctrl+A/1-4 layout · Ctrl+Shift+1-5 palette · Ctrl+S span · F11 full screen"
        )

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.status_cameras = QLabel()
        self.status_decisions = QLabel()
        self.status_renderer = QLabel(self.renderer.description)
        self.status_problem = QLabel()
        self.status_problem.setObjectName("problem")
        self.status_guard = QLabel("Guard: not signed on (Ctrl+G)")
        self.status_guard.setObjectName("guard")
        self.status_sound = QLabel("Sound: on")
        for w in (self.status_guard, self.status_cameras, self.status_decisions, self.status_sound, self.status_problem):
            sb.addWidget(w)
        sb.addPermanentWidget(self.status_renderer)

    # -- data from the workers -------------------------------------------------
    def _on_frame_ready(self, index: int) -> None:
        if index not in self._dirty:
            self._dirty.append(index)

    def _on_decision(self, index: int, d: Decision) -> None:
        self.decisions.append(replace(d, snapshot=None))
        self.decision_count += 1
        self._last_result[index] = decision_text(d)
        if d.subject > 0:
            self._last_subject[index] = d.subject
        decision_id = None
        if self.store is not None:
            try:
                decision_id = self.store.record_decision(d)
            except CanthusError as e:  # the store refused: say so, never lose the alert
                self._on_problem(index, f"event store: {e}")
        if d.verdict == "elevated":
            alert = self.book.raise_alert(index, d, decision_id)
            self.alert_panel.sync(self.book.open_alerts())
            self._place_alert_panel()
            self.alert_latency_s[alert.id] = time.time() - d.made_at
            if len(self.alert_latency_s) > DECISIONS_KEPT:  # the newest only: a figure, not a record
                del self.alert_latency_s[next(iter(self.alert_latency_s))]
            self._sound_tick(force=True)

    def _on_camera_state(self, index: int, ev: StateEvent) -> None:
        """A camera's state changed (once per change): the tile shows it, the store keeps it."""
        self._camera_events[index] = ev
        view = self._views[index]
        view.state, view.state_detail = camera_state_text(ev.state, ev.seconds_left)
        if ev.state in NO_FRAMES:
            view.fps = 0.0
            view.people = []
        self._store_state(view.name, ev.state, ev.reason, ev.at)
        if index in self.shown:
            self._show(index)

    def _store_state(self, camera: str, state: str, reason: str, at: float) -> None:
        if self.store is None:
            return
        try:
            self.store.record_camera_state(camera, state, reason[:200] or None, at=at)
        except CanthusError as e:
            self.status_problem.setText(f"event store: {e}")

    def _on_problem(self, index: int, text: str) -> None:
        self.problems.append(text)
        self.status_problem.setText(text)

    def _display_tick(self) -> None:
        """Draw the newest frame of dirty tiles, within a time budget (round robin)."""
        t0 = time.perf_counter()
        budget = TILES_PER_TICK.get(self.renderer.kind, 16)
        while self._dirty and budget and time.perf_counter() - t0 < DISPLAY_BUDGET_S:
            i = self._dirty.pop(0)
            res = self.workers[i].take_latest()
            if res is None:
                continue
            view = self._views[i]
            self._fill_view(view, res, self.workers[i])
            if i in self.shown:
                self._show(i)
                budget -= 1
        self.max_display_tick_s = max(self.max_display_tick_s, time.perf_counter() - t0)

    def _fill_view(self, view: TileView, res: FrameResult, worker: CameraWorker) -> None:
        # The tile's state is the camera loop's (its last change), not this one frame's.
        view.state, view.state_detail = camera_state_text(worker.state, worker.loop.warmup_left_s)
        view.celsius = res.frame.celsius
        view.visible = res.frame.visible  # a visible camera's picture: drawn in grey, never measured
        view.fever_mask = res.fever_mask
        view.skin_threshold_c = res.fever_threshold_c
        view.fps = worker.fps
        view.people = []
        for t in res.tracks:
            if t.state in ("entering", "lost"):
                continue
            text, role = track_text(t)
            view.people.append(PersonMark(box=t.box, point=t.point, role=role, label=text))
        view.last_result, view.last_role = self._last_result.get(view.index, ("", ""))
        view.dropped = worker.dropped

    def _show(self, i: int) -> None:
        """Draw tile i; with an open alert it alternates with the alert colours twice a second."""
        view = self._views[i]
        if i in self._alert_cameras() and int(time.monotonic() * 2) % 2 == 0:
            view = replace(view, state="alert")
        self.renderer.show(view)

    def _alert_cameras(self) -> set[int]:
        return {a.camera_index for a in self.book.open_alerts()}

    def _status_tick(self) -> None:
        live = 0
        for i, w in enumerate(self.workers):
            view = self._views[i]
            # The camera loop decides offline (a hung read included); the tile only shows it.
            if w.state in NO_FRAMES or w.state == "warming_up":
                tile, detail = camera_state_text(w.state, w.loop.warmup_left_s)
                if (tile, detail) != (view.state, view.state_detail):
                    view.state, view.state_detail = tile, detail  # the warm-up countdown
                    if i in self.shown:
                        self._show(i)
            elif view.state == "live":
                live += 1
            view.last_result, view.last_role = self._last_result.get(i, ("", ""))
        for a in self.book.tick():  # escalation
            card = self.alert_panel.card(a)
            if card is not None:
                card.refresh()
        if self.book.open_alerts():
            self.alert_panel.sync(self.book.open_alerts())
        flashing = self._alert_cameras()
        phase = int(time.monotonic() * 2) % 2
        if phase != self._flash_phase or flashing != self._flashing:  # redraw only when the look changes
            for i in flashing | self._flashing:  # flash, and stop flashing when closed
                if i in self.shown:
                    self._show(i)
        self._flashing, self._flash_phase = flashing, phase
        self._sound_tick()
        dropped = sum(w.dropped for w in self.workers)
        self.status_cameras.setText(f"{live}/{len(self.workers)} cameras live")
        n = self.decision_count
        self.status_decisions.setText(f"{n} decision{'' if n == 1 else 's'} · {dropped} frames dropped for display")

    # -- the guard's actions ----------------------------------------------------
    def sign_on(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        if self.guard and self.store is not None:
            self.store.record_action(self.guard, "sign_off")
        self.guard = name
        if self.store is not None:
            self.store.record_action(name, "sign_on")
        self.status_guard.setText(f"Guard: {name}")

    def _ensure_guard(self) -> bool:
        if not self.guard:
            name = self.ask_text("Sign on", "Your name (every action is recorded with it):")
            if name:
                self.sign_on(name)
        return bool(self.guard)

    def on_alert_action(self, alert: Alert, action: str) -> str | None:
        """A button (or its key) on an alert. Returns what happened, or None if refused/cancelled."""
        card = self.alert_panel.card(alert)
        if not self._ensure_guard():
            self._say(card, "Sign on first: every action is recorded with the guard's name")
            return None
        reason, reading = "", None
        if action == "allow":
            reason = self.ask_choice("Allow entry", "Why is entry allowed? (required)", ALLOW_REASONS)
            if reason is None:
                return None
        elif action == "false_alarm":
            reason = self.ask_choice("False alarm", "What caused it?", FALSE_ALARM_CAUSES)
            if reason is None:
                return None
        elif action == "secondary_check":
            reading = self.ask_reading()
            if reading is None:
                return None
        try:
            text = self.book.act(alert, action, self.guard, reason=reason or "", reading_c=reading)
        except (ActionRefused, CanthusError) as e:
            self._say(card, str(e))
            return None
        self._say(card, text)
        self.alert_panel.sync(self.book.open_alerts())
        self._sound_tick()
        return text

    def _say(self, card, text: str) -> None:
        if card is not None:
            card.refresh(text)
        self.status_problem.setText(text)

    def _focused_or_say(self) -> int | None:
        if self._focus is None:
            self.status_problem.setText("Focus an entrance first (1-9), then Re-screen, Bypass or Pause")
            return None
        return self._focus

    def _entrance_action(self, action: str) -> None:
        i = self._focused_or_say()
        if i is None or not self._ensure_guard():
            return
        w, name = self.workers[i], self.site.camera[i].name
        if action == "rescreen":
            subject = self._last_subject.get(i)
            if subject is None:
                self.status_problem.setText(f"{name}: no one to re-screen")
                return
            w.rescreen(subject)
            for a in self.book.open_alerts():  # an alert on that person ends: they are measured again
                if a.camera_index == i and a.decision.subject == subject:
                    self.book.act(a, "rescreen", self.guard)
            self.alert_panel.sync(self.book.open_alerts())
            self._record(action, name)
            self.status_problem.setText(f"{name}: measuring subject {subject} again")
            return
        current = w.screening_off
        target = {"bypass": "bypassed", "pause": "paused"}[action]
        if current == target:
            w.screening_off = "suspended" if self.suspended else None
            self._record("resume", name)
            self.status_problem.setText(f"{name}: screening resumed")
        else:
            w.screening_off = target
            self._record(action, name)
            self.status_problem.setText(f"{name}: {target}")
        self._sync_entrance_bar()

    def silence_all(self) -> None:
        if self._ensure_guard():
            n = self.book.silence_all(self.guard)
            self.status_problem.setText(f"{n} alert(s) silenced; they stay until a decision")
            self.alert_panel.sync(self.book.open_alerts())

    def toggle_suspend(self) -> None:
        """Suspend screening everywhere (e.g. an evacuation), or resume it."""
        if not self._ensure_guard():
            return
        self.suspended = not self.suspended
        for w in self.workers:
            if self.suspended and w.screening_off is None:
                w.screening_off = "suspended"
            elif not self.suspended and w.screening_off == "suspended":
                w.screening_off = None
        self._record("suspend" if self.suspended else "resume_screening", None)
        self.banner.setVisible(self.suspended)
        self._place_alert_panel()

    def toggle_mute(self) -> None:
        if not self._ensure_guard():
            return
        self.sound.muted = not self.sound.muted
        self._record("mute" if self.sound.muted else "unmute", None)
        self.status_sound.setText("Sound: MUTED on this workstation" if self.sound.muted else "Sound: on")

    def _record(self, action: str, camera: str | None) -> None:
        if self.store is not None:
            try:
                self.store.record_action(self.guard, action, camera=camera)
            except CanthusError as e:
                self.status_problem.setText(f"event store: {e}")

    def _sound_tick(self, force: bool = False) -> None:
        """The alarm repeats every 3 s while an open alert is not silenced (escalation un-silences)."""
        now = time.monotonic()
        if self.book.sounding and (force or now - self._last_sound >= 3.0):
            self.sound.play()
            self._last_sound = now

    # -- records ------------------------------------------------------------------
    def _names(self) -> list[str]:
        return [c.name for c in self.site.camera]

    def show_history(self):
        from app.ui.history import HistoryView

        return self._open_view("history", lambda: HistoryView(self.store, self._names(), self))

    def show_statistics(self):
        from app.ui.statistics import StatisticsView

        return self._open_view("statistics", lambda: StatisticsView(
            self.store, self._names(), self, limit_c=self.engine_configs[0].limit_c))

    def show_recalibration(self):
        from app.ui.recalibration import RecalibrationView

        if self.store is not None and not self.store.has_supervisor_pin():
            self.status_problem.setText("No supervisor PIN is set for this site: a model cannot be adopted here")
        return self._open_view("recalibration", lambda: RecalibrationView(
            self.store, self._names(), self, current_model=self.workers[0].engine.model,
            limit_c=self.engine_configs[0].limit_c, check_pin=self._check_pin_for("re-calibration window"),
            adopt=self.adopt_model, who=lambda: self.guard))

    def _open_view(self, key: str, make):
        """Records windows are made once, kept, and shown again (non-modal)."""
        if self.store is None:
            return None
        view = self._record_views.get(key)
        if view is None:
            view = self._record_views[key] = make()
        view.show()
        view.raise_()
        return view

    def adopt_model(self, model, who: str, why: str = "re-calibrated from secondary checks") -> None:
        """A supervisor adopts a re-fitted oral-equivalent model (PIN checked by the caller); audited."""
        old = self.workers[0].engine.model
        self.store.record_config_change(who, "oral_model", old.to_dict(), model.to_dict(), why)
        self._live_model = model
        for w in self.workers:
            w.set_model(model)
        self.status_problem.setText(f"New model adopted by {who}: offset {model.offset_c:+.2f} °C (audited)")

    # -- cameras added, edited, removed (Settings > Cameras…) ---------------------
    def show_cameras(self):
        """The supervisor's Cameras dialog (non-modal, made once)."""
        from app.ui.cameras import CamerasDialog

        return self._open_view("cameras", lambda: CamerasDialog(self))

    def set_camera(self, index: int | None, cam) -> None:
        """Add (``index`` None), replace or remove (``cam`` None) one camera, as the site file now says.

        Only that camera's worker is stopped and (for add/replace) a new one started;
        the others keep running untouched. The caller has validated, saved and audited
        the change. A removal shifts the later tiles down by one: refused while an
        alert is open, since alerts name their entrance by position.
        """
        cams = list(self.site.camera)
        if cam is None and self.book.open_alerts():
            raise CanthusError("answer the open alerts first: a camera cannot be removed while one is open")
        if index is not None:
            old = self.workers[index]
            old.stop()
            old.wait(3000)  # a hung driver read is abandoned by the loop, never waited for
            if self.store is not None:
                self._store_state(old.loop.name, "stopped", "camera changed or removed by a supervisor", time.time())
            for book in (self._last_result, self._last_subject, self._camera_events):
                book.pop(index, None)
            # Signals the workers queued before now carry the indices they had: deliver them first.
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            if index in self._dirty:
                self._dirty.remove(index)
        if cam is None:  # remove: later cameras move down one place
            del cams[index], self.workers[index], self.engine_configs[index], self._views[index]
            for book in (self._last_result, self._last_subject, self._camera_events):
                moved = {(i - 1 if i > index else i): v for i, v in book.items()}
                book.clear()
                book.update(moved)
            self._dirty = [i - 1 if i > index else i for i in self._dirty]
            for i, (w, v) in enumerate(zip(self.workers, self._views)):
                w.index = v.index = i  # the worker emits its (new) index from now on
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)  # any sent meanwhile, at the new places
            if self._focus is not None and self._focus >= index:
                self._focus = None if self._focus == index else self._focus - 1
        else:
            i = len(cams) if index is None else index
            view = TileView(index=i, name=cam.name, state="starting")
            if index is None:
                cams.append(cam)
                self._views.append(view)
                self.workers.append(None)  # filled below
                self.engine_configs.append(cam.engine)
            else:
                cams[i] = cam
                self._views[i] = view
            try:
                w, engine_cfg = self._new_worker(i, cam, open_now=cam.source.kind == "sim")
            except CanthusError as e:  # cannot happen for the simulator; said rather than raised
                self.status_problem.setText(f"{cam.name}: {e}")
                w, engine_cfg = self._new_worker(i, cam, open_now=False)
            self.workers[i], self.engine_configs[i] = w, engine_cfg
            if self._display_timer.isActive():  # started console: the new camera starts at once
                w.start()
        self.site = self.site.model_copy(update={"camera": cams})
        self.alert_panel.names = self._names()
        self._apply_layout()
        self._sync_entrance_bar()

    # -- supervisor settings ----------------------------------------------------
    def _check_pin_for(self, where: str):
        """A PIN check for one place in the console: the store counts wrong PINs, audits them
        with the guard signed on and the place, and refuses checks while locked out."""
        return lambda pin: self.store.check_supervisor_pin(pin, who=self.guard or None, where=where)

    def change_setting(self, key: str, value, pin: str, why: str = "") -> bool:
        """Change the limit (``limit_c``), the rule (``rule``) or the retention policy
        (``retention``: a RetentionPolicy); needs the supervisor PIN (the store's
        lock-out applies); audited."""
        if self.store is None:
            self.status_problem.setText(f"No event store: {key} is unchanged")
            return False
        try:
            right = self._check_pin_for(f"console: {key}")(pin)
        except CanthusError as e:  # locked out: refused before the PIN is even hashed
            self.status_problem.setText(f"{key} is unchanged: {e}")
            return False
        if not right:
            locked = self.store.pin_status()
            note = (f" ({locked['failures']} wrong PINs in a row: PIN checks are locked for "
                    f"{duration_text(locked['locked_for_s'])})" if locked["locked_for_s"] > 0 else "")
            self.status_problem.setText(f"Wrong supervisor PIN: {key} is unchanged{note}")
            return False
        who = self.guard or "supervisor"
        try:
            if key == "retention":
                self.store.set_retention(value, who, why)  # the store audits it and purges by it
            elif key in ("limit_c", "rule"):
                old = getattr(self.engine_configs[0], key)
                configs = [type(c)(**{**c.model_dump(), key: value}) for c in self.engine_configs]  # validated
                self.store.record_config_change(who, key, old, getattr(configs[0], key), why)
                self._live_settings[key] = getattr(configs[0], key)
                self.engine_configs = configs
                for w, c, v in zip(self.workers, configs, self._views):
                    w.set_engine_config(c)
                    v.limit_c = c.limit_c
            else:
                raise ValueError(f"{key} is not a setting the console changes")
        except (ValueError, CanthusError) as e:
            self.status_problem.setText(f"{key} not changed: {describe(e)}")
            return False
        self.status_problem.setText(f"{key} changed by {who} (audited)")
        return True

    def change_limit(self, limit_c: float, pin: str, why: str = "") -> bool:
        return self.change_setting("limit_c", limit_c, pin, why)

    def _supervisor_pin(self) -> str | None:
        if self.store is None or not self.store.has_supervisor_pin():
            self.status_problem.setText("No supervisor PIN is set for this site: settings cannot be changed here")
            return None
        locked = self.store.pin_status()["locked_for_s"]
        if locked > 0:  # say so before anyone types a PIN that would be refused anyway
            self.status_problem.setText(f"Too many wrong supervisor PINs: settings are locked for another "
                                        f"{duration_text(locked)}")
            return None
        return self.ask_text("Supervisor", "Supervisor PIN:", password=True)

    def _ask_limit(self) -> None:
        pin = self._supervisor_pin()
        if pin is None:
            return
        value, ok = QInputDialog.getDouble(self, "Limit", "Limit (oral-equivalent, °C):",
                                           self.engine_configs[0].limit_c, 34.0, 39.0, 1, Qt.WindowFlags(), 0.1)
        if ok:
            self.change_setting("limit_c", round(value, 1), pin, self.ask_text("Limit", "Why? (recorded)") or "")

    def _ask_rule(self) -> None:
        pin = self._supervisor_pin()
        if pin is None:
            return
        rule = self.ask_choice("Rule", "Decision rule:", ("absolute", "relative"))
        if rule:
            self.change_setting("rule", rule, pin, self.ask_text("Rule", "Why? (recorded)") or "")

    def _ask_retention(self) -> None:
        from app.store import RetentionPolicy

        pin = self._supervisor_pin()
        if pin is None:
            return
        mode = self.ask_choice("Retention", "Keep: none (counts only), alarms, or all decisions",
                               ("alarms", "none", "all"))
        if not mode:
            return
        hours, ok = QInputDialog.getDouble(self, "Retention", "For how many hours?", 24.0, 1.0, 24 * 365, 0)
        if ok:
            self.change_setting("retention", RetentionPolicy(mode=mode, hours=hours), pin,
                                self.ask_text("Retention", "Why? (recorded)") or "")

    # -- default dialogs (tests replace them) -----------------------------------
    def _ask_choice(self, title: str, label: str, items) -> str | None:
        item, ok = QInputDialog.getItem(self, title, label, list(items), 0, True)
        return item.strip() if ok and item.strip() else (None if not ok else "")

    def _ask_reading(self) -> float | None:
        value, ok = QInputDialog.getDouble(self, "Secondary check", "Clinical thermometer reading (°C):",
                                           37.0, 34.0, 43.0, 1, Qt.WindowFlags(), 0.1)
        return value if ok else None

    def _ask_text(self, title: str, label: str, password: bool = False) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.Password if password else QLineEdit.Normal)
        return text if ok else None

    def _build_entrance_bar(self) -> None:
        bar = QToolBar("Entrance", self)
        bar.setObjectName("entranceBar")
        bar.setMovable(False)
        self.addToolBar(Qt.BottomToolBarArea, bar)
        self.entrance_label = QLabel("Focus an entrance (1-9) for its buttons")
        bar.addWidget(self.entrance_label)
        self.entrance_actions: dict[str, QAction] = {}
        for action, text, key in (("rescreen", "Re-screen", "R"), ("bypass", "Bypass camera", "B"),
                                  ("pause", "Pause", "P")):
            act = QAction(f"{text}  [{key}]", self)  # the key itself is handled in keyPressEvent
            act.triggered.connect(lambda _=False, a=action: self._entrance_action(a))
            bar.addAction(act)
            self.entrance_actions[action] = act
        bar.addSeparator()
        self._add_actions(bar, (("Silence all  [Ctrl+M]", "Ctrl+M", self.silence_all),
                                ("Suspend screening  [Ctrl+Shift+S]", "Ctrl+Shift+S", self.toggle_suspend),
                                ("Mute this workstation  [Ctrl+Shift+M]", "Ctrl+Shift+M", self.toggle_mute),
                                ("Sign on  [Ctrl+G]", "Ctrl+G",
                                 lambda: self.sign_on(self.ask_text("Sign on", "Your name:") or ""))))
        self._sync_entrance_bar()

    def _sync_entrance_bar(self) -> None:
        i = self._focus
        enabled = i is not None
        for act in self.entrance_actions.values():
            act.setEnabled(enabled)
        if i is None:
            self.entrance_label.setText("Focus an entrance (1-9) for its buttons  ")
            return
        off = self.workers[i].screening_off if self.workers else None
        self.entrance_label.setText(f"{self.site.camera[i].name}:  ")
        self.entrance_actions["bypass"].setText("Resume camera  [B]" if off == "bypassed" else "Bypass camera  [B]")
        self.entrance_actions["pause"].setText("Resume  [P]" if off == "paused" else "Pause  [P]")

    # -- for tests and the status bar -----------------------------------------
    @property
    def views(self) -> list[TileView]:
        return self._views
