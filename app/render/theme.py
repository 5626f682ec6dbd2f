"""The wall's look: dark control-room colours, per-state tile styles, text sizes.

Both renderers draw from these values, so the GPU and the CPU wall look the
same and a test can read a border colour without knowing which one drew it.
Colours are 8-bit RGB; alpha, where needed, is a separate float.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.render.base import TILE_STATES
from app.render.palettes import OUTLINE_RGB
from app.translations import current_language, number

WALL_BG = (8, 10, 14)  # between tiles
TILE_BG = (17, 21, 28)  # behind a letterboxed image
BAR_BG = (27, 33, 43)  # header and footer strips
TEXT = (232, 236, 242)
TEXT_DIM = (150, 160, 175)

RED = (230, 40, 40)
AMBER = (255, 170, 0)
GREEN = (60, 200, 110)
SLATE = (70, 82, 100)
STEEL = (110, 140, 190)

#: Footer background when the last result is an alarm, so it reads from across the room.
ELEVATED_BAR_BG = (95, 12, 12)


@dataclass(frozen=True, slots=True)
class StateStyle:
    """How a tile in one state looks."""

    colour: tuple[int, int, int]  # border, and the state word in the header
    alarm: bool  # thick border, header filled with the colour: screening is not happening
    overlay: bool  # the state word written large over the image
    dim: float  # 0..1, how much the image is darkened (the last frame stays visible)


STATE_STYLE: dict[str, StateStyle] = {
    "live": StateStyle(SLATE, alarm=False, overlay=False, dim=0.0),
    "starting": StateStyle(TEXT_DIM, alarm=False, overlay=True, dim=0.6),
    "paused": StateStyle(STEEL, alarm=False, overlay=True, dim=0.55),
    "warming_up": StateStyle(AMBER, alarm=True, overlay=True, dim=0.35),
    # issue #4: a bypassed entrance shows in red on the wall until resumed
    "bypassed": StateStyle(RED, alarm=True, overlay=True, dim=0.45),
    # an open fever alert on this entrance: the console alternates this with
    # the camera's own state to make the tile flash
    "alert": StateStyle(RED, alarm=False, overlay=False, dim=0.0),
    "locked_out": StateStyle(RED, alarm=True, overlay=True, dim=0.5),
    "offline": StateStyle(RED, alarm=True, overlay=True, dim=0.7),
    "reconnecting": StateStyle(RED, alarm=True, overlay=True, dim=0.7),
    # not retried until the site acts: as loud as offline
    "credentials_refused": StateStyle(RED, alarm=True, overlay=True, dim=0.7),
    "misconfigured": StateStyle(RED, alarm=True, overlay=True, dim=0.7),
    # a flat-field correction lasts under a second: no overlay to flash across the image
    "ffc": StateStyle(AMBER, alarm=False, overlay=False, dim=0.2),
    "frozen": StateStyle(AMBER, alarm=True, overlay=True, dim=0.35),
    # a visible camera is shown as it is, marked plainly as never screening
    "not_radiometric": StateStyle(STEEL, alarm=True, overlay=True, dim=0.0),
    "bad_frames": StateStyle(RED, alarm=True, overlay=True, dim=0.5),
    "bad_pixels": StateStyle(RED, alarm=True, overlay=True, dim=0.4),
}
assert set(STATE_STYLE) == set(TILE_STATES)

#: The state word's colour in the header when the tile is live.
LIVE_WORD = GREEN
#: ... and when it is live from a recording or the simulator ("Replay", "Simulated"): no door behind it.
REPLAY_WORD = STEEL


def state_style(state: str) -> StateStyle:
    return STATE_STYLE.get(state, STATE_STYLE["offline"])


def state_text(state: str) -> str:
    """The state word in the console's language (an unknown state: its code, readable, untranslated)."""
    source = TILE_STATES.get(state)
    if source is None:
        return state.replace("_", " ").capitalize()
    return QCoreApplication.translate("TileState", source)


def role_rgb(role: str) -> tuple[int, int, int]:
    """Colour for a person role or a result role; unknown roles are plain text."""
    return OUTLINE_RGB.get(role, TEXT)


def header_text_rgb(style: StateStyle) -> tuple[int, int, int]:
    """Readable text on a header filled with the state colour."""
    r, g, b = style.colour
    return (0, 0, 0) if (0.299 * r + 0.587 * g + 0.114 * b) > 140 else (255, 255, 255)


def f1(value: float) -> str:
    """Temperatures on the wall: one decimal, in the console's language (37,7 in French, Dutch, German)."""
    return number(value, 1, current_language())
