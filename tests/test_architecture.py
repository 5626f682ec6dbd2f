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
        "import sys, app.core.engine, app.core.recording, app.core.replay, app.core.flir, app.sim; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'vispy', 'pyqtgraph', 'shiboken6')]; "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
