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

STYLESHEET += f"""
QScrollArea#alertPanel {{ background: {PANEL}; border-left: 3px solid {ALARM}; }}
QFrame#alertCard {{ background: #2a0d10; border: 3px solid {ALARM}; border-radius: 6px; }}
QFrame#alertCard[escalated="true"] {{ background: #4a0a10; border: 5px solid #ff8080; }}
QLabel#alertTitle {{ color: {ALARM}; font-size: 20pt; font-weight: bold; background: transparent; }}
QLabel#alertFacts {{ font-size: 14pt; background: transparent; }}
QLabel#alertStatus {{ color: #ffd0d0; font-size: 13pt; background: transparent; }}
QFrame#alertCard QPushButton {{ font-size: 14pt; font-weight: bold; padding: 6px 10px; border-radius: 4px;
    background: #30363d; color: {TEXT}; border: 2px solid {MUTED}; }}
QFrame#alertCard QPushButton:hover {{ border-color: {ACCENT}; }}
QFrame#alertCard QPushButton:disabled {{ color: {MUTED}; border-color: #30363d; }}
QPushButton#btn_deny {{ border-color: {ALARM}; }}
QPushButton#btn_secondary_check {{ border-color: {ACCENT}; }}
QToolBar#entranceBar QToolButton {{ font-size: 14pt; padding: 6px 14px; }}
QLabel#guard {{ color: {ACCENT}; font-weight: bold; }}
QLabel#banner {{ background: {ALARM}; color: white; font-size: 18pt; font-weight: bold; padding: 6px; }}
QCheckBox::indicator {{ width: 18px; height: 18px; border: 2px solid {MUTED}; border-radius: 3px;
    background: {PANEL}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
"""
