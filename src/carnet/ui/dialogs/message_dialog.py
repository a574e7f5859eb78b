"""Write a message from a template: choose its kind and the address, read and change the subject
and the text, open it in the mail program or copy it for LinkedIn, then log it as sent.

The relay's name is in the text only when they said yes (``domain/messages.py``); otherwise a
line above the text says why in plain words, and offers to ask the relay first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import messages
from carnet.domain.enums import InteractionKind, Permission
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.messages import ComposedMessage, MessageKind, SentMessage
from carnet.text import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.form_dialog import FormDialog
from carnet.ui.events import DataEvents
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

KIND_LABELS = {
    MessageKind.ASK_INTRODUCTION: QT_TRANSLATE_NOOP("MessageKinds", "Ask for an introduction"),
    MessageKind.FIRST_CONTACT: QT_TRANSLATE_NOOP("MessageKinds", "First message to a new person"),
    MessageKind.ASK_PERMISSION: QT_TRANSLATE_NOOP(
        "MessageKinds", "Ask the relay whether you may name them"
    ),
    MessageKind.THANK_RELAY: QT_TRANSLATE_NOOP("MessageKinds", "Thank the relay"),
    MessageKind.HOW_IT_WENT: QT_TRANSLATE_NOOP("MessageKinds", "Tell the relay how it went"),
    MessageKind.FOLLOW_UP: QT_TRANSLATE_NOOP("MessageKinds", "Follow up after a meeting"),
}


def kind_label(kind: MessageKind) -> str:
    return QCoreApplication.translate("MessageKinds", KIND_LABELS[kind])


def _translated(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


class MessageDialog(FormDialog):
    edit_template_requested = Signal(str)
    """The user wants to change the wording of this kind of message."""

    def __init__(
        self,
        database: Database,
        events: DataEvents,
        kind: MessageKind,
        person_id: int,
        parent: QWidget | None = None,
        recipient_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._person_id = person_id
        self._wanted_recipient = recipient_id
        """Who the message goes to unless the user picks another (e.g. Today's relay up the
        chain); None: the one that fits the kind."""
        self.message: ComposedMessage | None = None
        self.setWindowTitle(self.tr("Write a message"))
        self._build_ui()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.compose()
        self._connect()

    def _build_ui(self) -> None:
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind)
        self.recipient = QComboBox()
        self.address = QComboBox()
        self.address.setEditable(True)
        line = self.address.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("No e-mail address: type one, or copy the text"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("relayNotice")
        self.notice.setStyleSheet(
            "QLabel#relayNotice { background: palette(alternate-base); padding: 6px; }"
        )
        self.ask_first_button = QPushButton()
        ask_row = QHBoxLayout()
        ask_row.addStretch()
        ask_row.addWidget(self.ask_first_button)
        self.subject = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(200)
        self.mail_button = QPushButton(self.tr("Open in my mail program"))
        self.copy_button = QPushButton(self.tr("Copy for LinkedIn"))
        self.template_button = QPushButton(self.tr("Edit the template…"))
        actions = QHBoxLayout()
        actions.addWidget(self.mail_button)
        actions.addWidget(self.copy_button)
        actions.addStretch()
        actions.addWidget(self.template_button)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.channel = QComboBox()
        self.channel.addItem(self.tr("By e-mail"), InteractionKind.EMAIL)
        self.channel.addItem(self.tr("By message (LinkedIn or other)"), InteractionKind.MESSAGE)
        self.add_rows(
            [
                (self.tr("&Kind of message"), self.kind),
                (self.tr("&To"), self.recipient),
                (self.tr("&Address"), self.address),
            ]
        )
        self.form.addRow(self.notice)
        self.form.addRow(ask_row)
        self.add_rows([(self.tr("&Subject"), self.subject), (self.tr("Te&xt"), self.text)])
        self.form.addRow(actions)
        self.form.addRow(self.feedback)
        self.add_rows([(self.tr("Se&nt"), self.channel)])
        self.set_ok_text(self.tr("Log as sent"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))
        self.resize(640, 600)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self.compose())
        self.recipient.currentIndexChanged.connect(lambda _i: self.compose(keep_recipient=True))
        self.ask_first_button.clicked.connect(self.ask_first)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.copy_button.clicked.connect(self.copy_for_linkedin)
        self.template_button.clicked.connect(
            lambda: self.edit_template_requested.emit(str(self.current_kind()))
        )

    # -- the message ----------------------------------------------------------------------------

    def current_kind(self) -> MessageKind:
        return MessageKind(self.kind.currentData())

    def compose(self, *, keep_recipient: bool = False) -> None:
        """Fill the subject and the text for the kind and the recipient chosen."""
        recipient_id = self.recipient.currentData() if keep_recipient else self._wanted_recipient
        try:
            with self._database.reading() as session:
                message = messages.compose_message(
                    session,
                    self.current_kind(),
                    self._person_id,
                    recipient_id,
                    translate=_translated,
                )
        except ValidationError as error:
            self.show_error(_translated(error.message))
            return
        self.message = message
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for recipient in message.recipients:
            self.recipient.addItem(recipient.name, recipient.person_id)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(message.recipient.person_id)))
        self.recipient.setEnabled(len(message.recipients) > 1)
        self.recipient.blockSignals(False)
        self.address.clear()
        self.address.addItems(list(message.recipient.addresses))
        self.subject.setText(message.subject)
        self.text.setPlainText(message.body)
        self._show_notice(message)
        self.set_intro(
            fill(
                self.tr("A message to {name}. Read it, change what you like, then send it."),
                name=message.recipient.name,
            )
        )

    def _show_notice(self, message: ComposedMessage) -> None:
        """Why the relay is not named, when they are not (and the way to ask them first)."""
        text = ""
        if message.relay_id is not None and not message.relay_named:
            if message.permission == Permission.NO:
                text = self.tr(
                    "{relay} asked you not to use their name: this message does not mention them."
                )
            elif message.permission == Permission.NOT_ASKED:
                text = self.tr(
                    "You have not asked {relay} yet whether you may use their name, so this "
                    "message does not mention them. You may send it as it is, or ask them first."
                )
        self.notice.setText(fill(text, relay=message.relay_name))
        self.notice.setVisible(bool(text))
        self.ask_first_button.setText(fill(self.tr("Ask {relay} first"), relay=message.relay_name))
        self.ask_first_button.setVisible(bool(text) and message.asks_permission_first)

    def ask_first(self) -> None:
        """The question to the relay: may I say that you sent me?"""
        self.kind.setCurrentIndex(self.kind.findData(MessageKind.ASK_PERMISSION))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.show()

    def _copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)

    def open_in_mail(self) -> None:
        """``mailto:`` with the subject and the text; too long for a mail program, or with no
        address, the text goes to the clipboard instead."""
        self.channel.setCurrentIndex(self.channel.findData(InteractionKind.EMAIL))
        address = self.address.currentText().strip()
        subject, body = self.subject.text().strip(), self.text.toPlainText()
        if not address:
            self._copy(subject + "\n\n" + body)
            self._say(
                self.tr(
                    "There is no e-mail address for this person, so the message is copied: "
                    "paste it into a new e-mail or on LinkedIn (Ctrl+V)."
                )
            )
            return
        url = messages.mailto_url(address, subject, body)
        if messages.fits_mail_program(url):
            QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))
            self._say(
                self.tr(
                    "Your mail program opens with the message. Once you have sent it, "
                    "click “Log as sent”."
                )
            )
            return
        self._copy(body)
        short = messages.mailto_url(address, subject, "")
        QDesktopServices.openUrl(QUrl.fromEncoded(short.encode("ascii")))
        self._say(
            self.tr(
                "This message is too long to be handed to your mail program in one piece: it "
                "opens with the address and the subject, and the text is copied. Paste it into "
                "the message (Ctrl+V)."
            )
        )

    def copy_for_linkedin(self) -> None:
        self.channel.setCurrentIndex(self.channel.findData(InteractionKind.MESSAGE))
        self._copy(self.text.toPlainText())
        self._say(
            self.tr(
                "The text is copied: paste it into LinkedIn (Ctrl+V). Once you have sent it, "
                "click “Log as sent”."
            )
        )

    # -- logging it -----------------------------------------------------------------------------

    def sent(self) -> SentMessage:
        message = self.message
        assert message is not None
        return SentMessage(
            kind=message.kind,
            recipient_id=self.recipient.currentData(),
            about_id=message.about_id,
            channel=InteractionKind(self.channel.currentData()),
            subject=self.subject.text(),
            relay_named=message.relay_named
            and message.relay_name in self.subject.text() + self.text.toPlainText(),
        )

    def save(self) -> bool:
        if self.message is None:
            return False
        run_write(self._database, (self._events.people_changed,), messages.record_sent, self.sent())
        return True

    def field_for(self, error: ValidationError) -> QWidget | None:
        return self.recipient if error.field == "recipient" else self.subject
