"""Where the people and faces are, and the canthus reading of each face.

Detection runs on a decimated *view* of the frame (every d-th pixel, no
interpolation) because finding a head needs no full resolution; the
measurement itself always reads the raw, full-resolution pixels. Nothing here
resizes or colour-maps an image before taking a maximum.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.core import face
from app.core.config import EngineConfig

#: Geometry of an adult head seen from the front, as fractions of the head's
#: width (W) and height (H, top of the hair to the chin). The canthus band
#: spans the eyebrows to the middle of the nose: it holds both inner canthi
#: and leaves out the mouth (an open mouth is hotter than the canthus) and
#: whatever is held at the chin.
HEAD_ASPECT = 1.43  # H / W
BAND_TOP, BAND_BOTTOM = 0.36, 0.62  # of H from the top of the head
BAND_HALF_WIDTH = 0.30  # of W each side of the centre line


@dataclass(slots=True)
class Head:
    """One head found in a frame, in full-resolution pixel coordinates."""

    x: int  # left of the head box
    y: int  # top of the head box
    width: int
    height: int
    centre: tuple[float, float]
    complete: bool  # the whole head is inside the frame
    at_edge: bool  # cut by the frame's sides or top (someone entering or leaving)
    person_area_px: int
    # Where the bump's highest point lies across the head's width (0 its left side, 1
    # its right): a head's crown is near its middle, a shoulder's or a raised arm's
    # highest point is at the end where it meets the neck or the chin.
    apex: float = 0.5
    # Share of the square at the top of the head box (its width on each side) that is
    # the person's warm pixels: a head is solid, a warm pipe or a slanting arm is not.
    fill: float = 1.0

    @property
    def band(self) -> tuple[int, int, int, int]:
        """(row0, row1, col0, col1) of the canthus search band."""
        cx = self.centre[0]
        r0 = self.y + int(BAND_TOP * self.height)
        r1 = self.y + int(np.ceil(BAND_BOTTOM * self.height))
        c0 = int(cx - BAND_HALF_WIDTH * self.width)
        c1 = int(np.ceil(cx + BAND_HALF_WIDTH * self.width))
        return r0, r1, c0, c1


@dataclass(slots=True)
class Measurement:
    """The canthus reading of one head in one frame."""

    canthus_c: float | None  # None: no eye line in view (eyes cut, head turned away)
    point: tuple[int, int] | None  # (x, y) of the hottest valid pixel around the canthi
    cold_fraction: float  # share of the eye band far colder than face skin (glasses)
    face_skin_c: float  # typical face skin (75th percentile of the head)
    near_bad: int = 0  # of the hottest top_k pixels, how many lie within 2 px of a dead pixel
    face_max_c: float | None = None  # the upper face's maximum (FACE_ROOM_MODEL's face maximum)
    eyes: face.EyeLine | None = None  # where the inner canthi were found
    forehead: Forehead | None = None  # the forehead readings (measured with face_max)


@dataclass(slots=True, frozen=True)
class Forehead:
    """The two forehead readings of the shipped oral model (``oral.FOREHEAD_MODEL``), or
    why there are none: ``centre_c``/``max_c`` None and ``why`` one of "cut" (the disc or
    most of the band outside the frame), "covered" (hair, a hat, a headband: the disc
    reads far under the canthus) or "too_small" (a disc under ``FOREHEAD_MIN_RADIUS_PX``, a
    coarse camera or a far face, or too few pixels)."""

    centre_c: float | None
    max_c: float | None
    why: str = ""
    disc: tuple[float, float, float] | None = None  # (x, y, radius) of the centre disc, pixels


def decimation(width: int) -> int:
    """Step that brings a frame to ~160 columns for detection."""
    return max(1, int(round(width / 160)))


def room_temperature(celsius: np.ndarray, step: int) -> float:
    """A robust room estimate: the 30th percentile of a sparse grid of pixels."""
    grid = celsius[:: 4 * step, :: 4 * step].ravel()
    k = int(0.3 * (grid.size - 1))
    return float(np.partition(grid, k)[k])


def background_c(celsius: np.ndarray, room_c: float, config: EngineConfig) -> float:
    """The background's median (pixels under ``room_c + person_delta_c`` on a sparse grid):
    the room temperature the face-and-room oral model takes (the FDA study's ``T_atm``),
    reference-corrected like every pixel the engine sees."""
    step = 4 * decimation(celsius.shape[1])
    grid = celsius[::step, ::step].ravel()
    bg = grid[grid < room_c + config.person_delta_c]
    if not bg.size:
        return room_c
    k = bg.size // 2  # the upper median: np.median's sort costs more than the rest
    return float(np.partition(bg, k)[k])


def find_heads(
    celsius: np.ndarray, config: EngineConfig, exclude: tuple[int, int, int, int] | None = None,
    room_c: float | None = None,
) -> tuple[list[Head], float]:
    """People (warmer than the room by ``person_delta_c``) and the head of each.

    Returns the heads and the room temperature estimate. The head is the top
    of a person blob: rows are taken from the top while the blob's widest row
    so far is wider than the rows taken are tall (a head is taller than wide,
    so this stops past the widest part of the skull and before the
    shoulders). Pixels at or over ``hot_object_c`` are not part of a person,
    nor is the ``exclude`` rectangle (x, y, w, h: the reference blackbody,
    which is as warm as a face).

    ``room_c`` overrides the frame's own room estimate: a face that fills the frame
    is most of its pixels, and their 30th percentile is skin (the engine then passes
    the room it saw before). A head cut by the frame's edges still counts as complete
    when it is a close-up (at least ``CLOSE_UP`` of the frame's width, centred) whose
    eye line is in view: the normal view at a kiosk.
    """
    h, w = celsius.shape
    d = decimation(w)
    room = room_temperature(celsius, d) if room_c is None else room_c
    # nearest-neighbour decimation = every d-th pixel, into a contiguous copy
    small = cv2.resize(celsius, (w // d, h // d), interpolation=cv2.INTER_NEAREST) if d > 1 else celsius
    lo, hi = room + config.person_delta_c, config.hot_object_c
    mask = cv2.inRange(small, lo, hi - 1e-3)
    if small.max() >= hi:
        hot = small >= np.float32(hi)
        # A hot object's blurred rim reads like skin: drop it with the object.
        grow = np.ones((5, 5), np.uint8)
        mask[cv2.dilate(hot.view(np.uint8), grow).view(bool)] = 0
    if exclude is not None:
        # the patch plus one decimated pixel around it, in decimated coordinates
        ex0, ey0 = max(0, exclude[0] // d - 1), max(0, exclude[1] // d - 1)
        ex1, ey1 = (exclude[0] + exclude[2]) // d + 2, (exclude[1] + exclude[3]) // d + 2
        mask[ey0:ey1, ex0:ex1] = 0
        exclude = (ex0 * d, ey0 * d, (ex1 - ex0) * d, (ey1 - ey0) * d)
    bx, by, bw, bh = cv2.boundingRect(mask)
    if bw == 0 or bh == 0:
        return [], room
    # Connected components on the mask's bounding box only.
    crop = mask[by : by + bh, bx : bx + bw]
    n, labels, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8, ltype=cv2.CV_32S)
    sh, sw = small.shape
    min_area = max(12, (sh * sw) // 150)
    # Narrower than 6 % of the frame is a sliver (a hand's edge, a gap beside
    # a cup), not a head: even a far group picture's faces are wider.
    min_head = max(3, int(0.06 * sw))
    heads: list[Head] = []
    for i in range(1, n):
        x, y, cw, ch, area = (int(v) for v in stats[i])
        if area < min_area:
            continue
        blob = labels[y : y + ch, x : x + cw] == i
        for left_s, width_s, top_s, apex in _heads_in_blob(blob, min_width=min_head):
            d_left, d_top = (bx + x + left_s) * d, (by + y + top_s) * d
            head_w = width_s * d
            head_h = int(round(head_w * HEAD_ASPECT))
            top_square = blob[top_s : top_s + width_s, left_s : left_s + width_s]
            # a square the frame's bottom cuts counts what is in view; one the blob ends in counts cold
            cut = by + y + ch >= sh and top_square.shape[0] < width_s
            fill = float(np.count_nonzero(top_square)) / (top_square.size if cut else width_s**2)
            # Cut by the frame's sides or top, or partly behind the excluded
            # patch: a person only partly in view.
            at_edge = (
                (by + y + top_s) == 0
                or bx + x + left_s == 0
                or bx + x + left_s + width_s >= sw
                or bool(exclude and _overlaps((d_left, d_top, head_w, head_h), exclude, d + 1))
            )
            complete = not at_edge and d_top + head_h <= h
            # (a close-up's person fills most of the frame: scattered warm pixels of a
            # garbage frame make one wide blob too, but a sparse one)
            if (not complete and head_w >= CLOSE_UP * w and 0.25 * w <= d_left + head_w / 2 <= 0.75 * w
                    and area >= CLOSE_UP * sh * sw):
                eye = d_top + face.EYE_EXPECTED * head_h
                complete = 0.1 * h <= eye <= 0.8 * h
            heads.append(
                Head(
                    x=d_left, y=d_top, width=head_w, height=head_h,
                    centre=(d_left + head_w / 2.0, d_top + head_h / 2.0), complete=complete,
                    at_edge=at_edge, person_area_px=area * d * d, apex=apex, fill=fill,
                )
            )
    return _people_only(heads, w), room


def _people_only(heads: list[Head], frame_width: int) -> list[Head]:
    """The heads that are people, and not pieces of one.

    * A *slope* is no head (:func:`_is_slope`): a shoulder rising to the neck, a raised
      forearm, a warm pipe in a corner.
    * A smaller "head" whose top lies below a larger head's eye line (``BODY_PART_BELOW``
      of its height), within 1.5 head widths of its sides, is that person's shoulder,
      raised hand or held object, not someone else. Another person's head is at or above
      the near one's eyes: cameras look at face height, and a farther head is smaller and
      higher in the picture than the near one's chin.
    * So is a "head" up to ``PART_WIDER`` times as wide whose top lies below a head's chin
      (the bottom of its box), beside it: a hand raised to the chin, a forearm across the
      chest, a shoulder under a head cut by the frame's side; and a bump lower than a
      head's eyes whose highest point is its end next to that head (:func:`_rises_to`).
    * A face that fills the frame is cut by the frame's edges into several bumps; only
      the biggest is its head. A "head" cut by the frame off its middle half owns body
      parts only when it is solid (``OWNER_FILL``): a person leaving at the side is, a
      warm fixture in a corner is not.
    """
    heads = [hd for hd in heads if not _is_slope(hd)]
    if len(heads) < 2:
        return heads

    def near(hd: Head, big: Head) -> bool:
        return big.x - 1.5 * big.width < hd.centre[0] < big.x + 2.5 * big.width

    by_size = sorted(heads, key=lambda hd: hd.width, reverse=True)
    kept: list[Head] = []
    others: list[Head] = []
    for hd in by_size:
        if any(hd.y > big.y + BODY_PART_BELOW * big.height and near(hd, big) for big in kept):
            continue
        if not hd.at_edge or 0.25 * frame_width <= hd.centre[0] <= 0.75 * frame_width or hd.fill >= OWNER_FILL:
            kept.append(hd)
        else:
            others.append(hd)
    # (both are a strict order from the top down: the highest head always stays)
    kept = [hd for hd in kept if not any(
        big is not hd and ((hd.y >= big.y + big.height and near(hd, big) and _may_be_part(hd, big))
                           or _rises_to(hd, big))
        for big in kept)]
    kept += others
    return [hd for hd in heads if any(hd is k for k in kept)]


def _may_be_part(hd: Head, big: Head) -> bool:
    """Whether ``hd``, under ``big``'s chin, can be a piece of that person: narrower than ``big``,
    or up to ``PART_WIDER`` times as wide when it is no solid dome (a forearm across the chest).
    A wider solid dome under a head is a nearer person's head (a child, a wheelchair user, in
    front of an adult), never a hand."""
    if hd.width <= big.width:
        return True
    lo, hi = SLOPE_APEX
    dome = hd.fill >= DOME_FILL and lo <= hd.apex <= hi
    return hd.width <= PART_WIDER * big.width and not dome


def _rises_to(hd: Head, big: Head) -> bool:
    """Whether ``hd`` is a shoulder rising to ``big``'s neck: its top lower than
    ``big``'s eye line, its highest point at its end (``SLOPE_END`` of its width) and
    that end at ``big``'s near side (within a quarter of its width outside, up to its
    middle inside). A second person's head is a dome, highest in its middle."""
    if hd.y <= big.y + face.EYE_EXPECTED * big.height:
        return False
    apex_x = hd.x + hd.apex * hd.width
    if hd.apex >= 1.0 - SLOPE_END:  # rising to the right
        return big.x - 0.25 * big.width <= apex_x <= big.x + 0.5 * big.width
    if hd.apex <= SLOPE_END:
        return big.x + 0.5 * big.width <= apex_x <= big.x + 1.25 * big.width
    return False


