"""Read FLIR radiometric files: raw counts plus the Planck calibration.

Three containers, one parser. Every FLIR file keeps its thermal data in an
"FFF" record set: a 64-byte header, a directory of 32-byte entries, then the
records it points to. Only two records matter here:

* ``RawData`` (type 0x01): a 32-byte header (byte-order word, width, height)
  followed by the image, either uncompressed 16-bit ("TIFF" in ExifTool's
  words), PNG, or JPEG-LS.
* ``CameraInfo`` (type 0x20): emissivity, object distance, reflected apparent,
  atmospheric and IR-window temperatures (stored in Kelvin), window
  transmission, relative humidity (stored as a fraction; a few files store
  percent), Planck R1/B/F/O/R2, the atmospheric transmission constants, the
  camera model, the capture time and the frame rate.

Containers:

* radiometric JPEG: the FFF data is split over APP1 segments that start with
  ``FLIR\\0``, then a version byte, the chunk index and the last chunk index.
* SEQ: FFF record sets one after another, one per frame, raw 16-bit data.
* CSQ: the same, with the raw data compressed as JPEG-LS.

Field offsets follow ExifTool's ``Image::ExifTool::FLIR`` tables
(``FLIR::Header``, ``FLIR::RawData``, ``FLIR::CameraInfo`` and ``ProcessFLIR``).
Byte order: the header's is found by reading the format version (100..199) in
either order; each record's by its first 16-bit word (a small number, 2, in
the record's own order). The byte order of PNG raw data differs between
cameras (older ones keep PNG's own big-endian order, newer ones such as the
i60 and the FLIR ONE write the samples byte-swapped), so it is decided per
file from the data (:func:`_png_byte_order`); uncompressed and JPEG-LS data
follow the record's order.

Anything that is not a readable FLIR file raises :class:`BadRecording` with
one sentence naming the file and the problem; so does a file whose
calibration leaves the physical ranges in :data:`PLANCK_BOUNDS` or whose
counts decode to temperatures no camera measures (:data:`PLAUSIBLE_C`): a
flipped bit in a constant must not become a temperature.
"""

from __future__ import annotations

import functools
import io
import math
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import imagecodecs
import numpy as np

from app.core.errors import BadFrame, BadRecording
from app.core.frame import PLAUSIBLE_C
from app.core.radiometry import KELVIN_OFFSET, PlanckLUT, PlanckParams, atmospheric_transmission

__all__ = [
    "FlirFrame", "read_flir", "iter_flir", "flir_to_celsius", "PLANCK_BOUNDS", "planck_problem", "physical_counts",
    "planck_radiometer",
]

#: Physical bounds on the calibration and conditions, field -> (name, low, high).
#: B is c2/λ (c2 = 14 388 µm·K) for an effective wavelength of 1-20 µm; R1,
#: R2, F and O are wide around every camera seen (R1 14 307-21 546, R2
#: 0.0106-0.0162, B 1384-1507, F 1, O -7340..-1143 in the six sample files)
#: and O cannot exceed the 16-bit counts it offsets. Emissivity 0.01-1 is
#: FLIR's documented setting range. Temperatures are those a camera at an
#: entrance can meet; the atmospheric constants keep their sign and stay within
#: ten times FLIR's standard values (the same in every file).
PLANCK_BOUNDS: dict[str, tuple[str, float, float]] = {
    "r1": ("Planck constant R1", 1e2, 1e7),
    "r2": ("Planck constant R2", 1e-5, 10.0),
    "b": ("Planck constant B", 700.0, 15000.0),
    "f": ("Planck constant F", 0.0, 10.0),
    "o": ("Planck constant O", -65536.0, 65536.0),
    "emissivity": ("emissivity", 0.01, 1.0),
    "distance_m": ("object distance (m)", 0.0, 10000.0),
    "reflected_c": ("reflected apparent temperature (°C)", PLAUSIBLE_C[0], PLAUSIBLE_C[1]),
    "atmosphere_c": ("atmospheric temperature (°C)", -60.0, 100.0),
    "humidity_pct": ("relative humidity (%)", 0.0, 100.0),
    "window_c": ("IR window temperature (°C)", PLAUSIBLE_C[0], PLAUSIBLE_C[1]),
    "window_transmission": ("IR window transmission", 0.01, 1.0),
    "alpha1": ("atmospheric constant Alpha1", 0.0, 0.1),
    "alpha2": ("atmospheric constant Alpha2", 0.0, 0.1),
    "beta1": ("atmospheric constant Beta1", -0.1, 0.0),
    "beta2": ("atmospheric constant Beta2", -0.1, 0.0),
    "x": ("atmospheric constant X", 0.0, 3.0),
}

