"""The Mosquitto access-control list that docs/events.md gives, as text (the tests run a broker with it).

Each site's broker account is named as its ``site_id`` and may write only
under ``{prefix}/{site_id}/`` (its online flag and last will included);
headquarters' accounts may read everything under the prefix and write
nothing. Headquarters' account names must not be slugs (give them a ``_``,
as in ``hq_security``), so that no site can be named like one.
"""

from __future__ import annotations

from app.events.config import PREFIX_RE, SLUG_RE


def acl_text(prefix: str = "canthus", hq_users: tuple[str, ...] = ("hq_security",)) -> str:
    if not PREFIX_RE.match(prefix):
        raise ValueError(f"topic prefix {prefix!r} is not valid")
    for user in hq_users:
        if SLUG_RE.match(user) or not user or any(c.isspace() for c in user):
            raise ValueError(f"headquarters account {user!r} must not look like a site_id: give it a '_'")
    lines = ["# Canthus: sites publish only under their own prefix; headquarters only reads.", ""]
    for user in hq_users:
        lines += [f"user {user}", f"topic read {prefix}/#", ""]
    lines += ["# Every other account is a site, named as its site_id (%u is the account's name).",
              f"pattern write {prefix}/%u/#", ""]
    return "\n".join(lines)
