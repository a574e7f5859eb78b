"""The after-meeting debrief: one form, typed straight through with the keyboard.

What I learned, the advice received, the names obtained (each becomes a lead introduced by this
person, with the permission asked for), the next step (a follow-up), whether the connector was
thanked, and the meeting itself in the call log. Everything is written in one transaction.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import interactions, name_match
from carnet.domain.enums import Outcome, Permission
from carnet.domain.errors import ValidationError
from carnet.ui.dialogs.call_forms import (
    error_label,
    fit_to_screen,
    keep_enter_in_the_form,
    offer_thanks,
    person_chooser,
    short_date,
    show_error,
    text_box,
)
from carnet.ui.dialogs.light_contact_offer import offer_light_contact
from carnet.ui.labels import outcome_label, permission_label
from carnet.ui.widgets.name_match_box import NameMatchBox
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


class NameRow:
    """One name obtained: who, where, may I use the connector's name, why."""

    def __init__(self, parent: DebriefDialog) -> None:
        self.name = QLineEdit()
        self.same_person = NameMatchBox(parent.people_named)
        self.same_person.watch(self.name)
        self.name.setPlaceholderText(
            QCoreApplication.translate("DebriefDialog", "First and last name")
        )
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(QCoreApplication.translate("DebriefDialog", "Company"))
        self.permission = QComboBox()
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
        # Nothing is claimed that was not said: "not asked" until the user says otherwise.
        self.permission.setCurrentIndex(self.permission.findData(Permission.NOT_ASKED))
        self.context = QLineEdit()
        self.context.setPlaceholderText(
            QCoreApplication.translate("DebriefDialog", "Why this name, how they know each other")
        )
        self.name.setAccessibleName(QCoreApplication.translate("DebriefDialog", "Name obtained"))
        self.organization.setAccessibleName(
            QCoreApplication.translate("DebriefDialog", "Company of the name obtained")
        )
        self.permission.setAccessibleName(
            QCoreApplication.translate("DebriefDialog", "Permission to use their name")
        )
        self.context.setAccessibleName(QCoreApplication.translate("DebriefDialog", "Why this name"))

    def widgets(self) -> list[QWidget]:
        return [self.name, self.organization, self.permission, self.context]

    def value(self) -> interactions.NameObtained:
        return interactions.NameObtained(
            name=self.name.text(),
            organization=self.organization.text(),
            permission=self.permission.currentData(),
            context=self.context.text(),
            known_person_id=self.same_person.chosen_id(),
        )