#: Largest thermal image accepted (pixels): above any FLIR detector (1280x1024),
#: small enough that a forged size cannot make a decoder allocate gigabytes.
MAX_PIXELS = 4096 * 4096


def planck_problem(values: dict[str, float] | PlanckParams) -> str | None:
    """What is physically impossible about a calibration, or None.

    Names the first field out of :data:`PLANCK_BOUNDS` (or not a number), then
    checks the atmospheric transmission the conditions give is in (0, 1].
    """
    if isinstance(values, PlanckParams):
        values = {k: getattr(values, k) for k in PLANCK_BOUNDS}
    for key, (name, lo, hi) in PLANCK_BOUNDS.items():
        if key not in values:
            continue
        v = values[key]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            return f"{name} is {v!r}, not a number"
        if not lo <= v <= hi:
            return f"{name} = {v:g} is outside {lo:g}..{hi:g}"
    if all(k in values for k in PLANCK_BOUNDS):
        with np.errstate(all="ignore"):
            tau = atmospheric_transmission(PlanckParams(**values))
        if not 0.0 < tau <= 1.0:
            return f"the atmospheric transmission these conditions give is {tau:.4g}, not in (0, 1]"
    return None


@dataclass(frozen=True, eq=False)  # eq on arrays is ambiguous: identity semantics
class FlirFrame:
    """One thermal frame from a FLIR file.

    ``counts``: read-only uint16 (rows, cols) raw sensor counts.
    ``params``: the file's Planck constants and measurement conditions.
    ``t``: seconds since the file's first frame (0.0 for a still image).
    ``camera_model``: as the file names it; empty when it does not (the
    FLIR ONE writes ``*``). ``fps``: the CameraInfo frame rate (0.0: none).
    """

    counts: np.ndarray
    params: PlanckParams
    t: float
    camera_model: str
    fps: float = 0.0  # the frame rate the file records; 0.0 when it records none


def read_flir(path: str | os.PathLike[str]) -> list[FlirFrame]:
    """All frames of a radiometric JPEG (one), SEQ or CSQ file."""
    return list(iter_flir(path))


def iter_flir(path: str | os.PathLike[str]) -> Iterator[FlirFrame]:
    """Frames one at a time, reading only one frame's bytes at a time.

    A missing file or one that is not a FLIR file raises here; a problem in a
    later frame (truncation, a corrupt record) raises when that frame is
    reached, after the good frames before it were yielded.
    """
    p = Path(path)
    kind = _sniff(p)
    return _iter_jpeg(p) if kind == "jpeg" else _iter_fff_stream(p)


@functools.lru_cache(maxsize=16)
def _lut(params: PlanckParams) -> PlanckLUT:
    # Extreme (but bounded) constants overflow exp() for some counts: those
    # table entries become NaN/inf and are outside physical_counts anyway.
    with np.errstate(all="ignore"):
        return PlanckLUT(params)


@functools.lru_cache(maxsize=16)
def physical_counts(params: PlanckParams) -> tuple[int, int]:
    """The counts (inclusive) that convert to temperatures in :data:`PLAUSIBLE_C`.

    The conversion is monotonic, so they form one interval; (1, 0) when none do.
    Checking a frame's lowest and highest count against it costs one pass over
    16-bit values instead of a pass over the converted frame.
    """
    table = _lut(params).table
    with np.errstate(invalid="ignore"):
        ok = np.flatnonzero((table >= PLAUSIBLE_C[0]) & (table <= PLAUSIBLE_C[1]))
    return (int(ok[0]), int(ok[-1])) if ok.size else (1, 0)


def counts_problem(counts: np.ndarray, params: PlanckParams) -> str | None:
    """Why these counts cannot be a real scene with this calibration, or None."""
    lo, hi = int(counts.min()), int(counts.max())
    ok_lo, ok_hi = physical_counts(params)
    if ok_lo <= lo and hi <= ok_hi:
        return None
    table = _lut(params).table
    t_lo, t_hi = float(table[lo]), float(table[hi])
    if math.isfinite(t_lo) and math.isfinite(t_hi):
        got = f"decode to {t_lo:.6g}..{t_hi:.6g} °C"
    else:
        got = f"include values its calibration cannot convert ({lo}..{hi})"
    return (
        f"counts {got}, outside what a camera can measure "
        f"({PLAUSIBLE_C[0]:.0f}..{PLAUSIBLE_C[1]:.0f} °C): corrupt raw data or calibration"
    )


