"""Where the inner canthi are on a real thermal face: from the face's geometry.

On real faces the canthus is *not* simply the face's hottest pixel: an open mouth, the
neck, the cheeks beside the nose (often hotter in the kiosk recordings), a hot cup at
the chin or a single hot pixel can all be hotter. What does hold on every frontal face
is the geometry: the two inner canthi are warm spots on one eye line, in the upper half
of the face, either side of the nose bridge, which is cooler between them, a fifth to a
quarter of the face's width apart (about 30 mm on a 150 mm face), and their midpoint is
near the face's centre line. :func:`find_eye_line` looks for exactly that pair among the
warm local maxima of the head's upper face; the cheeks (a pair too, but lower and three
times as far apart), the mouth and the neck (single spots, low) do not fit it.

Localisation works on a lightly smoothed copy of the head (a 3x3 median, which removes
single hot or dead pixels); the measurement (:func:`app.core.detection.measure`) then
reads the raw full-resolution pixels of a small window around each canthus found.
Nothing here resizes an image.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

#: Where the eye line lies, as fractions of the head box's height from its top (the
#: hair's top to the chin; detection.HEAD_ASPECT). Measured on the simulator's heads
#: (0.49) and the kiosk annotations (0.43-0.52 of the annotated face box). The search
#: stops above the cheeks' hot spots (0.6 and lower), the nose tip and the mouth.
EYE_TOP, EYE_BOTTOM = 0.12, 0.56
EYE_EXPECTED = 0.38
#: Inner-canthus separation as a fraction of the head's width: 0.12-0.27 in the kiosk
#: annotations (4-12 px on 29-44 px faces), 0.17 on the simulator's (26 mm of 150).
#: The cheeks' pair is about 0.6 apart, the outer eye corners about 0.6 too.
PAIR_MIN, PAIR_MAX = 0.08, 0.30
#: The bridge's midpoint lies within this fraction of the head's width of its centre
#: line (a head turned a little moves it; a turned-away head has no frontal eye line).
CENTRE_TOLERANCE = 0.30


@dataclass(slots=True)
class EyeLine:
    """The two inner canthi of one face, in full-resolution (x, y) pixels."""

    left: tuple[int, int]  # the one at the image's left
    right: tuple[int, int]
    bridge_c: float  # the coolest point between them (smoothed)
    contrast_c: float  # the cooler canthus minus the bridge
    paired: bool  # two distinct spots found (False: one warm spot where both merge)

    @property
    def separation_px(self) -> float:
        return float(np.hypot(self.right[0] - self.left[0], self.right[1] - self.left[1]))


def _peaks(img: np.ndarray, valid: np.ndarray, floor: float, most: int, size: int = 3,
           strip: int = 0) -> list[tuple[float, int, int]]:
    """(°C, x, y) of the warmest local maxima (``size`` x ``size``) of ``img`` over ``floor``
    where ``valid``: at most ``most`` in each horizontal strip ``strip`` rows high (all
    strips when 0), so that a warmer region elsewhere (a crown leaning into the lens, a
    forehead) cannot crowd the eye line's spots out. The neighbourhood grows with the
    face, so that sensor noise on a big face's canthus spot gives one maximum, not a
    dozen."""
    dil = cv2.dilate(img, np.ones((size, size), np.uint8))
    gap = max(1, size // 2)
    ys, xs = np.nonzero((img >= dil) & valid & (img > floor))
    if ys.size == 0:
        return []
    vals = img[ys, xs]
    order = np.argsort(vals)[::-1]
    out: list[tuple[float, int, int]] = []
    per_strip: dict[int, int] = {}
    for i in order:  # plateaus give neighbouring equal maxima: keep one of each
        x, y = int(xs[i]), int(ys[i])
        band = y // strip if strip else 0
        if per_strip.get(band, 0) >= most:
            continue
        if all(abs(x - px) > gap or abs(y - py) > gap for _, px, py in out):
            out.append((float(vals[i]), x, y))
            per_strip[band] = per_strip.get(band, 0) + 1
    return out


def _line_min(img: np.ndarray, a: tuple[int, int], b: tuple[int, int]) -> float:
    """The coolest pixel strictly between a and b on the straight line joining them."""
    n = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
    if n < 2:
        return float(min(img[a[1], a[0]], img[b[1], b[0]]))
    (ax, ay), (bx, by) = a, b
    return float(min(img[round(ay + i * (by - ay) / n), round(ax + i * (bx - ax) / n)] for i in range(1, n)))


LATERAL_WEIGHT = 1.0
#: The two canthi of a pair lie at most this share of the head's width apart vertically
#: (or 2 px): about 12 mm on an adult, a head tilted some 22°. The kiosk annotations' canthi
#: are level within 2 px; a warm spot on the forehead (the glabella, a brow) and a warm
#: point on the eye line make a steeper "eye line".
MAX_RISE = 0.08
#: Faces wider than this are located on every (width // this)-th pixel (never measured so).
LOCATE_WIDTH_PX = 40
#: Warm maxima kept per strip of rows (6 % of the head's height).
PEAKS_PER_STRIP = 4
#: On a face located on blocks (over 80 px wide) candidates are warmer than all but this
#: share of the upper face's pixels (the simulator's faces with the FDA table's warmest
#: foreheads). A coarse face (the kiosk's, 25-48 px) keeps the median: there a lower floor
#: moved two of the eight kiosk measurements 12 px off the canthus.
FLOOR_SHARE = 0.65
#: Under this bridge contrast a pair is hardly an eye line (FLAT_PENALTY_C off its score).
MIN_CONTRAST_C = 0.2
FLAT_PENALTY_C = 2.0


def _outer_contrast(img: np.ndarray, cs: np.ndarray, p: tuple[int, int], side: int, bw: float) -> float:
    """How much cooler the eye beside a canthus is: the canthus minus the mean of the
    row from 0.05 to 0.2 of the head's width outwards (``side`` -1: to the left).
    ``cs`` is ``img``'s cumulative sum along rows, with a zero column in front."""
    x, y = p
    a, b = x + side * max(1, round(0.05 * bw)), x + side * max(2, round(0.2 * bw))
    lo, hi = sorted((a, b))
    lo, hi = max(0, lo), min(img.shape[1], hi + 1)
    if hi <= lo:
        return 0.0
    return float(img[y, x]) - float(cs[y, hi] - cs[y, lo]) / (hi - lo)


