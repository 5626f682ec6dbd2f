"""``canthus --selftest``: check that this installation works, end to end, in a minute.

Sites run it after installing (and the packaging checks run it on the frozen
bundle): it opens the demo site in the real console with a throw-away event
store and settings, waits until every tile has drawn a frame, screens two
known simulated people (one febrile, one not), round-trips a recording and
the event store, and writes ``report.json`` and ``screenshot.png``. Each
check is independent: a failing one is a line in the report and on stderr,
never a traceback, and the others still run. Returns 0 only if all passed.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.core.errors import CanthusError

#: how long the console may take to show a frame on every tile (a bound, not a figure)
TILE_TIMEOUT_S = 30.0
#: a drawn thermal image of an empty room still spans a few palette entries; an undrawn one is flat
MIN_TILE_COLOURS = 4
#: the scripted people of the engine check: (core °C, verdict the engine must give)
KNOWN_PEOPLE = ((39.0, "elevated"), (36.6, "normal"))
#: where the store keeps audit keys; pointed at the run's temp folder so that a self-test
#: never leaves a key for its throw-away stores in the site's credential store
KEY_DIR_ENV = "CANTHUS_KEY_DIR"
SCREENSHOT = "screenshot.png"
REPORT = "report.json"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


class CheckFailed(Exception):
    """A check found something wrong; the message is the report's detail."""


def _run(checks: list[Check], name: str, fn, *args) -> bool:
    """Run one check: the string it returns is its detail, any exception makes it a failed check."""
    try:
        checks.append(Check(name, True, str(fn(*args))))
        return True
    except (CheckFailed, CanthusError) as e:  # already a sentence for the operator
        checks.append(Check(name, False, str(e)))
    except Exception as e:  # noqa: BLE001 - a self-test reports every failure, it never crashes
        where = traceback.extract_tb(e.__traceback__)[-1]
        checks.append(Check(name, False, f"{type(e).__name__}: {e} (at {Path(where.filename).name}:{where.lineno})"))
    return False


# -- checks that need no display ------------------------------------------------

def check_resources() -> str:
    """The palettes and the alarm sound ship with the program (frozen builds: as data)."""
    import wave

    from app.render.palettes import PALETTE_DIR, PALETTES, load_palette
    from app.ui.sound import ALARM_WAV

    for name in PALETTES:
        table = load_palette(name)
        if table.shape != (256, 3):
            raise CheckFailed(f"palette {name} in {PALETTE_DIR} has shape {table.shape}, expected (256, 3)")
    if not ALARM_WAV.is_file():
        raise CheckFailed(f"the alarm sound {ALARM_WAV} is missing")
    with wave.open(str(ALARM_WAV), "rb") as w:
        seconds = w.getnframes() / w.getframerate()
    if seconds <= 0:
        raise CheckFailed(f"the alarm sound {ALARM_WAV} is empty")
    return f"{len(PALETTES)} palettes, alarm sound {seconds:.1f} s, in {ALARM_WAV.parent}"


def check_camera_kinds() -> str:
    """Every camera kind's module imports (a frozen bundle must carry modules imported by name)."""
    import importlib

    from app.sources.registry import KINDS

    for kind, (module, cls) in KINDS.items():
        try:
            getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError) as e:
            raise CheckFailed(f"camera kind {kind!r}: {module}.{cls} cannot be loaded ({e})") from None
    return f"{len(KINDS)} camera kinds: {', '.join(KINDS)}"


def check_codecs() -> str:
    """The image codecs the FLIR reader needs round-trip 16-bit data (frozen: bundled extensions)."""
    import imagecodecs
    import numpy as np

    counts = (np.arange(64 * 48, dtype=np.uint16).reshape(48, 64) * 13) % 40000
    for name in ("png", "jpegls"):
        back = getattr(imagecodecs, f"{name}_decode")(getattr(imagecodecs, f"{name}_encode")(counts))
        if not np.array_equal(back, counts):
            raise CheckFailed(f"{name} does not round-trip 16-bit counts")
    return "PNG and JPEG-LS (FLIR files) round-trip 16-bit counts"


