"""The wall with an alarm open, in a guard's language: docs/screenshots/wall-fr.png, wall-nl.png.

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        python docs/screenshots/make_wall_lang.py --lang fr --lang nl --renderer cpu

The demo site in training mode (``canthus --training``: many febrile people), 1280×800 as at a
guard's desk, the language installed before the window is built, as ``canthus --lang`` does.
Nothing is staged: it waits until an alarm is open and every tile has a picture, and grabs the
window. The entrances' names are the demo site's (a site file names them in its language).
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
    ap.add_argument("--lang", action="append", choices=("fr", "nl", "de", "en"), help="repeat for several")
    ap.add_argument("--renderer", default="cpu", choices=("gpu", "cpu", "auto"))
    ap.add_argument("--alarms", type=int, default=2, help="open alarms to wait for before the shot")
    ap.add_argument("--timeout", type=float, default=300.0)
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
    from app.ui.i18n import install_translators
    from app.ui.sound import AlarmSound
    from app.ui.theme import STYLESHEET

    app.setStyleSheet(STYLESHEET)
    for lang in a.lang or ["fr", "nl"]:
        install_translators(app, lang)
        store = open_store(Path(tmp) / f"training-{lang}")  # a throw-away event store
        win = ConsoleWindow(demo_site(4, training=True), make_wall(a.renderer), store=store,
                            sound=AlarmSound(backend="none"))
        try:
            win.presses.sign_on("Demo")
            win.resize(1280, 800)
            win.move(0, 0)
            win.show()
            win.start()
            def ready(win=win) -> bool:
                return len(win.book.open_alerts()) >= a.alarms and all(v.celsius is not None for v in win.views)

            if not wait_for(app, ready, a.timeout):
                print(f"{lang}: no alarm within {a.timeout:.0f} s", file=sys.stderr)
                return 1
            wait_for(app, lambda: False, 0.5)  # let the last frames paint
            path = OUT / f"wall-{lang}.png"
            win.grab().save(str(path))
            print(path)
        finally:
            win.close()
            store.close()
    install_translators(app, "en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
