"""The event store and audit trail (see docs/store.md).

No Qt here: the console, the CLI and tests use it alike.
"""

from app.store.audit import audit_head, verify_audit
from app.store.report import write_report
from app.store.retention import DEFAULT_POLICY, RetentionPolicy
from app.store.schema import FILENAME, MIGRATIONS, schema_version
from app.store.store import (
    ACTIONS_KNOWN, ALERT_OUTCOMES, ENV_DATA_DIR, OVERRIDE_REASONS, Store, default_data_dir, open_store,
    resolve_data_dir,
)

__all__ = [
    "ACTIONS_KNOWN", "ALERT_OUTCOMES", "DEFAULT_POLICY", "ENV_DATA_DIR", "FILENAME", "MIGRATIONS",
    "OVERRIDE_REASONS", "RetentionPolicy", "Store", "audit_head", "default_data_dir", "open_store",
    "resolve_data_dir", "schema_version", "verify_audit", "write_report",
]
