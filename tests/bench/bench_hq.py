"""Headquarters under load: 60 sites x 4 entrances publishing into one Mosquitto, one HQ window reading.

    python tests/bench/bench_hq.py [--sites 60] [--entrances 4] [--processes 4] [--phase-s 60]
                                   [--people-per-min 1.0] [--alarm-share 0.015] [--multipliers 1,10]
                                   [--preload-min 240]

Three kinds of process, all on this machine, all through a real Mosquitto on 127.0.0.1:

- publishers: ``--processes`` processes, each with its share of the sites, one real
  :class:`~app.events.EventPublisher` (paho client, its own network thread) per site. Each
  site publishes what a console does: online and every camera's state at start, the audit
  head at start and every 10 minutes, each entrance's counts once a minute (within the
  second after the minute, as the bridge's one-second tick does), alarms at random
  (Poisson) and each one's resolution 10-40 s later, and now and then a camera's state.
  The outbox is in memory here (the console's is on disk): the publishers' own cost is
  not what is measured;
- headquarters: the real :class:`~app.hq.window.HqWindow` (Qt offscreen, refreshed 4 times a
  second) on a real :class:`~app.hq.client.HqSubscriber` and :class:`~app.hq.model.HqModel`,
  the model first given ``--preload-min`` minutes of counts of every entrance (a window
  open since the morning holds them), measured: when paho's thread received each message,
  when the model had it, when the window's refresh that showed it ended, and its CPU time
  (``os.times``);
- the baseline: a bare paho subscriber in its own process, timing the same messages.

Latency is from the time in the body (an alarm's ``utc_time`` is set just before it is
published; a count's is its minute's end plus the site's tick offset) to each point above.
One phase of ``--phase-s`` per ``--multipliers`` entry: by default the realistic alarm
rate, then 10x; each phase holds one minute's counts from every entrance, which all
arrive within a second (the consoles' clocks agree): that burst, not the alarms, is the
peak load. Why that rate: a
staffed entrance screens about one person a minute on average over a day (peaks are
several a minute at 9:00, nobody at night), and the share of elevated readings at
building entrances in published screening campaigns is about 1-2 %, most of them false
alarms (hot drinks, sun); 1.5 % x 1 person/min x 240 entrances = 3.6 alarms a minute.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PREFIX = "canthus"
ENTRANCE_NAMES = ["Main entrance", "Staff door", "Loading dock", "Visitors", "East wing", "West wing"]
RESOLUTIONS = [("allow", "hot_drink_or_food"), ("deny", None), ("secondary_check", "normal"),
               ("secondary_check", "fever_confirmed"), ("false_alarm", "sun_heated_skin")]
STATE_EVERY_S = 1800.0  # a camera changes state about twice an hour (warm-ups, reconnects)


def site_id(i: int) -> str:
    return f"site-{i:02d}"


def tick_offset_s(site: str) -> float:
    """Where in the second after the minute a site's bridge ticks (deterministic, so HQ can tell)."""
    return (int(site.rsplit("-", 1)[1]) * 0.37) % 1.0


def body_time(topic: str, payload: bytes) -> tuple[str, float] | None:
    """(kind, the time the body says it was sent) of one of our messages; None for the online flag."""
    from app.events.payloads import parse_utc

    kind = topic.rsplit("/", 1)[1]
    if kind == "online":
        return None
    b = json.loads(payload)
    if kind == "counts":
        return kind, parse_utc(b["minute_start"]) + 60.0 + tick_offset_s(b["site"])
    if kind == "audit-head":
        return kind, parse_utc(b["sent_at"])
    return kind, parse_utc(b["utc_time"])


class MemoryOutbox:
    """The outbox's calls, in memory (the benchmark measures headquarters, not the sites' disks)."""

    def __init__(self) -> None:
        self._rows: dict[int, tuple] = {}
        self._seq = 0

    def put(self, message_id: str, topic: str, payload: bytes) -> int:
        self._seq += 1
        self._rows[self._seq] = (message_id, topic, payload)
        return self._seq

    def ack(self, seq: int) -> None:
        self._rows.pop(seq, None)

    def pending(self) -> list:
        return []

    def __len__(self) -> int:
        return len(self._rows)

    def close(self) -> None:
        pass


# -- publishers ---------------------------------------------------------------------------------------

