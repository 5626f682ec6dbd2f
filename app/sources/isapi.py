"""Hikvision thermography cameras over ISAPI (HTTP with digest authentication).

The camera is polled at the site's frame rate with
``GET /ISAPI/Thermal/channels/<n>/thermometry/jpegPicWithAppendData?format=json``.
The reply is multipart (boundary from ``Content-Type``) with, in order:

1. JSON ``{"JpegPictureWithAppendData": {...}}``: ``jpegPicWidth``,
   ``jpegPicHeight``, ``p2pDataLen`` (bytes of the matrix),
   ``temperatureDataLength`` (bytes per pixel), ``isFreezedata``, and for
   2-byte matrices ``scale`` and ``offset``;
2. the thermal JPEG (colour-mapped: shown by the camera's own UI, never measured here);
3. the temperature matrix, row-major, ``jpegPicHeight`` × ``jpegPicWidth``;
4. on some models a visible-light JPEG (ignored).

With ``temperatureDataLength`` 4 the matrix is little-endian float32 °C, as
Hikvision documents it. The 2-byte variant is **unverified**: Hikvision's SDK
headers only say "scale" and "offset" are returned with it, and open-source
clients disagree on the sign of the values. We read it as unsigned 16-bit
``raw / scale + offset - 273.15`` (the reading most clients use) and accept it
only when the whole frame then decodes to plausible temperatures; any other
outcome is refused with what was tried, never guessed.

A frozen frame (``isFreezedata``) is shown, never measured: it carries the
``"frozen"`` flag. A refused password is tried exactly once: Hikvision locks
an account for 30 minutes after a few failures, so the camera is reported
``credentials_refused`` and no further request is sent until the site acts
(a new source is opened). Passwords come from the OS keyring
(:mod:`app.sources.credentials`) or are handed in by ``canthus probe``; they
are never in the site file, the URI, a message or a log.

HTTP runs in one fetch thread per camera, so ``read(timeout)`` waits at most
``timeout`` however slow the camera is (a thermometry picture takes the
camera itself 0.1-0.5 s to build, longer than the worker's read timeout);
that thread's own connect and reply timeouts bound how long a silent camera
holds it.
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import ipaddress
import json
import logging
import re
import threading
import time
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

import numpy as np
from pydantic import Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from app.core.errors import CanthusError, describe_validation_error
from app.core.frame import PLAUSIBLE_C, Frame
from app.sources.base import MAX_WARMUP_S, REAL_CAMERA_WARMUP_S, SourceError
from app.sources.credentials import get_camera_password
from app.sources.orient import OrientationSettings, orient

log = logging.getLogger(__name__)

#: Largest matrix side accepted (Hikvision thermography sensors are at most 1280×1024).
MAX_SIDE = 2048
#: Largest reply read from a camera: a full matrix, the thermal JPEG and a visible
#: JPEG fit with room to spare; a forged size can never make us allocate more.
MAX_REPLY_BYTES = 32 << 20
#: Largest JSON part (the real one is a few hundred bytes).
MAX_JSON_BYTES = 64 << 10
#: A reply has 3 or 4 parts; each part's headers are a few lines.
MAX_PARTS = 8
MAX_PART_HEADER_BYTES = 8 << 10
_CHUNK = 64 << 10

_HEADERS_END = re.compile(rb"\r?\n\r?\n")
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


class IsapiSourceConfig(OrientationSettings):
    """A Hikvision thermography camera's site-file table (``kind = "isapi"``)."""

    kind: Literal["isapi"] = "isapi"
    # seconds without screening after the camera (re)connects: it warms up (per camera)
    warmup_s: float = Field(REAL_CAMERA_WARMUP_S, ge=0.0, le=MAX_WARMUP_S)
    host: str = Field(min_length=1, max_length=253)  # name or IP address, no scheme, no port
    port: int | None = Field(None, ge=1, le=65535)  # None: 80, or 443 with https
    channel: int = Field(1, ge=1, le=255)  # the thermal channel (often 2 on bi-spectrum models)
    user: str = Field("admin", min_length=1, max_length=64)
    https: bool = False
    verify_tls: bool = True  # Hikvision ships self-signed certificates: prefer ca_file over turning this off
    ca_file: str | None = Field(None, min_length=1, max_length=4096)  # PEM, relative to the site file
    fps: float = Field(2.0, ge=0.5, le=10.0)  # polling rate
    connect_timeout_s: float = Field(3.0, ge=0.1, le=30.0)
    read_timeout_s: float = Field(5.0, ge=0.1, le=60.0)  # the whole reply must arrive within this

    @field_validator("host")
    @classmethod
    def _host(cls, v: str) -> str:
        h = v[1:-1] if v.startswith("[") and v.endswith("]") else v
        try:
            return str(ipaddress.ip_address(h))
        except ValueError:
            pass
        labels = h.rstrip(".").split(".")
        if not all(_HOST_LABEL.match(label) for label in labels):
            raise PydanticCustomError("host", "must be a host name or IP address alone "
                                              "(no scheme, port, path or user), got {host}", {"host": repr(v)[:80]})
        return h.rstrip(".").lower()

    @field_validator("user")
    @classmethod
    def _user(cls, v: str) -> str:
        if any(ord(ch) < 32 or ch in ':"\x7f' for ch in v):
            raise PydanticCustomError("user", "contains a control character, a colon or a quote")
        return v

    @field_validator("ca_file")
    @classmethod
    def _ca_file(cls, v: str | None) -> str | None:
        if v is not None and "\x00" in v:
            raise PydanticCustomError("path_nul", "contains a NUL character")
        return v

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else (443 if self.https else 80)

    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.https else 'http'}://{host}:{self.effective_port}"

    def url(self) -> str:
        return f"{self.base_url()}/ISAPI/Thermal/channels/{self.channel}/thermometry/jpegPicWithAppendData?format=json"

    def display(self) -> str:
        """Where the frames come from, for tiles and messages (no user, never a password)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"isapi{'s' if self.https else ''}://{host}:{self.effective_port}/{self.channel}"


def settings_from_uri(uri: str) -> IsapiSourceConfig:
    """``isapi://[user@]HOST[:PORT]/CHANNEL`` (``isapis://`` for HTTPS) as settings.

    A password in the URI is refused: it would end up in shell history and logs.
    """
    # The login part first, by hand: urlsplit's own errors (a bad port) quote what follows
    # the host's colon, which is the password in isapi://user:secret@host.
    netloc = uri.partition("://")[2].split("/", 1)[0]
    if "@" in netloc and ":" in netloc.rpartition("@")[0]:
        raise CanthusError("a camera password never goes in a URI: store it in the keyring "
                           "(canthus credentials set CAMERA) or give --password-stdin")
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError as e:
        raise CanthusError(f"{uri!r} is not an ISAPI URI: {e}") from None
    if parts.scheme not in ("isapi", "isapis"):
        raise CanthusError(f"{uri!r}: an ISAPI URI starts with isapi:// or isapis:// (HTTPS)")
    if parts.password is not None:
        raise CanthusError("a camera password never goes in a URI: store it in the keyring "
                           "(canthus credentials set CAMERA) or give --password-stdin")
    if not parts.hostname:
        raise CanthusError(f"{uri!r}: no camera host (isapi://[user@]HOST[:PORT]/CHANNEL)")
    if parts.query or parts.fragment:
        raise CanthusError(f"{uri!r}: an ISAPI URI has no query or fragment")
    path = parts.path.strip("/")
    if path and not path.isdigit():
        raise CanthusError(f"{uri!r}: the channel after the host is a number (isapi://HOST/2), not {path!r}")
    fields: dict[str, object] = {"host": parts.hostname, "https": parts.scheme == "isapis"}
    if port is not None:
        fields["port"] = port
    if path:
        fields["channel"] = int(path)
    if parts.username:
        fields["user"] = unquote(parts.username)
    try:
        return IsapiSourceConfig(**fields)
    except ValidationError as e:
        raise CanthusError(f"{uri!r}: {describe_validation_error(e)}") from None


# --------------------------------------------------------------------------
# The reply
# --------------------------------------------------------------------------

def _bad(message: str) -> SourceError:
    return SourceError(message, state="bad_frames", retry=True)


def _int_field(info: dict, key: str, lo: int, hi: int) -> int:
    v = info.get(key)
    if isinstance(v, bool) or not isinstance(v, int):
        raise _bad(f"the camera's picture description has no whole-number {key!r} (got {v!r:.40})")
    if not lo <= v <= hi:
        raise _bad(f"the camera's picture description says {key} = {v}, outside {lo}..{hi}: refused")
    return v


def decode_two_byte(raw: bytes, height: int, width: int, scale: object, offset: object) -> np.ndarray:
    """The unverified 2-byte matrix: ``uint16 / scale + offset - 273.15`` °C, if plausible.

    Accepted only when every pixel then lies in :data:`PLAUSIBLE_C`; the
    message says which reading was tried, so a site with such a camera can
    report what it sends.
    """
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not 0 < scale <= 10_000:
        raise _bad(f"2-byte temperatures need a positive 'scale' (got {scale!r:.40})")
    if isinstance(offset, bool) or not isinstance(offset, (int, float)) or not abs(offset) <= 10_000:
        raise _bad(f"2-byte temperatures need a numeric 'offset' (got {offset!r:.40})")
    counts = np.frombuffer(raw, dtype="<u2").reshape(height, width)
    celsius = (counts.astype(np.float32) / np.float32(scale) + np.float32(float(offset) - 273.15)).astype(np.float32)
    lo, hi = float(celsius.min()), float(celsius.max())
    if not (PLAUSIBLE_C[0] <= lo and hi <= PLAUSIBLE_C[1]):
        raise _bad(f"2-byte temperatures read as uint16/{scale} + {offset} - 273.15 give {lo:.1f}..{hi:.1f} °C, "
                   f"not a camera's range ({PLAUSIBLE_C[0]:.0f}..{PLAUSIBLE_C[1]:.0f} °C): this 2-byte layout "
                   "is not understood (only the float32 one is documented); set the camera to 4-byte data")
    return np.ascontiguousarray(celsius)


def split_multipart(content_type: str, body: bytes) -> tuple[list[tuple[str, bytes]], bool]:
    """The parts of a multipart body as (content type, payload), and whether it was cut short.

    Linear in the body whatever it holds: the stdlib MIME parser keeps one
    object per line, so a forged body of newlines would cost seconds and
    hundreds of MB; here only the delimiter is searched for, and the stdlib
    parses each part's small header block (and the boundary parameter, quotes
    and all). A part's ``Content-Length``, where given and followed by the
    delimiter, is trusted over a search, so a matrix that happens to contain
    the delimiter's bytes is still read whole.
    """
    outer = email.message.Message()
    outer["Content-Type"] = content_type
    boundary = outer.get_boundary()
    if not boundary or len(boundary) > 200:
        raise _bad(f"the multipart reply names no usable boundary (Content-Type {content_type[:80]!r})")
    delim = b"--" + boundary.encode("latin-1", "replace")
    headers = email.parser.BytesHeaderParser(policy=email.policy.HTTP)
    parts: list[tuple[str, bytes]] = []
    pos = body.find(delim)
    while pos >= 0 and len(parts) <= MAX_PARTS:
        pos += len(delim)
        if body.startswith(b"--", pos):
            return parts, False  # the closing delimiter: complete
        eol = body.find(b"\n", pos, pos + 1024)  # rest of the delimiter line (transport padding)
        if eol < 0:
            break
        start = eol + 1
        sep = _HEADERS_END.search(body, eol, start + MAX_PART_HEADER_BYTES)  # from eol: a part may have no headers
        if sep is None:
            break  # a part without the end of its headers: cut (or not multipart at all)
        head = headers.parsebytes(body[start:sep.start()] + b"\r\n") if sep.start() > start else email.message.Message()
        data_at = sep.end()
        end = -1
        length = (head.get("Content-Length") or "").strip()
        if length.isdigit() and data_at + int(length) <= len(body):
            after = data_at + int(length)
            if body.startswith(delim, after) or body.startswith(b"\r\n" + delim, after) or body.startswith(b"\n" + delim, after):
                end = after
        if end < 0:
            nxt = body.find(b"\n" + delim, data_at)
            if nxt < 0:
                parts.append((head.get_content_type(), body[data_at:]))
                break  # no delimiter after this part: the stream stopped inside it
            end = nxt - 1 if body[nxt - 1:nxt] == b"\r" else nxt
        parts.append((head.get_content_type(), body[data_at:end]))
        pos = body.find(delim, end)
    if len(parts) > MAX_PARTS:
        raise _bad(f"the reply has more than {MAX_PARTS} parts; a thermometry picture has 3 or 4")
    return parts, True


def parse_reply(content_type: str, body: bytes) -> tuple[np.ndarray, bool]:
    """°C matrix (float32, rows × cols) and the freeze flag of one jpegPicWithAppendData reply.

    Raises :class:`SourceError`: ``offline`` when the reply was cut short
    (the multipart has no closing boundary or a part is shorter than
    announced), ``bad_frames`` when it arrived whole but is not what the
    documented layout says.
    """
    ctype = (content_type or "").strip()
    if not ctype.lower().startswith("multipart/"):
        raise _bad(f"expected a multipart reply, got Content-Type {ctype[:80]!r}")
    parts, cut = split_multipart(ctype, body)
    payloads = [payload for _, payload in parts]
    if len(parts) < 2:
        if cut:
            raise SourceError(f"the camera's reply was cut off after {len(body)} bytes ({len(parts)} parts)",
                              state="offline", retry=True)
        raise _bad(f"the reply has {len(parts)} parts; expected JSON, thermal JPEG and temperatures")

    info_raw = payloads[0]
    if len(info_raw) > MAX_JSON_BYTES:
        raise _bad(f"the first part ({len(info_raw)} bytes) is too big to be the picture description")
    try:
        doc = json.loads(info_raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        if cut:
            raise SourceError("the camera's reply was cut off inside the picture description",
                              state="offline", retry=True) from None
        raise _bad("the first part is not the JSON picture description") from None
    info = doc.get("JpegPictureWithAppendData") if isinstance(doc, dict) else None
    if not isinstance(info, dict):
        raise _bad("the JSON part has no 'JpegPictureWithAppendData' object")
    width = _int_field(info, "jpegPicWidth", 8, MAX_SIDE)
    height = _int_field(info, "jpegPicHeight", 8, MAX_SIDE)
    per_px = _int_field(info, "temperatureDataLength", 1, 8)
    if per_px not in (2, 4):
        raise _bad(f"temperatureDataLength {per_px}: only 4 (float32 °C) and, unverified, 2 are known")
    frozen = info.get("isFreezedata", False)
    if not isinstance(frozen, bool):
        raise _bad(f"isFreezedata is {frozen!r:.20}, not true or false")
    need = width * height * per_px
    declared = info.get("p2pDataLen")
    if declared is not None and declared != need:
        raise _bad(f"p2pDataLen {declared!r:.20} does not match {width}×{height}×{per_px} = {need} bytes")

    # The matrix is the octet-stream part; firmwares that label it otherwise put it third.
    matrix_i = next((i for i, (t, _) in enumerate(parts[1:], 1) if t == "application/octet-stream"),
                    2 if len(parts) > 2 else None)
    if matrix_i is None:
        if cut:
            raise SourceError("the camera's reply was cut off before the temperature matrix",
                              state="offline", retry=True)
        raise _bad("the reply has no temperature matrix part")
    raw = payloads[matrix_i]
    if len(raw) != need:
        if cut and len(raw) < need:
            raise SourceError(f"the camera's reply was cut off inside the temperature matrix "
                              f"({len(raw)} of {need} bytes)", state="offline", retry=True)
        raise _bad(f"the temperature matrix has {len(raw)} bytes; {width}×{height}×{per_px} needs {need}")
    if per_px == 4:
        celsius = np.frombuffer(raw, dtype="<f4").reshape(height, width).astype(np.float32)  # copy: writable, native
    else:
        celsius = decode_two_byte(raw, height, width, info.get("scale"), info.get("offset"))
    return celsius, frozen


# --------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------

def _digest_auth(user: str, password: str):
    """``requests``' digest auth, but a refused password is never sent a second time.

    ``HTTPDigestAuth`` answers a 401 to a request that already carried
    credentials (a nonce reused from an earlier reply) with one more try; that
    second failure would count against Hikvision's lock-out. Here a credentialed
    401 is final unless the server says the nonce was merely ``stale``.
    """
    from requests.auth import HTTPDigestAuth
    from requests.utils import parse_dict_header

    class OneTryDigestAuth(HTTPDigestAuth):
        def handle_401(self, r, **kwargs):
            if r.status_code != 401:
                return r  # 403 and friends: no password round can change them
            if "Authorization" in r.request.headers:
                challenge = re.sub(r"^\s*digest\s+", "", r.headers.get("www-authenticate", ""), flags=re.IGNORECASE)
                if str(parse_dict_header(challenge).get("stale", "")).lower() != "true":
                    return r
            return super().handle_401(r, **kwargs)

    return OneTryDigestAuth(user, password)


class IsapiSource:
    """Polls one Hikvision thermography channel; see the module's docstring."""

    def __init__(self, settings: IsapiSourceConfig, name: str, password: str, *,
                 site_dir: Path | None = None) -> None:
        if not password:
            raise CanthusError(f"camera {name!r}: no password given")
        self.settings = settings
        self.warmup_s = settings.warmup_s
        self.name = name
        self.fps = settings.fps
        self.url = settings.url()
        self.where = settings.display()
        self._auth = _digest_auth(settings.user, password)
        self._verify: bool | str = settings.verify_tls
        if settings.https and settings.ca_file is not None:
            ca = Path(settings.ca_file)
            if not ca.is_absolute() and site_dir is not None:
                ca = site_dir / ca
            if not ca.is_file():
                raise CanthusError(f"camera {name!r}: the CA file {str(ca)!r} does not exist")
            self._verify = str(ca)
        elif settings.https and not settings.verify_tls:
            import urllib3

            # the site chose an unverified camera certificate; say so once, not per poll
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
            log.warning("camera %s: the TLS certificate of %s is not verified (verify_tls = false)", name, self.where)
        self._cond = threading.Condition()
        self._latest: Frame | None = None
        self._error: SourceError | None = None
        self._fatal: SourceError | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._seq = 0
        self.requests = 0  # HTTP requests sent, challenge rounds included (for probe and tests)

    # -- the worker's side -----------------------------------------------------
    def read(self, timeout: float) -> Frame | None:
        with self._cond:
            if self._fatal is not None:
                raise self._fatal
            if self._error is None and self._latest is None and not self._stop.is_set():
                self._ensure_thread()
            self._cond.wait_for(lambda: self._latest is not None or self._error is not None,
                                timeout=max(0.0, timeout))
            if self._latest is not None:
                frame, self._latest = self._latest, None
                return frame
            if self._error is not None:
                err, self._error = self._error, None
                raise err
            return None

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            # it notices the stop between chunks or at its next timeout; don't hold the caller longer
            thread.join(timeout=1.0)

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name=f"isapi {self.name}", daemon=True)
            self._thread.start()

    # -- the fetch thread -----------------------------------------------------
    def _run(self) -> None:
        import requests

        session = requests.Session()
        session.trust_env = False  # no proxy or .netrc from the environment between us and a LAN camera
        session.auth = self._auth
        session.verify = self._verify
        period = 1.0 / self.fps
        next_at = time.monotonic()
        try:
            while not self._stop.is_set():
                delay = next_at - time.monotonic()
                if delay > 0 and self._stop.wait(delay):
                    break
                # never catch up: a slow camera gives fewer frames, not bursts
                next_at = max(next_at + period, time.monotonic())
                try:
                    frame = self._fetch(session)
                except SourceError as e:
                    self._publish_error(e)
                    return  # the worker's backoff decides when to reconnect (a new thread)
                except Exception as e:  # a bug shows on the tile and in the log; it never ends the thread unseen
                    log.exception("camera %s: unexpected error reading %s", self.name, self.where)
                    self._publish_error(SourceError(f"{self.where}: unexpected {type(e).__name__}: {e}"))
                    return
                if frame is not None:
                    with self._cond:
                        self._latest = frame  # the newest wins: an unread older one is dropped
                        self._cond.notify_all()
        finally:
            session.close()

    def _publish_error(self, err: SourceError) -> None:
        with self._cond:
            self._error = err
            if not err.retry:
                self._fatal = err  # read raises it from now on, and no thread is started again
            self._cond.notify_all()

    def _fetch(self, session) -> Frame | None:
        import requests

        s = self.settings
        deadline = time.monotonic() + s.connect_timeout_s + s.read_timeout_s
        try:
            resp = session.get(self.url, timeout=(s.connect_timeout_s, s.read_timeout_s), stream=True,
                               allow_redirects=False)
        except requests.exceptions.SSLError as e:
            raise SourceError(f"{self.where}: TLS failed ({_cause(e)}); set ca_file to the camera's certificate",
                              state="offline", retry=True) from None
        except requests.exceptions.Timeout:
            raise SourceError(f"{self.where}: no reply within {s.connect_timeout_s:g} s (connect) / "
                              f"{s.read_timeout_s:g} s (reply)", state="offline", retry=True) from None
        except requests.exceptions.RequestException as e:
            raise SourceError(f"{self.where}: cannot reach the camera ({_cause(e)})",
                              state="offline", retry=True) from None
        self.requests += 1 + len(resp.history)  # the digest challenge round is in the history
        with resp:
            if resp.status_code == 401:
                raise SourceError(f"{self.where}: the camera refused the password of user {s.user!r} (HTTP 401); "
                                  "not retried, as Hikvision locks the account after repeated failures: "
                                  "set the right one with `canthus credentials set`",
                                  state="credentials_refused", retry=False)
            if resp.status_code == 403:
                raise SourceError(f"{self.where}: user {s.user!r} may not read thermometry pictures (HTTP 403)",
                                  state="credentials_refused", retry=False)
            if resp.status_code == 404:
                raise SourceError(f"{self.where}: channel {s.channel} has no thermometry picture (HTTP 404): "
                                  "check the channel (often 2 on bi-spectrum cameras) and that the camera "
                                  "is a thermography model", state="offline", retry=False)
            if resp.status_code != 200:
                raise SourceError(f"{self.where}: the camera answered HTTP {resp.status_code} {resp.reason or ''}".rstrip(),
                                  state="offline", retry=True)
            length = resp.headers.get("Content-Length")
            if length is not None and (not length.strip().isdigit() or int(length) > MAX_REPLY_BYTES):
                raise _bad(f"{self.where}: the camera announces a {length[:20]}-byte reply; "
                           f"more than {MAX_REPLY_BYTES >> 20} MiB is not a thermometry picture")
            body = bytearray()
            try:
                for chunk in resp.iter_content(_CHUNK):
                    body += chunk
                    if len(body) > MAX_REPLY_BYTES:
                        raise _bad(f"{self.where}: the reply goes on past {MAX_REPLY_BYTES >> 20} MiB: refused")
                    if self._stop.is_set():
                        return None
                    if time.monotonic() > deadline:
                        raise SourceError(f"{self.where}: the reply took longer than "
                                          f"{s.connect_timeout_s + s.read_timeout_s:g} s", state="offline", retry=True)
            except requests.exceptions.RequestException as e:
                raise SourceError(f"{self.where}: the reply was cut off after {len(body)} bytes ({_cause(e)})",
                                  state="offline", retry=True) from None
            content_type = resp.headers.get("Content-Type", "")
        try:
            celsius, frozen = parse_reply(content_type, bytes(body))
        except SourceError as e:
            raise SourceError(f"{self.where}: {e}", state=e.state, retry=e.retry) from None
        self._seq += 1
        celsius = orient(celsius, self.settings.rotate, self.settings.mirror)
        return Frame(self.name, self._seq, time.monotonic(), celsius, self.where,
                     frozenset({"frozen"}) if frozen else frozenset())


