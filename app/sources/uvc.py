"""UVC radiometric cameras through OpenCV: PureThermal/Lepton and InfiRay P2 Pro / Topdon TC001.

Both kinds are USB video-class devices that OpenCV opens like a webcam, but
their pixels are temperatures only when the capture is set up exactly right:

* **PureThermal boards with a FLIR Lepton** (3.x at 160×120, 2.5 at 80×60)
  deliver radiometric ``Y16`` (TLinear: Kelvin × 100 or × 10) when the Y16
  FOURCC is requested and *then* OpenCV's RGB conversion is switched off (the
  order matters: setting the FOURCC re-creates the stream). With telemetry on,
  the frames grow two rows (three at 80 wide) that carry the camera's status;
  they are stripped here and read for the TLinear resolution and the
  flat-field-correction (FFC) state. A frame taken during an FFC, or within
  ``ffc_settle_s`` after it, is flagged ``"ffc"`` and never measured.
* **InfiRay P2 Pro / Topdon TC001** send 256×384 YUYV frames with RGB
  conversion off: the upper 256×192 half is the camera's own grey picture
  (ignored), the lower half the temperature image, ``raw/64 − 273.15`` with
  ``raw`` little-endian (:func:`app.core.radiometry.topdon_to_celsius`). No
  FOURCC is set for them (they offer no Y16). They carry no telemetry, so
  their shutter (FFC) cannot be seen.

Backends: V4L2 on Linux, DirectShow on Windows; Media Foundation (MSMF,
OpenCV's Windows default) cannot deliver Y16 and is refused with a message.

OpenCV 4.11.0 returns 16-bit V4L2 frames as one flattened row
(opencv/opencv#27166, broken by #26224, fixed by #27193 for 4.12); DirectShow
with RGB conversion off gives a flat byte buffer too. Every frame is therefore
re-read from its bytes: the frame size OpenCV reports
(``CAP_PROP_FRAME_WIDTH``/``HEIGHT``) or, failing that, the one known layout
with that many bytes gives its shape; anything else is refused with a message
naming what arrived.

``cv2.VideoCapture.read()`` can block for seconds (V4L2 waits up to 10 s for a
frame from an unplugged camera). One reader thread per camera owns the
capture, opens it, reads it continuously and keeps only the latest frame;
``read(timeout)`` waits at most ``timeout`` for a new one, so a hung USB read
never holds the camera loop. Frames the loop did not take in time are dropped
(latest wins) and counted in ``dropped``.

Tested against a fake capture with frames in the documented layouts
(tests/test_sources_uvc.py); no real PureThermal, P2 Pro or TC001 was
connected while writing it.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal, Protocol
from urllib.parse import parse_qsl

import cv2
import numpy as np
from pydantic import Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from app.core.errors import CanthusError, describe_validation_error
from app.core.frame import Frame
from app.core.radiometry import Y16Resolution, topdon_to_celsius, y16_to_celsius
from app.sources.base import (
    MAX_WARMUP_S,
    REAL_CAMERA_WARMUP_S,
    CaptureReader,
    SourceError,
    newer_than,
)
from app.sources.orient import OrientationSettings, orient

#: Frame rates of the devices (Lepton: 8.7 Hz, export-limited; InfiRay: 25 Hz),
#: used when neither the site file nor the driver says.
DEFAULT_FPS = {"lepton": 8.7, "infiray": 25.0}

# (rows, cols) -> (model family, telemetry rows). Lepton 3.x with telemetry:
# 160x122; Lepton 2.5: 80x63 (its VoSPI packets are 80 words, so its three
# telemetry rows A, B, C are one row each). InfiRay: two 256x192 halves.
_LAYOUTS: dict[tuple[int, int], tuple[str, int]] = {
    (120, 160): ("lepton", 0),
    (122, 160): ("lepton", 2),
    (60, 80): ("lepton", 0),
    (63, 80): ("lepton", 3),
    (384, 256): ("infiray", 0),
}
_MODEL_FAMILY = {"lepton": "lepton", "p2pro": "infiray", "tc001": "infiray"}
_INFIRAY_HALF = 192  # rows of each half of an InfiRay frame

# Lepton telemetry word offsets, counted over the telemetry rows read as one run
# of 16-bit words (row A = words 0-79, B = 80-159, C = 160-239). From the FLIR
# Lepton Engineering Datasheet's telemetry tables (rows A and C), as parsed by
# flirpy (flirpy/camera/lepton.py: row A from the footer row, little-endian
# words, 32-bit values low word first), Elphel's Lepton3Telemetry.java
# (TLIN_EN = 48 + 160, TLIN_RESOL = 49 + 160) and leptonic's telemetry.c
# (status bits: FFC desired bit 3, FFC state bits 4-5).
_W_UPTIME_MS = 1  # 32-bit, ms since power-on
_W_STATUS = 3  # 32-bit status bits
_W_LAST_FFC_MS = 30  # 32-bit, uptime at the last FFC
_W_TLINEAR_ENABLE = 160 + 48  # 0 off, 1 on
_W_TLINEAR_RESOLUTION = 160 + 49  # LEP_RAD_RESOLUTION_0_1 = 0, LEP_RAD_RESOLUTION_0_01 = 1
_TELEMETRY_WORDS = 240
_FFC_STATES = ("never commanded", "imminent", "in progress", "complete")
FFC_IN_PROGRESS = 2
FFC_COMPLETE = 3


class UvcSettings(OrientationSettings):
    """A UVC radiometric camera in the site file: ``source = { kind = "uvc", device = 0 }``."""

    kind: Literal["uvc"] = "uvc"
    # seconds without screening after the camera (re)connects: it warms up (per camera)
    warmup_s: float = Field(REAL_CAMERA_WARMUP_S, ge=0.0, le=MAX_WARMUP_S)
    #: OpenCV device index, or (Linux) a device path such as /dev/video2 or /dev/v4l/by-id/...
    device: int | str
    #: "auto" tells the camera by its frame size (160×122/120 or 80×63/60: Lepton; 256×384: InfiRay).
    model: Literal["auto", "lepton", "p2pro", "tc001"] = "auto"
    #: "auto": V4L2 on Linux, DirectShow on Windows.
    backend: Literal["auto", "v4l2", "dshow"] = "auto"
    #: Kelvin per count of a Lepton without telemetry rows (with them, the telemetry says).
    tlinear_resolution: Literal["0.01", "0.1"] | None = None
    #: Where the PureThermal puts the Lepton telemetry rows.
    telemetry: Literal["footer", "header"] = "footer"
    #: After a Lepton FFC completes, frames are still flagged "ffc" this long (the image settles).
    ffc_settle_s: float = Field(1.0, ge=0.0, le=30.0)
    #: Expected frame rate; default: what the driver reports, else the model's.
    fps: float | None = Field(None, ge=1.0, le=60.0)
    #: How long opening the device may take before the camera counts as offline.
    open_timeout_s: float = Field(5.0, ge=0.5, le=60.0)

    @field_validator("device", mode="plain")
    @classmethod
    def _device(cls, v: Any) -> int | str:
        if isinstance(v, int) and not isinstance(v, bool):
            if not 0 <= v <= 255:
                raise PydanticCustomError("uvc_device", "a device index must be 0 to 255, got {v}", {"v": v})
            return v
        if isinstance(v, str):
            if v.isdigit():
                raise PydanticCustomError("uvc_device", "write a device index as a number (device = {v}), not a string",
                                          {"v": v})
            if not v.startswith("/dev/") or "\x00" in v or len(v) > 4096 or any(c in v for c in "\n\r"):
                raise PydanticCustomError("uvc_device", "must be a device index (0, 1, ...) or a device path "
                                          "under /dev/ (such as /dev/video2)")
            return v
        raise PydanticCustomError("uvc_device", "must be a device index (0, 1, ...) or a device path under /dev/")

    @field_validator("backend", mode="before")
    @classmethod
    def _no_msmf(cls, v: Any) -> Any:
        if isinstance(v, str) and v.strip().lower() in ("msmf", "media foundation", "mediafoundation"):
            raise PydanticCustomError("uvc_msmf", "Media Foundation (MSMF) cannot deliver the 16-bit Y16 format "
                                      "radiometric cameras need; use \"dshow\" (DirectShow) on Windows")
        return v


@dataclass(frozen=True, slots=True)
class LeptonTelemetry:
    """What a Lepton frame's telemetry rows say (only the fields this source uses)."""

    uptime_ms: int
    status: int
    last_ffc_ms: int
    tlinear_enabled: bool
    resolution: Y16Resolution

    @property
    def ffc_state(self) -> int:
        """0 never commanded, 1 imminent, 2 in progress, 3 complete (status bits 4-5)."""
        return (self.status >> 4) & 0b11

    @property
    def ffc_desired(self) -> bool:
        return bool((self.status >> 3) & 1)

    @property
    def since_ffc_s(self) -> float:
        # 32-bit millisecond counters wrap after 49.7 days of uptime
        return ((self.uptime_ms - self.last_ffc_ms) % (1 << 32)) / 1000.0

    def describe(self) -> str:
        return (f"TLinear {'on' if self.tlinear_enabled else 'off'} at {self.resolution.value} K, "
                f"FFC {_FFC_STATES[self.ffc_state]} ({self.since_ffc_s:.1f} s ago)")


