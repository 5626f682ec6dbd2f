"""The ``canthus`` command line.

Every bad input ends in one line on stderr naming the problem and exit code 2;
a guard or an administrator never sees a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import NoReturn, Sequence

from app.core.vocabulary import DEFAULT_LIMIT_C

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT such as 384x288, got {text!r}")
    from app.sim import entrance as e

    w, h = int(m.group(1)), int(m.group(2))
    if not (e.MIN_WIDTH <= w <= e.MAX_WIDTH and e.MIN_HEIGHT <= h <= e.MAX_HEIGHT):
        raise argparse.ArgumentTypeError(f"size must be {e.MIN_WIDTH}x{e.MIN_HEIGHT} to "
                                         f"{e.MAX_WIDTH}x{e.MAX_HEIGHT}, got {text!r}")
    return w, h


def _within(kind, lo, hi):
    """An argument type for a number in [lo, hi]; bounds named as strings are the simulator's."""
    def parse(text: str):
        from app.sim import entrance as e

        low, high = (getattr(e, b) if isinstance(b, str) else b for b in (lo, hi))
        try:
            v = kind(text)
        except ValueError:
            v = None
        if v is None or not low <= v <= high:  # NaN fails this too
            span = f"{low:g} to {high:g}" if kind is float else f"{low} to {high}"
            raise argparse.ArgumentTypeError(f"expected a number from {span}, got {text!r}")
        return v

    return parse


def _box(text: str) -> tuple[int, int, int, int]:
    parts = text.split(",")
    try:
        x, y, w, h = (int(v) for v in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not X,Y,W,H (four whole numbers of pixels)") from None
    if x < 0 or y < 0 or w < 2 or h < 2:
        raise argparse.ArgumentTypeError(f"{text!r}: X and Y must be >= 0, W and H >= 2 pixels")
    return x, y, w, h


def _fraction(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}") from None
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}")
    return v


