"""The small forms of the Follow-ups page: a follow-up, a day to snooze to, keep-in-touch rhythms.

Each form hands what the user typed to a ``save`` callback that writes it in one transaction; a
refusal from the domain is shown in the form, which stays open to be corrected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import followups, lookup
from carnet.domain.enums import ContactStatus, FollowUpKind
from carnet.ui.dialogs.form_dialog import FormDialog
from carnet.ui.labels import follow_up_kind_label, status_label
from carnet.ui.widgets.chooser import Chooser
from carnet.ui.wording import ClassTr, fill

_PRESET_WORDS = {
    21: "every 3 weeks",
    61: "every 2 months",
    182: "every 6 months",
    365: "every year",
}


class FollowUps(QObject):
    """The translation context of these texts: ``FollowUps.tr("%Ln …", "", n)``."""

    if TYPE_CHECKING:  # PySide6 takes the class as the context: FollowUps.tr("…", "", n)
        tr: ClassTr


def cadence_text(days: int | None) -> str:
    """ "every 2 months", "every 45 days"; "no reminder" for None or 0."""
    if not days:
        return FollowUps.tr("no reminder")
    if days in _PRESET_WORDS:
        return {
            21: FollowUps.tr("every 3 weeks"),
            61: FollowUps.tr("every 2 months"),
            182: FollowUps.tr("every 6 months"),
            365: FollowUps.tr("every year"),
        }[days]
    return FollowUps.tr("every %Ln days", "", days)


class _Form(FormDialog):
    """OK runs ``_save``, the callback the view gave; a ValidationError keeps the form open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save: Callable[[], None] = lambda: None

    def save(self) -> None:
        self._save()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FollowUpDialog(_Form):
    """A new follow-up, or one being edited: what to do, for whom, by when."""

    def __init__(
        self,
        database: Database,
        draft: followups.FollowUpDraft,
        save: Callable[[followups.FollowUpDraft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up"))
        self.kind = QComboBox()
        for kind in FollowUpKind:
            self.kind.addItem(follow_up_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.title = QLineEdit(draft.title)
        self.title.setMaxLength(followups.MAX_TITLE)
        self.title.setPlaceholderText(self.tr("For example: call Marc back about the opening"))
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("m" * 34))

        def find(text: str) -> list[lookup.Choice]:
            with database.reading() as session:
                return lookup.find_people(session, text, limit=30)

        self.person = Chooser(
            find, self.tr("Nobody in particular"), self.tr("Type a name to choose a person…")
        )
        self.person.reload()
        with database.reading() as session:
            self.person.set_choice(lookup.person_choice(session, draft.person_id))
        self.due_on = QDateEdit(_qdate(draft.due_on or dt.date.today()))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat(self.locale().dateFormat(self.locale().FormatType.LongFormat))

        self.form.addRow(self.tr("What to do"), self.title)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("With whom"), self.person)
        self.form.addRow(self.tr("Due on"), self.due_on)
        self._save = lambda: save(self.draft())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return in the person box picks the person; it does not also save the form."""
        focus = self.focusWidget()
        in_person_box = focus is not None and (
            focus is self.person or self.person.isAncestorOf(focus)
        )
        if in_person_box and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def draft(self) -> followups.FollowUpDraft:
        return followups.FollowUpDraft(
            kind=self.kind.currentData(),
            title=self.title.text(),
            due_on=_pydate(self.due_on.date()),
            person_id=self.person.current_id(),
        )


class SnoozeDialog(_Form):
    """Choose the day to put a follow-up off until (from tomorrow on)."""

    def __init__(
        self,
        what: str,
        save: Callable[[dt.date], None],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Snooze until…"))
        self.set_intro(fill(self.tr("Until which day should “{what}” wait?"), what=what))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(_qdate(today + dt.timedelta(days=1)))
        self.calendar.setSelectedDate(_qdate(today + dt.timedelta(days=7)))
        self.calendar.activated.connect(lambda _day: self.accept())
        self.form.addRow(self.calendar)
        self._save = lambda: save(self.chosen_day())

    def chosen_day(self) -> dt.date:
        return _pydate(self.calendar.selectedDate())


class CadenceChooser(QWidget):
    """A preset rhythm (every 3 weeks, 2 months, 6 months, every year) or a number of days.

    ``none_label`` names the choice of no rhythm of one's own (``days()`` is then None).
    """

    CUSTOM = -1

    def __init__(self, none_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.addItem(none_label, None)
        for days in followups.CADENCE_PRESETS:
            self.choice.addItem(cadence_text(days).capitalize(), days)
        self.choice.addItem(self.tr("Every … days"), self.CUSTOM)
        self.days_box = QSpinBox()
        self.days_box.setRange(followups.MIN_CADENCE_DAYS, followups.MAX_CADENCE_DAYS)
        self.days_box.setValue(30)
        self.days_box.setSuffix(self.tr(" days"))
        self.choice.currentIndexChanged.connect(self._show_days)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.days_box)
        self._show_days()

    def _show_days(self) -> None:
        self.days_box.setVisible(self.choice.currentData() == self.CUSTOM)

    def set_days(self, days: int | None) -> None:
        index = self.choice.findData(days) if days else 0
        if index < 0:
            index = self.choice.findData(self.CUSTOM)
            self.days_box.setValue(days or 30)
        self.choice.setCurrentIndex(index)
        self._show_days()

    def days(self) -> int | None:
        chosen = self.choice.currentData()
        if chosen == self.CUSTOM:
            return self.days_box.value()
        return chosen


class CadenceDialog(_Form):
    """How often to get back in touch with one person."""

    def __init__(
        self,
        person_name: str,
        days: int | None,
        default_days: int | None,
        save: Callable[[int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep in touch"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 34)
        self.set_intro(
            fill(
                self.tr("How often do you want to get back in touch with {name}?"), name=person_name
            )
        )
        self.cadence = CadenceChooser(
            fill(self.tr("As usual for their status ({rhythm})"), rhythm=cadence_text(default_days))
        )
        self.cadence.choice.addItem(self.tr("Never remind me"), 0)
        self.cadence.set_days(days)
        if days == 0:
            self.cadence.choice.setCurrentIndex(self.cadence.choice.findData(0))
        self.form.addRow(self.cadence)
        self._save = lambda: save(self.cadence.days())


class CadenceDefaultsDialog(_Form):
    """The keep-in-touch rhythm of everyone who has none of their own, by status."""

    def __init__(
        self,
        defaults: dict[ContactStatus, int | None],
        save: Callable[[dict[ContactStatus, int | None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep-in-touch rhythms"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 38)
        self.set_intro(
            self.tr(
                "People think of you when your last contact is recent. For everyone without a "
                "rhythm of their own, Carnet reminds you to get back in touch after:"
            )
        )
        self.choosers: dict[ContactStatus, CadenceChooser] = {}
        for status in ContactStatus:
            chooser = CadenceChooser(self.tr("No reminder"))
            chooser.set_days(defaults.get(status))
            self.choosers[status] = chooser
            self.form.addRow(status_label(status), chooser)
        note = QLabel(
            self.tr(
                "Any call, meeting, email or notebook entry about someone starts the count again."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.body.insertWidget(self.body.indexOf(self.error), note)
        self._save = lambda: save(self.cadences())

    def cadences(self) -> dict[ContactStatus, int | None]:
        return {status: chooser.days() for status, chooser in self.choosers.items()}
