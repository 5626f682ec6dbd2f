"""Run the console on the N-entrance demo in its own process and measure how its memory grows.

    python tests/bench/bench_memory.py --entrances 16 --seconds 120
    python tests/bench/bench_memory.py --seconds 1800 --every 60 --warmup 60   # the issue's 30 minutes
    python tests/bench/bench_memory.py --seconds 1800 --every 60 --guard 10    # a guard answering

Each run is a fresh process under Xvfb (``xvfb-run -a`` when there is no
display), with a temp data dir, key dir and QSettings, nobody at the desk: alerts
stay open (``--guard S``: a signed-on guard answers every open alert each S
seconds, in turn deny, false alarm and a normal secondary check, through the
console's own alert action). It samples RSS (VmRSS of /proc/self/status) every
few seconds with the decisions made so far and prints RSS at start and at each
10 minutes, the growth per minute after a warm-up and over the last 20 minutes,
the growth per 1000 decisions (a loaded machine makes fewer decisions a minute;
what a decision costs does not change), the Python object types whose count
grew most (``gc``, after the warm-up and at the end), and the same RSS figures
for the bare Qt application (0 entrances) as the baseline of the same run. A
last, shorter run of the console with ``tracemalloc`` lists the Python
allocation sites that grew most between two snapshots, so the cause is visible
(tracemalloc slows the console and costs memory itself, so that run's RSS is
not reported). Linux only (/proc).
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    """This process's resident set size in MB, from /proc (no dependency)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


def object_counts() -> collections.Counter:
    """Live objects tracked by the garbage collector, by type name."""
    return collections.Counter(type(o).__name__ for o in gc.get_objects())


def answer_alerts(win, turn: list[int]) -> int:
    """The guard at the desk: every open alert answered as its dialog would hand it on (the
    console's carry_out), in turn deny, false alarm (a cause) and a normal secondary check.
    Returns how many."""
    answers = (("deny", {}), ("false_alarm", {"reason": "Hot drink or food"}),
               ("secondary_check", {"reading_c": 36.8}))
    n = 0
    for alert in list(win.book.open_alerts()):
        action, answer = answers[turn[0] % 3]
        turn[0] += 1
        n += win.alarms.carry_out(alert, action, answer) is not None
    return n


def _pending(win) -> int | None:
    """Store writes queued behind the writer thread (each holds its decision, crop included)."""
    writer = getattr(getattr(win, "station", None), "writer", None)
    pending = getattr(writer, "pending", None)  # StoreWriter.pending is a property
    return pending() if callable(pending) else pending


def child(n: int, seconds: float, every: float, warmup: float, trace: bool, guard: float = 0.0) -> int:
    """Inside the measured process: start the console (or the bare app), sample, print JSON lines."""
    sys.path.insert(0, str(ROOT))
    import tracemalloc

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    win = None
    if n and os.environ.get("BENCH_DEFAULT_MALLOC") != "1":  # as `canthus` starts the console
        from app.heap import keep_large_buffers_mapped

        print("heap:", "mmap threshold fixed" if keep_large_buffers_mapped() else "default", flush=True)
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
    counts: list[collections.Counter] = []
    answered = [0]
    if win is not None and guard > 0:
        win.presses.sign_on("bench guard")  # answers go past the (modal) dialogs, as they would hand them on
        turn = [0]

        def at_the_desk() -> None:
            answered[0] += answer_alerts(win, turn)

        guard_timer = QTimer(interval=int(guard * 1000), timeout=at_the_desk)
        guard_timer.start()

    def sample() -> None:
        el = time.monotonic() - t0
        row = {"t": round(el, 1), "rss_mb": round(rss_mb(), 1)}
        if win is not None:
            row.update(decisions=win.decision_count, kept_decisions=len(win.decisions),
                       open_alerts=len(win.book.open_alerts()), alerts=len(win.book._alerts),
                       cards=len(win.alarms.pane.cards), answered=answered[0],
                       door_events=len(getattr(win.door, "events", ())),
                       writer_pending=_pending(win))
        print(json.dumps(row), flush=True)
        if trace and el >= warmup and not snaps:
            snaps.append(tracemalloc.take_snapshot())
        if not trace and el >= warmup and not counts:
            counts.append(object_counts())

    if trace:
        tracemalloc.start(8)
    def guarded_sample() -> None:  # a sample that fails ends the run with its traceback, never a silent gap
        try:
            sample()
        except Exception:  # noqa: BLE001 - any fault of the measurement itself ends the run
            import traceback

            traceback.print_exc()
            app.exit(2)

    timer = QTimer(interval=int(every * 1000), timeout=guarded_sample)
    timer.start()
    QTimer.singleShot(0, guarded_sample)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    rc = app.exec()
    timer.stop()
    if counts:
        grew = object_counts()
        grew.subtract(counts[0])
        top = [{"type": k, "count_growth": v} for k, v in grew.most_common(12) if v > 0]
        print(json.dumps({"objects_top": top}), flush=True)
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
    return rc


