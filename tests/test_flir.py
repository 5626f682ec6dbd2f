"""FLIR radiometric JPEG / SEQ / CSQ reader against real third-party files.

The files live in ``../shared/data/flir-radiometric`` beside the repository
(see its README for what each one is and the figures quoted below); tests that
need them are skipped when the folder is absent.

Published values used besides that README:

* Thermimage README (github.com/gtatters/Thermimage, README.md): its sample
  ``IR_2412.jpg`` (= ``bird_sc660.jpg``) loads as
  ``int [1:480, 1:640] 18090 18074 18064 18061 18081 18057 18092 18079 18071 18071``
  (an R matrix printed column-major: the first ten rows of column 0) and
  converts to ``num [1:480, 1:640] 23.7 23.6 23.6 23.6 23.7`` (3 significant
  figures); its ``SampleSEQ.seq`` (= ``bird_sc660.seq``) has 2 frames stamped
  15:52:08.698 and 15:52:12.665 (interval 3.97 s), and its calibration gives
  ``templookup[c(17172, 18273, 24932)] = 18.30964 24.77935 57.07821``.
* Thermimage ``raw2temp.Rd``: FLIR SC660 constants PlanckR1 21106.77, B 1501,
  F 1, O -7340, R2 0.012545258.
"""

from __future__ import annotations

import struct
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.core import flir
from app.core.errors import BadRecording
from app.core.flir import FlirFrame, flir_to_celsius, iter_flir, read_flir
from app.core.radiometry import PlanckParams, counts_to_celsius

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "flir-radiometric"

needs_data = pytest.mark.skipif(
    not DATA.is_dir(),
    reason=f"third-party FLIR sample files not found at {DATA} (only present beside the project's own checkout)",
)

# file -> (frames, (rows, cols), camera model)
FILES = {
    "people_lab_i60.jpg": (1, (180, 180), "FLIR i60"),
    "seated_group_e40.jpg": (1, (120, 160), "FLIR E40"),
    "mug_flir_one.jpg": (1, (320, 240), ""),  # FLIR ONE writes "*" as its model
    "bird_sc660.jpg": (1, (480, 640), "FLIR SC660"),
    "bird_sc660.seq": (2, (480, 640), "FLIR SC660"),
    "hand_t1030sc.csq": (8, (768, 1024), "FLIR T1030sc 12__"),  # as stored
}

_cache: dict[str, list[FlirFrame]] = {}


def frames_of(name: str) -> list[FlirFrame]:
    if name not in _cache:
        _cache[name] = read_flir(DATA / name)
    return _cache[name]


def celsius_of(name: str) -> list[np.ndarray]:
    return [flir_to_celsius(f) for f in frames_of(name)]


# --------------------------------------------------------------------------
# Every file reads, with the README's shapes


@needs_data
@pytest.mark.parametrize("name", list(FILES))
def test_each_file_reads(name: str) -> None:
    n, shape, model = FILES[name]
    frames = frames_of(name)
    assert len(frames) == n
    for fr in frames:
        assert isinstance(fr, FlirFrame)
        assert fr.counts.dtype == np.uint16 and fr.counts.shape == shape
        assert fr.counts.flags.c_contiguous and not fr.counts.flags.writeable
        assert fr.camera_model == model
        c = flir_to_celsius(fr)
        assert c.dtype == np.float32 and c.shape == shape and np.isfinite(c).all()
    assert frames[0].t == 0.0


@needs_data
@pytest.mark.parametrize("name", list(FILES))
def test_planck_params_are_sane(name: str) -> None:
    for fr in frames_of(name):
        p = fr.params
        assert isinstance(p, PlanckParams)
        assert 1e3 < p.r1 < 1e5 and 1e-3 < p.r2 < 1.0
        assert 1000.0 < p.b < 2000.0 and p.f == 1.0 and -10000 < p.o < 0
        assert p.emissivity in (0.95, 0.98)
        assert p.distance_m == 1.0 and p.window_transmission == 1.0
        assert p.humidity_pct == 50.0  # stored as the fraction 0.5
        assert p.atmosphere_c == 20.0 and p.window_c == 20.0  # stored as 293.15 K
        assert p.reflected_c in (20.0, 21.0)
        # FLIR's standard atmospheric constants
        assert (p.alpha1, p.alpha2, p.beta1, p.beta2, p.x) == (0.006569, 0.01262, -0.002276, -0.00667, 1.9)


