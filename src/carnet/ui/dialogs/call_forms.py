"""Pieces the call dialogs share: the person chooser, the error line, the thank-you proposal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from carnet.db.engine import Database
from carnet.domain import interactions, lookup
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.widgets.chooser import Chooser
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open at ``width`` x ``height``, or smaller on a small screen (a 1024 x 640 laptop)."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - 40)
        height = min(height, room.height() - 60)
    dialog.resize(width, height)


def keep_enter_in_the_form(dialog: QDialog, event: QKeyEvent) -> bool:
    """Enter in a field of a long form never submits it by surprise; Ctrl+Enter does.

    Returns True when the key was handled (the caller then skips ``QDialog.keyPressEvent``).
    """
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        dialog.accept()
        return True
    if isinstance(dialog.focusWidget(), QPushButton):
        return False
    event.accept()
    return True


def person_chooser(database: Database, person_id: int | None) -> Chooser:
    def find(text: str) -> list[lookup.Choice]:
        with database.reading() as session:
            return lookup.find_people(session, text, limit=30)

    chooser = Chooser(
        find,
        QCoreApplication.translate("CallForms", "Choose a person…"),
        QCoreApplication.translate("CallForms", "Type a name to choose a person…"),
    )
    chooser.reload()
    with database.reading() as session:
        chooser.set_choice(lookup.person_choice(session, person_id))
    return chooser


def text_box(placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, error: ValidationError) -> None:
    label.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
    label.show()


def short_date(day) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def offer_thanks(
    parent: QWidget, database: Database, proposal: interactions.ThankProposal | None
) -> int | None:
    """Propose the "tell the connector and thank them" follow-up; one click adds it."""
    if proposal is None:
        return None

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CallForms", "Thank your connector"))
    box.setText(
        fill(
            QCoreApplication.translate(
                "CallForms",
                "It went well with {person}. Tell {connector} how it went, and thank them?",
            ),
            person=proposal.person_name,
            connector=proposal.connector_name,
        )
    )
    box.setInformativeText(
        fill(
            QCoreApplication.translate("CallForms", "A follow-up will remind you on {date}."),
            date=short_date(proposal.due_on),
        )
    )
    accept = box.addButton(
        QCoreApplication.translate("CallForms", "Add the follow-up"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("CallForms", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(accept)
    box.exec()
    if box.clickedButton() is not accept:
        return None
    title = fill(
        QCoreApplication.translate(
            "CallForms", "Tell {connector} how it went with {person}, and thank them"
        ),
        connector=proposal.connector_name,
        person=proposal.person_name,
    )
    try:
        return run_write(database, (), interactions.accept_thank_proposal, proposal, title)
    except ValidationError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CallForms", "Follow-up not added"),
            QCoreApplication.translate(MESSAGES_CONTEXT, error.message),
        )
        return None
