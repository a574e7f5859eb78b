"""The Today page, the one Carnet opens on: the calls to make, the thank-yous and news owed to
relays, the follow-ups due, the meetings coming and the week's progress, each with its action.

The page only asks: calling, preparing, writing to a relay and opening a card are signals the
main window wires to the commands that do them; marking a follow-up done is its one write.
What waits today is announced with ``count_changed`` for the sidebar, counted again whenever the
data changes and at midnight, whether the page is on screen or not.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from carnet.db.engine import Database
from carnet.domain import followups, today
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.today import Agenda
from carnet.ui.events import DataEvents
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.agenda_page import AgendaPage
from carnet.ui.writes import run_write


class TodayView(LazyView):
    message_requested = Signal(str, int, int)
    """(kind, person the relay led to, relay): ``thank_relay`` or ``how_it_went``
    (``domain.messages.MessageKind``); the person is the relay when not known."""
    call_now_requested = Signal(int)
    prepare_requested = Signal(int)
    open_person_requested = Signal(int)
    count_changed = Signal(int)
    """What waits today, for the sidebar."""
    follow_ups_requested = Signal()
    import_requested = Signal()
    new_person_requested = Signal()
    demo_requested = Signal()

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self.agenda: Agenda | None = None
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.page = AgendaPage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self._count_later = QTimer(self, singleShot=True, interval=0)
        self._midnight = QTimer(self, singleShot=True)
        self._arm_midnight()

    def _connect(self) -> None:
        page = self.page
        for name in (
            "message_requested",
            "call_now_requested",
            "prepare_requested",
            "open_person_requested",
            "follow_ups_requested",
            "import_requested",
            "new_person_requested",
            "demo_requested",
        ):
            getattr(page, name).connect(getattr(self, name))
        page.done_requested.connect(self.mark_done)
        page.plan_button.clicked.connect(lambda: self.plan_week())
        self._count_later.timeout.connect(self.refresh_count)
        self._midnight.timeout.connect(self._new_day)
        self._events.people_changed.connect(self._data_changed)
        self._events.notes_changed.connect(self._data_changed)

    def refresh(self) -> None:
        with self._database.reading() as session:
            self.agenda = today.agenda(session, dt.date.today())
        self.page.show_agenda(self.agenda)
        self.count_changed.emit(self.agenda.count)

    def refresh_count(self) -> None:
        """What waits today, for the sidebar, with the page not on screen."""
        with self._database.reading() as session:
            self.count_changed.emit(today.count_waiting(session, dt.date.today()))

    def _data_changed(self) -> None:
        self.mark_stale()
        if not self.isVisible():
            self._count_later.start()  # once for a burst of changes

    def _arm_midnight(self) -> None:
        now = dt.datetime.now()
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000))

    def _new_day(self) -> None:
        """A new day, a new agenda: on screen or not, it and its count are read again."""
        self._data_changed()
        self._arm_midnight()

    def mark_done(self, key: followups.ItemKey, title: str) -> None:
        try:
            run_write(
                self._database, (self._events.people_changed,), followups.mark_done, key, title
            )
        except ValidationError as error:
            QMessageBox.warning(
                self,
                self.tr("Follow-up not changed"),
                QCoreApplication.translate(MESSAGES_CONTEXT, error.message),
            )
            self.reload()

    def plan_week(self):
        """The week plan (the Dashboard opens it too): this week's calls, picked."""
        from carnet.ui.dialogs.week_plan_dialog import WeekPlanDialog

        dialog = WeekPlanDialog(self._database, self._events, parent=self)
        dialog.exec()
        return dialog
