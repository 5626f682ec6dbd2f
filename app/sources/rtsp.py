"""Visible RTSP streams through OpenCV's FFmpeg backend: shown on a tile, never measured.

A visible (colour or grey) camera's pixels are brightness, not temperature,
so nothing from such a stream may ever decide a fever. Each frame is turned
into one 8-bit grey picture (``Frame.visible``) with no ``celsius`` and no
``raw`` values, flagged ``"not_radiometric"``: the camera loop shows it
through ``Engine.idle`` (display only), and the frame gate refuses it for
screening even if the flag were lost (:func:`app.core.gate.check_structure`).

Credentials never go in the site file's URL: ``user`` is a field and the
password comes from the OS keyring (:func:`app.sources.credentials.get_camera_password`);
it is put into the URL only in memory, just before FFmpeg opens it, and
masked out of every message this module writes. FFmpeg's own log lines go
straight to stderr past any masking, so they are switched off (the
``OPENCV_FFMPEG_LOGLEVEL`` environment variable, unless the site set it).

OpenCV's ``VideoCapture`` on a network stream can block: opening waits for
the server and ``read()`` for the next packet. Both get FFmpeg timeouts
(``CAP_PROP_OPEN_TIMEOUT_MSEC``/``CAP_PROP_READ_TIMEOUT_MSEC``, given at open
in the params list), and one reader thread per camera owns the capture and
keeps only the latest frame, so ``read(timeout)`` never waits longer than
asked (the UVC source's pattern, :mod:`app.sources.uvc`).

Tested (tests/test_sources_rtsp.py) on the same FFmpeg code path with a short
video file written in the test, and against an unreachable and a silent
local port; no real RTSP camera or server was tried.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, unquote, urlsplit

import cv2
import numpy as np
from pydantic import Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from app.core.errors import CanthusError, describe_validation_error
from app.core.frame import Frame
from app.sources.base import CaptureReader, SourceError, newer_than
from app.sources.credentials import get_camera_password
from app.sources.orient import OrientationSettings, orient

#: Frame rate assumed when neither the site file nor the stream says (most IP cameras' default).
DEFAULT_FPS = 25.0
#: Longest side of the picture handed on. A 4K stream would cost the wall 8 MB per frame
#: for a tile a few hundred pixels wide; the picture is only ever looked at, so shrinking it is harmless.
DISPLAY_MAX_SIDE = 1280
_FLAGS = frozenset({"not_radiometric"})
# "user:password@" after the scheme; a password may hold a raw "/", so up to the last "@" before a query
_USERINFO = re.compile(r"(?<=//)[^@\s?#]*@")


def _userinfo(url: str) -> tuple[str | None, bool]:
    """(user, whether a password follows it) from ``url``'s ``user[:password]@``; (None, False) without one.

    Read before any other parsing: a parser's error message could quote a password
    (urlsplit takes "user:pass@" apart only after reading "pass" as a port).
    """
    # Up to a query, not the path: a raw "/" in a password would end the host part early.
    head = re.split(r"[?#]", url.partition("://")[2], maxsplit=1)[0]
    if "@" not in head:
        return None, False
    info = head.rpartition("@")[0]
    user, colon, _ = info.partition(":")
    return unquote(user), bool(colon)


class RtspSettings(OrientationSettings):
    """A visible RTSP camera's site-file table: ``source = { kind = "rtsp", url = "rtsp://HOST/PATH" }``."""

    kind: Literal["rtsp"] = "rtsp"
    #: rtsp:// or rtsps://, with no user or password in it (they go in ``user`` and the keyring).
    url: str = Field(min_length=9, max_length=2048)
    #: The camera account; its password is read from the keyring under the camera's name.
    user: str | None = Field(None, min_length=1, max_length=64)
    #: Expected frame rate; default: what the stream says, else 25.
    fps: float | None = Field(None, ge=1.0, le=60.0)
    #: How long connecting and reading the stream's description may take.
    open_timeout_s: float = Field(10.0, ge=0.5, le=60.0)
    #: How long one frame may take to arrive before the stream counts as stopped.
    read_timeout_s: float = Field(5.0, ge=0.5, le=60.0)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if any(ord(ch) < 33 or ch == "\x7f" for ch in v):
            raise PydanticCustomError("rtsp_url", "contains a space or a control character")
        if _userinfo(v) != (None, False):
            # the message never repeats the URL: it holds the password
            raise PydanticCustomError("rtsp_url", "must not hold a user or password: put the user in "
                                      "user = \"...\" and the password in the keyring "
                                      "(canthus credentials set CAMERA)")
        try:
            parts = urlsplit(v)
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError as e:
            raise PydanticCustomError("rtsp_url", "is not a URL ({why})", {"why": str(e)}) from None
        if parts.scheme.lower() not in ("rtsp", "rtsps"):
            raise PydanticCustomError("rtsp_url", "must start with rtsp:// or rtsps://")
        if not parts.hostname:
            raise PydanticCustomError("rtsp_url", "has no camera host (rtsp://HOST[:PORT]/PATH)")
        return v

    @field_validator("user")
    @classmethod
    def _user(cls, v: str | None) -> str | None:
        if v is not None and any(ord(ch) < 32 or ch in ':"\x7f' for ch in v):
            raise PydanticCustomError("user", "contains a control character, a colon or a quote")
        return v


