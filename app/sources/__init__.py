"""Frame sources for the live console, one module per kind; none imports Qt.

:mod:`app.sources.base` says what a source is (``read(timeout)``, ``close()``).
"""

from app.sources.base import FRAME_FLAGS, Source, SourceError
from app.sources.recording import RecordingSource
from app.sources.sim import SimulatedSource

__all__ = ["FRAME_FLAGS", "RecordingSource", "SimulatedSource", "Source", "SourceError"]