def flir_to_celsius(frame: FlirFrame) -> np.ndarray:
    """°C (float32, rows × cols) with the frame's own calibration and conditions.

    One table look-up per pixel; the 65 536-entry table is built once per
    distinct :class:`PlanckParams` and cached. Raises
    :class:`~app.core.errors.BadFrame` when counts decode to temperatures no
    camera measures (the reader already refuses such files; this guards
    frames built by hand).
    """
    problem = counts_problem(frame.counts, frame.params)
    if problem:
        raise BadFrame(f"FLIR frame: {problem}")
    return _lut(frame.params)(frame.counts)


def planck_radiometer(params: PlanckParams) -> PlanckLUT:
    """The cached counts → °C converter for a calibration, for a :class:`~app.core.frame.Frame`'s
    ``radiometer`` (the engine fuses the reference correction into it)."""
    return _lut(params)


# --------------------------------------------------------------------------
# Internals

_FFF_MAGIC = b"FFF\x00"
_JPEG_MAGIC = b"\xff\xd8"
_HEADER_LEN = 0x40
_ENTRY_LEN = 0x20
_MAX_ENTRIES = 4096  # a real directory has a handful; more is garbage
_REC_RAW = 0x01
_REC_CAMERA = 0x20
_RECORD_NAMES = {_REC_RAW: "FFF RawData", _REC_CAMERA: "FFF CameraInfo"}
_RAW_HEADER_LEN = 0x20
# The last record of a sequence is sometimes declared a few bytes longer than
# the file (alignment padding that was never written, seen in Thermimage's
# CSQ sample). Shortfalls up to this many bytes are read as what is there.
_PAD_TOLERANCE = 8

# CameraInfo offsets (ExifTool FLIR::CameraInfo)
_CI_EMISSIVITY = 0x20
_CI_DISTANCE = 0x24
_CI_REFLECTED_K = 0x28
_CI_ATMOSPHERE_K = 0x2C
_CI_WINDOW_K = 0x30
_CI_WINDOW_TRANS = 0x34
_CI_HUMIDITY = 0x3C
_CI_R1 = 0x58
_CI_B = 0x5C
_CI_F = 0x60
_CI_ALPHA1 = 0x70
_CI_ALPHA2 = 0x74
_CI_BETA1 = 0x78
_CI_BETA2 = 0x7C
_CI_X = 0x80
_CI_MODEL = 0xD4  # string[32]
_CI_O = 0x308  # int32s
_CI_R2 = 0x30C
_CI_MIN_LEN = 0x310  # must reach PlanckR2
_CI_DATETIME = 0x384  # int32u unix s, int32u ms (low 16 bits), int16s tz
_CI_FRAME_RATE = 0x464  # int16u


class _Corrupt(Exception):
    """Internal: a problem found while parsing; becomes BadRecording."""


def _bad(path: Path, problem: str) -> BadRecording:
    return BadRecording(f"FLIR file {path} {problem}.")


def _sniff(path: Path) -> str:
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except FileNotFoundError:
        raise _bad(path, "does not exist") from None
    except IsADirectoryError:
        raise _bad(path, "is a directory, not a file") from None
    except OSError as exc:
        raise _bad(path, f"cannot be read ({exc.strerror or exc})") from None
    if head.startswith(_JPEG_MAGIC):
        return "jpeg"
    if head == _FFF_MAGIC:
        return "fff"
    if not head:
        raise _bad(path, "is empty")
    raise _bad(path, "is not a FLIR radiometric file (neither a JPEG nor an FFF/SEQ/CSQ record)")


def _other(order: str) -> str:
    return "<" if order == ">" else ">"


def _read_exact(f: BinaryIO, offset: int, n: int) -> bytes:
    f.seek(offset)
    return f.read(n)


@dataclass(frozen=True, slots=True)
class _Entry:
    rtype: int
    subtype: int
    offset: int  # from the start of the record set
    length: int


