"""The supervisor's Cameras dialog: add, edit and remove the site's cameras, test them, set passwords.

The edit form is generated from each source kind's pydantic settings model
(one ``QFormLayout`` per kind from ``model_fields``: types, bounds and
defaults), and a change is validated by the same models the site file is
read with, then written to a temporary file that :func:`app.site.load_site`
must read back unchanged before it replaces the site file: the dialog can
never write a file the console would refuse at its next start.

Every change goes through the console's one supervisor flow
(``console.supervisor.ask``): the supervisor's name and PIN are asked *first*,
before the camera's form, and checked with the store's one check (its lock-out
and audit apply); the change is then audited under the name the supervisor gave
(the camera's name, kind and the keys that changed; never a password), the
previous file is kept as ``NAME.bak`` and only the changed camera's worker is
restarted. The file is rewritten from the
model with ``tomli-w``: comments in it (and the order of its keys) are not
kept; the ``.bak`` still has them. On the demo site, which has no file yet,
saving asks where to save the site first.

Passwords go to the OS keyring (:mod:`app.sources.credentials`) and nowhere
else: never the site file, the audit trail or a log. "Test connection" runs
:func:`app.sources.probe.probe` for a few frames in a thread of its own, never
on the GUI thread; it opens the camera a second time, so a USB camera the
console already holds may answer that it is busy.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import tomllib
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import tomli_w
from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QFrame, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.core.config import EngineConfig
from app.core.errors import CanthusError
from app.site import CameraConfig, RecordingSourceConfig, SimSourceConfig, SiteConfig, _describe, load_site
from app.sources.registry import settings_classes
from app.store.pin import duration_text
from app.translations import QT_TRANSLATE_NOOP, arg, current_language, words

#: kind -> its settings model, in the order the kind selector lists them
KIND_MODELS: dict[str, type[BaseModel]] = {
    cls.model_fields["kind"].default: cls
    for cls in (SimSourceConfig, RecordingSourceConfig, *settings_classes())
}
#: Frames "Test connection" reads, and how long it waits for one
PROBE_FRAMES = 5
PROBE_TIMEOUT_S = 10.0
# the editor's kind fields get at least this height, and scroll past it
EDITOR_FIELDS_MIN_PX = 240
_OMIT = object()  # an empty form field: the model's default applies (or it says the field is required)
#: Counted texts (see app.translations.QT_TRANSLATE_NOOP for why they sit in a table)
TESTING = QT_TRANSLATE_NOOP("Cameras", "Testing %1: reading %n frame(s)…", None, 1)
WRONG_PINS = QT_TRANSLATE_NOOP("Cameras", " (%n wrong PIN(s) in a row: PIN checks are locked for %1)", None, 1)
#: The State column: a camera loop's state (app.camera_loop.STATES) in a word or two
STATE_WORDS = {
    "starting": QT_TRANSLATE_NOOP("Cameras", "starting"),
    "live": QT_TRANSLATE_NOOP("Cameras", "live"),
    "offline": QT_TRANSLATE_NOOP("Cameras", "offline"),
    "reconnecting": QT_TRANSLATE_NOOP("Cameras", "reconnecting"),
    "credentials_refused": QT_TRANSLATE_NOOP("Cameras", "credentials refused"),
    "misconfigured": QT_TRANSLATE_NOOP("Cameras", "misconfigured"),
    "warming_up": QT_TRANSLATE_NOOP("Cameras", "warming up"),
    "ffc": QT_TRANSLATE_NOOP("Cameras", "ffc"),
    "frozen": QT_TRANSLATE_NOOP("Cameras", "frozen"),
    "not_radiometric": QT_TRANSLATE_NOOP("Cameras", "not radiometric"),
    "bad_frames": QT_TRANSLATE_NOOP("Cameras", "bad frames"),
    "bad_pixels": QT_TRANSLATE_NOOP("Cameras", "bad pixels"),
    "no_reference": QT_TRANSLATE_NOOP("Cameras", "no reference"),
    "reference_drift": QT_TRANSLATE_NOOP("Cameras", "reference drift"),
    "paused": QT_TRANSLATE_NOOP("Cameras", "paused"),
    "bypassed": QT_TRANSLATE_NOOP("Cameras", "bypassed"),
    "suspended": QT_TRANSLATE_NOOP("Cameras", "suspended"),
    "stopped": QT_TRANSLATE_NOOP("Cameras", "stopped"),
}


def state_word(state: str) -> str:
    """A camera loop's state for the State column and the messages, in the console's language."""
    source = STATE_WORDS.get(state)
    return QCoreApplication.translate("Cameras", source) if source else state.replace("_", " ")


# -- the site file ---------------------------------------------------------------
def site_toml(site: SiteConfig) -> str:
    """The site as TOML: only what differs from the defaults, plus each source's ``kind``."""
    data = site.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    out: dict[str, Any] = {"schema_version": site.schema_version, "name": site.name, "camera": []}
    for cam, d in zip(site.camera, data["camera"]):
        # ``kind`` is the default of its own model, but it is what tells the kinds apart
        entry = {"name": cam.name, **{k: v for k, v in d.items() if k not in ("name", "source", "engine")},
                 "source": {"kind": cam.source.kind, **d.get("source", {})}}
        if "engine" in d:
            entry["engine"] = d["engine"]
        out["camera"].append(entry)
    return ("# A Canthus site file, written by the console's Cameras dialog (comments are not kept;\n"
            "# the previous version is beside it as .bak). Every key: resources/site-example.toml\n\n"
            + tomli_w.dumps(out))


