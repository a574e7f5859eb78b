"""Referral tree: who introduced whom, rooted at the user."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from carnet.db.engine import Database
from carnet.domain import profile, referrals
from carnet.domain.enums import ContactStatus
from carnet.ui.dialogs.introduction_dialog import IntroductionDialog
from carnet.ui.events import DataEvents
from carnet.ui.labels import introduction_status_label, permission_label, status_label
from carnet.ui.views.lazy_view import LazyView

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_YET_MET = {ContactStatus.LEAD, ContactStatus.TO_CONTACT, ContactStatus.CONTACTED}


class ReferralView(LazyView):
    open_person_requested = Signal(int)

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events

        heading = QLabel(
            self.tr(
                "Each person sits under the one who gave you their name. Select someone, then "
                "add the people they suggested you call."
            )
        )
        heading.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Referral tree"))
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self.tree.doubleClicked.connect(self._open_person)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_introduction)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)

        events.people_changed.connect(self.mark_stale)

    def refresh(self) -> None:
        with self._database.transaction() as session:
            nodes = referrals.referral_tree(session)
            me = profile.load_profile(session).name
        selected = self.selected_person_id()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Organisation"),
                self.tr("Status"),
                self.tr("Their name"),
                self.tr("Introduction"),
                self.tr("Names given"),
            ]
        )
        root = QStandardItem(
            self.tr("Me") if not me else self.tr("Me ({name})").replace("{name}", me)
        )
        bold = root.font()
        bold.setBold(True)
        root.setFont(bold)
        self.model.appendRow([root, *(QStandardItem() for _ in range(4)), _count(len(nodes))])
        for node in nodes:
            self._append(root, node)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.select_person(selected)

    def _append(self, parent: QStandardItem, node: referrals.ReferralNode) -> None:
        name = QStandardItem(node.name)
        name.setData(node.person_id, PERSON_ID_ROLE)
        if node.status in NOT_YET_MET:
            font = QFont(name.font())
            font.setItalic(True)
            name.setFont(font)
            name.setToolTip(self.tr("Not met yet"))
        row = [
            name,
            QStandardItem(node.organization),
            QStandardItem(status_label(node.status)),
            QStandardItem(permission_label(node.permission) if node.permission else ""),
            QStandardItem(
                introduction_status_label(node.introduction_status)
                if node.introduction_status
                else ""
            ),
            _count(node.names_given),
        ]
        parent.appendRow(row)
        for child in node.children:
            self._append(name, child)

    def selected_person_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(PERSON_ID_ROLE) if index.isValid() else None

    def select_person(self, person_id: int | None) -> None:
        if person_id is None:
            self.tree.setCurrentIndex(self.model.index(0, 0))
            return
        found = self.model.match(
            self.model.index(0, 0),
            PERSON_ID_ROLE,
            person_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if found:
            self.tree.setCurrentIndex(found[0])
            self.tree.scrollTo(found[0])

    def _update_buttons(self, *_args) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            self.add_button.setText(self.tr("Add someone I know…"))
        else:
            name = self.tree.currentIndex().siblingAtColumn(0).data()
            self.add_button.setText(
                self.tr("Add a person {name} introduced me to…").replace("{name}", name)
            )

    def add_introduction(self) -> None:
        person_id = self.selected_person_id()
        name = self.tree.currentIndex().siblingAtColumn(0).data() if person_id else ""
        dialog = IntroductionDialog(self._database, person_id, name, self)
        if dialog.exec() and dialog.created_person_id is not None:
            self._events.people_changed.emit()
            self.select_person(dialog.created_person_id)

    def _open_person(self, index: QModelIndex) -> None:
        person_id = index.siblingAtColumn(0).data(PERSON_ID_ROLE)
        if person_id is not None:
            self.open_person_requested.emit(person_id)


def _count(value: int) -> QStandardItem:
    item = QStandardItem(str(value) if value else "")
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item
