"""Choose another card of the same person, to merge it into the card shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import lookup, people
from carnet.ui.widgets.chooser import Chooser
from carnet.ui.wording import fill


class MergeDialog(QDialog):
    def __init__(self, database: Database, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._keep_id = keep_id
        self.other_id: int | None = None
        with database.reading() as session:
            self._keep_name = people.load_draft(session, keep_id).full_name
        self.setWindowTitle(self.tr("Merge two cards"))
        intro = QLabel(
            fill(
                self.tr(
                    "Which other card is also {name}? Its calls, notes, introductions, follow-ups, "
                    "addresses and tags move to this card, and its empty fields are filled in; "
                    "then it is deleted. You can undo this with Edit ▸ Undo."
                ),
                name=self._keep_name,
            )
        )
        intro.setWordWrap(True)
        self.other = Chooser(
            self._find, self.tr("Choose the other card"), self.tr("Type a few letters of the name")
        )
        self.other.setAccessibleName(self.tr("Other card"))
        self.other.chosen.connect(self._chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            fill(self.tr("Merge into {name}"), name=self._keep_name),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.other)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        self.other.reload()

    def _find(self, text: str) -> list[lookup.Choice]:
        with self._database.reading() as session:
            return [c for c in lookup.find_people(session, text) if c.id != self._keep_id]

    def _chosen(self, person_id: int | None) -> None:
        self.other_id = person_id
        self.merge_button.setEnabled(person_id is not None)
        if person_id is None:
            self.summary.clear()
            return
        with self._database.reading() as session:
            found = people.belongings(session, person_id)
        self.summary.setText(
            fill(
                self.tr("{name}: {list}."),
                name=found.name,
                list=", ".join(
                    (
                        self.tr("%Ln calls or meetings", "", found.interactions),
                        self.tr("%Ln notebook entries", "", found.notes),
                        self.tr(
                            "%Ln introductions",
                            "",
                            found.introductions_given + found.introductions_received,
                        ),
                        self.tr("%Ln follow-ups", "", found.follow_ups),
                    )
                ),
            )
        )