@needs_data
def test_sc660_constants_match_thermimage() -> None:
    for name in ("bird_sc660.jpg", "bird_sc660.seq"):
        p = frames_of(name)[0].params
        assert (p.r1, p.b, p.f, p.o) == (21106.77, 1501.0, 1.0, -7340.0)
        assert p.r2 == pytest.approx(0.012545258, rel=1e-7)
        assert p.emissivity == 0.95


@needs_data
def test_i60_conditions() -> None:
    p = frames_of("people_lab_i60.jpg")[0].params
    assert p.emissivity == 0.98 and p.reflected_c == 21.0


# --------------------------------------------------------------------------
# Temperatures against the published figures


@needs_data
@pytest.mark.parametrize(
    "name,lo,hi,tol",
    [
        ("people_lab_i60.jpg", None, 34.3, 0.3),  # hottest pixel ~34.3 °C on a face
        ("seated_group_e40.jpg", None, 35.6, 0.3),  # max ~35.6 °C on a face
        ("mug_flir_one.jpg", 26.0, 62.0, 0.5),  # "26-62 °C": whole degrees
        ("bird_sc660.jpg", 22.7, 35.3, 0.3),  # 22.7-35.3 °C
    ],
)
def test_still_temperatures_match_readme(name: str, lo: float | None, hi: float, tol: float) -> None:
    c = celsius_of(name)[0]
    assert float(c.max()) == pytest.approx(hi, abs=tol)
    if lo is not None:
        assert float(c.min()) == pytest.approx(lo, abs=tol)


@needs_data
def test_hand_csq_skin_max() -> None:
    for c in celsius_of("hand_t1030sc.csq"):  # skin max ~35.3 °C in every frame
        assert float(c.max()) == pytest.approx(35.3, abs=0.3)


@needs_data
def test_bird_jpeg_pixels_match_thermimage_readme() -> None:
    fr = frames_of("bird_sc660.jpg")[0]
    np.testing.assert_array_equal(
        fr.counts[:10, 0], [18090, 18074, 18064, 18061, 18081, 18057, 18092, 18079, 18071, 18071]
    )
    c = flir_to_celsius(fr)
    np.testing.assert_allclose(c[:5, 0], [23.7, 23.6, 23.6, 23.6, 23.7], atol=0.05 + 0.01)


@needs_data
def test_seq_calibration_reproduces_thermimage_lookup() -> None:
    fr = frames_of("bird_sc660.seq")[0]
    published = [18.30964, 24.77935, 57.07821]
    np.testing.assert_allclose(counts_to_celsius(np.array([17172, 18273, 24932]), fr.params), published, atol=2e-5)
    probe = FlirFrame(np.array([[17172, 18273, 24932]], np.uint16), fr.params, 0.0, fr.camera_model)
    np.testing.assert_allclose(flir_to_celsius(probe), [published], atol=1e-3)


# --------------------------------------------------------------------------
# Sequences: frame count and time


@needs_data
def test_seq_two_frames_with_thermimage_timestamps() -> None:
    frames = frames_of("bird_sc660.seq")
    assert [f.t for f in frames][0] == 0.0
    # 15:52:12.665 - 15:52:08.698 = 3.967 s (Thermimage README, millisecond stamps)
    assert frames[1].t == pytest.approx(3.967, abs=0.002)
    assert not np.array_equal(frames[0].counts, frames[1].counts)


@needs_data
def test_csq_eight_frames_at_30_fps() -> None:
    ts = np.array([f.t for f in frames_of("hand_t1030sc.csq")])
    assert ts[0] == 0.0 and (np.diff(ts) > 0).all()
    np.testing.assert_allclose(np.diff(ts), 1 / 30, atol=0.002)  # millisecond stamps at 30 fps


