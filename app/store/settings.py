"""The screening settings a supervisor changes, as one typed value the store persists.

Limit, rule, retention policy and adopted oral-equivalent model: what a restart
must re-apply. :meth:`app.store.store.Store.save_screening_settings` saves them
(one audited config-change row per changed key, in one transaction) and
:meth:`~app.store.store.Store.screening_settings` reads them back (None while
nothing was ever saved: the site file's engine settings then apply).
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.core.oral import ForeheadOralModel, Model, OralModel, model_from_dict
from app.core.vocabulary import DEFAULT_LIMIT_C, LIMIT_RANGE_C, limit_in_tenths
from app.store.retention import DEFAULT_POLICY, RetentionPolicy

#: The keys a change is audited under (config_changes.key), in this order.
KEYS = ("limit_c", "rule", "retention", "oral_model")
RULES = ("absolute", "relative")

_MODEL_FIELDS = {f.name: f.type for f in fields(OralModel)}
_FOREHEAD_FIELDS = {f.name: f.type for f in fields(ForeheadOralModel)}


def _check_model_fields(v: dict, known: dict, what: str) -> None:
    unknown = sorted(set(v) - set(known))
    if unknown:
        raise ValueError(f"unknown {what} fields {', '.join(map(str, unknown))}")
    for k, x in v.items():
        if k == "fallback":
            if not isinstance(x, dict):
                raise ValueError("a forehead model's fallback must be a table of oral model fields")
            _check_model_fields(x, _MODEL_FIELDS, "fallback model")
        elif k == "provenance":
            if not isinstance(x, str):
                raise ValueError(f"{what} provenance must be text")
        elif isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
            raise ValueError(f"{what} {k} must be a finite number, got {x!r}")


class ScreeningSettings(BaseModel):
    """What the console screens by; ``oral_model`` None means the model Canthus ships with."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    # IEC 80601-2-59: adjustable within LIMIT_RANGE_C in 0.1 °C steps (as EngineConfig.limit_c).
    limit_c: float = Field(DEFAULT_LIMIT_C, ge=LIMIT_RANGE_C[0], le=LIMIT_RANGE_C[1])
    rule: Literal["absolute", "relative"] = "absolute"
    retention: RetentionPolicy = DEFAULT_POLICY
    oral_model: dict | None = None  # OralModel.to_dict() of the adopted model

    @field_validator("limit_c")
    @classmethod
    def _tenth(cls, v: float) -> float:
        return limit_in_tenths(v)

    @field_validator("oral_model")
    @classmethod
    def _model(cls, v: dict | None) -> dict | None:
        if v is None:
            return None
        forehead = "forehead_weight" in v
        _check_model_fields(v, _FOREHEAD_FIELDS if forehead else _MODEL_FIELDS,
                            "forehead model" if forehead else "oral model")
        try:
            model = model_from_dict(v)
        except TypeError as e:  # a required field missing
            raise ValueError(f"not an oral model ({e})") from None
        return model.to_dict()

    def model(self) -> Model | None:
        """The adopted model, or None for the shipped one."""
        return None if self.oral_model is None else model_from_dict(self.oral_model)

    def audit_value(self, key: str):
        """The JSON value a change of ``key`` is audited with (retention: its dict)."""
        if key == "retention":
            return self.retention.to_dict()
        return getattr(self, key)

    def changed_keys(self, old: "ScreeningSettings") -> list[str]:
        """The keys whose value differs from ``old``'s, in :data:`KEYS` order."""
        return [k for k in KEYS if self.audit_value(k) != old.audit_value(k)]

    def to_json(self) -> dict:
        """``{"limit_c", "rule", "retention": {mode, hours, keep_images}, "oral_model"}``."""
        return {k: self.audit_value(k) for k in KEYS}