def _positive(kind):
    def parse(text: str):
        try:
            v = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}") from None
        if v <= 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
        return v

    return parse


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="canthus",
        description="Canthus: transparent, auditable fever screening with thermal cameras. "
        "With no command, opens the operator console: on the built-in demo site (four simulated "
        "entrances with different cameras), or on the site file given with --site.",
    )
    p.add_argument("--site", metavar="FILE", help="site file (TOML) to open instead of the demo site")
    p.add_argument("--renderer", choices=("auto", "gpu", "cpu"), default="auto",
                   help="wall renderer: gpu (vispy), cpu (pyqtgraph), or auto: the CPU path when "
                        "OpenGL is missing or software-only (default)")
    p.add_argument("--demo-cameras", type=int, default=4, metavar="N",
                   help="number of simulated entrances on the demo site (1-16, default 4)")
    p.add_argument("--training", action="store_true",
                   help="training: many alarms on the demo site (15 %% of its people febrile instead of "
                        "1.5 %%, about what a real site sees), to practise the guard's answers")
    p.add_argument("--data-dir", metavar="DIR", default=None,
                   help="where the event store lives (default: the per-machine data folder; "
                        "or set CANTHUS_DATA_DIR)")
    p.add_argument("--lang", default=None, metavar="LANG",
                   help="language of the console on this workstation: en, fr, nl or de (default: the one "
                        "chosen last time here, else the system's, else English)")
    p.add_argument("--headless", action="store_true",
                   help="no window: simulate the demo entrance and print each decision")
    p.add_argument("--selftest", nargs="?", const="canthus-selftest", default=None, metavar="DIR",
                   help="check this installation and exit 0 (ok) or 1: open the demo site, render one frame "
                        "of every tile, check the engine on a known frame and the event store; writes "
                        "report.json and screenshot.png to DIR (default ./canthus-selftest)")
    p.add_argument("--quit-after", type=float, default=None, metavar="S", help=argparse.SUPPRESS)
    p.add_argument("--screenshot", default=None, metavar="PNG", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("simulate", help="write a simulated entrance recording and its ground truth")
    s.add_argument("out", metavar="OUT", help="recording to write (HDF5); truth goes to OUT.truth.json")
    s.add_argument("--seconds", type=_positive(float), default=None, help="length (default: as the people need)")
    s.add_argument("--people", type=_within(int, 1, "MAX_PEOPLE"), default=20, help="number of subjects (default 20)")
    s.add_argument("--fever-rate", type=_fraction, default=0.10, help="share of febrile subjects (default 0.10)")
    s.add_argument("--seed", type=_within(int, 0, "MAX_USER_SEED"), default=0)
    s.add_argument("--size", type=_size, default=(384, 288), help="WIDTHxHEIGHT (default 384x288)")
    s.add_argument("--fps", type=_within(float, "MIN_FPS", "MAX_FPS"), default=9.0, help="frames per second (default 9)")
    s.add_argument("--camera", default="sim-1", help="camera name stored in the recording")
    s.add_argument("--incidents", default="all",
                   help="'all', 'none' or a comma list (glasses,pair,too_far,cold_face,no_stop,warmup,"
                        "no_reference,reference_drift,hot_drink,open_mouth,ffc)")
    s.add_argument("--compression", choices=("delta-zstd", "lzf", "gzip", "none"), default="delta-zstd")

    r = sub.add_parser("replay", help="run recordings through the engine, one line per subject decision")
    r.add_argument("files", metavar="FILE", nargs="+")
    r.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    r.add_argument("--limit", type=float, default=None, help=f"site limit in °C (default {DEFAULT_LIMIT_C})")
    r.add_argument("--rule", choices=("absolute", "relative"), default=None)
    r.add_argument("--rotate", type=int, choices=(0, 90, 180, 270), default=0,
                   help="turn each frame clockwise by this many degrees first (a camera on its side: 90)")
    r.add_argument("--reference-c", type=_within(float, 25.0, 45.0), default=None, metavar="C",
                   help="set point of the reference source in view (°C); its box is found automatically")
    r.add_argument("--reference-box", type=_box, default=None, metavar="X,Y,W,H",
                   help="the reference's box in the rotated frame, instead of finding it (needs --reference-c)")
    r.add_argument("--max-mm-per-px", type=_within(float, 0.1, 10.0), default=None, metavar="MM",
                   help="coarsest resolution at the face accepted (default 1, the standard's; "
                        "a 160x120 camera needs 3-6 and loses accuracy knowingly)")

    from app.store.commands import add_commands

    add_commands(sub)

    st = sub.add_parser("settings", help="show or change the screening settings (limit, rule, retention) the "
                                          "console re-applies at start; changes need the supervisor PIN and are "
                                          "audited as the console's")
    st_sub = st.add_subparsers(dest="settings_command", metavar="ACTION", parser_class=_Parser, required=True)
    st_show = st_sub.add_parser("show", help="print the settings in force as JSON (limit_c, rule, retention, "
                                             "oral_model, source)")
    st_set = st_sub.add_parser("set", help="change one setting; reads the supervisor PIN from standard input "
                                           "(one line)")
    st_set.add_argument("key", metavar="KEY", help=f"one of {', '.join(SETTING_KEYS)}")
    st_set.add_argument("value", metavar="VALUE",
                        help="limit: °C in 0.1 °C steps; rule: absolute or relative; retention: MODE, MODE:HOURS or "
                             "MODE:HOURS:images, MODE none, alarms or all (MODE alone: 24 h, no images)")
    st_set.add_argument("--who", default="supervisor (command line)",
                        help="who changes it (recorded in the audit trail; default: supervisor (command line))")
    st_set.add_argument("--why", default="", help="why (recorded in the audit trail)")
    for parser in (st_show, st_set):  # also accepted after the command; the global options otherwise
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help="the event store's folder (default: per-machine data folder or CANTHUS_DATA_DIR)")
        parser.add_argument("--site", metavar="FILE", default=argparse.SUPPRESS,
                            help="site file whose engine limit and rule apply while no settings were saved")

    from app.store.pin import MAX_LENGTH as PIN_MAX, MIN_LENGTH as PIN_MIN

    pin_help = f"set or change the site's supervisor PIN ({PIN_MIN}-{PIN_MAX} digits; asked twice; audited)"
    pin = sub.add_parser("supervisor-pin", help=pin_help, description=pin_help[0].upper() + pin_help[1:] + ".")
    pin.add_argument("--who", required=True, help="who sets it (recorded in the audit trail)")
    pin.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                     help="the event store's folder (default: per-machine data folder or CANTHUS_DATA_DIR)")
    pin.add_argument("--stdin", action="store_true",
                     help="read the current PIN (if one is set) and the new PIN from standard input, one per line")

    pr = sub.add_parser("probe", help="connect to one camera or file and print what it delivers (no screening)")
    pr.add_argument("uri", metavar="URI",
                    help="file:PATH, uvc:INDEX, isapi://[user@]HOST[:PORT]/CHANNEL (isapis:// for HTTPS), "
                         "rtsp://[user@]HOST[:PORT]/PATH (a visible stream: shown, never measured)")
    pr.add_argument("--frames", type=_positive(int), default=10, help="frames to read (default 10)")
    pr.add_argument("--json", action="store_true", help="one JSON object per frame")
    pr.add_argument("--user", default=None, help="user name for a network camera (else the URI's, else admin)")
    pr.add_argument("--password-stdin", action="store_true",
                    help="read the network camera's password from standard input (else the OS keyring)")
    pr.add_argument("--timeout", type=_positive(float), default=10.0,
                    help="seconds without a frame before giving up (default 10)")

    rec = sub.add_parser("record", help="record a site's cameras to recordings (one per camera), for training "
                                         "and for reproducing a site's problem")
    rec.add_argument("--site", dest="record_site", metavar="FILE", required=True, help="the site file")
    rec.add_argument("--out", metavar="DIR", required=True, help="folder for the recordings (one .h5 per camera)")
    rec.add_argument("--seconds", type=_positive(float), required=True, help="how long to record")

    cr = sub.add_parser("credentials", help="keep a camera's password in the OS keyring (never in the site file)")
    cr_sub = cr.add_subparsers(dest="credentials_command", metavar="ACTION", parser_class=_Parser, required=True)
    cs = cr_sub.add_parser("set", help="store the password of CAMERA (a site file camera name or a host), "
                                       "read from standard input")
    cs.add_argument("camera", metavar="CAMERA")
    cd = cr_sub.add_parser("delete", help="forget the password of CAMERA")
    cd.add_argument("camera", metavar="CAMERA")

    from app.hq import add_hq_arguments

    add_hq_arguments(sub.add_parser("hq", help="headquarters: every site's entrances, states and alarms, "
                                               "from the MQTT broker the consoles publish to (docs/events.md)"))

    c = sub.add_parser("calibrate", help="score (and refit) the oral-equivalent model on paired readings")
    c.add_argument("pairs", metavar="PAIRS.csv")
    c.add_argument("--skin-column", required=True, help="column with camera canthus readings (°C)")
    c.add_argument("--reference-column", required=True, help="column with clinical thermometer readings (°C)")
    c.add_argument("--limit", type=float, default=DEFAULT_LIMIT_C)
    c.add_argument("--fit", action="store_true", help="also fit a model on these pairs (with cross-validation)")
    return p


