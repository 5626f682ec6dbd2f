"""delta-zstd recordings: bit-exact round trips, older files still read, damaged chunks refused by file and frame."""

from __future__ import annotations

import h5py
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from app.cli import main
from app.core.errors import BadRecording, CanthusError
from app.core.recording import (
    DELTA_ZSTD_FILTER,
    KEY_INTERVAL,
    Recording,
    RecordingWriter,
    decode_delta_zstd,
    encode_delta_zstd,
)
from app.replay import simulate_to_file
from app.sim import SimConfig

SHAPE = (24, 32)
Y16 = {"encoding": "y16_centikelvin", "calibration": {"y16_kelvin_per_count": 0.01}}


def scene(n: int, shape=SHAPE, seed: int = 0) -> list[np.ndarray]:
    """Plausible Lepton-like frames (20-40 °C in 0.01 K) with noise and a warm blob that moves."""
    rng = np.random.default_rng(seed)
    h, w = shape
    yy, xx = np.mgrid[:h, :w]
    out = []
    for i in range(n):
        blob = 1200 * np.exp(-((yy - h / 2) ** 2 + (xx - (i * 3) % w) ** 2) / 30.0)
        out.append((29400 + blob + rng.normal(0, 5, shape)).astype(np.uint16))
    return out


def write(path, frames, compression="default", t0: float = 0.0) -> None:
    with RecordingWriter(path, camera="cam", shape=frames[0].shape, fps=9.0, compression=compression, **Y16) as w:
        for i, f in enumerate(frames):
            w.append(f, t0 + i / 9.0, {"ffc"} if i == 3 else set())


def read_all(path, start: int = 0) -> list[np.ndarray]:
    with Recording(path) as rec:
        return [np.array(f.raw) for f in rec.frames(start)]


def chunk_kinds(path) -> bytes:
    with h5py.File(path, "r") as f:
        ds = f["raw"]
        return b"".join(ds.id.read_direct_chunk((i, 0, 0))[1][:1] for i in range(ds.shape[0]))


# --- the codec --------------------------------------------------------------

EDGE_CASES = [
    np.zeros((8, 8), np.uint16),
    np.full((8, 8), 0xFFFF, np.uint16),
    np.tile(np.array([0, 0xFFFF], np.uint16), (9, 7)),  # the largest residuals, both signs, odd width
    np.arange(13 * 11, dtype=np.uint16).reshape(13, 11) * 499,
    np.random.default_rng(1).integers(0, 0x10000, (17, 31), dtype=np.uint16),
]


@pytest.mark.parametrize("frame", EDGE_CASES, ids=["zeros", "max", "checker", "ramp", "noise"])
@pytest.mark.parametrize("predicted", [False, True], ids=["key", "delta"])
def test_codec_is_bit_exact_on_edge_cases(frame, predicted):
    previous = (0xFFFF - frame[::-1]).copy() if predicted else None
    chunk = encode_delta_zstd(frame, previous)
    assert chunk[:1] == (b"D" if predicted else b"K")
    out = decode_delta_zstd(chunk, frame.shape, previous)
    assert out.dtype == np.uint16 and out.shape == frame.shape
    np.testing.assert_array_equal(out, frame)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_codec_round_trip_any_uint16(data):
    h, w = data.draw(st.integers(1, 40)), data.draw(st.integers(1, 40))
    frame = data.draw(arrays(np.uint16, (h, w)))
    previous = data.draw(st.none() | arrays(np.uint16, (h, w)))
    np.testing.assert_array_equal(decode_delta_zstd(encode_delta_zstd(frame, previous), (h, w), previous), frame)


def test_codec_compresses_thermal_frames():
    frames = scene(17, (120, 160))
    key = encode_delta_zstd(frames[1], None)
    delta = encode_delta_zstd(frames[1], frames[0])
    raw = frames[1].nbytes
    # noise of 5 counts costs ~4.4 bits a pixel; the high bytes almost nothing
    assert len(key) < raw * 0.45 and len(delta) < raw * 0.45


# --- files --------------------------------------------------------------------


