"""The call mode: a small window that stays on top of the others while the user is on the phone.

Above, what to have in mind (the briefing with the opening line, the playbook cards); below, what
to note (the kind of call, free notes, the names the person gives, each with the permission to
use the person's name); at the bottom, one button per outcome, which logs the call and closes the
window. Everything typed is saved as a draft a moment after the user pauses (``Autosaver``), and
comes back when the call mode is opened again for the same person, even after a crash.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import call_mode, name_match
from carnet.domain.briefing import person_name
from carnet.domain.enums import Outcome, Permission, Warmth
from carnet.domain.errors import MESSAGES_CONTEXT, DomainError, ValidationError
from carnet.domain.interactions import call_context
from carnet.ui.autosave import Autosaver
from carnet.ui.dialogs.call_forms import error_label, fit_to_screen, show_error, text_box
from carnet.ui.labels import outcome_label, permission_label, warmth_label
from carnet.ui.widgets.connector_briefing import ConnectorBriefingPanel
from carnet.ui.widgets.name_match_box import NameMatchBox
from carnet.ui.widgets.playbook_panel import PlaybookPanel
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

GEOMETRY_KEY = "call_mode/geometry"
COMPACT = (440, 720)  # a laptop screen's corner, beside the phone or the video call


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class CallModeWindow(QDialog):
    """``outcome_chosen(outcome)`` when the user clicks an outcome: the commands call
    ``log(outcome)``, which writes the call and closes the window without keeping a draft."""

    outcome_chosen = Signal(str)
    edit_playbook = Signal()

    def __init__(self, database: Database, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.person_id = person_id
        self._names: list[call_mode.NameGiven] = []
        self._warmth_chosen = False
        self.logged = False
        self._closed = False
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        # A tool window would hide while the user is in their phone or video app (macOS).
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        with database.reading() as session:
            name = person_name(session, person_id)
        self.setWindowTitle(fill(self.tr("Call with {name}"), name=name))
        self._build_ui()
        self._connect()
        self._autosave = Autosaver(
            self._snapshot,
            self._write,
            self,
            retry_on=lambda error: not isinstance(error, ValidationError),
        )
        self._autosave.failed.connect(self._on_failed)
        self._autosave.saved.connect(lambda _result: self.saved_state.setText(self.tr("Saved")))
        self._show_person()
        self._show_names()
        if parent is not None:  # quitting with the call mode open still saves what was typed
            parent.installEventFilter(self)
        self._place()

    def _build_ui(self) -> None:
        """The briefing and the playbook in tabs; the kind, notes, names; the outcomes."""
        self.briefing = ConnectorBriefingPanel()
        self.playbook = PlaybookPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self.briefing), self.tr("Briefing"))
        self.tabs.addTab(_scrolled(self.playbook), self.tr("Playbook"))

        self.warmth = QComboBox()
        self.warmth.setAccessibleName(self.tr("Kind of call"))
        for warmth in Warmth:
            self.warmth.addItem(warmth_label(warmth), warmth)
        self.notes = text_box(self.tr("What they say, what you learn"), 3)
        self.notes.setAccessibleName(self.tr("Notes of the call"))

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A name they give you"))
        self.name.setAccessibleName(self.tr("Name given"))
        self.permission = QComboBox()
        self.permission.setAccessibleName(self.tr("Permission to use their name"))
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
        self.permission.setCurrentIndex(1)
        self.add_name_button = QPushButton(self.tr("Add"))
        self.same_person = NameMatchBox(self._people_named)
        self.same_person.watch(self.name)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Names given"))
        self.names.setMaximumHeight(self.names.fontMetrics().lineSpacing() * 3 + 8)
        self.remove_name_button = QPushButton(self.tr("Remove"))
        self.name_error = error_label()

        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        for outcome in Outcome:
            self.outcome_buttons[outcome] = QPushButton(outcome_label(outcome))
            self.outcome_buttons[outcome].setAutoDefault(False)
        self.error = error_label()
        self.saved_state = QLabel()
        self.saved_state.setStyleSheet("color: palette(placeholder-text);")

        self._lay_out()

    def _lay_out(self) -> None:
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Kind of call")))
        kind_row.addWidget(self.warmth, 1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.add_name_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.names, 1)
        list_row.addWidget(self.remove_name_button, 0, Qt.AlignmentFlag.AlignTop)
        outcomes = QGridLayout()
        for index, button in enumerate(self.outcome_buttons.values()):
            outcomes.addWidget(button, index // 3, index % 3)
        heading = QLabel(self.tr("How did it go? One click logs the call and closes this window."))
        heading.setWordWrap(True)
        names_title = QLabel(self.tr("Names given"))
        notes_title = QLabel(self.tr("Your notes"))
        notes_title.setBuddy(self.notes)
        for title in (names_title, notes_title, heading):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 5)
        layout.addLayout(kind_row)
        layout.addWidget(notes_title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(names_title)
        layout.addLayout(name_row)
        layout.addWidget(self.permission)
        layout.addWidget(self.same_person)
        layout.addWidget(self.name_error)
        layout.addLayout(list_row)
        layout.addWidget(heading)
        layout.addLayout(outcomes)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_state)

    def _connect(self) -> None:
        self.playbook.edit_requested.connect(self.edit_playbook)
        self.warmth.activated.connect(self._warmth_picked)
        self.notes.textChanged.connect(self._edited)
        self.add_name_button.clicked.connect(self.add_name)
        self.name.returnPressed.connect(self.add_name)
        self.remove_name_button.clicked.connect(self.remove_name)
        for outcome, button in self.outcome_buttons.items():
            button.clicked.connect(lambda _checked=False, o=outcome: self.outcome_chosen.emit(o))

    # -- the person and the draft ----------------------------------------------------------------

    def _show_person(self) -> None:
        self.briefing.show_person(self._database, self.person_id)
        self.playbook.show_person(self._database, self.person_id)
        with self._database.reading() as session:
            draft = call_mode.load_draft(session, self.person_id)
            suggested = call_context(session, self.person_id).suggested_warmth
        warmth = draft.warmth if draft is not None and draft.warmth is not None else suggested
        self.warmth.setCurrentIndex(self.warmth.findData(warmth))
        if draft is None:
            return
        self._warmth_chosen = draft.warmth is not None
        self.notes.blockSignals(True)
        self.notes.setPlainText(draft.notes)
        self.notes.blockSignals(False)
        self._names = list(draft.names)

    def draft(self) -> call_mode.CallDraft:
        return call_mode.CallDraft(
            self.person_id,
            self.notes.toPlainText(),
            Warmth(self.warmth.currentData()) if self._warmth_chosen else None,
            list(self._names),
        )

    def _warmth_picked(self, _index: int) -> None:
        self._warmth_chosen = True
        self._edited()

    def _edited(self) -> None:
        self.saved_state.setText(self.tr("Saving…"))
        self._autosave.edited()

    def _snapshot(self) -> call_mode.CallDraft:
        return self.draft()

    def _write(self, draft: call_mode.CallDraft) -> None:
        # On the autosave thread: nothing for the views to show (a draft is not data yet).
        run_write(self._database, (), call_mode.save_draft, draft)

    def _on_failed(self, error: BaseException) -> None:
        self.saved_state.setText(
            self.tr(
                "Not saved yet: Carnet cannot write to your data file. What you typed stays "
                "here, and Carnet tries again every few seconds."
            )
        )

    # -- names given -----------------------------------------------------------------------------

    def _people_named(self, typed: str) -> list[name_match.NameMatch]:
        with self._database.reading() as session:
            return name_match.people_named(session, typed, exclude=self.person_id)

    def add_name(self) -> None:
        if self.same_person.is_pending():
            self.same_person.refresh()
        given = call_mode.NameGiven(
            " ".join(self.name.text().split()),
            Permission(self.permission.currentData()),
            self.same_person.chosen_id(),
        )
        try:
            call_mode.check_new_name(self.draft(), given)
        except ValidationError as error:
            show_error(self.name_error, error)
            self.name.setFocus()
            return
        self.name_error.hide()
        self._names.append(given)
        self._show_names()
        self.name.clear()
        self.same_person.refresh()
        self.permission.setCurrentIndex(1)
        self.name.setFocus()
        self._edited()

    def remove_name(self) -> None:
        row = self.names.currentRow()
        if 0 <= row < len(self._names):
            del self._names[row]
            self._show_names()
            self._edited()

    def _show_names(self) -> None:
        self.names.clear()
        for given in self._names:
            text = fill(
                self.tr("{name}: {permission}"),
                name=given.name,
                permission=permission_label(given.permission).lower(),
            )
            if given.known_person_id is not None:
                text = fill(self.tr("{name} (already in your contacts)"), name=text)
            self.names.addItem(QListWidgetItem(text))
        self.names.setCurrentRow(len(self._names) - 1)
        self.names.setVisible(bool(self._names))  # the room goes to the briefing until then
        self.remove_name_button.setVisible(bool(self._names))

    # -- logging and closing ---------------------------------------------------------------------

    def log(self, outcome: Outcome) -> call_mode.CallLogged | None:
        """Log the call with ``outcome`` (what the commands call); None if it was refused."""
        self._autosave.forget()
        try:
            logged = run_write(
                self._database,
                (),
                call_mode.log_call,
                self.draft(),
                outcome,
                dt.datetime.now(),
            )
        except DomainError as error:
            self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            self.error.show()
            self._autosave.edited()  # the draft stays, and is saved
            return None
        self.logged = True
        self.close()
        return logged

    def _save_before_leaving(self) -> bool:
        return self.logged or self._autosave.flush()

    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            self._save_before_leaving()
            self._autosave.shutdown()
            self._remember_place()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.done(QDialog.DialogCode.Rejected)
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = event.type() == QEvent.Type.Close and watched is self.parent()
        if closing and not (self.logged or self._closed):
            self._autosave.flush()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter adds a name or a line, never logs the call by surprise
            return
        super().keyPressEvent(event)

    # -- where it sits ---------------------------------------------------------------------------

    def _place(self) -> None:
        saved = QSettings().value(GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            return
        fit_to_screen(self, *COMPACT)
        screen = self.screen()
        if screen is not None:  # the top right corner, out of the way of the call
            room = screen.availableGeometry()
            self.move(room.right() - self.width() - 24, room.top() + 24)

    def _remember_place(self) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
