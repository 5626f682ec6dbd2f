"""Files as sources: orientation, CPTV, FLIR raw PNG byte order, the file source, replay of every kind.

Real files are read where they lie (``../shared/data``; skipped when absent).
Figures quoted from ``feverscreen-kiosk/README.md`` (frame counts, 120×160 at
9 Hz, 0.01 K, disc centres and set points, the non-radiometric coffee file)
and ``shared/data/README.md`` (FLIR sizes and byte orders). The kiosk files
are real people: nothing of them is written anywhere but tmp.
"""

from __future__ import annotations

import gzip
import json
import struct
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import imagecodecs
import numpy as np
import pytest
from pydantic import ValidationError

from app.core import flir
from app.core.config import EngineConfig, ReferenceConfig
from app.core.engine import Engine
from app.core.errors import BadRecording, CanthusError
from app.sources.base import SourceError
from app.sources.files import (
    FileSettings,
    FileSource,
    open_file_frames,
    open_source,
    settings_from_uri,
)
from app.sources.orient import OrientationSettings, orient, orient_box, oriented_shape

KIOSK = "feverscreen-kiosk"
# file -> frames, per the kiosk README's table
KIOSK_FRAMES = {
    "fs-1204-816674-2021-04-01T00_46_43.265Z.cptv": 71,
    "fs-1204-816640-2021-03-31T22_06_52.000Z.cptv": 111,
    "fs-1204-812680-2021-03-26T00_08_19.522Z.cptv": 321,
    "fs-1204-816672-2021-04-01T00_26_03.221Z.cptv": 119,
    "fs-1220-816619-2021-03-31T21_19_04.180Z.cptv": 50,
    "20210325-091249.cptv": 86,
    "20210326-110819.cptv": 102,
    "20210326-091927.cptv": 75,
    "fs-1204-816611-2021-03-31T20_35_57.326Z.cptv": 287,
}
SHORT = "fs-1220-816619-2021-03-31T21_19_04.180Z.cptv"


def _cptv_raw(path: Path) -> list:
    from cptv import CPTVReader

    with path.open("rb") as f:
        return list(CPTVReader(f))


