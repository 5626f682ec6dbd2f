"""What a wall renderer is given and what it must do.

A renderer owns one Qt widget showing up to 16 tiles in a grid. Everything is
called on the GUI thread. Objects on screen are created once per tile and
updated in place by :meth:`WallRenderer.show`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from app.translations import QT_TRANSLATE_NOOP

#: Tile states the wall shows, in the guard's words (English source texts: the wall
#: translates them in context "TileState" when it draws them; short enough for a tile header).
TILE_STATES = {
    "starting": QT_TRANSLATE_NOOP("TileState", "Starting"),
    "live": QT_TRANSLATE_NOOP("TileState", "Live"),
    "offline": QT_TRANSLATE_NOOP("TileState", "Offline"),
    "reconnecting": QT_TRANSLATE_NOOP("TileState", "Reconnecting"),
    "credentials_refused": QT_TRANSLATE_NOOP("TileState", "Camera login failed"),
    "misconfigured": QT_TRANSLATE_NOOP("TileState", "Camera setup problem"),
    "warming_up": QT_TRANSLATE_NOOP("TileState", "Warming up"),
    "ffc": QT_TRANSLATE_NOOP("TileState", "Calibrating"),
    "frozen": QT_TRANSLATE_NOOP("TileState", "Frozen"),
    "not_radiometric": QT_TRANSLATE_NOOP("TileState", "Not radiometric"),
    "bad_frames": QT_TRANSLATE_NOOP("TileState", "Bad frames"),
    "bad_pixels": QT_TRANSLATE_NOOP("TileState", "Dead pixels"),
    "locked_out": QT_TRANSLATE_NOOP("TileState", "Locked out"),
    "bypassed": QT_TRANSLATE_NOOP("TileState", "Bypassed"),
    "paused": QT_TRANSLATE_NOOP("TileState", "Paused"),
    "alert": QT_TRANSLATE_NOOP("TileState", "ALERT"),
}


#: What a live tile says instead of "Live" when no door is behind it (TileView.source).
SOURCE_WORDS = {
    "replay": QT_TRANSLATE_NOOP("TileState", "Replay"),
    "simulated": QT_TRANSLATE_NOOP("TileState", "Simulated"),
}


@dataclass(slots=True)
class PersonMark:
    """One tracked person on a tile, in image pixel coordinates."""

    box: tuple[int, int, int, int]  # x, y, w, h of the head
    point: tuple[int, int] | None  # measurement point (hottest canthus pixel)
    role: str  # "measuring", "normal", "prealarm", "elevated" or "retry"
    label: str  # large text: "36.9 °C", "38.2 °C", "Step closer", "Measuring..."


@dataclass(slots=True)
class TileView:
    """Everything one tile shows. Pure data: built by the console from engine results."""

    index: int
    name: str  # entrance name
    state: str  # a TILE_STATES key
    state_detail: str = ""  # e.g. "Reference blackbody not seen"
    fps: float = 0.0
    celsius: np.ndarray | None = None  # latest frame, float32 °C, never colour-mapped
    fever_mask: np.ndarray | None = None  # uint8, nonzero where the estimate is over the alarm level
    #: uint8 grey picture of a visible (non-radiometric) camera, shown instead of ``celsius``:
    #: drawn in grey with no temperature scale and no fever mask
    visible: np.ndarray | None = None
    limit_c: float = 37.7  # the site limit (oral-equivalent), written beside the scale mark
    skin_threshold_c: float = 36.2  # skin temperature at the alarm level: where the scale bar is marked
    #: the alarm level (oral-equivalent) when it sits under the limit (calibrated for sensitivity),
    #: written under the limit beside the mark; None when it is the limit
    alarm_level_c: float | None = None
    #: "" a camera at a door; "replay" (a recording) or "simulated": what the state word says when live
    source: str = ""
    people: list[PersonMark] = field(default_factory=list)
    last_result: str = ""  # e.g. "Normal 36.9 °C", "ELEVATED 38.2 °C", "Step closer to the camera"
    last_role: str = ""  # role of last_result, for its colour
    dropped: int = 0  # frames dropped for display since start (latest-frame-wins)


class WallRenderer(Protocol):
    """The interface both renderers implement."""

    kind: str  # "gpu" or "cpu"
    description: str  # shown in the status bar, e.g. "GPU (vispy) on NVIDIA ..." or "CPU (pyqtgraph): software GL"

    @property
    def widget(self):  # the QWidget to put in the window
        ...

    def configure(self, n_tiles: int, rows: int, cols: int, shown: list[int]) -> None:
        """Lay out ``shown`` tile indices (at most rows*cols) in a rows x cols grid."""

    def set_palette(self, name: str) -> None:
        """One of app.render.palettes.PALETTES."""

    def set_span(self, low_c: float | None, high_c: float | None) -> None:
        """Fixed °C span for all tiles, or None, None for an automatic span per tile."""

    def show(self, view: TileView) -> None:
        """Update one tile in place (no visual is created after configure)."""

    def tile_at(self, x: float, y: float) -> int | None:
        """Tile index under widget coordinates, for double-click focus."""

    def grab_rgb(self) -> np.ndarray:
        """The widget's current pixels as (H, W, 3) uint8, after rendering pending updates."""

    def close(self) -> None:
        ...