def _incidents(text: str) -> frozenset[str]:
    from app.sim import INCIDENTS

    if text == "all":
        return frozenset(INCIDENTS)
    if text in ("none", ""):
        return frozenset()
    names = frozenset(x.strip() for x in text.split(",") if x.strip())
    unknown = sorted(names - set(INCIDENTS))
    if unknown:
        raise ValueError(f"unknown incident(s) {', '.join(unknown)}; known: {', '.join(INCIDENTS)}")
    return names


def cmd_simulate(a: argparse.Namespace) -> int:
    from app.replay import simulate_to_file, truth_path
    from app.sim import SimConfig

    w, h = a.size
    cfg = SimConfig(camera=a.camera, width=w, height=h, fps=a.fps, seed=a.seed, people=a.people,
                    seconds=a.seconds, fever_rate=a.fever_rate, incidents=_incidents(a.incidents))
    info = simulate_to_file(a.out, cfg, compression=None if a.compression == "none" else a.compression)
    print(f"wrote {a.out}: {info['frames']} frames of {w}x{h} at {a.fps:g} Hz, {info['seconds']} s, "
          f"{info['subjects']} subjects; truth in {truth_path(a.out)}")
    return 0


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def cmd_replay(a: argparse.Namespace) -> int:
    from app.core.config import EngineConfig
    from app.replay import replay

    overrides = {}
    if a.limit is not None:
        overrides["limit_c"] = a.limit
    if a.rule is not None:
        overrides["rule"] = a.rule
    if getattr(a, "max_mm_per_px", None) is not None:
        overrides["max_mm_per_px"] = a.max_mm_per_px
    config = EngineConfig(**overrides)
    headed = []  # the table's header, printed with its first row: a file that cannot be read prints none

    def show(d) -> None:
        if a.json:
            print(json.dumps(d.to_json()), flush=True)
        else:
            if not headed:
                headed.append(True)
                print(f"{'camera':<10} {'subject':>7} {'t (s)':>8} {'canthus':>8} {'estimate':>8}  {'verdict':<9} reason")
            print(f"{d.camera:<10} {d.subject:>7} {d.t:>8.2f} {_fmt(d.canthus_c):>8} {_fmt(d.estimate_c):>8}  "
                  f"{d.verdict:<9} {d.reason if d.verdict == 'retry' else ('pre-alarm' if d.prealarm else '')}"
                  f"{'  -> ' + d.instruction if d.verdict == 'retry' else ''}")

    def note(text: str) -> None:
        print(f"canthus: note: {text}", file=sys.stderr, flush=True)

    summary = replay(a.files, config, show, rotate=getattr(a, "rotate", 0),
                     reference_box=getattr(a, "reference_box", None), reference_c=getattr(a, "reference_c", None),
                     on_note=note).to_json()
    if a.json:
        print(json.dumps({"summary": summary}))
    else:
        print(f"\n{summary['decisions']} decisions: {summary['normal']} normal, {summary['elevated']} elevated, "
              f"{summary['retry']} retry {summary['retry_reasons'] or ''}; {summary['frames']} frames at "
              f"{summary['frames_per_second']} frames/s")
    return 0