class DebriefDialog(QDialog):
    def __init__(
        self, database: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.result_: interactions.DebriefResult | None = None
        self.thank_follow_up_id: int | None = None
        self.setWindowTitle(self.tr("After-meeting debrief"))

        self.person = person_chooser(database, person_id)
        self.person.chosen.connect(self._person_changed)
        self.met_on = QDateEdit(QDate.currentDate())
        self.met_on.setCalendarPopup(True)
        self.met_on.setMaximumDate(QDate.currentDate().addDays(1))
        self.learned = text_box(self.tr("Facts about the company, the team, the job…"), 3)
        self.advice = text_box(self.tr("What they advised you to do or to read"), 2)
        self.names: list[NameRow] = []
        self._names_grid = QGridLayout()
        self._names_grid.setHorizontalSpacing(4)
        self._names_grid.setVerticalSpacing(4)
        self.add_name_button = QPushButton(self.tr("Add another name"))
        self.add_name_button.clicked.connect(lambda: self.add_name_row(focus=True))
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("e.g. Call Sophie on Thursday"))
        self.next_step_due = QDateEdit(QDate.currentDate().addDays(7))
        self.next_step_due.setCalendarPopup(True)
        self.thanked = QCheckBox()
        self.log_meeting = QCheckBox(self.tr("Record this meeting in the call log, outcome:"))
        self.log_meeting.setChecked(True)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Not noted"), None)
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.HELPFUL))
        self.log_meeting.toggled.connect(self.outcome.setEnabled)
        self.error = error_label()

        names_box = QVBoxLayout()
        names_box.addLayout(self._names_grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_name_button)
        add_row.addStretch()
        names_box.addLayout(add_row)
        step = QHBoxLayout()
        step.addWidget(self.next_step, 1)
        step.addWidget(QLabel(self.tr("by")))
        step.addWidget(self.next_step_due)
        meeting = QHBoxLayout()
        meeting.addWidget(self.log_meeting)
        meeting.addWidget(self.outcome)
        meeting.addStretch()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, buddy in (
            (self.tr("&Met"), self.person, self.person),
            (self.tr("&Date"), self.met_on, self.met_on),
            (self.tr("What I &learned"), self.learned, self.learned),
            (self.tr("&Advice received"), self.advice, self.advice),
            (self.tr("Names &obtained"), names_box, None),
            (self.tr("&Next step"), step, self.next_step),
            ("", self.thanked, None),
            ("", meeting, None),
        ):
            label = QLabel(text)
            if buddy is not None:
                label.setBuddy(buddy)
                buddy.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.error)
        body_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save the debrief"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.add_name_row()
        names_label = form.labelForField(names_box)
        if isinstance(names_label, QLabel):
            names_label.setBuddy(self.names[0].name)
        fit_to_screen(self, 880, 620)
        self._person_changed(self.person.current_id())
        self.learned.setFocus() if person_id is not None else self.person.setFocus()

    def add_name_row(self, *, focus: bool = False) -> NameRow:
        row = NameRow(self)
        index = 2 * len(self.names)  # each name's row, then the people it may already be
        for column, widget in enumerate(row.widgets()):
            self._names_grid.addWidget(widget, index, column)
        self._names_grid.addWidget(row.same_person, index + 1, 0, 1, 4)
        self._names_grid.setColumnStretch(0, 3)
        self._names_grid.setColumnStretch(1, 2)
        self._names_grid.setColumnStretch(3, 4)
        # Enter in a row's last field opens the next row: names are typed one after another.
        row.context.returnPressed.connect(lambda: self.add_name_row(focus=True))
        row.name.returnPressed.connect(row.organization.setFocus)
        row.organization.returnPressed.connect(row.permission.setFocus)
        if self.names:
            QWidget.setTabOrder(self.names[-1].context, row.name)
        QWidget.setTabOrder(row.context, self.add_name_button)
        self.names.append(row)
        if focus:
            row.name.setFocus()
        return row

    def people_named(self, text: str) -> list[name_match.NameMatch]:
        """Known people by that name, apart from the person met."""
        with self._database.reading() as session:
            return name_match.people_named(session, text, exclude=self.person.current_id())

    def _person_changed(self, person_id: int | None) -> None:
        context = None
        if person_id is not None:
            with self._database.reading() as session:
                try:
                    context = interactions.call_context(session, person_id)
                except ValidationError:
                    context = None
        if context is None or context.connector_id is None:
            self.thanked.setText(self.tr("Nobody introduced you to this person: no one to thank."))
            self.thanked.setChecked(False)
            self.thanked.setEnabled(False)
        else:
            text = fill(
                self.tr("I have told {connector} how it went and thanked them"),
                connector=context.connector_name,
            )
            if context.thanked_on:
                text += " " + fill(
                    self.tr("(last thanked on {date})"), date=short_date(context.thanked_on)
                )
            self.thanked.setText(text)
            self.thanked.setEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not keep_enter_in_the_form(self, event):
            super().keyPressEvent(event)

    def draft(self) -> interactions.DebriefDraft:
        met_on = self.met_on.date().toPython()
        due = self.next_step_due.date().toPython()
        assert isinstance(met_on, dt.date) and isinstance(due, dt.date)
        return interactions.DebriefDraft(
            person_id=self.person.current_id(),
            met_on=met_on,
            learned=self.learned.toPlainText(),
            advice=self.advice.toPlainText(),
            names=[row.value() for row in self.names],
            next_step=self.next_step.text(),
            next_step_due=due if self.next_step.text().strip() else None,
            connector_thanked=self.thanked.isEnabled() and self.thanked.isChecked(),
            log_meeting=self.log_meeting.isChecked(),
            outcome=self.outcome.currentData(),
        )

    def wording(self) -> interactions.DebriefWording:
        return interactions.DebriefWording(
            title=self.tr("Meeting with {name}"),
            learned=self.tr("What I learned"),
            advice=self.tr("Advice received"),
            names=self.tr("Names obtained"),
            next_step=self.tr("Next step"),
            may_use_name=self.tr("may use their name"),
            may_not_use_name=self.tr("may not use their name"),
            due=self.tr("by {date}"),
        )

    def accept(self) -> None:
        for row in self.names:
            if row.same_person.is_pending():
                row.same_person.refresh()
        try:
            self.result_ = run_write(
                self._database,
                (),
                interactions.record_debrief,
                self.draft(),
                self.wording(),
                short_date,
            )
        except ValidationError as error:
            show_error(self.error, error)
            if error.field == "person":
                self.person.setFocus()
            elif error.field in ("name", "connector"):
                first_named = next((r for r in self.names if not r.value().is_blank), None)
                (first_named.name if first_named else self.person).setFocus()
            return
        super().accept()
        self.thank_follow_up_id = offer_thanks(
            self.parentWidget() or self, self._database, self.result_.thank_proposal
        )
        offer_light_contact(
            self.parentWidget() or self, self._database, self.result_.interaction_id
        )