def _to_eye_row(celsius: np.ndarray, p: tuple[int, int], side: int, bw: int) -> tuple[int, int]:
    """The canthus moved onto its eye's row: the inner canthus is the inner end of the
    eye's fissure, and the warm spot found is often a pixel or two under it, where the
    skin beside the nose is warm too. The eye is the coolest row (of the segment beside
    the canthus, 0.05-0.25 of the head's width outwards) within 2 px above;
    kept where it is when no row beside it is clearly cooler (0.3 °C)."""
    x, y = p
    h, w = celsius.shape
    a, b = x + side * max(1, round(0.05 * bw)), x + side * max(2, round(0.25 * bw))
    lo, hi = sorted((a, b))
    lo, hi = max(0, lo), min(w, hi + 1)
    if hi <= lo:
        return p
    rows = range(max(0, y - 2), min(h, y + 1))
    means = {r: float(celsius[r, lo:hi].mean()) for r in rows}
    eye = min(means, key=means.get)
    if means[y] - means[eye] < 0.3:
        return p
    return x, eye


def find_eye_line(celsius: np.ndarray, box: tuple[int, int, int, int], centre_x: float,
                  bad: np.ndarray | None = None, exclude_c: float | None = None) -> EyeLine | None:
    """The inner canthi of the head in ``box`` (x, y, w, h: top of the head to the chin).

    Candidates are the warm 3x3 local maxima of the smoothed upper face (rows
    ``EYE_TOP``-``EYE_BOTTOM`` of the box, the middle 80 % of its width); every pair on
    one eye line (tilt under about 27°, and rising at most MAX_RISE of the head's width) at a canthus separation is scored by the cooler
    spot's temperature, plus the nose bridge's contrast between them (capped at 1 °C),
    minus their difference and how far their midpoint lies from the expected eye line
    and the face's centre line. When no pair fits (the two canthi merged into one spot
    at a few mm per pixel), the warmest spot near the centre line is both. Pixels at
    or over ``exclude_c`` (a held hot object) and dead pixels (``bad``) are never
    candidates. None: no eye line in view (the eyes are cut by the frame, or the head
    shows no warm upper face).
    """
    h, w = celsius.shape
    bx, by, bw, bh = box
    r0, r1 = by + int(EYE_TOP * bh), by + int(np.ceil(EYE_BOTTOM * bh))
    c0, c1 = bx + int(0.1 * bw), bx + int(np.ceil(0.9 * bw))
    # The eyes cut by the frame: not a measurable view.
    if by + EYE_EXPECTED * bh < 1 or by + EYE_EXPECTED * bh > h - 2:
        return None
    r0, r1, c0, c1 = max(0, r0), min(h, r1), max(0, c0), min(w, c1)
    if r1 - r0 < 3 or c1 - c0 < 4:
        return None
    # Located on a big face at every s-th pixel (about 40 px across, as on a kiosk's
    # coarse camera), each the warmest of the s x s pixels around it: sampling alone can
    # miss a canthus's small warm spot, which then ranks under the noise of a forehead
    # nearly as warm. The reading's window around each canthus is wider than s.
    st = max(1, bw // LOCATE_WIDTH_PX)
    if st > 1:
        block = np.ascontiguousarray(celsius[r0:r1, c0:c1], dtype=np.float32)
        region = np.ascontiguousarray(cv2.dilate(block, np.ones((st, st), np.uint8))[::st, ::st])
    else:
        region = np.ascontiguousarray(celsius[r0:r1, c0:c1], dtype=np.float32)
    valid = np.ones(region.shape, bool)
    if bad is not None:
        # a block holding a dead pixel may take its value: the whole block is left out
        b = bad[r0:r1, c0:c1].view(np.uint8)
        valid &= ~(cv2.dilate(b, np.ones((st, st), np.uint8)) if st > 1 else b)[::st, ::st].view(bool)
    full_bw = bw
    bw, bh = bw / st, bh / st
    if exclude_c is not None and region.max() >= exclude_c:
        hot = (region >= np.float32(exclude_c)).view(np.uint8)
        valid &= ~cv2.dilate(hot, np.ones((5, 5), np.uint8)).view(bool)
        region = np.where(valid, region, np.float32(np.median(region)))
    smooth = cv2.medianBlur(region, 3)
    # Face skin, not hair or background: the warm half of the region, on a big face the
    # warmest FLOOR_SHARE of it (a forehead nearly as warm as the canthi, filling half the
    # region, put the median over the cooler canthus).
    skin = smooth[valid]
    k = min(skin.size - 1, int((1.0 - (FLOOR_SHARE if st > 1 else 0.5)) * skin.size))
    floor = float(np.partition(skin, k)[k]) if skin.size else float("inf")
    peaks = _peaks(smooth, valid, floor, PEAKS_PER_STRIP, 2 * round(bw / 30) + 1, max(2, round(0.06 * bh)))
    if not peaks:
        return None
    lo_sep, hi_sep = max(2.0, PAIR_MIN * bw), max(3.0, PAIR_MAX * bw)
    eye_y = (by + EYE_EXPECTED * bh * st - r0) / st
    cx = (centre_x - c0) / st
    best: tuple[float, EyeLine] | None = None
    # the eye beside each spot, both ways (once per spot, not per pair)
    cs = np.zeros((smooth.shape[0], smooth.shape[1] + 1), np.float64)
    np.cumsum(smooth, axis=1, out=cs[:, 1:])
    outer = {(x, y): (_outer_contrast(smooth, cs, (x, y), -1, bw), _outer_contrast(smooth, cs, (x, y), 1, bw))
             for _, x, y in peaks}
    for i, (ti, xi, yi) in enumerate(peaks):
        for tj, xj, yj in peaks[i + 1:]:
            dx, dy = abs(xj - xi), abs(yj - yi)
            if not (lo_sep <= dx <= hi_sep) or dy > max(2.0, 0.5 * dx) or dy > max(2.0, MAX_RISE * bw):
                continue
            mx, my = (xi + xj) / 2.0, (yi + yj) / 2.0
            if abs(mx - cx) > CENTRE_TOLERANCE * bw:
                continue
            a, b = ((xi, yi), (xj, yj)) if xi < xj else ((xj, yj), (xi, yi))
            base = (min(ti, tj) - 0.5 * abs(ti - tj) - 2.0 * abs(my - eye_y) / bh - 2.0 * abs(mx - cx) / bw)
            if best is not None and base + 1.0 + LATERAL_WEIGHT <= best[0]:
                continue  # cannot win even with the best bridge and eyes
            bridge = _line_min(smooth, a, b)
            contrast = min(ti, tj) - bridge
            lateral = min(outer[a][0], outer[b][1])
            # A pair with no cooler bridge between them is two noise maxima on uniformly
            # warm skin (a forehead, a crown leaning into the lens): a last resort.
            flat = FLAT_PENALTY_C if contrast < MIN_CONTRAST_C else 0.0
            score = base + min(contrast, 1.0) + LATERAL_WEIGHT * min(lateral, 1.0) - flat
            if best is None or score > best[0]:
                best = (score, EyeLine((a[0] * st + c0, a[1] * st + r0), (b[0] * st + c0, b[1] * st + r0),
                                       bridge, contrast, True))
    if best is not None:
        el = best[1]
        el.left = _to_eye_row(celsius, el.left, -1, full_bw)
        el.right = _to_eye_row(celsius, el.right, 1, full_bw)
        return el
    # One spot: both canthi within a pixel or two of each other (coarse cameras).
    near = [p for p in peaks if abs(p[1] - cx) <= 0.15 * bw and abs(p[2] - eye_y) <= 0.15 * bh]
    if not near:
        return None
    t, x, y = near[0]
    return EyeLine((x * st + c0, y * st + r0), (x * st + c0, y * st + r0), t, 0.0, False)
