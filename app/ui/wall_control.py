"""The wall's cameras: one worker thread each, the tiles they feed, and how the wall is laid out.

:class:`WallControl` owns the camera workers and their engine configs, the tile views, the
display loop (latest frame wins, within a time budget per tick), the flashing of tiles with an
open alarm, and layout, focus, palette and span. It forwards what the workers report to the
Qt-free :class:`app.station.Station` and redraws from it; it decides nothing.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer

from app.camera_loop import OFFLINE_GRACE_S, StateEvent
from app.core.engine import Decision
from app.core.errors import CanthusError
from app.core.vocabulary import DISPLAY_SPAN_C, CameraState
from app.render.base import TileView, WallRenderer
from app.render.palettes import PALETTES
from app.site import open_source
from app.station import Station, tile_view
from app.translations import arg
from app.ui.worker import CameraWorker

LAYOUTS = {"auto": None, "1x1": (1, 1), "2x2": (2, 2), "3x3": (3, 3), "4x4": (4, 4)}
#: Source kinds opened on the GUI thread at start: files and the simulator, which cannot hang.
OPENED_AT_START = frozenset({"sim", "recording", "file"})
#: display work per tick stays under this, so the event loop never stalls on it
DISPLAY_BUDGET_S = 0.012
#: tiles redrawn per tick: the CPU wall colour-maps and scales each changed tile while painting;
#: with 16 cameras on 2 cores, 2 per tick keep the event loop well under 100 ms (the rest are
#: dropped, latest-frame-wins). The GPU wall does that work on the GPU.
TILES_PER_TICK = {"gpu": 16, "cpu": 2}


def auto_grid(n: int) -> tuple[int, int]:
    side = max(1, math.ceil(math.sqrt(n)))
    return math.ceil(n / side), side


def set_point(cam) -> float | None:
    """The blackbody's set point the site file gives a camera (None: no reference, or searched for)."""
    eng = cam.engine
    ref = eng.reference or eng.reference_search
    return getattr(ref, "set_c", None)