def _is_slope(hd: Head) -> bool:
    """A bump whose highest point lies at one end (outside the middle ``SLOPE_APEX`` of
    its width) and whose top square is mostly not warm (under ``SLOPE_FILL``): the edge
    of something slanting up to one side, not the dome of a head. On the kiosk
    recordings: a tall man's shoulder rising to his neck (apex 0.90-0.96, fill
    0.24-0.28), a warm pipe in a corner (apex 0.14-0.21, fill 0.18-0.27); the annotated
    faces' fill is 0.38 or more, and faces with lower fill (a far face with dark
    glasses, 0.25-0.30) have their apex near the middle (0.42-0.48)."""
    lo, hi = SLOPE_APEX
    return hd.fill < SLOPE_FILL and not lo <= hd.apex <= hi


#: A slope's top square is warm under this share (see _is_slope).
SLOPE_FILL = 0.3
#: A head's crown lies within this span of its width (0 its left side, 1 its right).
SLOPE_APEX = (0.25, 0.75)
#: A shoulder's highest point lies within this share of its width from its end.
SLOPE_END = 0.1
#: A bump whose top is under a head's chin is that person's hand or shoulder up to this
#: many times the head's width (a forearm across the chest is wider than the face).
PART_WIDER = 1.5
#: A bump is a solid dome, a head, from this share of its top square warm (a face: over 0.7;
#: a fist or forearm under the chin: about half).
DOME_FILL = 0.65
#: A head cut by the frame's side owns body parts when at least this share of its top
#: square is warm (people leaving at the side: 0.5-0.95 on the kiosk recordings).
OWNER_FILL = 0.5


