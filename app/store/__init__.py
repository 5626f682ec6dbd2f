"""The event store and audit trail (see docs/store.md).

No Qt here: the console, the CLI and tests use it alike. The names below are
loaded on first use, so importing one submodule (``app.store.audit``,
``app.store.pin``) does not import the whole package, and no submodule's
import runs back into this one half-initialised.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

#: name -> the submodule that defines it.
_EXPORTS = {
    "audit_head": "audit", "verify_audit": "audit",
    "write_report": "report",
    "DEFAULT_POLICY": "retention", "RetentionPolicy": "retention",
    "FILENAME": "schema", "MIGRATIONS": "schema", "schema_version": "schema",
    "ScreeningSettings": "settings",
    "check_supervisor": "pin", "PinResult": "pin",
    "StoreWriter": "writer",
    "ACTIONS_KNOWN": "store", "ALERT_OUTCOMES": "store", "ENV_DATA_DIR": "store", "OVERRIDE_REASONS": "store",
    "Store": "store", "default_data_dir": "store", "open_store": "store", "resolve_data_dir": "store",
}

__all__ = [
    "ACTIONS_KNOWN", "ALERT_OUTCOMES", "DEFAULT_POLICY", "ENV_DATA_DIR", "FILENAME", "MIGRATIONS",
    "OVERRIDE_REASONS", "PinResult", "RetentionPolicy", "ScreeningSettings", "Store", "StoreWriter",
    "audit_head", "check_supervisor", "default_data_dir", "open_store", "resolve_data_dir", "schema_version",
    "verify_audit", "write_report",
]

if TYPE_CHECKING:
    from app.store.audit import audit_head, verify_audit
    from app.store.pin import PinResult, check_supervisor
    from app.store.report import write_report
    from app.store.retention import DEFAULT_POLICY, RetentionPolicy
    from app.store.schema import FILENAME, MIGRATIONS, schema_version
    from app.store.settings import ScreeningSettings
    from app.store.store import (
        ACTIONS_KNOWN, ALERT_OUTCOMES, ENV_DATA_DIR, OVERRIDE_REASONS, Store, default_data_dir, open_store,
        resolve_data_dir,
    )
    from app.store.writer import StoreWriter


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'app.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"app.store.{module}"), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
