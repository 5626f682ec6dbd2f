"""The console fixes glibc's mmap threshold at start (docs/memory.md); an administrator's own
MALLOC_MMAP_THRESHOLD_ wins, and elsewhere nothing is touched."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import heap


def test_an_administrators_setting_wins(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert heap.keep_large_buffers_mapped() is False


def test_off_linux_nothing_is_changed(monkeypatch):
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    monkeypatch.setattr(heap.sys, "platform", "win32")
    assert heap.keep_large_buffers_mapped() is False


CHILD = """
import ctypes, sys
import numpy as np
from app import heap

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]

libc = ctypes.CDLL(None)
if not hasattr(libc, "mallinfo2"):
    sys.exit(3)
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "fixed" and not heap.keep_large_buffers_mapped():
    sys.exit(3)
mapped = []
for _ in range(4):  # a frame-sized buffer made and freed, as a camera thread does
    before = libc.mallinfo2().hblkhd  # bytes in mapped blocks
    a = np.ones(1 << 20, np.uint8)
    mapped.append(libc.mallinfo2().hblkhd - before >= 1 << 20)
    del a
print(" ".join(map(str, mapped)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt is Linux only")
def test_on_glibc_frame_sized_buffers_stay_mapped_once_the_threshold_is_fixed():
    # In children, so this test process keeps its allocator as it was.
    def run(mode: str) -> str:
        p = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=120)
        if p.returncode == 3:
            pytest.skip("this libc is not glibc (no mallopt/mallinfo2)")
        assert p.returncode == 0, p.stderr
        return p.stdout.strip()

    # glibc's default: the first 1 MiB buffer is mapped; freeing it raises the threshold, so
    # the next ones come from the heap, which is what fragments with 16 camera threads.
    assert run("default") == "True False False False"
    assert run("fixed") == "True True True True"  # each handed back to the system when freed
