"""The screening engine: radiometry, detection, tracking and decisions.

Pure numpy / OpenCV. Nothing in here may import Qt, vispy or pyqtgraph (an
import-linter contract in pyproject.toml checks it), so the same engine runs in
the console, in ``canthus replay`` and in the tests.
"""