def publishers_main(url: str, sites: list[int], entrances: int, phase_s: float, multipliers: list[float],
                    rate_per_entrance_s: float, seed: int, ready, go, t0_value) -> None:
    from app.events import EventPublisher, EventsSettings

    rng = random.Random(seed)
    names = ENTRANCE_NAMES[:entrances]
    pubs = {}
    for i in sites:
        s = site_id(i)
        settings = EventsSettings(mqtt_url=url, site_id=s, reconnect_max_s=2.0)
        pub = EventPublisher(settings, s, MemoryOutbox(), entrances=names)
        pub.start()
        pubs[s] = pub
    deadline = time.monotonic() + 30
    while not all(p.connected for p in pubs.values()):
        if time.monotonic() > deadline:
            raise SystemExit("bench_hq: publishers did not connect within 30 s")
        time.sleep(0.05)
    now = time.time()
    for s, pub in pubs.items():
        for name in names:
            pub.camera_state(name, "live", "", now)
        pub.audit_head(1, "0" * 64, now)
    ready.set()
    go.wait()  # every process is connected and has said its start: the phases begin together
    t0 = t0_value.value
    phases = [(t0 + k * phase_s, t0 + (k + 1) * phase_s, m) for k, m in enumerate(multipliers)]
    done_at = phases[-1][1]
    now = time.time()
    events: list[tuple[float, int, str, tuple]] = []  # (when, tie, kind, args)
    n = 0

    def at(when: float, kind: str, *args) -> None:
        nonlocal n
        n += 1
        heapq.heappush(events, (when, n, kind, args))

    total_entrances = len(sites) * entrances
    first_minute = math.floor(now / 60.0) * 60.0 + 60.0
    for s in pubs:
        at(first_minute + tick_offset_s(s), "counts", s, first_minute - 60.0)
        at(now + rng.uniform(0, 600), "head", s)
    at(now + rng.expovariate(total_entrances / STATE_EVERY_S), "state")
    for start, end, multiplier in phases:
        t = start
        while True:
            t += rng.expovariate(total_entrances * rate_per_entrance_s * multiplier)
            if t >= end:
                break
            at(t, "alarm")
    seq = 0
    while events:
        when, _, kind, args = heapq.heappop(events)
        if when >= done_at:
            break
        delay = when - time.time()
        if delay > 0:
            time.sleep(delay)
        if kind == "counts":
            s, minute = args
            for name in names:
                screened = rng.randint(0, 3)  # about one person a minute
                retry = {"too_far": 1} if screened and rng.random() < 0.2 else {}
                elevated = 1 if screened > len(retry) and rng.random() < 0.015 else 0
                pubs[s].counts(name, minute, screened, screened - elevated - len(retry), elevated, retry)
            at(minute + 120.0 + tick_offset_s(s), "counts", s, minute + 60.0)
        elif kind == "head":
            (s,) = args
            seq += 1
            pubs[s].audit_head(seq, f"{seq:064x}", time.time())
            at(when + 600.0, "head", s)
        elif kind == "state":
            s = rng.choice(list(pubs))
            pubs[s].camera_state(rng.choice(names), rng.choice(["live", "reconnecting", "warming_up"]), "",
                                 time.time())
            at(when + rng.expovariate(total_entrances / STATE_EVERY_S), "state")
        elif kind == "alarm":
            s = rng.choice(list(pubs))
            uid = f"{s}-{seq}-{rng.getrandbits(32):08x}"
            seq += 1
            name = rng.choice(names)
            pubs[s].alarm(uid, time.time(), name, "absolute", 37.7, round(rng.uniform(37.7, 39.0), 2),
                          message_id=f"{uid}-alarm")
            at(when + rng.uniform(10.0, 40.0), "resolution", s, name, uid)
        elif kind == "resolution":
            s, name, uid = args
            action, result = rng.choice(RESOLUTIONS)
            pubs[s].resolution(uid, time.time(), name, action, result, None, message_id=f"{uid}-resolution")
    for pub in pubs.values():
        pub.stop(timeout_s=2.0)


# -- headquarters and the baseline ------------------------------------------------------------------