def _known_scene():
    from app.sim import SimConfig

    return SimConfig(camera="selftest", seed=3, script=((),) * len(KNOWN_PEOPLE),
                     cores_c=tuple(c for c, _ in KNOWN_PEOPLE), incidents=frozenset())


def _compare(decisions, truth, what: str) -> str:
    got = [d.verdict for d in decisions]
    want = [v for _, v in KNOWN_PEOPLE]
    if got != want:
        raise CheckFailed(f"{what}: expected verdicts {want} for people with core {[c for c, _ in KNOWN_PEOPLE]} °C, "
                          f"got {got}")
    for d, t in zip(decisions, truth):
        if abs(d.canthus_c - t["canthus_c"]) > 0.1:
            raise CheckFailed(f"{what}: subject {t['subject']} canthus read {d.canthus_c:.2f} °C, "
                              f"the scene has {t['canthus_c']:.2f} °C")
    return ", ".join(f"{d.verdict} (canthus {d.canthus_c:.2f} °C, estimate {d.estimate_c:.2f} °C)" for d in decisions)


def check_engine(decisions: list) -> str:
    """A febrile and a normal simulated person give ``elevated`` and ``normal``, read at the canthus.

    The decisions are appended to ``decisions`` for the store check."""
    from app.sim.scoring import screen_simulation

    truth, made = screen_simulation(_known_scene())
    detail = _compare(made, truth, "engine")
    decisions.extend(made)
    return detail


def check_recording(tmp: Path) -> str:
    """The same scene written as an HDF5 recording and replayed gives the same verdicts.

    Y16 in the default delta-zstd codec, so a frozen bundle proves it carries imagecodecs' codecs.
    """
    from app.replay import replay, simulate_to_file

    path = tmp / "selftest.h5"
    info = simulate_to_file(path, _known_scene(), compression="delta-zstd")
    decisions = []
    replay([path], on_decision=decisions.append)
    truth = json.loads(path.with_name(path.name + ".truth.json").read_text(encoding="utf-8"))
    return f"{info['frames']} frames written and replayed: " + _compare(decisions, truth, "recording")


def check_store(tmp: Path, decisions: list) -> str:
    """Write, close, reopen and read back; the audit chain verifies, and an edit behind its back is caught."""
    from app.store import FILENAME, RetentionPolicy, open_store

    folder = tmp / "store"
    elevated = next((d for d in decisions if d.verdict == "elevated"), None)
    if elevated is None:
        raise CheckFailed("no elevated decision to store (the engine check failed)")
    with open_store(folder, retention=RetentionPolicy("all", hours=24, keep_images=True), who="selftest", auto_purge_s=None) as s:
        did = s.record_decision(elevated)
        aid = s.raise_alert(did)
        s.record_action("selftest", "secondary_check", alert_id=aid, reading_c=38.4)
        s.record_action("selftest", "deny", alert_id=aid, reason="selftest")
    with open_store(folder, create=False, auto_purge_s=None) as s:
        history = s.history()
        if [(h["verdict"], [a["action"] for a in h["actions"]]) for h in history] != \
                [("elevated", ["secondary_check", "deny"])]:
            raise CheckFailed(f"read back {len(history)} decisions, not the one elevated decision and its two actions")
        snapshot = s.image(did)
        if snapshot is None or elevated.snapshot is None or snapshot.shape != elevated.snapshot.shape \
                or abs(snapshot - elevated.snapshot).max() > 0.01:
            raise CheckFailed("the decision's thermal snapshot did not come back as it was stored")
        ok, message, _ = s.verify()
        if not ok:
            raise CheckFailed(f"audit chain of a new store: {message}")
        seq, head = s.audit_head()
    with sqlite3.connect(folder / FILENAME) as c:  # what `canthus audit verify` must catch
        c.execute("UPDATE decisions SET canthus_c = canthus_c - 2 WHERE id = ?", (did,))
    c.close()
    with open_store(folder, create=False, auto_purge_s=None) as s:
        caught, why, _ = s.verify()
    if caught:
        raise CheckFailed("a decision edited behind the store's back was not detected by the audit check")
    return f"{message} (head {seq}:{head[:12]}…); an edited decision is caught: {why}"