class WallControl(QObject):
    """The cameras' workers and the wall they draw on.

    ``site()`` and ``site_dir()`` read the window's current site (the Cameras dialog changes
    them); ``changed()`` is called when focus, layout, palette or a camera's screening changed,
    so that the window's actions follow; ``say`` puts a line on the status bar.
    """

    def __init__(self, parent: QObject, station: Station, renderer: WallRenderer, *, site: Callable,
                 site_dir: Callable[[], Path | None], changed: Callable[[], None],
                 say: Callable[[str], None], alert_cameras: Callable[[], set[int]]) -> None:
        super().__init__(parent)
        self.station, self.renderer = station, renderer
        self._site, self._site_dir, self._changed, self._say = site, site_dir, changed, say
        self._alert_cameras = alert_cameras
        self.settings = QSettings()
        self.workers: list[CameraWorker | None] = []
        self.engine_configs = []
        self.views = [TileView(index=i, name=c.name, state="starting") for i, c in enumerate(site().camera)]
        self.shown: list[int] = []
        self.focused: int | None = None
        self.max_display_tick_s = 0.0
        self._dirty: list[int] = []
        self._flashing: set[int] = set()
        self._flash_phase = 0
        self._stopped = False
        layout = str(self.settings.value("wall/layout", "auto"))
        self.layout_name = layout if layout in LAYOUTS else "auto"
        palette = str(self.settings.value("wall/palette", "iron"))
        self.palette = palette if palette in PALETTES else "iron"
        self.renderer.set_palette(self.palette)
        self.span_auto = str(self.settings.value("wall/span", "fixed")) == "auto"
        self._apply_span()
        self._timer = QTimer(self, interval=15, timeout=self.display_tick)

    # -- the workers -------------------------------------------------------------
    def add_site_cameras(self) -> None:
        """One worker per camera of the site (not started); a bad file is one clear error."""
        for i, cam in enumerate(self._site().camera):
            self.station.add_camera(cam.name, reference_set_c=set_point(cam), source_kind=cam.source.kind)
            w, engine_cfg = self._new_worker(i, cam, open_now=cam.source.kind in OPENED_AT_START)
            self.engine_configs.append(engine_cfg)
            self.workers.append(w)
        self.apply_layout()

    def _new_worker(self, i: int, cam, open_now: bool):
        """Camera ``i``'s worker (not started) with the station's settings and its engine config.

        ``open_now`` opens the source here (files and the simulator, which cannot hang); otherwise
        the camera's own loop opens it, with backoff: an unplugged camera is a tile in that state,
        never a console that does not start.
        """
        site_dir = self._site_dir()
        source, engine_cfg = open_source(cam, site_dir) if open_now else (None, cam.engine)
        engine_cfg = self.station.engine_config(engine_cfg)
        # A slow camera gets five frame times; a fault re-opens it through the site file's settings.
        fps = getattr(source, "fps", None) or getattr(cam.source, "fps", None) or 9.0
        grace = max(float(getattr(cam, "offline_grace_s", None) or OFFLINE_GRACE_S), 5.0 / max(fps, 0.1))
        w = CameraWorker(i, source, engine_cfg, self, name=cam.name, grace_s=grace,
                         open_source=lambda cam=cam: open_source(cam, site_dir)[0])
        w.frame_ready.connect(self._on_frame_ready)
        w.decision.connect(self._on_decision)
        w.problem.connect(self._on_problem)
        w.state_changed.connect(self._on_camera_state)
        if self.station.model is not None:
            w.set_model(self.station.model)
        w.screening_off = self.station.cameras[i].screening_off
        model = self.station.model or w.engine.model
        self.views[i] = replace(self.views[i], limit_c=engine_cfg.limit_c,
                                skin_threshold_c=model.skin_threshold_c(engine_cfg.limit_c))
        return w, engine_cfg

    def start(self) -> None:
        for w in self.workers:
            w.start()
        self._timer.start()

    def stop(self, timeout_s: float) -> None:
        """Stop and join every worker; the decisions they queued are delivered, once: what a worker
        whose join timed out (a hung driver) posts later never reaches the closed station."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        for w in self.workers:
            w.stop()
        deadline = time.monotonic() + timeout_s
        for w in self.workers:
            w.wait(max(1, int((deadline - time.monotonic()) * 1000)))
        QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)  # decisions still queued: kept

    # -- from the workers (queued to the GUI thread), to the station --------------------
    def _on_frame_ready(self, index: int) -> None:
        if index not in self._dirty:
            self._dirty.append(index)

    def _on_decision(self, index: int, d: Decision) -> None:
        self.station.on_decision(index, d)

    def _on_problem(self, _index: int, text: str) -> None:
        self.station.say(text)

    def _on_camera_state(self, index: int, ev: StateEvent) -> None:
        self.station.on_camera_state(index, ev)

    # -- drawing -------------------------------------------------------------------
    def display_tick(self) -> None:
        """Draw the newest frame of dirty tiles, within a time budget (round robin)."""
        t0 = time.perf_counter()
        budget = TILES_PER_TICK.get(self.renderer.kind, 16)
        while self._dirty and budget and time.perf_counter() - t0 < DISPLAY_BUDGET_S:
            i = self._dirty.pop(0)
            res = self.workers[i].take_latest()
            if res is None:
                continue
            self.station.on_frame_result(i, res)
            self.redraw(i, res)
            if i in self.shown:
                budget -= 1
        self.max_display_tick_s = max(self.max_display_tick_s, time.perf_counter() - t0)

    def redraw(self, i: int, result=None) -> None:
        """Rebuild tile ``i``'s view from the station (pure :func:`tile_view`) and draw it if shown."""
        if i >= len(self.workers) or self.workers[i] is None:
            return
        w = self.workers[i]
        cam = self.station.cameras[i]
        if cam.state == CameraState.WARMING_UP:
            cam.seconds_left = w.loop.warmup_left_s
        view = tile_view(result, cam, self.station.settings, index=i, fps=w.fps, dropped=w.dropped,
                         skin_threshold_c=None if result is not None else self.views[i].skin_threshold_c,
                         previous=self.views[i])
        view.limit_c = self.engine_configs[i].limit_c if i < len(self.engine_configs) else \
            self.station.settings.limit_c
        self.views[i] = view
        if i in self.shown:
            self._show(i)

    def _show(self, i: int) -> None:
        """Draw tile i; with an open alert it alternates with the alert colours twice a second."""
        view = self.views[i]
        if i in self._alert_cameras() and int(time.monotonic() * 2) % 2 == 0:
            view = replace(view, state="alert")
        self.renderer.show(view)

    def tick(self) -> int:
        """Warm-up countdowns and the alarm flashing; returns how many cameras are live."""
        live = 0
        for i, w in enumerate(self.workers):
            if w.state == CameraState.WARMING_UP:
                self.redraw(i)
            live += self.views[i].state == "live"
        flashing = self._alert_cameras()
        phase = int(time.monotonic() * 2) % 2
        if phase != self._flash_phase or flashing != self._flashing:  # redraw only when the look changes
            for i in flashing | self._flashing:
                if i in self.shown:
                    self._show(i)
        self._flashing, self._flash_phase = flashing, phase
        return live

    @property
    def dropped(self) -> int:
        return sum(w.dropped for w in self.workers)

    # -- layout, focus, palette, span -------------------------------------------------
    def apply_layout(self) -> None:
        if self.focused is not None:
            rows, cols, shown = 1, 1, [self.focused]
        else:
            rows, cols = LAYOUTS[self.layout_name] or auto_grid(len(self.views))
            shown = list(range(min(len(self.views), rows * cols)))
        self.renderer.configure(len(self.views), rows, cols, shown)
        self.shown = shown
        for i in shown:
            self._show(i)

    def set_layout(self, name: str) -> None:
        if name not in LAYOUTS:
            raise ValueError(f"unknown layout {name!r}")
        self.layout_name, self.focused = name, None
        self.settings.setValue("wall/layout", name)
        self.apply_layout()
        self._changed()

    def focus(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self.views):
            return
        self.focused = index
        self.apply_layout()
        self._changed()

    def set_palette(self, name: str) -> None:
        self.renderer.set_palette(name)
        self.palette = name
        self.settings.setValue("wall/palette", name)
        self.apply_layout()
        self._changed()

    def toggle_span(self) -> None:
        self.span_auto = not self.span_auto
        self.settings.setValue("wall/span", "auto" if self.span_auto else "fixed")
        self._apply_span()
        self.apply_layout()

    def _apply_span(self) -> None:
        self.renderer.set_span(*((None, None) if self.span_auto else DISPLAY_SPAN_C))

    # -- the station's changes ------------------------------------------------------------
    def on_settings_changed(self, _settings, keys) -> None:
        """A supervisor changed the limit, rule or model: every worker screens by it from now on."""
        configs = [self.station.engine_config(c) for c in self.engine_configs]
        for i, (w, c) in enumerate(zip(self.workers, configs)):
            if "limit_c" in keys or "rule" in keys:
                w.set_engine_config(c)
            if "oral_model" in keys and self.station.model is not None:
                w.set_model(self.station.model)
            model = self.station.model or w.engine.model
            self.views[i] = replace(self.views[i], limit_c=c.limit_c, skin_threshold_c=model.skin_threshold_c(c.limit_c))
        self.engine_configs = configs
        self.apply_layout()

    def on_screening_changed(self, index: int, off: str | None) -> None:
        self.workers[index].screening_off = off
        self._changed()

    def rescreen(self, index: int) -> None:
        self.workers[index].rescreen(self.station.cameras[index].last_subject)

    # -- cameras added, edited, removed (Settings > Cameras…) ---------------------------
    def set_camera(self, index: int | None, cam) -> None:
        """Add (``index`` None), replace or remove (``cam`` None) one camera's worker and tile.

        Only that camera's worker is stopped and (for add/replace) a new one started; the
        others keep running. A removal shifts the later tiles down by one.
        """
        if index is not None:
            old = self.workers[index]
            old.stop()
            old.wait(3000)  # a hung driver read is abandoned by the loop, never waited for
            self.station.stop_camera(index, "camera changed or removed by a supervisor")
            # Signals the workers queued before now carry the indices they had: deliver them first.
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            if index in self._dirty:
                self._dirty.remove(index)
        if cam is None:
            self._remove(index)
        else:
            self._put(index, cam)
        self.apply_layout()
        self._changed()

    def _remove(self, index: int) -> None:
        self.station.remove_camera(index)
        del self.workers[index], self.engine_configs[index], self.views[index]
        self._dirty = [i - 1 if i > index else i for i in self._dirty]
        for i, (w, v) in enumerate(zip(self.workers, self.views)):
            w.index = v.index = i  # the worker emits its (new) index from now on
        QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)  # any sent meanwhile, at the new places
        if self.focused is not None and self.focused >= index:
            self.focused = None if self.focused == index else self.focused - 1

    def _put(self, index: int | None, cam) -> None:
        i = len(self.workers) if index is None else index
        self.station.add_camera(cam.name, reference_set_c=set_point(cam), index=index, source_kind=cam.source.kind)
        view = TileView(index=i, name=cam.name, state="starting")
        if index is None:
            self.views.append(view)
            self.workers.append(None)  # filled below
            self.engine_configs.append(cam.engine)
        else:
            self.views[i] = view
        try:
            w, engine_cfg = self._new_worker(i, cam, open_now=cam.source.kind == "sim")
        except CanthusError as e:  # cannot happen for the simulator; said rather than raised
            self._say(arg(QCoreApplication.translate("Console", "%1: %2"), cam.name, e))
            w, engine_cfg = self._new_worker(i, cam, open_now=False)
        self.workers[i], self.engine_configs[i] = w, engine_cfg
        if self._timer.isActive():  # started console: the new camera starts at once
            w.start()
