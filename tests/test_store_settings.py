"""Screening settings persisted in the store: typed, audited once per changed key, re-read after a restart."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

import app.store.schema as schema
from app.core.engine import Decision
from app.core.oral import FOREHEAD_MODEL, OFFSET_MODEL
from app.core.vocabulary import DEFAULT_LIMIT_C, LIMIT_RANGE_C
from app.store import FILENAME, RetentionPolicy, open_store
from app.store.settings import ScreeningSettings

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> datetime:
        return self.t


def opened(clock=None, **kw):
    return open_store(clock=clock or Clock(), auto_purge_s=None, **kw)


def changes(store) -> list[tuple]:
    return [(c["key"], c["old_value"], c["new_value"], c["who"], c["why"]) for c in store.config_changes()
            if c["key"] != "retention" or c["who"] != "canthus"]


def test_defaults_and_validation():
    s = ScreeningSettings()
    assert (s.limit_c, s.rule, s.retention, s.oral_model) == (DEFAULT_LIMIT_C, "absolute", RetentionPolicy(), None)
    assert ScreeningSettings(limit_c=LIMIT_RANGE_C[0]).limit_c == LIMIT_RANGE_C[0]
    for bad, what in [({"limit_c": 37.75}, "0.1 °C steps"), ({"limit_c": LIMIT_RANGE_C[1] + 0.1}, "less than"),
                      ({"limit_c": float("nan")}, "finite"), ({"rule": "loud"}, "absolute"),
                      ({"retention": {"mode": "none", "hours": 1, "keep_images": True}}, "cannot keep images"),
                      ({"oral_model": {"offset_c": 1.0}}, "not an oral model"),
                      ({"oral_model": {**OFFSET_MODEL.to_dict(), "offset_c": float("inf")}}, "finite number"),
                      ({"oral_model": {**OFFSET_MODEL.to_dict(), "colour": 1}}, "unknown oral model fields colour"),
                      ({"oral_model": {**FOREHEAD_MODEL.to_dict(), "colour": 1}}, "unknown forehead model fields colour"),
                      ({"oral_model": {**FOREHEAD_MODEL.to_dict(), "fallback": 1.31}}, "fallback must be a table"),
                      ({"oral_model": {**FOREHEAD_MODEL.to_dict(),
                                       "fallback": {**OFFSET_MODEL.to_dict(), "slope": "x"}}}, "fallback model slope"),
                      ({"oral_model": {k: v for k, v in FOREHEAD_MODEL.to_dict().items() if k != "fallback"}},
                       "needs its fallback"),
                      ({"threshold": 38.0}, "Extra inputs")]:
        with pytest.raises(ValidationError, match=what):
            ScreeningSettings(**bad)
    with pytest.raises(ValidationError):
        s.limit_c = 38.0  # frozen


def test_nothing_saved_is_none_and_a_save_survives_reopening(data_dir):
    clock = Clock()
    model = {**OFFSET_MODEL.to_dict(), "offset_c": 1.45, "provenance": "refit on 36 site pairs"}
    with opened(clock) as s:
        assert s.screening_settings() is None
        site = ScreeningSettings(limit_c=37.5)  # what the site file says
        saved = s.save_screening_settings(
            ScreeningSettings(limit_c=38.0, rule="relative", oral_model=model), "Maria (supervisor)",
            "site policy", in_force=site)
        assert saved == ScreeningSettings(limit_c=38.0, rule="relative", oral_model=model)
        assert saved.model().offset_c == 1.45
        assert changes(s) == [("limit_c", 37.5, 38.0, "Maria (supervisor)", "site policy"),
                              ("rule", "absolute", "relative", "Maria (supervisor)", "site policy"),
                              ("oral_model", None, model, "Maria (supervisor)", "site policy")]
    with opened(clock) as s:  # a restart
        assert s.screening_settings() == saved
        ok, msg, _ = s.verify()
        assert ok, msg


def test_only_changed_keys_are_audited_in_one_transaction(data_dir):
    with opened() as s:
        first = s.save_screening_settings(ScreeningSettings(limit_c=38.0), "Maria", "policy")
        n_audit = len(s.audit_records())
        again = s.save_screening_settings(first, "Maria", "pressed save twice")
        assert again == first
        assert [c["key"] for c in s.config_changes() if c["who"] == "Maria"] == ["limit_c"]
        kinds = [r["kind"] for r in s.audit_records()[n_audit:]]
        assert kinds == ["settings_saved"]  # the row, re-saved; no change audited
        s.save_screening_settings(first.model_copy(update={"rule": "relative", "limit_c": 37.8}), "Jo", "winter")
        assert [(c["key"], c["old_value"], c["new_value"]) for c in s.config_changes() if c["who"] == "Jo"] == [
            ("limit_c", 38.0, 37.8), ("rule", "absolute", "relative")]
        assert s.verify()[0]


def test_a_failed_save_changes_nothing(data_dir, monkeypatch):
    with opened() as s:
        s.save_screening_settings(ScreeningSettings(limit_c=38.0), "Maria", "policy")
        before = (s.screening_settings(), len(s.audit_records()), len(s.config_changes()))
        real = s._set_retention

        def fail(*a, **k):
            real(*a, **k)
            raise RuntimeError("power cut half way")

        monkeypatch.setattr(s, "_set_retention", fail)
        with pytest.raises(RuntimeError):
            s.save_screening_settings(ScreeningSettings(limit_c=36.0, retention=RetentionPolicy("all")), "X", "y")
        assert (s.screening_settings(), len(s.audit_records()), len(s.config_changes())) == before
        assert s.retention == RetentionPolicy()
        assert s.verify()[0]


def test_retention_saved_with_the_settings_purges_as_set_retention_does(data_dir):
    d = Decision(camera="north", subject=1, t=1.0, seq=1, verdict="normal", reason="measured", instruction="",
                 canthus_c=35.6, estimate_c=36.9, rule="absolute", limit_c=37.7, alarm_level_c=37.5)
    with opened(retention=RetentionPolicy("all")) as s:
        s.record_decision(d, T0)
        new = ScreeningSettings(retention=RetentionPolicy("alarms", hours=12))
        saved = s.save_screening_settings(new, "DPO", "Garante guidance")
        assert saved.retention == s.retention == RetentionPolicy("alarms", hours=12)
        change = s.config_changes(key="retention")[-1]
        assert (change["who"], change["old_value"]["mode"], change["new_value"]) == (
            "DPO", "all", {"mode": "alarms", "hours": 12.0, "keep_images": False})
        assert s.purge()["decisions"] == 1  # the normal decision the new policy no longer keeps
        # set_retention still works, and what it sets is the saved settings' retention.
        s.set_retention(RetentionPolicy("none"), "DPO", "stricter")
        assert s.screening_settings().retention == RetentionPolicy("none")
        assert s.verify()[0]


def test_settings_altered_outside_the_store_fail_verification(data_dir):
    with opened() as s:
        s.save_screening_settings(ScreeningSettings(limit_c=38.5), "Maria", "policy")
    with sqlite3.connect(data_dir / FILENAME) as c:
        c.execute("UPDATE screening_settings SET limit_c = 39.0")
    c.close()
    with opened() as s:
        ok, msg, seq = s.verify()
    assert not ok and "screening_settings row 1 was altered" in msg


def test_a_schema_2_store_opens_and_migrates(data_dir, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        with opened() as s:
            assert s.pragmas()["user_version"] == 2
            s.record_config_change("Maria", "limit_c", 37.7, 38.0, "before settings were kept")
    with opened() as s:
        assert s.pragmas()["user_version"] == schema.schema_version()
        assert s.screening_settings() is None
        last = json.loads(s.audit_records()[-1]["payload"])
        assert (last["kind"], last["from"], last["to"]) == ("schema_migrated", 4, 5)  # 2 -> 3 -> 4 -> 5
        s.save_screening_settings(ScreeningSettings(limit_c=38.0), "Maria", "now kept",
                                  in_force=ScreeningSettings(limit_c=38.0))
        assert s.screening_settings().limit_c == 38.0
        assert [c["key"] for c in s.config_changes() if c["who"] == "Maria"] == ["limit_c"]  # the old one only
        assert s.verify()[0]
    assert (data_dir / f"{FILENAME}.v2.bak").is_file()


def test_bad_arguments_are_refused_by_name(data_dir):
    with opened() as s:
        with pytest.raises(TypeError, match="ScreeningSettings"):
            s.save_screening_settings({"limit_c": 38.0}, "Maria", "x")
        with pytest.raises(Exception, match="who changed the settings must not be empty"):
            s.save_screening_settings(ScreeningSettings(), " ", "x")
        assert s.screening_settings() is None
