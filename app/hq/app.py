"""``canthus hq --broker URL``: the headquarters window, and its command-line options.

The CLI wires it in two lines::

    from app.hq import add_hq_arguments, run_hq_from_args
    add_hq_arguments(sub.add_parser("hq", help="..."))      # then: "hq": run_hq_from_args
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.core.errors import CanthusError
from app.hq.model import DEFAULT_GRACE_S

ANCHORS_FILE = "hq-anchors.jsonl"


def hq_data_dir(data_dir: str | os.PathLike | None) -> Path:
    """Headquarters' own folder: ``DATA_DIR/hq`` (the console's data folder rules: --data-dir, $CANTHUS_DATA_DIR...)."""
    from app.store import resolve_data_dir

    return resolve_data_dir(data_dir) / "hq"


def add_hq_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--broker", metavar="URL", help="the MQTT broker: mqtt://HOST[:PORT] or mqtts://HOST[:PORT]")
    parser.add_argument("--topic-prefix", default="canthus", help="the sites' topic_prefix (default canthus)")
    parser.add_argument("--ca-file", metavar="PEM", help="the CA certificate of an mqtts:// broker")
    parser.add_argument("--username", help="headquarters' broker account (its password: in the OS keyring, "
                                           "canthus credentials set mqtt://USER@HOST)")
    parser.add_argument("--data-dir", dest="hq_data_dir", metavar="DIR",
                        help="where headquarters keeps the audit anchors it received (default: the data folder/hq)")
    parser.add_argument("--grace", type=float, default=DEFAULT_GRACE_S, metavar="S",
                        help=f"seconds without a report before a site is unreachable (default {DEFAULT_GRACE_S:.0f})")
    parser.add_argument("--export-anchors", metavar="FILE",
                        help="write the audit anchors received so far to FILE and exit (for canthus audit "
                             "verify --anchors FILE at the site)")
    parser.add_argument("--site", dest="anchor_site", metavar="SITE_ID", help="with --export-anchors: one site's")
    return parser


def run_hq_from_args(a: argparse.Namespace) -> int:
    """Run what :func:`add_hq_arguments` parsed."""
    if a.export_anchors:
        from app.events.anchors import AnchorLog

        log = AnchorLog(hq_data_dir(a.hq_data_dir) / ANCHORS_FILE)
        n = log.export(a.export_anchors, site=a.anchor_site)
        print(f"{n} audit anchors written to {a.export_anchors}")
        return 0
    if not a.broker:
        raise CanthusError("canthus hq needs --broker URL (mqtt://HOST[:PORT] or mqtts://HOST[:PORT])")
    if not 1.0 <= a.grace <= 86400.0:
        raise CanthusError(f"--grace: {a.grace} s is not between 1 and 86400")
    return run_hq(a.broker, topic_prefix=a.topic_prefix, ca_file=a.ca_file, username=a.username,
                  data_dir=a.hq_data_dir, grace_s=a.grace)


def run_hq(broker_url: str, *, topic_prefix: str = "canthus", ca_file: str | None = None,
           username: str | None = None, data_dir: str | os.PathLike | None = None,
           grace_s: float = DEFAULT_GRACE_S, quit_after_s: float | None = None,
           screenshot: str | os.PathLike | None = None) -> int:
    """Open the headquarters window on ``broker_url`` until it is closed; the exit code."""
    from app.events.anchors import AnchorLog
    from app.events.config import PREFIX_RE, keyring_account, parse_broker_url
    from app.hq.client import HqSubscriber
    from app.hq.model import HqModel
    from app.sources.credentials import get_camera_password
    from app.ui.app import _check_display

    if not PREFIX_RE.match(topic_prefix):
        raise CanthusError(f"--topic-prefix {topic_prefix!r}: topic levels of letters, digits, _ and -, no wildcard")
    try:
        broker = parse_broker_url(broker_url)
    except ValueError as e:
        raise CanthusError(f"--broker: {e}") from None
    password = get_camera_password(keyring_account(broker, username)) if username else None
    anchors = AnchorLog(hq_data_dir(data_dir) / ANCHORS_FILE)
    subscriber = HqSubscriber(broker_url, topic_prefix=topic_prefix, ca_file=ca_file, username=username,
                              password=password)
    model = HqModel(topic_prefix, grace_s=grace_s, anchors=anchors)
    _check_display()
    from PySide6.QtWidgets import QApplication

    from app.hq.window import HqWindow
    from app.ui.theme import STYLESHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Canthus")
    app.setApplicationName("Canthus headquarters")
    app.setStyleSheet(STYLESHEET)
    window = HqWindow(model, subscriber, broker=str(broker))
    from app.ui.app import close_after, show_on_screen

    subscriber.start()
    show_on_screen(window, (1600, 950))

    close_after(window, quit_after_s, screenshot, before=window.refresh)
    try:
        return app.exec()
    finally:
        subscriber.stop()
