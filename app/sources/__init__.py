"""Frame sources for the live console, one module per kind; none imports Qt.

:mod:`app.sources.base` says what a source is (``read(timeout)``, ``close()``).
"""

from app.sources.base import Source
from app.sources.recording import RecordingSource
from app.sources.sim import SimulatedSource

__all__ = ["RecordingSource", "SimulatedSource", "Source"]