# --------------------------------------------------------------------------
# Orientation


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("mirror", [False, True])
@pytest.mark.parametrize("dtype", [np.uint16, np.float32])
def test_orient_is_a_clockwise_turn_then_a_left_right_flip(rotate, mirror, dtype):
    a = np.arange(6 * 10, dtype=dtype).reshape(6, 10)
    out = orient(a, rotate, mirror)
    expected = np.rot90(a, -rotate // 90)
    if mirror:
        expected = expected[:, ::-1]
    np.testing.assert_array_equal(out, expected)
    assert out.dtype == dtype and out.flags.c_contiguous
    assert out.shape == oriented_shape(a.shape, rotate)
    if rotate == 0 and not mirror:
        assert out is a  # the identity costs nothing
    else:
        assert not np.shares_memory(out, a)


def test_orient_90_puts_the_top_left_pixel_top_right():
    a = np.zeros((4, 6), np.uint16)
    a[0, 0] = 1
    assert orient(a, 90)[0, -1] == 1  # clockwise: the top row becomes the right column
    assert orient(a, 270)[-1, 0] == 1
    with pytest.raises(ValueError, match="0, 90, 180 or 270"):
        orient(a, 45)


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("mirror", [False, True])
def test_orient_box_follows_the_pixels(rotate, mirror):
    a = np.zeros((12, 20), np.uint8)
    x, y, w, h = 3, 2, 5, 4
    a[y:y + h, x:x + w] = 1
    bx, by, bw, bh = orient_box(x, y, w, h, a.shape, rotate, mirror)
    turned = orient(a, rotate, mirror)
    ys, xs = np.nonzero(turned)
    assert (bx, by, bw, bh) == (xs.min(), ys.min(), xs.max() - xs.min() + 1, ys.max() - ys.min() + 1)


def test_orientation_settings_are_strict():
    assert OrientationSettings(rotate=270, mirror=True).rotate == 270
    for bad in ({"rotate": 45}, {"rotate": "90"}, {"mirror": "yes"}, {"rotation": 90}):
        with pytest.raises(ValidationError):
            OrientationSettings(**bad)


# --------------------------------------------------------------------------
# CPTV on the real kiosk files


@pytest.mark.parametrize("name", list(KIOSK_FRAMES))
def test_kiosk_files_read_with_the_readme_figures(shared_data, name):
    path = shared_data / KIOSK / name
    f = open_file_frames(path)
    assert (f.kind, f.shape, f.fps, f.still) == ("cptv", (120, 160), 9.0, False)
    frames = list(f.frames())
    assert len(frames) == KIOSK_FRAMES[name]
    ts = [fr.t for fr in frames]
    assert ts[0] == 0.0 and all(b > a for a, b in zip(ts, ts[1:]))
    # about 9 frames a second of camera time
    assert ts[-1] == pytest.approx((len(frames) - 1) / 9.0, rel=0.15)
    lo = min(float(fr.radiometer(fr.raw).min()) for fr in frames)
    hi = max(float(fr.radiometer(fr.raw).max()) for fr in frames)
    assert 20.0 < lo < hi < 38.0  # an indoor entrance; the hottest things are faces and the 35-37 °C disc
    assert all(not fr.flags for fr in frames)  # no FFC within 2 s in any of these


def test_cptv_celsius_is_centikelvin_counts(shared_data):
    path = shared_data / KIOSK / SHORT
    ours = list(open_file_frames(path).frames())
    theirs = _cptv_raw(path)
    assert len(ours) == len(theirs)
    for mine, raw in zip(ours[::10], theirs[::10]):
        np.testing.assert_array_equal(mine.raw, raw.pix)
        np.testing.assert_allclose(mine.radiometer(mine.raw), raw.pix / 100.0 - 273.15, atol=1e-3)


@pytest.mark.parametrize("name,disc,set_c", [
    ("fs-1204-816674-2021-04-01T00_46_43.265Z.cptv", (110, 152), 36.6),
    ("fs-1220-816619-2021-03-31T21_19_04.180Z.cptv", (94, 133), 35.8),
])
def test_kiosk_disc_reads_its_set_point_upright(shared_data, name, disc, set_c):
    """Rotated 90° clockwise (the README's upright), the disc is where the turn puts it and reads its set point."""
    src = FileSource(FileSettings(path=str(shared_data / KIOSK / name), rotate=90, fps=120.0, loop=False), "kiosk")
    assert src.shape == (160, 120)
    r, c = disc
    ur, uc = c, 120 - 1 - r  # (row, col) after a clockwise quarter turn of 120 rows
    medians = []
    try:
        while True:
            fr = src.read(1.0)
            if fr is None:
                continue
            assert fr.raw.shape == (160, 120)
            medians.append(float(np.median(fr.radiometer(fr.raw)[ur - 2:ur + 3, uc - 2:uc + 3])))
    except SourceError as e:
        assert "played to its end" in str(e) and e.retry is False
    finally:
        src.close()
    assert len(medians) == KIOSK_FRAMES[name]
    # the Lepton alone is ±5 K; against its own disc it is within half a degree and steady
    assert max(abs(m - set_c) for m in medians) < 0.5
    assert max(medians) - min(medians) < 0.3


def test_non_radiometric_lepton3_is_refused_with_the_reason(shared_data):
    path = shared_data / KIOSK / "coffee.cptv"
    f = open_file_frames(path)  # the header is fine
    with pytest.raises(BadRecording) as e:
        list(f.frames())
    msg = str(e.value)
    assert str(path) in msg and "lepton3" in msg and "not radiometric" in msg and "\n" not in msg


def _write_cptv(path: Path, n: int = 20, ffc_at: int | None = 10, *, model: bytes = b"lepton3.5") -> None:
    """A synthetic CPTV (a 30 °C gradient, no people) with an FFC at frame ``ffc_at``."""
    from cptv.frame import Frame as CFrame
    from cptv.writer import CPTVWriter

    with path.open("wb") as f:
        w = CPTVWriter(f)
        w.fps, w.model, w.device_name = 9, model, b"synthetic"
        for i in range(n):
            pix = (30315 + np.arange(120 * 160).reshape(120, 160) % 50 + i).astype(np.uint16)
            on = timedelta(seconds=100 + i / 9)
            ffc = timedelta(seconds=50) if ffc_at is None or i < ffc_at else timedelta(seconds=100 + ffc_at / 9)
            w.write_frame(CFrame(pix, on, ffc, 30.0, 30.0))
        w.close()


def test_cptv_frames_after_an_ffc_are_flagged(tmp_path):
    p = tmp_path / "ffc.cptv"
    _write_cptv(p, n=40, ffc_at=10)
    frames = list(open_file_frames(p).frames())
    flagged = [fr.seq for fr in frames if "ffc" in fr.flags]
    # from the FFC for FFC_SETTLE_S = 2 s of camera time at 9 Hz: frames 10..27
    assert flagged == list(range(10, 28))
    assert frames[0].camera == "synthetic"
    np.testing.assert_allclose(frames[3].radiometer(frames[3].raw)[0, :3], [30.03, 30.04, 30.05], atol=1e-3)


def test_truncated_and_garbage_cptv_are_one_line_errors(tmp_path):
    p = tmp_path / "ok.cptv"
    _write_cptv(p, n=10, ffc_at=None)
    data = p.read_bytes()
    cut = tmp_path / "cut.cptv"
    raw = gzip.decompress(data)  # every member: the writer puts the header in its own
    cut.write_bytes(gzip.compress(raw[: len(raw) * 2 // 3]))
    f = open_file_frames(cut)
    got = []
    with pytest.raises(BadRecording) as e:
        for fr in f.frames():
            got.append(fr)
    assert 0 < len(got) < 10 and "truncated or corrupt" in str(e.value) and str(cut) in str(e.value)

    junk = tmp_path / "junk.cptv"
    junk.write_bytes(gzip.compress(b"not a cptv file at all"))
    with pytest.raises(BadRecording, match="CPTV file .*junk.cptv: not a readable CPTV file \\(magic not found\\)"):
        open_file_frames(junk)
    # a forged header: 100000 x 100000 pixels must not be allocated
    fields = [(1, b"C", bytes([1])), (8, b"T", struct.pack("<Q", 0)),
              (4, b"X", struct.pack("<I", 100000)), (4, b"Y", struct.pack("<I", 100000))]
    header = b"CPTV\x02H" + bytes([len(fields)]) + b"".join(bytes([n]) + t + v for n, t, v in fields)
    huge = tmp_path / "huge.cptv"
    huge.write_bytes(gzip.compress(header))
    with pytest.raises(BadRecording, match="huge.cptv: declares an impossible 100000x100000 sensor"):
        open_file_frames(huge)
    short = tmp_path / "short.cptv"
    short.write_bytes(gzip.compress(header[:12]))
    with pytest.raises(BadRecording, match="short.cptv: corrupt header"):
        open_file_frames(short)
    text = tmp_path / "notes.cptv"
    text.write_text("hello")
    with pytest.raises(BadRecording, match="not a readable CPTV file"):
        open_file_frames(text)


# --------------------------------------------------------------------------
# FLIR raw PNG byte order


def _png_record(fff: bytes) -> tuple[str, int, int, int, int]:
    """(order, dir_off, n, index of the RawData entry, its offset) of a one-set FFF blob."""
    order = next(o for o in "<>" if 100 <= struct.unpack_from(o + "I", fff, 0x14)[0] < 200)
    _, dir_off, n = struct.unpack_from(order + "III", fff, 0x14)
    for i in range(n):
        rtype, _, _, _, off, _ = struct.unpack_from(order + "HHIIII", fff, dir_off + i * 32)
        if rtype == 1:
            return order, dir_off, n, i, off
    raise AssertionError("no RawData record")


def _with_png(fff: bytes, png: bytes) -> bytes:
    """The FFF blob with its RawData PNG replaced (later records moved, the directory fixed up)."""
    order, dir_off, n, k, raw_off = _png_record(fff)
    length = struct.unpack_from(order + "I", fff, dir_off + k * 32 + 16)[0]
    old_end = raw_off + length
    new_raw = fff[raw_off:raw_off + 32] + png
    delta = len(new_raw) - length
    out = bytearray(fff[:raw_off] + new_raw + fff[old_end:])
    d = dir_off + (delta if dir_off >= old_end else 0)
    struct.pack_into(order + "I", out, 0x18, d)
    for i in range(n):
        e = d + i * 32
        rtype, _, _, _, off, _ = struct.unpack_from(order + "HHIIII", out, e)
        if i == k:
            struct.pack_into(order + "I", out, e + 16, len(new_raw))
        elif rtype and off >= old_end:
            struct.pack_into(order + "I", out, e + 12, off + delta)
    return bytes(out)


def _fff_of(path: Path) -> bytes:
    return flir._jpeg_fff(path.read_bytes())


@pytest.mark.parametrize("name", ["people_lab_i60.jpg", "mug_flir_one.jpg"])
def test_png_byte_order_is_read_from_the_data(shared_data, tmp_path, name):
    """Both cameras byte-swap (README); the same counts stored in PNG's own order decode the same."""
    src = shared_data / "flir-radiometric" / name
    good = flir.read_flir(src)[0]
    fff = _fff_of(src)
    _, _, _, _, raw_off = _png_record(fff)
    stored = imagecodecs.png_decode(fff[raw_off + 32:])
    np.testing.assert_array_equal(good.counts, stored.byteswap())  # it was swapped: the decision
    as_png = tmp_path / "native.fff"  # an FFF record set alone reads as a one-frame sequence
    as_png.write_bytes(_with_png(fff, imagecodecs.png_encode(good.counts)))
    again = flir.read_flir(as_png)[0]
    np.testing.assert_array_equal(again.counts, good.counts)
    np.testing.assert_allclose(flir.flir_to_celsius(again), flir.flir_to_celsius(good))
    same = tmp_path / "swapped.fff"  # and the original bytes, re-packed the same way, still swap
    same.write_bytes(_with_png(fff, imagecodecs.png_encode(stored)))
    np.testing.assert_array_equal(flir.read_flir(same)[0].counts, good.counts)


def test_png_in_neither_order_names_both(shared_data, tmp_path):
    fff = _fff_of(shared_data / "flir-radiometric" / "people_lab_i60.jpg")
    bad = tmp_path / "zeros.fff"
    bad.write_bytes(_with_png(fff, imagecodecs.png_encode(np.zeros((180, 180), np.uint16))))
    with pytest.raises(BadRecording) as e:
        flir.read_flir(bad)
    msg = str(e.value)
    assert "neither byte order tried" in msg and "as stored (PNG big-endian)" in msg
    assert "byte-swapped (little-endian)" in msg and str(bad) in msg and "\n" not in msg


# --------------------------------------------------------------------------
# FLIR files as sources


def test_flir_kinds_and_rates(shared_data):
    d = shared_data / "flir-radiometric"
    csq = open_file_frames(d / "hand_t1030sc.csq")
    assert (csq.kind, csq.shape, csq.fps, csq.camera) == ("flir-seq", (768, 1024), 30.0, "FLIR T1030sc 12__")
    assert len(list(csq.frames())) == 8
    seq = open_file_frames(d / "bird_sc660.seq")  # says 30 Hz, but its 2 frames are 3.97 s apart
    assert seq.kind == "flir-seq" and seq.fps == pytest.approx(1 / 3.967, rel=1e-3)
    jpg = open_file_frames(d / "bird_sc660.jpg")
    assert (jpg.kind, jpg.still, jpg.fps, jpg.shape) == ("flir-jpeg", True, 0.0, (480, 640))
    fr = next(jpg.frames())
    c = fr.radiometer(fr.raw)
    assert float(c.min()) == pytest.approx(22.7, abs=0.3) and float(c.max()) == pytest.approx(35.3, abs=0.3)


def test_a_still_repeats_and_is_decided_once(shared_data):
    path = shared_data / "flir-radiometric" / "people_lab_i60.jpg"
    src = open_source(FileSettings(path=path.name, fps=120.0), "lab", path.parent)  # relative to the site folder
    assert src.fps == 120.0 and FileSource(FileSettings(path=str(path)), "x").fps == 1.0
    one = Engine("lab", EngineConfig())
    first = src.read(1.0)
    decided_once = one.process(first).decisions + one.flush(first.t, first.seq)
    many = Engine("lab", EngineConfig())
    frames, decisions = [first], []
    for _ in range(119):
        frames.append(src.read(1.0))
    for fr in frames:
        decisions += many.process(fr).decisions
    decisions += many.flush(frames[-1].t, frames[-1].seq)
    assert [fr.seq for fr in frames] == list(range(1, 121))
    assert all(b.t > a.t for a, b in zip(frames, frames[1:]))
    assert all(fr.raw is first.raw and not fr.raw.flags.writeable for fr in frames)  # turned once
    # 120 repeats give what one look gives: the engine does not re-decide a standing crowd
    assert [(d.subject, d.verdict, d.reason) for d in decisions] == [(d.subject, d.verdict, d.reason) for d in decided_once]
    assert decided_once  # (five people: "one person at a time")


def test_a_sequence_loops_with_time_going_on(tmp_path):
    p = tmp_path / "loop.cptv"
    _write_cptv(p, n=5, ffc_at=None)
    src = FileSource(FileSettings(path=str(p), fps=120.0, rotate=180, mirror=True), "door")
    frames = [src.read(1.0) for _ in range(12)]
    assert [f.seq for f in frames] == list(range(1, 13))
    assert all(b.t > a.t for a, b in zip(frames, frames[1:]))
    assert all(f.camera == "door" and f.source == str(p) for f in frames)
    np.testing.assert_array_equal(frames[5].raw, frames[0].raw)  # frame 0 again after 5
    unturned = next(open_file_frames(p).frames()).raw
    np.testing.assert_array_equal(frames[0].raw, np.flipud(unturned))  # 180° then mirror = upside down


def test_file_source_errors(tmp_path):
    with pytest.raises(SourceError) as e:
        FileSource(FileSettings(path="nope.cptv"), "door", tmp_path)
    assert e.value.retry is True and "nope.cptv: no such file" in str(e.value) and "camera door" in str(e.value)
    bad = tmp_path / "bad.cptv"
    bad.write_bytes(b"garbage")
    with pytest.raises(SourceError) as e:
        FileSource(FileSettings(path="bad.cptv"), "door", tmp_path)
    assert e.value.retry is False
    p = tmp_path / "ok.cptv"
    _write_cptv(p, n=3, ffc_at=None)
    ref = ReferenceConfig(x=100, y=150, width=30, height=10, set_c=36.6)
    with pytest.raises(CanthusError, match="reference box 30x10 at \\(100, 150\\) leaves the 120x160 picture"):
        FileSource(FileSettings(path=str(p), rotate=90, reference=ref), "door")
    ok = FileSource(FileSettings(path=str(p), rotate=90, reference=ref.model_copy(update={"x": 80})), "door")
    assert ok.reference.x == 80


def test_an_hdf5_recordings_reference_turns_with_the_picture(tmp_path):
    from app.core.recording import RecordingWriter

    p = tmp_path / "r.h5"
    ref = ReferenceConfig(x=150, y=100, width=6, height=8, set_c=35.0)
    with RecordingWriter(p, camera="c", shape=(120, 160), encoding="y16_centikelvin", fps=9.0, reference=ref,
                         calibration={"y16_kelvin_per_count": 0.01}) as w:
        for i in range(3):
            w.append(np.full((120, 160), 30315 + i, np.uint16), i / 9)
    src = FileSource(FileSettings(path=str(p), rotate=90), "c")
    assert src.fps == 9.0 and src.shape == (160, 120)
    r = src.reference
    assert (r.x, r.y, r.width, r.height, r.set_c) == (120 - 108, 150, 8, 6, 35.0)


# --------------------------------------------------------------------------
# Settings and URIs


def test_file_settings_are_strict():
    s = FileSettings(path="a.cptv")
    assert (s.kind, s.loop, s.fps, s.rotate, s.mirror, s.reference) == ("file", True, None, 0, False, None)
    for bad in ({"path": ""}, {"path": "a\x00b"}, {"path": "a", "fps": "25"}, {"path": "a", "fps": 0.0},
                {"path": "a", "fps": float("nan")}, {"path": "a", "loops": True}, {"path": "a", "kind": "uvc"}):
        with pytest.raises(ValidationError):
            FileSettings(**bad)


def test_settings_from_uri():
    assert settings_from_uri("file:rec/a.cptv").path == "rec/a.cptv"
    assert settings_from_uri("file:///srv/rec/a%20b.h5").path == "/srv/rec/a b.h5"
    assert settings_from_uri("file://localhost/srv/x.csq").path == "/srv/x.csq"
    for bad, words in [("uvc:0", "not a file URI"), ("file:", "no path"), ("file://cam1/x.h5", "not on host"),
                       ("file:a\x07b", "control or invisible")]:
        with pytest.raises(CanthusError, match=words):
            settings_from_uri(bad)


# --------------------------------------------------------------------------
# canthus replay on every kind


def _replay(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "replay", *args], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("rel,frames", [
    (f"{KIOSK}/{SHORT}", 50),
    ("flir-radiometric/hand_t1030sc.csq", 8),
    ("flir-radiometric/seated_group_e40.jpg", 1),
])
def test_replay_reads_every_kind(shared_data, rel, frames):
    p = _replay(str(shared_data / rel), "--json")
    assert p.returncode == 0, p.stderr
    summary = json.loads(p.stdout.strip().splitlines()[-1])["summary"]
    assert summary["files"] == 1 and summary["frames"] == frames


def test_replay_of_a_file_of_no_kind_is_one_line(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("hello world")
    p = _replay(str(junk))
    assert p.returncode == 2
    assert p.stderr.strip() == (f"canthus: error: {junk}: starts with bytes 68 65 6c 6c: not a file Canthus reads "
                                "(HDF5 recording, FLIR radiometric JPEG / SEQ / CSQ, CPTV)")


def test_a_site_set_emissivity_replaces_the_one_the_flir_camera_stored(shared_data):
    """Skin is 0.98; a camera left at 0.95 reads warm skin a little cold. The site may correct it."""
    path = shared_data / "flir-radiometric" / "hand_t1030sc.csq"
    stored = FileSource(FileSettings(path=str(path), loop=False), "Hand", None)
    lower = FileSource(FileSettings(path=str(path), loop=False, emissivity=0.80), "Hand", None)
    try:
        a = stored._file.frames().__next__().ensure_celsius()
        b = lower._file.frames().__next__().ensure_celsius()
    finally:
        stored.close()
        lower.close()
    hand = a > a.max() - 2.0  # the warm skin, above the room
    assert float((b - a)[hand].mean()) > 1.0  # less emissive: more of the signal is the object's heat


def test_emissivity_is_refused_for_files_that_store_temperatures(tmp_path):
    from app.replay import simulate_to_file
    from app.sim import SimConfig

    rec = tmp_path / "door.h5"
    simulate_to_file(rec, SimConfig(camera="d", width=64, height=48, people=1, seed=1))
    with pytest.raises(SourceError, match="emissivity applies to FLIR files only") as err:
        FileSource(FileSettings(path=str(rec), emissivity=0.98), "Door", None)
    assert not err.value.retry