def write_site_file(path: Path, site: SiteConfig) -> None:
    """Write ``site`` to ``path`` atomically (temp file, fsync, replace), the old one kept as ``.bak``.

    The temp file must load with :func:`load_site` as ``site`` itself before it
    replaces anything, so a file the console would refuse is never written.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(site_toml(site).encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        back = load_site(tmp)  # relative paths resolve beside it, as they will in the real file
        if back != site:
            raise CanthusError(arg(QCoreApplication.translate(
                "Cameras", "site file %1: the file written would not read back the same; nothing changed"), path))
        if path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
        if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut (POSIX)
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except CanthusError as e:
        raise CanthusError(str(e).replace(str(tmp), str(path))) from None
    except OSError as e:
        raise CanthusError(arg(QCoreApplication.translate(
            "Cameras", "site file %1: cannot be written (%2); nothing changed"), path, e.strerror or e)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _flat(d: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(d, dict):
        return {prefix: d}
    out: dict[str, Any] = {}
    for k, v in d.items():
        out.update(_flat(v, f"{prefix}.{k}" if prefix else k))
    return out


def changed_keys(old: CameraConfig | None, new: CameraConfig | None) -> list[str]:
    """The dotted keys (``source.width``, ``name``...) whose values differ between two cameras."""
    a = _flat(old.model_dump(mode="json")) if old is not None else {}
    b = _flat(new.model_dump(mode="json")) if new is not None else {}
    return sorted(k for k in a.keys() | b.keys() if a.get(k, _OMIT) != b.get(k, _OMIT))


def probe_camera(cam: CameraConfig, site_dir: Path | None, frames: int = PROBE_FRAMES,
                 timeout_s: float = PROBE_TIMEOUT_S) -> str:
    """What ``cam`` delivers over a few frames, in one line (the cause, when it delivers nothing). Qt-free:
    the frame of the answer in the console's language, the driver's own words inside it as it wrote them."""
    from app.site import open_source
    from app.sources.base import SourceError
    from app.sources.probe import probe, summary

    failed = words().translate("Cameras", "failed: %1")
    t0 = time.monotonic()
    try:
        source = open_source(cam, site_dir)[0]
        try:
            rows = list(probe(source, frames, timeout_s=timeout_s))
        finally:
            source.close()
    except SourceError as e:
        text = str(e)
        if e.state.replace("_", " ") not in text:  # the driver's message does not say the state: the column's word
            state = STATE_WORDS.get(e.state)
            text = arg("%1: %2", words().translate("Cameras", state) if state else e.state.replace("_", " "), text)
        return arg(failed, text)
    except CanthusError as e:
        return arg(failed, e)
    except Exception as e:  # noqa: BLE001 - a driver's own error is the answer a test connection gives
        return arg(failed, f"{type(e).__name__}: {e}")
    return f"{cam.name}: {summary(rows, time.monotonic() - t0, current_language())}"


# -- the form of one kind ---------------------------------------------------------
def _union_args(annotation) -> tuple[tuple, bool]:
    """The annotation's alternatives without None, and whether None is one of them."""
    args = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    return tuple(a for a in args if a is not type(None)), type(None) in args


def _inline(v: Any) -> str:
    """A value as TOML inline text (tables as ``{ k = v }``), for the form's free-text fields."""
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_inline(x)}" for k, x in v.items() if x is not None) + " }"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_inline(x) for x in v) + "]"
    return tomli_w.dumps({"v": v})[4:].strip()


def _bounds(info) -> str:
    lo = next((f"{'>' if hasattr(m, 'gt') else ''}{getattr(m, 'ge', getattr(m, 'gt', None))}"
               for m in info.metadata if hasattr(m, "ge") or hasattr(m, "gt")), None)
    hi = next((getattr(m, "le", getattr(m, "lt", None)) for m in info.metadata if hasattr(m, "le") or hasattr(m, "lt")),
              None)
    return f"{lo}–{hi}" if lo is not None and hi is not None else ""


