"""Run the console on the N-entrance demo in its own process and measure how its memory grows.

    python tests/bench/bench_memory.py --entrances 16 --seconds 120

Each run is a fresh process under Xvfb (``xvfb-run -a`` when there is no
display), with a temp data dir, key dir and QSettings, nobody at the desk: alerts
stay open. It samples RSS (VmRSS of /proc/self/status) every few seconds and
prints RSS at start, the growth per minute after a warm-up, and the same for
the bare Qt application (0 entrances) as the baseline of the same run. A third,
shorter run of the console with ``tracemalloc`` lists the Python allocation
sites that grew most between two snapshots, so the cause is visible (tracemalloc
slows the console and costs memory itself, so that run's RSS is not reported).
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    """This process's resident set size in MB, from /proc (no dependency)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


def child(n: int, seconds: float, every: float, warmup: float, trace: bool) -> int:
    """Inside the measured process: start the console (or the bare app), sample, print JSON lines."""
    sys.path.insert(0, str(ROOT))
    import tracemalloc

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    win = None
    if n:
        from app.render.glinfo import make_wall
        from app.site import demo_site
        from app.store import open_store
        from app.ui.console import ConsoleWindow
        from app.ui.sound import AlarmSound
        from app.ui.theme import STYLESHEET

        app.setStyleSheet(STYLESHEET)
        store = open_store(os.environ["CANTHUS_DATA_DIR"])
        win = ConsoleWindow(demo_site(n), make_wall("cpu"), store=store, sound=AlarmSound(backend="none"))
        win.resize(1280, 800)
        win.show()
        win.start()
    t0 = time.monotonic()
    snaps: list = []

    def sample() -> None:
        el = time.monotonic() - t0
        row = {"t": round(el, 1), "rss_mb": round(rss_mb(), 1)}
        if win is not None:
            row.update(decisions=win.decision_count, kept_decisions=len(win.decisions),
                       open_alerts=len(win.book.open_alerts()), alerts=len(win.book._alerts),
                       cards=len(win.alert_panel.cards))
        print(json.dumps(row), flush=True)
        if trace and el >= warmup and not snaps:
            snaps.append(tracemalloc.take_snapshot())

    if trace:
        tracemalloc.start(8)
    timer = QTimer(interval=int(every * 1000), timeout=sample)
    timer.start()
    QTimer.singleShot(0, sample)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    timer.stop()
    if trace and snaps:
        end = tracemalloc.take_snapshot()
        filters = [tracemalloc.Filter(False, tracemalloc.__file__)]
        stats = end.filter_traces(filters).compare_to(snaps[0].filter_traces(filters), "lineno")
        top = [{"site": f"{s.traceback[0].filename.replace(str(ROOT) + '/', '')}:{s.traceback[0].lineno}",
                "growth_kb": round(s.size_diff / 1024, 1), "count_growth": s.count_diff}
               for s in sorted(stats, key=lambda s: s.size_diff, reverse=True)[:12]]
        print(json.dumps({"tracemalloc_top": top}), flush=True)
    if win is not None:
        win.stop()
        win.close()
    return 0


def run(n: int, seconds: float, every: float, warmup: float, trace: bool = False) -> tuple[list[dict], list]:
    """One measured process; returns its samples and (with trace) the top growth sites."""
    tmp = Path(tempfile.mkdtemp(prefix="canthus-mem-"))
    env = dict(os.environ, CANTHUS_DATA_DIR=str(tmp / "data"), CANTHUS_KEY_DIR=str(tmp / "keys"),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "xcb"))
    cmd = [sys.executable, __file__, "--child", "--entrances", str(n), "--seconds", str(seconds),
           "--every", str(every), "--warmup", str(warmup)] + (["--trace"] if trace else [])
    if not os.environ.get("DISPLAY") and env["QT_QPA_PLATFORM"] == "xcb":
        if shutil.which("xvfb-run") is None:
            raise SystemExit("no display and no xvfb-run: install Xvfb or set DISPLAY")
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"] + cmd
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + 180)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if p.returncode != 0:
        raise SystemExit(f"the measured console ({n} entrances) failed:\n{p.stderr[-3000:]}")
    rows, top = [], []
    for line in p.stdout.splitlines():
        if line.startswith("{"):
            obj = json.loads(line)
            if "tracemalloc_top" in obj:
                top = obj["tracemalloc_top"]
            else:
                rows.append(obj)
    return rows, top


def growth_per_min(rows: list[dict], warmup: float) -> float:
    """Least-squares slope of RSS after the warm-up, MB per minute."""
    pts = [(r["t"], r["rss_mb"]) for r in rows if r["t"] >= warmup]
    if len(pts) < 2:
        return float("nan")
    mt = sum(t for t, _ in pts) / len(pts)
    mr = sum(m for _, m in pts) / len(pts)
    var = sum((t - mt) ** 2 for t, _ in pts)
    return 60.0 * sum((t - mt) * (m - mr) for t, m in pts) / var if var else float("nan")


def summary(name: str, rows: list[dict], warmup: float) -> str:
    start = rows[0]["rss_mb"]
    after = next((r["rss_mb"] for r in rows if r["t"] >= warmup), rows[-1]["rss_mb"])
    last = rows[-1]
    extra = ""
    if "decisions" in last:
        extra = (f"; {last['decisions']} decisions ({last['kept_decisions']} kept in the window), "
                 f"{last['open_alerts']} open alerts, {last['cards']} cards")
    return (f"{name}: RSS {start:.0f} MB at start, {after:.0f} MB after {warmup:.0f} s warm-up, "
            f"{last['rss_mb']:.0f} MB at {last['t']:.0f} s; growth {growth_per_min(rows, warmup):+.1f} MB/min{extra}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entrances", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples")
    ap.add_argument("--warmup", type=float, default=30.0, help="seconds before growth is counted")
    ap.add_argument("--trace-seconds", type=float, default=60.0,
                    help="length of the tracemalloc run (0: none)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        return child(a.entrances, a.seconds, a.every, a.warmup, a.trace)
    rows, _ = run(a.entrances, a.seconds, a.every, a.warmup)
    for r in rows:
        print(json.dumps(r))
    base, _ = run(0, min(a.seconds, 60.0), a.every, min(a.warmup, 20.0))
    print(summary(f"console, {a.entrances} entrances, CPU wall", rows, a.warmup))
    print(summary("baseline, bare Qt application", base, min(a.warmup, 20.0)))
    if a.trace_seconds > 0:
        warm = min(a.warmup, a.trace_seconds / 2)
        _, top = run(a.entrances, a.trace_seconds, a.every, warm, trace=True)
        print(f"tracemalloc, top Python allocation sites by growth from {warm:.0f} s to {a.trace_seconds:.0f} s:")
        for s in top:
            print(f"  {s['growth_kb']:+10.1f} KiB {s['count_growth']:+7d} blocks  {s['site']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
