"""Radiometric recordings: an open, lossless, appendable HDF5 layout.

One file holds one camera's sequence::

    /            attrs: format = "canthus-recording", format_version = 1,
                        camera, encoding, created (ISO 8601 UTC), source,
                        fps (nominal), calibration (JSON: Planck constants,
                        Y16 resolution...), reference (JSON blackbody region
                        or "null")
    /raw         (N, H, W) raw values as the camera sent them:
                   uint16 for "y16_centikelvin", "y16_decikelvin", "flir_counts";
                   float32 for "celsius"
                 chunked one frame per chunk, resizable along N
    /t           (N,) float64 capture time, seconds from the first frame
    /flags       (N,) uint8 bit field: 1 = camera warming up, 2 = flat-field correction

Any HDF5 tool (h5py, h5dump, HDFView, MATLAB, R) reads it; nothing is
pickled. Frames are appended one at a time and flushed every
``flush_every`` frames, so a live camera can be recorded and a crash loses
at most the unflushed tail. Readers take the shortest of the three datasets.
"""

from __future__ import annotations

import json
import os
from functools import partial
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import h5py
import numpy as np

from app.core.config import ReferenceConfig
from app.core.errors import BadFrame, BadRecording
from app.core.frame import Frame, validate_celsius
from app.core.radiometry import PlanckLUT, PlanckParams, Y16Resolution, y16_to_celsius

