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
QStatusBar {{ background: {PANEL}; font-size: 12pt; }}
QStatusBar QLabel {{ padding: 0 6px; background: {PANEL}; }}
QLabel#problem {{ color: {ALARM}; }}
"""

STYLESHEET += f"""
QFrame#alarmPane {{ background: {PANEL}; border-left: 3px solid {ALARM}; }}
QLabel#alarmHeader {{ color: {ALARM}; font-size: 14pt; font-weight: bold; background: transparent; }}
QLabel#alarmConfirmation {{ color: #b8f0c0; font-size: 12pt; background: #0f2a17; border: 1px solid #2ea043;
    border-radius: 4px; padding: 4px 6px; }}
QListView#alarmList {{ background: {BACKGROUND}; border: 1px solid #30363d; }}
QFrame#alertCard {{ background: #2a0d10; border: 3px solid {ALARM}; border-radius: 6px; }}
QFrame#alertCard[escalated="true"] {{ background: #4a0a10; border: 5px solid #ff8080; }}
QFrame#alertCard QLabel {{ background: transparent; }}
QLabel#alertTitle {{ color: {ALARM}; font-size: 16pt; font-weight: bold; }}
QLabel#alertMarks {{ color: #ffd58a; font-size: 12pt; font-weight: bold; }}
QLabel#alertFacts {{ font-size: 13pt; }}
QLabel#alertExplanation {{ color: {MUTED}; font-size: 12pt; }}
QLabel#alertStatus {{ color: #ffd0d0; font-size: 12pt; }}
QFrame#alertCard QPushButton {{ font-size: 12pt; font-weight: bold; padding: 3px 6px; border-radius: 4px;
    background: #30363d; color: {TEXT}; border: 2px solid {MUTED}; }}
QFrame#alertCard QPushButton:hover {{ border-color: {ACCENT}; }}
QFrame#alertCard QPushButton:disabled {{ color: {MUTED}; border-color: #30363d; }}
QPushButton#btn_deny {{ border-color: {ALARM}; }}
QPushButton#btn_secondary_check {{ border-color: {ACCENT}; }}
QToolBar#entranceBar QToolButton {{ font-size: 14pt; padding: 6px 14px; }}
QLabel#guard {{ color: {ACCENT}; font-weight: bold; }}
QFrame#messageBar {{ background: #3a2f00; border-bottom: 2px solid #d29922; }}
QFrame#messageBar QLabel {{ background: transparent; color: #ffe9a8; font-size: 13pt; }}
QPushButton#messageClose {{ font-size: 12pt; padding: 2px 10px; background: #30363d; border: 1px solid {MUTED}; }}
QLabel#dialogSubject {{ font-size: 15pt; }}
QLabel#dialogHint {{ color: {MUTED}; font-size: 12pt; }}
QDialog QRadioButton {{ font-size: 14pt; padding: 3px 0; }}
QLabel#banner {{ background: {ALARM}; color: white; font-size: 18pt; font-weight: bold; padding: 6px; }}
QCheckBox::indicator {{ width: 18px; height: 18px; border: 2px solid {MUTED}; border-radius: 3px;
    background: {PANEL}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QDialog#keysDialog QTableWidget {{ font-size: 12pt; }}
QDialog#keysDialog QTableWidget::item {{ padding: 0 6px; }}
QDialog#keysDialog QHeaderView::section {{ font-size: 12pt; font-weight: bold; }}
QRadioButton::indicator {{ width: 16px; height: 16px; border: 2px solid {MUTED}; border-radius: 10px;
    background: {PANEL}; }}
QRadioButton::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QRadioButton:focus {{ color: {ACCENT}; }}
QDialog QPushButton {{ padding: 4px 14px; border: 2px solid {MUTED}; border-radius: 4px; background: #30363d; }}
QDialog QPushButton:default {{ border-color: {ACCENT}; }}
QDialog QPushButton:disabled {{ color: #5c636b; border-color: #30363d; background: #1c2128; }}
"""