def cmd_supervisor_pin(a: argparse.Namespace) -> int:
    """The supervisor PIN guards the limit, rule, retention and model; only its salted hash is stored.

    The first PIN is set only while none exists; changing it needs the current
    one, checked by the store with its lock-out (5 wrong PINs, then a wait
    doubling from 30 s) and every wrong one audited.
    """
    import getpass
    from pathlib import Path

    from app.core.errors import CanthusError
    from app.store import open_store
    from app.store.pin import duration_text, validate_pin

    where = "canthus supervisor-pin"
    lines = iter(sys.stdin.read().splitlines()) if a.stdin else None

    def ask(prompt: str) -> str:
        if lines is not None:
            return next(lines, "")
        return getpass.getpass(prompt)

    store = open_store(Path(a.data_dir) if a.data_dir else None)
    try:
        current = None
        if store.has_supervisor_pin():
            current = ask("Current supervisor PIN: ")
            # Checked before the new PIN is asked (the store refuses while locked out, unhashed).
            if not store.check_supervisor_pin(current, who=a.who, where=where):
                status = store.pin_status()
                locked = status["locked_for_s"]
                note = f"; PIN checks are now locked for {duration_text(locked)}" if locked else ""
                raise CanthusError(f"the current supervisor PIN is wrong; nothing was changed{note}")
        new = validate_pin(ask("New supervisor PIN: "))
        if not a.stdin and getpass.getpass("New supervisor PIN again: ") != new:
            raise CanthusError("the two PINs differ; nothing was changed")
        store.set_supervisor_pin(new, a.who, current=current, where=where)
    finally:
        store.close()
    print(f"supervisor PIN set by {a.who} (only its salted hash is stored; the change is in the audit trail)")
    return 0


