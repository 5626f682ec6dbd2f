"""On-demand fuzz of the FLIR reader and the recording reader; prints counts.

    python tests/bench/fuzz_decoders.py --flir 2000 --recordings 2000 [--seed 0] [--timeout 20]

Mutates the real FLIR files in ``../shared/data/flir-radiometric`` (bit flips,
truncations, byte ranges overwritten, calibration fields and raw-record
headers rewritten) and small synthetic recordings of every encoding
(the same byte-level damage, plus attribute and dataset edits through h5py),
then decodes each mutant in a worker process with a time limit and an
address-space limit. Each try ends as one of:

* ``refused``: a :class:`~app.core.errors.CanthusError` (the only allowed error);
* ``accepted``: every frame decoded to finite temperatures in the physical range;
* ``impossible``: accepted, but a frame has NaN/inf or leaves the physical range;
* ``traceback``: any other exception (the mutant is kept for inspection);
* ``hang``: no answer within ``--timeout`` seconds (the worker is killed).

The mutators and checks are also used by ``tests/test_fuzz_decoders.py``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import struct
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import h5py
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.errors import CanthusError  # noqa: E402
from app.core.flir import flir_to_celsius, iter_flir  # noqa: E402
from app.core.frame import PLAUSIBLE_C  # noqa: E402
from app.core.recording import Recording, RecordingWriter  # noqa: E402
from app.core.radiometry import KELVIN_OFFSET, PlanckParams, celsius_to_counts  # noqa: E402

FLIR_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "flir-radiometric"
FLIR_FILES = (
    "people_lab_i60.jpg",
    "seated_group_e40.jpg",
    "mug_flir_one.jpg",
    "bird_sc660.jpg",
    "bird_sc660.seq",
    "hand_t1030sc.csq",
)

# --------------------------------------------------------------------------
# Checks: decode everything, say whether what came out could be true


def impossible(celsius: np.ndarray) -> str | None:
    """Why a decoded frame cannot be a real scene, or None when it can."""
    c = np.asarray(celsius)
    if c.size == 0:
        return "an empty frame"
    lo, hi = float(np.min(c)), float(np.max(c))
    if not (np.isfinite(lo) and np.isfinite(hi)):
        return "NaN or infinite temperatures"
    if lo < PLAUSIBLE_C[0] or hi > PLAUSIBLE_C[1]:
        return f"temperatures {lo:.6g}..{hi:.6g} °C"
    return None


def check_flir(path: Path) -> str | None:
    """Decode every frame of a FLIR file; None when all are possible.

    Raises whatever the reader raises (the caller decides what is allowed).
    """
    n = 0
    for frame in iter_flir(path):
        why = impossible(flir_to_celsius(frame))
        if why:
            return f"frame {n + 1}: {why}"
        n += 1
    return None


def check_recording(path: Path) -> str | None:
    """Read every frame of a recording as °C (as the engine would); None when all are possible."""
    with Recording(path) as rec:
        for frame in rec.frames():
            celsius = frame.celsius if frame.celsius is not None else frame.ensure_celsius()
            why = impossible(celsius)
            if why:
                return f"frame {frame.seq}: {why}"
            if not np.isfinite(frame.t):
                return f"frame {frame.seq}: time {frame.t}"
    return None


# --------------------------------------------------------------------------
# FLIR mutations

_CI_FIELDS = (0x20, 0x24, 0x28, 0x2C, 0x30, 0x34, 0x3C, 0x58, 0x5C, 0x60, 0x70, 0x74, 0x78, 0x7C, 0x80, 0x308, 0x30C)
_SPECIAL_F32 = (0.0, -0.0, -1.0, 1.0, 1e-38, 1e38, float("nan"), float("inf"), float("-inf"), 1e6, -1e6, 2.0, 100.0)


def _fff_map(data: bytes) -> tuple[bytes, list[tuple[int, int, int]]]:
    """FFF bytes of a file and (fff offset, file offset, length) pieces to map them back."""
    if data[:2] != b"\xff\xd8":
        return data, [(0, 0, len(data))]
    pieces, chunks, pos = [], {}, 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker in (0xD9, 0xDA):
            break
        (length,) = struct.unpack_from(">H", data, pos + 2)
        seg = data[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and seg.startswith(b"FLIR\x00") and len(seg) >= 8:
            chunks[seg[6]] = (pos + 4 + 8, seg[8:])
        pos += 2 + length
    fff, at = b"", 0
    for i in sorted(chunks):
        file_off, body = chunks[i]
        pieces.append((at, file_off, len(body)))
        fff += body
        at += len(body)
    return fff, pieces


def record_offsets(data: bytes) -> dict[int, list[int]]:
    """File offsets of the CameraInfo (0x20) and RawData (0x01) records of every frame."""
    fff, pieces = _fff_map(data)

    def to_file(off: int) -> int | None:
        for start, file_off, length in pieces:
            if start <= off < start + length:
                return file_off + off - start
        return None

    found: dict[int, list[int]] = {0x01: [], 0x20: []}
    base = fff.find(b"FFF\x00")
    while base >= 0:
        head = fff[base : base + 0x40]
        if len(head) == 0x40:
            for order in ("<", ">"):
                version, dir_off, n = struct.unpack_from(order + "III", head, 0x14)
                if 100 <= version < 200 and 0 < n < 64:
                    for i in range(n):
                        e = base + dir_off + i * 0x20
                        if e + 0x20 > len(fff):
                            break
                        rtype, _s, _v, _id, off, _len = struct.unpack_from(order + "HHIIII", fff, e)
                        if rtype in found and (fo := to_file(base + off)) is not None:
                            found[rtype].append(fo)
                    break
        base = fff.find(b"FFF\x00", base + 4)
    return found


def mutate_flir(data: bytes, rng: np.random.Generator, records: dict[int, list[int]] | None = None) -> tuple[bytes, str]:
    """One mutant of a FLIR file, and what was done to it."""
    records = records if records is not None else record_offsets(data)
    b = bytearray(data)
    kind = int(rng.integers(0, 7))
    if kind == 0:  # a few bits anywhere
        k = int(rng.integers(1, 9))
        for _ in range(k):
            i = int(rng.integers(0, len(b)))
            b[i] ^= 1 << int(rng.integers(0, 8))
        return bytes(b), f"{k} bit flip(s)"
    if kind == 1:  # a few bits where the headers are
        k = int(rng.integers(1, 5))
        for _ in range(k):
            i = int(rng.integers(0, min(len(b), 8192)))
            b[i] ^= 1 << int(rng.integers(0, 8))
        return bytes(b), f"{k} bit flip(s) in the first 8 KiB"
    if kind == 2:
        cut = int(rng.integers(0, len(b)))
        return bytes(b[:cut]), f"truncated at {cut}"
    if kind == 3:  # a byte range overwritten
        n = int(rng.integers(1, 65))
        i = int(rng.integers(0, max(1, len(b) - n)))
        fill = rng.choice(["zero", "ff", "random"])
        b[i : i + n] = (b"\x00" * n if fill == "zero" else b"\xff" * n if fill == "ff"
                        else rng.integers(0, 256, n, dtype=np.uint8).tobytes())
        return bytes(b), f"{n} bytes at {i} set to {fill}"
    cams, raws = records.get(0x20, []), records.get(0x01, [])
    if kind in (4, 5) and cams:  # one calibration field: a flipped bit or a special value
        base = cams[int(rng.integers(0, len(cams)))]
        field = _CI_FIELDS[int(rng.integers(0, len(_CI_FIELDS)))]
        at = base + field
        if at + 4 <= len(b):
            if kind == 4:
                bit = int(rng.integers(0, 32))
                b[at + bit // 8] ^= 1 << (bit % 8)
                return bytes(b), f"CameraInfo+0x{field:x} bit {bit}"
            order = "<" if struct.unpack_from("<H", b, base)[0] < 0x100 else ">"
            if field == 0x308:
                v = int(rng.choice([0, -1, 1, 2**31 - 1, -(2**31), 100000, -100000]))
                struct.pack_into(order + "i", b, at, v)
            else:
                v = float(rng.choice(_SPECIAL_F32))
                struct.pack_into(order + "f", b, at, v)
            return bytes(b), f"CameraInfo+0x{field:x} = {v}"
    if raws:  # the raw record's header: byte order word, width, height
        base = raws[int(rng.integers(0, len(raws)))]
        off = int(rng.choice([0, 2, 4, 32, 33, 36]))
        if base + off + 2 <= len(b):
            v = int(rng.choice([0, 1, 7, 0xFFFF, 0x100, int(rng.integers(0, 0x10000))]))
            struct.pack_into("<H", b, base + off, v)
            return bytes(b), f"RawData+{off} = {v}"
    i = int(rng.integers(0, len(b)))
    b[i] ^= 0xFF
    return bytes(b), f"byte {i} inverted"


# --------------------------------------------------------------------------
# Recordings: small synthetic bases and their mutants

SC660 = dict(r1=21106.77, r2=0.012545258, b=1501.0, f=1.0, o=-7340.0, emissivity=0.95)


def make_base_recordings(folder: Path, rows: int = 24, cols: int = 32, frames: int = 6) -> list[Path]:
    """One small recording per encoding (uncompressed, lzf and, for 16-bit raw, delta-zstd), a plausible scene in each."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:rows, 0:cols]
    planck = PlanckParams(**SC660)
    out = []
    for encoding in ("y16_centikelvin", "y16_decikelvin", "flir_counts", "celsius"):
        for compression in (None, "lzf") + (() if encoding == "celsius" else ("delta-zstd",)):
            path = folder / f"base-{encoding}-{compression or 'raw'}.h5"
            cal = {"planck": SC660} if encoding == "flir_counts" else {}
            with RecordingWriter(path, camera="fuzz", shape=(rows, cols), encoding=encoding, fps=9.0,
                                 source="fuzz", calibration=cal, compression=compression) as w:
                for i in range(frames):
                    c = 21.0 + 14.0 * np.exp(-((yy - rows / 2) ** 2 + (xx - cols / 2 - i) ** 2) / 40.0)
                    c = (c + rng.normal(0, 0.05, c.shape)).astype(np.float32)
                    if encoding == "celsius":
                        raw = c
                    elif encoding == "flir_counts":
                        raw = np.rint(celsius_to_counts(c, planck)).astype(np.uint16)
                    else:
                        k = 0.01 if encoding == "y16_centikelvin" else 0.1
                        raw = np.rint((c + KELVIN_OFFSET) / k).astype(np.uint16)
                    w.append(raw, i / 9.0, {"warming_up"} if i == 0 else set())
            out.append(path)
    return out