FORMAT = "canthus-recording"
FORMAT_VERSION = 1
ENCODINGS = ("y16_centikelvin", "y16_decikelvin", "flir_counts", "celsius")
FLAG_BITS = {"warming_up": 1, "ffc": 2}


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
        compression: str | None = None,
        flush_every: int = 32,
    ) -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown encoding {encoding!r}; known: {', '.join(ENCODINGS)}")
        if compression not in (None, "lzf", "gzip"):
            raise ValueError(f"compression must be none, lzf or gzip, got {compression!r}")
        self.path = Path(path)
        self.flush_every = flush_every
        dtype = np.float32 if encoding == "celsius" else np.uint16
        self._f = h5py.File(self.path, "a")
        f = self._f
        if "raw" in f:
            if f["raw"].shape[1:] != tuple(shape) or f.attrs.get("encoding") != encoding:
                f.close()
                raise BadRecording(f"{self.path}: exists with another frame size or encoding; not appending")
        else:
            f.attrs.update(
                format=FORMAT, format_version=FORMAT_VERSION, camera=camera, encoding=encoding,
                created=datetime.now(timezone.utc).isoformat(timespec="seconds"), source=source, fps=fps,
                calibration=json.dumps(calibration or {}),
                reference=json.dumps(reference.model_dump() if reference else None),
            )
            h, w = shape
            f.create_dataset("raw", shape=(0, h, w), maxshape=(None, h, w), dtype=dtype,
                             chunks=(1, h, w), compression=compression,
                             shuffle=compression is not None)
            f.create_dataset("t", shape=(0,), maxshape=(None,), dtype=np.float64, chunks=(1024,))
            f.create_dataset("flags", shape=(0,), maxshape=(None,), dtype=np.uint8, chunks=(1024,))
        self._n = min(f["raw"].shape[0], f["t"].shape[0], f["flags"].shape[0])
        self._dtype = dtype

    def append(self, raw: np.ndarray, t: float, flags: frozenset[str] | set[str] = frozenset()) -> None:
        f, n = self._f, self._n
        for name in ("raw", "t", "flags"):
            f[name].resize(n + 1, axis=0)
        f["raw"][n] = np.asarray(raw, dtype=self._dtype)
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
    """Reads a recording and yields °C frames, a block of frames per HDF5 read."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise BadRecording(f"{self.path}: no such file")
        if not self.path.is_file():
            raise BadRecording(f"{self.path}: not a file")
        try:
            self._f = h5py.File(self.path, "r")
        except OSError as e:
            msg = str(e).lower()
            why = "truncated" if "truncat" in msg or "eof" in msg else "not an HDF5 recording, or corrupt"
            raise BadRecording(f"{self.path}: {why} ({e.__class__.__name__})") from None
        try:
            self._check()
        except BadRecording:
            self._f.close()
            raise

    def _check(self) -> None:
        f = self._f
        if f.attrs.get("format") != FORMAT:
            raise BadRecording(f"{self.path}: not a Canthus recording (no format={FORMAT!r} attribute)")
        version = int(f.attrs.get("format_version", 0))
        if version > FORMAT_VERSION:
            raise BadRecording(f"{self.path}: format version {version} is newer than this Canthus reads ({FORMAT_VERSION})")
        for name in ("raw", "t", "flags"):
            if name not in f:
                raise BadRecording(f"{self.path}: dataset /{name} is missing")
        self.encoding = str(f.attrs.get("encoding"))
        if self.encoding not in ENCODINGS:
            raise BadRecording(f"{self.path}: unknown encoding {self.encoding!r}")
        raw = f["raw"]
        if raw.ndim != 3 or raw.shape[1] < 8 or raw.shape[2] < 8:
            raise BadRecording(f"{self.path}: /raw has shape {raw.shape}, expected (frames, rows, cols)")
        want = np.float32 if self.encoding == "celsius" else np.uint16
        if raw.dtype != want:
            raise BadRecording(f"{self.path}: /raw is {raw.dtype}, encoding {self.encoding} needs {np.dtype(want)}")
        self.camera = str(f.attrs.get("camera", self.path.stem))
        self.fps = float(f.attrs.get("fps", 0.0))
        try:
            self.calibration = json.loads(f.attrs.get("calibration", "{}"))
            ref = json.loads(f.attrs.get("reference", "null"))
            self.reference = ReferenceConfig(**ref) if ref else None
        except (ValueError, TypeError) as e:
            raise BadRecording(f"{self.path}: bad calibration or reference metadata ({e})") from None
        self._lut = None
        if self.encoding == "flir_counts":
            try:
                self._lut = PlanckLUT(PlanckParams(**self.calibration["planck"]))
            except (KeyError, TypeError, ValueError) as e:
                raise BadRecording(f"{self.path}: flir_counts recording without usable Planck constants ({e})") from None

    @property
    def shape(self) -> tuple[int, int]:
        return tuple(self._f["raw"].shape[1:])  # type: ignore[return-value]

    def __len__(self) -> int:
        f = self._f
        return min(f["raw"].shape[0], f["t"].shape[0], f["flags"].shape[0])

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
            if self.encoding == "y16_centikelvin":
                return y16_to_celsius(raw, Y16Resolution.CENTIKELVIN)
            if self.encoding == "y16_decikelvin":
                return y16_to_celsius(raw, Y16Resolution.DECIKELVIN)
            if self.encoding == "flir_counts":
                assert self._lut is not None
                return self._lut(raw)
            return validate_celsius(raw, what=what)
        except BadFrame as e:
            raise BadFrame(f"{what}: {e}") from None

    def _mapped_frames(self) -> tuple[dict[int, int], np.memmap] | None:
        """File offsets of uncompressed one-frame chunks, and the file mapped read-only.

        Lets frames be read straight from the page cache with no copy and no
        per-frame HDF5 call (each costs ~0.9 ms at 640x512, more than the
        engine). Compressed or otherwise chunked data goes through h5py.
        """
        ds = self._f["raw"]
        if ds.compression is not None or ds.chunks != (1, *self.shape) or not hasattr(ds.id, "chunk_iter"):
            return None
        if ds.dtype.byteorder not in ("=", "|", "<" if np.little_endian else ">"):
            return None
        offsets: dict[int, int] = {}
        ds.id.chunk_iter(lambda info: offsets.__setitem__(info.chunk_offset[0], info.byte_offset))
        return offsets, np.memmap(self.path, dtype=np.uint8, mode="r")

    def frames(self, start: int = 0, block: int = 16) -> Iterator[Frame]:
        """Frames in order; h5py reads ``block`` frames per call where the data is not mapped."""
        f, n = self._f, len(self)
        source = str(self.path)
        radiometer = self.radiometer()
        try:
            ts, bits = f["t"][:n], f["flags"][:n]
        except (OSError, RuntimeError, ValueError) as e:
            raise BadRecording(f"{self.path}: timestamps cannot be read: truncated or corrupt ({e})") from None
        if n and not np.all(np.isfinite(ts)):
            bad = int(np.flatnonzero(~np.isfinite(ts))[0])
            raise BadRecording(f"{self.path}: frame {bad} has no valid timestamp")
        mapped = self._mapped_frames()
        shape, dtype = self.shape, self._f["raw"].dtype
        frame_bytes = int(np.prod(shape)) * dtype.itemsize
        for b0 in range(start, n, block):
            b1 = min(n, b0 + block)
            raws = None
            for i in range(b0, b1):
                raw = None
                if mapped is not None:
                    off = mapped[0].get(i)
                    if off is not None and off + frame_bytes <= mapped[1].size:
                        raw = np.ndarray(shape, dtype=dtype, buffer=mapped[1], offset=off)
                if raw is None:
                    if raws is None:
                        try:
                            raws = f["raw"][b0:b1]
                        except (OSError, RuntimeError, ValueError) as e:
                            raise BadRecording(
                                f"{self.path}: frames {b0}-{b1 - 1} cannot be read: truncated or corrupt ({e})"
                            ) from None
                    raw = raws[i - b0]
                flags = bits_to_flags(int(bits[i]))
                if radiometer is None:
                    yield Frame(self.camera, i, float(ts[i]), self.to_celsius(raw, i), source, flags)
                else:  # the engine converts, with the reference correction fused in
                    yield Frame(self.camera, i, float(ts[i]), None, source, flags, raw, radiometer)

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> "Recording":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