def hq_main(url: str, sites: int, entrances: int, preload_min: int, ready, stop, results) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.events import payloads as p
    from app.events.topics import slug
    from app.hq.client import HqSubscriber
    from app.hq.model import HqModel
    from app.hq.window import HqWindow

    app = QApplication([])
    model = HqModel(PREFIX)
    now = time.time()
    midnight = time.mktime(time.localtime(now)[:3] + (0, 0, 0, 0, 0, -1))
    minutes = max(0, min(preload_min, int((now - midnight) // 60) - 2))
    first = math.floor(now / 60.0) * 60.0 - 60.0 * (minutes + 1)
    t0 = time.perf_counter()
    for m in range(minutes):  # what a window open since the morning holds
        minute = first + 60.0 * m
        for i in range(sites):
            s = site_id(i)
            for name in ENTRANCE_NAMES[:entrances]:
                e = slug(name)
                body = p.encode(p.counts_body(s, e, name, minute, 1, 1, 0, {}))
                model.handle(f"{PREFIX}/{s}/{e}/counts", body, now=minute + 60.0)
    preload_s = time.perf_counter() - t0
    handled: list[tuple[str, bytes, float, float]] = []
    records: list[tuple[str, float, float, float, float]] = []  # kind, sent, received, in model, shown
    refresh_ms: list[tuple[float, float]] = []
    original = model.handle

    def handle(topic, payload, *, retained=False, now=None):
        changed = original(topic, payload, retained=retained, now=now)
        if not retained:
            handled.append((topic, payload, now, time.time()))
        return changed

    model.handle = handle

    class MeasuredWindow(HqWindow):
        def refresh(self, now=None) -> None:
            t = time.perf_counter()
            super().refresh(now)
            shown = time.time()
            refresh_ms.append((shown, (time.perf_counter() - t) * 1000.0))
            for topic, payload, received, in_model in handled:
                bt = body_time(topic, payload)
                if bt is not None:
                    records.append((bt[0], bt[1], received, in_model, shown))
            handled.clear()

    sub = HqSubscriber(url, topic_prefix=PREFIX, client_id="bench-hq")
    window = MeasuredWindow(model, sub)
    window.resize(1600, 950)
    window.show()
    sub.start()
    cpu: list[tuple[float, float]] = []

    def sample() -> None:
        t = os.times()
        cpu.append((time.time(), t.user + t.system))
        if sub.connected and not ready.is_set():
            ready.set()
        if stop.is_set():
            app.quit()

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(100)
    app.exec()
    sub.stop()
    results.put({"who": "hq", "records": records, "cpu": cpu, "refresh_ms": refresh_ms, "preload_min": minutes,
                 "preload_s": preload_s, "rejected": model.rejected, "duplicates": model.duplicates,
                 "open_alarms": len(model.open_alarms()), "counts_held": sum(len(v) for v in model._minutes.values())})


def baseline_main(url: str, ready, stop, results) -> None:
    import paho.mqtt.client as mqtt

    from app.events.config import parse_broker_url

    got: list[tuple[str, bytes, float]] = []
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-baseline", protocol=mqtt.MQTTv311)
    client.on_connect = lambda c, u, f, rc, p: c.subscribe(f"{PREFIX}/+/#", qos=1)
    client.on_subscribe = lambda c, u, mid, rcs, p: ready.set()
    client.on_message = lambda c, u, m: got.append((m.topic, bytes(m.payload), time.time())) if not m.retain else None
    broker = parse_broker_url(url)
    client.connect(broker.host, broker.port, keepalive=30)
    client.loop_start()
    stop.wait()
    client.disconnect()
    client.loop_stop()
    t = os.times()
    records = []
    for topic, payload, received in got:
        bt = body_time(topic, payload)
        if bt is not None:
            records.append((bt[0], bt[1], received))
    results.put({"who": "baseline", "records": records, "cpu_s": t.user + t.system})


# -- the driver -----------------------------------------------------------------------------------------

def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, max(0, math.ceil(q / 100.0 * len(v)) - 1))]


def cpu_share(samples: list[tuple[float, float]], start: float, end: float) -> float:
    inside = [s for s in samples if start <= s[0] <= end]
    if len(inside) < 2:
        return float("nan")
    (t0, c0), (t1, c1) = inside[0], inside[-1]
    return (c1 - c0) / (t1 - t0) if t1 > t0 else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=60)
    ap.add_argument("--entrances", type=int, default=4, choices=range(1, len(ENTRANCE_NAMES) + 1))
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--phase-s", type=float, default=60.0)
    ap.add_argument("--people-per-min", type=float, default=1.0)
    ap.add_argument("--alarm-share", type=float, default=0.015)
    ap.add_argument("--multipliers", default="1,10", help="the alarm rate of each phase, times the realistic one")
    ap.add_argument("--preload-min", type=int, default=240, help="minutes of counts HQ holds at start (open since the morning)")
    a = ap.parse_args()
    from tests.events_broker import MOSQUITTO, Mosquitto

    if MOSQUITTO is None:
        raise SystemExit("bench_hq: mosquitto is not installed (Debian/Ubuntu: apt-get install mosquitto)")
    ctx = mp.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="bench-hq-") as tmp:
        broker = Mosquitto(Path(tmp) / "broker").start()
        try:
            return run(a, ctx, broker)
        finally:
            broker.stop()