_ATTR_VALUES = (
    np.nan, np.inf, -1, 0, 2**40, 1e308, -1e308, "", "x", b"\xff\xfe", True, np.arange(3), np.zeros((2, 2)),
    "null", "{", "[]", "{}", '{"planck": 1}', '{"planck": {"r1": 1}}', '{"x": -5, "y": 0, "width": 1e9, "height": 3, "set_c": 35}',
    '{"x": 0, "y": 0, "width": 4, "height": 4, "set_c": 1e300}', "y16_decikelvin", "celsius", "flir_counts", "canthus-recording",
)
_PLANCK_VALUES = (0.0, -1.0, 1e-30, 1e30, 2.6e6, -2.6e6, 0.5, 150.0, 1e9, -7340.0 * 1000)


def _h5_edit(path: Path, rng: np.random.Generator) -> str:
    """One structural edit through h5py; returns what was done."""
    with h5py.File(path, "r+") as f:
        kind = int(rng.integers(0, 14))
        names = ("raw", "t", "flags")
        name = names[int(rng.integers(0, 3))]
        n = f["raw"].shape[0]
        if kind == 0:
            key = str(rng.choice(["format", "format_version", "encoding", "camera", "fps", "calibration", "reference"]))
            if rng.random() < 0.3:
                del f.attrs[key]
                return f"attribute {key} deleted"
            v = _ATTR_VALUES[int(rng.integers(0, len(_ATTR_VALUES)))]
            f.attrs[key] = v
            return f"attribute {key} = {v!r}"
        if kind == 1 and f.attrs.get("encoding") == "flir_counts":
            cal = json.loads(f.attrs["calibration"])
            key = str(rng.choice(list(cal["planck"]) + ["distance_m", "reflected_c", "atmosphere_c", "humidity_pct"]))
            cal["planck"][key] = float(rng.choice(_PLANCK_VALUES))
            f.attrs["calibration"] = json.dumps(cal)
            return f"planck {key} = {cal['planck'][key]}"
        if kind == 2:  # resized without writing: fill values (0 counts = -273.15 °C)
            new = int(rng.choice([0, 1, n - 1, n + 1, n + 5, 2**20, 2**31, 2**40]))
            targets = names if rng.random() < 0.5 else (name,)
            for t in targets:
                f[t].resize(max(0, new), axis=0)
            return f"{'/'.join(targets)} resized to {new}"
        if kind == 3 and n:  # one frame overwritten with an impossible value
            i = int(rng.integers(0, n))
            ds = f["raw"]
            if ds.dtype == np.float32:
                v = float(rng.choice([np.nan, np.inf, -273.15, 1e6, -100.0, 700.0]))
            else:
                v = int(rng.choice([0, 1, 0xFFFF, 100, 20000]))
            ds[i] = v
            return f"frame {i} = {v}"
        if kind == 4 and n:  # timestamps
            v = float(rng.choice([np.nan, np.inf, -1e9, 1e300, -5.0]))
            f["t"][int(rng.integers(0, n))] = v
            return f"a time = {v}"
        if kind == 5 and n:
            f["flags"][int(rng.integers(0, n))] = int(rng.integers(0, 256))
            return "a flags byte randomised"
        if kind == 6:
            del f[name]
            return f"/{name} deleted"
        if kind == 7:  # dataset replaced by another type or shape
            old = f[name][()]
            del f[name]
            choice = int(rng.integers(0, 7))
            if choice == 0:
                f[name] = old.astype(rng.choice([np.float64, np.int32, np.uint8, np.int16, bool]))
            elif choice == 1:
                f[name] = old.reshape(-1)
            elif choice == 2:
                f[name] = np.zeros((2, 3, 4, 5), np.uint16)
            elif choice == 3:
                f.create_group(name)
            elif choice == 4:
                f[name] = "a string"
            elif choice == 5:
                f.create_dataset(name, data=old, chunks=tuple(1 for _ in old.shape) if old.ndim else None)
            else:
                f.create_dataset(name, shape=(3, 100000, 100000) if name == "raw" else (2**40,),
                                 dtype=old.dtype, chunks=True)
            return f"/{name} replaced ({choice})"
        if kind == 8:
            del f[name]
            f[name] = h5py.SoftLink(f"/{name}")
            return f"/{name} a soft link to itself"
        if kind == 9:
            del f[name]
            f[name] = h5py.ExternalLink("/nonexistent/elsewhere.h5", "/raw")
            return f"/{name} an external link"
        if kind == 10 and name == "raw":  # raw data kept outside the file
            old = f["raw"][()]
            del f["raw"]
            ext = str(rng.choice(["/dev/zero", "/nonexistent.bin", str(path) + ".ext"]))
            f.create_dataset("raw", shape=old.shape, dtype=old.dtype, external=[(ext, 0, h5py.h5f.UNLIMITED)])
            return f"/raw stored externally in {ext}"
        if kind == 11 and name == "raw":  # virtual dataset onto a missing file
            layout = h5py.VirtualLayout(shape=f["raw"].shape, dtype=f["raw"].dtype)
            layout[:] = h5py.VirtualSource("/nonexistent.h5", "raw", shape=f["raw"].shape)
            del f["raw"]
            f.create_virtual_dataset("raw", layout, fillvalue=0)
            return "/raw virtual onto a missing file"
        if kind == 12:
            f[name].attrs["extra"] = np.zeros(10)
            f.attrs["format_version"] = int(rng.choice([0, 1, 2, -1]))
            return f"format_version = {f.attrs['format_version']}"
        ds = f["raw"]
        data = ds[()]
        del f["raw"]
        chunks = (max(1, data.shape[0]), *data.shape[1:]) if data.ndim == 3 else True
        f.create_dataset("raw", data=data, chunks=chunks, compression=rng.choice(["gzip", None]))
        return "/raw rechunked"


