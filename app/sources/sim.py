"""The simulated entrance as a live source (the demo site's default camera)."""

from __future__ import annotations

import threading
import time

from app.core.frame import Frame
from app.sources.base import Paced


class SimulatedSource:
    """A simulated entrance that never ends: a new crowd (next seed) after each one."""

    def __init__(self, config, *, realtime: bool = True) -> None:
        from app.sim import Simulator

        self._Simulator = Simulator
        self.config = config
        self.name = config.camera
        self.fps = config.fps
        self._pace = Paced(config.fps) if realtime else None
        self._round = 0
        self._t0 = 0.0
        self._seq = 0
        self._start_round()
        self.stalled = threading.Event()  # set to make the camera go silent (tests, demos)

    def _start_round(self) -> None:
        from dataclasses import replace

        cfg = replace(self.config, seed=self.config.seed + 1000 * self._round,
                      warmup_s=self.config.warmup_s if self._round == 0 else 0.0)
        self._sim = self._Simulator(cfg)
        self._frames = self._sim.frames()
        self._round += 1

    def read(self, timeout: float) -> Frame | None:
        if self.stalled.is_set():
            time.sleep(timeout)
            return None
        if self._pace is not None and not self._pace.wait(timeout):
            return None
        item = next(self._frames, None)
        if item is None:
            self._t0 += self._sim.duration_s
            self._start_round()
            item = next(self._frames)
        celsius, flags, t = item
        self._seq += 1
        return Frame(self.name, self._seq, self._t0 + t, celsius.copy(), "sim", flags)

    def close(self) -> None:
        pass
