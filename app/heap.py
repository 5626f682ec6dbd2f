"""The console process's heap: large frame buffers handed back to the system when freed.

glibc's malloc raises its mmap threshold each time a large mapped block is freed, up to
32 MiB; after that, every frame (a 640×512 float32 frame is 1.25 MiB) comes from the
per-thread arenas, which fragment as 16 camera threads allocate and free them, and never
shrink: the 16-entrance demo grew 13.6 MB/min with alerts left open (docs/memory.md).
A fixed threshold keeps large buffers mapped, and unmapped when freed: 0.1 MB/min there,
at some CPU cost (each buffer is faulted in anew). Windows and macOS have no glibc: nothing
is changed there.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

#: glibc's M_MMAP_THRESHOLD parameter number, and the value: its own starting default
#: (128 KiB), fixed, so the dynamic raising never happens
M_MMAP_THRESHOLD = -3
THRESHOLD_BYTES = 128 * 1024


def keep_large_buffers_mapped() -> bool:
    """Fix glibc's mmap threshold for this process (call before camera threads start).

    Returns whether it was set. Skipped off Linux, off glibc, and where the administrator
    set ``MALLOC_MMAP_THRESHOLD_`` (their value wins)."""
    if not sys.platform.startswith("linux") or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    ok = bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD_BYTES))
    if not ok:
        log.warning("could not fix the malloc mmap threshold: memory may grow with open alerts")
    return ok
