"""The base of every source's settings in a site file.

Each source kind defines its own settings model here-beside (``kind`` is its
discriminator in the site file's ``source = {...}`` table); :mod:`app.site`
collects them into one union.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SourceSettings(BaseModel):
    # TOML values are typed: "25" is not a frame rate and true is not a seed.
    # NaN and inf pass no comparison, so they would slip past every bound.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)