@needs_data
def test_iter_flir_streams() -> None:
    it = iter_flir(DATA / "hand_t1030sc.csq")
    first = next(it)
    np.testing.assert_array_equal(first.counts, frames_of("hand_t1030sc.csq")[0].counts)
    assert sum(1 for _ in it) == 7
    assert len(list(iter_flir(DATA / "bird_sc660.jpg"))) == 1


@needs_data
def test_luts_are_cached_per_params() -> None:
    frames = frames_of("hand_t1030sc.csq")
    assert len({f.params for f in frames}) == 1
    flir_to_celsius(frames[0])
    before = flir._lut.cache_info()
    for f in frames:
        flir_to_celsius(f)
    after = flir._lut.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + len(frames)


@needs_data
def test_flir_to_celsius_timing_640x480(capsys: pytest.CaptureFixture[str]) -> None:
    fr = frames_of("bird_sc660.jpg")[0]
    flir_to_celsius(fr)  # table built and cached
    n = 50
    t0 = time.perf_counter()
    for _ in range(n):
        flir_to_celsius(fr)
    per_frame_ms = (time.perf_counter() - t0) / n * 1e3
    flir._lut.cache_clear()
    t0 = time.perf_counter()
    flir_to_celsius(fr)
    build_ms = (time.perf_counter() - t0) * 1e3
    with capsys.disabled():
        print(f"\nflir_to_celsius 640x480: {per_frame_ms:.2f} ms/frame cached, {build_ms:.1f} ms with table build")


# --------------------------------------------------------------------------
# Bad input: one clear BadRecording sentence naming the file


def assert_clear(err: pytest.ExceptionInfo[BadRecording], path: Path, *words: str) -> None:
    msg = str(err.value)
    assert str(path) in msg, msg
    assert "\n" not in msg and "Traceback" not in msg
    for w in words:
        assert w in msg, msg


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.seq"
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "does not exist")
    with pytest.raises(BadRecording):
        iter_flir(path)  # raised at the call, not at the first next()


def test_directory_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(BadRecording) as err:
        read_flir(tmp_path)
    assert_clear(err, tmp_path, "directory")
    empty = tmp_path / "empty.csq"
    empty.write_bytes(b"")
    with pytest.raises(BadRecording) as err:
        read_flir(empty)
    assert_clear(err, empty, "empty")


def test_garbage_file(tmp_path: Path) -> None:
    path = tmp_path / "garbage.seq"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "not a FLIR radiometric file")


def test_garbage_after_fff_magic(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    for i in range(30):
        path = tmp_path / f"fake{i}.seq"
        path.write_bytes(b"FFF\x00" + rng.integers(0, 256, int(rng.integers(0, 3000)), dtype=np.uint8).tobytes())
        with pytest.raises(BadRecording) as err:
            read_flir(path)
        assert_clear(err, path)


def test_ordinary_jpeg_without_flir_data(tmp_path: Path) -> None:
    ok, buf = cv2.imencode(".jpg", np.zeros((32, 32, 3), np.uint8))
    assert ok
    path = tmp_path / "photo.jpg"
    path.write_bytes(buf.tobytes())
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "without FLIR radiometric data")


@needs_data
def test_truncated_jpeg(tmp_path: Path) -> None:
    data = (DATA / "bird_sc660.jpg").read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 3])  # inside the FLIR APP1 segments
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "truncated")


@needs_data
def test_jpeg_missing_a_flir_segment(tmp_path: Path) -> None:
    data = (DATA / "bird_sc660.jpg").read_bytes()
    # drop the third APP1 "FLIR" segment (the bird JPEG has 10)
    pos, seen = 2, 0
    while True:
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if data[pos + 1] == 0xE1 and data[pos + 4 : pos + 9] == b"FLIR\x00":
            seen += 1
            if seen == 3:
                break
        pos += 2 + length
    path = tmp_path / "gap.jpg"
    path.write_bytes(data[:pos] + data[pos + 2 + length :])
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "missing FLIR APP1 segment")