def parse_telemetry(rows: np.ndarray) -> LeptonTelemetry:
    """Lepton telemetry rows (uint16) to :class:`LeptonTelemetry`; SourceError if they are not telemetry."""
    w = np.asarray(rows, dtype=np.uint16).reshape(-1)
    if w.size < _TELEMETRY_WORDS:
        raise SourceError(f"Lepton telemetry: {w.size} words, at least {_TELEMETRY_WORDS} expected",
                          state="bad_frames")

    def u32(i: int) -> int:
        return int(w[i]) | (int(w[i + 1]) << 16)

    enable, res = int(w[_W_TLINEAR_ENABLE]), int(w[_W_TLINEAR_RESOLUTION])
    if enable not in (0, 1) or res not in (0, 1):
        # Both are 0/1 flags in real telemetry: other values mean these rows are image rows
        # (telemetry in the header, not the footer, or telemetry off on a 160x122 mode).
        raise SourceError(f"Lepton telemetry rows do not look like telemetry (TLinear enable word {enable}, "
                          f"resolution word {res}; both are 0 or 1): is telemetry = \"footer\"/\"header\" right?",
                          state="bad_frames")
    return LeptonTelemetry(
        uptime_ms=u32(_W_UPTIME_MS),
        status=u32(_W_STATUS),
        last_ffc_ms=u32(_W_LAST_FFC_MS),
        tlinear_enabled=bool(enable),
        resolution=Y16Resolution.CENTIKELVIN if res == 1 else Y16Resolution.DECIKELVIN,
    )