#: A head at least this share of the frame's width is a close-up (a face filling the
#: frame): measurable though cut by the frame's edges, if its eye line is in view.
CLOSE_UP = 0.5

#: A "head" starting this far down a bigger head (fraction of its height) is a body part.
BODY_PART_BELOW = 0.6


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int], margin: int) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw + margin and bx < ax + aw + margin and ay < by + bh + margin and by < ay + ah + margin


def _heads_in_blob(blob: np.ndarray, min_width: int = 3) -> list[tuple[int, int, int, float]]:
    """Heads of one person blob (or of people whose shoulders touch).

    Works on the blob's top edge (first row of each column). A head is an
    upward bump of that edge: going down from its top, the columns above the
    current depth form a run that widens with depth; a head is taller than
    wide, so the first depth at which the run is no wider than the depth
    gives the head's width, past the widest part of the skull and above the
    shoulders. Further heads are bumps that stay apart from those found.
    Returns (left column, width, top row, apex) in blob coordinates, ``apex`` being
    where the bump's top row lies across its width (0-1: the middle of its top run).
    """
    ch, cw = blob.shape
    has = blob.any(axis=0)
    edge = np.where(has, blob.argmax(axis=0), ch + 1)
    used = np.zeros(cw, bool)
    heads: list[tuple[int, int, int, float]] = []
    for _ in range(4):  # more heads than this in one blob is a crowd: "multiple people" anyway
        free = np.where(used, ch + 1, edge)
        seed = int(free.argmin())
        top = int(free[seed])
        if top > ch:
            break
        left_max = np.maximum.accumulate(edge[seed::-1])  # going left from the seed
        right_max = np.maximum.accumulate(edge[seed:])
        depths = np.arange(1, ch - top + 1)
        widths = (
            np.searchsorted(left_max, top + depths, side="left")
            + np.searchsorted(right_max, top + depths, side="left")
            - 1
        )
        ok = np.flatnonzero(depths >= widths)
        stop = int(ok[0]) if ok.size else len(depths) - 1
        # Two heads side by side: once past the upper half of a head, the run
        # doubling in one row means it swallowed the neighbour's bump.
        grown = np.flatnonzero((widths[1 : stop + 1] > 1.5 * widths[:stop] + 2) & (depths[:stop] * 2 >= widths[:stop]))
        if grown.size:
            stop = int(grown[0])
        depth = int(depths[stop])
        lo = seed - int(np.searchsorted(left_max, top + depth, side="left")) + 1
        hi = seed + int(np.searchsorted(right_max, top + depth, side="left"))
        width = hi - lo
        touches = (lo > 0 and used[lo - 1]) or (hi < cw and used[hi]) or used[lo:hi].any()
        used[max(0, lo - 1) : hi + 1] = True
        if touches and heads:
            continue  # a shoulder or an ear beside a head already found
        if width >= min_width:
            at_top = np.flatnonzero(edge[lo:hi] == top)
            apex = (float(at_top[0] + at_top[-1]) / 2.0 + 0.5) / width
            heads.append((lo, width, top, apex))
    return heads


