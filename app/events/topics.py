"""Topic names: ``{prefix}/{site}/...`` with site and entrance as slugs.

A slug is the name in lower case with every run of other characters one
``-`` ("Main entrance" is ``main-entrance``; accents are dropped first, so
"Entrée Nord" is ``entree-nord``). Layout (docs/events.md)::

    {prefix}/{site}/online                  retained  true / false (last will: false)
    {prefix}/{site}/audit-head              retained  the audit chain's head
    {prefix}/{site}/{entrance}/state        retained  camera state
    {prefix}/{site}/{entrance}/alarm        QoS 1     an alert was raised
    {prefix}/{site}/{entrance}/resolution   QoS 1     what closed it
    {prefix}/{site}/{entrance}/counts       QoS 1     one minute's aggregates
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.errors import CanthusError

SITE_KINDS = ("online", "audit-head")
ENTRANCE_KINDS = ("state", "alarm", "resolution", "counts")


def slug(text: str) -> str:
    """``"Main entrance"`` -> ``"main-entrance"``; empty when nothing of it is a letter or digit."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def entrance_slugs(names: Iterable[str]) -> dict[str, str]:
    """name -> slug for a site's entrances; CanthusError naming the two names that would share a topic."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for name in names:
        s = slug(name)
        if not s:
            raise CanthusError(f"entrance {name!r} has no letter or digit to name its MQTT topic by; rename it")
        if s in seen and seen[s] != name:
            raise CanthusError(f"entrances {seen[s]!r} and {name!r} would publish on the same MQTT topic "
                               f"({s!r}); rename one of them")
        seen[s] = name
        out[name] = s
    return out


@dataclass(frozen=True)
class Topics:
    """The topics of one site under one prefix."""

    prefix: str
    site: str

    @property
    def base(self) -> str:
        return f"{self.prefix}/{self.site}"

    @property
    def online(self) -> str:
        return f"{self.base}/online"

    @property
    def audit_head(self) -> str:
        return f"{self.base}/audit-head"

    def entrance(self, entrance_slug: str, kind: str) -> str:
        if kind not in ENTRANCE_KINDS:
            raise ValueError(f"unknown entrance topic kind {kind!r}")
        return f"{self.base}/{entrance_slug}/{kind}"


def subscription(prefix: str) -> str:
    """What headquarters subscribes to: every site under ``prefix``."""
    return f"{prefix}/+/#"


@dataclass(frozen=True)
class Parsed:
    site: str
    entrance: str | None  # None for the site's own topics
    kind: str


def parse_topic(prefix: str, topic: str) -> Parsed | None:
    """What a received topic is about, or None for a topic outside this layout."""
    if not topic.startswith(prefix + "/"):
        return None
    levels = topic[len(prefix) + 1:].split("/")
    if len(levels) == 2 and levels[1] in SITE_KINDS and levels[0]:
        return Parsed(levels[0], None, levels[1])
    if len(levels) == 3 and levels[2] in ENTRANCE_KINDS and levels[0] and levels[1]:
        return Parsed(levels[0], levels[1], levels[2])
    return None
