"""Likely duplicates: the pairs of cards that look like one person, side by side, to merge or to
mark as different people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import duplicates, people
from carnet.domain.duplicates import DuplicatePair, Reason
from carnet.domain.people import PersonDraft
from carnet.ui import theme
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


class PairsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []
        self._headers = [self.tr("First card"), self.tr("Second card"), self.tr("Why")]

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = pairs
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        pair = self.pairs[index.row()]
        if index.column() == 0:
            return pair.first_name
        if index.column() == 1:
            return pair.second_name
        return ", ".join(self.reason_label(reason, pair) for reason in pair.reasons)

    def reason_label(self, reason: Reason, pair: DuplicatePair) -> str:
        if reason == Reason.SAME_EMAIL:
            return self.tr("same email address")
        if reason == Reason.SAME_LINKEDIN:
            return self.tr("same LinkedIn profile")
        return fill(self.tr("similar name at {organization}"), organization=pair.organization)


class DuplicatesDialog(QDialog):
    """``merge(keep_id, drop_id)`` is the contacts view's, so that the merge can be undone."""

    def __init__(
        self,
        database: Database,
        merge: Callable[[int, int], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._merge = merge
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.explanation = QLabel(
            self.tr(
                "These cards share an email address or a LinkedIn profile, or have nearly the "
                "same name at the same organisation. Merge the two cards of one person: nothing "
                "is lost, and Edit ▸ Undo puts them back."
            )
        )
        self.explanation.setWordWrap(True)
        self.model = PairsModel(self)
        self.table = QTableView()
        theme.dress(self.table, "table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Likely duplicates"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_pair())

        self.empty = QLabel(
            self.tr(
                "No likely duplicates: no two cards share an email address or a LinkedIn "
                "profile, and no names are nearly the same at one organisation."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.sides = [self._side_labels(), self._side_labels()]
        self.comparison = QWidget()
        comparison = QGridLayout(self.comparison)
        comparison.setContentsMargins(0, 0, 0, 0)
        for column, labels in enumerate(self.sides):
            for row, label in enumerate(labels):
                comparison.addWidget(label, row, column)
        comparison.setColumnStretch(0, 1)
        comparison.setColumnStretch(1, 1)

        self.keep_first_button = QPushButton()
        self.keep_second_button = QPushButton()
        self.different_button = QPushButton(self.tr("Different people"))
        self.different_button.setToolTip(self.tr("Do not propose this pair again"))
        self.keep_first_button.clicked.connect(lambda: self.merge_selected(keep_first=True))
        self.keep_second_button.clicked.connect(lambda: self.merge_selected(keep_first=False))
        self.different_button.clicked.connect(self.dismiss_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_first_button)
        actions.addWidget(self.keep_second_button)
        actions.addStretch()
        actions.addWidget(self.different_button)
        self.count = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.comparison)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.resize(760, 560)
        self.reload()

    def _side_labels(self) -> list[QLabel]:
        labels = [QLabel() for _ in range(3)]
        labels[0].setStyleSheet("font-weight: 600;")
        for label in labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return labels

    def reload(self) -> None:
        with self._database.reading() as session:
            pairs = duplicates.find_duplicates(session)
        self.model.set_pairs(pairs)
        self.count.setText(
            self.tr("No likely duplicates.")
            if not pairs
            else self.tr("%Ln pairs to look at", "", len(pairs))
        )
        self.list_stack.setCurrentWidget(self.table if pairs else self.empty)
        self.comparison.setVisible(bool(pairs))
        if pairs:
            self.table.selectRow(0)
        self._show_pair()

    def selected_pair(self) -> DuplicatePair | None:
        row = self.table.currentIndex().row()
        return self.model.pairs[row] if 0 <= row < len(self.model.pairs) else None

    def _show_pair(self) -> None:
        pair = self.selected_pair()
        for button in (self.keep_first_button, self.keep_second_button, self.different_button):
            button.setEnabled(pair is not None)
        if pair is None:
            for labels in self.sides:
                for label in labels:
                    label.clear()
            self.keep_first_button.setText(self.tr("Keep the first card"))
            self.keep_second_button.setText(self.tr("Keep the second card"))
            return
        with self._database.reading() as session:
            for labels, person_id in zip(self.sides, pair.ids, strict=True):
                draft = people.load_draft(session, person_id)
                found = people.belongings(session, person_id)
                self._fill(labels, draft, found)
        self.keep_first_button.setText(self.tr("Merge, keeping the first card"))
        self.keep_second_button.setText(self.tr("Merge, keeping the second card"))

    def _fill(self, labels: list[QLabel], draft: PersonDraft, found: people.Belongings) -> None:
        labels[0].setText(draft.full_name)
        details = [draft.job_title, draft.organization_name, *(e.value for e in draft.emails or ())]
        details += [e.value for e in draft.phones or ()] + [draft.linkedin_url, draft.city]
        labels[1].setText("\n".join(d for d in details if d))
        labels[2].setText(
            " · ".join(
                (
                    self.tr("%Ln calls or meetings", "", found.interactions),
                    self.tr("%Ln notes", "", found.notes),
                    self.tr(
                        "%Ln introductions",
                        "",
                        found.introductions_given + found.introductions_received,
                    ),
                )
            )
        )

    def merge_selected(self, *, keep_first: bool) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        keep, drop = pair.ids if keep_first else pair.ids[::-1]
        row = self.table.currentIndex().row()
        if self._merge(keep, drop):
            self.reload()
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def dismiss_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        row = self.table.currentIndex().row()
        run_write(self._database, (), duplicates.dismiss_pair, *pair.ids)
        self.reload()
        self.table.selectRow(min(row, self.model.rowCount() - 1))
