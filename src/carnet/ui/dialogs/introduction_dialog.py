"""Record an introduction: a new person the selected connector named, or who gave an existing
person's name; with the permission to use the connector's name and why the name matters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import referrals
from carnet.domain.enums import ContactStatus, Permission
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.people import PersonDraft, create_person, list_people
from carnet.ui.labels import permission_label
from carnet.ui.widgets.forewarned_box import forewarned_box
from carnet.ui.wording import fill


class IntroductionDialog(QDialog):
    """Creates the introduced person and the introduction in one transaction on OK.

    Without a connector it adds someone the user knows directly, under the root of the tree.
    """

    def __init__(
        self,
        database: Database,
        connector_id: int | None,
        connector_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._connector_id = connector_id
        self.created_person_id: int | None = None
        if connector_id is None:
            self.setWindowTitle(self.tr("Someone I know"))
            question = self.tr("Who do you know who could help you?")
        else:
            self.setWindowTitle(
                fill(self.tr("A person {name} introduced me to"), name=connector_name)
            )
            question = fill(self.tr("Who did {name} suggest you call?"), name=connector_name)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organization = QLineEdit()
        self.permission = QComboBox()
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
        # Nothing is claimed that was not said: "not asked" until the user says otherwise.
        self.permission.setCurrentIndex(self.permission.findData(Permission.NOT_ASKED))
        self.forewarned = forewarned_box()
        self.context = QPlainTextEdit()
        self.context.setTabChangesFocus(True)
        self.context.setPlaceholderText(
            self.tr("How they know each other, why this name is worth a call")
        )
        self.context.setFixedHeight(self.context.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        intro = QLabel(question)
        intro.setWordWrap(True)
        form = QFormLayout()
        for label, field in (
            (self.tr("&First name"), self.first_name),
            (self.tr("&Last name"), self.last_name),
            (self.tr("&Organisation"), self.organization),
            (self.tr("&Permission"), self.permission),
            (self.tr("They e&xpect my call"), self.forewarned),
            (self.tr("&Context"), self.context),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        if connector_id is None:
            form.setRowVisible(self.permission, False)
            form.setRowVisible(self.forewarned, False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        draft = PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organization_name=self.organization.text(),
            status=ContactStatus.TO_CONTACT,
        )
        try:
            with self._database.transaction() as session:
                if self._connector_id is None:
                    draft.how_we_met = self.context.toPlainText()
                    self.created_person_id = create_person(session, draft)
                else:
                    self.created_person_id = referrals.introduce_new_person(
                        session,
                        self._connector_id,
                        draft,
                        permission=self.permission.currentData(),
                        context=self.context.toPlainText(),
                        forewarned=self.forewarned.currentData(),
                    )
        except ValidationError as error:
            self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            self.error.show()
            self.first_name.setFocus()
            return
        super().accept()


class ConnectorChoiceDialog(QDialog):
    """Records who gave the user an existing person's name: pick the connector among the contacts.

    The introduction is written on OK, in one transaction; a loop or a repeat is refused in plain
    words and the dialog stays open.
    """

    def __init__(
        self,
        database: Database,
        person_id: int,
        person_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._person_id = person_id
        self.introduction_id: int | None = None
        self.setWindowTitle(self.tr("Who gave you this name?"))
        with database.reading() as session:
            rows = [row for row in list_people(session) if row.id != person_id]

        self.connector = QComboBox()
        self.connector.setEditable(True)
        self.connector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in rows:
            label = f"{row.full_name} — {row.organization}" if row.organization else row.full_name
            self.connector.addItem(label, row.id)
        self.connector.setCurrentIndex(-1)
        self.connector.lineEdit().setPlaceholderText(self.tr("Type a name to search your contacts"))
        completer = self.connector.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.permission = QComboBox()
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
        self.permission.setCurrentIndex(1)
        self.forewarned = forewarned_box()
        self.context = QPlainTextEdit()
        self.context.setTabChangesFocus(True)
        self.context.setPlaceholderText(
            self.tr("How they know each other, why this name is worth a call")
        )
        self.context.setFixedHeight(self.context.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        intro = QLabel(
            fill(
                self.tr("Who gave you {name}'s name? Choose them among your contacts."),
                name=person_name,
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for label, field in (
            (self.tr("&Connector"), self.connector),
            (self.tr("&Permission"), self.permission),
            (self.tr("They e&xpect my call"), self.forewarned),
            (self.tr("&Context"), self.context),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def choose(self, connector_id: int) -> None:
        self.connector.setCurrentIndex(self.connector.findData(connector_id))

    def _connector_id(self) -> int | None:
        text = self.connector.currentText().strip()
        index = self.connector.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.connector.itemData(index) if index >= 0 else None

    def accept(self) -> None:
        connector_id = self._connector_id()
        if connector_id is None:
            self._show_error(self.tr("Choose the connector among your contacts."))
            return
        try:
            with self._database.transaction() as session:
                self.introduction_id = referrals.add_introduction(
                    session,
                    connector_id,
                    self._person_id,
                    permission=self.permission.currentData(),
                    context=self.context.toPlainText(),
                    forewarned=self.forewarned.currentData(),
                )
        except ValidationError as error:
            self._show_error(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.connector.setFocus()