# -- the console ----------------------------------------------------------------

class _Console:
    """The demo site in the real console, on a throw-away store and settings."""

    def __init__(self, tmp: Path, renderer: str) -> None:
        from app.ui.app import _check_display

        _check_display()  # no display: one clear line, not a Qt abort
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from app.render.glinfo import probe_gl
        from app.site import demo_site
        from app.store import open_store
        from app.ui.sound import AlarmSound

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        # The operator's remembered layout must not hide tiles, nor be changed by this run.
        self._format = QSettings.defaultFormat()
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "settings"))
        self.window = None
        self.store = None
        try:
            self.gl = probe_gl()
            self.description = ""  # the wall's own words: which renderer, on which GL, and why
            self.store = open_store(tmp / "console-store")
            self.site = demo_site(4)
            self.renderer = renderer
            self.sound = AlarmSound(backend="none")  # a self-test must not sound the alarm at the entrance
        except BaseException:  # close() will not run: undo what was done so far
            if self.store is not None:
                self.store.close()
            QSettings.setDefaultFormat(self._format)
            raise

    def open(self) -> str:
        from app.render.glinfo import make_wall
        from app.ui.console import ConsoleWindow
        from app.ui.theme import STYLESHEET

        wall = make_wall(self.renderer, info=self.gl)
        self.window = ConsoleWindow(self.site, wall, store=self.store, sound=self.sound)
        self.window.setStyleSheet(STYLESHEET)
        self.window.resize(1600, 1000)
        self.window.show()
        self.window.start()
        self.description = wall.description
        if self.renderer == "gpu" and wall.kind != "gpu":
            raise CheckFailed(f"--renderer gpu asked for the GPU wall, got {wall.description}")
        if self.renderer == "cpu" and wall.kind != "cpu":
            raise CheckFailed(f"--renderer cpu asked for the CPU wall, got {wall.description}")
        return wall.description

    def wait_for_tiles(self) -> str:
        """Every tile has a frame from its camera and the wall has placed it; then its pixels are a picture."""
        import numpy as np

        from app.render.theme import TILE_BG

        win = self.window
        if win is None:
            raise CheckFailed("the console did not open")
        wall = win.renderer
        started = time.monotonic()

        def drawn() -> bool:
            return all(v.celsius is not None for v in win.views) and \
                all(wall.image_rect(i) is not None for i in win.shown)

        self._spin(drawn, TILE_TIMEOUT_S)
        waited = time.monotonic() - started
        missing = [v.name for v in win.views if v.celsius is None or wall.image_rect(v.index) is None]
        if len(win.shown) != len(win.views):
            raise CheckFailed(f"the wall shows {len(win.shown)} of {len(win.views)} entrances")
        if missing:
            raise CheckFailed(f"no frame drawn within {TILE_TIMEOUT_S:g} s on: {', '.join(missing)}; "
                              f"states {[v.state for v in win.views]}; problems: {win.problems or 'none'}")
        pixels = wall.grab_rgb()
        self.description = wall.description  # the GPU wall names its GL renderer once it has drawn
        sy = pixels.shape[0] / max(1, wall.widget.height())  # device pixels per widget pixel
        sx = pixels.shape[1] / max(1, wall.widget.width())
        flat = []
        for v in win.views:
            r = wall.image_rect(v.index)
            tile = pixels[int(r.y * sy):int(r.bottom * sy), int(r.x * sx):int(r.right * sx)]
            colours = len(np.unique(tile.reshape(-1, 3), axis=0)) if tile.size else 0
            background = float(np.all(tile == TILE_BG, axis=-1).mean()) if tile.size else 1.0
            if colours < MIN_TILE_COLOURS or background > 0.5:
                flat.append(f"{v.name} ({colours} colours, {background:.0%} background)")
        if flat:
            raise CheckFailed(f"tiles drawn without a thermal image: {', '.join(flat)} ({wall.description})")
        return (f"{len(win.views)} tiles drew their first frame after {waited:.1f} s "
                f"({', '.join(f'{v.name}: {v.state}' for v in win.views)}); {wall.description}")

    def _spin(self, done, timeout_s: float) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + timeout_s
        loop = QEventLoop()
        timer = QTimer(interval=50)
        timer.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline else None)
        timer.start()
        if not done():
            loop.exec()
        timer.stop()

    def screenshot(self, path: Path) -> str:
        if self.window is None:
            raise CheckFailed("the console did not open")
        image = self.window.grab()
        if image.isNull() or not image.save(str(path)):
            raise CheckFailed(f"could not save the console's picture to {path}")
        return f"{path.name}: {image.width()}x{image.height()}"

    def close(self) -> None:
        from PySide6.QtCore import QSettings

        try:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.app.processEvents()
        finally:
            self.store.close()
            QSettings.setDefaultFormat(self._format)
        return "console closed, cameras stopped"


