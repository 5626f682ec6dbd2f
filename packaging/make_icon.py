"""Draw the Canthus icon and write ``packaging/canthus.ico`` (run: ``python packaging/make_icon.py``).

The icon is an eye seen by a thermal camera: an almond in the iron palette on
a dark rounded square, with the measurement point at the inner canthus in the
fever-mask magenta. Drawn with numpy (supersampled for smooth edges) so the
committed .ico can be re-made on any machine; small sizes are stored as
32-bit DIBs (every Windows and NSIS reads them), 256 px as PNG (Vista+).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

SIZES = (16, 24, 32, 48, 64, 256)
OUT = Path(__file__).with_name("canthus.ico")
IRON = np.array([(0, 0, 10), (60, 0, 110), (150, 0, 150), (220, 60, 40), (250, 160, 0), (255, 240, 150)], float)


def draw(size: int, ss: int = 4) -> np.ndarray:
    """The icon as (size, size, 4) uint8 RGBA."""
    n = size * ss
    y, x = (np.mgrid[0:n, 0:n] + 0.5) / n * 2 - 1  # -1..1, y down
    rgba = np.zeros((n, n, 4), float)
    # dark rounded square
    r = 0.28
    qx, qy = np.maximum(np.abs(x) - (1 - r), 0), np.maximum(np.abs(y) - (1 - r), 0)
    square = qx**2 + qy**2 <= r**2
    rgba[square] = (17, 21, 28, 255)
    # almond: between two circle arcs; warmth rises towards the inner corner (left)
    upper = x**2 + (y + 0.55) ** 2 <= 1.15**2
    lower = x**2 + (y - 0.55) ** 2 <= 1.15**2
    eye = upper & lower & square
    heat = np.clip(0.35 + 0.5 * (1 - np.hypot(x + 0.55, y) / 1.4) + 0.25 * (1 - np.abs(y) / 0.6), 0, 1)
    pos = heat * (len(IRON) - 1)
    lo = np.floor(pos).astype(int).clip(0, len(IRON) - 2)
    f = (pos - lo)[..., None]
    colour = IRON[lo] * (1 - f) + IRON[lo + 1] * f
    rgba[eye, :3] = colour[eye]
    rgba[eye, 3] = 255
    # the measurement point at the inner canthus
    dot = np.hypot(x + 0.72, y) <= 0.16
    rgba[dot] = (255, 0, 255, 255)
    return rgba.reshape(size, ss, size, ss, 4).mean(axis=(1, 3)).round().astype(np.uint8)


def dib(img: np.ndarray) -> bytes:
    """A 32-bit BGRA icon image: header, bottom-up pixels, and the (unused, all-zero) AND mask."""
    h, w = img.shape[:2]
    header = struct.pack("<IiiHHIIiiII", 40, w, 2 * h, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = img[::-1, :, [2, 1, 0, 3]].tobytes()
    mask_row = ((w + 31) // 32) * 4
    return header + pixels + bytes(mask_row * h)


def png(img: np.ndarray) -> bytes:
    import cv2

    ok, data = cv2.imencode(".png", img[:, :, [2, 1, 0, 3]])
    if not ok:
        raise RuntimeError("could not encode the 256 px icon as PNG")
    return data.tobytes()


def write_ico(path: Path, sizes=SIZES) -> None:
    images = [png(draw(s)) if s >= 256 else dib(draw(s)) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for s, data in zip(sizes, images):
        out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(out + b"".join(images))


if __name__ == "__main__":
    write_ico(OUT)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, sizes {', '.join(map(str, SIZES))})")