@dataclass(frozen=True, slots=True)
class _Parsed:
    counts: np.ndarray
    params: PlanckParams
    model: str
    stamp: float | None  # unix seconds, None when not recorded
    fps: float  # 0.0 when not recorded
    end: int  # absolute offset just past the last record


def _parse_header(head: bytes, where: str) -> tuple[str, int, int]:
    if len(head) < _HEADER_LEN:
        raise _Corrupt(f"is truncated in the FFF header of {where}")
    if head[:4] != _FFF_MAGIC:
        raise _Corrupt(f"has no FFF record where {where} should start")
    for order in ("<", ">"):
        version, dir_off, n = struct.unpack_from(order + "III", head, 0x14)
        if 100 <= version < 200:
            break
    else:
        raise _Corrupt(f"has an FFF header of unknown version in {where}")
    if n == 0 or n > _MAX_ENTRIES:
        raise _Corrupt(f"has an implausible FFF directory of {n} entries in {where}")
    return order, dir_off, n


def _parse_set(f: BinaryIO, base: int, size: int, where: str) -> _Parsed:
    """Parse one FFF record set starting at absolute offset ``base``."""
    order, dir_off, n = _parse_header(_read_exact(f, base, _HEADER_LEN), where)
    directory = _read_exact(f, base + dir_off, n * _ENTRY_LEN)
    if len(directory) < n * _ENTRY_LEN:
        raise _Corrupt(f"is truncated or corrupt: the FFF directory of {where} runs past the end")
    entries: dict[int, _Entry] = {}
    end = base + dir_off + n * _ENTRY_LEN
    for i in range(n):
        rtype, subtype, _ver, _id, off, length = struct.unpack_from(
            order + "HHIIII", directory, i * _ENTRY_LEN
        )
        if rtype == 0:
            continue
        if base + off + length > size + _PAD_TOLERANCE:
            what = _RECORD_NAMES.get(rtype, f"type 0x{rtype:02x}")
            raise _Corrupt(
                f"is truncated or corrupt: the {what} record of {where} ends at "
                f"byte {base + off + length} but only {size} bytes are there"
            )
        end = max(end, base + off + length)
        entries.setdefault(rtype, _Entry(rtype, subtype, off, length))
    if _REC_RAW not in entries:
        raise _Corrupt(f"has no FFF RawData record (raw thermal data) in {where}")
    if _REC_CAMERA not in entries:
        raise _Corrupt(f"has no FFF CameraInfo record (camera calibration) in {where}")

    def record(e: _Entry) -> bytes:
        return _read_exact(f, base + e.offset, e.length)  # bounds checked above

    params, model, stamp, fps = _parse_camera_info(record(entries[_REC_CAMERA]), order, where)
    raw_entry = entries[_REC_RAW]
    raw = record(raw_entry)
    counts = _parse_raw(raw, order, where, short_by=raw_entry.length - len(raw), params=params)
    problem = counts_problem(counts, params)
    if problem:
        raise _Corrupt(f"has an FFF RawData record in {where} whose {problem}")
    return _Parsed(counts, params, model, stamp, fps, min(end, size))


def _record_order(rec: bytes, default: str) -> str:
    # ExifTool: the first int16u should be a small number (2); if it reads as
    # >= 0x100 in the current byte order, the record uses the other one.
    (word,) = struct.unpack_from(default + "H", rec, 0)
    return _other(default) if word >= 0x100 else default


def _f32(v: float) -> float:
    """A stored float32 as the shortest decimal that round-trips (0.95, not 0.949999988)."""
    return float(str(np.float32(v)))


