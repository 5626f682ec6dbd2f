"""Shared fixtures. Real third-party data lies in ../shared/data beside the repo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# Compiled translations (.qm) go to a cache folder made once for the whole run (and its
# subprocesses), never the user's ~/.cache; one folder, so each language compiles once.
if "CANTHUS_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["CANTHUS_CACHE_DIR"] = tempfile.mkdtemp(prefix="canthus-test-cache-")

#: Why Qt cannot open a window here (None: it can). Set once per session.
_NO_DISPLAY: str | None = None
_QT_USER = re.compile(r"\b(PySide6|qtbot|qapp|vispy|pyqtgraph)\b")


def _probe_display() -> str | None:
    """Start a QApplication in a child process: a missing X server or xcb library aborts
    the process (Qt calls abort()), which must not happen inside pytest."""
    code = "from PySide6.QtWidgets import QApplication; a = QApplication([]); print(a.platformName())"
    try:
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "starting a Qt application timed out"
    if p.returncode == 0:
        return None
    lines = [ln.strip() for ln in (p.stderr or "").splitlines() if ln.strip() and "Fatal Python" not in ln]
    hint = next((ln for ln in lines if "xcb" in ln or "display" in ln.lower() or "Error" in ln), lines[-1] if lines else "")
    return (f"Qt cannot open a window here ({hint[:200]}); install Xvfb and the xcb libraries "
            "(Debian/Ubuntu: see .ci/run) and pytest-xvfb starts the display itself")


@pytest.hookimpl(trylast=True)  # after pytest-xvfb has started Xvfb and set DISPLAY
def pytest_configure(config):
    global _NO_DISPLAY
    if sys.platform.startswith("linux") and os.environ.get("QT_QPA_PLATFORM", "") in ("", "xcb"):
        _NO_DISPLAY = _probe_display()


class _SkippedModule(pytest.Module):
    def _getobj(self):
        pytest.skip(_NO_DISPLAY, allow_module_level=True)


def pytest_pycollect_makemodule(module_path, parent):
    """Test files that use Qt are skipped, with the reason, where no window can be opened."""
    if _NO_DISPLAY and module_path.name.startswith("test_") and _QT_USER.search(module_path.read_text("utf-8")):
        return _SkippedModule.from_parent(parent, path=module_path)
    return None


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


class _MemoryKeyring:
    """An in-memory keyring backend: no test reads or writes the real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def audit_keys(tmp_path, monkeypatch):
    """Every audit key and high-water mark lives in tmp (``CANTHUS_KEY_DIR``, inherited by
    subprocesses); the keyring is an in-memory one, for tests that unset the variable."""
    import keyring
    import keyring.backend

    import app.store.keys as keys_mod

    d = tmp_path / "keys"
    monkeypatch.setenv("CANTHUS_KEY_DIR", str(d))

    def forbidden():
        raise AssertionError("a test reached the real per-user config folder")

    monkeypatch.setattr(keys_mod, "default_key_dir", forbidden)
    memory = type("MemoryKeyring", (_MemoryKeyring, keyring.backend.KeyringBackend), {})()
    before = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        yield d
    finally:
        keyring.set_keyring(before)