def measure(celsius: np.ndarray, head: Head, config: EngineConfig, bad: np.ndarray | None = None,
            face_max: bool = True, eyes: face.EyeLine | None = None) -> Measurement | None:
    """The canthus reading: median of the ``top_k`` hottest pixels around the inner canthi.

    The canthi are located from the face's geometry (:func:`app.core.face.find_eye_line`:
    a warm pair on the eye line either side of the cooler nose bridge), never as the
    face's hottest pixel: on real faces the cheeks, an open mouth, the neck or a cup can
    be hotter. The reading is taken on the raw full-resolution pixels of a window around
    each canthus (``CANTHUS_WINDOW`` of the head's width, at least 1 px each side),
    after a 3x3 median that removes single hot or dead pixels. Pixels at or over
    ``hot_object_c`` and a margin around them are left out (a cup at the face must not
    become the measurement).

    The upper-face maximum (eye line and above, the same way: mouth, neck and held
    objects left out) is what the face-and-room oral model adds to the canthus
    (:data:`app.core.oral.FACE_ROOM_MODEL`, capped there); ``face_max`` False skips
    it (the engine takes it once, on the frame it decides on). ``eyes`` given (the
    engine's last eye line of a head that has not moved) skips locating them again.

    ``bad`` (bool, the frame's shape) marks dead pixels the frame gate filled: they are
    left out too, and ``near_bad`` counts the hottest pixels next to one, because the
    true peak may lie under a dead pixel (the engine then gives no result).

    Glasses are judged before any eye line is looked for: lenses are opaque to long-wave
    infrared and read far under face skin (``cold_fraction``). A head with no eye line
    (eyes cut by the frame, a head turned away) gives a measurement with ``canthus_c``
    None; a head with no pixels in view gives None.
    """
    h, w = celsius.shape
    d = decimation(w)
    hot_c = np.float32(config.hot_object_c)
    hy0, hy1 = max(0, head.y), min(h, head.y + head.height)
    hx0, hx1 = max(0, head.x), min(w, head.x + head.width)
    if hy1 - hy0 < 3 or hx1 - hx0 < 3:
        return None
    # typical face skin: the head box's 75th percentile on a sparse grid
    grid = celsius[hy0:hy1:d, hx0:hx1:d].ravel()
    grid = grid[grid < hot_c]
    if grid.size == 0:
        return None
    k = int(0.75 * (grid.size - 1))
    skin = float(np.partition(grid, k)[k])
    # Glasses: the share of the eye band (rows GLASSES_TOP-EYE_BOTTOM of the head, the
    # middle 70 % of its width) colder than skin by GLASSES_GAP_C: 0.23-0.60 with dark
    # glasses, at most 0.14 without, on the annotated kiosk frames at 4-6 mm/px.
    r0, r1 = head.y + int(GLASSES_TOP * head.height), head.y + int(np.ceil(face.EYE_BOTTOM * head.height))
    c0, c1 = head.x + int(0.15 * head.width), head.x + int(np.ceil(0.85 * head.width))
    r0, r1, c0, c1 = max(0, r0), min(h, r1), max(0, c0), min(w, c1)
    if r1 - r0 < 2 or c1 - c0 < 2:
        return Measurement(None, None, 0.0, skin)
    sparse = celsius[r0:r1:max(1, d // 2), c0:c1:max(1, d // 2)]
    # Judged against the skin of the face under the band's top (the 75th percentile of the
    # head box from there down), not the whole head's: a forehead warmer than the rest of the
    # face (filling a close-up) would otherwise make bare skin around the eyes read as lenses.
    lower = celsius[r0:hy1:d, hx0:hx1:d].ravel()
    lower = lower[lower < hot_c]
    kb = int(0.75 * (lower.size - 1))
    band_skin = float(np.partition(lower, kb)[kb]) if lower.size else skin
    cold = float(np.count_nonzero(sparse < band_skin - GLASSES_GAP_C)) / max(1, sparse.size)
    if eyes is None:
        eyes = face.find_eye_line(celsius, (head.x, head.y, head.width, head.height), head.centre[0], bad,
                                  config.hot_object_c)
    if eyes is None:
        return Measurement(None, None, cold, skin)
    r = max(1, round(CANTHUS_WINDOW * head.width))
    (lx, ly), (rx, ry) = eyes.left, eyes.right
    # the windows' bounding box plus the 3x3 median's reach
    y0, y1 = max(0, min(ly, ry) - r - 1), min(h, max(ly, ry) + r + 2)
    x0, x1 = max(0, lx - r - 1), min(w, rx + r + 2)
    region = np.ascontiguousarray(celsius[y0:y1, x0:x1], dtype=np.float32)
    inside = np.zeros(region.shape, bool)
    for cx, cy in eyes.left, eyes.right:
        inside[max(0, cy - r - y0): cy + r + 1 - y0, max(0, cx - r - x0): cx + r + 1 - x0] = True
    reading, point, near_bad = _peak(region, inside, bad[y0:y1, x0:x1] if bad is not None else None, config)
    if reading is None:
        return Measurement(None, None, cold, skin)
    upper = _upper_face_max(celsius, head, max(ly, ry) + r, bad, config) if face_max else None
    fh = measure_forehead(celsius, head, eyes, reading, bad, config) if face_max else None
    return Measurement(reading, (x0 + point[0], y0 + point[1]), cold, skin, near_bad,
                       face_max_c=upper, eyes=eyes, forehead=fh)


#: Where the forehead readings are taken, in canthus separations (``s``, the distance
#: between the two located inner canthi) from the eye line's midpoint, along the face's
#: centre line (perpendicular to the eye line). Project reading of the FDA table's regions
#: (docs/calibration.md, "The canthus + forehead model"), on an adult s is about 30 mm:
#: the centre disc (``T_FHCC``, its mean) 1.3 s above the eye line (about 40 mm: mid-way
#: between the brows and the hair line, as on the kiosk faces), radius s/3; the band of
#: the forehead maximum (``T_FH_Max``) from the brows, 0.4 s above, to 2.5 s above (the
#: hair line or above it: hair is cold and never the maximum), 1.25 s either side.
FOREHEAD_CENTRE_S, FOREHEAD_RADIUS_S = 1.3, 1.0 / 3.0
FOREHEAD_BAND_S = (0.4, 2.5)
FOREHEAD_HALF_WIDTH_S = 1.25
#: A one-spot eye line (both canthi merged, a coarse camera) has no separation: this share
#: of the head's width stands for it (kiosk annotations 0.12-0.27, simulator 0.17).
FOREHEAD_SEPARATION_OF_WIDTH = 0.18
#: A located separation outside this share of the head's width (the kiosk annotations'
#: 0.12-0.27) is brought into it for placing the forehead: a canthus paired with the centre
#: of an eye reads wider, and its disc would land in the hair.
FOREHEAD_SEPARATION_RANGE_OF_WIDTH = (0.12, 0.26)
#: A disc pixel this much under the canthus is hair, a hat, a headband or background, not
#: forehead skin. In the FDA table 1.8 % of forehead centres lie further under the canthus
#: (the coldest 4.13 °C under): they fall back to the offset. The kiosk's cap pulled low
#: (fs-1204-816672) reads 4.0 °C under the canthus where the disc falls on it; with a
#: 4.5 °C gap it was scored as a forehead, raising the estimate by 0.5 °C.
FOREHEAD_COVERED_GAP_C = 3.0
#: More than this share of such pixels in the disc: the forehead is covered, no reading
#: (fewer, a hair line grazing the disc's edge: the mean is of the skin pixels).
FOREHEAD_COVERED_SHARE = 0.35
#: The disc's radius must be at least this many pixels (a canthus separation of 12 px,
#: about 2.5 mm per pixel on an adult): under it the disc is a few dozen pixels blurred
#: into the brows and the canthi, and the model falls back to the canthus offset. At the
#: kiosk (6 mm per pixel, radius 2-3 px) the foreheads read 0.5 °C warmer against the
#: canthus than the study's typical subject, lowering the estimate by about 0.1 °C.
FOREHEAD_MIN_RADIUS_PX = 4.0
#: Of the band's pixels at least this share must lie inside the frame.
FOREHEAD_BAND_IN_FRAME = 0.6


def measure_forehead(celsius: np.ndarray, head: Head, eyes: face.EyeLine, canthus_c: float,
                     bad: np.ndarray | None, config: EngineConfig) -> Forehead:
    """The forehead centre (the mean of a disc) and the forehead maximum (the band's
    ``top_k`` median after a 3x3 median, as the canthus) from the located inner canthi.

    Raw full-resolution pixels; dead pixels (``bad``) and hot objects (``hot_object_c``)
    are left out of both. No reading (``why`` says which) when the disc is not wholly in
    the frame or most of the band is outside it (a close-up cut at the top), when the
    disc reads far under the canthus in places (hair, a hat, a headband over the
    forehead: IEC 80601-2-59 calls the forehead an unreliable site, so a covered one is
    never scored), or when the disc's radius is under ``FOREHEAD_MIN_RADIUS_PX`` or either
    has too few pixels. The model itself then checks the
    readings against the fitted ranges (``ForeheadOralModel.uses_forehead``)."""
    h, w = celsius.shape
    (lx, ly), (rx, ry) = eyes.left, eyes.right
    sep = float(np.hypot(rx - lx, ry - ly))
    if not eyes.paired or sep < 1.0:
        sep, ax, ay = FOREHEAD_SEPARATION_OF_WIDTH * head.width, 1.0, 0.0
    else:
        ax, ay = (rx - lx) / sep, (ry - ly) / sep
        lo_s, hi_s = FOREHEAD_SEPARATION_RANGE_OF_WIDTH
        sep = min(max(sep, lo_s * head.width), hi_s * head.width)
    ux, uy = ay, -ax  # "up" the face: perpendicular to the eye line, towards the hair
    mx, my = (lx + rx) / 2.0, (ly + ry) / 2.0
    # the disc
    rad = FOREHEAD_RADIUS_S * sep
    dx_, dy_ = mx + ux * FOREHEAD_CENTRE_S * sep, my + uy * FOREHEAD_CENTRE_S * sep
    disc = (round(dx_, 1), round(dy_, 1), round(rad, 2))
    if rad < FOREHEAD_MIN_RADIUS_PX:
        return Forehead(None, None, "too_small", disc)
    if dx_ - rad < -0.5 or dy_ - rad < -0.5 or dx_ + rad > w - 0.5 or dy_ + rad > h - 0.5:
        return Forehead(None, None, "cut", disc)
    x0, x1 = max(0, int(np.floor(dx_ - rad))), min(w, int(np.ceil(dx_ + rad)) + 1)
    y0, y1 = max(0, int(np.floor(dy_ - rad))), min(h, int(np.ceil(dy_ + rad)) + 1)
    yy, xx = np.mgrid[y0:y1, x0:x1]
    inside = (xx - dx_) ** 2 + (yy - dy_) ** 2 <= rad * rad
    px = celsius[y0:y1, x0:x1][inside]
    ok = np.isfinite(px) & (px < config.hot_object_c)
    if bad is not None:
        ok &= ~bad[y0:y1, x0:x1][inside]
    if np.count_nonzero(ok) < 3:
        return Forehead(None, None, "too_small", disc)
    px = px[ok]
    skin = px >= canthus_c - FOREHEAD_COVERED_GAP_C
    if np.count_nonzero(~skin) > FOREHEAD_COVERED_SHARE * px.size:
        return Forehead(None, None, "covered", disc)
    centre = float(px[skin].mean())  # a hair line grazing the disc's edge is left out
    # the band
    lo, hi = FOREHEAD_BAND_S[0] * sep, FOREHEAD_BAND_S[1] * sep
    half = FOREHEAD_HALF_WIDTH_S * sep
    corners = [(mx + ax * a + ux * v, my + ay * a + uy * v) for a in (-half, half) for v in (lo, hi)]
    cxs, cys = [c[0] for c in corners], [c[1] for c in corners]
    bx0, bx1 = int(np.floor(min(cxs))), int(np.ceil(max(cxs))) + 1
    by0, by1 = int(np.floor(min(cys))), int(np.ceil(max(cys))) + 1
    yy, xx = np.mgrid[by0:by1, bx0:bx1]
    a = (xx - mx) * ax + (yy - my) * ay
    v = (xx - mx) * ux + (yy - my) * uy
    band = (np.abs(a) <= half) & (v >= lo) & (v <= hi)
    total = int(np.count_nonzero(band))
    in_frame = band & (xx >= 0) & (xx < w) & (yy >= 0) & (yy < h)
    if total == 0 or np.count_nonzero(in_frame) < FOREHEAD_BAND_IN_FRAME * total:
        return Forehead(centre, None, "cut", disc)
    cx0, cx1, cy0, cy1 = max(0, bx0), min(w, bx1), max(0, by0), min(h, by1)
    region = np.ascontiguousarray(celsius[cy0:cy1, cx0:cx1], dtype=np.float32)
    mask = in_frame[cy0 - by0:cy1 - by0, cx0 - bx0:cx1 - bx0]
    if np.count_nonzero(mask) < 2 * config.top_k:
        return Forehead(centre, None, "too_small", disc)
    top, _, _ = _peak(region, mask, bad[cy0:cy1, cx0:cx1] if bad is not None else None, config)
    if top is None:
        return Forehead(centre, None, "too_small", disc)
    return Forehead(round(centre, 3), round(top, 3), "", disc)


#: Half-size of the window around each inner canthus, as a fraction of the head's width
#: (at least 1 px): 2 px on a 32 px kiosk face, 9 mm on any face.
CANTHUS_WINDOW = 0.06
#: Eye-band pixels this much under typical face skin are a lens (glasses).
GLASSES_GAP_C = 2.0
#: The glasses band starts under the hair line (a simulated head's hair reaches 0.28).
GLASSES_TOP = 0.30


def _peak(region: np.ndarray, inside: np.ndarray, bad: np.ndarray | None,
          config: EngineConfig) -> tuple[float | None, tuple[int, int], int]:
    """(median of the ``top_k`` hottest 3x3-median pixels of ``region`` where ``inside``,
    (x, y) of the hottest, how many of the top lie within 2 px of a dead pixel)."""
    if bad is not None and not bad.any():
        bad = None
    excluded = np.zeros(region.shape, bool)
    if bad is not None:
        excluded |= bad
    hot_c = np.float32(config.hot_object_c)
    if region.max() >= hot_c:
        hot = (region >= hot_c).view(np.uint8)
        m = config.hot_margin_px
        if m:
            hot = cv2.dilate(hot, np.ones((2 * m + 1, 2 * m + 1), np.uint8))
        excluded |= hot.view(bool)
    if excluded.any():
        region = np.where(excluded, np.float32(-273.15), region)
    # A 3x3 median removes single hot or dead pixels and most of the sensor noise
    # (which would otherwise bias a maximum upwards). No resizing, no interpolation.
    smooth = cv2.medianBlur(region, 3)
    smooth[~inside] = np.float32(-273.15)
    flat = smooth.ravel()
    k = min(config.top_k, int(np.count_nonzero(inside)))
    if k <= 0:
        return None, (0, 0), 0
    idx = np.argpartition(flat, flat.size - k)[flat.size - k:]
    top = sorted(flat[idx].tolist())
    reading = (top[k // 2] + top[(k - 1) // 2]) / 2.0  # their median
    if reading < -100:
        return None, (0, 0), 0
    near_bad = 0
    if bad is not None:
        # The measured region: the top pixels and 2 px around each (the 3x3 median's
        # reach plus one pixel that could have been the peak).
        near = cv2.dilate(bad.view(np.uint8), np.ones((5, 5), np.uint8))
        near_bad = int(np.count_nonzero(near.ravel()[idx]))
    iy, ix = np.unravel_index(int(np.argmax(smooth)), smooth.shape)
    return reading, (int(ix), int(iy)), near_bad


def _upper_face_max(celsius: np.ndarray, head: Head, bottom: int, bad: np.ndarray | None,
                    config: EngineConfig) -> float | None:
    """The upper face's maximum (top of the head down to just under the canthi, the
    middle 80 % of its width), as the canthus is read: what FACE_ROOM_MODEL calls the
    face maximum, with mouth, neck and held objects below the eye line left out."""
    h, w = celsius.shape
    y0, y1 = max(0, head.y), min(h, bottom + 1)
    x0, x1 = max(0, head.x + int(0.1 * head.width)), min(w, head.x + int(np.ceil(0.9 * head.width)))
    if y1 - y0 < 3 or x1 - x0 < 3:
        return None
    region = np.ascontiguousarray(celsius[y0:y1, x0:x1], dtype=np.float32)
    reading, _, _ = _peak(region, np.ones(region.shape, bool), bad[y0:y1, x0:x1] if bad is not None else None,
                          config)
    return reading


def fever_mask(celsius: np.ndarray, skin_threshold_c: float, out: np.ndarray | None = None) -> np.ndarray:
    """uint8 mask, 1 where a pixel's oral-equivalent estimate is at or over the alarm level.

    The estimate is monotonic in skin temperature, so comparing raw pixels
    with the model's skin threshold is exact. numpy's SIMD comparison into a
    bool array (viewed as uint8) was measured faster than ``cv2.compare``.
    """
    mask = np.greater_equal(celsius, np.float32(skin_threshold_c), out=out)
    return mask.view(np.uint8)
