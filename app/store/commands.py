"""``canthus audit verify`` and ``canthus report``: handlers for the main CLI.

The main parser wires them in::

    from app.store.commands import add_commands, run_command
    add_commands(sub)                  # sub: the parser's subparsers
    ...
    if a.command in ("audit", "report"):
        return run_command(a)          # uses a.data_dir (None: default / $CANTHUS_DATA_DIR)

Errors are :class:`CanthusError` (one line; the CLI prints it, exit 2).
``audit verify`` exits 0 when the trail is intact and 1 when it is not
(altered, removed or missing confirmed records, a replaced store, a missing
key, a truncated or damaged file: each named in one line).
"""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime, timedelta

from app.core.errors import CanthusError

COMMANDS = ("audit", "report")


def add_commands(subparsers) -> None:
    """Add the ``audit`` and ``report`` subcommands to the CLI's subparsers."""
    a = subparsers.add_parser("audit", help="check the tamper-evident audit trail of the event store")
    actions = a.add_subparsers(dest="audit_command", metavar="ACTION")
    actions.required = True
    v = actions.add_parser("verify", help="check that no audit record was altered, removed or reordered and "
                                          "that the store is the one its key was made for; exit 0 if intact, 1 if not")
    v.add_argument("--anchor", metavar="SEQ:HASH", default=None,
                   help="a head published earlier (e.g. in a report): also detect a trail rewritten up to it")
    v.add_argument("--anchors", metavar="FILE", default=None,
                   help="the audit heads headquarters received from this site (canthus hq --export-anchors): "
                        "also detect a store edited, replaced or cut short after any of them left the building")
    v.add_argument("--anchors-site", metavar="SITE", default=None,
                   help="which site's heads to use when the anchors file holds several (its site_id)")

    r = subparsers.add_parser("report", help="write an aggregate HTML report a site can publish (no personal data)")
    r.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                   help="start: YYYY-MM-DD (local midnight) or an ISO date-time")
    r.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                   help="end: YYYY-MM-DD (that whole day included) or an ISO date-time (excluded)")
    r.add_argument("--out", required=True, metavar="FILE.html", help="HTML file to write")
    r.add_argument("--site-name", default=None, help="name shown in the title")
    from app.translations import LANGUAGES

    r.add_argument("--lang", default="en", choices=LANGUAGES,
                   help="language the report is written in (default en)")
    for parser in (v, r):  # also accepted after the command; the global option otherwise
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help="the event store's folder (default: per-machine data folder or CANTHUS_DATA_DIR)")


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_when(text: str, *, end: bool = False, option: str = "--from") -> datetime:
    """``YYYY-MM-DD`` (local midnight; for an end, the next midnight) or an ISO date-time."""
    text = (text or "").strip()
    try:
        if _DATE.fullmatch(text):
            d = date.fromisoformat(text)
            t = datetime(d.year, d.month, d.day)
            return (t + timedelta(days=1) if end else t).astimezone()
        return datetime.fromisoformat(text).astimezone()
    except ValueError:
        raise CanthusError(
            f"{option}: expected a date YYYY-MM-DD or an ISO date-time such as 2026-03-02T08:00, got {text!r}."
        ) from None


def _anchor(text: str | None) -> tuple[int, str] | None:
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*:\s*([0-9a-fA-F]{64})\s*", text)
    if not m:
        raise CanthusError(f"--anchor: expected SEQ:HASH (a record number and a 64-digit hex hash), got {text!r}.")
    return int(m.group(1)), m.group(2).lower()


def cmd_audit_verify(args: argparse.Namespace, anchors_check=None) -> int:
    """``anchors_check(path, anchors_file, site=...) -> (ok, line)``: checks the store against audit
    heads held elsewhere (the events layer's, passed in by the CLI: the store does not import it)."""
    from app.store.audit import audit_head, verify_audit
    from app.store.schema import FILENAME
    from app.store.store import resolve_data_dir

    path = resolve_data_dir(getattr(args, "data_dir", None)) / FILENAME
    anchor = _anchor(getattr(args, "anchor", None))
    ok, message, _seq = verify_audit(path, anchor=anchor)
    print(message)
    anchors = getattr(args, "anchors", None)
    if ok and anchors is not None:
        if anchors_check is None:
            raise CanthusError("--anchors: this command cannot read anchor files here.")
        ok, line = anchors_check(path, anchors, site=getattr(args, "anchors_site", None))
        print(line)
    if ok:
        seq, h = audit_head(path)
        print(f"head {seq}:{h}")
    return 0 if ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    from app.store.report import write_report
    from app.store.store import open_store

    start = parse_when(args.date_from, option="--from")
    end = parse_when(args.date_to, end=True, option="--to")
    if end <= start:
        raise CanthusError(f"--to ({args.date_to}) must come after --from ({args.date_from}).")
    store = open_store(getattr(args, "data_dir", None), create=False, auto_purge_s=None)
    try:
        summary = write_report(store, start, end, args.out, site_name=getattr(args, "site_name", None),
                               lang=getattr(args, "lang", "en"))
    finally:
        store.close()
    print(f"wrote {args.out}: {summary['screened']} people screened, {summary['alerts']} alerts; "
          f"audit chain {'intact' if summary['audit_ok'] else 'FAILED'} ({summary['audit_head']})")
    return 0


def run_command(args: argparse.Namespace, anchors_check=None) -> int:
    """Run ``audit verify`` or ``report``; returns the exit code."""
    if args.command == "audit":
        if getattr(args, "audit_command", None) == "verify":
            return cmd_audit_verify(args, anchors_check)
        raise CanthusError("audit: name an action (verify).")
    if args.command == "report":
        return cmd_report(args)
    raise CanthusError(f"not a store command: {args.command!r}.")