def test_new_recordings_default_to_delta_zstd_version_2(tmp_path):
    frames = scene(40)
    write(tmp_path / "a.h5", frames)
    with h5py.File(tmp_path / "a.h5", "r") as f:
        assert f.attrs["format_version"] == 2
        plist = f["raw"].id.get_create_plist()
        assert [plist.get_filter(i)[0] for i in range(plist.get_nfilters())] == [DELTA_ZSTD_FILTER]
        assert f["raw"].chunks == (1, *SHAPE)
    kinds = chunk_kinds(tmp_path / "a.h5")
    assert kinds == b"".join(b"K" if i % KEY_INTERVAL == 0 else b"D" for i in range(40))
    with Recording(tmp_path / "a.h5") as rec:
        got = list(rec.frames())
        assert rec.delta_zstd and len(rec) == 40
    assert [f.seq for f in got] == list(range(40))
    assert [f.t for f in got] == pytest.approx([i / 9.0 for i in range(40)])
    assert [f.flags for f in got] == [frozenset({"ffc"}) if i == 3 else frozenset() for i in range(40)]
    for f, want in zip(got, frames):
        np.testing.assert_array_equal(f.raw, want)
        assert not f.raw.flags.writeable  # the next frame is predicted from it
    # °C recordings keep HDF5's own lzf (delta-zstd is for 16-bit counts)
    with RecordingWriter(tmp_path / "c.h5", camera="c", shape=SHAPE, encoding="celsius") as w:
        w.append(np.full(SHAPE, 21.5, np.float32), 0.0)
    with h5py.File(tmp_path / "c.h5", "r") as f:
        assert f.attrs["format_version"] == 1 and f["raw"].compression == "lzf"
    with pytest.raises(ValueError, match="16-bit raw values"):
        RecordingWriter(tmp_path / "d.h5", camera="c", shape=SHAPE, encoding="celsius", compression="delta-zstd")


@pytest.mark.parametrize("start", [0, 1, 15, 16, 17, 33, 39, 40, 99])
def test_reading_from_any_frame(tmp_path, start):
    frames = scene(40)
    write(tmp_path / "a.h5", frames)
    got = read_all(tmp_path / "a.h5", start)
    assert len(got) == max(0, 40 - start)
    for g, want in zip(got, frames[start:]):
        np.testing.assert_array_equal(g, want)


def test_append_after_reopening_starts_with_a_key_frame(tmp_path):
    first, second = scene(20, seed=1), scene(10, seed=2)
    write(tmp_path / "a.h5", first)
    write(tmp_path / "a.h5", second, t0=10.0)
    assert chunk_kinds(tmp_path / "a.h5")[20:21] == b"K"
    got = read_all(tmp_path / "a.h5")
    assert len(got) == 30
    for g, want in zip(got, first + second):
        np.testing.assert_array_equal(g, want)


def test_simulated_entrance_is_identical_and_smaller_than_lzf(tmp_path):
    cfg = SimConfig(width=64, height=48, fps=9, seed=4, people=1, seconds=None)
    sizes = {}
    raws = {}
    for comp in (None, "lzf", "delta-zstd"):
        path = tmp_path / f"{comp}.h5"
        simulate_to_file(path, cfg, compression=comp)
        sizes[comp] = path.stat().st_size
        with Recording(path) as rec:
            raws[comp] = [(f.t, f.flags, np.array(f.raw)) for f in rec.frames()]
    assert len(raws["delta-zstd"]) == len(raws[None]) > 40
    for (t, fl, r), (t0, fl0, r0) in zip(raws["delta-zstd"], raws[None]):
        assert t == t0 and fl == fl0
        np.testing.assert_array_equal(r, r0)
    assert sizes["delta-zstd"] < sizes["lzf"] < sizes[None]


@pytest.mark.parametrize("compression", [None, "lzf", "gzip"])
def test_version_1_files_still_read(tmp_path, compression):
    frames = scene(20)
    path = tmp_path / "old.h5"
    write(path, frames, compression=compression)
    with h5py.File(path, "r") as f:
        assert f.attrs["format_version"] == 1
        assert f["raw"].compression == compression
    got = read_all(path)
    for g, want in zip(got, frames):
        np.testing.assert_array_equal(g, want)
    # appending to an old file keeps its storage (and version)
    write(path, scene(3, seed=9), compression="delta-zstd", t0=5.0)
    with h5py.File(path, "r") as f:
        assert f.attrs["format_version"] == 1 and f["raw"].compression == compression
    assert len(read_all(path)) == 23


def test_simulate_cli_offers_delta_zstd_by_default(tmp_path, capsys):
    path = tmp_path / "s.h5"
    assert main(["simulate", str(path), "--people", "1", "--size", "64x48", "--fps", "9", "--incidents", "none"]) == 0
    with h5py.File(path, "r") as f:
        assert f.attrs["format_version"] == 2
    assert main(["simulate", str(tmp_path / "l.h5"), "--people", "1", "--size", "64x48", "--fps", "9",
                 "--incidents", "none", "--compression", "lzf"]) == 0
    with h5py.File(tmp_path / "l.h5", "r") as f:
        assert f.attrs["format_version"] == 1 and f["raw"].compression == "lzf"


# --- damage -------------------------------------------------------------------


def chunk_offset(path, i: int) -> tuple[int, int]:
    with h5py.File(path, "r") as f:
        info = f["raw"].id.get_chunk_info_by_coord((i, 0, 0))
        return info.byte_offset, info.size