def with_credentials(url: str, user: str | None, password: str | None) -> str:
    """``url`` with ``user:password@`` inserted (percent-encoded), for FFmpeg only: never log it."""
    if not user:
        return url
    scheme, sep, rest = url.partition("://")
    info = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    return f"{scheme}{sep}{info}@{rest}"


def mask(text: str, password: str | None = None) -> str:
    """``text`` with any ``user:password@`` of a URL and the password itself (plain or encoded) made ``***``."""
    text = _USERINFO.sub("***@", text)
    if password:
        for secret in {password, quote(password, safe="")}:
            text = text.replace(secret, "***")
    return text


def _ffmpeg_capture(target: str, open_ms: int, read_ms: int):
    # FFmpeg's own log lines ("[rtsp @ 0x...] ...") bypass this module's masking: off,
    # unless the site asked for them. Read by OpenCV when FFmpeg is first used.
    os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")
    logging_ = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_ is not None:
        logging_.setLogLevel(logging_.LOG_LEVEL_ERROR)
    return cv2.VideoCapture(target, cv2.CAP_FFMPEG,
                            [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, open_ms, cv2.CAP_PROP_READ_TIMEOUT_MSEC, read_ms])


class _Reader(CaptureReader):
    """An RTSP stream's capture (see :class:`~app.sources.base.CaptureReader`); the password
    is masked out of every message it makes."""

    def __init__(self, target: str, settings: RtspSettings, label: str, password: str | None) -> None:
        super().__init__("rtsp", label)
        self._target, self._settings, self._password = target, settings, password
        self.stopped = f"the stream stopped (no frame within {settings.read_timeout_s:g} s, or it ended)"
        self.stream_fps = 0.0

    def masked(self, text: str) -> str:
        return mask(text, self._password)

    def _answers(self) -> bool:
        """Whether the camera's RTSP port takes a connection (it is there, so a failed open with
        a password is most likely the password: cameras lock an account after a few)."""
        import socket

        parts = urlsplit(self._settings.url)
        try:
            with socket.create_connection((parts.hostname or "", parts.port or 554), timeout=2.0):
                return True
        except (OSError, ValueError):
            return False

    def open_capture(self):
        s = self._settings
        return _ffmpeg_capture(self._target, int(s.open_timeout_s * 1000), int(s.read_timeout_s * 1000))

    def open_failed(self) -> None:
        s = self._settings
        if self._password and self._answers():
            # Tried once, then left alone: retrying a refused password locks the account
            # (on bi-spectrum cameras the same one ISAPI uses).
            self._fail(f"{self.label}: the camera answers but the stream does not open with user "
                       f"{s.user!r}: password refused or wrong path", state="credentials_refused", retry=False)
        else:
            self._fail(f"{self.label}: the stream cannot be opened (camera unreachable, wrong path, "
                       f"or no answer within {s.open_timeout_s:g} s)")

    def configure(self, cap) -> None:
        self.stream_fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)
    # keep(): a fresh array per read, no copy needed