class Capture(Protocol):
    """The part of ``cv2.VideoCapture`` this source uses (a fake in the tests)."""

    def isOpened(self) -> bool: ...
    def set(self, prop: int, value: float) -> bool: ...
    def get(self, prop: int) -> float: ...
    def read(self) -> tuple[bool, np.ndarray | None]: ...
    def release(self) -> None: ...


CaptureFactory = Callable[[int | str, int], Capture]


def _opencv_capture(device: int | str, api: int) -> Capture:
    # OpenCV's own "[ WARN ] can't open camera by index" lines would reach the guard's log
    # beside the source's message, which names the device and says what to do.
    logging_ = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_ is not None:
        logging_.setLogLevel(logging_.LOG_LEVEL_ERROR)
    return cv2.VideoCapture(device, api)


def backend_api(backend: str, platform: str | None = None) -> tuple[str, int]:
    """(name, OpenCV API id) of the capture backend; CanthusError where none can deliver Y16."""
    platform = platform or sys.platform
    if backend == "auto":
        if platform.startswith("linux"):
            backend = "v4l2"
        elif platform.startswith("win"):
            backend = "dshow"
        else:
            raise CanthusError(f"UVC radiometric cameras need V4L2 (Linux) or DirectShow (Windows); "
                               f"OpenCV on {platform} has no backend that delivers Y16")
    return backend, {"v4l2": cv2.CAP_V4L2, "dshow": cv2.CAP_DSHOW}[backend]


def opencv_version() -> str:
    return cv2.__version__


def frame_words(img: Any, size: tuple[int, int] | None) -> np.ndarray:
    """A captured frame as a (rows, cols) uint16 array, whatever shape OpenCV gave it.

    ``size`` is (rows, cols) as the driver reports it, or None. 16-bit data
    arrives as a proper 2-D uint16 image, as one flattened row (OpenCV 4.11 on
    V4L2), as a flat byte buffer (DirectShow) or as YUYV byte pairs
    (rows, cols, 2); all are the same little-endian words.
    """
    arr = np.asarray(img)
    if arr.dtype == np.uint16 and arr.ndim == 2 and min(arr.shape) > 1:
        return arr
    what = f"a {arr.dtype} array of shape {arr.shape}"
    if arr.dtype == np.uint8 and arr.ndim == 3 and arr.shape[2] in (3, 4):
        raise SourceError(f"the camera sent {what}: a colour picture, so RGB conversion is still on "
                          "(the backend ignored CONVERT_RGB = 0) and no temperature can be read",
                          state="not_radiometric", retry=False)
    if arr.dtype not in (np.uint8, np.uint16) or arr.size == 0:
        raise SourceError(f"the camera sent {what}: not 16-bit sensor data", state="bad_frames")
    n_words = arr.nbytes // 2
    if arr.dtype == np.uint8 and arr.ndim == 3 and arr.shape[2] == 2:
        shape = arr.shape[:2]
    elif size is not None and size[0] * size[1] == n_words and arr.nbytes % 2 == 0:
        shape = size
    else:
        known = [s for s in _LAYOUTS if s[0] * s[1] == n_words]
        if len(known) != 1 or arr.nbytes % 2:
            hint = ""
            if opencv_version().startswith("4.11."):
                hint = (f"; OpenCV {opencv_version()} returns 16-bit V4L2 frames flattened (opencv/opencv#27166) "
                        "and the frame size is not known here: install another OpenCV (4.10 or 4.12 and later)")
            sizes = ", ".join(f"{c}×{r}" for r, c in _LAYOUTS)
            raise SourceError(f"the camera sent {what} ({arr.nbytes} bytes), which is none of the layouts "
                              f"a UVC radiometric camera sends ({sizes}){hint}", state="bad_frames")
        shape = known[0]
    flat = np.ascontiguousarray(arr).reshape(-1)
    if flat.dtype == np.uint8:
        flat = flat.view("<u2")
    return flat.reshape(shape).astype(np.uint16, copy=False)