def _parse_camera_info(
    rec: bytes, order: str, where: str
) -> tuple[PlanckParams, str, float | None, float]:
    if len(rec) < _CI_MIN_LEN:
        raise _Corrupt(f"has an FFF CameraInfo record of {len(rec)} bytes in {where} (too short)")
    o = _record_order(rec, order)

    def flt(off: int) -> float:
        return _f32(struct.unpack_from(o + "f", rec, off)[0])

    def kelvin_to_c(off: int) -> float:
        return round(flt(off) - KELVIN_OFFSET, 4)

    humidity = flt(_CI_HUMIDITY)
    # FLIR stores a fraction (0.5); ExifTool notes some FFF files store percent.
    humidity_pct = humidity if humidity > 2.0 else humidity * 100.0
    values = {
        "r1": flt(_CI_R1),
        "r2": flt(_CI_R2),
        "b": flt(_CI_B),
        "f": flt(_CI_F),
        "o": float(struct.unpack_from(o + "i", rec, _CI_O)[0]),
        "emissivity": flt(_CI_EMISSIVITY),
        "distance_m": flt(_CI_DISTANCE),
        "reflected_c": kelvin_to_c(_CI_REFLECTED_K),
        "atmosphere_c": kelvin_to_c(_CI_ATMOSPHERE_K),
        "humidity_pct": round(humidity_pct, 4),
        "window_c": kelvin_to_c(_CI_WINDOW_K),
        "window_transmission": flt(_CI_WINDOW_TRANS),
        "alpha1": flt(_CI_ALPHA1),
        "alpha2": flt(_CI_ALPHA2),
        "beta1": flt(_CI_BETA1),
        "beta2": flt(_CI_BETA2),
        "x": flt(_CI_X),
    }
    bad = [k for k, v in values.items() if not math.isfinite(v)]
    if bad:
        raise _Corrupt(f"has non-numeric calibration values ({', '.join(bad)}) in the FFF CameraInfo record of {where}")
    problem = planck_problem(values)
    if problem:
        raise _Corrupt(f"has an impossible calibration in the FFF CameraInfo record of {where}: {problem}")
    try:
        params = PlanckParams(**values)
    except ValueError as exc:
        raise _Corrupt(f"has invalid measurement conditions in the FFF CameraInfo record of {where} ({exc})") from None

    raw_model = rec[_CI_MODEL : _CI_MODEL + 32].split(b"\x00", 1)[0]
    model = raw_model.decode("latin-1").strip()
    if not any(c.isalnum() for c in model):
        model = ""  # FLIR ONE writes "*"

    stamp: float | None = None
    if len(rec) >= _CI_DATETIME + 10:
        secs, subsec, _tz = struct.unpack_from(o + "IIh", rec, _CI_DATETIME)
        if secs:
            stamp = secs + (subsec & 0xFFFF) / 1000.0
    fps = 0.0
    if len(rec) >= _CI_FRAME_RATE + 2:
        fps = float(struct.unpack_from(o + "H", rec, _CI_FRAME_RATE)[0])
    return params, model, stamp, fps


def _parse_raw(
    rec: bytes, order: str, where: str, *, short_by: int = 0, params: PlanckParams | None = None
) -> np.ndarray:
    """Decode a RawData record; ``short_by`` > 0 when the file ends inside it.

    ``params`` (the frame's calibration) decides a PNG image's byte order.
    """

    def undecodable(kind: str, detail: str) -> _Corrupt:
        if short_by > 0:
            return _Corrupt(
                f"is truncated: the file ends {short_by} bytes before the end of the "
                f"FFF RawData record of {where} and the {kind} image does not decode"
            )
        return _Corrupt(f"has a raw {kind} image that does not decode in the FFF RawData record of {where} ({detail})")

    def sized(kind: str) -> None:
        try:
            _check_declared_size(data, kind, width, height, where)
        except _Corrupt:
            if short_by > 0:
                raise undecodable(kind, "") from None
            raise

    if len(rec) < _RAW_HEADER_LEN:
        raise _Corrupt(f"has an FFF RawData record of {len(rec)} bytes in {where} (too short)")
    o = _record_order(rec, order)
    width, height = struct.unpack_from(o + "HH", rec, 2)
    if width < 8 or height < 8 or width * height > MAX_PIXELS:
        raise _Corrupt(f"declares a {width}x{height} thermal image in the FFF RawData record of {where}")
    data = rec[_RAW_HEADER_LEN:]
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "PNG"
        sized("PNG")
        try:
            img = imagecodecs.png_decode(data)
        except Exception as exc:  # imagecodecs.PngError and friends
            raise undecodable("PNG", str(exc)) from None
        if img.dtype != np.uint16:
            raise _Corrupt(f"has a {img.dtype} raw PNG image in {where}, expected 16-bit")
        if img.shape == (height, width) and params is not None:
            img = _png_byte_order(img, params, where)
    elif data.startswith(b"\xff\xd8\xff\xf7"):
        kind = "JPEG-LS"
        sized("JPEG-LS")
        try:
            img = imagecodecs.jpegls_decode(data)
        except Exception as exc:  # imagecodecs.JpeglsError
            raise undecodable("JPEG-LS", str(exc)) from None
        if img.dtype != np.uint16:
            img = img.astype(np.uint16)
    else:
        kind = "16-bit"
        need = width * height * 2
        if len(data) < need:
            if short_by > 0:
                raise undecodable("16-bit", "")
            raise _Corrupt(
                f"has raw thermal data in an unrecognised format in the FFF RawData record of {where} "
                f"({len(data)} bytes, not PNG or JPEG-LS, too few for a {width}x{height} 16-bit image)"
            )
        img = np.frombuffer(data, dtype=np.dtype(o + "u2"), count=width * height)
        img = img.reshape(height, width)
    if img.shape != (height, width):
        raise _Corrupt(
            f"has a {kind} raw image of shape {img.shape} in {where} "
            f"but its record declares {width}x{height}"
        )
    counts = np.array(img, dtype=np.uint16, order="C")  # native order, own memory
    counts.flags.writeable = False
    return counts


