"""Radiometric recordings: an open, lossless, appendable HDF5 layout.

One file holds one camera's sequence::

    /            attrs: format = "canthus-recording", format_version = 1 or 2,
                        camera, encoding, created (ISO 8601 UTC), source,
                        fps (nominal), calibration (JSON: Planck constants,
                        Y16 resolution...), reference (JSON blackbody region
                        or "null")
    /raw         (N, H, W) raw values as the camera sent them:
                   uint16 for "y16_centikelvin", "y16_decikelvin", "flir_counts";
                   float32 for "celsius"
                 chunked one frame per chunk, resizable along N; stored
                 uncompressed, with HDF5's lzf/gzip + shuffle (version 1),
                 or with the delta-zstd codec (version 2, the default for
                 16-bit raw values; see :func:`encode_delta_zstd`)
    /t           (N,) float64 capture time, seconds from the first frame
    /flags       (N,) uint8 bit field: 1 = camera warming up, 2 = flat-field correction

Any HDF5 tool (h5py, h5dump, HDFView, MATLAB, R) reads it; nothing is
pickled. Frames are appended one at a time and flushed every
``flush_every`` frames, so a live camera can be recorded and a crash loses
at most the unflushed tail. Readers take the shortest of the three datasets.
"""

from __future__ import annotations

import json
import math
import os
import zlib
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Iterator

import cv2
import h5py
import imagecodecs
import numpy as np

from app.core.config import ReferenceConfig
from app.core.errors import BadFrame, BadRecording
from app.core.flir import physical_counts, planck_problem
from app.core.frame import PLAUSIBLE_C, Frame, validate_celsius
from app.core.radiometry import KELVIN_OFFSET, PlanckLUT, PlanckParams, Y16Resolution, y16_to_celsius

FORMAT = "canthus-recording"
FORMAT_VERSION = 2  # the newest this code reads; files written without delta-zstd stay version 1
#: What a writer stores 16-bit raw frames with unless told otherwise (°C recordings: lzf).
DEFAULT_COMPRESSION = "delta-zstd"
COMPRESSIONS = ("delta-zstd", "lzf", "gzip", None)
ENCODINGS = ("y16_centikelvin", "y16_decikelvin", "flir_counts", "celsius")
FLAG_BITS = {"warming_up": 1, "ffc": 2}

# Structural limits a reader checks before trusting a file's metadata: each is
# far above any real recording and low enough that no read allocates or loops
# for long.
MIN_SIDE, MAX_SIDE = 8, 4096  # pixels per frame side (largest FLIR detector: 1280x1024)
MAX_FRAMES = 10_000_000  # 3.8 days at 30 Hz; /t alone is then 80 MB
MAX_CHUNK_BYTES = 64 << 20
MAX_CHUNK_FRAMES = 16  # so each chunk is decompressed once per block read
MAX_FPS = 1000.0
MAX_TEXT_ATTR = 1 << 20

# What h5py and HDF5 raise on damaged files: KeyError/RuntimeError for broken
# object headers and links, OSError for unreadable data, ValueError/TypeError
# for odd types, IndexError/OverflowError for odd extents, MemoryError for
# sizes that do not fit.
_H5_ERRORS = (KeyError, RuntimeError, OSError, ValueError, TypeError, AttributeError,
              IndexError, OverflowError, MemoryError, SystemError)


def _kind(v: object) -> str:
    """A value's kind in words, for messages ('a list', 'an ndarray of shape (3,)')."""
    if isinstance(v, np.ndarray):
        return f"an array of shape {v.shape}"
    name = {list: "list", dict: "object", str: "text", bool: "boolean", type(None): "null"}.get(type(v), type(v).__name__)
    return ("an " if name[0] in "aeiou" else "a ") + name


def _one_line(e: Exception) -> str:
    text = " ".join(str(e).split())
    return text[:200]


def _flir_lut(params: PlanckParams) -> PlanckLUT:
    with np.errstate(all="ignore"):  # bounded constants can still overflow for unusable counts
        return PlanckLUT(params)


# --------------------------------------------------------------------------
# delta-zstd: lossless 16-bit frames, each one HDF5 chunk written directly
# (H5Dwrite_chunk) under a filter id of HDF5's application range (32768-65535,
# unregistered), so HDF5 tools list the dataset and refuse to invent values
# for it; Canthus decodes the chunk bytes itself. Chosen by measurement
# (docs/recording-format.md): 0.23 of raw on the kiosk Lepton files (LZF:
# 0.55), 0.25 ms per 640x512 frame to decode.

