"""Find the reference source (a blackbody or a kiosk's heated disc) in a camera's view.

A reference source is the one warm thing in a thermal scene that does not change: it
sits still, it is uniform, and its temperature holds to a few hundredths of a degree,
while people move, breathe and leave. :func:`find_reference` looks at a short history
of frames (°C) for exactly that: a patch that is warm in *every* frame (so the per-pixel
minimum over the history is used: somebody walking past vanishes from it), small,
round-ish, a plateau standing alone rather than the hot spot of a larger warm body
(a face's canthus, a lamp's hot end), with low temporal variance and a position that
does not move. It returns the patch's box, its mean °C and the stability figures, or
no patch and the reason.

How the engine should use it (it is not wired in here):

* When a camera starts (or a site file gives a reference set point but no box), feed
  the first N frames after warm-up, N = 2-3 s of video (9 Hz: about 20 frames;
  ``min_frames`` is the floor), to :func:`find_reference`; take ``box`` as the
  :class:`app.core.config.ReferenceConfig` region and the set point from the site file
  or the command line (this finder cannot know it: the sensor's own reading is what
  the reference corrects). Until a patch is found the camera is ``no_reference``.
* Re-check periodically (e.g. every minute, on a fresh history) and compare the new box
  with the one in use: a box that moved by more than a pixel or two, or no patch at all
  while the old box reads far from the set point, means the camera or the source moved:
  lock screening out as today (``no_reference``) rather than silently adopting the new
  patch. Frame-to-frame drift stays the job of the engine's per-frame reference check.
* A person standing in front of the source during the whole history hides it: that is
  a "not found" with a reason, never a guess; try again on a later history.
"""

from __future__ import annotations

from collections.abc import Sequence
import dataclasses
from dataclasses import dataclass, field

import cv2
import numpy as np

from .errors import CanthusError

#: Fewest frames a history may have: with fewer, "still over time" means nothing.
MIN_FRAMES = 3
#: How far around a plateau (pixels) its per-frame centroid is looked for.
_STILL_PAD = 2


@dataclass(frozen=True, slots=True)
class ReferencePatch:
    """A patch that stayed warm, still and uniform over the history.

    ``box`` is (x, y, w, h) in pixels of the frames given (the patch's plateau: the
    engine reads the inner part of it). ``mean_c`` is the patch's mean over the
    history; ``temporal_std_c`` the standard deviation over time of its per-frame
    mean; ``spatial_std_c`` the spread over the patch of the time-averaged image;
    ``drift_c`` last minus first per-frame mean; ``jitter_px`` how far (max) the
    patch's per-frame centroid strayed from its mean centroid; ``contrast_c`` how much
    warmer the patch is than the scene's median."""

    box: tuple[int, int, int, int]
    mean_c: float
    temporal_std_c: float
    spatial_std_c: float
    drift_c: float
    jitter_px: float
    contrast_c: float
    area_px: int
    frames: int