def _roughness(counts: np.ndarray) -> float:
    """Mean absolute difference between neighbouring pixels (rows and columns), in counts.

    A thermal scene is smooth: neighbours differ by a few counts. Read in the
    wrong byte order, the low byte becomes the high one and neighbours differ
    by thousands (measured on the i60 file: 92 as it should be, 16 197 swapped).
    """
    a = counts.astype(np.int32)
    return float(np.abs(np.diff(a, axis=0)).mean() + np.abs(np.diff(a, axis=1)).mean())


def _png_byte_order(img: np.ndarray, params: PlanckParams, where: str) -> np.ndarray:
    """The raw PNG samples in the byte order this file was written in, decided from the data.

    Both orders are tried; one whose counts decode to temperatures a camera
    can measure with the file's own calibration qualifies, and of those the
    smoother image wins. Neither qualifying is a corrupt file, and the error
    says what each order gave.
    """
    tried = (("as stored (PNG big-endian)", img), ("byte-swapped (little-endian)", img.byteswap()))
    fits: list[tuple[float, np.ndarray]] = []
    problems: list[str] = []
    for name, arr in tried:
        problem = counts_problem(arr, params)
        if problem is None:
            fits.append((_roughness(arr), arr))
        else:
            problems.append(f"{name}: {problem}")
    if not fits:
        raise _Corrupt(
            f"has a raw PNG image in {where} that fits its calibration in neither byte order tried ("
            + "; ".join(problems) + ")"
        )
    return min(fits, key=lambda f: f[0])[1]


def _declared_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """(width, height) an embedded PNG / JPEG-LS stream declares, None when not found."""
    if kind == "PNG":  # IHDR is the first chunk: length, "IHDR", width, height (big-endian)
        if len(data) >= 24 and data[12:16] == b"IHDR":
            w, h = struct.unpack_from(">II", data, 16)
            return w, h
        return None
    pos = 2  # JPEG-LS: walk the markers to SOF55 (0xFFF7): length, precision, height, width
    while pos + 9 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if marker == 0xF7:
            h, w = struct.unpack_from(">HH", data, pos + 5)
            return w, h
        if length < 2:
            return None
        pos += 2 + length
    return None


def _check_declared_size(data: bytes, kind: str, width: int, height: int, where: str) -> None:
    """Refuse before decoding a stream whose size disagrees with the record (no forged allocation)."""
    size = _declared_size(data, kind)
    if size is None:
        raise _Corrupt(f"has a raw {kind} image without a readable size header in the FFF RawData record of {where}")
    if size != (width, height):
        raise _Corrupt(
            f"has a raw {kind} image of {size[0]}x{size[1]} in the FFF RawData record of {where} "
            f"but the record declares {width}x{height}"
        )


def _frame(parsed: _Parsed, t: float) -> FlirFrame:
    return FlirFrame(counts=parsed.counts, params=parsed.params, t=t, camera_model=parsed.model, fps=parsed.fps)


# --- radiometric JPEG ------------------------------------------------------