def mutate_recording(src: Path, dst: Path, rng: np.random.Generator) -> str:
    """Copy ``src`` to ``dst`` and damage the copy: bytes or structure."""
    data = bytearray(src.read_bytes())
    kind = int(rng.integers(0, 5))
    if kind == 0:
        k = int(rng.integers(1, 9))
        for _ in range(k):
            i = int(rng.integers(0, len(data)))
            data[i] ^= 1 << int(rng.integers(0, 8))
        dst.write_bytes(bytes(data))
        return f"{k} bit flip(s)"
    if kind == 1:
        cut = int(rng.integers(0, len(data)))
        dst.write_bytes(bytes(data[:cut]))
        return f"truncated at {cut}"
    if kind == 2:
        n = int(rng.integers(1, 65))
        i = int(rng.integers(0, min(len(data), 4096) if rng.random() < 0.5 else len(data)))
        data[i : i + n] = rng.integers(0, 256, len(data[i : i + n]), dtype=np.uint8).tobytes()
        dst.write_bytes(bytes(data))
        return f"{n} random bytes at {i}"
    shutil.copyfile(src, dst)
    return _h5_edit(dst, rng)


# --------------------------------------------------------------------------
# The on-demand run: a worker process per batch, killed on a hang


def _worker(conn, mem_limit: int, probe_timeout: float) -> None:
    import app.core.recording as recording

    recording.PROBE_TIMEOUT_S = probe_timeout
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (mem_limit, mem_limit))
    except (ImportError, ValueError, OSError):
        pass
    while True:
        job = conn.recv()
        if job is None:
            return
        kind, path = job
        try:
            why = check_flir(Path(path)) if kind == "flir" else check_recording(Path(path))
            conn.send(("impossible", why) if why else ("accepted", ""))
        except CanthusError as e:
            conn.send(("refused", str(e)))
        except BaseException as e:  # noqa: BLE001 - counting exactly these
            conn.send(("traceback", f"{type(e).__name__}: {e}"))