def _cause(e: BaseException) -> str:
    """The reason inside a requests error, in one short line (urllib3 nests it two or three deep)."""
    obj: object = e
    for _ in range(6):
        reason = getattr(obj, "reason", None)
        args = getattr(obj, "args", ())
        if isinstance(reason, BaseException):
            obj = reason
        elif args and isinstance(args[0], BaseException):
            obj = args[0]
        elif args and isinstance(args[0], str):
            obj = args[0]
            break
        else:
            break
    text = str(obj) or type(obj).__name__
    # "HTTPConnection(host='10.0.0.7', port=80): Failed to ..." -> "Failed to ..." (the host is said already)
    text = re.sub(r"^\w+\(host=[^)]*\):\s*", "", text)
    return text.splitlines()[0][:200] if text else type(e).__name__


def open_source(settings: IsapiSourceConfig, name: str, site_dir: Path | None = None, *,
                password: str | None = None) -> IsapiSource:
    """The source of one ISAPI camera; the password from ``password`` or the keyring.

    The keyring is looked up by camera name, then by host (what ``canthus
    probe`` stores under). No password at all is ``credentials_refused`` with
    the command that fixes it, without a request to the camera.
    """
    if password is None:
        password = get_camera_password(name) or get_camera_password(settings.host)
    if not password:
        raise SourceError(f"camera {name!r}: no password in the OS keyring; set it with "
                          f"`canthus credentials set {name!r}`", state="credentials_refused", retry=False)
    return IsapiSource(settings, name, password, site_dir=site_dir)
