"""Property-based fuzz of the FLIR reader and the recording reader (issue 8).

Mutants of the real FLIR sample files and of small synthetic recordings
(bit flips, truncations, byte ranges overwritten, calibration fields, h5py
edits of attributes and datasets) must either decode to temperatures a camera
can measure or be refused with a :class:`CanthusError` naming the file: never
another exception, never a hang, never an impossible temperature accepted.
The mutators are those of ``tests/bench/fuzz_decoders.py`` (the longer run).
"""

from __future__ import annotations

import struct
from pathlib import Path

import h5py
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.core.recording as recording
from app.core.errors import BadRecording, CanthusError
from app.core.flir import read_flir
from app.core.recording import Recording
from tests.bench import fuzz_decoders as fz

FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

_flir_cache: dict[str, tuple[bytes, dict]] = {}


def _flir_source(shared_data: Path, name: str) -> tuple[bytes, dict]:
    if name not in _flir_cache:
        data = (shared_data / "flir-radiometric" / name).read_bytes()
        _flir_cache[name] = (data, fz.record_offsets(data))
    return _flir_cache[name]


def _outcome(check, path: Path) -> str:
    """'accepted' or 'refused'; any other exception fails the test."""
    try:
        why = check(path)
    except CanthusError as e:
        assert str(path) in str(e), e
        assert "\n" not in str(e) and "Traceback" not in str(e)
        return "refused"
    assert why is None, f"{path.name}: impossible temperature accepted: {why}"
    return "accepted"


# --------------------------------------------------------------------------
# FLIR files

SMALL_FLIR = ("people_lab_i60.jpg", "seated_group_e40.jpg", "bird_sc660.seq")


@pytest.mark.timeout(120)
@FAST
@given(name=st.sampled_from(SMALL_FLIR), seed=st.integers(0, 2**32 - 1))
def test_mutated_flir_files_decode_possibly_or_are_refused(shared_data, tmp_path, name, seed):
    data, records = _flir_source(shared_data, name)
    mutant, _what = fz.mutate_flir(data, np.random.default_rng(seed), records)
    path = tmp_path / f"mutant{Path(name).suffix}"
    path.write_bytes(mutant)
    _outcome(fz.check_flir, path)


def _with_field(data: bytes, records: dict, field: int, fmt: str, value) -> bytes:
    b = bytearray(data)
    base = records[0x20][0]
    order = "<" if struct.unpack_from("<H", b, base)[0] < 0x100 else ">"
    struct.pack_into(order + fmt, b, base + field, value)
    return bytes(b)


@pytest.mark.parametrize(
    "field,fmt,value,words",
    [
        (0x308, "i", -7340 ^ (1 << 30), "Planck constant O"),  # the flipped bit: ~2.6 million °C
        (0x58, "f", 1.0, "Planck constant R1"),
        (0x5C, "f", 1e38, "Planck constant B"),
        (0x20, "f", 1.5, "emissivity"),
        (0x24, "f", -3.0, "object distance"),
        (0x28, "f", 0.0, "reflected apparent temperature"),  # 0 K
        (0x2C, "f", 1e-38, "atmospheric temperature"),
        (0x30, "f", -0.0, "IR window temperature"),
        (0x3C, "f", 250.0, "relative humidity"),
        (0x74, "f", -1.0, "Alpha2"),
    ],
)
def test_impossible_calibration_fields_are_named(shared_data, tmp_path, field, fmt, value, words):
    data, records = _flir_source(shared_data, "bird_sc660.seq")
    path = tmp_path / "field.seq"
    path.write_bytes(_with_field(data, records, field, fmt, value))
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    msg = str(err.value)
    assert str(path) in msg and words in msg and "FFF CameraInfo record" in msg and "frame 1" in msg, msg


def test_plausible_calibration_but_impossible_temperatures_are_refused(shared_data, tmp_path):
    # O shifted within its bounds moves every count far past 600 °C: the constants pass, the decode does not
    data, records = _flir_source(shared_data, "bird_sc660.seq")
    path = tmp_path / "hot.seq"
    path.write_bytes(_with_field(data, records, 0x308, "i", -17000))
    with pytest.raises(BadRecording) as err:
        read_flir(path)
    assert str(path) in str(err.value) and "FFF RawData record" in str(err.value) and "°C" in str(err.value)


# --------------------------------------------------------------------------
# Recordings


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    return fz.make_base_recordings(tmp_path_factory.mktemp("bases"))


@pytest.fixture
def quick_probe(monkeypatch):
    monkeypatch.setattr(recording, "PROBE_TIMEOUT_S", 5.0)


@pytest.mark.timeout(120)
@FAST
@given(index=st.integers(0, 7), seed=st.integers(0, 2**32 - 1))
def test_mutated_recordings_read_possibly_or_are_refused(bases, tmp_path, quick_probe, index, seed):
    path = tmp_path / f"mutant-{seed}.h5"
    fz.mutate_recording(bases[index], path, np.random.default_rng(seed))
    _outcome(fz.check_recording, path)


def _copy(bases, tmp_path, encoding: str, name: str = "r.h5") -> Path:
    src = next(b for b in bases if encoding in b.name and b.name.endswith("-raw.h5"))
    dst = tmp_path / name
    dst.write_bytes(src.read_bytes())
    return dst


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(BadRecording) as err:
        fz.check_recording(path)
    msg = str(err.value)
    assert str(path) in msg and "\n" not in msg, msg
    for w in words:
        assert w in msg, msg
    return msg


