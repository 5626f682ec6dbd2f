"""CPTV files (Cacophony Project Thermal Video): the FLIR Lepton kiosk format.

Read with the ``cptv`` package (its ``CPTVReader`` un-gzips the file and
undoes the per-frame delta coding). Each frame is Lepton TLinear counts in
0.01 K (°C = counts / 100 − 273.15, :func:`~app.core.radiometry.y16_to_celsius`),
with the camera's ``time_on`` and the time of its last flat-field
correction. A Lepton 3 (not 3.5) is not radiometric: its counts are not
Kelvin and such a file is refused rather than shown as −240 °C.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from functools import partial
from pathlib import Path

import numpy as np

from app.core.errors import BadRecording
from app.core.frame import PLAUSIBLE_C, Frame
from app.core.radiometry import KELVIN_OFFSET, Y16Resolution, y16_to_celsius

#: A frame within this many seconds after a flat-field correction is flagged
#: ``ffc``: the Lepton's shutter closes for about half a second and the
#: picture settles over the next seconds. Our choice, on the safe side.
FFC_SETTLE_S = 2.0
#: The frame rate when the header has none (a Lepton's 8.7 Hz, as the kiosk files say 9).
DEFAULT_FPS = 9.0
#: Largest sensor accepted: a forged header must not make the reader allocate gigabytes.
MAX_PIXELS = 4096 * 4096

_RADIOMETER = partial(y16_to_celsius, resolution=Y16Resolution.CENTIKELVIN)
# counts whose 0.01 K temperature is one a camera can measure
_VALID_COUNTS = (
    int(np.ceil((PLAUSIBLE_C[0] + KELVIN_OFFSET) * 100)),
    int(np.floor((PLAUSIBLE_C[1] + KELVIN_OFFSET) * 100)),
)


def _reader(f):
    from cptv import CPTVReader

    return CPTVReader(f)


def _text(v: object) -> str:
    if isinstance(v, bytes):
        v = v.decode("latin-1", "replace")
    return str(v or "").strip().replace("\n", " ")[:64]


class CptvFile:
    """A CPTV file: its header at open, its frames (raw 0.01 K counts) on each :meth:`frames` call."""

    kind = "cptv"
    still = False
    reference = None  # the kiosk's disc is in view, but the file does not say where

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with path.open("rb") as f:
                r = _reader(f)
                width, height = r.x_resolution, r.y_resolution
                fps, model, device = r.fps, r.model, r.device_name
        except OSError as exc:
            raise BadRecording(f"CPTV file {path}: not a readable CPTV file ({exc})") from None
        except Exception as exc:  # a third-party parser on untrusted bytes: any failure is a bad file
            raise BadRecording(f"CPTV file {path}: corrupt header ({type(exc).__name__}: {exc})") from None
        if not (isinstance(width, int) and isinstance(height, int)) or width < 8 or height < 8 \
                or width * height > MAX_PIXELS:
            raise BadRecording(f"CPTV file {path}: declares an impossible {width}x{height} sensor")
        self.shape = (height, width)
        self.model = _text(model)
        self.camera = _text(device) or path.stem
        self.fps = float(fps) if isinstance(fps, int) and 1 <= fps <= 120 else DEFAULT_FPS

    def frames(self) -> Iterator[Frame]:
        """Frames in file order, seq from 0, t in seconds of camera time from the first frame.

        Raises :class:`BadRecording` naming the frame at the first one that
        cannot be decoded or whose counts are not 0.01 K temperatures, after
        yielding the frames before it.
        """
        path, source = self.path, str(self.path)
        with path.open("rb") as f:
            try:
                it = iter(_reader(f))
            except Exception as exc:  # see __init__
                raise BadRecording(f"CPTV file {path}: corrupt header ({type(exc).__name__}: {exc})") from None
            index, first_on, last_t, last_ffc = 0, None, 0.0, None
            while True:
                try:
                    fr = next(it, None)
                except Exception as exc:  # see __init__
                    raise BadRecording(
                        f"CPTV file {path}: frame {index} is truncated or corrupt ({type(exc).__name__}: {exc})"
                    ) from None
                if fr is None:
                    break
                if getattr(fr, "background_frame", False):
                    continue  # a stored background estimate, not a picture of the moment
                pix = np.asarray(fr.pix)
                if pix.shape != self.shape or pix.dtype != np.uint16:
                    raise BadRecording(f"CPTV file {path}: frame {index} is {pix.shape} {pix.dtype}, not {self.shape}")
                lo, hi = int(pix.min()), int(pix.max())
                if lo < _VALID_COUNTS[0] or hi > _VALID_COUNTS[1]:
                    model = f" ({self.model})" if self.model else ""
                    raise BadRecording(
                        f"CPTV file {path}: frame {index}: counts {lo}..{hi} are not 0.01 K temperatures "
                        f"({lo / 100 - KELVIN_OFFSET:.1f}..{hi / 100 - KELVIN_OFFSET:.1f} °C): the camera{model} "
                        "is not radiometric or the file is corrupt, so it cannot be screened"
                    )
                on, ffc_at = fr.time_on, fr.last_ffc_time
                if isinstance(on, timedelta):  # version 2: camera time of each frame
                    first_on = on if first_on is None else first_on
                    t = (on - first_on).total_seconds()
                else:
                    t = index / self.fps
                if index and t <= last_t:  # a clock that stands or steps back: keep time moving
                    t = last_t + 1.0 / self.fps
                flags: frozenset[str] = frozenset()
                if isinstance(on, timedelta) and isinstance(ffc_at, timedelta):
                    just_done = last_ffc is not None and ffc_at != last_ffc
                    if just_done or (on - ffc_at).total_seconds() < FFC_SETTLE_S:
                        flags = frozenset({"ffc"})
                    last_ffc = ffc_at
                yield Frame(self.camera, index, round(t, 6), None, source, flags, pix, _RADIOMETER)
                last_t = t
                index += 1
        if index == 0:
            raise BadRecording(f"CPTV file {path}: holds no frames")

    def close(self) -> None:
        pass  # each frames() call opens and closes the file itself
