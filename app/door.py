"""Door controllers. The door changes state only on a guard's action.

The console calls :meth:`DoorController.release` when a guard allows entry
and :meth:`DoorController.hold` when a guard denies it; nothing in the engine
or the alarms can reach a door. A relay or access-control adapter implements
the same two methods later.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol


class DoorController(Protocol):
    def release(self, camera: str, who: str, why: str) -> None: ...

    def hold(self, camera: str, who: str, why: str) -> None: ...


#: door commands a simulated door remembers (the store keeps every press; this is for the
#: screen and tests): a demo left running for weeks must not grow without bound
DOOR_EVENTS_KEPT = 10_000


@dataclass
class SimulatedDoor:
    """The demo site's doors: remembers its last commands (shown on screen, checked by tests)."""

    events: list[tuple[float, str, str, str, str]] = field(default_factory=list)
    state: dict[str, str] = field(default_factory=dict)

    def release(self, camera: str, who: str, why: str) -> None:
        self._command(camera, "released", who, why)

    def hold(self, camera: str, who: str, why: str) -> None:
        self._command(camera, "held", who, why)

    def _command(self, camera: str, state: str, who: str, why: str) -> None:
        self.state[camera] = state
        self.events.append((time.time(), camera, state, who, why))
        if len(self.events) > DOOR_EVENTS_KEPT:
            del self.events[: len(self.events) - DOOR_EVENTS_KEPT]
