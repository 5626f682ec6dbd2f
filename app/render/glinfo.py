"""Which OpenGL this machine has, and the wall to use with it.

:func:`probe_gl` makes a throw-away context on an offscreen surface (nothing
is shown, no widget is created) and reads ``GL_RENDERER``/``GL_VERSION``.
:func:`make_wall` turns the operator's choice ("gpu", "cpu" or "auto") into a
renderer whose ``description`` says what it is and why it was chosen.
Both need a ``QApplication`` and run on the GUI thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.render.base import WallRenderer
from app.translations import arg

GL_RENDERER = 0x1F01
GL_VERSION = 0x1F02
GL_VENDOR = 0x1F00

#: Renderers that run OpenGL on the CPU: the GPU wall is no faster than the CPU one there.
SOFTWARE_RENDERERS = re.compile(
    r"llvmpipe|softpipe|swrast|software rasterizer|lavapipe|swiftshader|gdi generic|microsoft basic render",
    re.IGNORECASE,
)

CHOICES = ("auto", "gpu", "cpu")


@dataclass(frozen=True, slots=True)
class GlInfo:
    ok: bool  # a context could be created and made current
    renderer: str = ""  # GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
    version: str = ""  # GL_VERSION
    software: bool = False  # the renderer rasterises on the CPU
    error: str = ""  # why ``ok`` is False
    vendor: str = ""  # GL_VENDOR


def is_software(renderer: str) -> bool:
    return bool(SOFTWARE_RENDERERS.search(renderer or ""))


def probe_gl() -> GlInfo:
    """Create a GL context offscreen and describe it. Never raises."""
    try:
        from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext
    except Exception as exc:  # noqa: BLE001 - report, do not crash the console
        return GlInfo(False, error=f"Qt GUI unavailable: {exc}")
    if QGuiApplication.instance() is None:
        return GlInfo(False, error="no QGuiApplication: create the QApplication before probing GL")
    ctx = QOpenGLContext()
    surface = QOffscreenSurface()
    try:
        if not ctx.create():
            return GlInfo(False, error="could not create an OpenGL context")
        surface.setFormat(ctx.format())
        surface.create()
        if not surface.isValid():
            return GlInfo(False, error="could not create an offscreen GL surface")
        if not ctx.makeCurrent(surface):
            return GlInfo(False, error="could not make the OpenGL context current")
        try:
            f = ctx.functions()
            renderer = str(f.glGetString(GL_RENDERER) or "")
            version = str(f.glGetString(GL_VERSION) or "")
            vendor = str(f.glGetString(GL_VENDOR) or "")
        finally:
            ctx.doneCurrent()
        if not renderer:
            return GlInfo(False, version=version, error="the GL driver reports no renderer")
        return GlInfo(True, renderer=renderer, version=version, software=is_software(renderer), vendor=vendor)
    except Exception as exc:  # noqa: BLE001
        return GlInfo(False, error=f"GL probe failed: {exc}")
    finally:
        surface.destroy()


def make_wall(choice: str = "auto", parent=None, *, info: GlInfo | None = None) -> WallRenderer:
    """The wall for ``choice``: "gpu" (vispy), "cpu" (pyqtgraph) or "auto".

    "auto" uses the GPU wall only on a hardware GL renderer. "gpu" uses vispy
    even on a software renderer (its description says so) and falls back to
    the CPU wall only when GL does not work at all. ``info`` skips the probe
    (tests, or a console that probed already).
    """
    from app.render.cpu_wall import CpuWall

    if choice not in CHOICES:
        raise ValueError(f"renderer must be one of {', '.join(CHOICES)}, got {choice!r}")
    if choice == "cpu":
        return CpuWall(parent, note=QCoreApplication.translate("Renderer", "chosen in the settings"))
    info = info or probe_gl()
    if not info.ok:
        return CpuWall(parent, note=arg(QCoreApplication.translate("Renderer", "OpenGL unavailable (%1)"), info.error))
    if choice == "auto" and info.software:
        software = QCoreApplication.translate("Renderer", "GL renderer is software (%1)")
        return CpuWall(parent, note=arg(software, info.renderer))
    note = ""
    if info.software:
        note = QCoreApplication.translate("Renderer", "software GL renderer, GPU wall forced in the settings")
    try:
        from app.render.vispy_wall import VispyWall

        return VispyWall(parent, note=note, renderer_hint=info.renderer)
    except Exception as exc:  # noqa: BLE001 - a broken GL stack must still leave a working wall
        failed = QCoreApplication.translate("Renderer", "GPU wall failed to start on %1 (%2)")
        return CpuWall(parent, note=arg(failed, info.renderer, f"{type(exc).__name__}: {exc}"))
