"""Shared fixtures. Real third-party data lies in ../shared/data beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data folder {SHARED_DATA} is absent (it ships beside the repo, not in it)")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every store lives in tmp; a test that reaches the real per-user data folder fails."""
    import app.store.store as store_mod

    d = tmp_path / "data"
    monkeypatch.setenv("CANTHUS_DATA_DIR", str(d))

    def forbidden():
        raise AssertionError("a test reached the real per-user data folder")

    monkeypatch.setattr(store_mod, "default_data_dir", forbidden)
    return d
