"""Two short forms beside the call log: help given to someone (reciprocity), and a CV handed over
(with the follow-up to ask what became of it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import cv_handover, reciprocity
from carnet.domain.errors import ValidationError
from carnet.ui.dialogs.call_forms import (
    error_label,
    keep_enter_in_the_form,
    person_chooser,
    show_error,
)
from carnet.ui.labels import interaction_kind_label
from carnet.ui.wording import fill


def _day(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    return edit


class _ShortForm(QDialog):
    """Person, a few fields, an error line and OK/Cancel."""

    def __init__(self, database: Database, person_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._database = database
        self.person = person_chooser(database, person_id)
        self.error = error_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not keep_enter_in_the_form(self, event):
            super().keyPressEvent(event)

    def add_row(self, text: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        buddy = buddy or field
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        self.form.addRow(label, field)


class GiftDialog(_ShortForm):
    """Help given: an introduction made for them, advice, an article, some news."""

    def __init__(
        self, database: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, person_id, parent)
        self.interaction_id: int | None = None
        self.setWindowTitle(self.tr("Help given"))
        heading = QLabel(
            self.tr("Networking goes both ways: note what you gave, as you note what you got.")
        )
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.kind = QComboBox()
        for kind in reciprocity.GIVE_KINDS:
            self.kind.addItem(interaction_kind_label(kind), kind)
        self.given_on = _date_edit(QDate.currentDate())
        self.given_on.setMaximumDate(QDate.currentDate().addDays(1))
        self.what = QLineEdit()
        self.what.setPlaceholderText(
            self.tr("e.g. put her in touch with my former manager at Céladon")
        )
        self.add_row(self.tr("&To"), self.person)
        self.add_row(self.tr("&What"), self.kind)
        self.add_row(self.tr("&On"), self.given_on)
        self.add_row(self.tr("&Details"), self.what)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Note it"))
        (self.kind if person_id is not None else self.person).setFocus()

    def draft(self) -> reciprocity.GiftDraft:
        return reciprocity.GiftDraft(
            person_id=self.person.current_id(),
            kind=self.kind.currentData(),
            given_on=_day(self.given_on),
            what=self.what.text(),
        )

    def accept(self) -> None:
        try:
            with self._database.transaction() as session:
                self.interaction_id = reciprocity.record_gift(session, self.draft())
        except ValidationError as error:
            show_error(self.error, error)
            return
        super().accept()


class CvHandedDialog(_ShortForm):
    """The CV handed to someone, for a job or a company; a follow-up to ask what became of it."""

    def __init__(
        self, database: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, person_id, parent)
        self.handed: cv_handover.CvHanded | None = None
        self.setWindowTitle(self.tr("CV handed over"))
        self.warning = warning = QLabel(
            self.tr(
                "A CV passed on is often the last you hear of it. Next time, ask for the name "
                "and the permission to call on their behalf (see the playbook card)."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(warning)
        self.for_what = QLineEdit()
        self.for_what.setPlaceholderText(self.tr("e.g. the export manager at Maison Orsane"))
        self.handed_on = _date_edit(QDate.currentDate())
        self.handed_on.setMaximumDate(QDate.currentDate().addDays(1))
        self.ask_back = QCheckBox(self.tr("Ask what became of it on"))
        self.ask_back.setChecked(True)
        self.ask_back_on = _date_edit(QDate.currentDate().addDays(cv_handover.ASK_BACK_AFTER_DAYS))
        self.ask_back.toggled.connect(self.ask_back_on.setEnabled)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask_back)
        ask_row.addWidget(self.ask_back_on)
        ask_row.addStretch(1)
        self.add_row(self.tr("Handed &to"), self.person)
        self.add_row(self.tr("&For"), self.for_what)
        self.add_row(self.tr("&On"), self.handed_on)
        self.add_row("", ask_row, self.ask_back)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Note it"))
        (self.for_what if person_id is not None else self.person).setFocus()

    def draft(self) -> cv_handover.CvDraft:
        return cv_handover.CvDraft(
            person_id=self.person.current_id(),
            for_what=self.for_what.text(),
            handed_on=_day(self.handed_on),
            ask_back_on=_day(self.ask_back_on) if self.ask_back.isChecked() else None,
        )

    def follow_up_title(self) -> str:
        name = self.person.current_name()
        for_what = " ".join(self.for_what.text().split())
        if for_what:
            return fill(
                self.tr("Ask {person} what became of your CV (for {for_what})"),
                person=name,
                for_what=for_what,
            )
        return fill(self.tr("Ask {person} what became of your CV"), person=name)

    def accept(self) -> None:
        try:
            with self._database.transaction() as session:
                self.handed = cv_handover.record_cv_handed(
                    session, self.draft(), self.follow_up_title()
                )
        except ValidationError as error:
            show_error(self.error, error)
            return
        super().accept()
