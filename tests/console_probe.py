"""Run the console on the N-entrance demo site in a fresh process and measure its event loop.

    python tests/console_probe.py N SECONDS

Prints one JSON object: the longest and 99th-percentile gap between 10 ms
timer ticks, the number of decisions the console received and the number the
engines made. N = 0 runs the same timer in a bare Qt application, no
console: the baseline the benchmark compares against.
Used by test_console.py so that nothing from other tests (GL contexts,
garbage, threads) is in the measurement: a guard runs the console alone.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    n, seconds = int(sys.argv[1]), float(sys.argv[2])
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    from app.render.glinfo import make_wall
    from app.site import demo_site
    from app.ui.console import ConsoleWindow
    from app.ui.sound import AlarmSound
    from app.ui.theme import STYLESHEET

    app.setStyleSheet(STYLESHEET)
    win = None
    if n:
        win = ConsoleWindow(demo_site(n), make_wall("auto"), sound=AlarmSound(backend="none"))
        win.resize(800, 600)
        win.show()
        win.start()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        if last[0]:
            gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10, timeout=tick)

    def begin() -> None:
        if win is None or all(v.celsius is not None for v in win.views):
            timer.start()
            QTimer.singleShot(int(seconds * 1000), app.quit)
        else:
            QTimer.singleShot(100, begin)

    QTimer.singleShot(500, begin)
    QTimer.singleShot(int((seconds + 30) * 1000), app.quit)  # never hang
    app.exec()
    timer.stop()
    ordered = sorted(gaps)
    result = {
        "entrances": n,
        "ticks": len(gaps),
        "max_gap_s": ordered[-1] if gaps else None,
        "p99_gap_s": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if gaps else None,
    }
    if win is not None:
        win.stop()
        app.processEvents()  # queued decisions still in the event loop are delivered
        result.update({
            "renderer": win.renderer.description,
            "decisions_shown": win.decision_count,
            "decisions_made": sum(w.engine.decisions_made for w in win.workers),
            "alerts": len(win.book.open_alerts()),
        })
        win.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
