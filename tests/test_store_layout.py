"""The store package's layout: one module per responsibility, no import circle, the public names unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def fresh(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("module", ["app.store.audit", "app.store.pin", "app.store.schema", "app.store.settings",
                                    "app.store.writer"])
def test_a_submodule_imports_without_the_whole_package(module):
    """The package's __init__ loads nothing eagerly, so audit (which the store uses) never runs back into it."""
    p = fresh(f"import sys, {module}; "
              "print(sorted(m for m in sys.modules if m in ('app.store.store', 'app.store.report')))")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


def test_every_public_name_still_imports_from_where_other_files_take_it():
    p = fresh(
        "from app.store import (ACTIONS_KNOWN, ALERT_OUTCOMES, DEFAULT_POLICY, ENV_DATA_DIR, FILENAME, MIGRATIONS, "
        "OVERRIDE_REASONS, RetentionPolicy, Store, audit_head, default_data_dir, open_store, resolve_data_dir, "
        "schema_version, verify_audit, write_report, check_supervisor, ScreeningSettings, StoreWriter)\n"
        "from app.store.store import (OVERRIDE_REASONS, READING_RANGE_C, Store, parse_iso, utc, iso, hour_key, "
        "ACTIONS_KNOWN, ALERT_CLOSING, ALERT_OUTCOMES, ENV_DATA_DIR, open_store, resolve_data_dir, default_data_dir, "
        "override_code, encode_image, decode_image, UTC)\n"
        "import app.store as s\n"
        "missing = [n for n in s.__all__ if not hasattr(s, n)]\n"
        "assert set(s.__all__) == set(s._EXPORTS)\n"
        "assert not missing, missing\n"
    )
    assert p.returncode == 0, p.stderr


def test_the_store_keeps_every_method_the_console_views_and_cli_call():
    from app.store import Store

    used = ["close", "now", "pragmas", "retention", "set_retention", "screening_settings", "save_screening_settings",
            "record_decision", "raise_alert", "escalate_alert", "close_alert", "record_action",
            "record_config_change", "record_camera_state", "record_reference_check", "set_supervisor_pin",
            "has_supervisor_pin", "pin_status", "check_supervisor_pin", "purge", "verify", "audit_head",
            "audit_records", "history", "image", "actions", "config_changes", "camera_states", "reference_checks",
            "purges", "calibration_pairs", "counts", "export_csv", "export_pairs_csv"]
    assert [m for m in used if not hasattr(Store, m)] == []


def test_domain_words_and_ranges_come_from_the_vocabulary(data_dir):
    from app.core.errors import CanthusError
    from app.core.vocabulary import OVERRIDE_REASONS, THERMOMETER_RANGE_C
    from app.store import open_store
    from app.store import store as store_mod

    assert store_mod.OVERRIDE_REASONS is OVERRIDE_REASONS
    assert store_mod.READING_RANGE_C == THERMOMETER_RANGE_C
    lo, hi = THERMOMETER_RANGE_C
    with open_store(auto_purge_s=None) as s:
        with pytest.raises(CanthusError, match=f"not a body temperature in °C \\({lo:g}-{hi:g}\\)"):
            s.record_action("anna", "secondary_check", reading_c=hi + 1.0)
        assert isinstance(s.record_action("anna", "secondary_check", reading_c=hi), int)