class _Reader(CaptureReader):
    """A UVC camera's capture (see :class:`~app.sources.base.CaptureReader`)."""

    stopped = "the camera stopped sending frames (unplugged?)"

    def __init__(self, factory: CaptureFactory, device: int | str, api: int, want_y16: bool, label: str) -> None:
        super().__init__("uvc", label)
        self._factory, self._device, self._api, self._want_y16 = factory, device, api, want_y16
        self.size: tuple[int, int] | None = None
        self.driver_fps = 0.0
        self.y16_accepted: bool | None = None

    def open_capture(self) -> Capture:
        return self._factory(self._device, self._api)

    def open_failed(self) -> None:
        self._fail(f"{self.label}: the camera cannot be opened (unplugged, in use by another "
                   "program, or no such device)")

    def configure(self, cap: Capture) -> None:
        if self._want_y16:
            # FOURCC first, then RGB conversion off: changing the FOURCC re-creates the
            # stream and would turn the conversion back on.
            self.y16_accepted = bool(cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"Y16 ")))
        cap.set(cv2.CAP_PROP_CONVERT_RGB, 0)
        w, h = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH) or 0), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT) or 0)
        self.size = (h, w) if w > 0 and h > 0 else None
        self.driver_fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)

    def keep(self, img: np.ndarray) -> np.ndarray:
        # the backend may hand out a view of its own buffer, which the next read overwrites
        return np.array(img, copy=True)


