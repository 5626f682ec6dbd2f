"""The layering rule: the engine and the simulator import no Qt, vispy or pyqtgraph."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    # beside this interpreter first: a virtual environment's scripts are not on PATH unless activated
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if lint is None:
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    p = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "KEPT" in p.stdout


def test_engine_imports_without_qt_in_a_fresh_interpreter():
    code = (
        "import sys, app.core.engine, app.core.recording, app.replay, app.core.flir, app.sim; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'vispy', 'pyqtgraph', 'shiboken6')]; "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_without_a_display_qt_test_files_are_skipped_with_the_reason_not_aborted(tmp_path):
    """The README's test command on a machine with no X server: a summary, never 'Fatal Python error'."""
    import os

    bin_dir = tmp_path / "bin"  # a PATH with this interpreter and no Xvfb on it
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PATH"] = str(bin_dir)
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
                        "tests/test_console.py", "tests/test_calibration.py::test_auc_hand_computed"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-3000:]
    assert "Fatal Python error" not in out
    assert "1 passed, 1 skipped" in out and "Qt cannot open a window here" in out
