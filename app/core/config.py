"""Typed engine settings. Unknown keys fail loudly with their path.

Defaults carry a comment saying where the number comes from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.vocabulary import DEFAULT_LIMIT_C, LIMIT_RANGE_C, limit_in_tenths

#: Largest frame side any setting in pixels may refer to.
MAX_PX = 4096
#: Longest warm-up a setting may ask for: a day (inf would never screen, silently).
MAX_WARMUP_S = 86_400.0


class _Strict(BaseModel):
    # NaN and inf pass no comparison, so they would slip past every rule.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class ReferenceConfig(_Strict):
    """A blackbody in view: its region (pixels) and set temperature."""

    x: int = Field(ge=0, le=MAX_PX)
    y: int = Field(ge=0, le=MAX_PX)
    width: int = Field(ge=2, le=MAX_PX)
    height: int = Field(ge=2, le=MAX_PX)
    set_c: float = Field(35.0, ge=25.0, le=45.0)  # FDA bench: best set point 36-37, common 35
    # IEC 80601-2-59 asks for <= 0.1 °C drift of the source; we lock out
    # past ±0.3 °C of camera correction, half the ±0.5 °C accuracy budget.
    tolerance_c: float = Field(0.3, gt=0.0, le=2.0)
    # Farther than this from the set point the patch is not the blackbody
    # (occluded, switched off, camera moved): "reference missing".
    find_tolerance_c: float = Field(2.0, gt=0.0, le=10.0)
    max_spread_c: float = Field(0.6, gt=0.0, le=5.0)  # a blackbody is uniform; a face in front of it is not


class ReferenceSearchConfig(_Strict):
    """A reference source in view whose box nobody typed: the engine finds it itself
    (:func:`app.core.reference.find_reference`) and re-checks that it stays put.

    ``set_c`` None means the source is in view but its temperature is not known: the
    engine then finds and watches it but gives no temperature (``no_reference``), since
    a camera's own reading is what the reference corrects (a Lepton is only ±5 K)."""

    set_c: float | None = Field(None, ge=25.0, le=45.0)
    # The same checks as a box's (ReferenceConfig), once the box is found.
    tolerance_c: float = Field(0.3, gt=0.0, le=2.0)
    find_tolerance_c: float = Field(2.0, gt=0.0, le=10.0)
    max_spread_c: float = Field(0.6, gt=0.0, le=5.0)
    history_frames: int = Field(20, ge=3, le=300)  # app.core.reference: 2-3 s of video (9 Hz: 20 frames)
    recheck_s: float = Field(60.0, ge=1.0, le=86_400.0)  # app.core.reference: "e.g. every minute"
    # The found box's centre moving farther than this (camera or source knocked): lock out.
    max_move_px: float = Field(2.0, ge=0.0, le=64.0)


class RelativeRuleConfig(_Strict):
    """FLIR EST style: running baseline of recent normal subjects + offset."""

    window: int = Field(10, ge=3, le=100)  # FLIR EST: last ~10 normal subjects
    trim: int = Field(1, ge=0, le=10)  # drop this many highest and lowest
    offset_c: float = Field(1.0, gt=0.0, le=5.0)  # FLIR EST default alarm offset
    min_subjects: int = Field(3, ge=1, le=100)  # until then the absolute rule decides (seeding)

    @model_validator(mode="after")
    def _fits_window(self) -> "RelativeRuleConfig":
        # Either would leave the relative rule silently never deciding.
        if 2 * self.trim >= self.window:
            raise ValueError(f"trim {self.trim} drops all of window {self.window} (needs 2 x trim < window)")
        if self.min_subjects > self.window:
            raise ValueError(f"min_subjects {self.min_subjects} can never be reached with window {self.window}")
        return self


class EngineConfig(_Strict):
    """How one camera's frames are screened."""

    limit_c: float = Field(DEFAULT_LIMIT_C, ge=LIMIT_RANGE_C[0], le=LIMIT_RANGE_C[1])  # the EU deployment's limit; IEC: 34-39 adjustable
    rule: Literal["absolute", "relative"] = "absolute"
    relative: RelativeRuleConfig = RelativeRuleConfig()
    # IEC/ISO: about <= 1 mm per pixel at the eye corner. The engine sees the
    # head's width in pixels and assumes an adult head of face_width_mm.
    max_mm_per_px: float = Field(1.0, gt=0.0, le=10.0)
    face_width_mm: float = Field(150.0, gt=50.0, le=300.0)
    lock_frames: int = Field(6, ge=1, le=300)  # stable frames before the one decision
    lost_frames: int = Field(3, ge=1, le=300)  # a subject unseen this long has left
    # Pixels this much over the room are a person (clothes, hair and skin all are).
    person_delta_c: float = Field(3.0, gt=0.0, le=20.0)
    # Nothing on a living face is this hot: cups, radiators, lamps. Excluded
    # from the measurement together with a margin around them.
    hot_object_c: float = Field(40.0, ge=38.0, le=100.0)
    hot_margin_px: int = Field(4, ge=0, le=64)
    top_k: int = Field(5, ge=1, le=1000)  # median of the hottest k (after a 3x3 median): robust to hot pixels
    max_motion: float = Field(0.03, gt=0.0, le=1.0)  # head centre moves < 3 % of head width per frame
    max_reading_spread_c: float = Field(0.4, gt=0.0, le=5.0)  # readings during a lock agree within this
    glasses_fraction: float = Field(0.2, gt=0.0, lt=1.0)  # cold share of the eye band
    cold_face_gap_c: float = Field(3.0, gt=0.0, le=10.0)  # canthus minus typical face skin
    # The camera's physical range. A pixel outside it cannot come from a
    # working camera (wrong unit, broken radiometric constants): the frame is
    # refused (app.core.gate). -40..150 °C spans uncooled microbolometers'
    # high-gain ranges (FLIR Lepton -10..140, A/T series -20..150); set it per
    # camera kind. The bounds keep it ordered and wide enough for skin.
    camera_min_c: float = Field(-40.0, ge=-273.15, le=30.0)
    camera_max_c: float = Field(150.0, ge=45.0, le=2000.0)
    # Microbolometer arrays are specified at >= 99 % operable pixels: more
    # than 1 % NaN/inf pixels is a failing sensor or a broken link ("bad pixels").
    max_bad_pixel_fraction: float = Field(0.01, ge=0.0, le=0.5)
    warmup_s: float = Field(0.0, ge=0.0, le=MAX_WARMUP_S)  # extra warm-up after the first frame; cameras also flag it
    reference: ReferenceConfig | None = None
    # Used only when ``reference`` (a box) is None: find the source in view.
    reference_search: ReferenceSearchConfig | None = None

    @field_validator("limit_c")
    @classmethod
    def _tenth(cls, v: float) -> float:
        return limit_in_tenths(v)

    @property
    def min_head_px(self) -> float:
        return self.face_width_mm / self.max_mm_per_px
