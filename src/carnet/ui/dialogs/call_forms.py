"""Pieces the call dialogs share: the person chooser, the error line, the thank-you proposal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import chain_thanks, interactions, lookup
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
    """Propose the "tell the connector and thank them" follow-up; one click adds it, and, when a
    meeting came through a chain, a "tell them where it led" follow-up for each connector above
    (a box, ticked, lets the user leave those out)."""
    if proposal is None:
        return None
    with database.reading() as session:
        upper = chain_thanks.upper_connectors(session, proposal)

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
    whole_chain = None
    if upper:
        whole_chain = QCheckBox(
            fill(
                QCoreApplication.translate(
                    "CallForms", "Also tell where it led to those who led you there: {names}"
                ),
                names=", ".join(link.connector_name for link in upper),
            )
        )
        whole_chain.setChecked(True)
        box.setCheckBox(whole_chain)
    box.exec()
    if box.clickedButton() is not accept:
        return None
    chain_titles = {
        link.connector_id: fill(
            QCoreApplication.translate(
                "CallForms",
                "Tell {connector} where it led (a meeting with {person}, through {relay}) "
                "and thank them",
            ),
            connector=link.connector_name,
            person=proposal.person_name,
            relay=link.led_to_name,
        )
        for link in upper
        if whole_chain is not None and whole_chain.isChecked()
    }
    title = fill(
        QCoreApplication.translate(
            "CallForms", "Tell {connector} how it went with {person}, and thank them"
        ),
        connector=proposal.connector_name,
        person=proposal.person_name,
    )
    try:

        def write(session: Session) -> int:
            follow_up_id = interactions.accept_thank_proposal(session, proposal, title)
            chain_thanks.accept_chain_thanks(session, proposal, chain_titles)
            return follow_up_id

        return run_write(database, (), write)
    except ValidationError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CallForms", "Follow-up not added"),
            QCoreApplication.translate(MESSAGES_CONTEXT, error.message),
        )
        return None
