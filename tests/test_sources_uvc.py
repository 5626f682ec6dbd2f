"""UVC radiometric cameras (PureThermal/Lepton, InfiRay P2 Pro / Topdon TC001) against a fake OpenCV capture.

The fake yields frames in the layouts the real devices send: Lepton Y16 with
the two telemetry rows in the footer (row A packed with flirpy's published
struct layout, independently of the offsets in app.sources.uvc), the
InfiRay's two 256×192 halves as YUYV byte pairs, the flattened rows of
OpenCV 4.11 and DirectShow's flat buffers, an unplugged device and a read
that hangs.
"""

from __future__ import annotations

import struct
import threading

import cv2
import numpy as np
import pytest
from pydantic import ValidationError

from app.core.engine import Engine
from app.core.errors import CanthusError
from app.sources import uvc
from app.sources.base import SourceError
from app.sources.uvc import UvcSettings, open_source, parse_telemetry, settings_from_uri

K = 273.15
# flirpy/camera/lepton.py decode_telemetry: row A of the footer, little-endian words
FLIRPY_ROW_A = "<2sII16x8s6xIH2xH8xHI4x4H2H64xI172x"
assert struct.calcsize(FLIRPY_ROW_A) == 320  # one 160-pixel row: telemetry rows A and B


def scene(rows: int = 120, cols: int = 160) -> np.ndarray:
    """°C: a 22 °C room with a 36.5 °C face and a 37.2 °C hottest spot."""
    c = np.full((rows, cols), 22.0)
    c[rows // 4: rows // 2, cols // 3: cols // 2] = 36.5
    c[rows // 3, cols // 3 + 4] = 37.2
    return c


def lepton_frame(celsius: np.ndarray, *, resolution: float = 0.01, ffc_state: int = 3, uptime_ms: int = 600_000,
                 last_ffc_ms: int = 100_000, tlinear: int = 1, telemetry: str | None = "footer") -> np.ndarray:
    """A PureThermal Y16 frame: TLinear counts plus (footer) telemetry rows, as OpenCV returns it."""
    counts = np.rint((celsius + K) / resolution).astype(np.uint16)
    if telemetry is None:
        return counts
    row_a = struct.pack(FLIRPY_ROW_A, b"\x0e\x09", uptime_ms, ffc_state << 4, b"\0" * 8, 4242, 8000,
                        30315, 30100, last_ffc_ms, 0, 0, 119, 159, 0, 0, 0)
    tel = np.zeros((2, celsius.shape[1]), np.uint16)
    tel[0] = np.frombuffer(row_a, "<u2")
    tel[1, 48] = tlinear  # row C, word 48: TLinear enable
    tel[1, 49] = 1 if resolution == 0.01 else 0  # row C, word 49: LEP_RAD_RESOLUTION_0_01 = 1
    return np.vstack([counts, tel] if telemetry == "footer" else [tel, counts])


def infiray_frame(celsius: np.ndarray) -> np.ndarray:
    """A P2 Pro / TC001 frame with RGB conversion off: (384, 256, 2) bytes; lower half raw = (°C + 273.15)·64."""
    raw = np.rint((celsius + K) * 64).astype("<u2")
    agc = np.full((192, 256), 0xFFFF, "<u2")  # the camera's grey picture: must be ignored
    return np.vstack([agc, raw]).view(np.uint8).reshape(384, 256, 2)


class FakeCapture:
    """Stands in for cv2.VideoCapture: records what was set, in order; plays the given frames."""

    def __init__(self, frames, *, opened=True, size=(0, 0), fps=9.0, y16_ok=True, hang: threading.Event | None = None,
                 paced: bool = False):
        self.frames = list(frames)
        # paced: each read waits for the test to release one frame, as a camera's clock would
        self.step = threading.Semaphore(0) if paced else None
        self.opened = opened
        self.size = size  # (width, height) the driver reports; (0, 0): unknown
        self.fps = fps
        self.y16_ok = y16_ok
        self.hang = hang
        self.calls: list[tuple[int, float]] = []
        self.released = threading.Event()
        self.device = self.api = None

    def isOpened(self):
        return self.opened

    def set(self, prop, value):
        self.calls.append((prop, value))
        return self.y16_ok if prop == cv2.CAP_PROP_FOURCC else True

    def get(self, prop):
        return {cv2.CAP_PROP_FRAME_WIDTH: self.size[0], cv2.CAP_PROP_FRAME_HEIGHT: self.size[1],
                cv2.CAP_PROP_FPS: self.fps}.get(prop, 0.0)

    def read(self):
        if self.hang is not None:
            self.hang.wait()
            return False, None
        if self.step is not None:
            self.step.acquire()
        if not self.frames:
            return False, None  # unplugged: V4L2 read fails
        return True, self.frames.pop(0)

    def release(self):
        self.released.set()


def open_fake(cap: FakeCapture, **settings):
    def factory(device, api):
        cap.device, cap.api = device, api
        return cap

    return open_source(UvcSettings(device=settings.pop("device", 0), **settings), "Entrance", None,
                       capture_factory=factory)


def read_all(src, n):
    frames = []
    for _ in range(n):
        f = src.read(5.0)
        assert f is not None
        frames.append(f)
    return frames


def test_lepton_centikelvin_telemetry_is_stripped_and_read():
    c = scene()
    cap = FakeCapture([lepton_frame(c, resolution=0.01)])
    src = open_fake(cap, device=2)
    try:
        f = src.read(5.0)
    finally:
        src.close()
    assert cap.device == 2 and cap.api == (cv2.CAP_V4L2 if uvc.sys.platform.startswith("linux") else cv2.CAP_DSHOW)
    # Y16 first, then RGB conversion off: the order the devices need
    assert cap.calls == [(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"Y16 ")), (cv2.CAP_PROP_CONVERT_RGB, 0)]
    assert f.raw.shape == (120, 160) and f.raw.dtype == np.uint16 and f.celsius is None
    assert f.flags == frozenset()
    celsius = f.ensure_celsius()
    assert np.abs(celsius - c).max() < 0.006  # 0.01 K counts, rounded
    assert celsius.max() == pytest.approx(37.2, abs=0.006)
    assert src.model == "lepton" and src.fps == 9.0
    tel = src.telemetry
    assert tel.uptime_ms == 600_000 and tel.last_ffc_ms == 100_000 and tel.ffc_state == 3
    assert tel.resolution.value == 0.01 and tel.tlinear_enabled
    assert f.camera == "Entrance" and f.source == "uvc:2" and f.seq == 1


def test_lepton_decikelvin_is_read_from_telemetry_not_assumed():
    c = scene()
    # the site file says 0.01 K, but the camera's telemetry says 0.1 K (low gain): the telemetry wins
    src = open_fake(FakeCapture([lepton_frame(c, resolution=0.1)]), tlinear_resolution="0.01")
    try:
        f = src.read(5.0)
    finally:
        src.close()
    celsius = f.ensure_celsius()
    assert np.abs(celsius - c).max() < 0.06
    assert 36.9 < float(celsius.max()) < 37.3  # /100 here would read 3102 counts as -242 °C


def test_ffc_in_progress_and_just_after_is_flagged_and_never_measured():
    c = scene()
    frames = [
        lepton_frame(c, ffc_state=1, uptime_ms=10_000, last_ffc_ms=1_000),  # imminent: still a good image
        lepton_frame(c, ffc_state=2, uptime_ms=10_500, last_ffc_ms=1_000),  # in progress: frozen
        lepton_frame(c, ffc_state=3, uptime_ms=11_900, last_ffc_ms=11_400),  # complete 0.5 s ago: settling
        lepton_frame(c, ffc_state=3, uptime_ms=13_000, last_ffc_ms=11_400),  # 1.6 s ago: good again
    ]
    cap = FakeCapture(frames, paced=True)
    src = open_fake(cap, ffc_settle_s=1.0)
    engine = Engine("Entrance")
    try:
        got = []
        for _ in frames:
            cap.step.release()
            f = src.read(5.0)
            got.append(f.flags)
            result = engine.process(f)
            # the gate takes the raw Y16 frame; an FFC frame screens nobody
            assert result.camera_state == ("ffc" if "ffc" in f.flags else "live"), result.detail
    finally:
        src.close()
        cap.step.release()  # the reader's next read returns and it releases the device
    assert got == [frozenset(), {"ffc"}, {"ffc"}, frozenset()]


def test_ffc_settle_uses_the_wrapping_millisecond_counters():
    c = scene()
    # uptime wrapped past 2**32 ms; the FFC was 300 ms before the wrap
    frame = lepton_frame(c, ffc_state=3, uptime_ms=200, last_ffc_ms=(1 << 32) - 300)
    tel = parse_telemetry(frame[-2:])
    assert tel.since_ffc_s == pytest.approx(0.5)


def test_header_telemetry_setting():
    c = scene()
    src = open_fake(FakeCapture([lepton_frame(c, telemetry="header")]), telemetry="header")
    try:
        f = src.read(5.0)
    finally:
        src.close()
    assert np.abs(f.ensure_celsius() - c).max() < 0.006


def test_telemetry_in_the_wrong_place_is_refused_with_the_setting_named():
    c = scene()
    src = open_fake(FakeCapture([lepton_frame(c, telemetry="header")]))  # site file says footer
    try:
        with pytest.raises(SourceError, match='telemetry = "footer"/"header"') as err:
            src.read(5.0)
    finally:
        src.close()
    assert err.value.state == "bad_frames"


def test_tlinear_off_is_not_radiometric_and_not_retried():
    src = open_fake(FakeCapture([lepton_frame(scene(), tlinear=0)]))
    try:
        with pytest.raises(SourceError, match="TLinear output is off") as err:
            src.read(5.0)
    finally:
        src.close()
    assert err.value.state == "not_radiometric" and err.value.retry is False


def test_lepton_without_telemetry_needs_the_resolution_setting():
    c = scene()
    src = open_fake(FakeCapture([lepton_frame(c, resolution=0.1, telemetry=None)]), tlinear_resolution="0.1")
    try:
        f = src.read(5.0)
    finally:
        src.close()
    assert f.raw.shape == (120, 160) and np.abs(f.ensure_celsius() - c).max() < 0.06

    src = open_fake(FakeCapture([lepton_frame(c, telemetry=None)]))
    try:
        with pytest.raises(SourceError, match='set tlinear_resolution = "0.01" or "0.1"') as err:
            src.read(5.0)
    finally:
        src.close()
    assert err.value.retry is False


@pytest.mark.parametrize("model", ["p2pro", "tc001", "auto"])
def test_infiray_lower_half_is_the_temperature_image(model):
    c = scene(192, 256)
    cap = FakeCapture([infiray_frame(c)], fps=25.0, y16_ok=False)
    src = open_fake(cap, model=model)
    try:
        f = src.read(5.0)
    finally:
        src.close()
    if model == "auto":  # Y16 is tried (and refused by the device), then RGB conversion off
        assert [p for p, _ in cap.calls] == [cv2.CAP_PROP_FOURCC, cv2.CAP_PROP_CONVERT_RGB]
    else:  # these cameras have no Y16: only RGB conversion off
        assert cap.calls == [(cv2.CAP_PROP_CONVERT_RGB, 0)]
    assert f.celsius.shape == (192, 256) and f.celsius.dtype == np.float32
    assert np.abs(f.celsius - c).max() <= 1 / 128 + 1e-4  # 1/64 K steps, rounded
    assert src.fps == 25.0


def test_infiray_byte_order_matches_the_documented_formula():
    # DOMAIN.md / PyThermalCamera: temp = (hi + lo*256)/64 - 273.15 with hi = byte 0, lo = byte 1
    c = scene(192, 256)
    frame = infiray_frame(c)
    hi, lo = int(frame[192 + 48, 85, 0]), int(frame[192 + 48, 85, 1])
    src = open_fake(FakeCapture([frame]), model="tc001")
    try:
        f = src.read(5.0)
    finally:
        src.close()
    assert f.celsius[48, 85] == pytest.approx((hi + lo * 256) / 64 - K, abs=1e-4)
    assert f.celsius[48, 85] == pytest.approx(36.5, abs=0.01)


def test_opencv_411_flattened_frames_are_reshaped():
    c = scene()
    y16 = lepton_frame(c)
    flat_bytes = y16.view(np.uint8).reshape(1, -1)  # 4.11 on V4L2: one row of bytes
    flat_words = y16.reshape(1, -1)  # one row of 16-bit words
    ir = infiray_frame(scene(192, 256)).reshape(1, -1)  # DirectShow with RGB conversion off
    for frame, size in [(flat_bytes, (160, 122)), (flat_words, (160, 122)), (flat_bytes, (0, 0))]:
        src = open_fake(FakeCapture([frame], size=size))
        try:
            f = src.read(5.0)
        finally:
            src.close()
        assert f.raw.shape == (120, 160) and np.abs(f.ensure_celsius() - c).max() < 0.006
    src = open_fake(FakeCapture([ir], size=(256, 384)))
    try:
        assert src.read(5.0).celsius.shape == (192, 256)
    finally:
        src.close()


def test_unknown_flattened_size_on_411_is_refused_naming_the_version(monkeypatch):
    monkeypatch.setattr(uvc, "opencv_version", lambda: "4.11.0")
    src = open_fake(FakeCapture([np.zeros((1, 2 * 100 * 77), np.uint8)]))
    try:
        with pytest.raises(SourceError, match=r"OpenCV 4\.11\.0 returns 16-bit V4L2 frames flattened"):
            src.read(5.0)
    finally:
        src.close()


def test_rgb_conversion_left_on_is_refused():
    src = open_fake(FakeCapture([np.zeros((120, 160, 3), np.uint8)]))
    try:
        with pytest.raises(SourceError, match="RGB conversion is still on") as err:
            src.read(5.0)
    finally:
        src.close()
    assert err.value.state == "not_radiometric"


def test_model_mismatch_is_refused():
    src = open_fake(FakeCapture([infiray_frame(scene(192, 256))]), model="lepton")
    try:
        with pytest.raises(SourceError, match=r"frames are 256×384, not 160×120/122"):
            src.read(5.0)
    finally:
        src.close()


def test_one_bad_frame_after_good_ones_is_retried_the_first_is_not():
    c = scene()
    glitch = np.zeros((121, 160), np.uint16)  # one short USB transfer
    cap = FakeCapture([lepton_frame(c), glitch], paced=True)  # the test releases one frame at a time
    src = open_fake(cap, model="lepton")
    try:
        cap.step.release()
        assert src.read(5.0) is not None
        cap.step.release()
        with pytest.raises(SourceError, match="frames are 160×121") as err:
            for _ in range(50):
                src.read(0.2)
        assert err.value.state == "bad_frames" and err.value.retry  # a reconnect mends a glitch
    finally:
        src.close()
    first = open_fake(FakeCapture([glitch]), model="lepton")
    try:
        with pytest.raises(SourceError) as err:
            first.read(5.0)
        assert not err.value.retry  # wrong from the first frame: a setting to fix
    finally:
        first.close()


def test_unplugged_camera_is_offline_and_retried():
    with pytest.raises(SourceError, match="UVC camera 3 .*cannot be opened") as err:
        open_fake(FakeCapture([], opened=False), device=3)
    assert err.value.state == "offline" and err.value.retry is True

    cap = FakeCapture([lepton_frame(scene())])  # one frame, then the cable is pulled
    src = open_fake(cap, device=1)
    try:
        assert src.read(5.0) is not None
        with pytest.raises(SourceError, match="UVC camera 1 .*stopped sending frames") as err:
            src.read(5.0)
    finally:
        src.close()
    assert err.value.state == "offline" and err.value.retry is True
    assert cap.released.wait(5.0)  # the reader released the device


def test_a_hung_read_returns_none_and_close_does_not_wait_for_it():
    hang = threading.Event()
    cap = FakeCapture([], hang=hang)
    src = open_fake(cap)
    try:
        assert src.read(0.05) is None  # no frame: the camera loop's grace period decides "offline"
        assert src.read(0.05) is None
        src.close()  # returns although the read is still hanging
        assert not cap.released.is_set()  # the capture is not released under a running read
    finally:
        hang.set()
    assert cap.released.wait(5.0)


def test_frames_not_taken_in_time_are_dropped_latest_wins():
    c = scene()
    frames = [lepton_frame(c + i) for i in range(5)]
    gate = threading.Event()
    cap = FakeCapture(frames)
    real_read = cap.read
    done = []

    def read():
        if len(cap.frames) == 0:
            done.append(1)
            gate.wait()
            return False, None
        return real_read()

    cap.read = read
    src = open_fake(cap)
    try:
        while not done:  # let the reader take all five frames before the first read
            threading.Event().wait(0.01)
        f = src.read(5.0)
        assert np.abs(f.ensure_celsius() - (c + 4)).max() < 0.006
        assert src.dropped == 4
    finally:
        gate.set()
        src.close()


def test_rotation_is_applied():
    c = scene()
    src = open_fake(FakeCapture([lepton_frame(c)]), rotate=90)
    try:
        f = src.read(5.0)
    finally:
        src.close()
    assert f.raw.shape == (160, 120)
    assert np.abs(f.ensure_celsius() - np.rot90(c, -1)).max() < 0.006


def test_settings_are_strict_with_clear_messages():
    with pytest.raises(ValidationError, match=r"Media Foundation \(MSMF\) cannot deliver"):
        UvcSettings(device=0, backend="MSMF")
    with pytest.raises(ValidationError, match="device index must be 0 to 255"):
        UvcSettings(device=-1)
    with pytest.raises(ValidationError, match="as a number"):
        UvcSettings(device="2")
    with pytest.raises(ValidationError, match="under /dev/"):
        UvcSettings(device="video2")
    with pytest.raises(ValidationError, match="under /dev/"):
        UvcSettings(device=True)
    with pytest.raises(ValidationError, match="Extra inputs"):
        UvcSettings(device=0, gain="high")
    with pytest.raises(ValidationError):
        UvcSettings(device=0, fps=float("nan"))
    with pytest.raises(ValidationError):
        UvcSettings(device=0, fps=500)
    assert UvcSettings(device="/dev/v4l/by-id/usb-GroupGets_PureThermal-video-index0").device.startswith("/dev/v4l")


def test_settings_from_uri():
    assert settings_from_uri("uvc:0") == UvcSettings(device=0)
    assert settings_from_uri("uvc:/dev/video2").device == "/dev/video2"
    s = settings_from_uri("uvc:1?model=tc001&fps=25&rotate=90&mirror=true")
    assert (s.device, s.model, s.fps, s.rotate, s.mirror) == (1, "tc001", 25.0, 90, True)
    for bad, what in [("uvc:", "uvc:INDEX"), ("video:0", "uvc:INDEX"), ("uvc:abc", "under /dev/"),
                      ("uvc:0?model=flir", "model"), ("uvc:0?fps=fast", "fps must be a number")]:
        with pytest.raises(CanthusError, match=what):
            settings_from_uri(bad)


def test_backend_choice_by_platform():
    assert uvc.backend_api("auto", "linux") == ("v4l2", cv2.CAP_V4L2)
    assert uvc.backend_api("auto", "win32") == ("dshow", cv2.CAP_DSHOW)
    with pytest.raises(CanthusError, match="V4L2 \\(Linux\\) or DirectShow"):
        uvc.backend_api("auto", "darwin")