class UvcSource:
    """A PureThermal/Lepton or InfiRay P2 Pro / Topdon TC001 camera as a :class:`~app.sources.base.Source`."""

    def __init__(self, settings: UvcSettings, name: str, *, capture_factory: CaptureFactory | None = None) -> None:
        self.settings = settings
        self.name = name
        self.warmup_s = settings.warmup_s
        backend, api = backend_api(settings.backend)
        self.uri = f"uvc:{settings.device}"
        self.label = f"UVC camera {settings.device} ({backend})"
        want_y16 = _MODEL_FAMILY.get(settings.model) != "infiray"
        self._reader = _Reader(capture_factory or _opencv_capture, settings.device, api, want_y16, self.label)
        self._reader.start()
        if not self._reader.opened.wait(settings.open_timeout_s):
            self._reader.stopping.set()
            raise SourceError(f"{self.label}: did not open within {settings.open_timeout_s:g} s")
        if not self._reader.open_ok:
            raise self._reader.error or SourceError(f"{self.label}: the camera cannot be opened")
        family = _MODEL_FAMILY.get(settings.model)
        driver = self._reader.driver_fps
        self.fps = float(settings.fps or (driver if 1.0 <= driver <= 60.0 else DEFAULT_FPS[family or "lepton"]))
        self.model = settings.model  # "auto" until the first frame tells
        self.telemetry: LeptonTelemetry | None = None  # of the last Lepton frame, for `canthus probe`
        self.dropped = 0
        self._taken = 0
        self._seq = 0
        self._radiometers = {r: functools.partial(y16_to_celsius, resolution=r) for r in Y16Resolution}

    def read(self, timeout: float) -> Frame | None:
        latest = newer_than(self._reader, self._taken, timeout)
        if latest is None:
            return None
        count, t, img = latest
        self.dropped += count - self._taken - 1
        self._taken = count
        return self._decode(img, t)

    def _decode(self, img: np.ndarray, t: float) -> Frame:
        words = frame_words(img, self._reader.size)
        layout = _LAYOUTS.get(words.shape)
        family = _MODEL_FAMILY.get(self.settings.model)
        rows, cols = words.shape
        if layout is None or (family is not None and layout[0] != family):
            expect = {"lepton": "160×120/122 or 80×60/63", "infiray": "256×384"}.get(family or "", "a known size")
            hint = ""
            if layout is None and family != "infiray" and self._reader.y16_accepted is False:
                hint = "; the driver refused the Y16 format"
            # The first frame of the wrong size is a setting (model, Y16) to fix: not retried.
            # After good frames it is a USB glitch: reconnecting mends it.
            raise SourceError(f"{self.label}: frames are {cols}×{rows}, not {expect} as a "
                              f"{self.settings.model} camera sends{hint}", state="bad_frames",
                              retry=self._seq > 0)
        if self.model == "auto":
            self.model = "lepton" if layout[0] == "lepton" else "p2pro"
        self._seq += 1
        s = self.settings
        if layout[0] == "infiray":
            # lower half, little-endian: low byte first, so (byte0 + byte1*256)/64 - 273.15
            pairs = words[_INFIRAY_HALF:].view(np.uint8).reshape(_INFIRAY_HALF, cols, 2)
            celsius = topdon_to_celsius(pairs[..., 0], pairs[..., 1])
            return Frame(self.name, self._seq, t, orient(celsius, s.rotate, s.mirror), self.uri)
        n_tel = layout[1]
        flags: set[str] = set()
        if n_tel:
            tel_rows, image = (words[-n_tel:], words[:-n_tel]) if s.telemetry == "footer" else (words[:n_tel], words[n_tel:])
            tel = parse_telemetry(tel_rows)
            self.telemetry = tel
            if not tel.tlinear_enabled:
                raise SourceError(f"{self.label}: the Lepton's TLinear output is off, so its Y16 values are not "
                                  "temperatures: enable radiometry and TLinear (GetThermal, or the Lepton RAD "
                                  "settings)", state="not_radiometric", retry=False)
            resolution = tel.resolution
            if tel.ffc_state == FFC_IN_PROGRESS or (tel.ffc_state == FFC_COMPLETE and tel.since_ffc_s < s.ffc_settle_s):
                flags.add("ffc")
        else:
            image = words
            if s.tlinear_resolution is None:
                raise SourceError(f"{self.label}: the frames carry no telemetry rows, so the Lepton's TLinear "
                                  "resolution is unknown: set tlinear_resolution = \"0.01\" or \"0.1\" for this "
                                  "camera, or enable telemetry (footer) on the PureThermal",
                                  state="not_radiometric", retry=False)
            resolution = Y16Resolution(float(s.tlinear_resolution))
        raw = orient(np.ascontiguousarray(image), s.rotate, s.mirror)
        return Frame(self.name, self._seq, t, None, self.uri, frozenset(flags), raw=raw,
                     radiometer=self._radiometers[resolution])

    def close(self) -> None:
        """Stop reading; the reader thread releases the device once its current read returns."""
        self._reader.stopping.set()
        self._reader.join(timeout=1.0)


def open_source(settings: UvcSettings, name: str, site_dir: Path | None = None, *,
                capture_factory: CaptureFactory | None = None) -> UvcSource:
    """Open the camera ``settings`` names; SourceError (offline, retry) when it cannot be opened now."""
    return UvcSource(settings, name, capture_factory=capture_factory)


def settings_from_uri(uri: str) -> UvcSettings:
    """``uvc:INDEX`` or ``uvc:/dev/videoN``, optionally ``?model=p2pro&tlinear_resolution=0.1...``."""
    scheme, _, rest = uri.partition(":")
    if scheme.lower() != "uvc" or not rest:
        raise CanthusError(f"{uri!r}: a UVC camera is written uvc:INDEX (uvc:0) or uvc:/dev/videoN")
    device_text, _, query = rest.partition("?")
    device: int | str = int(device_text) if device_text.isdigit() else device_text
    fields: dict[str, Any] = {"device": device}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key in fields:
            raise CanthusError(f"{uri!r}: {key} is given twice")
        if key in ("ffc_settle_s", "fps", "open_timeout_s"):
            try:
                fields[key] = float(value)
            except ValueError:
                raise CanthusError(f"{uri!r}: {key} must be a number, got {value!r}") from None
        elif key in ("rotate",):
            fields[key] = int(value) if value.isdigit() else value
        elif key == "mirror":
            fields[key] = {"1": True, "true": True, "0": False, "false": False}.get(value.lower(), value)
        else:
            fields[key] = value
    try:
        return UvcSettings(**fields)
    except ValidationError as err:
        raise CanthusError(f"{uri!r}: {describe_validation_error(err)}") from None