# a site-file key -> its label in the editor (the key itself is in the field's tooltip)
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("CameraFields", "Name"),
    "kind": QT_TRANSLATE_NOOP("CameraFields", "Kind"),
    "offline_grace_s": QT_TRANSLATE_NOOP("CameraFields", "Offline after (s)"),
    "uri": QT_TRANSLATE_NOOP("CameraFields", "URI"),
    "backend": QT_TRANSLATE_NOOP("CameraFields", "Video backend"),
    "ca_file": QT_TRANSLATE_NOOP("CameraFields", "CA certificate file"),
    "channel": QT_TRANSLATE_NOOP("CameraFields", "Channel"),
    "connect_timeout_s": QT_TRANSLATE_NOOP("CameraFields", "Connection timeout (s)"),
    "device": QT_TRANSLATE_NOOP("CameraFields", "Device"),
    "emissivity": QT_TRANSLATE_NOOP("CameraFields", "Emissivity"),
    "fever_rate": QT_TRANSLATE_NOOP("CameraFields", "Share of febrile people"),
    "ffc_settle_s": QT_TRANSLATE_NOOP("CameraFields", "Settling after a shutter calibration (s)"),
    "fps": QT_TRANSLATE_NOOP("CameraFields", "Frames per second"),
    "height": QT_TRANSLATE_NOOP("CameraFields", "Height (px)"),
    "host": QT_TRANSLATE_NOOP("CameraFields", "Host"),
    "https": QT_TRANSLATE_NOOP("CameraFields", "HTTPS"),
    "incidents": QT_TRANSLATE_NOOP("CameraFields", "Incidents"),
    "ir_format": QT_TRANSLATE_NOOP("CameraFields", "Infrared format"),
    "loop": QT_TRANSLATE_NOOP("CameraFields", "Play in a loop"),
    "mirror": QT_TRANSLATE_NOOP("CameraFields", "Mirror"),
    "model": QT_TRANSLATE_NOOP("CameraFields", "Model"),
    "open_timeout_s": QT_TRANSLATE_NOOP("CameraFields", "Opening timeout (s)"),
    "path": QT_TRANSLATE_NOOP("CameraFields", "File"),
    "people": QT_TRANSLATE_NOOP("CameraFields", "People (simulated)"),
    "port": QT_TRANSLATE_NOOP("CameraFields", "Port"),
    "producer": QT_TRANSLATE_NOOP("CameraFields", "GenTL producer"),
    "read_timeout_s": QT_TRANSLATE_NOOP("CameraFields", "Read timeout (s)"),
    "realtime": QT_TRANSLATE_NOOP("CameraFields", "Real time"),
    "reference": QT_TRANSLATE_NOOP("CameraFields", "Reference source"),
    "rotate": QT_TRANSLATE_NOOP("CameraFields", "Rotation (°)"),
    "seed": QT_TRANSLATE_NOOP("CameraFields", "Random seed"),
    "serial_number": QT_TRANSLATE_NOOP("CameraFields", "Serial number"),
    "telemetry": QT_TRANSLATE_NOOP("CameraFields", "Telemetry"),
    "tlinear_resolution": QT_TRANSLATE_NOOP("CameraFields", "TLinear resolution (K)"),
    "url": QT_TRANSLATE_NOOP("CameraFields", "URL"),
    "user": QT_TRANSLATE_NOOP("CameraFields", "User"),
    "verify_tls": QT_TRANSLATE_NOOP("CameraFields", "Verify the TLS certificate"),
    "warmup_s": QT_TRANSLATE_NOOP("CameraFields", "Warm-up (s)"),
    "width": QT_TRANSLATE_NOOP("CameraFields", "Width (px)"),
}


def field_label(key: str) -> str:
    """The editor's label for a site-file key, in the console's language (an unknown key: itself)."""
    return QCoreApplication.translate("CameraFields", FIELD_LABELS[key]) if key in FIELD_LABELS else key.replace("_", " ")


