"""Wall rendering speed: the GPU wall, the CPU wall and the usual hobby path, side by side.

    python tests/bench/bench_wall.py [--tiles 4,9,16] [--sizes 384x288,640x512] [--seconds 3]
                                     [--renderers vispy,pyqtgraph,qlabel] [--quick]

The same synthetic frames (a warm, moving, person-like blob with a hot spot
and its fever mask, one outlined person with a label) arrive at 30 Hz per
tile and are pushed into the wall on the GUI thread. Frames that came due
while the GUI thread was busy painting are pushed back to back as soon as it
is free, as queued signals from camera threads would be, so a slow wall
drops frames (latest frame wins) instead of slowing the cameras. Walls:

* **vispy**: :class:`app.render.vispy_wall.VispyWall` (colour mapping on the GL device);
* **pyqtgraph**: :class:`app.render.cpu_wall.CpuWall` (colour mapping on the CPU at paint time);
* **qlabel**: per push, normalise to uint8 → ``cv2.applyColorMap`` → mask painted in →
  ``QImage`` → ``QLabel.setPixmap`` (scaled), one label per tile in a ``QGridLayout``.

Figures per run: **paints/s** (completed paints of the wall widget),
**shown/s per tile** (frames that reached the screen, per tile),
**dropped** (frames replaced before any paint showed them: latest frame
wins), **latency** (frame due → end of the first paint that includes it;
median and 95th percentile), **CPU** (process CPU time / wall time, in
cores; software GL's rasteriser threads count here), and **push/s per tile**
(30 unless the GUI thread cannot even take the frames: then more than a
second of backlog is skipped).

Needs a display; on Linux without one it re-runs itself under ``xvfb-run``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

WINDOW = (1600, 900)
PUSH_HZ = 30.0
RING = 32  # distinct synthetic frames per size; tiles start at different phases


def ensure_display() -> None:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            sys.exit("no display: run under a desktop session or install xvfb-run")
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        print("(no display: re-running under xvfb-run)", flush=True)
        os.execvpe(xvfb, [xvfb, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, *sys.argv], env)
    if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def synthetic_frames(w: int, h: int, n: int = RING):
    """(celsius, mask, box, point) tuples: a person walking across a 21 °C room, one hot canthus."""
    from app.render.base import PersonMark

    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = (21.0 + 1.5 * yy / h).astype(np.float32)
    out = []
    for k in range(n):
        c = base + rng.normal(0, 0.06, (h, w)).astype(np.float32)
        cx = w * (0.25 + 0.5 * (0.5 + 0.5 * np.sin(2 * np.pi * k / n)))
        cy = h * 0.42
        hw, hh = w * 0.09, h * 0.17
        head = ((xx - cx) / hw) ** 2 + ((yy - cy) / hh) ** 2 < 1
        body = (np.abs(xx - cx) < w * 0.16) & (yy > cy + hh * 0.85)
        c[body] = 29.0 + rng.normal(0, 0.2, int(body.sum()))
        c[head] = 34.0 + 0.8 * np.exp(-(((yy[head] - cy) / hh) ** 2))
        ex, ey = cx - hw * 0.35, cy - hh * 0.12
        spot = (xx - ex) ** 2 + (yy - ey) ** 2 < (w * 0.015) ** 2
        c[spot] = 37.6
        mask = (c >= 36.2).astype(np.uint8)
        box = (int(cx - hw), int(cy - hh), int(2 * hw), int(2 * hh))
        out.append((c.astype(np.float32), mask, PersonMark(box, (int(ex), int(ey)), "elevated", "38.1 °C")))
    return out


class QLabelWall:
    """The hobby path: colour map on the CPU at every push, one QLabel per tile."""

    kind = "qlabel"

    def __init__(self) -> None:
        import cv2
        from PySide6 import QtGui, QtWidgets

        from app.render.common import DisplayStats

        self._cv2, self._QtGui = cv2, QtGui
        self.widget = QtWidgets.QWidget()
        self.widget.setStyleSheet("background: #080a0e;")
        self._grid = QtWidgets.QGridLayout(self.widget)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setSpacing(4)
        self._labels = []
        self.tile_stats: list[DisplayStats] = []
        for i in range(16):
            stats = DisplayStats()
            label = _CountingLabel(stats)
            label.setScaledContents(True)
            label.setMinimumSize(8, 8)
            label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Ignored)
            self._labels.append(label)
            self.tile_stats.append(stats)
        self.description = "QLabel + cv2.applyColorMap (CPU)"

    def configure(self, n: int, rows: int, cols: int) -> None:
        for label in self._labels:
            self._grid.removeWidget(label)
            label.hide()
        for i in range(n):
            self._grid.addWidget(self._labels[i], i // cols, i % cols)
            self._labels[i].show()

    def push(self, index: int, celsius: np.ndarray, mask: np.ndarray, t: float, span=(20.0, 40.0)) -> None:
        cv2 = self._cv2
        lo, hi = span
        u8 = cv2.convertScaleAbs(celsius, alpha=255.0 / (hi - lo), beta=-lo * 255.0 / (hi - lo))
        bgr = cv2.applyColorMap(u8, cv2.COLORMAP_INFERNO)
        bgr[mask > 0] = (255, 0, 255)
        h, w = u8.shape
        img = self._QtGui.QImage(bgr.data, w, h, 3 * w, self._QtGui.QImage.Format.Format_BGR888)
        self.tile_stats[index].push(0, t)
        self._labels[index].setPixmap(self._QtGui.QPixmap.fromImage(img))

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()


def _CountingLabel(stats):  # noqa: N802 - a class made late, once Qt is imported
    from PySide6 import QtWidgets

    class CountingLabel(QtWidgets.QLabel):
        def paintEvent(self, ev):  # noqa: N802
            super().paintEvent(ev)
            stats.painted(time.perf_counter())

    return CountingLabel()


def run_one(app, wall, kind: str, n: int, frames, seconds: float, warmup: float) -> dict:
    from PySide6 import QtCore

    from app.render.base import TileView
    from app.render.common import DisplayStats

    rows = cols = int(np.ceil(np.sqrt(n)))
    if rows * (rows - 1) >= n:
        rows -= 1
    if kind == "qlabel":
        wall.configure(n, rows, cols)
    else:
        wall.configure(n, rows, cols, list(range(n)))
        wall.set_span(None, None)
    state = {"k": 0, "t0": time.perf_counter(), "due": 0.0}
    if kind != "qlabel":
        wall.stats.clock = lambda: state["due"]  # latency from when the frame came due, not when show() ran

    def push() -> None:
        """Push every frame that has come due since the last call (all tiles), oldest first."""
        now = time.perf_counter()
        due = int((now - state["t0"]) * PUSH_HZ)
        if due - state["k"] > PUSH_HZ:  # over a second behind: the cameras' own queues would drop these
            state["k"] = due - 1
        while state["k"] < due:
            state["k"] += 1
            k = state["k"]
            t_due = state["due"] = state["t0"] + k / PUSH_HZ
            for i in range(n):
                c, m, person = frames[(k + 3 * i) % len(frames)]
                if kind == "qlabel":
                    wall.push(i, c, m, t_due)
                else:
                    wall.show(TileView(i, f"Entrance {i + 1}", "live", fps=PUSH_HZ, celsius=c, fever_mask=m,
                                       people=[person], last_result="ELEVATED 38.1 °C", last_role="elevated"))

    timer = QtCore.QTimer()
    timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(push)
    timer.start()
    end = time.perf_counter() + warmup
    while time.perf_counter() < end:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
    stats_list = wall.tile_stats if kind == "qlabel" else [wall.stats]
    for s in stats_list:
        s.reset()
    pushes0 = state["k"]
    t0, c0 = time.perf_counter(), time.process_time()
    end = t0 + seconds
    while time.perf_counter() < end:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
    wall_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    timer.stop()
    agg = DisplayStats()
    for s in stats_list:
        agg.pushed += s.pushed
        agg.displayed += s.displayed
        agg.dropped += s.dropped
        agg.latencies_s.extend(s.latencies_s)
    paints = max(s.paints for s in stats_list) if kind == "qlabel" else stats_list[0].paints
    lat = sorted(agg.latencies_s)
    return {
        "paints_s": paints / wall_s,
        "shown_s": agg.displayed / n / wall_s,
        "push_s": (state["k"] - pushes0) / wall_s,
        "dropped": agg.dropped / max(1, agg.pushed),
        "lat_med_ms": 1e3 * statistics.median(lat) if lat else float("nan"),
        "lat_p95_ms": 1e3 * lat[int(0.95 * (len(lat) - 1))] if lat else float("nan"),
        "cpu": cpu_s / wall_s,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tiles", default="4,9,16")
    ap.add_argument("--sizes", default="384x288,640x512")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--renderers", default="vispy,pyqtgraph,qlabel")
    ap.add_argument("--quick", action="store_true", help="4 and 16 tiles, 384x288 and 640x512, 1.5 s each")
    args = ap.parse_args()
    if args.quick:
        args.tiles, args.seconds = "4,16", 1.5
    ensure_display()

    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from app.render.glinfo import probe_gl

    info = probe_gl()
    tiles = [int(v) for v in args.tiles.split(",")]
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    kinds = args.renderers.split(",")
    print(f"CPU: {platform.processor() or platform.machine()}, {os.cpu_count()} logical cores; "
          f"Python {platform.python_version()}; window {WINDOW[0]}x{WINDOW[1]}; push {PUSH_HZ:.0f} Hz per tile")
    print(f"GL renderer: {info.renderer or 'none'} ({info.version or info.error})")
    if info.software:
        print("NOTE: software GL (the GPU wall rasterises on this CPU): the ranking below does not hold "
              "for a real GPU; measure there.")
    frames = {s: synthetic_frames(*s) for s in sizes}
    header = (f"{'renderer':<10} {'tiles':>5} {'size':>8} {'paints/s':>8} {'shown/s':>8} {'push/s':>7} "
              f"{'dropped':>8} {'lat med':>8} {'lat p95':>8} {'CPU':>5}")
    print(header)
    print("-" * len(header))
    for kind in kinds:
        if kind == "vispy":
            if not info.ok:
                print(f"{kind:<10} skipped: {info.error}")
                continue
            from app.render.vispy_wall import VispyWall

            wall = VispyWall(size=WINDOW, renderer_hint=info.renderer)
        elif kind == "pyqtgraph":
            from app.render.cpu_wall import CpuWall

            wall = CpuWall()
        elif kind == "qlabel":
            wall = QLabelWall()
        else:
            raise SystemExit(f"unknown renderer {kind}")
        wall.widget.resize(*WINDOW)
        wall.widget.show()
        for n in tiles:
            for w, h in sizes:
                r = run_one(app, wall, kind, n, frames[(w, h)], args.seconds, warmup=min(1.0, args.seconds / 2))
                print(f"{kind:<10} {n:>5} {f'{w}x{h}':>8} {r['paints_s']:>8.1f} {r['shown_s']:>8.1f} "
                      f"{r['push_s']:>7.1f} {100 * r['dropped']:>7.0f}% {r['lat_med_ms']:>6.0f}ms "
                      f"{r['lat_p95_ms']:>6.0f}ms {r['cpu']:>5.2f}", flush=True)
        if kind == "vispy":
            print(f"{'':<10} ({wall.description})")
        wall.close()
        app.processEvents()
    print("shown/s = frames per tile per second that reached the screen (30 = every frame); "
          "CPU = cores busy (process time / wall time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
