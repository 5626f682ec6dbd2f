"""Pieces both renderers share: the automatic span and display accounting.

Nothing here computes a temperature: the automatic span only chooses which
stretch of the given °C values the palette covers.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

DEFAULT_SPAN_C = (20.0, 40.0)  # before the first frame, and for a fixed span left half-set


class AutoSpan:
    """Per-tile display span from the frame's 1st and 99.5th percentiles, smoothed.

    Percentiles come from a strided subsample of about ``samples`` pixels
    (every 9th pixel of every 9th row of a 640x512 frame: 0.06 ms), and are smoothed
    exponentially so the picture does not pump as people walk through. The
    span is never narrower than ``min_width_c``, so a uniform scene does not
    turn sensor noise into full-contrast snow.
    """

    def __init__(self, alpha: float = 0.15, min_width_c: float = 3.0, samples: int = 4096) -> None:
        self.alpha = alpha
        self.min_width_c = min_width_c
        self.samples = samples
        self._span: tuple[float, float] | None = None

    def reset(self) -> None:
        self._span = None

    @property
    def span(self) -> tuple[float, float]:
        return self._span or DEFAULT_SPAN_C

    def update(self, celsius: np.ndarray) -> tuple[float, float]:
        h, w = celsius.shape[:2]
        stride = max(1, int(math.sqrt(h * w / self.samples)))
        sub = celsius[::stride, ::stride].ravel()  # a copy: partition below may reorder it
        n = sub.size
        k_lo, k_hi = int(0.01 * (n - 1)), int(0.995 * (n - 1))
        part = np.partition(sub, (k_lo, k_hi))
        lo, hi = float(part[k_lo]), float(part[k_hi])
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return self.span
        if hi - lo < self.min_width_c:
            mid = 0.5 * (hi + lo)
            lo, hi = mid - self.min_width_c / 2, mid + self.min_width_c / 2
        if self._span is None:
            self._span = (lo, hi)
        else:
            a = self.alpha
            plo, phi = self._span
            self._span = (plo + a * (lo - plo), phi + a * (hi - phi))
        return self._span


def including(span: tuple[float, float], value_c: float, margin_c: float = 2.0) -> tuple[float, float]:
    """``span`` stretched so ``value_c`` (the alarm mark) lies inside it with ``margin_c`` to spare.

    The automatic span always shows the alarm mark on the scale bar, and a
    face near the alarm level is never drawn saturated.
    """
    lo, hi = span
    return (min(lo, value_c - margin_c), max(hi, value_c + margin_c))


@dataclass(slots=True)
class DisplayStats:
    """Frames pushed, shown and dropped by one wall, and push-to-pixel latency.

    A frame is *displayed* by the first completed paint after it was pushed;
    a frame pushed while the tile's previous one is still waiting for a paint
    replaces it (latest frame wins) and counts as *dropped*.
    """

    pushed: int = 0
    displayed: int = 0
    dropped: int = 0
    paints: int = 0
    latencies_s: deque = field(default_factory=lambda: deque(maxlen=4096))
    #: Stamps pushed frames. A benchmark may stamp them with when they arrived instead.
    clock: Callable[[], float] = time.perf_counter
    _waiting: dict[int, float] = field(default_factory=dict)  # tile -> push time of its undisplayed frame

    def push(self, index: int, t: float | None = None) -> None:
        self.pushed += 1
        if index in self._waiting:
            self.dropped += 1
        self._waiting[index] = self.clock() if t is None else t

    def painted(self, t: float | None = None) -> None:
        now = time.perf_counter() if t is None else t
        self.paints += 1
        for t_push in self._waiting.values():
            self.latencies_s.append(now - t_push)
        self.displayed += len(self._waiting)
        self._waiting.clear()

    def forget(self, index: int) -> None:
        """A hidden tile's frame will not be painted: it is not waiting."""
        self._waiting.pop(index, None)

    def reset(self) -> None:
        self.pushed = self.displayed = self.dropped = self.paints = 0
        self.latencies_s.clear()
        self._waiting.clear()
