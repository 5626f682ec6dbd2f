"""Record a site's live sources to the recording format, for training and reproducing a problem.

``canthus record --site FILE --out DIR --seconds N`` opens every camera of the
site, reads each in its own thread for N seconds and writes one recording per
camera (``DIR/<camera-slug>.h5``). Radiometric Y16 frames are kept as they came
(centi- or deci-Kelvin, the default delta-zstd codec: lossless, ~1/4 of the raw
size); frames whose source converts in another way (FLIR Planck counts, °C
matrices from network cameras) are kept as °C. Frame flags (warm-up, FFC) are
kept; nobody is screened while recording.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.core.errors import CanthusError
from app.core.radiometry import Y16Resolution, y16_to_celsius
from app.core.recording import RecordingWriter

_ENCODING_OF_RESOLUTION = {Y16Resolution.CENTIKELVIN: "y16_centikelvin", Y16Resolution.DECIKELVIN: "y16_decikelvin"}


def slug(name: str) -> str:
    """A camera name as a file name: lower case, every run of other characters one '-'."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "camera"


def frame_encoding(frame) -> tuple[str, np.ndarray]:
    """(recording encoding, values to store) for one frame, losslessly where the source allows."""
    r = frame.radiometer
    if frame.raw is not None and isinstance(r, functools.partial) and r.func is y16_to_celsius:
        resolution = Y16Resolution(r.keywords.get("resolution", r.args[0] if r.args else None))
        return _ENCODING_OF_RESOLUTION[resolution], np.asarray(frame.raw, dtype=np.uint16)
    return "celsius", np.asarray(frame.ensure_celsius(), dtype=np.float32)


@dataclass
class CameraRecording:
    name: str
    path: Path
    frames: int = 0
    error: str | None = None
    encoding: str | None = None
    shape: tuple[int, int] | None = None
    _writer: RecordingWriter | None = field(default=None, repr=False)


def _record_one(source, rec: CameraRecording, seconds: float, stop: threading.Event) -> None:
    start = time.monotonic()
    t0 = None
    try:
        while not stop.is_set() and time.monotonic() - start < seconds:
            frame = source.read(timeout=0.2)
            if frame is None:
                continue
            if frame.celsius is None and frame.raw is None:
                raise CanthusError(f"{rec.name}: a visible (not radiometric) stream: nothing to record")
            encoding, values = frame_encoding(frame)
            if rec._writer is None:
                rec.encoding, rec.shape = encoding, values.shape
                rec._writer = RecordingWriter(rec.path, camera=rec.name, shape=values.shape, encoding=encoding,
                                              fps=float(getattr(source, "fps", 0.0) or 0.0),
                                              source=str(getattr(frame, "source", "")),
                                              reference=getattr(source, "reference", None))
            elif encoding != rec.encoding or values.shape != rec.shape:
                raise CanthusError(f"{rec.name}: the camera changed its frame format while recording "
                                   f"({rec.encoding} {rec.shape} → {encoding} {values.shape}); the recording stops here")
            t0 = frame.t if t0 is None else t0
            rec._writer.append(values, float(frame.t - t0), frame.flags)
            rec.frames += 1
    except CanthusError as e:
        rec.error = str(e)
    except OSError as e:  # a full disk: what was written so far is kept
        rec.error = f"{rec.name}: writing {rec.path} failed ({e.strerror or e})"
    finally:
        if rec._writer is not None:
            rec._writer.close()
        source.close()


def record_site(site, out_dir: Path, seconds: float, *, site_dir: Path | None = None,
                on_progress=None) -> list[CameraRecording]:
    """Record every camera of ``site`` for ``seconds`` into ``out_dir``; one result per camera."""
    from app.site import open_source

    if not 0 < seconds <= 24 * 3600:
        raise CanthusError(f"--seconds must be more than 0 and at most 86400, got {seconds:g}")
    out_dir.mkdir(parents=True, exist_ok=True)
    recs, threads = [], []
    stop = threading.Event()
    taken: dict[str, str] = {}
    for cam in site.camera:
        name = slug(cam.name)
        if name in taken:  # "Dock 1" and "Dock #1": two cameras, one file name
            name = f"{name}-{len(taken) + 1}"
        taken[name] = cam.name
        rec = CameraRecording(cam.name, out_dir / f"{name}.h5")
        recs.append(rec)
        if rec.path.exists():
            rec.error = f"{rec.path} exists: not overwritten (choose another --out)"
            continue
        try:
            source, _engine = open_source(cam, site_dir)
        except (CanthusError, OSError) as e:
            rec.error = str(e)
            continue
        except Exception as e:  # noqa: BLE001 - a driver's own error: that camera is not recorded
            rec.error = f"{cam.name}: {type(e).__name__}: {e}"
            continue
        th = threading.Thread(target=_record_one, args=(source, rec, seconds, stop), name=f"record-{rec.name}")
        th.start()
        threads.append(th)
    try:
        for th in threads:
            while th.is_alive():
                th.join(timeout=0.5)
                if on_progress is not None:
                    on_progress(recs)
    except KeyboardInterrupt:
        stop.set()
        for th in threads:
            th.join()
    return recs
