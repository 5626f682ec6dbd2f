"""The absolute rule with the oral model's other inputs: face maximum and room."""

from __future__ import annotations

from app.core.config import EngineConfig
from app.core.oral import FACE_ROOM_MODEL, SHIPPED_MODEL
from app.core.rules import RelativeBaseline, decide


def test_shipped_model_decides_on_the_canthus_alone():
    cfg = EngineConfig()
    for face_max, room in ((None, None), (38.5, 30.6), (36.0, 18.0)):
        out = decide(36.19, cfg, SHIPPED_MODEL, RelativeBaseline(), face_max_c=face_max, room_c=room)
        assert (out.verdict, out.estimate_c) == ("elevated", 36.19 + 1.31)
    assert decide(36.18, cfg, SHIPPED_MODEL, RelativeBaseline(), face_max_c=38.5, room_c=30.6).verdict == "normal"


def test_face_room_model_decides_with_the_room_clamped_to_its_fitted_range():
    cfg = EngineConfig()
    m = FACE_ROOM_MODEL
    level = m.alarm_level_c(cfg.limit_c)
    # A canthus just at the alarm level for the study's warmest room, face max = canthus.
    canthus = level - m.offset_c - m.room_coef * (m.room_max_c - m.room_ref_c) + 0.005
    at_kiosk = decide(canthus, cfg, m, RelativeBaseline(), face_max_c=canthus, room_c=30.6)
    at_edge = decide(canthus, cfg, m, RelativeBaseline(), face_max_c=canthus, room_c=m.room_max_c)
    assert at_kiosk.estimate_c == at_edge.estimate_c
    assert at_kiosk.verdict == "elevated"
    # Unclamped, the 30.6 °C room would have lowered the estimate under the alarm level.
    assert at_kiosk.estimate_c + m.room_coef * (30.6 - m.room_max_c) < level
