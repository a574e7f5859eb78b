"""Log a call, meeting or email: what happened, how it went, what comes next.

Beside the form, for a glance during the call: the connector briefing and the playbook.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import interactions, logged_calls, versions
from carnet.domain.enums import InteractionKind, Outcome, Permission, Warmth
from carnet.domain.errors import ValidationError
from carnet.ui.dialogs.call_forms import (
    error_label,
    fit_to_screen,
    keep_enter_in_the_form,
    offer_thanks,
    person_chooser,
    show_error,
    text_box,
)
from carnet.ui.dialogs.light_contact_offer import offer_light_contact
from carnet.ui.labels import interaction_kind_label, outcome_label, permission_label, warmth_label
from carnet.ui.widgets.connector_briefing import ConnectorBriefingPanel
from carnet.ui.widgets.playbook_panel import PlaybookPanel
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


class LogInteractionDialog(QDialog):
    """On OK, writes the interaction (and its next-step follow-up) in one transaction, then
    proposes the thank-you follow-up when the rule calls for it."""

    edit_playbook = Signal()

    def __init__(
        self, database: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.logged: interactions.LoggedInteraction | None = None
        self.correcting: int | None = None
        """The id of the call being corrected; None when logging a new one."""
        self.corrected: interactions.InteractionDraft | None = None
        self.corrected_version: int | None = None
        """The call's version once the correction was written."""
        self.replaced: interactions.InteractionDraft | None = None
        """What the correction wrote over (what an undo puts back): the call as it was read, or
        as another window or an import had changed it meanwhile."""
        self._seen: tuple[interactions.InteractionDraft, int | None] | None = None
        self.thank_follow_up_id: int | None = None
        self.light_contact_follow_up_id: int | None = None
        self.setWindowTitle(self.tr("Log a call or meeting"))

        self.person = person_chooser(database, person_id)
        self.person.chosen.connect(self._person_changed)
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(interaction_kind_label(kind), kind)
        self.occurred_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        self.duration = QSpinBox()
        self.duration.setRange(0, interactions.MAX_DURATION_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.warm = QRadioButton(warmth_label(Warmth.WARM))
        self.known = QRadioButton(warmth_label(Warmth.KNOWN))
        self.cold = QRadioButton(warmth_label(Warmth.COLD))
        self._warmth = QButtonGroup(self)
        self._warmth_buttons = {
            Warmth.WARM: self.warm,
            Warmth.KNOWN: self.known,
            Warmth.COLD: self.cold,
        }
        for button in self._warmth_buttons.values():
            self._warmth.addButton(button)
        self.connector = QLabel()
        self.connector.setWordWrap(True)
        self.connector.setStyleSheet("color: palette(placeholder-text);")
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Not noted"), None)
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.summary = text_box(self.tr("What was said, what you learned"), 4)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 10 + 14)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(
            self.tr("e.g. Call Mathieu back on Monday to set a meeting")
        )
        self.next_step_due = QDateEdit(QDate.currentDate().addDays(7))
        self.next_step_due.setCalendarPopup(True)
        self.error = error_label()

        warmth_box = QVBoxLayout()
        warmth_box.setSpacing(2)
        warmth_box.addWidget(self.warm)
        warmth_box.addWidget(self.known)
        warmth_box.addWidget(self.cold)
        warmth_box.addWidget(self.connector)
        when = QHBoxLayout()
        when.addWidget(self.occurred_at, 1)
        when.addWidget(QLabel(self.tr("Duration")))
        when.addWidget(self.duration)
        step = QHBoxLayout()
        step.addWidget(self.next_step, 1)
        step.addWidget(QLabel(self.tr("by")))
        step.addWidget(self.next_step_due)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, buddy in (
            (self.tr("&With"), self.person, self.person),
            (self.tr("&Kind"), self.kind, self.kind),
            (self.tr("W&hen"), when, self.occurred_at),
            (self.tr("Kind of call"), warmth_box, self.warm),
            (self.tr("&Outcome"), self.outcome, self.outcome),
            (self.tr("&Summary"), self.summary, self.summary),
            (self.tr("&Next step"), step, self.next_step),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
            if buddy is not self.warm:
                buddy.setAccessibleName(text.replace("&", ""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.error)
        left_layout.addStretch(1)

        self.briefing = ConnectorBriefingPanel()
        self.playbook = PlaybookPanel()
        self.playbook.edit_requested.connect(self.edit_playbook)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.briefing)
        side_layout.addWidget(self.playbook, 1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 940, 600)
        splitter.setSizes([540, 380])
        self._person_changed(self.person.current_id())
        self.kind.setFocus() if person_id is not None else self.person.setFocus()

    def _person_changed(self, person_id: int | None) -> None:
        self.briefing.show_person(self._database, person_id)
        self.playbook.show_person(self._database, person_id)
        context = None
        if person_id is not None:
            with self._database.reading() as session:
                try:
                    context = interactions.call_context(session, person_id)
                except ValidationError:
                    context = None
        suggested = context.suggested_warmth if context is not None else Warmth.COLD
        self._warmth_buttons[suggested].setChecked(True)
        if context is None or context.connector_id is None:
            self.connector.setText(
                self.tr("Nobody introduced you to this person.")
                if suggested != Warmth.KNOWN
                else self.tr("Nobody introduced you: you know this person directly.")
            )
        else:
            self.connector.setText(
                fill(
                    self.tr("Introduced by {connector}: {permission}."),
                    connector=context.connector_name,
                    permission=permission_label(context.permission or Permission.NOT_ASKED).lower(),
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not keep_enter_in_the_form(self, event):
            super().keyPressEvent(event)

    def draft(self) -> interactions.InteractionDraft:
        occurred = self.occurred_at.dateTime().toPython()
        due = self.next_step_due.date().toPython()
        assert isinstance(occurred, dt.datetime) and isinstance(due, dt.date)
        return interactions.InteractionDraft(
            person_id=self.person.current_id(),
            kind=self.kind.currentData(),
            occurred_at=occurred.replace(second=0, microsecond=0),
            duration_minutes=self.duration.value() or None,
            warmth=self.warmth(),
            outcome=self.outcome.currentData(),
            summary=self.summary.toPlainText(),
            next_step=self.next_step.text(),
            next_step_due=due if self.next_step.text().strip() else None,
        )

    def warmth(self) -> Warmth:
        return next(w for w, button in self._warmth_buttons.items() if button.isChecked())

    def correct(
        self,
        interaction_id: int,
        draft: interactions.InteractionDraft,
        version: int | None = None,
    ) -> None:
        """Show a call already logged (read at ``version``), to correct it: OK writes the
        correction, nothing more (its follow-ups and the person's card stay as they are)."""
        self.correcting = interaction_id
        self.setWindowTitle(self.tr("Correct a call or meeting"))
        self.person.setEnabled(False)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.occurred_at.setDateTime(QDateTime(draft.occurred_at))  # type: ignore[call-overload]  # PySide6 takes a datetime
        self.duration.setValue(draft.duration_minutes or 0)
        self._warmth_buttons[draft.warmth].setChecked(True)
        self.outcome.setCurrentIndex(
            self.outcome.findData(draft.outcome) if draft.outcome is not None else 0
        )
        self.summary.setPlainText(draft.summary)
        self.next_step.setText(draft.next_step)
        self.next_step_due.setEnabled(False)
        self.replaced = draft
        self._seen = (self.draft(), version)  # as the form shows it: what the user may change

    def _write_correction(self) -> bool:
        """Write the correction; True when the call had changed elsewhere meanwhile (the
        fields the user changed are kept, the others taken as they are now)."""
        assert self.correcting is not None and self._seen is not None
        draft = self.draft()
        shown, version = self._seen
        correcting = self.correcting
        merged = False

        def write(session: Session) -> int:
            nonlocal draft, merged
            try:
                return logged_calls.correct_call(session, correcting, draft, version)
            except versions.ChangedMeanwhile:
                theirs = logged_calls.load_call(session, correcting)
                draft, _taken = versions.merge_drafts(shown, draft, theirs)
                self.replaced = theirs
                merged = True
                now = logged_calls.call_version(session, correcting)
                return logged_calls.correct_call(session, correcting, draft, now)

        written = run_write(self._database, (), write)
        self.corrected = draft
        self.corrected_version = written
        return merged

    def accept(self) -> None:
        if self.correcting is not None:
            try:
                merged = self._write_correction()
            except ValidationError as error:
                show_error(self.error, error)
                return
            super().accept()
            if merged:
                QMessageBox.information(
                    self.parentWidget() or self,
                    self.tr("This call changed meanwhile"),
                    self.tr(
                        "While you were correcting this call, it was changed elsewhere (in "
                        "another window or by an import). Your corrections were saved; the "
                        "fields you did not touch keep what was saved there."
                    ),
                )
            return
        try:
            self.logged = run_write(self._database, (), interactions.log_interaction, self.draft())
        except ValidationError as error:
            show_error(self.error, error)
            {"person": self.person, "duration": self.duration}.get(
                error.field, self.occurred_at if error.field == "occurred_at" else self.summary
            ).setFocus()
            return
        super().accept()
        self.thank_follow_up_id = offer_thanks(
            self.parentWidget() or self, self._database, self.logged.thank_proposal
        )
        self.light_contact_follow_up_id = offer_light_contact(
            self.parentWidget() or self, self._database, self.logged.interaction_id
        )