#: HDF5 filter id that marks /raw chunks as delta-zstd.
DELTA_ZSTD_FILTER = 51783
ZSTD_LEVEL = 3
#: Every KEY_INTERVAL-th frame is predicted within itself, so a reader that
#: starts mid-file decodes at most that many frames to get there.
KEY_INTERVAL = 16
_KEY, _DELTA = b"K", b"D"  # first byte of a chunk: which prediction its residuals are from
_BIAS = np.uint16(0x80)  # residuals -128..127 then have a zero high byte
# The standard CRC-32 either way; zlib-ng's (in imagecodecs) is ~10x faster
# than the stdlib's on a 200 KB chunk (0.005 vs 0.05 ms).
_ZLIBNG = getattr(imagecodecs, "ZLIBNG", None)
_crc32 = imagecodecs.zlibng_crc32 if _ZLIBNG is not None and _ZLIBNG.available else zlib.crc32


def encode_delta_zstd(frame: np.ndarray, previous: np.ndarray | None) -> bytes:
    """One uint16 frame as a delta-zstd chunk: prediction residuals, byte planes, zstd.

    The prediction is ``previous`` (the frame before, which thermal video
    repeats except for noise and whoever moves), or, for a key frame
    (``previous`` None), each pixel's left neighbour. Residuals wrap modulo
    2**16 and are biased by 128, so small ones of either sign have a zero high
    byte; the low bytes of all pixels, then the high bytes, are compressed
    with zstd. The chunk is the kind byte (K or D), the CRC-32 of that byte
    and the zstd data (4 bytes, little-endian: zstd alone would decode a
    flipped bit into wrong temperatures without a word), then the zstd data.
    Lossless for any uint16 frame.
    """
    frame = np.ascontiguousarray(frame, dtype=np.uint16)
    if previous is None:
        res = frame.copy()
        res[:, 1:] -= frame[:, :-1]
    else:
        res = frame - previous
    res += _BIAS
    planes = cv2.split(res.astype("<u2", copy=False).view(np.uint8).reshape(*res.shape, 2))
    body = np.stack(planes)
    kind = _DELTA if previous is not None else _KEY
    data = imagecodecs.zstd_encode(body, level=ZSTD_LEVEL)
    return kind + _crc32(data, _crc32(kind)).to_bytes(4, "little") + data


def decode_delta_zstd(chunk: bytes | memoryview | np.ndarray, shape: tuple[int, int],
                      previous: np.ndarray | None, scratch: bytearray | None = None) -> np.ndarray:
    """The uint16 frame of one delta-zstd chunk (``previous``: the frame before, for a delta frame).

    Raises ValueError saying what is wrong with a chunk that is not one,
    never decompresses more than one frame's bytes.
    """
    h, w = shape
    size = 2 * h * w
    chunk = memoryview(chunk).cast("B")
    if len(chunk) < 6:
        raise ValueError(f"{len(chunk)}-byte chunk: too short")
    kind = bytes(chunk[:1])
    if kind not in (_KEY, _DELTA):
        raise ValueError(f"chunk starts with {kind!r}, not a delta-zstd frame")
    if kind == _DELTA and previous is None:
        raise ValueError("a delta frame with no frame before it")
    data = chunk[5:]
    if _crc32(data, _crc32(kind)) != int.from_bytes(chunk[1:5], "little"):
        raise ValueError("checksum mismatch")
    buf = scratch if scratch is not None and len(scratch) == size else bytearray(size)
    try:
        n = len(imagecodecs.zstd_decode(data, out=buf))
    except imagecodecs.ZstdError as e:
        raise ValueError(f"zstd: {str(e).removeprefix('ZSTD_decompress returned ').strip(chr(39))}") from None
    if n != size:
        raise ValueError(f"decompresses to {n} bytes, a {w}x{h} frame has {size}")
    planes = np.frombuffer(buf, np.uint8).reshape(2, h, w)
    out = cv2.merge((planes[0], planes[1])).view("<u2").reshape(h, w)
    if out.dtype != np.uint16:  # a big-endian machine: native order for the engine
        out = out.astype(np.uint16)
    if kind == _DELTA:
        out += previous
        out -= _BIAS
    else:
        out -= _BIAS
        imagecodecs.delta_decode(out, axis=-1, out=out)
    return out


def flags_to_bits(flags: frozenset[str] | set[str]) -> int:
    return sum(bit for name, bit in FLAG_BITS.items() if name in flags)


def bits_to_flags(bits: int) -> frozenset[str]:
    return frozenset(name for name, bit in FLAG_BITS.items() if bits & bit)


