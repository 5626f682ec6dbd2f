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


@dataclass
class SimulatedDoor:
    """The demo site's doors: remembers each command (shown on screen, checked by tests)."""

    events: list[tuple[float, str, str, str, str]] = field(default_factory=list)
    state: dict[str, str] = field(default_factory=dict)

    def release(self, camera: str, who: str, why: str) -> None:
        self.state[camera] = "released"
        self.events.append((time.time(), camera, "released", who, why))

    def hold(self, camera: str, who: str, why: str) -> None:
        self.state[camera] = "held"
        self.events.append((time.time(), camera, "held", who, why))