def to_grey(img: np.ndarray) -> np.ndarray:
    """A decoded picture (BGR, BGRA or grey, uint8) as C-contiguous uint8 grey (rows, cols)."""
    arr = np.asarray(img)
    if arr.dtype != np.uint8 or arr.size == 0 or arr.ndim not in (2, 3):
        raise SourceError(f"the stream sent a {arr.dtype} array of shape {arr.shape}, not an 8-bit picture",
                          state="bad_frames")
    if arr.ndim == 3:
        if arr.shape[2] == 3:
            arr = cv2.cvtColor(arr, cv2.COLOR_BGR2GRAY)
        elif arr.shape[2] == 4:
            arr = cv2.cvtColor(arr, cv2.COLOR_BGRA2GRAY)
        elif arr.shape[2] == 1:
            arr = arr[:, :, 0]
        else:
            raise SourceError(f"the stream sent pictures with {arr.shape[2]} channels", state="bad_frames")
    h, w = arr.shape
    if max(h, w) > DISPLAY_MAX_SIDE:
        k = DISPLAY_MAX_SIDE / max(h, w)
        arr = cv2.resize(arr, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(arr)


class RtspSource:
    """A visible RTSP camera as a :class:`~app.sources.base.Source` of display-only frames."""

    #: A visible camera is never screened, so there is nothing to warm up for.
    warmup_s = 0.0

    def __init__(self, settings: RtspSettings, name: str, *, password: str | None = None,
                 target: str | None = None) -> None:
        """``target``, for tests only, opens that path instead of the camera (the same FFmpeg code path)."""
        self.settings = settings
        self.name = name
        self.uri = settings.url
        self.label = f"RTSP camera {settings.url}"
        self._password = password
        url = target if target is not None else with_credentials(settings.url, settings.user, password)
        self._reader = _Reader(url, settings, self.label, password)
        self._reader.start()
        # FFmpeg gives up at the open timeout itself; the margin covers the thread starting.
        if not self._reader.opened.wait(settings.open_timeout_s + 2.0):
            self._reader.stopping.set()
            raise SourceError(f"{self.label}: did not open within {settings.open_timeout_s:g} s")
        if not self._reader.open_ok:
            raise self._reader.error or SourceError(f"{self.label}: the stream cannot be opened")
        stream = self._reader.stream_fps
        self.fps = float(settings.fps or (stream if 1.0 <= stream <= 60.0 else DEFAULT_FPS))
        self.dropped = 0
        self._taken = 0
        self._seq = 0

    def read(self, timeout: float) -> Frame | None:
        latest = newer_than(self._reader, self._taken, timeout)
        if latest is None:
            return None
        count, t, img = latest
        self.dropped += count - self._taken - 1
        self._taken = count
        try:
            grey = to_grey(img)
        except SourceError as e:
            raise SourceError(f"{self.label}: {e}", state=e.state, retry=e.retry) from None
        self._seq += 1
        s = self.settings
        return Frame(self.name, self._seq, t, None, self.uri, _FLAGS, visible=orient(grey, s.rotate, s.mirror))

    def close(self) -> None:
        """Stop reading; the reader thread releases the stream once its current read returns."""
        self._reader.stopping.set()
        self._reader.join(timeout=1.0)


def open_source(settings: RtspSettings, name: str, site_dir: Path | None = None, *,
                password: str | None = None) -> RtspSource:
    """Open the stream; the password (when ``user`` is set) from ``password`` or the keyring.

    A user without a stored password is ``credentials_refused`` (not retried:
    the site must store one first); an unreachable stream is ``offline``.
    """
    if settings.user and password is None:
        host = urlsplit(settings.url).hostname or ""
        password = get_camera_password(name) or (get_camera_password(host) if host else None)
        if not password:
            raise SourceError(f"camera {name!r}: user {settings.user!r} is set but no password is in the OS "
                              f"keyring; set it with `canthus credentials set {name!r}`",
                              state="credentials_refused", retry=False)
    return RtspSource(settings, name, password=password)


def settings_from_uri(uri: str) -> RtspSettings:
    """``rtsp://[user@]HOST[:PORT]/PATH`` (``rtsps://`` for TLS) as settings; a password in it is refused."""
    user, has_password = _userinfo(uri)
    if has_password:
        raise CanthusError("a camera password never goes in a URI: store it in the keyring "
                           "(canthus credentials set CAMERA) or give --password-stdin")
    shown = mask(uri)
    if uri.partition(":")[0].lower() not in ("rtsp", "rtsps"):
        raise CanthusError(f"{shown!r}: an RTSP URI starts with rtsp:// or rtsps://")
    fields: dict[str, Any] = {"url": uri}
    if user is not None:
        fields["user"] = user
        fields["url"] = _USERINFO.sub("", uri, count=1)
    try:
        return RtspSettings(**fields)
    except ValidationError as err:
        raise CanthusError(f"{shown!r}: {describe_validation_error(err)}") from None