def run(n: int, seconds: float, every: float, warmup: float, trace: bool = False,
        guard: float = 0.0, live: bool = False) -> tuple[list[dict], list, list]:
    """One measured process; returns its samples, (with trace) the top growth sites and
    (without) the object types whose count grew most."""
    tmp = Path(tempfile.mkdtemp(prefix="canthus-mem-"))
    env = dict(os.environ, CANTHUS_DATA_DIR=str(tmp / "data"), CANTHUS_KEY_DIR=str(tmp / "keys"),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "xcb"))
    cmd = [sys.executable, __file__, "--child", "--entrances", str(n), "--seconds", str(seconds),
           "--every", str(every), "--warmup", str(warmup), "--guard", str(guard)] + (["--trace"] if trace else [])
    if not os.environ.get("DISPLAY") and env["QT_QPA_PLATFORM"] == "xcb":
        if shutil.which("xvfb-run") is None:
            raise SystemExit("no display and no xvfb-run: install Xvfb or set DISPLAY")
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"] + cmd
    rows, top, objects = [], [], []
    try:
        with tempfile.TemporaryFile(mode="w+") as err:
            # the samples are read as they come (``live`` prints them: a long run shows its progress)
            with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err, text=True) as p:
                deadline = threading.Timer(seconds + 180, p.kill)
                deadline.start()
                try:
                    for line in p.stdout:
                        if not line.startswith("{"):
                            continue
                        obj = json.loads(line)
                        if "tracemalloc_top" in obj:
                            top = obj["tracemalloc_top"]
                        elif "objects_top" in obj:
                            objects = obj["objects_top"]
                        else:
                            rows.append(obj)
                            if live:
                                print(json.dumps(obj), flush=True)
                finally:
                    deadline.cancel()
            if p.returncode != 0:
                err.seek(0)
                raise SystemExit(f"the measured console ({n} entrances) failed (exit {p.returncode}):\n"
                                 f"{err.read()[-3000:]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not rows:
        raise SystemExit(f"the measured console ({n} entrances) printed no samples")
    return rows, top, objects


def slope(pts: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over x; nan with fewer than two distinct x."""
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    var = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / var if var else float("nan")


def growth_per_min(rows: list[dict], warmup: float) -> float:
    """Least-squares slope of RSS after the warm-up, MB per minute."""
    return 60.0 * slope([(r["t"], r["rss_mb"]) for r in rows if r["t"] >= warmup])


def growth_per_1000_decisions(rows: list[dict], warmup: float) -> float:
    """Least-squares slope of RSS over the decisions made, after the warm-up: MB per 1000 decisions."""
    return 1000.0 * slope([(r["decisions"], r["rss_mb"]) for r in rows if r["t"] >= warmup and "decisions" in r])


def at_minutes(rows: list[dict], every_min: int = 10) -> list[tuple[int, dict]]:
    """The sample nearest each ``every_min`` minutes mark (start included) that the run reached."""
    out = []
    for m in range(0, int(rows[-1]["t"] // 60) + 1, every_min):
        out.append((m, min(rows, key=lambda r: abs(r["t"] - 60 * m))))
    return out


def last_minutes_growth(rows: list[dict], minutes: float = 20.0) -> tuple[float, float] | None:
    """RSS growth (MB, last sample minus the sample nearest ``minutes`` before it) and its span in
    minutes; None when the run is shorter than that."""
    end = rows[-1]
    if end["t"] < 60 * minutes:
        return None
    start = min(rows, key=lambda r: abs(r["t"] - (end["t"] - 60 * minutes)))
    return end["rss_mb"] - start["rss_mb"], (end["t"] - start["t"]) / 60.0


def summary(name: str, rows: list[dict], warmup: float) -> str:
    start = rows[0]["rss_mb"]
    after = next((r["rss_mb"] for r in rows if r["t"] >= warmup), rows[-1]["rss_mb"])
    last = rows[-1]
    extra = ""
    if "decisions" in last:
        extra = (f", {growth_per_1000_decisions(rows, warmup):+.2f} MB per 1000 decisions; "
                 f"{last['decisions']} decisions ({last['kept_decisions']} kept in the window), "
                 f"{last['open_alerts']} open alerts, {last['cards']} cards, {last.get('answered', 0)} answered, "
                 f"{last.get('door_events', 0)} door events, {last.get('writer_pending')} store writes queued")
    marks = ", ".join(f"{r['rss_mb']:.0f} MB at {m} min" + (f" ({r['decisions']} decisions)" if "decisions" in r else "")
                      for m, r in at_minutes(rows) if m)
    last20 = last_minutes_growth(rows)
    tail = f"; {last20[0]:+.1f} MB over the last {last20[1]:.0f} min" if last20 else ""
    return (f"{name}: RSS {start:.0f} MB at start, {after:.0f} MB after {warmup:.0f} s warm-up, "
            + (marks + ", " if marks else "")
            + f"{last['rss_mb']:.0f} MB at {last['t']:.0f} s; growth {growth_per_min(rows, warmup):+.1f} MB/min"
            f"{extra}{tail}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entrances", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples")
    ap.add_argument("--warmup", type=float, default=30.0, help="seconds before growth is counted")
    ap.add_argument("--trace-seconds", type=float, default=60.0,
                    help="length of the tracemalloc run (0: none)")
    ap.add_argument("--guard", type=float, default=0.0,
                    help="a guard answers every open alert each GUARD seconds (0: nobody at the desk)")
    ap.add_argument("--baseline-seconds", type=float, default=60.0,
                    help="length of the bare Qt application's run (0: none)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        return child(a.entrances, a.seconds, a.every, a.warmup, a.trace, a.guard)
    if a.entrances < 1 or a.seconds <= 0 or a.every <= 0 or a.warmup < 0 or a.guard < 0:
        ap.error("--entrances must be at least 1, --seconds and --every above 0, --warmup and --guard 0 or more")
    rows, _, objects = run(a.entrances, a.seconds, a.every, a.warmup, guard=a.guard, live=True)
    who = f"a guard answering every {a.guard:g} s" if a.guard else "nobody at the desk"
    print(summary(f"console, {a.entrances} entrances, CPU wall, {who}", rows, a.warmup), flush=True)
    if objects:
        print(f"Python objects whose count grew most from {a.warmup:.0f} s to the end:")
        for o in objects:
            print(f"  {o['count_growth']:+9d}  {o['type']}")
    if a.baseline_seconds > 0:
        bwarm = min(a.warmup, a.baseline_seconds / 3)
        base, _, _ = run(0, a.baseline_seconds, min(a.every, a.baseline_seconds / 4), bwarm)
        print(summary("baseline, bare Qt application", base, bwarm), flush=True)
    if a.trace_seconds > 0:
        warm = min(a.warmup, a.trace_seconds / 2)
        _, top, _ = run(a.entrances, a.trace_seconds, min(a.every, 5.0), warm, trace=True, guard=a.guard)
        print(f"tracemalloc, top Python allocation sites by growth from {warm:.0f} s to {a.trace_seconds:.0f} s:")
        for s in top:
            print(f"  {s['growth_kb']:+10.1f} KiB {s['count_growth']:+7d} blocks  {s['site']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
