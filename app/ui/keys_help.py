"""F1: every key of the console, from the actions table (:mod:`app.ui.actions`), in one dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.translations import arg
from app.ui import actions as table


def show_keys(window: QWidget) -> QDialog:
    """F1: every key, from the actions table, in sections (what each acts on), two columns
    side by side so that the whole list fits the window without scrolling."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for key, does, when in table.help_rows():
        sections.setdefault(when, []).append((key, does))
    lines: list[tuple[str, str] | str] = []  # a section's title (str), then its (key, does) rows
    for when, rows in sections.items():
        lines.append((when[0].upper() + when[1:]) if when else QCoreApplication.translate("Dialogs", "Everywhere, and the view"))
        lines.extend(rows)
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    if right and not isinstance(right[0], str):  # a section cut in two says so on the right
        title = next(x for x in reversed(left) if isinstance(x, str))
        right.insert(0, arg(QCoreApplication.translate("Dialogs", "%1 (continued)"), title))
    height = max(len(left), len(right))
    dlg = QDialog(window)
    dlg.setObjectName("keysDialog")
    dlg.setWindowTitle(QCoreApplication.translate("Dialogs", "Keys"))
    box = QVBoxLayout(dlg)
    grid = QTableWidget(height, 4, dlg)
    grid.horizontalHeader().setVisible(False)
    grid.verticalHeader().setVisible(False)
    grid.setEditTriggers(QTableWidget.NoEditTriggers)
    grid.setSelectionMode(QTableWidget.NoSelection)
    grid.setFocusPolicy(Qt.NoFocus)
    grid.setWordWrap(True)
    grid.setShowGrid(False)
    dlg.keys_rows = []  # what the help lists, in reading order: (key, what it does)
    dlg.keys_sections = []
    for col, side in ((0, left), (2, right)):
        for r, line in enumerate(side):
            if isinstance(line, str):
                head = QTableWidgetItem(line)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                grid.setItem(r, col, head)
                grid.setSpan(r, col, 1, 2)
                dlg.keys_sections.append(line)
                continue
            grid.setItem(r, col, QTableWidgetItem(line[0]))
            grid.setItem(r, col + 1, QTableWidgetItem(line[1]))
            dlg.keys_rows.append(line)
    head = grid.horizontalHeader()
    for col, mode in enumerate((QHeaderView.ResizeToContents, QHeaderView.Stretch) * 2):
        head.setSectionResizeMode(col, mode)
    box.addWidget(grid)
    close = QDialogButtonBox(QDialogButtonBox.Close)
    close.rejected.connect(dlg.close)
    box.addWidget(close)
    width = min(1500, max(900, int(window.width() * 0.94)))
    line = grid.fontMetrics().height() + 12
    dlg.resize(width, min(80 + line * height, max(400, int(window.height() * 0.92))))
    head.sectionResized.connect(lambda *_: grid.resizeRowsToContents())  # rows follow the wrapped text
    dlg.setModal(False)
    dlg.show()
    box.activate()
    grid.resizeRowsToContents()
    frame = dlg.height() - grid.viewport().height()  # the dialog around the rows: margins, Close
    wanted = frame + sum(grid.rowHeight(r) for r in range(height)) + 4
    dlg.resize(width, min(wanted, max(400, int(window.height() * 0.92))))
    box.activate()
    grid.resizeRowsToContents()
    return dlg