class SettingsForm(QWidget):
    """One source kind's settings as a form: a row per field of its model (``kind`` aside)."""

    def __init__(self, model: type[BaseModel]) -> None:
        super().__init__()
        self.model = model
        self.fields: dict[str, tuple[str, QWidget, tuple]] = {}  # name -> (widget kind, widget, types)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)  # aligned with the editor's own rows above it
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for name, info in model.model_fields.items():
            if name == "kind":
                continue
            args, optional = _union_args(info.annotation)
            required = info.is_required()
            default = None if required else info.get_default(call_default_factory=True)
            if args == (bool,):
                w: QWidget = QCheckBox()
                w.setChecked(bool(default))
                kind = "bool"
            elif len(args) == 1 and get_origin(args[0]) is Literal:
                w = QComboBox()
                if optional:
                    w.addItem(QCoreApplication.translate("Cameras", "(not set)"), None)
                for v in get_args(args[0]):
                    w.addItem(str(v), v)
                w.setCurrentIndex(max(0, w.findData(default)))
                kind = "choice"
            else:
                w = QLineEdit()
                bounds = _bounds(info)
                shown = (QCoreApplication.translate("Cameras", "required") if required else
                         QCoreApplication.translate("Cameras", "not set") if default is None else
                         arg(QCoreApplication.translate("Cameras", "default %1"), _inline(default)))
                w.setPlaceholderText(shown + (f" ({bounds})" if bounds else ""))
                kind = "text"
            w.setObjectName(name)
            w.setToolTip(info.description or arg(QCoreApplication.translate("Cameras", "%1: %2, optional") if optional
                                                 else "%1: %2", name, _type_name(args)))
            form.addRow(field_label(name), w)
            self.fields[name] = (kind, w, args)

    def set_values(self, settings: BaseModel | None) -> None:
        """Show ``settings`` (None: the defaults, empty text fields)."""
        for name, (kind, w, _) in self.fields.items():
            info = self.model.model_fields[name]
            value = getattr(settings, name) if settings is not None else (
                None if info.is_required() else info.get_default(call_default_factory=True))
            if isinstance(value, BaseModel):
                value = value.model_dump(mode="json", exclude_none=True)
            if kind == "bool":
                w.setChecked(bool(value))
            elif kind == "choice":
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                default = None if info.is_required() else info.get_default(call_default_factory=True)
                w.setText("" if value is None or (settings is None and value == default) else
                          value if isinstance(value, str) else _inline(value))

    def set_text(self, name: str, text: str) -> None:
        """Type ``text`` into field ``name`` (a text field), as a supervisor would."""
        self.fields[name][1].setText(text)

    def values(self) -> dict[str, Any]:
        """The fields as the site file would hold them; an empty text field is left out (its default)."""
        out: dict[str, Any] = {}
        for name, (kind, w, args) in self.fields.items():
            if kind == "bool":
                out[name] = w.isChecked()
            elif kind == "choice":
                if w.currentData() is not None:
                    out[name] = w.currentData()
            else:
                v = _parse(w.text().strip(), args)
                if v is not _OMIT:
                    out[name] = v
        return out


def _type_name(args: tuple) -> str:
    return " or ".join(getattr(a, "__name__", str(a)) for a in args)


def _parse(text: str, args: tuple) -> Any:
    """Typed text as the model's type: numbers as numbers, text as text, anything else as a TOML value.

    What cannot be read is handed on as the text, so the model names the field and says what it expects.
    """
    if not text:
        return _OMIT
    if args == (str,):
        return text
    for t in (int, float):
        if t in args:
            try:
                return t(text)
            except ValueError:
                pass
    if str in args:
        return text
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except (tomllib.TOMLDecodeError, RecursionError):
        return text


# -- Qt -----------------------------------------------------------------------------
class _Relay(QObject):
    """Carries a probe's one-line answer from its thread to the GUI thread (a queued signal)."""

    done = Signal(str)


