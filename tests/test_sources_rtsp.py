"""Visible RTSP streams: a grey picture shown as "Not radiometric", never measured.

No RTSP server can run here, so the stream is a short video file written in
the test and opened through the very same OpenCV FFmpeg code path (the
``target`` the source opens instead of the camera's URL); unreachable and
silent cameras are local ports. No real RTSP camera or server was tried.
"""

from __future__ import annotations

import logging
import socket
import threading
import time

import cv2
import numpy as np
import pytest

from app.camera_loop import CameraLoop
from app.core import gate
from app.core.config import EngineConfig
from app.core.engine import Engine
from app.core.errors import CanthusError, describe_validation_error
from app.core.frame import Frame
from app.render.base import TileView
from app.render.theme import TILE_BG
from app.sources import registry
from app.sources.base import SourceError
from app.sources.credentials import set_camera_password
from app.sources.rtsp import RtspSettings, RtspSource, mask, open_source, settings_from_uri, with_credentials

W, H = 64, 48
SECRET = "s3cr:t/Pw"  # a colon and a slash: percent-encoded in the URL
# Left half pure blue, right half pure red (BGR): grey 29 and 76 by ITU-R BT.601.
GREY_LEFT, GREY_RIGHT = 29, 76


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "stream.avi"
    writer = cv2.VideoWriter(str(path), cv2.CAP_FFMPEG, cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (W, H))
    assert writer.isOpened()
    img = np.zeros((H, W, 3), np.uint8)
    img[:, : W // 2] = (255, 0, 0)
    img[:, W // 2 :] = (0, 0, 255)
    for _ in range(20):
        writer.write(img)
    writer.release()
    return path


def settings(**kw) -> RtspSettings:
    return RtspSettings(url=kw.pop("url", "rtsp://192.0.2.20:554/live"), **kw)


def first_frame(src, tries: int = 50) -> Frame:
    for _ in range(tries):
        frame = src.read(timeout=0.2)
        if frame is not None:
            return frame
    raise AssertionError("no frame from the video")


# -- settings --------------------------------------------------------------------


def test_a_password_in_the_site_files_url_is_refused_without_repeating_it():
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as err:
        RtspSettings(url=f"rtsp://admin:{SECRET}@192.0.2.20/live")
    text = describe_validation_error(err.value)
    assert "url" in text and "keyring" in text and SECRET not in text
    with pytest.raises(ValidationError, match="rtsp:// or rtsps://"):
        RtspSettings(url="http://192.0.2.20/live")
    with pytest.raises(ValidationError, match="less than or equal to 60"):
        settings(fps=120.0)
    with pytest.raises(ValidationError, match="greater than or equal to 0.5"):
        settings(open_timeout_s=0.0)
    with pytest.raises(ValidationError, match="colon"):
        settings(user="a:b")


def test_uris_give_settings_and_a_password_in_one_is_refused_unrepeated():
    s = registry.settings_from_uri("rtsp://viewer@cam.example:8554/stream1")
    assert isinstance(s, RtspSettings) and s.user == "viewer" and s.url == "rtsp://cam.example:8554/stream1"
    assert registry.settings_from_uri("rtsps://cam.example/x").url == "rtsps://cam.example/x"
    with pytest.raises(CanthusError, match="never goes in a URI") as err:
        settings_from_uri(f"rtsp://viewer:{SECRET}@cam.example/x")
    assert SECRET not in str(err.value)
    with pytest.raises(CanthusError, match="(?i)port"):
        settings_from_uri("rtsp://cam.example:99999/x")


def test_credentials_are_encoded_into_the_url_and_masked_out_of_text():
    url = with_credentials("rtsp://192.0.2.20:554/live", "viewer", SECRET)
    assert url == "rtsp://viewer:s3cr%3At%2FPw@192.0.2.20:554/live"
    assert mask(f"could not open {url}", SECRET) == "could not open rtsp://***@192.0.2.20:554/live"
    assert SECRET not in mask(f"{SECRET} and {url}", SECRET)


# -- the stream ------------------------------------------------------------------


def test_a_stream_gives_grey_display_only_frames_then_ends_offline(video):
    src = RtspSource(settings(fps=10.0), "Lobby", target=str(video))
    try:
        assert src.fps == 10.0 and src.warmup_s == 0.0
        frame = first_frame(src)
        assert frame.celsius is None and frame.raw is None and frame.radiometer is None
        assert frame.flags == {"not_radiometric"} and frame.source == "rtsp://192.0.2.20:554/live"
        pic = frame.visible
        assert pic.dtype == np.uint8 and pic.shape == (H, W) and pic.flags.c_contiguous
        # MJPEG is lossy: the halves' grey levels within a few steps, away from the edge between them
        assert abs(int(np.median(pic[:, : W // 2 - 4])) - GREY_LEFT) <= 4
        assert abs(int(np.median(pic[:, W // 2 + 4 :])) - GREY_RIGHT) <= 4
        with pytest.raises(SourceError, match="stream stopped") as err:
            for _ in range(200):
                src.read(timeout=0.2)
        assert err.value.state == "offline" and err.value.retry
    finally:
        src.close()


def test_rotation_and_mirror_apply_to_the_picture(video):
    src = RtspSource(settings(rotate=90, mirror=True), "Lobby", target=str(video))
    try:
        pic = first_frame(src).visible
    finally:
        src.close()
    # turned clockwise, the blue (darker) left half is on top; mirroring left-right keeps it there
    assert pic.shape == (W, H)
    assert np.median(pic[: W // 2 - 4]) < np.median(pic[W // 2 + 4 :])


def test_an_unreachable_camera_is_offline_within_the_open_timeout_and_no_text_holds_the_password(capfd, caplog):
    caplog.set_level(logging.DEBUG)
    s = RtspSettings(url="rtsp://127.0.0.1:1/x", user="viewer", open_timeout_s=2.0)
    t0 = time.monotonic()
    with pytest.raises(SourceError) as err:
        open_source(s, "Lobby", None, password=SECRET)
    assert time.monotonic() - t0 < 30.0  # a generous guard: FFmpeg gives up at the timeout or sooner
    assert err.value.state == "offline" and err.value.retry
    assert "rtsp://127.0.0.1:1/x" in str(err.value)
    out, errs = capfd.readouterr()
    for text in (str(err.value), out, errs, caplog.text):
        assert SECRET not in text and "s3cr%3A" not in text


def test_a_silent_server_is_given_up_at_the_open_timeout():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    conns = []

    def accept():  # accept and say nothing, like a hung camera
        while True:
            try:
                conns.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    port = server.getsockname()[1]
    try:
        t0 = time.monotonic()
        with pytest.raises(SourceError, match="cannot be opened") as err:
            RtspSource(RtspSettings(url=f"rtsp://127.0.0.1:{port}/x", open_timeout_s=1.0), "Lobby")
        assert time.monotonic() - t0 < 30.0  # a generous guard, not a duration check
        assert err.value.state == "offline"
        assert conns, "the source never reached the server"
    finally:
        server.close()
        for c in conns:
            c.close()


def test_a_camera_that_answers_but_will_not_stream_with_a_password_is_tried_once():
    """Cameras lock an account after a few refused logins: one try, then left alone."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    conns = []

    def refuse():  # accept and hang up at once, as a camera refusing a login ends the session
        while True:
            try:
                c = server.accept()[0]
            except OSError:
                return
            conns.append(c)
            c.close()

    threading.Thread(target=refuse, daemon=True).start()
    port = server.getsockname()[1]
    try:
        with pytest.raises(SourceError) as err:
            open_source(RtspSettings(url=f"rtsp://127.0.0.1:{port}/x", user="viewer", open_timeout_s=1.0),
                        "Lobby", None, password=SECRET)
        assert err.value.state == "credentials_refused" and not err.value.retry
        assert "password refused or wrong path" in str(err.value) and SECRET not in str(err.value)
    finally:
        server.close()


def test_a_user_without_a_stored_password_is_a_login_failure_not_retried(video):
    s = RtspSettings(url="rtsp://127.0.0.1:1/x", user="viewer", open_timeout_s=1.0)
    with pytest.raises(SourceError, match="no password") as err:
        open_source(s, "Lobby")
    assert err.value.state == "credentials_refused" and not err.value.retry
    set_camera_password("Lobby", SECRET)  # the in-memory keyring of the tests
    with pytest.raises(SourceError) as err:
        open_source(s, "Lobby")
    assert err.value.state == "offline" and SECRET not in str(err.value)


# -- never measured ----------------------------------------------------------------


def picture() -> np.ndarray:
    return np.tile(np.linspace(0, 255, W).astype(np.uint8), (H, 1))


@pytest.mark.parametrize("flags", [frozenset({"not_radiometric"}), frozenset()])
def test_a_visible_frame_is_refused_for_screening_even_without_its_flag(flags):
    engine = Engine("Lobby")
    for seq in range(1, 30):
        frame = Frame("Lobby", seq, seq / 10, None, "rtsp://x", flags, visible=picture())
        assert "never screened" in gate.check_structure(frame)
        res = engine.process(frame)
        assert res.decisions == [] and res.tracks == [] and res.camera_state not in ("live", "ffc")
        assert res.frame.celsius is None
    assert engine.decisions_made == 0


def test_idle_passes_the_picture_on_for_display_with_no_mask():
    engine = Engine("Lobby")
    pic = np.asfortranarray(picture())
    res = engine.idle(Frame("Lobby", 1, 0.0, None, "rtsp://x", frozenset({"not_radiometric"}), visible=pic),
                      "not_radiometric")
    assert res.camera_state == "not_radiometric" and res.decisions == [] and res.tracks == []
    assert res.frame.celsius is None and res.fever_mask.size == 0
    np.testing.assert_array_equal(res.frame.visible, pic)
    assert res.frame.visible.flags.c_contiguous
    bad = engine.idle(Frame("Lobby", 2, 0.1, None, "", frozenset(), visible=np.zeros((4, 4), np.uint8)), "x")
    assert bad.frame.visible is None and "too small" in bad.detail


class _EndlessStream:
    """A stream that never ends (a 20-frame file could end, under load, before the loop took 3,
    and the loop then waited in its reconnect backoff)."""

    def __init__(self, img):
        self.img = img

    def isOpened(self):
        return True

    def get(self, prop):
        return 10.0

    def read(self):
        time.sleep(0.02)
        return True, self.img.copy()

    def release(self):
        pass


def test_the_camera_loop_shows_a_stream_as_not_radiometric_and_decides_nothing(monkeypatch):
    img = np.zeros((H, W, 3), np.uint8)
    img[:, : W // 2] = (255, 0, 0)
    monkeypatch.setattr("app.sources.rtsp._ffmpeg_capture", lambda target, open_ms, read_ms: _EndlessStream(img))
    src = RtspSource(settings(), "Lobby", target="rtsp://192.0.2.20:554/live")
    loop = CameraLoop(EngineConfig(), source=src)
    decisions = []
    loop.on_decision = decisions.append
    for _ in range(200):
        loop.step()
        if loop.frames >= 3:
            break
    res = loop.take_latest()
    loop.stop()
    loop.run()  # returns at once, closing the source
    assert loop.frames >= 3 and [e.state for e in loop.events] == ["not_radiometric"]
    assert res is not None and res.frame.visible is not None and res.frame.celsius is None
    assert decisions == [] and loop.warmup_left_s is None


# -- on the wall ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def gl_ok():
    from app.render.glinfo import probe_gl

    return probe_gl()


@pytest.mark.parametrize("kind", ["cpu", "gpu"])
def test_a_wall_draws_the_picture_in_grey_without_a_scale(kind, qtbot, gl_ok):
    if kind == "gpu":
        if not gl_ok.ok:
            pytest.skip(f"no OpenGL context on this machine: {gl_ok.error}")
        from app.render.vispy_wall import VispyWall

        wall = VispyWall(size=(320, 240), renderer_hint=gl_ok.renderer)
    else:
        from app.render.cpu_wall import CpuWall

        wall = CpuWall()
    try:
        wall.widget.resize(320, 240)
        wall.widget.show()
        qtbot.waitExposed(wall.widget)
        wall.configure(1, 1, 1, [0])
        # first a thermal frame, so the scale bar is drawn, then the visible picture replaces it
        wall.show(TileView(0, "Lobby", "live", celsius=np.full((H, W), 30.0, np.float32)))
        wall.grab_rgb()
        wall.show(TileView(0, "Lobby", "not_radiometric", "Visible camera: no screening here", visible=picture()))
        img = wall.grab_rgb().astype(int)
        s = img.shape[1] / wall.widget.width()
        rect = wall.image_rect(0)
        assert rect is not None
        row = int((rect.y + rect.h * 0.1) * s)  # above the overlay words
        for ix in (4, 20, 40, 60):
            px = img[row, int((rect.x + (ix + 0.5) * rect.w / W) * s)]
            want = picture()[0, ix]
            assert np.ptp(px) <= 2 and abs(px[0] - int(want)) <= 6, (ix, px, want)
        bar = wall._tiles[0].geo.bar
        area = img[int(bar.y * s) + 2 : int(bar.bottom * s) - 2, int(bar.x * s) + 1 : int(bar.right * s) - 1]
        assert np.abs(area - np.array(TILE_BG)).max() <= 3, "a scale bar beside a picture that has no temperatures"
    finally:
        wall.close()
        qtbot.wait(1)