def run(a, ctx, broker) -> int:
    results = ctx.Queue()
    stop = ctx.Event()
    hq_ready, base_ready = ctx.Event(), ctx.Event()
    t_start = time.time()
    hq = ctx.Process(target=hq_main, args=(broker.url, a.sites, a.entrances, a.preload_min, hq_ready, stop, results))
    base = ctx.Process(target=baseline_main, args=(broker.url, base_ready, stop, results))
    hq.start()
    base.start()
    if not (hq_ready.wait(120) and base_ready.wait(30)):
        stop.set()
        raise SystemExit("bench_hq: headquarters or the baseline subscriber did not connect")
    rate = a.people_per_min * a.alarm_share / 60.0  # alarms per entrance per second
    multipliers = [float(x) for x in a.multipliers.split(",")]
    groups = [list(range(a.sites))[k::a.processes] for k in range(a.processes)]
    pubs = []
    go, t0_value = ctx.Event(), ctx.Value("d", 0.0)
    for k, group in enumerate(groups):
        ready = ctx.Event()
        pr = ctx.Process(target=publishers_main, args=(broker.url, group, a.entrances, a.phase_s, multipliers, rate,
                                                       k + 1, ready, go, t0_value))
        pr.start()
        pubs.append((pr, ready))
    for pr, ready in pubs:
        if not ready.wait(120):
            stop.set()
            raise SystemExit("bench_hq: a publisher process did not start")
    t0 = time.time() + 3.0  # the start's retained states and heads are in before the first phase
    t0_value.value = t0
    go.set()
    phases = [(t0 + k * a.phase_s, t0 + (k + 1) * a.phase_s, m) for k, m in enumerate(multipliers)]
    done_at = phases[-1][1]
    print(f"bench_hq: {a.sites} sites x {a.entrances} entrances in {a.processes} processes; "
          f"{a.people_per_min:g} person/min/entrance, {a.alarm_share:.1%} elevated -> "
          f"{rate * 60 * a.sites * a.entrances:.1f} alarms/min at 1x; cpus {os.cpu_count()}, "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    for pr, _ in pubs:
        pr.join(done_at - time.time() + 30)
    time.sleep(3.0)  # the last messages reach both subscribers
    stop.set()
    got = {r["who"]: r for r in (results.get(timeout=60) for _ in range(2))}
    hq.join(20)
    base.join(20)
    h, b = got["hq"], got["baseline"]
    print(f"HQ preloaded {h['preload_min']} min of counts ({h['counts_held']} minute bodies held at the end, "
          f"{h['preload_s']:.1f} s to load); refused {h['rejected']}, repeats dropped {h['duplicates']}, "
          f"open alarms at the end {h['open_alarms']}; run {time.time() - t_start:.0f} s")
    header = (f"{'phase':<6}{'msgs':>6}{'msg/s':>7}{'peak/s':>7}{'alarms':>7}  {'latency ms p50 / p99 / max':<36}"
              f"{'HQ CPU':>8}{'refresh ms p50/p99':>20}")
    print(header)
    for start, end, mult in phases:
        label = f"{mult:g}x"
        recs = [r for r in h["records"] if start <= r[1] < end]
        per_second: dict[int, int] = {}
        for r in recs:
            per_second[int(r[2])] = per_second.get(int(r[2]), 0) + 1
        base_recs = [r for r in b["records"] if start <= r[1] < end]
        alarms = [r for r in recs if r[0] == "alarm"]
        refresh = [ms for t, ms in h["refresh_ms"] if start <= t < end + 2]
        cpu = cpu_share(h["cpu"], start, end)
        rows = [("baseline", [r[2] - r[1] for r in base_recs]), ("HQ paho", [r[2] - r[1] for r in recs]),
                ("HQ model", [r[3] - r[1] for r in recs]), ("HQ shown", [r[4] - r[1] for r in recs]),
                ("alarm shown", [r[4] - r[1] for r in alarms])]
        for i, (what, lat) in enumerate(rows):
            ms = [x * 1000.0 for x in lat]
            first = (f"{label:<6}{len(recs):>6}{len(recs) / (end - start):>7.1f}{max(per_second.values(), default=0):>7}"
                     f"{len(alarms):>7}  " if i == 0 else " " * 35)
            tail = (f"{cpu:>7.1%}{statistics.median(refresh):>10.1f} / {pct(refresh, 99):<8.1f}"
                    if i == 0 and refresh else "")
            print(f"{first}{what:<12}{pct(ms, 50):>7.0f} / {pct(ms, 99):>6.0f} / {max(ms, default=float('nan')):>6.0f}"
                  f"   {tail}")
        shown99, base99 = pct([r[4] - r[1] for r in recs], 99), pct([r[2] - r[1] for r in base_recs], 99)
        print(f"{'':<35}HQ shown p99 / baseline p99 = {shown99 / base99 if base99 else float('nan'):.1f}x; "
              f"target p99 <= 1000 ms: {'met' if shown99 <= 1.0 else 'NOT met'}")
    print(f"baseline subscriber CPU over the run: {b['cpu_s']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