@dataclass(frozen=True, slots=True)
class ReferenceSearch:
    """The outcome: ``patch`` (None when nothing fits) and ``reason``, one line for a
    person; ``rejected`` lists each warm candidate that was turned down and why."""

    patch: ReferencePatch | None
    reason: str
    rejected: tuple[tuple[tuple[int, int, int, int], str], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class FinderSettings:
    """What counts as a reference source. The defaults fit a Lepton's disc (6-10 px
    across at 160×120) and a blackbody of 4-30 px at 384-640 px wide."""

    min_contrast_c: float = 3.0  # warmer than the scene's median by at least this
    core_drop_c: float = 1.0  # the plateau: pixels within this of the patch's peak
    halo_drop_c: float = 3.0  # the blob the plateau belongs to: within this of the peak
    max_halo_ratio: float = 4.0  # blob area / plateau area: a face with a hot canthus fails
    min_area_px: int = 6
    max_area_fraction: float = 0.02  # of the frame
    max_aspect: float = 2.2  # a ceiling light or a pipe is long; a disc is not
    min_fill: float = 0.5  # plateau area / its box's area (a disc: 0.79, a square: 1)
    max_spatial_std_c: float = 0.5
    max_temporal_std_c: float = 0.15  # the per-frame mean over the patch
    max_jitter_px: float = 1.0


def _history(frames: Sequence[np.ndarray] | np.ndarray) -> np.ndarray:
    """The frames as one (N, H, W) float array, or a CanthusError saying what is wrong."""
    if isinstance(frames, np.ndarray):
        stack = frames
        if stack.ndim != 3:
            raise CanthusError(f"reference finder: expected frames of shape (N, H, W), got an array of shape {stack.shape}")
    else:
        frames = list(frames)
        if not frames:
            raise CanthusError("reference finder: no frames given")
        shapes = {np.shape(f) for f in frames}
        if len(shapes) != 1:
            raise CanthusError(f"reference finder: frames differ in shape ({', '.join(map(str, sorted(shapes)))})")
        shape = shapes.pop()
        if len(shape) != 2:
            raise CanthusError(f"reference finder: each frame must be a 2-D °C image, got shape {shape}")
        stack = np.stack(frames)
    if stack.shape[0] < MIN_FRAMES:
        raise CanthusError(f"reference finder: needs at least {MIN_FRAMES} frames to judge stillness, got {stack.shape[0]}")
    if min(stack.shape[1:]) < 4:
        raise CanthusError(f"reference finder: frames of {stack.shape[2]}×{stack.shape[1]} px are too small")
    if not np.issubdtype(stack.dtype, np.number) or np.issubdtype(stack.dtype, np.complexfloating):
        raise CanthusError(f"reference finder: frames must hold °C numbers, got dtype {stack.dtype}")
    return stack.astype(np.float32, copy=False)  # float32: a history of large frames is big already


def find_reference(frames: Sequence[np.ndarray] | np.ndarray, settings: FinderSettings | None = None) -> ReferenceSearch:
    """Find the warm patch that stays still and uniform over ``frames`` (°C images, all
    the same shape, oldest first). Non-finite pixels (dead pixels) are never part of a
    patch. Raises :class:`CanthusError` only on input that is not a frame history."""
    s = settings or FinderSettings()
    stack = _history(frames)
    n, h, w = stack.shape
    finite = np.isfinite(stack).all(axis=0)
    if not finite.any():
        return ReferenceSearch(None, "no finite pixels in the frames")
    safe = np.where(np.isfinite(stack), stack, np.nan)
    with np.errstate(invalid="ignore"):
        mean = np.where(finite, np.nanmean(safe, axis=0), np.nan)
        lowest = np.where(finite, np.nanmin(safe, axis=0), -np.inf)  # warm in every frame
    scene_c = float(np.nanmedian(mean))
    warm = (lowest >= scene_c + s.min_contrast_c) & finite
    if not warm.any():
        return ReferenceSearch(None, f"nothing stays {s.min_contrast_c:g} °C warmer than the scene ({scene_c:.1f} °C) in all {n} frames")
    count, labels, stats, _ = cv2.connectedComponentsWithStats(warm.astype(np.uint8), connectivity=8)
    max_area = max(s.min_area_px, int(s.max_area_fraction * h * w))
    found: list[ReferencePatch] = []
    rejected: list[tuple[tuple[int, int, int, int], str]] = []
    margin = _STILL_PAD + 1  # the stillness check looks this far around a plateau
    for k in range(1, count):
        bx, by, bw, bh, blob_area = (int(v) for v in stats[k])
        if blob_area < s.min_area_px:  # most blobs of a noisy scene: no whole-frame pass for them
            rejected.append(((bx, by, bw, bh), f"too small ({blob_area} px)"))
            continue
        # Everything else about this blob is judged inside its box (plus the stillness
        # margin, clipped to the frame): the cost follows the blob, not the frame.
        y0, y1, x0, x1 = max(0, by - margin), min(h, by + bh + margin), max(0, bx - margin), min(w, bx + bw + margin)
        win = (slice(y0, y1), slice(x0, x1))
        blob = labels[win] == k
        mean_w = mean[win]
        peak = float(mean_w[blob].max())
        core = blob & (mean_w >= peak - s.core_drop_c)
        # keep the plateau's own connected piece (the one holding the peak)
        _, core_labels = cv2.connectedComponents(core.astype(np.uint8), connectivity=8)
        py, px = np.unravel_index(np.argmax(np.where(blob, mean_w, -np.inf)), mean_w.shape)
        core = core_labels == core_labels[py, px]
        ys, xs = np.nonzero(core)
        box = (int(xs.min()), int(ys.min()), int(np.ptp(xs) + 1), int(np.ptp(ys) + 1))
        verdict = _judge(stack[:, y0:y1, x0:x1], mean_w, finite[win], core, blob, box, peak, scene_c, max_area, s)
        full_box = (box[0] + x0, box[1] + y0, box[2], box[3])
        if isinstance(verdict, str):
            rejected.append((full_box, verdict))
        else:
            found.append(dataclasses.replace(verdict, box=full_box))
    if not found:
        why = "; ".join(f"{b}: {r}" for b, r in rejected[:3])
        more = f"; and {len(rejected) - 3} more" if len(rejected) > 3 else ""
        return ReferenceSearch(None, f"no warm patch is small, round, uniform and still over {n} frames ({why}{more})", tuple(rejected))
    # Several fit (two sources, or a warm fixture that passes every test): the source
    # is the one standing out most; a heated reference is set near skin temperature.
    best = max(found, key=lambda p: p.contrast_c)
    others = len(found) - 1
    reason = f"found at {best.box} ({best.mean_c:.2f} °C)" + (f"; {others} other still warm patch(es) cooler" if others else "")
    return ReferenceSearch(best, reason, tuple(rejected))


def _judge(stack, mean, finite, core, blob, box, peak, scene_c, max_area, s: FinderSettings) -> ReferencePatch | str:
    """The candidate plateau ``core`` as a patch, or the reason it is not the source."""
    n = stack.shape[0]
    x, y, bw, bh = box
    area = int(core.sum())
    if area < s.min_area_px:
        return f"too small ({area} px)"
    if area > max_area:
        return f"too large ({area} px)"
    if max(bw, bh) > s.max_aspect * min(bw, bh):
        return f"elongated ({bw}×{bh} px)"
    if area < s.min_fill * bw * bh:
        return f"not round ({area} of {bw * bh} px of its box)"
    # A plateau alone, not the hottest part of a larger warm body (a face, an arm).
    halo = blob & (mean >= peak - s.halo_drop_c)
    _, halo_labels = cv2.connectedComponents(halo.astype(np.uint8), connectivity=8)
    halo_area = int((halo_labels == halo_labels[core][0]).sum())
    if halo_area > s.max_halo_ratio * area:
        return f"the warm end of a larger body ({halo_area} px around {area} px)"
    spatial = float(mean[core].std())
    if spatial > s.max_spatial_std_c:
        return f"not uniform ({spatial:.2f} °C spread)"
    series = stack[:, core].mean(axis=1)
    temporal = float(series.std())
    if temporal > s.max_temporal_std_c:
        return f"not steady ({temporal:.2f} °C over time)"
    # Stillness: in each frame, the centroid of the warm pixels around the plateau.
    pad = _STILL_PAD
    height, width = mean.shape  # the box near an edge: clip, so the grid matches the slice
    y0, y1, x0, x1 = max(0, y - pad), min(height, y + bh + pad), max(0, x - pad), min(width, x + bw + pad)
    level = float(stack[:, core].mean()) - s.core_drop_c
    gy, gx = np.mgrid[y0:y1, x0:x1]
    centroids = []
    for f in stack[:, y0:y1, x0:x1]:
        hot = (f >= level) & finite[y0:y1, x0:x1]
        if not hot.any():
            return "not seen in every frame"
        centroids.append((gx[hot].mean(), gy[hot].mean()))
    c = np.asarray(centroids)
    jitter = float(np.hypot(*(c - c.mean(axis=0)).T).max())
    if jitter > s.max_jitter_px:
        return f"moves ({jitter:.1f} px)"
    mean_c = float(series.mean())
    return ReferencePatch(box, mean_c, temporal, spatial, float(series[-1] - series[0]), jitter,
                          mean_c - scene_c, area, n)