@needs_data
def test_truncated_seq_yields_good_frames_then_raises(tmp_path: Path) -> None:
    data = (DATA / "bird_sc660.seq").read_bytes()
    path = tmp_path / "cut.seq"
    path.write_bytes(data[:900_000])  # inside frame 2's raw data
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "truncated", "frame 2")
    it = iter_flir(path)
    np.testing.assert_array_equal(next(it).counts, frames_of("bird_sc660.seq")[0].counts)
    with pytest.raises(BadRecording):
        next(it)


@needs_data
def test_truncated_csq(tmp_path: Path) -> None:
    data = (DATA / "hand_t1030sc.csq").read_bytes()
    for cut, frame in ((100_000, "frame 1"), (600_000, "frame 4"), (len(data) - 20, "frame 8")):
        path = tmp_path / f"cut{cut}.csq"
        path.write_bytes(data[:cut])
        with pytest.raises(BadRecording) as err:
            read_flir(path)
        assert_clear(err, path, "truncated", frame)


@needs_data
def test_corrupt_records(tmp_path: Path) -> None:
    seq = bytearray((DATA / "bird_sc660.seq").read_bytes())
    # FFF header's entry count (little-endian int32 at 0x1c) -> absurd
    bad = bytearray(seq)
    bad[0x1C:0x20] = struct.pack("<I", 0x7FFFFFFF)
    path = tmp_path / "dir.seq"
    path.write_bytes(bytes(bad))
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "FFF directory", "frame 1")
    # CameraInfo of frame 1 starts at 320: emissivity (float at +0x20) -> 0
    bad = bytearray(seq)
    bad[320 + 0x20 : 320 + 0x24] = struct.pack("<f", 0.0)
    path = tmp_path / "emissivity.seq"
    path.write_bytes(bytes(bad))
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "emissivity", "frame 1")
    # junk between frames
    path = tmp_path / "junk.seq"
    path.write_bytes(bytes(seq[:617180]) + b"\x01junk" * 40 + bytes(seq[617180:]))
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "not a FLIR frame")
    # JPEG-LS stream of CSQ frame 1 damaged (raw record at 3804, image at +32)
    csq = bytearray((DATA / "hand_t1030sc.csq").read_bytes())
    csq[3804 + 32 + 2 : 3804 + 32 + 40] = b"\x00" * 38
    path = tmp_path / "jpegls.csq"
    path.write_bytes(bytes(csq))
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert_clear(err, path, "frame 1")


@needs_data
@pytest.mark.parametrize("name", ["people_lab_i60.jpg", "bird_sc660.seq", "hand_t1030sc.csq"])
def test_fuzzed_copies_raise_only_bad_recording(name: str, tmp_path: Path) -> None:
    """Cut or bit-flipped copies either read as the original or raise BadRecording."""
    data = (DATA / name).read_bytes()
    original = frames_of(name)
    rng = np.random.default_rng(7)
    path = tmp_path / name
    for cut in rng.integers(1, len(data), 12):
        path.write_bytes(data[:cut])
        try:
            frames = read_flir(path)
        except BadRecording as err:
            assert str(path) in str(err)
            continue
        # a cut copy that reads must have lost nothing (a JPEG cut in its visible image)
        assert len(frames) == len(original)
        for a, b in zip(frames, original):
            np.testing.assert_array_equal(a.counts, b.counts)
            assert a.params == b.params
    for _ in range(60):  # flips in the headers of the first frame: read that frame only
        b = bytearray(data)
        b[int(rng.integers(0, 4000))] ^= int(rng.integers(1, 256))
        path.write_bytes(bytes(b))
        try:
            next(iter_flir(path))
        except BadRecording as err:
            assert str(path) in str(err)


@needs_data
def test_frames_carry_the_recorded_frame_rate() -> None:
    assert {f.fps for f in frames_of("hand_t1030sc.csq")} == {30.0}  # the README's 30 fps
    assert {f.fps for f in frames_of("bird_sc660.seq")} == {30.0}  # what the camera records, though saved 3.97 s apart