class _Runner:
    def __init__(self, timeout: float, mem_limit: int, probe_timeout: float) -> None:
        self.timeout, self.mem_limit, self.probe_timeout = timeout, mem_limit, probe_timeout
        self.ctx = mp.get_context("spawn")
        self.proc = None

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, self.mem_limit, self.probe_timeout))  # not daemonic: it starts probes
        self.proc.start()

    def run(self, kind: str, path: Path) -> tuple[str, str]:
        if self.proc is None or not self.proc.is_alive():
            self._start()
        self.conn.send((kind, str(path)))
        if self.conn.poll(self.timeout):
            try:
                return self.conn.recv()
            except EOFError:
                pass
            self.proc.join(1)
            return "traceback", f"worker died (exit {self.proc.exitcode})"
        self.proc.kill()
        self.proc.join()
        self.proc = None
        return "hang", f"no answer in {self.timeout:.0f} s"

    def close(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            self.conn.send(None)
            self.proc.join(5)
            if self.proc.is_alive():
                self.proc.kill()


OUTCOMES = ("refused", "accepted", "impossible", "traceback", "hang")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--flir", type=int, default=500, help="FLIR mutants to try")
    ap.add_argument("--recordings", type=int, default=500, help="recording mutants to try")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds before a try counts as a hang")
    ap.add_argument("--probe-timeout", type=float, default=5.0,
                    help="the recording reader's own limit for reading a file's structure (PROBE_TIMEOUT_S)")
    ap.add_argument("--mem-gib", type=float, default=4.0, help="address-space limit of the worker")
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "canthus-fuzz-failures",
                    help="where mutants that end in a traceback, hang or impossible temperature are kept")
    a = ap.parse_args(argv)
    rng = np.random.default_rng(a.seed)
    runner = _Runner(a.timeout, int(a.mem_gib * 2**30), a.probe_timeout)
    examples: dict[tuple[str, str], list[str]] = {}
    counts = {"flir": Counter(), "recordings": Counter()}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="canthus-fuzz-") as tmp:
        tmp_path = Path(tmp)

        def one(group: str, kind: str, path: Path, what: str) -> None:
            outcome, detail = runner.run(kind, path)
            counts[group][outcome] += 1
            if outcome in ("traceback", "hang", "impossible"):
                a.keep.mkdir(parents=True, exist_ok=True)
                kept = a.keep / f"{group}-{sum(counts[group].values())}{path.suffix}"
                shutil.copyfile(path, kept)
                examples.setdefault((group, outcome), []).append(f"{what}: {detail} [{kept}]")

        if a.flir:
            if not FLIR_DIR.is_dir():
                print(f"FLIR samples not found at {FLIR_DIR}; skipping FLIR files", file=sys.stderr)
            else:
                sources = {n: (FLIR_DIR / n).read_bytes() for n in FLIR_FILES}
                records = {n: record_offsets(d) for n, d in sources.items()}
                for i in range(a.flir):
                    name = FLIR_FILES[i % len(FLIR_FILES)]
                    data, what = mutate_flir(sources[name], rng, records[name])
                    path = tmp_path / f"mutant{Path(name).suffix}"
                    path.write_bytes(data)
                    one("flir", "flir", path, f"{name}, {what}")
        bases = make_base_recordings(tmp_path / "bases") if a.recordings else []
        for i in range(a.recordings):
            src = bases[i % len(bases)]
            path = tmp_path / "mutant.h5"
            what = mutate_recording(src, path, rng)
            one("recordings", "recording", path, f"{src.name}, {what}")
            for extra in tmp_path.glob("mutant.h5*"):
                extra.unlink()
    runner.close()
    elapsed = time.perf_counter() - started
    print(f"fuzz_decoders: seed {a.seed}, {elapsed:.0f} s, hang after {a.timeout:.0f} s, "
          f"probe limit {a.probe_timeout:g} s, worker limit {a.mem_gib:g} GiB")
    print(f"{'':12}{'tried':>7}" + "".join(f"{o:>12}" for o in OUTCOMES))
    for group, c in counts.items():
        print(f"{group:12}{sum(c.values()):>7}" + "".join(f"{c[o]:>12}" for o in OUTCOMES))
    for (group, outcome), lines in sorted(examples.items()):
        print(f"\n{group} {outcome} ({len(lines)}):")
        for line in lines[:15]:
            print("  " + line)
    bad = sum(c[o] for c in counts.values() for o in ("traceback", "hang", "impossible"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