def _jpeg_fff(data: bytes) -> bytes:
    """Concatenate the FFF data carried in the JPEG's APP1 "FLIR" segments."""
    chunks: dict[int, bytes] = {}
    last: int | None = None
    pos = 2
    n = len(data)
    while True:
        if pos + 4 > n:
            raise _Corrupt("is a truncated JPEG (it ends inside its header segments)")
        if data[pos] != 0xFF:
            raise _Corrupt(f"is a corrupt JPEG (no segment marker at byte {pos})")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD9, 0xDA):  # end of image / start of scan: no more APPn
            break
        if 0xD0 <= marker <= 0xD8 or marker == 0x01:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if length < 2 or pos + 2 + length > n:
            raise _Corrupt(f"is a truncated JPEG (a segment at byte {pos} runs past the end)")
        seg = data[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and seg.startswith(b"FLIR\x00") and len(seg) >= 8:
            index, final = seg[6], seg[7]
            if last is not None and final != last:
                raise _Corrupt("has inconsistent FLIR APP1 segments")
            last = final
            chunks[index] = seg[8:]
        pos += 2 + length
    if last is None:
        raise _Corrupt("is a JPEG without FLIR radiometric data (no APP1 FLIR segment)")
    missing = [i for i in range(last + 1) if i not in chunks]
    if missing:
        raise _Corrupt(
            f"is missing FLIR APP1 segment(s) {missing} of {last + 1}: truncated or edited"
        )
    return b"".join(chunks[i] for i in range(last + 1))


def _iter_jpeg(path: Path) -> Iterator[FlirFrame]:
    try:
        data = path.read_bytes()
        fff = _jpeg_fff(data)
        parsed = _parse_set(io.BytesIO(fff), 0, len(fff), "the JPEG's FLIR segments")
    except _Corrupt as exc:
        raise _bad(path, str(exc)) from None
    except OSError as exc:
        raise _bad(path, f"cannot be read ({exc.strerror or exc})") from None
    except (struct.error, IndexError, ValueError, ArithmeticError, MemoryError) as exc:
        raise _bad(path, f"has a corrupt FFF record in the JPEG's FLIR segments ({type(exc).__name__}: {exc})") from None
    yield _frame(parsed, 0.0)


# --- SEQ / CSQ ---------------------------------------------------------------


def _next_set(f: BinaryIO, pos: int, size: int) -> int | None:
    """Offset of the next FFF record set at or after ``pos``; None at the end.

    Normally the next set starts right where the previous one ended. Anything
    else in between is skipped only if it is zero padding.
    """
    if pos >= size:
        return None
    if _read_exact(f, pos, 4) == _FFF_MAGIC:
        return pos
    block = 1 << 16
    scan = pos
    while scan < size:
        chunk = _read_exact(f, scan, block + 3)
        hit = chunk.find(_FFF_MAGIC)
        stop = hit if hit >= 0 else min(block, len(chunk))
        if chunk[:stop].strip(b"\x00"):
            raise _Corrupt(
                f"has {size - pos} bytes after the frame ending at byte {pos} "
                "that are not a FLIR frame"
            )
        if hit >= 0:
            return scan + hit
        scan += block
    return None  # trailing zero padding


def _iter_fff_stream(path: Path) -> Iterator[FlirFrame]:
    try:
        f = path.open("rb")
    except OSError as exc:
        raise _bad(path, f"cannot be read ({exc.strerror or exc})") from None
    with f:
        size = os.fstat(f.fileno()).st_size
        pos: int | None = 0
        index = 0
        first_stamp: float | None = None
        last_t = 0.0
        while True:
            where = f"frame {index + 1}"
            try:
                pos = _next_set(f, pos, size) if pos is not None else None
                if pos is None:
                    break
                parsed = _parse_set(f, pos, size, where)
            except _Corrupt as exc:
                raise _bad(path, str(exc)) from None
            except OSError as exc:
                raise _bad(path, f"cannot be read at {where} ({exc.strerror or exc})") from None
            except (struct.error, IndexError, ValueError, ArithmeticError, MemoryError) as exc:
                raise _bad(path, f"has a corrupt FFF record in {where} ({type(exc).__name__}: {exc})") from None
            if parsed.end <= pos:
                raise _bad(path, f"has an empty FFF record set in {where}")
            if index == 0:
                first_stamp = parsed.stamp
            if first_stamp is not None and parsed.stamp is not None:
                t = parsed.stamp - first_stamp
            elif parsed.fps > 0:
                t = index / parsed.fps
            else:
                t = float(index)
            if index and t < last_t:  # clock stepped back: keep time monotonic
                t = last_t + (1.0 / parsed.fps if parsed.fps > 0 else 0.0)
            t = round(t, 6)
            last_t = t
            yield _frame(parsed, t)
            index += 1
            pos = parsed.end
        if index == 0:
            raise _bad(path, "holds no frames")
