"""The engine's and the store's codes in the guard's language, for whatever draws them.

The engine (no Qt) names a non-result by code and keeps an English instruction beside
it (the engine's ``REASONS``); the guard's reasons and false-alarm causes are codes too
(the domain vocabulary). Their English texts are marked for lupdate
in ``app.translations`` (contexts "Reason", "OverrideReason", "FalseAlarmCause"); these
functions translate by code at the moment of drawing, so the engine stays Qt-free and the
codes, never the words, are what is stored and counted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.translations import (
    CAMERA_STATE_TEXTS,
    FALSE_ALARM_CAUSE_TEXTS,
    OVERRIDE_REASON_TEXTS,
    REASON_TEXTS,
)


def _by_code(context: str, table: dict[str, str], code: str, fallback: str | None) -> str:
    source = table.get(code)
    if source is None:
        return fallback if fallback is not None else code.replace("_", " ")
    return QCoreApplication.translate(context, source)


def reason_text(code: str, fallback: str | None = None) -> str:
    """A non-result's instruction (``Decision.reason``) in the console's language; unknown codes: ``fallback``."""
    return _by_code("Reason", REASON_TEXTS, code, fallback)


def override_reason_text(code: str, fallback: str | None = None) -> str:
    """Why a guard let an alerted person in, by its code (``OVERRIDE_REASONS``), in the console's language."""
    return _by_code("OverrideReason", OVERRIDE_REASON_TEXTS, code, fallback)


def false_alarm_cause_text(code: str, fallback: str | None = None) -> str:
    """What caused a false alarm, by its code (``FALSE_ALARM_CAUSES``), in the console's language."""
    return _by_code("FalseAlarmCause", FALSE_ALARM_CAUSE_TEXTS, code, fallback)


def camera_state_word(code: str) -> str:
    """What a camera is doing (a camera loop or engine state code), in the console's language."""
    return _by_code("CameraState", CAMERA_STATE_TEXTS, code, code.replace("_", " ").capitalize())
