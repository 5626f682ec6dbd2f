"""Per-camera rotation and mirror, shared by every source kind.

Screening cameras are often mounted on their side (more pixels across a face)
or look through a mirror, so each camera's site-file table may say how to turn
its picture upright. The turn is applied once per frame, to °C or raw arrays
alike, before the engine sees the frame: everything after it (detection, the
reference box, the tile) works in upright pixels.

Convention: first rotate clockwise by ``rotate`` degrees, then (``mirror``)
flip left-right. ``np.rot90`` and ``np.fliplr`` only make strided views; one
``np.ascontiguousarray`` makes the C-contiguous frame the engine needs, so the
cost is one copy, and nothing at all when the orientation is the identity.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from app.sources.config import SourceSettings

Rotation = Literal[0, 90, 180, 270]


class OrientationSettings(SourceSettings):
    """Site-file fields for a camera's orientation; a source kind's settings subclass it."""

    rotate: Rotation = 0  # degrees clockwise
    mirror: bool = False  # flip left-right after rotating


def orient(arr: np.ndarray, rotate: int = 0, mirror: bool = False) -> np.ndarray:
    """``arr`` (rows, cols) turned clockwise by ``rotate`` degrees, then mirrored.

    Returns ``arr`` itself for the identity (no copy); otherwise one
    C-contiguous copy of the same dtype.
    """
    if rotate not in (0, 90, 180, 270):
        raise ValueError(f"rotation must be 0, 90, 180 or 270 degrees, got {rotate!r}")
    if rotate == 0 and not mirror:
        return arr
    view = np.rot90(arr, -(rotate // 90)) if rotate else arr  # negative k: clockwise
    if mirror:
        view = np.fliplr(view)
    return np.ascontiguousarray(view)


def oriented_shape(shape: tuple[int, int], rotate: int = 0) -> tuple[int, int]:
    """(rows, cols) of a frame of ``shape`` after :func:`orient`."""
    rows, cols = shape
    return (cols, rows) if rotate in (90, 270) else (rows, cols)


def orient_box(
    x: int, y: int, width: int, height: int, shape: tuple[int, int], rotate: int = 0, mirror: bool = False
) -> tuple[int, int, int, int]:
    """A box (x, y, width, height) given in the sensor's pixels, in the oriented frame's pixels.

    ``shape`` is the sensor's (rows, cols). Used for a reference box a file
    carries in its own coordinates (an HDF5 recording's blackbody region).
    """
    rows, cols = shape
    x0, y0, x1, y1 = x, y, x + width, y + height  # half-open corners
    for _ in range((rotate // 90) % 4):  # one clockwise quarter turn: (r, c) -> (c, rows - 1 - r)
        x0, y0, x1, y1 = rows - y1, x0, rows - y0, x1
        rows, cols = cols, rows
    if mirror:
        x0, x1 = cols - x1, cols - x0
    return x0, y0, x1 - x0, y1 - y0