class CameraEditor(QDialog):
    """The form for one camera: name, kind (one generated form per kind), offline grace, and a test."""

    def __init__(self, parent, cam: CameraConfig | None, site_dir: Path | None,
                 validate) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(QCoreApplication.translate("Cameras", "Camera — %1"), cam.name) if cam
                            else QCoreApplication.translate("Cameras", "Add a camera"))
        self.setMinimumWidth(600)  # the URI's example and the field names fit on one line
        self.site_dir = site_dir
        self.validate = validate  # raw camera dict -> CameraConfig, or CanthusError naming the field
        self.camera: CameraConfig | None = None  # the accepted camera
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.name = QLineEdit(cam.name if cam else "")
        self.name.setPlaceholderText(QCoreApplication.translate("Cameras", "required (1-40 characters)"))
        self.name.setToolTip("name")
        top.addRow(field_label("name"), self.name)
        self.kind = QComboBox()
        for k in KIND_MODELS:
            self.kind.addItem(k, k)
        self.kind.setToolTip("source.kind")
        top.addRow(field_label("kind"), self.kind)
        self.grace = QLineEdit("" if cam is None else f"{cam.offline_grace_s:g}")
        self.grace.setPlaceholderText(QCoreApplication.translate("Cameras",
                                          "default 3 (0.5–60 s without a frame before the tile says offline)"))
        self.grace.setToolTip("offline_grace_s")
        top.addRow(field_label("offline_grace_s"), self.grace)
        uri_row = QHBoxLayout()
        self.uri = QLineEdit()
        self.uri.setPlaceholderText(
            QCoreApplication.translate("Cameras", "file:PATH, uvc:INDEX or isapi://user@HOST/CHANNEL"))
        fill = QPushButton(QCoreApplication.translate("Cameras", "Fill from URI"))
        fill.clicked.connect(self.fill_from_uri)
        uri_row.addWidget(self.uri, 1)
        uri_row.addWidget(fill)
        top.addRow(field_label("uri"), uri_row)
        layout.addLayout(top)
        self.forms: dict[str, SettingsForm] = {}
        self.stack = QStackedWidget()
        for k, model in KIND_MODELS.items():
            self.forms[k] = SettingsForm(model)
            self.stack.addWidget(self.forms[k])
        # The longest kind's fields scroll: OK and Cancel stay on a 1280x800 screen
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.stack)
        scroll.setMinimumHeight(min(self.stack.sizeHint().height(), EDITOR_FIELDS_MIN_PX))
        layout.addWidget(scroll, 1)
        self.kind.currentIndexChanged.connect(lambda i: self.stack.setCurrentIndex(i))
        self.engine = cam.engine if cam is not None else None
        if cam is not None:
            self.kind.setCurrentIndex(self.kind.findData(cam.source.kind))
            self.forms[cam.source.kind].set_values(cam.source)
        note = QLabel(QCoreApplication.translate(
            "Cameras", "Screening settings (limit, rule) are kept; change them from the Settings menu. "
                       "Passwords: Set password… (OS keyring), never here."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(QCoreApplication.translate("Cameras", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        test_row.addWidget(self.result, 1)
        layout.addLayout(test_row)
        self.error = QLabel()
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._relay = _Relay(self)
        self._relay.done.connect(self._tested)
        self.probe_thread: threading.Thread | None = None
        screen = self.screen()
        if screen is not None:  # never taller than the screen: the fields scroll instead
            room = int(screen.availableGeometry().height() * 0.92)
            self.resize(self.sizeHint().width(), min(self.sizeHint().height(), room))

    @property
    def form(self) -> SettingsForm:
        return self.forms[self.kind.currentData()]

    def raw(self) -> dict[str, Any]:
        """The camera as the form has it, as a site file's ``[[camera]]`` table."""
        cam: dict[str, Any] = {"name": self.name.text(), "source": {"kind": self.kind.currentData(), **self.form.values()}}
        grace = _parse(self.grace.text().strip(), (float,))
        if grace is not _OMIT:
            cam["offline_grace_s"] = grace
        if self.engine is not None:
            cam["engine"] = self.engine.model_dump(mode="json", exclude_none=True)
        return cam

    def fill_from_uri(self) -> None:
        """Set the kind and its fields from a URI, as ``canthus probe`` reads it."""
        from app.sources.registry import settings_from_uri

        try:
            settings = settings_from_uri(self.uri.text().strip())
        except CanthusError as e:
            self.error.setText(str(e))
            return
        self.kind.setCurrentIndex(self.kind.findData(settings.kind))
        self.form.set_values(settings)
        self.error.setText("")

    def test_connection(self) -> None:
        """Probe the form's camera for a few frames in a thread; the answer comes to ``result``."""
        try:
            cam = self.validate(self.raw(), for_test=True)
        except CanthusError as e:
            self.error.setText(str(e))
            return
        self.error.setText("")
        self.probe_thread = start_probe(cam, self.site_dir, self._relay, self.result, self.test_button)

    def _tested(self, text: str) -> None:
        self.result.setText(text)
        self.test_button.setEnabled(True)

    def accept(self) -> None:
        try:
            self.camera = self.validate(self.raw())
        except CanthusError as e:
            self.error.setText(str(e))  # the editor stays open with what was typed
            return
        super().accept()


def start_probe(cam: CameraConfig, site_dir, relay: _Relay, label: QLabel, button: QPushButton) -> threading.Thread:
    label.setText(arg(QCoreApplication.translate("Cameras", TESTING, None, PROBE_FRAMES), cam.name))
    button.setEnabled(False)
    t = threading.Thread(target=lambda: relay.done.emit(probe_camera(cam, site_dir)),
                         name=f"probe-{cam.name}", daemon=True)
    t.start()
    return t


class CamerasDialog(QDialog):
    """The site's cameras (name, kind, state) with Add, Edit, Remove, Test, Set password and Retry."""

    def __init__(self, console) -> None:
        super().__init__(console)
        self.console = console
        self.setWindowTitle(QCoreApplication.translate("Cameras", "Cameras"))
        self.setModal(False)
        self.resize(720, 420)
        # Dialogs, replaceable in tests: each returns None when the supervisor cancels. The
        # supervisor's name and PIN are the console's own question (console.supervisor.ask_supervisor).
        self.ask_why = lambda: console.ask_text(QCoreApplication.translate("Cameras", "Cameras"),
                                                QCoreApplication.translate("Cameras", "Why? (recorded)"))
        self.ask_password = self._ask_password
        self.ask_save_path = self._ask_save_path
        self.edit_camera = self._edit_camera
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Cameras", "Name"), QCoreApplication.translate("Cameras", "Kind"),
            QCoreApplication.translate("Cameras", "State")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", QCoreApplication.translate("Cameras", "Add…"), self.add),
                                ("edit", QCoreApplication.translate("Cameras", "Edit…"), self.edit_selected),
                                ("remove", QCoreApplication.translate("Cameras", "Remove"), self.remove_selected),
                                ("test", QCoreApplication.translate("Cameras", "Test connection"), self.test_selected),
                                ("password", QCoreApplication.translate("Cameras", "Set password…"),
                                 self.set_password_selected),
                                ("retry", QCoreApplication.translate("Cameras", "Retry camera"), self.retry_selected)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[key] = b
        row.addStretch(1)
        close = QPushButton(QCoreApplication.translate("Cameras", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.where = QLabel()
        self.where.setObjectName("hint")
        layout.addWidget(self.where)
        self.message = QLabel()
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message)
        self._relay = _Relay(self)
        self._relay.done.connect(self._tested)
        self.probe_thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=1000, timeout=self._refresh_states)
        self.refresh()

    # -- the list ------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        cams = self.console.site.camera
        keep = self.selected()
        self.table.setRowCount(len(cams))
        for i, cam in enumerate(cams):
            self.table.setItem(i, 0, QTableWidgetItem(cam.name))
            self.table.setItem(i, 1, QTableWidgetItem(cam.source.kind))
            self.table.setItem(i, 2, QTableWidgetItem(""))
        self._refresh_states()
        if keep is not None and keep < len(cams):
            self.table.selectRow(keep)
        path = self.console.site_path
        self.where.setText(arg(QCoreApplication.translate("Cameras", "Site file: %1"), path) if path else
                           QCoreApplication.translate("Cameras", "Demo site, not saved yet: saving a change asks "
                                                          "where to save the site file"))
        self._sync_buttons()

    def _refresh_states(self) -> None:
        for i, w in enumerate(self.console.workers):
            item = self.table.item(i, 2)
            if item is not None:
                item.setText(state_word(w.state))
        self._sync_buttons()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select(self, index: int) -> None:
        self.table.selectRow(index)

    def _sync_buttons(self) -> None:
        i = self.selected()
        cam = self.console.site.camera[i] if i is not None and i < len(self.console.site.camera) else None
        for key in ("edit", "remove", "test"):
            self.buttons[key].setEnabled(cam is not None)
        self.buttons["test"].setEnabled(cam is not None and (self.probe_thread is None or not self.probe_thread.is_alive()))
        self.buttons["password"].setEnabled(cam is not None and "user" in type(cam.source).model_fields)
        self.buttons["retry"].setEnabled(cam is not None and self.console.workers[i].loop.halted)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.console.say(text)

    # -- validation and saving ------------------------------------------------
    def candidate(self, index: int | None, raw: dict | None) -> SiteConfig:
        """The site with camera ``index`` replaced by ``raw`` (None index: added; None raw: removed),
        validated as a site file is; CanthusError naming the key otherwise."""
        site = self.console.site
        cams = [c.model_dump(mode="json", exclude_none=True) for c in site.camera]
        if index is None:
            cams.append(raw)
        elif raw is None:
            del cams[index]
        else:
            cams[index] = raw
        data = {**site.model_dump(mode="json", exclude_none=True), "camera": cams}
        try:
            return SiteConfig.model_validate(data)
        except ValidationError as e:
            not_saved = QCoreApplication.translate("Cameras", "not saved: %1")
            raise CanthusError(arg(not_saved, _describe(e, data))) from None

    def _validator(self, index: int | None):
        def validate(raw: dict, for_test: bool = False) -> CameraConfig:
            if for_test:  # a test needs only the camera right, not a name distinct from the others
                try:
                    return CameraConfig.model_validate({**raw, "name": raw.get("name") or "test"})
                except ValidationError as e:
                    raise CanthusError(_describe(e, raw)) from None
            site = self.candidate(index, raw)
            return site.camera[len(site.camera) - 1 if index is None else index]

        return validate

    def supervisor(self, what: str, *, password: bool = False, shown: str | None = None) -> str | None:
        """The console's one supervisor flow for a change here: the supervisor's name and PIN asked
        first and checked by the store (lock-out and audit included); the name given, or None with
        the reason said in this dialog (no store, no PIN set, locked out, a wrong PIN, cancelled).

        ``what`` names the change in the audit of a wrong PIN, ``shown`` in the question;
        ``password``: it is a camera password (the dialog words a refusal for it)."""
        console = self.console
        store = console.store
        if store is None:
            self.say(QCoreApplication.translate("Cameras", "No supervisor PIN is set for this site") if password else
                     QCoreApplication.translate("Cameras",
                                                "No event store: cameras cannot be changed here (changes are audited)"))
            return None
        if not store.has_supervisor_pin():
            self.say(QCoreApplication.translate("Cameras", "No supervisor PIN is set for this site") if password else
                     QCoreApplication.translate("Cameras",
                                                "No supervisor PIN is set for this site: cameras cannot be changed here"))
            return None
        before = store.pin_status()["failures"]
        heard: list[str] = []
        who = console.supervisor.ask(what, say=heard.append, shown=shown)
        if who is not None:
            return who
        st = store.pin_status()
        if st["failures"] > before:  # a wrong PIN: counted and audited by the store's check
            wrong = (QCoreApplication.translate("Cameras", "Wrong supervisor PIN: nothing changed") if password else
                     QCoreApplication.translate("Cameras", "Wrong supervisor PIN: cameras unchanged"))
            locked = QCoreApplication.translate("Cameras", WRONG_PINS, None, st["failures"])
            self.say(wrong + (arg(locked, duration_text(st["locked_for_s"])) if st["locked_for_s"] > 0 else ""))
        elif st["locked_for_s"] > 0 and heard:  # refused before a PIN was asked
            self.say(arg(QCoreApplication.translate("Cameras", "Cameras unchanged: %1"), heard[-1]))
        elif heard:  # cancelled, or the store could not check it: the console's own line
            self.say(heard[-1])
        return None

    def refusal(self, index: int | None, raw: dict | None) -> str:
        """Why this change cannot be saved, before anyone is asked for a PIN ("" when it can):
        a value the site file refuses, nothing changed, a removal while an alert is open."""
        try:
            site = self.candidate(index, raw)
        except CanthusError as e:
            return str(e)
        old = self.console.site.camera[index] if index is not None else None
        new = None if raw is None else site.camera[len(site.camera) - 1 if index is None else index]
        if not changed_keys(old, new):
            return QCoreApplication.translate("Cameras", "Nothing changed")
        if raw is None and self.console.book.open_alerts():
            return QCoreApplication.translate("Cameras", "Not saved: answer the open alerts first "
                                                         "(a camera cannot be removed while one is open)")
        return ""

    def save(self, index: int | None, raw: dict | None, who: str | None, why: str = "") -> bool:
        """Add (``index`` None), replace or remove (``raw`` None) a camera, as supervisor ``who``
        (the name :meth:`supervisor` returned once the PIN was right; None: no change): validated,
        written to the site file, audited under ``who`` and applied. Returns whether it was; says why not."""
        console = self.console
        action = "add" if index is None else ("remove" if raw is None else "edit")
        if console.store is None:
            self.say(QCoreApplication.translate("Cameras",
                         "No event store: cameras cannot be changed here (changes are audited)"))
            return False
        refused = self.refusal(index, raw)
        if refused:
            self.say(refused)
            return False
        if who is None:
            return False
        site = self.candidate(index, raw)
        old = console.site.camera[index] if index is not None else None
        new = None if raw is None else site.camera[len(site.camera) - 1 if index is None else index]
        keys = changed_keys(old, new)
        path = console.site_path
        if path is None:
            path = self.ask_save_path()
            if path is None:
                self.say(QCoreApplication.translate("Cameras", "Not saved: the demo site needs a file to be saved to"))
                return False
            path = Path(path)
        try:
            write_site_file(path, site)
            console.store.record_config_change(
                who, "camera", None if old is None else {"camera": old.name, "kind": old.source.kind},
                {"action": action, "camera": (new or old).name, "kind": (new or old).source.kind,
                 "changed": keys, "site_file": str(path)},
                why or f"camera {action} from the Cameras dialog")
        except CanthusError as e:
            self.say(str(e))
            return False
        console.site_path, console.site_dir = path, path.parent
        console.set_camera(index, new)
        self.refresh()
        saved = {"add": QCoreApplication.translate("Cameras", "%1: add saved to %2 by %3 (audited)"),
                 "edit": QCoreApplication.translate("Cameras", "%1: edit saved to %2 by %3 (audited)"),
                 "remove": QCoreApplication.translate("Cameras", "%1: remove saved to %2 by %3 (audited)")}[action]
        self.say(arg(saved, (new or old).name, path.name, who))
        return True

    # -- the buttons ----------------------------------------------------------
    # Each asks the supervisor's name and PIN first (the console's flow), then the camera, then why.
    def add(self) -> bool:
        who = self.supervisor("the camera list (add a camera)", shown=QCoreApplication.translate(
            "Cameras", "the camera list (add a camera)"))
        if who is None:
            return False
        raw = self.edit_camera(None, None)
        return raw is not None and self.save(None, raw, who, self.ask_why() or "")

    def edit_selected(self) -> bool:
        i = self.selected()
        if i is None:
            return False
        name = self.console.site.camera[i].name
        who = self.supervisor(f"camera {name}", shown=arg(QCoreApplication.translate("Cameras", "camera %1"), name))
        if who is None:
            return False
        raw = self.edit_camera(i, self.console.site.camera[i])
        return raw is not None and self.save(i, raw, who, self.ask_why() or "")

    def remove_selected(self) -> bool:
        i = self.selected()
        if i is None:
            return False
        refused = self.refusal(i, None)  # a removal that cannot be saved is said before any PIN
        if refused:
            self.say(refused)
            return False
        name = self.console.site.camera[i].name
        who = self.supervisor(f"camera {name} (remove)",
                              shown=arg(QCoreApplication.translate("Cameras", "camera %1 (remove)"), name))
        return who is not None and self.save(i, None, who, self.ask_why() or "")

    def test_selected(self) -> None:
        i = self.selected()
        if i is not None:
            self.probe_thread = start_probe(self.console.site.camera[i], self.console.site_dir, self._relay,
                                            self.message, self.buttons["test"])

    def _tested(self, text: str) -> None:
        self.message.setText(text)
        self._sync_buttons()

    def set_password_selected(self) -> bool:
        """The selected network camera's password, into the OS keyring (PIN-checked; audited without it)."""
        from app.sources.credentials import set_camera_password

        i = self.selected()
        if i is None:
            return False
        cam = self.console.site.camera[i]
        who = self.supervisor(f"the password of camera {cam.name}", password=True, shown=arg(
            QCoreApplication.translate("Cameras", "the password of camera %1"), cam.name))
        if who is None:
            return False
        password = self.ask_password(cam.name)
        if not password:
            return False
        try:
            set_camera_password(cam.name, password)
            self.console.store.record_config_change(who, "camera_password", None,
                                                    {"camera": cam.name, "kept_in": "OS keyring"},
                                                    "password set from the Cameras dialog")
        except CanthusError as e:
            self.say(str(e))
            return False
        kept = QCoreApplication.translate("Cameras", "%1: password kept in the OS keyring (not in the site file); "
                              "Retry camera tries it now if the camera refused the old one")
        self.say(arg(kept, cam.name))
        return True

    def retry_selected(self) -> bool:
        """Try a camera again that was left alone (a refused password, a setup problem: the loop's reset)."""
        i = self.selected()
        if i is None:
            return False
        w = self.console.workers[i]
        if not w.loop.halted:
            only = QCoreApplication.translate("Cameras", "%1 is %2: only a camera left alone after a fault "
                                                  "(a refused password, a setup problem) waits for a retry")
            self.say(arg(only, self.console.site.camera[i].name, state_word(w.state)))
            return False
        w.reset()
        self.say(arg(QCoreApplication.translate("Cameras", "%1: trying again"), self.console.site.camera[i].name))
        return True

    # -- default dialogs (tests replace them) ------------------------------------
    def _edit_camera(self, index: int | None, cam: CameraConfig | None) -> dict | None:
        editor = CameraEditor(self, cam, self.console.site_dir, self._validator(index))
        if cam is None:
            editor.engine = EngineConfig(limit_c=self.console.site.camera[0].engine.limit_c,
                                         rule=self.console.site.camera[0].engine.rule)
        return editor.raw() if editor.exec() == QDialog.Accepted else None

    def _ask_password(self, name: str) -> str | None:
        prompt = arg(QCoreApplication.translate("Cameras", "Password of %1 (kept in the OS keyring):"), name)
        title = QCoreApplication.translate("Cameras", "Camera password")
        text, ok = QInputDialog.getText(self, title, prompt, QLineEdit.Password)
        return text if ok else None

    def _ask_save_path(self) -> Path | None:
        title = QCoreApplication.translate("Cameras", "Save the site file")
        kinds = QCoreApplication.translate("Cameras", "Site files (*.toml)")
        name, _ = QFileDialog.getSaveFileName(self, title, "site.toml", kinds)
        return Path(name) if name else None
