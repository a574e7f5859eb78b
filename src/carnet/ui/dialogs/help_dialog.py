"""The in-app guide: the method in a few lines, how Carnet serves it, and every shortcut."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import theme


class HelpDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carnet guide"))
        self.tabs = QTabWidget()
        self.method = self._page(self._method_text())
        self.app = self._page(self._app_text())
        self.shortcuts = self._shortcuts_table(actions)
        self.tabs.addTab(self.method, self.tr("The method"))
        self.tabs.addTab(self.app, self.tr("Using Carnet"))
        self.tabs.addTab(self.shortcuts, self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(680, 560)

    def _page(self, markup: str) -> QTextBrowser:
        page = QTextBrowser()
        page.setOpenLinks(False)
        page.setHtml(markup)
        return page

    def _method_text(self) -> str:
        return self.tr(
            "<h2>Going relay by relay</h2>"
            "<p>Most jobs are filled through people. Rather than sending CVs, you talk to "
            "people who know the companies you aim for, and each of them gives you one or two "
            "names, with the permission to call on their behalf.</p>"
            "<ul>"
            "<li><b>Call on someone's recommendation.</b> Saying who suggested the call opens "
            "far more doors than a cold call: keep track of who introduced you to whom.</li>"
            "<li><b>Ask little, and precisely.</b> A few minutes, a piece of advice, one or two "
            "names, and the permission to use the name of the person who sent you.</li>"
            "<li><b>Go step by step</b> until you speak face to face with the person who can "
            "hire you, gathering facts about the company on the way.</li>"
            "<li><b>Keep the rhythm.</b> A handful of new people each week; count the good "
            "calls, cut the rare bad one short and move on.</li>"
            "<li><b>Close the loop.</b> Tell the people who helped you what came of it, and "
            "thank them.</li>"
            "</ul>"
        )

    def _app_text(self) -> str:
        return self.tr(
            "<h2>Carnet, day by day</h2>"
            "<ul>"
            "<li><b>Contacts</b>: everyone you know or were told about, with their company and "
            "the whole history of your exchanges. Type in the search box to find anyone.</li>"
            "<li><b>New lead</b>: a friend mentions a name? Note it in seconds, with who "
            "mentioned it and whether you may use their name.</li>"
            "<li><b>Referral tree</b>: who led you to whom, and how far you are from each "
            "target company.</li>"
            "<li><b>Notebook</b>: write down what you learned right after a meeting; it saves "
            "itself as you type.</li>"
            "<li><b>Calls</b>: prepare a call, log it, and note the names you were given.</li>"
            "<li><b>Follow-ups and dashboard</b>: whom to call or thank today, and your week "
            "against your goal.</li>"
            "</ul>"
            "<p>Your data stays on this computer, in one file that Carnet backs up every day.</p>"
        )

    def _shortcuts_table(self, actions: list[QAction]) -> QTableWidget:
        rows = [
            (action.text().replace("&", ""), action.shortcut())
            for action in actions
            if not action.shortcut().isEmpty() and action.text()
        ]
        table = QTableWidget(len(rows), 2)
        theme.dress(table, "table")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, shortcut) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text.rstrip("…")))
            table.setItem(
                row, 1, QTableWidgetItem(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
            )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        return table