#: ``canthus settings set`` keys -> the ScreeningSettings field they change.
SETTING_KEYS = {"limit": "limit_c", "rule": "rule", "retention": "retention"}


def _setting_value(key: str, text: str):
    """The typed value of ``canthus settings set KEY TEXT``; a CanthusError naming the key and what it allows."""
    import math

    from app.core.errors import CanthusError
    from app.core.vocabulary import LIMIT_RANGE_C
    from app.store.retention import MODES, RetentionPolicy
    from app.store.settings import RULES

    if key == "limit":
        lo, hi = LIMIT_RANGE_C
        try:
            v = float(text)
        except ValueError:
            v = math.nan
        if not (lo <= v <= hi) or abs(round(v, 1) - v) > 1e-9:  # NaN fails the range too
            raise CanthusError(f"limit: expected °C from {lo:g} to {hi:g} in 0.1 °C steps, got {text!r}")
        return round(v, 1)
    if key == "rule":
        if text not in RULES:
            raise CanthusError(f"rule: expected {' or '.join(RULES)}, got {text!r}")
        return text
    if key == "retention":
        allowed = (f"retention: expected MODE, MODE:HOURS or MODE:HOURS:images with MODE one of "
                   f"{', '.join(MODES)} and HOURS a positive number, got {text!r}")
        parts = text.split(":")
        if len(parts) > 3 or parts[0] not in MODES or (len(parts) == 3 and parts[2] != "images"):
            raise CanthusError(allowed)
        try:
            hours = float(parts[1]) if len(parts) > 1 else 24.0
            return RetentionPolicy(parts[0], hours, len(parts) == 3)
        except ValueError as e:
            reason = str(e).removeprefix("retention ") if "cannot keep images" in str(e) else None
            raise CanthusError(f"retention: {reason}, got {text!r}" if reason else allowed) from None
    raise CanthusError(f"settings: unknown key {key!r}; keys: {', '.join(SETTING_KEYS)}")


def _settings_in_force(store, site_path: str | None):
    """(settings, source): the store's saved ones, else the site file's engine limit and rule, else defaults."""
    from app.store.settings import ScreeningSettings

    saved = store.screening_settings() if store is not None else None
    if saved is not None:
        return saved, "store"
    retention = {"retention": store.retention} if store is not None else {}
    if site_path:
        from app.site import load_site

        engine = load_site(site_path).camera[0].engine  # the console applies the first camera's to all
        return ScreeningSettings(limit_c=engine.limit_c, rule=engine.rule, **retention), "site file"
    return ScreeningSettings(**retention), "defaults"


