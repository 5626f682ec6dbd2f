"""The Hikvision ISAPI source against a local digest-auth camera on 127.0.0.1.

The fake camera serves jpegPicWithAppendData in the documented layout
(multipart: JSON description, thermal JPEG, little-endian float32 matrix) and
checks digest responses as a camera does. No test waits on wall-clock
durations: a slow camera is one whose handler blocks on an event the test
holds, so "read returned" is proved while the camera is provably still busy.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import secrets
import threading
import time

import cv2
import keyring
import numpy as np
import pytest
from requests.utils import parse_dict_header

from app.core.errors import CanthusError
from app.sources.base import FRAME_FLAGS, SourceError
from app.sources.credentials import SERVICE, get_camera_password, set_camera_password
from app.sources.isapi import (
    MAX_REPLY_BYTES,
    IsapiSourceConfig,
    decode_two_byte,
    open_source,
    parse_reply,
    settings_from_uri,
)

USER, PASSWORD, REALM = "admin", "Hik12345!", "IP Camera(C1234)"
H, W = 288, 384
PATH = "/ISAPI/Thermal/channels/2/thermometry/jpegPicWithAppendData?format=json"
#: Guard against a hung test, never a measured duration.
HANG_GUARD_S = 30.0


def scene() -> np.ndarray:
    """An empty entrance: a warm-to-cool gradient with a 35.5 °C blackbody and a hot pixel."""
    y, x = np.mgrid[0:H, 0:W]
    c = (21.0 + 3.0 * x / W + 1.5 * y / H).astype(np.float32)
    c[10:20, 10:20] = 35.5
    c[200, 300] = 41.25
    return c


def part(ctype: str, body: bytes) -> bytes:
    return f"--boundary\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body + b"\r\n"


def reply(matrix: np.ndarray, *, frozen: bool = False, per_px: int = 4, info: dict | None = None,
          raw: bytes | None = None) -> bytes:
    """One reply in the documented layout (what a DS-2TD camera sends, values made up)."""
    h, w = matrix.shape
    data = raw if raw is not None else matrix.astype("<f4").tobytes()
    ok, jpeg = cv2.imencode(".jpg", cv2.applyColorMap(cv2.normalize(matrix, None, 0, 255, cv2.NORM_MINMAX)
                                                       .astype(np.uint8), cv2.COLORMAP_INFERNO))
    assert ok
    desc = {"channel": 2, "jpegPicLen": len(jpeg), "jpegPicWidth": w, "jpegPicHeight": h,
            "p2pDataLen": len(data), "isFreezedata": frozen, "temperatureDataLength": per_px}
    desc.update(info or {})
    return (part("application/json", json.dumps({"JpegPictureWithAppendData": desc}).encode())
            + part("image/pjpeg", jpeg.tobytes()) + part("application/octet-stream", data) + b"--boundary--\r\n")


class FakeCamera:
    """A Hikvision-like HTTP server with digest auth; records every request it gets."""

    def __init__(self, password: str = PASSWORD) -> None:
        self.password = password
        self.body = reply(scene())
        self.mode = "good"  # good | cut | slow | huge_length | stream_forever
        self.release = threading.Event()  # a slow camera answers when this is set
        self.in_handler = threading.Event()
        self.nonces: set[str] = set()
        self.one_use_nonces = False  # True: each nonce serves one reply, then is stale
        self.challenges: list[bool] = []  # one entry per 401 sent: was it "stale"?
        self.log: list[dict] = []
        self.lock = threading.Lock()
        cam = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                cam.handle(self)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    # -- digest, as a camera checks it ---------------------------------------
    def _challenge(self, h, *, stale: bool = False) -> None:
        nonce = secrets.token_hex(16)
        with self.lock:
            self.nonces.add(nonce)
            self.challenges.append(stale)
        body = b"<ResponseStatus><statusCode>4</statusCode><subStatusCode>unauthorized</subStatusCode></ResponseStatus>"
        flag = "TRUE" if stale else "FALSE"
        h.send_response(401)
        h.send_header("WWW-Authenticate", f'Digest qop="auth", realm="{REALM}", nonce="{nonce}", stale="{flag}"')
        h.send_header("Content-Type", "application/xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _authorised(self, header: str) -> bool:
        d = parse_dict_header(header[len("Digest "):])
        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = md5(f"{d.get('username')}:{REALM}:{self.password}")
        ha2 = md5(f"GET:{d.get('uri')}")
        want = md5(f"{ha1}:{d.get('nonce')}:{d.get('nc')}:{d.get('cnonce')}:{d.get('qop')}:{ha2}")
        return d.get("username") == USER and d.get("response") == want

    def handle(self, h) -> None:
        auth = h.headers.get("Authorization")
        entry = {"path": h.path, "credentials": auth is not None}
        with self.lock:
            self.log.append(entry)
        if h.path != PATH:
            h.send_error(404)
            return
        if auth is None or not auth.startswith("Digest ") or not self._authorised(auth):
            self._challenge(h)
            return
        if self.one_use_nonces:
            nonce = parse_dict_header(auth[len("Digest "):]).get("nonce")
            with self.lock:
                used = nonce not in self.nonces
                self.nonces.discard(nonce)
            if used:  # right password, expired nonce: a camera says "stale", which is no refusal
                self._challenge(h, stale=True)
                return
        entry["ok"] = True
        body = self.body
        if self.mode == "slow":
            self.in_handler.set()
            self.release.wait(HANG_GUARD_S)
        h.send_response(200)
        h.send_header("Content-Type", "multipart/form-data; boundary=boundary")
        if self.mode == "huge_length":
            h.send_header("Content-Length", str(40 << 30))  # 40 GiB announced
            h.end_headers()
            h.wfile.write(body[:1000])
            return
        if self.mode == "stream_forever":  # no length, then more bytes than any reply may have
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"\0" * (1 << 20)
            try:
                for _ in range((MAX_REPLY_BYTES >> 20) + 8):
                    h.wfile.write(chunk)
            except OSError:
                pass  # the client hung up, as it should
            h.close_connection = True
            return
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if self.mode == "cut":  # the link drops halfway through the matrix
            h.wfile.write(body[: len(body) - W * H * 2])
            h.wfile.flush()
            h.close_connection = True
            return
        h.wfile.write(body)

    @property
    def credentialed(self) -> int:
        with self.lock:
            return sum(e["credentials"] for e in self.log)

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def camera():
    cam = FakeCamera()
    yield cam
    cam.close()


def settings_for(cam: FakeCamera, **kw) -> IsapiSourceConfig:
    fields = {"host": "127.0.0.1", "port": cam.port, "channel": 2, "user": USER, "fps": 10.0,
              "connect_timeout_s": 2.0, "read_timeout_s": 5.0}
    fields.update(kw)
    return IsapiSourceConfig(**fields)


def first_outcome(src, *, timeout: float = 0.1):
    """Read until a frame or an error comes (the worker's 0.1 s reads), within the hang guard."""
    end = time.monotonic() + HANG_GUARD_S
    while time.monotonic() < end:
        try:
            frame = src.read(timeout)
        except SourceError as e:
            return e
        if frame is not None:
            return frame
    raise AssertionError("the source neither delivered nor failed")


# -- the good stream ----------------------------------------------------------

def test_good_stream_gives_the_cameras_temperatures_exactly(camera):
    set_camera_password("Main entrance", PASSWORD)
    src = open_source(settings_for(camera), "Main entrance", None)
    try:
        frames = [first_outcome(src) for _ in range(3)]
    finally:
        src.close()
    for f in frames:
        assert not isinstance(f, SourceError), f
        assert f.shape == (H, W) and f.celsius.dtype == np.float32 and f.celsius.flags.c_contiguous
        np.testing.assert_array_equal(f.celsius, scene())
        assert f.celsius.flags.writeable  # the engine corrects in place
        assert f.flags == frozenset() and f.camera == "Main entrance"
        assert f.source == f"isapi://127.0.0.1:{camera.port}/2"
    assert [f.seq for f in frames] == [1, 2, 3]
    assert float(frames[0].celsius.max()) == 41.25
    # one challenge round, then the nonce is reused: no second 401 per poll
    ok = [e for e in camera.log if e.get("ok")]
    assert len(ok) >= 3 and len(camera.log) - len(ok) == 1


def test_frozen_frame_is_flagged_not_dropped(camera):
    camera.body = reply(scene(), frozen=True)
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        f = first_outcome(src)
    finally:
        src.close()
    assert not isinstance(f, SourceError), f
    assert f.flags == frozenset({"frozen"}) and f.flags <= FRAME_FLAGS
    np.testing.assert_array_equal(f.celsius, scene())  # shown as it is, never measured


# -- the password -------------------------------------------------------------

def test_wrong_password_is_tried_once_then_left_alone(camera):
    src = open_source(settings_for(camera), "Main entrance", None, password="wrong-password")
    try:
        err = first_outcome(src)
        assert isinstance(err, SourceError)
        assert err.state == "credentials_refused" and err.retry is False
        assert "refused" in str(err) and "wrong-password" not in str(err)
        assert camera.credentialed == 1 and len(camera.log) == 2  # challenge + one try
        for _ in range(5):  # the worker keeps asking: nothing goes to the camera
            with pytest.raises(SourceError) as again:
                src.read(0.05)
            assert again.value.state == "credentials_refused"
    finally:
        src.close()
    assert camera.credentialed == 1 and len(camera.log) == 2


def test_password_changed_on_the_camera_is_not_retried(camera):
    """A nonce reused from a good poll carries credentials: its 401 is final (no second try)."""
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        assert not isinstance(first_outcome(src), SourceError)
        camera.password = "changed-by-an-installer"
        before = camera.credentialed
        err = first_outcome(src)
        while not isinstance(err, SourceError):  # a poll may have been in flight before the change
            before = camera.credentialed
            err = first_outcome(src)
    finally:
        src.close()
    assert err.state == "credentials_refused" and not err.retry
    assert camera.credentialed - before == 1


def test_stale_nonce_is_answered_with_one_fresh_try(camera):
    """A nonce the camera expired gets one more round (the password was right): frames keep coming."""
    camera.one_use_nonces = True
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        frames = [first_outcome(src) for _ in range(3)]
    finally:
        src.close()
    assert all(not isinstance(f, SourceError) for f in frames), frames
    assert True in camera.challenges  # the stale path was really taken
    assert sum(e.get("ok", False) for e in camera.log) >= 3


def test_no_password_anywhere_says_how_to_set_it(camera):
    with pytest.raises(SourceError) as e:
        open_source(settings_for(camera), "Side door", None)
    assert e.value.state == "credentials_refused" and not e.value.retry
    assert "canthus credentials set" in str(e.value)
    assert camera.log == []  # no request without a password


def test_password_found_by_host_for_probe(camera):
    set_camera_password("127.0.0.1", PASSWORD)
    src = open_source(settings_for(camera), "127.0.0.1", None)
    try:
        assert not isinstance(first_outcome(src), SourceError)
    finally:
        src.close()


# -- a bad link ---------------------------------------------------------------

def test_stream_cut_mid_part_is_offline_with_the_cause(camera):
    camera.mode = "cut"
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        err = first_outcome(src)
    finally:
        src.close()
    assert isinstance(err, SourceError), err
    assert err.state == "offline" and err.retry is True
    assert "cut off" in str(err) and f"127.0.0.1:{camera.port}" in str(err)


def test_source_reconnects_after_a_cut(camera):
    camera.mode = "cut"
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        assert isinstance(first_outcome(src), SourceError)
        camera.mode = "good"
        f = first_outcome(src)  # the next read (after the worker's backoff) connects again
    finally:
        src.close()
    assert not isinstance(f, SourceError), f
    np.testing.assert_array_equal(f.celsius, scene())


def test_slow_camera_never_holds_read(camera):
    camera.mode = "slow"
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        for _ in range(3):
            assert src.read(0.05) is None
        assert camera.in_handler.wait(HANG_GUARD_S)
        # the camera is still building its reply (it waits for release) and read has returned
        assert src.read(0.05) is None and not camera.release.is_set()
        camera.release.set()
        f = first_outcome(src)
    finally:
        src.close()
    assert not isinstance(f, SourceError), f
    np.testing.assert_array_equal(f.celsius, scene())


def test_silent_camera_is_offline_after_its_reply_timeout(camera):
    camera.mode = "slow"  # never released during the read below
    src = open_source(settings_for(camera, read_timeout_s=0.3), "Main entrance", None, password=PASSWORD)
    try:
        err = first_outcome(src)
    finally:
        src.close()
    assert isinstance(err, SourceError), err
    assert err.state == "offline" and err.retry and "no reply" in str(err)


def test_nothing_listening_is_offline(camera):
    port = camera.port
    camera.close()
    src = open_source(IsapiSourceConfig(host="127.0.0.1", port=port, connect_timeout_s=1.0), "X", None,
                      password=PASSWORD)
    try:
        err = first_outcome(src)
    finally:
        src.close()
    assert isinstance(err, SourceError) and err.state == "offline" and err.retry
    assert "cannot reach" in str(err)


# -- forged sizes -------------------------------------------------------------

def test_forged_content_length_is_refused_before_reading(camera):
    camera.mode = "huge_length"
    src = open_source(settings_for(camera), "Main entrance", None, password=PASSWORD)
    try:
        err = first_outcome(src)
    finally:
        src.close()
    assert isinstance(err, SourceError) and err.state == "bad_frames"
    assert "MiB" in str(err) and str(40 << 30) in str(err)


def test_endless_reply_is_cut_at_the_bound(camera):
    camera.mode = "stream_forever"
    src = open_source(settings_for(camera, read_timeout_s=20.0), "Main entrance", None, password=PASSWORD)
    try:
        err = first_outcome(src)
    finally:
        src.close()
    assert isinstance(err, SourceError) and err.state == "bad_frames" and "past" in str(err)


@pytest.mark.parametrize("info, needle", [
    ({"jpegPicWidth": 100_000, "jpegPicHeight": 100_000}, "jpegPicWidth = 100000"),
    ({"temperatureDataLength": 1 << 30}, "temperatureDataLength"),
    ({"temperatureDataLength": 8}, "only 4"),
    ({"p2pDataLen": 1 << 40}, "p2pDataLen"),
    ({"jpegPicWidth": "384"}, "whole-number 'jpegPicWidth'"),
    ({"isFreezedata": "no"}, "isFreezedata"),
])
def test_forged_description_is_refused_without_allocating(info, needle):
    body = reply(scene(), info=info)
    with pytest.raises(SourceError) as e:
        parse_reply("multipart/form-data; boundary=boundary", body)
    assert e.value.state == "bad_frames" and needle in str(e.value)


def test_matrix_shorter_than_described_is_refused():
    body = reply(scene(), raw=scene().astype("<f4").tobytes()[:-4], info={"p2pDataLen": W * H * 4})
    with pytest.raises(SourceError, match="temperature matrix has"):
        parse_reply("multipart/form-data; boundary=boundary", body)


def test_truncated_multipart_is_offline_not_bad_frames():
    body = reply(scene())
    with pytest.raises(SourceError) as e:
        parse_reply("multipart/form-data; boundary=boundary", body[: len(body) // 2])
    assert e.value.state == "offline" and "cut off" in str(e.value)


def test_matrix_holding_the_delimiter_bytes_is_read_whole_by_its_length():
    matrix = scene()
    raw = bytearray(matrix.astype("<f4").tobytes())
    raw[4000:4014] = b"\r\n--boundary\r\n"  # 14 bytes of pixels that spell a delimiter line
    body = reply(matrix, raw=bytes(raw))
    celsius, _ = parse_reply("multipart/form-data; boundary=boundary", body)
    assert celsius.tobytes() == bytes(raw)


def test_a_body_of_newlines_is_refused_in_one_pass():
    """The stdlib MIME parser would build one object per line; the splitter searches once."""
    body = b"--boundary\r\nContent-Type: application/json\r\n\r\n" + b"\n" * (8 << 20) + b"\r\n--boundary--\r\n"
    with pytest.raises(SourceError) as e:
        parse_reply("multipart/form-data; boundary=boundary", body)
    assert e.value.state == "bad_frames" and "1 parts" in str(e.value)


def test_reply_that_is_not_multipart_is_named():
    with pytest.raises(SourceError, match="expected a multipart reply, got Content-Type 'application/xml'"):
        parse_reply("application/xml", b"<ResponseStatus/>")


def test_quoted_boundary_and_a_fourth_visible_part():
    body = reply(scene())[: -len(b"--boundary--\r\n")] + part("image/jpeg", b"\xff\xd8\xff\xd9") + b"--boundary--\r\n"
    celsius, frozen = parse_reply('multipart/form-data; boundary="boundary"', body)
    np.testing.assert_array_equal(celsius, scene())
    assert frozen is False


# -- the unverified 2-byte matrix ----------------------------------------------

def test_two_byte_matrix_decodes_when_plausible():
    counts = np.rint((scene().astype(np.float64) + 273.15 - 0) * 10).astype("<u2")  # scale 10, offset 0
    body = reply(scene(), per_px=2, raw=counts.tobytes(), info={"scale": 10, "offset": 0})
    celsius, _ = parse_reply("multipart/form-data; boundary=boundary", body)
    assert celsius.dtype == np.float32 and celsius.shape == (H, W)
    assert np.abs(celsius - scene()).max() <= 0.051


def test_two_byte_matrix_that_decodes_to_nonsense_is_refused():
    counts = np.full((H, W), 65000, dtype="<u2")  # 6226 °C under the one reading we support
    with pytest.raises(SourceError) as e:
        decode_two_byte(counts.tobytes(), H, W, 10, 0)
    assert e.value.state == "bad_frames" and "not understood" in str(e.value) and "4-byte" in str(e.value)
    with pytest.raises(SourceError, match="positive 'scale'"):
        decode_two_byte(counts.tobytes(), H, W, 0, 0)


# -- settings and URIs ----------------------------------------------------------

def test_settings_from_uri_forms():
    s = settings_from_uri("isapi://operator@cam-3.site.local:8080/2")
    assert (s.kind, s.host, s.port, s.channel, s.user, s.https) == ("isapi", "cam-3.site.local", 8080, 2, "operator", False)
    assert s.url() == "http://cam-3.site.local:8080/ISAPI/Thermal/channels/2/thermometry/jpegPicWithAppendData?format=json"
    s = settings_from_uri("isapis://[fe80::1]/1")
    assert s.host == "fe80::1" and s.effective_port == 443 and s.https
    assert s.base_url() == "https://[fe80::1]:443"
    s = settings_from_uri("isapi://10.0.0.7")
    assert (s.channel, s.user, s.effective_port) == (1, "admin", 80)


@pytest.mark.parametrize("uri, needle", [
    ("isapi://admin:secret@10.0.0.7/1", "never goes in a URI"),
    ("rtsp://10.0.0.7/1", "starts with isapi://"),
    ("isapi://10.0.0.7/two", "channel after the host is a number"),
    ("isapi://10.0.0.7:99999/1", "isapi://10.0.0.7:99999/1"),
    ("isapi://10.0.0.7/0", "channel"),
    ("isapi:///1", "no camera host"),
    ("isapi://10.0.0.7/1?x=1", "no query"),
])
def test_settings_from_uri_refuses_with_a_reason(uri, needle):
    with pytest.raises(CanthusError) as e:
        settings_from_uri(uri)
    assert needle in str(e.value)
    assert "secret" not in str(e.value)


@pytest.mark.parametrize("fields, loc", [
    ({"host": "http://10.0.0.7"}, "host"),
    ({"host": "cam/1"}, "host"),
    ({"port": 0}, "port"),
    ({"port": 70000}, "port"),
    ({"channel": 0}, "channel"),
    ({"fps": 0.1}, "fps"),
    ({"fps": 25.0}, "fps"),
    ({"fps": float("nan")}, "fps"),
    ({"fps": "2"}, "fps"),
    ({"read_timeout_s": 0.0}, "read_timeout_s"),
    ({"user": "ad:min"}, "user"),
    ({"password": "x"}, "password"),  # no password key in a site file
])
def test_settings_refuse_bad_values(fields, loc):
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as e:
        IsapiSourceConfig(**{"host": "10.0.0.7", **fields})
    assert e.value.errors()[0]["loc"][0] == loc


def test_missing_ca_file_is_named(tmp_path):
    s = IsapiSourceConfig(host="127.0.0.1", https=True, ca_file="camera-ca.pem")
    with pytest.raises(CanthusError, match="camera-ca.pem"):
        open_source(s, "Main entrance", tmp_path, password=PASSWORD)


# -- credentials ------------------------------------------------------------------

def test_credentials_live_in_the_test_keyring_under_a_normalised_name():
    assert type(keyring.get_keyring()).__name__ == "MemoryKeyring"  # never the real OS keyring
    set_camera_password("Main  Entrance", PASSWORD)
    assert get_camera_password("main entrance") == PASSWORD
    assert keyring.get_password(SERVICE, "main entrance") == PASSWORD
    assert get_camera_password("Staff entrance") is None
    for bad in ("", "two\nlines", "x" * 129):
        with pytest.raises(CanthusError):
            set_camera_password("Main entrance", bad)
    assert get_camera_password("Main entrance") == PASSWORD  # a refused one leaves the stored one

