"""Dark control-room theme: low glare, large type, readable from 2 m."""

from __future__ import annotations

BACKGROUND = "#0d1117"
PANEL = "#161b22"
TEXT = "#e6edf3"
MUTED = "#8b949e"
ACCENT = "#58a6ff"
ALARM = "#ff4d4f"

STYLESHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; font-size: 15pt; }}
QMainWindow::separator {{ background: {PANEL}; }}
QMenuBar {{ background: {PANEL}; font-size: 14pt; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {ACCENT}; color: {BACKGROUND}; }}
QMenu {{ background: {PANEL}; border: 1px solid {MUTED}; font-size: 14pt; }}
QStatusBar {{ background: {PANEL}; font-size: 13pt; }}
QStatusBar QLabel {{ padding: 0 12px; background: {PANEL}; }}
QLabel#problem {{ color: {ALARM}; }}
"""
