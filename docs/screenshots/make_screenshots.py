"""Make the screenshots in docs/screenshots/ from the running console.

    xvfb-run -a -s "-screen 0 1920x1200x24" python docs/screenshots/make_screenshots.py [--renderer gpu]

Opens the demo site, waits for real moments (a person being measured, an
alert), and grabs the window. Nothing is staged: what is shown is what the
engine and the simulated entrances produced.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent


def wait_for(app: QApplication, cond, timeout_s: float) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.01)
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--renderer", default="gpu", choices=("gpu", "cpu", "auto"))
    ap.add_argument("--timeout", type=float, default=120.0)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)  # never the user's settings
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("CanthusScreenshots")
    from app.render.glinfo import make_wall
    from app.site import demo_site
    from app.store import open_store
    from app.ui.console import ConsoleWindow
    from app.ui.theme import STYLESHEET

    app.setStyleSheet(STYLESHEET)
    store = open_store(Path(tmp) / "data")  # a throw-away event store
    win = ConsoleWindow(demo_site(4), make_wall(a.renderer), store=store)
    win.sign_on("Demo guard")
    win.resize(1600, 1000)
    win.show()
    win.start()
    shots = []
    try:
        def measuring(i: int) -> bool:
            return any(p.role == "measuring" and p.point is not None for p in win.views[i].people)

        ok = wait_for(app, lambda: all(v.celsius is not None for v in win.views)
                      and any(measuring(i) for i in range(4)), a.timeout)
        if not ok:
            print("no one was measured in time", file=sys.stderr)
            return 1
        wait_for(app, lambda: False, 0.3)  # let the last frames paint
        win.grab().save(str(OUT / "wall-2x2.png"))
        shots.append("wall-2x2.png")
        tile = next(i for i in range(4) if measuring(i))
        win.focus(tile)
        wait_for(app, lambda: False, 0.5)
        if wait_for(app, lambda: measuring(tile), a.timeout):
            wait_for(app, lambda: False, 0.2)
            win.grab().save(str(OUT / "focused-tile.png"))
            shots.append("focused-tile.png")
        win.focus(None)
        if wait_for(app, lambda: len(win.book.open_alerts()) >= 2, a.timeout):
            wait_for(app, lambda: False, 0.5)
            win.grab().save(str(OUT / "alert-panel.png"))
            shots.append("alert-panel.png")
            # the guard acts: a secondary check on the newest, a false alarm on the next
            win.ask_reading = lambda: 38.2
            win.on_alert_action(win.book.open_alerts()[0], "secondary_check")
            win.ask_choice = lambda *args: "Hot drink or food"
            win.on_alert_action(win.book.open_alerts()[0], "false_alarm")
        wait_for(app, lambda: win.decision_count >= 12, a.timeout)
        from app.ui.history import HistoryView

        hist = HistoryView(store, [c.name for c in win.site.camera])
        hist.resize(1600, 900)
        hist.show()
        wait_for(app, lambda: False, 1.0)
        hist.grab().save(str(OUT / "history.png"))
        shots.append("history.png")
        hist.close()
    finally:
        win.close()
        store.close()
    print("wrote", ", ".join(str(OUT / s) for s in shots))
    return 0 if len(shots) == 4 else 1


if __name__ == "__main__":
    raise SystemExit(main())