def _versions() -> dict:
    import numpy

    out = {"canthus": _canthus_version(), "python": platform.python_version(), "platform": platform.platform(),
           "numpy": numpy.__version__}
    for module in ("PySide6", "vispy", "pyqtgraph", "h5py", "cv2", "pydantic"):
        try:
            out[module] = __import__(module).__version__
        except Exception as e:  # noqa: BLE001 - a missing module is reported by the checks that need it
            out[module] = f"unavailable ({type(e).__name__}: {e})"
    try:
        from PySide6.QtCore import qVersion

        out["qt"] = qVersion()
    except Exception:  # noqa: BLE001
        pass
    return out


def _canthus_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("canthus")
    except PackageNotFoundError:
        return "unknown (no package metadata)"


@contextmanager
def _environ(name: str, value: str):
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def run_selftest(out_dir: Path, renderer: str = "auto") -> int:
    """Run every check, write ``report.json`` and ``screenshot.png`` to ``out_dir``; 0 if all passed, else 1."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / REPORT).unlink(missing_ok=True)  # a stale report must never pass for this run's
        (out_dir / SCREENSHOT).unlink(missing_ok=True)
    except OSError as e:
        print(f"canthus: selftest: cannot write the report to {out_dir}: {e.strerror or e}", file=sys.stderr)
        return 1
    checks: list[Check] = []
    decisions: list = []
    opened: list[_Console] = []

    def display(tmp: Path) -> str:
        opened.append(_Console(tmp, renderer))
        return f"Qt platform {opened[0].app.platformName()}"

    with tempfile.TemporaryDirectory(prefix="canthus-selftest-") as tmp_name, _environ(KEY_DIR_ENV, tmp_name):
        tmp = Path(tmp_name)
        _run(checks, "resources", check_resources)
        _run(checks, "camera kinds", check_camera_kinds)
        _run(checks, "codecs", check_codecs)
        _run(checks, "engine", check_engine, decisions)
        _run(checks, "recording", check_recording, tmp)
        _run(checks, "store", check_store, tmp, decisions)
        if _run(checks, "display", display, tmp):
            console = opened[0]
            try:
                _run(checks, "console", console.open)
                _run(checks, "tiles", console.wait_for_tiles)
                _run(checks, "screenshot", console.screenshot, out_dir / SCREENSHOT)
            finally:
                _run(checks, "close", console.close)
    console = opened[0] if opened else None
    g = console.gl if console is not None else None
    ok = all(c.ok for c in checks)
    report = {
        "ok": ok,
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "renderer_asked": renderer,
        "wall": console.description if console is not None else "",
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "versions": _versions(),
        "gl": {"ok": g.ok, "vendor": g.vendor, "renderer": g.renderer, "version": g.version,
               "software": g.software, "error": g.error} if g is not None else {},
        "checks": [asdict(c) for c in checks],
    }
    try:
        (out_dir / REPORT).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as e:
        print(f"canthus: selftest: cannot write {out_dir / REPORT}: {e.strerror or e}", file=sys.stderr)
        return 1
    for c in checks:
        if c.ok:
            print(f"ok    {c.name}: {c.detail}")
        else:
            print(f"FAIL  {c.name}: {c.detail}", file=sys.stderr)
    print(f"selftest {'passed' if ok else 'FAILED'}: report in {out_dir / REPORT}", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
