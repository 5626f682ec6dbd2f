"""What headquarters knows about every site, built only from the messages it receives. No Qt.

Fed with ``handle(topic, payload, retained=..., now=...)`` from the broker
thread's queue (on the GUI thread in the window, directly in tests and the
benchmark). Keeps each site (its online flag and when it last reported), its
entrances (state, detail, last report), the open alarms across all sites
(newest first; an alarm closes when its resolution arrives, in whichever
order the two arrive), and the minute counts, summed per site for today as
they arrive (each minute of an entrance counted once).
A site is "unreachable" once it said ``online = false`` (a clean shutdown,
or its last will) or sent nothing for the grace period.

Retained messages delivered on subscribing say what a site last published,
not that it is there now, so they do not count as a report.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app.events.anchors import AnchorLog
from app.events.config import SLUG_RE
from app.events.payloads import BadBody, read_body, read_online
from app.events.topics import parse_topic

#: Seconds without a message before a site is unreachable: a site sends counts every minute.
DEFAULT_GRACE_S = 180.0
MAX_REMEMBERED_IDS = 100_000
MAX_OPEN_ALARMS = 10_000
REPORTING, UNREACHABLE, WAITING = "reporting", "unreachable", "waiting"


@dataclass
class EntranceView:
    slug: str
    name: str
    state: str = "unknown"
    detail: str = ""
    state_time: float | None = None  # the site's time of the state
    last_report: float | None = None


@dataclass
class AlarmView:
    id: str
    site: str
    entrance: str
    entrance_name: str
    alert_id: str  # the console's Alert.uid: unique across its sessions
    at: float
    rule: str
    limit_c: float
    estimate_c: float | None
    received_at: float


@dataclass
class SiteView:
    slug: str
    online: bool | None = None
    last_report: float | None = None  # headquarters' time of its last live message
    entrances: dict[str, EntranceView] = field(default_factory=dict)
    audit_head: tuple[int, str] | None = None


@dataclass(frozen=True)
class Counts:
    screened: int = 0
    normal: int = 0
    elevated: int = 0
    retry: int = 0


class HqModel:
    def __init__(self, prefix: str = "canthus", *, grace_s: float = DEFAULT_GRACE_S,
                 anchors: AnchorLog | None = None, clock: Callable[[], float] = time.time) -> None:
        self.prefix = prefix
        self.grace_s = float(grace_s)
        self.anchors = anchors
        self._clock = clock
        self.started = clock()
        self.sites: dict[str, SiteView] = {}
        self._open: dict[tuple[str, str], AlarmView] = {}
        self._closed: collections.OrderedDict[tuple[str, str], None] = collections.OrderedDict()
        self._ids: collections.OrderedDict[str, None] = collections.OrderedDict()
        # Today's counts kept as running totals, so a refresh reads one entry per site however long HQ
        # has been open (summing every minute body at each refresh took seconds after a morning):
        self._day_totals: dict[tuple[str, int], list[int]] = {}  # (site, local day) -> screened, normal, elevated, retry
        self._minutes: dict[tuple[str, str, int], set[int]] = {}  # (site, entrance, local day) -> minutes counted
        self._newest_day = 0
        self.received = 0
        self.duplicates = 0
        self.rejected = 0
        self.last_problem = ""
        self.version = 0  # changes whenever what a view shows changed

    # -- input --------------------------------------------------------------------------
    def handle(self, topic: str, payload: bytes, *, retained: bool = False, now: float | None = None) -> bool:
        """One message; True when it changed what is shown. Bad ones are counted, never raised."""
        now = self._clock() if now is None else now
        self.received += 1
        parsed = parse_topic(self.prefix, topic)
        if parsed is None or not SLUG_RE.match(parsed.site) or (parsed.entrance and not SLUG_RE.match(parsed.entrance)):
            return self._reject(f"{topic[:120]}: not a Canthus topic")
        try:
            if parsed.kind == "online":
                body = read_online(payload)
            else:
                body = read_body(parsed.kind, payload)
                if body.site != parsed.site or getattr(body, "entrance", parsed.entrance) != parsed.entrance:
                    raise BadBody("its site or entrance differs from its topic's")
        except BadBody as e:
            return self._reject(f"{topic[:120]}: {e}")
        site = self.sites.get(parsed.site)
        if site is None:
            site = self.sites[parsed.site] = SiteView(parsed.site)
        if not retained:
            site.last_report = now
        msg_id = getattr(body, "id", None)
        if msg_id is not None:
            if msg_id in self._ids:
                self.duplicates += 1
                return False
            self._ids[msg_id] = None
            if len(self._ids) > MAX_REMEMBERED_IDS:
                self._ids.popitem(last=False)
        getattr(self, "_on_" + parsed.kind.replace("-", "_"))(site, parsed.entrance, body, retained, now)
        self.version += 1
        return True

    def _reject(self, why: str) -> bool:
        self.rejected += 1
        self.last_problem = why
        return False

    def _entrance(self, site: SiteView, slug: str, name: str, retained: bool, now: float,
                  site_time: float) -> EntranceView:
        e = site.entrances.get(slug)
        if e is None:
            e = site.entrances[slug] = EntranceView(slug, name or slug)
        if name:
            e.name = name
        report = site_time if retained else now
        e.last_report = report if e.last_report is None else max(e.last_report, report)
        return e

    def _on_online(self, site: SiteView, _e, online: bool, retained: bool, now: float) -> None:
        site.online = online

    def _on_state(self, site: SiteView, slug: str, body, retained: bool, now: float) -> None:
        at = body.utc_time.timestamp()
        e = self._entrance(site, slug, body.entrance_name, retained, now, at)
        if e.state_time is None or at >= e.state_time:  # a late retained copy never undoes a newer state
            e.state, e.detail, e.state_time = body.state, body.detail, at

    def _on_alarm(self, site: SiteView, slug: str, body, retained: bool, now: float) -> None:
        at = body.utc_time.timestamp()
        self._entrance(site, slug, body.entrance_name, retained, now, at)
        key = (site.slug, body.alert_id)
        if key in self._closed:
            return  # its resolution came first
        self._open[key] = AlarmView(body.id, site.slug, slug, body.entrance_name or slug, body.alert_id, at,
                                    body.rule, body.limit_c, body.estimate_c, now)
        if len(self._open) > MAX_OPEN_ALARMS:
            del self._open[min(self._open, key=lambda k: self._open[k].at)]

    def _on_resolution(self, site: SiteView, slug: str, body, retained: bool, now: float) -> None:
        self._entrance(site, slug, body.entrance_name, retained, now, body.utc_time.timestamp())
        key = (site.slug, body.alert_id)
        self._open.pop(key, None)
        self._closed[key] = None
        if len(self._closed) > MAX_REMEMBERED_IDS:
            self._closed.popitem(last=False)

    def _on_counts(self, site: SiteView, slug: str, body, retained: bool, now: float) -> None:
        minute = body.minute_start.timestamp()
        self._entrance(site, slug, body.entrance_name, retained, now, minute)
        day = datetime.fromtimestamp(minute).toordinal()  # headquarters' local day, as today_counts reads it
        seen = self._minutes.setdefault((site.slug, slug, day), set())
        number = int(minute // 60)
        if number in seen:  # the same minute again under another id: counted once
            self.duplicates += 1
            return
        seen.add(number)
        totals = self._day_totals.setdefault((site.slug, day), [0, 0, 0, 0])
        for i, n in enumerate((body.screened, body.normal, body.elevated, sum(body.retry.values()))):
            totals[i] += n
        if day > self._newest_day:  # a new day: forget the day before yesterday's
            self._newest_day = day
            self._day_totals = {k: v for k, v in self._day_totals.items() if k[1] >= day - 1}
            self._minutes = {k: v for k, v in self._minutes.items() if k[2] >= day - 1}

    def _on_audit_head(self, site: SiteView, _e, body, retained: bool, now: float) -> None:
        site.audit_head = (body.seq, body.seal)
        if self.anchors is not None:
            self.anchors.add(site.slug, body.seq, body.seal, body.utc_time.isoformat().replace("+00:00", "Z"), now)

    # -- what views show -----------------------------------------------------------------------
    def site_status(self, slug: str, now: float | None = None) -> tuple[str, str]:
        """``(status, why)``: reporting, waiting (no live message yet, within the grace) or unreachable."""
        now = self._clock() if now is None else now
        site = self.sites[slug]
        if site.online is False:
            return UNREACHABLE, "online = false: closed, or lost (its last will)"
        since = site.last_report if site.last_report is not None else self.started
        silent = now - since
        if silent > self.grace_s:
            return UNREACHABLE, f"no report for {silent:.0f} s (grace {self.grace_s:.0f} s)"
        if site.last_report is None:
            return WAITING, "nothing live yet since headquarters started"
        return REPORTING, ""

    def open_alarms(self) -> list[AlarmView]:
        """Open alarms across all sites, newest first."""
        return sorted(self._open.values(), key=lambda a: (a.at, a.received_at), reverse=True)

    def today_counts(self, slug: str, now: float | None = None) -> Counts:
        """The site's counts since headquarters' local midnight."""
        now = self._clock() if now is None else now
        return Counts(*self._day_totals.get((slug, datetime.fromtimestamp(now).toordinal()), (0, 0, 0, 0)))
