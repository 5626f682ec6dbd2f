"""resources/site-example.toml documents every key of every table, and loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.config import (
    EngineConfig,
    ReferenceConfig,
    ReferenceSearchConfig,
    RelativeRuleConfig,
)
from app.core.errors import CanthusError
from app.site import (
    MIGRATIONS,
    CameraConfig,
    RecordingSourceConfig,
    SimSourceConfig,
    SiteConfig,
    load_site,
)
from app.sources.registry import settings_classes

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "site-example.toml"


def with_optional_blocks(tmp_path: Path) -> Path:
    text = re.sub(r"(?m)^#: ", "", EXAMPLE.read_text("utf-8"))
    (tmp_path / "recordings").mkdir()
    for name in ("door.seq", "door.h5"):
        (tmp_path / "recordings" / name).write_bytes(b"")  # existence is checked at load, contents at open
    (tmp_path / "camera-ca.pem").write_text("")
    p = tmp_path / "site.toml"
    p.write_text(text, "utf-8")
    return p


def test_the_example_loads_as_it_is_and_with_every_optional_block(tmp_path):
    site = load_site(EXAMPLE)
    assert [c.source.kind for c in site.camera] == ["sim", "uvc", "isapi", "gige", "rtsp"]
    full = load_site(with_optional_blocks(tmp_path))
    assert [c.source.kind for c in full.camera] == ["sim", "uvc", "isapi", "gige", "rtsp", "file", "recording"]
    assert full.camera[0].engine.reference is not None and full.camera[5].source.reference is not None


def test_every_key_of_every_table_is_in_the_example():
    text = EXAMPLE.read_text("utf-8")
    written = set(re.findall(r"(?m)^(?:#: )?\s*([a-z_0-9]+)\s*=", text))
    written |= {h.split(".")[-1] for h in re.findall(r"(?m)^(?:#: )?\s*\[+([a-z_.]+)\]+", text)}
    models = [SiteConfig, CameraConfig, EngineConfig, RelativeRuleConfig, ReferenceConfig, ReferenceSearchConfig,
              SimSourceConfig,
              RecordingSourceConfig, *settings_classes()]
    missing = {f"{m.__name__}.{k}" for m in models for k in m.model_fields if k not in written}
    assert not missing, f"keys not documented in {EXAMPLE.name}: {sorted(missing)}"


def test_a_newer_schema_is_refused_by_name(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text('schema_version = 99\n[[camera]]\nname = "a"\nsource = { kind = "sim" }\n')
    with pytest.raises(CanthusError, match="schema_version: 99 is from a newer Canthus"):
        load_site(p)


def test_an_older_schema_is_migrated(tmp_path, monkeypatch):
    """The mechanism, with a stand-in migration (version 1 is the first real one)."""
    monkeypatch.setattr("app.site.SCHEMA_VERSION", 2)
    monkeypatch.setitem(MIGRATIONS, 1, lambda d: {("name" if k == "title" else k): v for k, v in d.items()})
    p = tmp_path / "site.toml"
    p.write_text('title = "Old name"\n[[camera]]\nname = "a"\nsource = { kind = "sim" }\n')
    site = load_site(p)
    assert site.name == "Old name" and site.schema_version == 2