def cmd_settings(a: argparse.Namespace) -> int:
    """``settings show`` prints the screening settings in force as JSON; ``settings set KEY VALUE`` changes one.

    ``set`` reads the supervisor PIN (one line) from standard input and checks it with
    the one PIN check (lock-out and audit apply), then saves with
    :meth:`Store.save_screening_settings`: the same audit as the console's dialogs.
    """
    import getpass

    from app.core.errors import CanthusError
    from app.store import open_store
    from app.store.pin import check_supervisor
    from app.store.schema import FILENAME
    from app.store.store import resolve_data_dir

    folder = resolve_data_dir(getattr(a, "data_dir", None))
    site_path = getattr(a, "site", None)
    exists = (folder / FILENAME).is_file()
    if a.settings_command == "show":
        store = open_store(folder, create=False, auto_purge_s=None) if exists else None
        try:
            settings, source = _settings_in_force(store, site_path)
        finally:
            if store is not None:
                store.close()
        print(json.dumps({**settings.to_json(), "source": source, "data_dir": str(folder)}, indent=2))
        return 0
    field = SETTING_KEYS.get(a.key)
    if field is None:
        raise CanthusError(f"settings set: unknown key {a.key!r}; keys: {', '.join(SETTING_KEYS)}")
    value = _setting_value(a.key, a.value)
    if not exists:
        raise CanthusError(f"no Canthus event store at {folder / FILENAME}: a site administrator sets a supervisor "
                           f"PIN first with `canthus supervisor-pin --data-dir {folder}`; nothing was changed")
    pin = getpass.getpass("Supervisor PIN: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    store = open_store(folder, create=False)
    try:
        result = check_supervisor(store, pin, who=a.who, where="canthus settings set")
        if not result.ok:
            raise CanthusError(f"{result.message}; nothing was changed")
        current, source = _settings_in_force(store, site_path)
        from app.store.settings import ScreeningSettings

        new = ScreeningSettings(**{**current.model_dump(), field: value})
        if new.audit_value(field) == current.audit_value(field) and source == "store":
            print(f"{field} is already {json.dumps(new.audit_value(field))}; nothing was changed")
            return 0
        store.save_screening_settings(new, a.who, a.why, in_force=None if source == "store" else current)
    finally:
        store.close()
    print(f"{field} set to {json.dumps(new.audit_value(field))} (was {json.dumps(current.audit_value(field))}) "
          f"by {a.who}; the change is in the audit trail and the console applies it at its next start")
    return 0


def cmd_probe(a: argparse.Namespace) -> int:
    """Connect to one source, describe each frame; a failure is one line naming its cause."""
    import time

    from app.core.errors import CanthusError
    from app.sources import SourceError
    from app.sources.probe import probe, summary
    from app.sources.registry import open_settings, settings_from_uri

    settings = settings_from_uri(a.uri)
    extra = {}
    if a.user is not None:
        if not hasattr(settings, "user"):
            raise CanthusError(f"{a.uri}: --user is for network cameras")
        settings = settings.model_copy(update={"user": a.user})
    if a.password_stdin:
        if getattr(settings, "kind", None) not in ("isapi", "rtsp"):
            raise CanthusError(f"{a.uri}: --password-stdin is for network cameras")
        extra["password"] = sys.stdin.readline().rstrip("\r\n")
    name = getattr(settings, "host", None) or a.uri
    t0 = time.monotonic()
    rows = []
    try:
        source = open_settings(settings, name, None, **extra)
        try:
            for row in probe(source, a.frames, timeout_s=a.timeout):
                rows.append(row)
                if a.json:
                    print(json.dumps(row), flush=True)
        finally:
            source.close()
    except SourceError as e:
        state = e.state.replace("_", " ")
        text = str(e)
        raise CanthusError(text if state in text else f"{state}: {text}") from None
    if not a.json:
        print(f"{a.uri}: {summary(rows, time.monotonic() - t0)}")
    return 0


def cmd_record(a: argparse.Namespace) -> int:
    from pathlib import Path

    from app.recorder import record_site
    from app.site import load_site

    site = load_site(a.record_site)
    recs = record_site(site, Path(a.out), a.seconds, site_dir=Path(a.record_site).parent)
    for r in recs:
        status = f"error: {r.error}" if r.error else "ok"
        print(f"{r.name}: {r.frames} frames -> {r.path} ({r.encoding or '-'}); {status}")
    failed = [r for r in recs if r.error or not r.frames]
    return EXIT_BAD_INPUT if failed else 0  # a script must notice a camera that was not recorded


def cmd_credentials(a: argparse.Namespace) -> int:
    from app.sources.credentials import delete_camera_password, set_camera_password

    if a.credentials_command == "set":
        password = sys.stdin.readline().rstrip("\r\n")
        set_camera_password(a.camera, password)
        print(f"password of camera {a.camera!r} kept in the OS keyring (not in the site file)")
    else:
        gone = delete_camera_password(a.camera)
        print(f"password of camera {a.camera!r} {'forgotten' if gone else 'was not stored'}")
    return 0


def cmd_calibrate(a: argparse.Namespace) -> int:
    from app.core.calibration import calibrate_report

    report = calibrate_report(a.pairs, a.skin_column, a.reference_column, limit_c=a.limit, fit=a.fit)
    print(json.dumps(report, indent=2))
    return 0


def _audit(a: argparse.Namespace) -> int:
    from app.store.commands import run_command

    check = None
    if getattr(a, "anchors", None) is not None:
        from app.events.anchors import verify_against_anchors as check
    return run_command(a, anchors_check=check)


def _hq(a: argparse.Namespace) -> int:
    from app.hq import run_hq_from_args

    return run_hq_from_args(a)


def cmd_console(a: argparse.Namespace) -> int:
    """The operator console on the demo site or a site file."""
    from pathlib import Path

    from app.core.errors import CanthusError
    from app.heap import keep_large_buffers_mapped
    from app.site import demo_site, load_site

    keep_large_buffers_mapped()  # before any camera thread: memory stays flat for weeks (docs/memory.md)
    if a.selftest is not None:
        from app.selftest import run_selftest

        return run_selftest(Path(a.selftest), renderer=a.renderer)
    if a.headless:
        return cmd_demo(a)
    if a.training and a.site:
        raise CanthusError("--training is for the demo site: a site file's simulated cameras set their own "
                           "fever_rate")
    site = load_site(a.site) if a.site else demo_site(a.demo_cameras, training=a.training)
    from app.ui.app import run_console

    return run_console(site, renderer=a.renderer, site_dir=Path(a.site).parent if a.site else None,
                       quit_after_s=a.quit_after, screenshot=Path(a.screenshot) if a.screenshot else None,
                       data_dir=Path(a.data_dir) if a.data_dir else None, site_path=Path(a.site) if a.site else None,
                       lang=a.lang)


def cmd_demo(a: argparse.Namespace) -> int:
    """Headless demo: simulate an entrance, screen it, print the decisions."""
    import tempfile
    from pathlib import Path

    from app.store import open_store
    from app.store.schema import FILENAME
    from app.store.store import resolve_data_dir

    # The screening settings a supervisor saved (as the console applies them at start), else defaults.
    folder = resolve_data_dir(getattr(a, "data_dir", None))
    store = open_store(folder, create=False, auto_purge_s=None) if (folder / FILENAME).is_file() else None
    try:
        settings, source = _settings_in_force(store, None)
    finally:
        if store is not None:
            store.close()
    print("Canthus demo site: a simulated entrance, 12 people, 10 % febrile, incidents on.")
    print(f"Screening at {settings.limit_c:.1f} °C, {settings.rule} rule "
          f"({'saved by a supervisor' if source == 'store' else 'defaults'}).")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.h5"
        sim_args = build_parser().parse_args(["simulate", str(path), "--people", "12", "--seed", "7"])
        cmd_simulate(sim_args)
        return cmd_replay(argparse.Namespace(files=[str(path)], json=False, limit=settings.limit_c,
                                             rule=settings.rule))


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    from app.core.errors import CanthusError, describe_validation_error

    parser = build_parser()
    try:
        a = parser.parse_args(argv)
    except SystemExit as e:  # --help, or a usage error already printed as one line
        return int(e.code or 0)
    from app.store.commands import run_command

    handlers = {"simulate": cmd_simulate, "replay": cmd_replay, "calibrate": cmd_calibrate, None: cmd_console,
                "audit": _audit, "report": run_command, "supervisor-pin": cmd_supervisor_pin,
                "settings": cmd_settings, "hq": _hq,
                "probe": cmd_probe, "credentials": cmd_credentials, "record": cmd_record}
    try:
        return handlers[a.command](a)
    except CanthusError as e:
        print(f"canthus: error: {e}", file=sys.stderr)
    except ValidationError as e:
        print(f"canthus: error: {describe_validation_error(e)}", file=sys.stderr)
    except (ValueError, OSError) as e:
        print(f"canthus: error: {e}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    return EXIT_BAD_INPUT
