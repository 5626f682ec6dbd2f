"""The headquarters window with simulated sites publishing through a real Mosquitto (run under xvfb-run).

    xvfb-run -a python docs/screenshots/make_hq_screenshot.py docs/screenshots/hq.png

Four sites publish states, alarms and counts through the events publisher
(nothing staged in the window); one of them stops, so it shows unreachable.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SITES = {
    "North gate": [("Main entrance", "live"), ("Staff entrance", "live"), ("Loading dock", "warming_up")],
    "Library": [("Reading room", "live"), ("Visitors", "bypassed")],
    "Clinic B": [("Front door", "live"), ("Emergency", "offline")],
    "Sports hall": [("Main entrance", "live"), ("Changing rooms", "live")],
}


def main(out: str) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="canthus-hq-shot-"))
    os.environ["CANTHUS_DATA_DIR"] = str(tmp / "data")
    os.environ["CANTHUS_KEY_DIR"] = str(tmp / "keys")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from app.events import EventPublisher, EventsSettings, Outbox
    from app.hq.app import run_hq
    from app.store import open_store
    from tests.events_broker import Mosquitto

    broker = Mosquitto(tmp / "broker").start()
    publishers, stores = [], []
    for i, site in enumerate(SITES):
        store = open_store(tmp / f"site{i}")
        stores.append(store)
        pub = EventPublisher(EventsSettings(mqtt_url=broker.url), site, Outbox.for_store(store))
        publishers.append(pub)

    def sites_publish() -> None:
        time.sleep(1.5)  # headquarters is subscribed by then
        now = time.time()
        minute = now - now % 60
        for i, (pub, entrances) in enumerate(zip(publishers, SITES.values())):
            pub.start()
            for j, (name, state) in enumerate(entrances):
                detail = {"warming_up": "camera warming up (12 min left)", "bypassed": "bypassed by a guard",
                          "offline": "no frame for 40 s"}.get(state, "")
                pub.camera_state(name, state, detail, now - 60 * j)
                for k in range(1, 4):
                    pub.counts(name, minute - 60 * k, 20 + 7 * i + j, 18 + 7 * i + j - (k == 2), int(k == 2),
                               {"too_far": 2})
        time.sleep(0.5)
        publishers[0].alarm(17, now - 95, "Main entrance", "absolute", 37.7, 38.4)
        publishers[2].alarm(3, now - 40, "Front door", "absolute", 37.7, None)
        publishers[3].alarm(8, now - 15, "Main entrance", "relative", 37.7, 38.1)
        publishers[3].alarm(9, now - 200, "Changing rooms", "absolute", 37.7, 37.9)
        publishers[3].resolution(9, now - 150, "Changing rooms", "false_alarm", "hot_drink_or_food", None)
        time.sleep(0.5)
        publishers[1].stop()  # the library's console closes: online = false

    thread = threading.Thread(target=sites_publish, daemon=True)
    thread.start()
    try:
        return run_hq(broker.url, data_dir=tmp / "hq", grace_s=180, quit_after_s=5.0, screenshot=out)
    finally:
        thread.join(10)
        for pub in publishers:
            pub.stop()
        for store in stores:
            store.close()
        broker.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "hq.png"))