def test_all_zero_counts_are_refused_not_replayed(bases, tmp_path):
    path = _copy(bases, tmp_path, "y16_centikelvin")
    with h5py.File(path, "r+") as f:
        f["raw"][...] = 0  # -273.15 °C: the silent replay
    _refused(path, "frame 0", "-273.15", "outside what a camera can measure")


def test_frames_never_written_are_not_read_as_absolute_zero(bases, tmp_path):
    path = _copy(bases, tmp_path, "y16_decikelvin")
    with h5py.File(path, "r+") as f:
        n = f["raw"].shape[0]
        for name in ("raw", "t", "flags"):
            f[name].resize(2**31, axis=0)  # a crash between resize and write, or a forged size
    with Recording(path) as rec:
        assert len(rec) == n
        assert sum(1 for _ in rec.frames()) == n


@pytest.mark.parametrize(
    "edit,words",
    [
        (lambda f: f.attrs.__setitem__("fps", "celsius"), ("attribute fps", "expected a number")),
        (lambda f: f.attrs.__setitem__("fps", np.inf), ("attribute fps",)),
        (lambda f: f.attrs.__setitem__("format_version", 1.5), ("attribute format_version", "integer")),
        (lambda f: f.attrs.__setitem__("calibration", "{"), ("attribute calibration", "JSON")),
        (lambda f: f.attrs.__setitem__("reference", '{"x": 30, "y": 0, "width": 8, "height": 8, "set_c": 35}'),
         ("blackbody region", "outside the 32x24 frame")),
        (lambda f: f.attrs.__setitem__("calibration", '{"y16_kelvin_per_count": 0.1}'), ("K per count",)),
        (lambda f: (f.__delitem__("flags"), f.__setitem__("flags", h5py.SoftLink("/flags"))), ("/flags", "soft link")),
        (lambda f: (f.__delitem__("t"), f.__setitem__("t", h5py.ExternalLink("/elsewhere.h5", "/t"))),
         ("/t", "another file")),
        (lambda f: (f.__delitem__("raw"), f.create_group("raw")), ("/raw is a group",)),
        (lambda f: (f.__delitem__("t"), f.__setitem__("t", np.zeros(6, np.int32))), ("/t is int32",)),
        (lambda f: f["t"].__setitem__(3, -5.0), ("frame 3", "/t goes back")),
        (lambda f: (f.__delitem__("raw"), f.create_dataset("raw", shape=(3, 100000, 100000), dtype=np.uint16, chunks=True)),
         ("/raw has shape",)),
    ],
)
def test_structural_damage_is_named(bases, tmp_path, edit, words):
    path = _copy(bases, tmp_path, "y16_centikelvin")
    with h5py.File(path, "r+") as f:
        edit(f)
    _refused(path, *words)


def test_planck_constants_of_a_flir_counts_recording_are_checked(bases, tmp_path):
    import json

    path = _copy(bases, tmp_path, "flir_counts")
    with h5py.File(path, "r+") as f:
        cal = json.loads(f.attrs["calibration"])
        cal["planck"]["o"] = 2.6e6
        f.attrs["calibration"] = json.dumps(cal)
    _refused(path, "calibration.planck", "Planck constant O")


def test_raw_kept_outside_the_file_is_refused(bases, tmp_path):
    path = _copy(bases, tmp_path, "y16_decikelvin")
    with h5py.File(path, "r+") as f:
        shape, dtype = f["raw"].shape, f["raw"].dtype
        del f["raw"]
        f.create_dataset("raw", shape=shape, dtype=dtype, external=[("/dev/zero", 0, h5py.h5f.UNLIMITED)])
    _refused(path, "/raw", "external file")


def test_a_file_that_hangs_hdf5_is_refused_within_the_probe_limit(bases, tmp_path, monkeypatch):
    # Stand-in for the bit-flipped files that loop inside HDF5 (found by the
    # long run; not reproducible from a seed on every HDF5 build): a child
    # that never answers must become a refusal.
    monkeypatch.setattr(recording, "_probe_child", _sleep_forever)
    monkeypatch.setattr(recording, "_probe_context", lambda: __import__("multiprocessing").get_context("spawn"))
    path = _copy(bases, tmp_path, "celsius")
    with pytest.raises(BadRecording) as err:
        recording._probe(path, 2.0)
    assert str(path) in str(err.value) and "did not finish" in str(err.value)


def _sleep_forever(path, conn):  # module level: a spawned child imports it from here
    import time

    time.sleep(3600)


def test_a_file_that_crashes_hdf5_is_refused(bases, tmp_path, monkeypatch):
    monkeypatch.setattr(recording, "_probe_context", lambda: __import__("multiprocessing").get_context("spawn"))
    monkeypatch.setattr(recording, "_probe_child", _crash)
    path = _copy(bases, tmp_path, "celsius")
    with pytest.raises(BadRecording) as err:
        recording._probe(path, 60.0)  # a fresh interpreter: slow on a loaded machine
    assert str(path) in str(err.value) and "crashed" in str(err.value)


def _crash(path, conn):
    import os

    os._exit(139)


def test_replay_of_an_impossible_recording_exits_2_with_one_line(bases, tmp_path, capsys):
    from app.cli import main

    path = _copy(bases, tmp_path, "y16_centikelvin")
    with h5py.File(path, "r+") as f:
        f["raw"][...] = 0
    assert main(["replay", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err and "-273.15" in err, err