def patch(path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def put_chunk(path, i: int, data: bytes, filter_mask: int = 0) -> None:
    with h5py.File(path, "r+") as f:
        f["raw"].id.write_direct_chunk((i, 0, 0), data, filter_mask=filter_mask)


def flip_payload(path, i):
    off, size = chunk_offset(path, i)
    with open(path, "rb") as fh:
        fh.seek(off + size // 2)
        b = fh.read(1)
    patch(path, off + size // 2, bytes([b[0] ^ 0x10]))


def unknown_kind(path, i):
    patch(path, chunk_offset(path, i)[0], b"X")


def key_marked_delta(path, i):
    patch(path, chunk_offset(path, i)[0], b"D")  # the CRC covers the kind byte


def delta_first(path, i):
    frames = scene(2)
    put_chunk(path, i, encode_delta_zstd(frames[1], frames[0]))


def wrong_size(path, i):
    put_chunk(path, i, encode_delta_zstd(scene(1, (8, 8))[0], None))


def too_short(path, i):
    put_chunk(path, i, b"K\x00")


def too_long(path, i):
    put_chunk(path, i, b"K" + bytes(2 * SHAPE[0] * SHAPE[1] + 8192))


def skipped_filter(path, i):
    put_chunk(path, i, scene(1)[0].tobytes(), filter_mask=1)


def zstd_garbage(path, i):
    import zlib

    junk = b"\x28\xb5\x2f\xfd" + bytes(range(40))
    put_chunk(path, i, b"K" + zlib.crc32(junk, zlib.crc32(b"K")).to_bytes(4, "little") + junk)


DAMAGE = {
    "bit flip in the data": (flip_payload, 21, "checksum mismatch"),
    "unknown chunk kind": (unknown_kind, 21, "not a delta-zstd frame"),
    "key frame marked delta": (key_marked_delta, 16, "checksum mismatch"),
    "delta frame first": (delta_first, 0, "no frame before it"),
    "wrong frame size": (wrong_size, 21, "decompresses to 128 bytes"),
    "chunk too short": (too_short, 21, "too short"),
    "chunk too long": (too_long, 21, "more than a frame can compress to"),
    "filter skipped": (skipped_filter, 21, "without the delta-zstd codec"),
    "not zstd": (zstd_garbage, 21, "zstd:"),
}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damaged_chunks_name_the_file_and_frame(tmp_path, name, capsys):
    damage, index, why = DAMAGE[name]
    path = tmp_path / "rec.h5"
    write(path, scene(40))
    damage(path, index)
    with Recording(path) as rec:
        seen = []
        with pytest.raises(BadRecording) as e:
            for f in rec.frames():
                seen.append(f.seq)
    msg = str(e.value)
    assert isinstance(e.value, CanthusError)
    assert str(path) in msg and f"frame {index}" in msg and why in msg, msg
    assert seen == list(range(index))  # every good frame before it was delivered
    # the command line says the same in one line and exits 2
    assert main(["replay", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and f"frame {index}" in err


def test_truncated_delta_zstd_file_is_refused(tmp_path):
    path = tmp_path / "rec.h5"
    write(path, scene(40))
    short = tmp_path / "short.h5"
    short.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    with pytest.raises(BadRecording, match="truncated"):
        Recording(short)


def test_inconsistent_delta_zstd_metadata_is_refused(tmp_path):
    path = tmp_path / "rec.h5"
    write(path, scene(4))
    with h5py.File(path, "r+") as f:
        f.attrs["format_version"] = 1
    with pytest.raises(BadRecording, match="delta-zstd but the file says format version 1"):
        Recording(path)
    with h5py.File(path, "r+") as f:
        f.attrs["format_version"] = 3
    with pytest.raises(BadRecording, match="newer than this Canthus reads"):
        Recording(path)
    odd = tmp_path / "odd.h5"
    with h5py.File(odd, "w") as f:
        f.attrs.update(format="canthus-recording", format_version=2, encoding="y16_centikelvin")
        f.create_dataset("raw", shape=(2, *SHAPE), dtype=np.uint16, chunks=(2, *SHAPE),
                         compression=DELTA_ZSTD_FILTER, allow_unknown_filter=True)
        f["t"] = np.zeros(2)
        f["flags"] = np.zeros(2, np.uint8)
    with pytest.raises(BadRecording, match="one frame per chunk"):
        Recording(odd)


# --- real recordings ------------------------------------------------------------


def test_kiosk_recordings_round_trip_at_under_a_third_of_raw(shared_data, tmp_path):
    from cptv import CPTVReader

    files = sorted(p for p in (shared_data / "feverscreen-kiosk").glob("*.cptv") if p.name != "coffee.cptv")
    assert len(files) >= 10
    raw_bytes = stored = 0
    for p in files:
        with open(p, "rb") as fh:
            frames = [np.ascontiguousarray(fr.pix, dtype=np.uint16) for fr in CPTVReader(fh)]
        out = tmp_path / (p.stem + ".h5")  # converted in tmp, deleted with it
        write(out, frames)
        got = read_all(out)
        assert len(got) == len(frames)
        for g, want in zip(got, frames):
            np.testing.assert_array_equal(g, want)
        raw_bytes += sum(f.nbytes for f in frames)
        stored += out.stat().st_size
        out.unlink()
    # whole files, metadata included; measured 0.226 (LZF: 0.554)
    assert stored <= raw_bytes / 3, stored / raw_bytes
