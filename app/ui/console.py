"""The guard's main screen: the live wall of entrances."""

from __future__ import annotations

import math
import sys
import time
from collections import deque
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from app.core.engine import Decision, FrameResult
from app.render.base import PersonMark, TileView, WallRenderer
from app.render.palettes import PALETTES
from app.site import SiteConfig, open_source
from app.ui.texts import SHORT, decision_text, track_text
from app.ui.worker import CameraWorker

LAYOUTS = {"auto": None, "1x1": (1, 1), "2x2": (2, 2), "3x3": (3, 3), "4x4": (4, 4)}
#: how long the wall waits for a frame before a camera is "offline"
OFFLINE_GRACE_S = 3.0
#: display work per tick stays under this, so the event loop never stalls on it
DISPLAY_BUDGET_S = 0.012
#: tiles redrawn per tick: the CPU wall colour-maps and scales each changed
#: tile while painting; with 16 cameras' threads also busy on 2 cores, 4 per
#: paint held the event loop up to ~110 ms, 2 keep it under ~35 ms (about
#: 130 tile updates/s; the rest are dropped, latest-frame-wins). The GPU wall
#: does that work on the GPU.
TILES_PER_TICK = {"gpu": 16, "cpu": 2}
STATUS_HZ = 4


def auto_grid(n: int) -> tuple[int, int]:
    side = max(1, math.ceil(math.sqrt(n)))
    rows = math.ceil(n / side)
    return rows, side


class ConsoleWindow(QMainWindow):
    """Wall of tiles, one per entrance, fed by one worker thread per camera."""

    def __init__(self, site: SiteConfig, renderer: WallRenderer, *, site_dir: Path | None = None) -> None:
        super().__init__()
        self.site = site
        self.renderer = renderer
        self.setWindowTitle(f"Canthus — {site.name}")
        self.settings = QSettings()
        self.workers: list[CameraWorker] = []
        self.engine_configs = []
        self.decisions: deque[Decision] = deque(maxlen=10000)  # the store arrives with the alarms issue
        self.decision_count = 0
        self.problems: list[str] = []
        self._views = [TileView(index=i, name=c.name, state="starting") for i, c in enumerate(site.camera)]
        self._dirty: list[int] = []
        self._focus: int | None = None
        self._last_result: dict[int, tuple[str, str]] = {}
        self.max_display_tick_s = 0.0
        self._started_at = time.monotonic()

        self.setCentralWidget(renderer.widget)
        renderer.set_double_click_handler(self._on_tile_double_click)
        self._build_status_bar()
        self._build_menus()
        layout = str(self.settings.value("wall/layout", "auto"))
        self.layout_name = layout if layout in LAYOUTS else "auto"
        palette = str(self.settings.value("wall/palette", "iron"))
        self.renderer.set_palette(palette if palette in PALETTES else "iron")
        self.span_auto = str(self.settings.value("wall/span", "fixed")) == "auto"
        self._apply_span()
        self._apply_layout()

        for i, cam in enumerate(site.camera):
            source, engine_cfg = open_source(cam, site_dir)
            self.engine_configs.append(engine_cfg)
            w = CameraWorker(i, source, engine_cfg, self)
            w.frame_ready.connect(self._on_frame_ready)
            w.decision.connect(self._on_decision)
            w.problem.connect(self._on_problem)
            self.workers.append(w)
            v = self._views[i]
            v.limit_c = engine_cfg.limit_c
            v.skin_threshold_c = w.engine.model.skin_threshold_c(engine_cfg.limit_c)
        self._display_timer = QTimer(self, interval=15, timeout=self._display_tick)
        self._status_timer = QTimer(self, interval=1000 // STATUS_HZ, timeout=self._status_tick)

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        # With 16 camera threads taking turns on the GIL every 5 ms (Python's
        # default), the GUI thread could wait 16 turns: 80 ms. 1 ms turns keep
        # it responsive at a small cost in throughput.
        sys.setswitchinterval(0.001)
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

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.stop()
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
            self.renderer.show(self._views[i])

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
        super().keyPressEvent(event)

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
        help_menu = bar.addMenu("&Help")
        keys = QAction("&Keys", self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self._show_keys)
        help_menu.addAction(keys)

    def _sync_menu(self) -> None:
        for name, act in self._layout_actions.items():
            act.setChecked(name == self.layout_name)
        current = str(self.settings.value("wall/palette", "iron"))
        for name, act in self._palette_actions.items():
            act.setChecked(name == current)
        self._span_action.setChecked(self.span_auto)

    def _show_keys(self) -> None:
        self.status_problem.setText(
            "Keys: 1-9, 0 focus an entrance · Esc back · Ctrl+A/1/2/3/4 layout · "
            "Ctrl+Shift+1-5 palette · Ctrl+S span · F11 full screen"
        )

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.status_cameras = QLabel()
        self.status_decisions = QLabel()
        self.status_renderer = QLabel(self.renderer.description)
        self.status_problem = QLabel()
        self.status_problem.setObjectName("problem")
        for w in (self.status_cameras, self.status_decisions, self.status_problem):
            sb.addWidget(w)
        sb.addPermanentWidget(self.status_renderer)

    # -- data from the workers -------------------------------------------------
    def _on_frame_ready(self, index: int) -> None:
        if index not in self._dirty:
            self._dirty.append(index)

    def _on_decision(self, index: int, d: Decision) -> None:
        self.decisions.append(d)
        self.decision_count += 1
        self._last_result[index] = decision_text(d)

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
                self.renderer.show(view)
                budget -= 1
        self.max_display_tick_s = max(self.max_display_tick_s, time.perf_counter() - t0)

    def _fill_view(self, view: TileView, res: FrameResult, worker: CameraWorker) -> None:
        state = res.camera_state
        view.state = {"live": "live", "ffc": "live", "warming_up": "warming_up"}.get(state, "locked_out")
        view.state_detail = "" if view.state == "live" else SHORT.get(state, state)
        view.celsius = res.frame.celsius
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

    def _status_tick(self) -> None:
        now = time.monotonic()
        live = 0
        for i, w in enumerate(self.workers):
            view = self._views[i]
            silent = now - (w.last_frame_at or self._started_at)
            grace = max(OFFLINE_GRACE_S, 5.0 / max(w.source.fps, 0.1))
            if silent > grace:
                if view.state != "offline":
                    view.state = "offline"
                    view.fps = 0.0
                    view.people = []
                view.state_detail = f"No frames for {silent:.0f} s"
                if i in self.shown:
                    self.renderer.show(view)
            elif view.state == "live":
                live += 1
            view.last_result, view.last_role = self._last_result.get(i, ("", ""))
        dropped = sum(w.dropped for w in self.workers)
        self.status_cameras.setText(f"{live}/{len(self.workers)} cameras live")
        n = self.decision_count
        self.status_decisions.setText(f"{n} decision{'' if n == 1 else 's'} · {dropped} frames dropped for display")

    # -- for tests and the status bar -----------------------------------------
    @property
    def views(self) -> list[TileView]:
        return self._views