class RecordingWriter:
    """Appends frames to a new (or existing, same-shaped) recording."""

    def __init__(
        self,
        path: str | os.PathLike,
        *,
        camera: str,
        shape: tuple[int, int],
        encoding: str,
        fps: float = 0.0,
        source: str = "",
        calibration: dict | None = None,
        reference: ReferenceConfig | None = None,
        compression: str | None = "default",
        flush_every: int = 32,
    ) -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown encoding {encoding!r}; known: {', '.join(ENCODINGS)}")
        if compression == "default":
            compression = "lzf" if encoding == "celsius" else DEFAULT_COMPRESSION
        if compression not in COMPRESSIONS:
            raise ValueError(f"compression must be delta-zstd, lzf, gzip or none, got {compression!r}")
        if compression == "delta-zstd" and encoding == "celsius":
            raise ValueError("delta-zstd compresses 16-bit raw values; a celsius recording takes lzf, gzip or none")
        self.path = Path(path)
        self.flush_every = flush_every
        dtype = np.float32 if encoding == "celsius" else np.uint16
        self._f = h5py.File(self.path, "a")
        f = self._f
        if "raw" in f:
            # appending keeps the file's own storage, whatever was asked for
            if f["raw"].shape[1:] != tuple(shape) or f.attrs.get("encoding") != encoding:
                f.close()
                raise BadRecording(f"{self.path}: exists with another frame size or encoding; not appending")
        else:
            delta_zstd = compression == "delta-zstd"
            f.attrs.update(
                format=FORMAT, format_version=2 if delta_zstd else 1, camera=camera, encoding=encoding,
                created=datetime.now(timezone.utc).isoformat(timespec="seconds"), source=source, fps=fps,
                calibration=json.dumps(calibration or {}),
                reference=json.dumps(reference.model_dump() if reference else None),
            )
            h, w = shape
            if delta_zstd:
                raw = f.create_dataset("raw", shape=(0, h, w), maxshape=(None, h, w), dtype=dtype,
                                       chunks=(1, h, w), compression=DELTA_ZSTD_FILTER, allow_unknown_filter=True)
                raw.attrs["codec"] = ("delta-zstd: chunks written by Canthus, see its docs/recording-format.md "
                                      "(byte 0 K or D, CRC-32, then zstd of residual byte planes)")
            else:
                f.create_dataset("raw", shape=(0, h, w), maxshape=(None, h, w), dtype=dtype,
                                 chunks=(1, h, w), compression=compression,
                                 shuffle=compression is not None)
            f.create_dataset("t", shape=(0,), maxshape=(None,), dtype=np.float64, chunks=(1024,))
            f.create_dataset("flags", shape=(0,), maxshape=(None,), dtype=np.uint8, chunks=(1024,))
        self._n = min(f["raw"].shape[0], f["t"].shape[0], f["flags"].shape[0])
        self._dtype = dtype
        plist = f["raw"].id.get_create_plist()
        self._delta_zstd = any(plist.get_filter(i)[0] == DELTA_ZSTD_FILTER for i in range(plist.get_nfilters()))
        self._previous: np.ndarray | None = None  # after reopening, the next frame is a key frame

    def append(self, raw: np.ndarray, t: float, flags: frozenset[str] | set[str] = frozenset()) -> None:
        f, n = self._f, self._n
        frame = np.asarray(raw, dtype=self._dtype)
        if frame.shape != f["raw"].shape[1:]:
            raise ValueError(f"frame of shape {frame.shape}, the recording's frames are {f['raw'].shape[1:]}")
        chunk = None
        if self._delta_zstd:
            chunk = encode_delta_zstd(frame, self._previous if n % KEY_INTERVAL else None)
        for name in ("raw", "t", "flags"):
            f[name].resize(n + 1, axis=0)
        if chunk is not None:
            f["raw"].id.write_direct_chunk((n, 0, 0), chunk)
            self._previous = frame.copy()
        else:
            f["raw"][n] = frame
        f["t"][n] = t
        f["flags"][n] = flags_to_bits(flags)
        self._n = n + 1
        if self._n % self.flush_every == 0:
            f.flush()

    def __len__(self) -> int:
        return self._n

    def close(self) -> None:
        if self._f.id.valid:
            self._f.flush()
            self._f.close()

    def __enter__(self) -> "RecordingWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Recording:
    """Reads a recording and yields °C frames, a block of frames per HDF5 read.

    Nothing in the file is trusted before it is checked: links, dataset kinds,
    shapes, dtypes, layouts and chunk sizes, which frames have stored data,
    attribute types and ranges. Every read is bounded by what the file
    actually stores, so a forged size cannot make it allocate or loop for
    long. Every h5py error becomes :class:`BadRecording` naming the file and
    the part; so does a frame whose values decode to temperatures no camera
    measures (:data:`~app.core.frame.PLAUSIBLE_C`).
    """

    def __init__(self, path: str | os.PathLike, *, probe: bool = True) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise BadRecording(f"{self.path}: no such file")
        if not self.path.is_file():
            raise BadRecording(f"{self.path}: not a file")
        if probe:
            _probe(self.path, PROBE_TIMEOUT_S)
        try:
            self._f = h5py.File(self.path, "r")
        except _H5_ERRORS as e:
            msg = str(e).lower()
            why = "truncated" if "truncat" in msg or "eof" in msg else "not an HDF5 recording, or corrupt"
            raise BadRecording(f"{self.path}: {why} ({e.__class__.__name__})") from None
        try:
            self._check()
        except BaseException:
            self._f.close()
            raise

    # --- checks --------------------------------------------------------------

    @contextmanager
    def _reading(self, part: str) -> Iterator[None]:
        """Turn any h5py/HDF5 error while reading ``part`` into one BadRecording sentence."""
        try:
            yield
        except BadRecording:
            raise
        except _H5_ERRORS as e:
            detail = str(e).splitlines()[0][:160] if str(e) else e.__class__.__name__
            raise BadRecording(f"{self.path}: {part} cannot be read: corrupt file ({detail})") from None

    def _attr(self, name: str) -> object:
        with self._reading(f"attribute {name}"):
            return self._f.attrs.get(name)

    def _text_attr(self, name: str, default: str | None = None) -> str:
        v = self._attr(name)
        if v is None:
            if default is None:
                raise BadRecording(f"{self.path}: attribute {name} is missing")
            return default
        if isinstance(v, (bytes, np.bytes_)):
            try:
                v = bytes(v).decode("utf-8")
            except UnicodeDecodeError:
                raise BadRecording(f"{self.path}: attribute {name} is not UTF-8 text") from None
        if not isinstance(v, str):
            raise BadRecording(f"{self.path}: attribute {name} is {_kind(v)}, expected text")
        if len(v) > MAX_TEXT_ATTR:
            raise BadRecording(f"{self.path}: attribute {name} is {len(v)} characters long (at most {MAX_TEXT_ATTR})")
        return v

    def _number_attr(self, name: str, default: float | None, lo: float, hi: float, *, integer: bool = False) -> float:
        v = self._attr(name)
        if v is None:
            if default is None:
                raise BadRecording(f"{self.path}: attribute {name} is missing")
            return default
        kinds = (int, np.integer) if integer else (int, float, np.integer, np.floating)
        if isinstance(v, (bool, np.bool_)) or not isinstance(v, kinds):
            want = "an integer" if integer else "a number"
            raise BadRecording(f"{self.path}: attribute {name} is {_kind(v)}, expected {want}")
        x = float(v)
        if not (math.isfinite(x) and lo <= x <= hi):
            raise BadRecording(f"{self.path}: attribute {name} = {v} is outside {lo:g}..{hi:g}")
        return x

    def _json_attr(self, name: str, default: str) -> object:
        text = self._text_attr(name, default)
        try:
            return json.loads(text)
        except ValueError as e:  # JSONDecodeError, and RecursionError is not a ValueError:
            raise BadRecording(f"{self.path}: attribute {name} is not valid JSON ({e})") from None
        except RecursionError:
            raise BadRecording(f"{self.path}: attribute {name} is JSON nested too deeply") from None

    def _dataset(self, name: str) -> h5py.Dataset:
        """/name, checked to be a dataset stored inside this file."""
        f = self._f
        with self._reading(f"/{name}"):
            link = f.get(name, getlink=True)
            if link is None:
                raise BadRecording(f"{self.path}: dataset /{name} is missing")
            if isinstance(link, h5py.ExternalLink):
                raise BadRecording(f"{self.path}: /{name} is a link to another file; a recording holds its own data")
            if isinstance(link, h5py.SoftLink):
                raise BadRecording(f"{self.path}: /{name} is a soft link, not a dataset")
            ds = f[name]
            if not isinstance(ds, h5py.Dataset):
                raise BadRecording(f"{self.path}: /{name} is a group, not a dataset")
            if ds.is_virtual:
                raise BadRecording(f"{self.path}: /{name} is a virtual dataset mapping other files")
            plist = ds.id.get_create_plist()
            if plist.get_external_count():
                raise BadRecording(f"{self.path}: /{name} keeps its data in an external file")
            if ds.chunks is not None and int(np.prod(ds.chunks)) * ds.dtype.itemsize > MAX_CHUNK_BYTES:
                raise BadRecording(f"{self.path}: /{name} has chunks of {ds.chunks}, larger than {MAX_CHUNK_BYTES >> 20} MiB")
            return ds

    def _stored(self, ds: h5py.Dataset, name: str, n: int) -> tuple[int, dict[int, tuple[int, int, int]]]:
        """How many leading entries of ``ds`` (up to ``n``) have data in the file.

        Entries a dataset was resized for but never written read as the fill
        value (0 counts: -273.15 °C); the writer resizes before it writes, so a
        crash can leave such a tail, which is dropped. A gap before stored data
        is corruption. Also returns, for one-frame chunks, each frame's byte
        offset in the file, stored size and filter mask (for memory-mapped
        reads and the delta-zstd decoder).
        """
        file_size = self.path.stat().st_size
        row = int(np.prod(ds.shape[1:], dtype=np.int64)) * ds.dtype.itemsize
        with self._reading(f"the storage index of /{name}"):
            if ds.chunks is None:
                layout = ds.id.get_create_plist().get_layout()
                if layout == h5py.h5d.COMPACT:
                    return n, {}
                size = ds.id.get_storage_size()
                offset = ds.id.get_offset()
                if offset is not None and offset + size > file_size:
                    raise BadRecording(f"{self.path}: /{name} runs past the end of the file: truncated")
                return min(n, size // row if row else n), {}
            chunks = ds.chunks
            per_row = 1
            for extent, c in zip(ds.shape[1:], chunks[1:]):
                per_row *= -(-extent // c)
            counts: dict[int, int] = {}
            offsets: dict[int, tuple[int, int, int]] = {}
            past_end: list[int] = []

            def seen(info) -> None:
                a0 = info.chunk_offset[0]
                counts[a0] = counts.get(a0, 0) + 1
                if info.byte_offset + info.size > file_size:
                    past_end.append(a0)
                offsets[a0] = (info.byte_offset, info.size, info.filter_mask)

            if hasattr(ds.id, "chunk_iter"):
                ds.id.chunk_iter(seen)
            else:  # older HDF5: the same, one call per chunk
                for i in range(ds.id.get_num_chunks()):
                    seen(ds.id.get_chunk_info(i))
        if past_end:
            raise BadRecording(f"{self.path}: /{name} entry {min(past_end)} lies past the end of the file: truncated")
        covered = sorted(a0 for a0, k in counts.items() if k >= per_row)
        stored = 0
        for a0 in covered:
            if a0 > stored:
                break
            stored = a0 + chunks[0]
        stored = min(stored, n)
        if any(stored < a0 < n for a0 in counts):
            raise BadRecording(f"{self.path}: /{name} entry {stored} has no stored data but later ones do: corrupt")
        one_frame = chunks[0] == 1 and per_row == 1
        return stored, (offsets if one_frame else {})

    def _check(self) -> None:
        if self._text_attr("format", "") != FORMAT:
            raise BadRecording(f"{self.path}: not a Canthus recording (no format={FORMAT!r} attribute)")
        version = int(self._number_attr("format_version", None, 1, 2**31, integer=True))
        if version > FORMAT_VERSION:
            raise BadRecording(f"{self.path}: format version {version} is newer than this Canthus reads ({FORMAT_VERSION})")
        self.encoding = self._text_attr("encoding")
        if self.encoding not in ENCODINGS:
            raise BadRecording(f"{self.path}: unknown encoding {self.encoding!r}")
        raw, t, flags = (self._dataset(name) for name in ("raw", "t", "flags"))
        if raw.ndim != 3 or not (MIN_SIDE <= raw.shape[1] <= MAX_SIDE and MIN_SIDE <= raw.shape[2] <= MAX_SIDE):
            raise BadRecording(
                f"{self.path}: /raw has shape {raw.shape}, expected (frames, rows, cols) "
                f"with {MIN_SIDE}..{MAX_SIDE} rows and columns"
            )
        want = np.float32 if self.encoding == "celsius" else np.uint16
        if raw.dtype != want:
            raise BadRecording(f"{self.path}: /raw is {raw.dtype}, encoding {self.encoding} needs {np.dtype(want)}")
        if raw.chunks is not None and raw.chunks[0] > MAX_CHUNK_FRAMES:
            raise BadRecording(f"{self.path}: /raw has chunks of {raw.chunks}: more than {MAX_CHUNK_FRAMES} frames per chunk")
        with self._reading("the filters of /raw"):
            plist = raw.id.get_create_plist()
            filters = [plist.get_filter(i)[0] for i in range(plist.get_nfilters())]
        self.delta_zstd = DELTA_ZSTD_FILTER in filters
        if self.delta_zstd:
            if version < 2:
                raise BadRecording(f"{self.path}: /raw is delta-zstd but the file says format version {version}; corrupt")
            if filters != [DELTA_ZSTD_FILTER] or raw.chunks != (1, *raw.shape[1:]) or raw.dtype != np.uint16:
                raise BadRecording(
                    f"{self.path}: /raw is delta-zstd with filters {filters}, chunks {raw.chunks} and {raw.dtype}; "
                    f"expected that filter alone, one frame per chunk and uint16"
                )
        if t.ndim != 1 or t.dtype.kind != "f":
            raise BadRecording(f"{self.path}: /t is {t.dtype} of shape {t.shape}, expected one float per frame")
        if flags.ndim != 1 or flags.dtype != np.uint8:
            raise BadRecording(f"{self.path}: /flags is {flags.dtype} of shape {flags.shape}, expected one uint8 per frame")
        n = min(raw.shape[0], t.shape[0], flags.shape[0])
        n, self._chunks = self._stored(raw, "raw", n)
        n, _ = self._stored(t, "t", n)
        n, _ = self._stored(flags, "flags", n)
        if n > MAX_FRAMES:
            raise BadRecording(f"{self.path}: {n} frames, more than the {MAX_FRAMES} one recording may hold")
        self._n = n
        self._shape = (int(raw.shape[1]), int(raw.shape[2]))
        self._raw = raw
        self.camera = self._text_attr("camera", self.path.stem)
        self.fps = self._number_attr("fps", 0.0, 0.0, MAX_FPS)
        calibration = self._json_attr("calibration", "{}")
        if not isinstance(calibration, dict):
            raise BadRecording(f"{self.path}: attribute calibration is {_kind(calibration)}, expected a JSON object")
        self.calibration = calibration
        ref = self._json_attr("reference", "null")
        if ref is not None and not isinstance(ref, dict):
            raise BadRecording(f"{self.path}: attribute reference is {_kind(ref)}, expected a JSON object or null")
        try:
            self.reference = ReferenceConfig(**ref) if ref else None
        except (ValueError, TypeError) as e:
            raise BadRecording(f"{self.path}: attribute reference is not a blackbody region ({_one_line(e)})") from None
        if self.reference is not None:
            r, (h, w) = self.reference, self._shape
            if r.x + r.width > w or r.y + r.height > h:
                raise BadRecording(
                    f"{self.path}: attribute reference: the blackbody region {r.width}x{r.height} at "
                    f"({r.x}, {r.y}) lies outside the {w}x{h} frame"
                )
        self._lut = None
        if self.encoding.startswith("y16_"):
            k = Y16Resolution.CENTIKELVIN if self.encoding == "y16_centikelvin" else Y16Resolution.DECIKELVIN
            declared = calibration.get("y16_kelvin_per_count", k.value)
            if declared != k.value:
                raise BadRecording(
                    f"{self.path}: attribute calibration says {declared!r} K per count but the encoding "
                    f"{self.encoding} is {k.value} K per count"
                )
            # counts that convert into the physical range (the top of 16 bits is 382 °C in 0.01 K)
            self._valid_raw = (
                math.ceil((PLAUSIBLE_C[0] + KELVIN_OFFSET) / k.value - 1e-6),
                min(0xFFFF, math.floor((PLAUSIBLE_C[1] + KELVIN_OFFSET) / k.value + 1e-6)),
            )
        elif self.encoding == "flir_counts":
            planck = calibration.get("planck")
            if not isinstance(planck, dict):
                raise BadRecording(f"{self.path}: flir_counts recording without Planck constants (calibration.planck)")
            try:
                params = PlanckParams(**planck)
            except (TypeError, ValueError) as e:
                raise BadRecording(f"{self.path}: flir_counts recording without usable Planck constants ({_one_line(e)})") from None
            problem = planck_problem(params)
            if problem:
                raise BadRecording(f"{self.path}: attribute calibration.planck: {problem}")
            self._lut = _flir_lut(params)
            self._valid_raw = physical_counts(params)

    @property
    def shape(self) -> tuple[int, int]:
        return self._shape

    def __len__(self) -> int:
        """Frames with stored data in all three datasets."""
        return self._n

    def radiometer(self):
        """The converter for this recording's raw values (None for °C recordings)."""
        if self.encoding == "y16_centikelvin":
            return partial(y16_to_celsius, resolution=Y16Resolution.CENTIKELVIN)
        if self.encoding == "y16_decikelvin":
            return partial(y16_to_celsius, resolution=Y16Resolution.DECIKELVIN)
        return self._lut

    def to_celsius(self, raw: np.ndarray, index: int) -> np.ndarray:
        what = f"{self.path} frame {index}"
        try:
            if self.encoding == "celsius":
                return validate_celsius(raw, what=what)
            self._check_raw(raw, index)
            if self.encoding == "y16_centikelvin":
                return y16_to_celsius(raw, Y16Resolution.CENTIKELVIN)
            if self.encoding == "y16_decikelvin":
                return y16_to_celsius(raw, Y16Resolution.DECIKELVIN)
            assert self._lut is not None
            return self._lut(raw)
        except BadFrame as e:
            if str(e).startswith(what):
                raise
            raise BadFrame(f"{what}: {e}") from None

    def _check_raw(self, raw: np.ndarray, index: int) -> None:
        """Refuse a raw frame whose values decode outside the physical range (one pass)."""
        lo, hi, _, _ = cv2.minMaxLoc(raw)
        ok_lo, ok_hi = self._valid_raw
        if ok_lo <= lo and hi <= ok_hi:
            return
        conv = self.radiometer()
        with np.errstate(all="ignore"):
            ends = conv(np.array([[lo, hi]], dtype=np.uint16)) if self.encoding != "flir_counts" else (
                self._lut.table[[int(lo), int(hi)]]  # type: ignore[union-attr]
            )
        t_lo, t_hi = (float(x) for x in np.ravel(ends))
        decoded = f"{t_lo:.2f}..{t_hi:.2f} °C" if math.isfinite(t_lo) and math.isfinite(t_hi) else "no temperature"
        raise BadRecording(
            f"{self.path}: frame {index}: raw values {int(lo)}..{int(hi)} decode to {decoded}, outside what "
            f"a camera can measure ({PLAUSIBLE_C[0]:.0f}..{PLAUSIBLE_C[1]:.0f} °C): corrupt or not this encoding"
        )

    def _times(self) -> tuple[np.ndarray, np.ndarray]:
        """/t and /flags of the stored frames; times must be finite and never go back."""
        f, n = self._f, len(self)
        with self._reading("/t and /flags"):
            ts, bits = f["t"][:n], f["flags"][:n]
        if n and not np.all(np.isfinite(ts)):
            bad = int(np.flatnonzero(~np.isfinite(ts))[0])
            raise BadRecording(f"{self.path}: frame {bad} has no valid timestamp (/t is {ts[bad]})")
        if n > 1 and np.any(np.diff(ts) < 0):
            bad = int(np.flatnonzero(np.diff(ts) < 0)[0]) + 1
            raise BadRecording(f"{self.path}: frame {bad} is stamped before the frame preceding it (/t goes back)")
        return ts, bits

    def _mapped_frames(self) -> tuple[dict[int, int], np.memmap] | None:
        """File offsets of uncompressed one-frame chunks, and the file mapped read-only.

        Lets frames be read straight from the page cache with no copy and no
        per-frame HDF5 call (each costs ~0.9 ms at 640x512, more than the
        engine). Compressed or otherwise chunked data goes through h5py. The
        offsets come from the storage index checked at open.
        """
        ds = self._raw
        with self._reading("/raw"):
            if ds.compression is not None or ds.chunks != (1, *self.shape) or ds.id.get_create_plist().get_nfilters():
                return None
        if ds.dtype.byteorder not in ("=", "|", "<" if np.little_endian else ">") or not self._chunks:
            return None
        return {i: off for i, (off, _, _) in self._chunks.items()}, np.memmap(self.path, dtype=np.uint8, mode="r")

    def frames(self, start: int = 0, block: int = 16) -> Iterator[Frame]:
        """Frames in order; h5py reads ``block`` frames per call where the data is not mapped.

        Raises :class:`BadRecording` at the first frame that cannot be read
        or whose values are impossible, after yielding the frames before it.
        """
        if self.delta_zstd:
            yield from self._delta_zstd_frames(start)
            return
        f, n = self._f, len(self)
        source = str(self.path)
        radiometer = self.radiometer()
        ts, bits = self._times()
        mapped = self._mapped_frames()
        shape, dtype = self.shape, self._raw.dtype
        frame_bytes = int(np.prod(shape)) * dtype.itemsize
        # whole chunks per read, and never more than ~64 MiB of frames at once
        c0 = self._raw.chunks[0] if self._raw.chunks is not None else 1
        block = max(c0, (min(block, max(1, (64 << 20) // frame_bytes)) // c0) * c0)
        first = (start // block) * block
        for b0 in range(first, n, block):
            b1 = min(n, b0 + block)
            raws = None
            for i in range(max(b0, start), b1):
                raw = None
                if mapped is not None:
                    off = mapped[0].get(i)
                    if off is not None and off + frame_bytes <= mapped[1].size:
                        raw = np.ndarray(shape, dtype=dtype, buffer=mapped[1], offset=off)
                if raw is None:
                    if raws is None:
                        with self._reading(f"/raw frames {b0}-{b1 - 1}"):
                            raws = f["raw"][b0:b1]
                    raw = raws[i - b0]
                flags = bits_to_flags(int(bits[i]))
                if radiometer is None:
                    yield Frame(self.camera, i, float(ts[i]), self.to_celsius(raw, i), source, flags)
                else:  # the engine converts, with the reference correction fused in
                    self._check_raw(raw, i)
                    yield Frame(self.camera, i, float(ts[i]), None, source, flags, raw, radiometer)

    def _delta_zstd_frames(self, start: int) -> Iterator[Frame]:
        """Frames of a delta-zstd recording, decoded from the file mapped read-only.

        A delta frame needs the one before it, so reading from ``start``
        begins at the key frame at or before it. Yielded arrays are
        read-only: the next frame is predicted from them.
        """
        n, shape = len(self), self.shape
        ts, bits = self._times()
        radiometer = self.radiometer()
        source = str(self.path)
        mm = np.memmap(self.path, dtype=np.uint8, mode="r") if n else None
        # a chunk can be a little larger than the frame: zstd's bound for
        # incompressible data is size + size/256 + a header
        limit = 2 * shape[0] * shape[1] * 129 // 128 + 4096
        scratch = bytearray(2 * shape[0] * shape[1])
        start = max(0, start)
        first = start
        while 0 < first < n and bytes(self._chunk_bytes(mm, first, limit)[:1]) == _DELTA:
            first -= 1
        previous = None
        for i in range(first, n):
            try:
                raw = decode_delta_zstd(self._chunk_bytes(mm, i, limit), shape, previous, scratch)
            except ValueError as e:
                raise BadRecording(f"{self.path}: frame {i}: compressed data is corrupt ({e})") from None
            raw.flags.writeable = False
            previous = raw
            if i < start:
                continue
            flags = bits_to_flags(int(bits[i]))
            if radiometer is None:  # not reached: delta-zstd holds raw counts only
                raise BadRecording(f"{self.path}: delta-zstd recording of encoding {self.encoding}")
            self._check_raw(raw, i)
            yield Frame(self.camera, i, float(ts[i]), None, source, flags, raw, radiometer)

    def _chunk_bytes(self, mm: np.memmap, i: int, limit: int) -> np.ndarray:
        """The stored bytes of frame ``i``'s chunk, checked against the index and the file."""
        entry = self._chunks.get(i)
        if entry is None:
            raise BadRecording(f"{self.path}: frame {i} has no chunk in the storage index: corrupt")
        off, size, mask = entry
        if mask:
            raise BadRecording(f"{self.path}: frame {i} was stored without the delta-zstd codec (filter mask {mask})")
        if size > limit:
            raise BadRecording(f"{self.path}: frame {i}: chunk of {size} bytes, more than a frame can compress to")
        if off + size > mm.size:
            raise BadRecording(f"{self.path}: frame {i} lies past the end of the file: truncated")
        return mm[off:off + size]

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> "Recording":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------
# The probe: HDF5 parses a file's structure in C, and some damaged files make
# it loop for minutes or crash the process (bit flips in an attribute heap or
# an object header; found by tests/bench/fuzz_decoders.py). No check in Python
# can prevent that, so the structure is read first in a child process with a
# time limit; the same bytes then read the same way here.

#: Seconds the child may take to read a recording's structure and timestamps.
PROBE_TIMEOUT_S = 30.0


def _probe_child(path: str, conn) -> None:
    try:
        with Recording(path, probe=False) as rec:
            rec._times()
        conn.send(None)
    except BadRecording as e:
        conn.send(str(e))
    except BaseException as e:  # noqa: BLE001 - whatever it is, the parent refuses the file
        conn.send(f"{path}: cannot be read: corrupt file ({e.__class__.__name__})")


def _probe_context():
    # forkserver: each probe is a fork of a small clean server (fast, and safe
    # in a process with threads, unlike fork); spawn where it does not exist.
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload([__name__])
        return ctx
    return mp.get_context("spawn")


def _probe(path: Path, timeout: float) -> None:
    """Open and check ``path`` in a child process; BadRecording if it fails, hangs or crashes."""
    ctx = _probe_context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_probe_child, args=(str(path), sender), name="canthus-recording-probe")
    proc.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            proc.kill()
            raise BadRecording(
                f"{path}: HDF5 did not finish reading the file's structure in {timeout:.0f} s: corrupt file"
            )
        try:
            message = receiver.recv()
        except EOFError:
            proc.join(5)
            raise BadRecording(
                f"{path}: HDF5 crashed reading the file's structure (exit {proc.exitcode}): corrupt file"
            ) from None
    finally:
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        receiver.close()
    if message:
        raise BadRecording(message)

