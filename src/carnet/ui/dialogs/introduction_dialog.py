"""Record an introduction: a new person the selected connector named, or who gave an existing
person's name; with the permission to use the connector's name and why the name matters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import referrals
from carnet.domain.enums import ContactStatus, Permission
from carnet.domain.errors import ValidationError
from carnet.domain.people import PersonDraft, PersonRow, create_person, list_people
from carnet.ui.dialogs.form_dialog import FormDialog
from carnet.ui.labels import permission_label
from carnet.ui.widgets.forewarned_box import forewarned_box
from carnet.ui.wording import fill
from carnet.ui.writes import run_write


class IntroductionDialog(FormDialog):
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
            self.set_intro(self.tr("Who do you know who could help you?"))
        else:
            self.setWindowTitle(
                fill(self.tr("A person {name} introduced me to"), name=connector_name)
            )
            self.set_intro(fill(self.tr("Who did {name} suggest you call?"), name=connector_name))
        self.set_ok_text(self.tr("Add"))
        self._build_ui()
        if connector_id is None:
            self.form.setRowVisible(self.permission, False)
            self.form.setRowVisible(self.forewarned, False)
        self.resize(460, self.sizeHint().height())

    def _build_ui(self) -> None:
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organization = QLineEdit()
        self.permission = QComboBox()
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
        # Nothing is claimed that was not said: "not asked" until the user says otherwise.
        self.permission.setCurrentIndex(self.permission.findData(Permission.NOT_ASKED))
        self.forewarned = forewarned_box()
        self.context = _context_box(
            self.tr("How they know each other, why this name is worth a call")
        )
        self.add_rows(
            [
                (self.tr("&First name"), self.first_name),
                (self.tr("&Last name"), self.last_name),
                (self.tr("&Organisation"), self.organization),
                (self.tr("&Permission"), self.permission),
                (self.tr("They e&xpect my call"), self.forewarned),
                (self.tr("&Context"), self.context),
            ]
        )

    def save(self) -> None:
        draft = PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organization_name=self.organization.text(),
            status=ContactStatus.TO_CONTACT,
        )

        def write(session: Session) -> int:
            if self._connector_id is None:
                draft.how_we_met = self.context.toPlainText()
                return create_person(session, draft)
            return referrals.introduce_new_person(
                session,
                self._connector_id,
                draft,
                permission=self.permission.currentData(),
                context=self.context.toPlainText(),
                forewarned=self.forewarned.currentData(),
            )

        self.created_person_id = run_write(self._database, (), write)

    def field_for(self, error: ValidationError) -> QWidget:
        return self.first_name


class ConnectorChoiceDialog(FormDialog):
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
        self.set_intro(
            fill(
                self.tr("Who gave you {name}'s name? Choose them among your contacts."),
                name=person_name,
            )
        )
        self.set_ok_text(self.tr("Record"))
        with database.reading() as session:
            rows = [row for row in list_people(session) if row.id != person_id]
        self._build_ui(rows)
        self.resize(480, self.sizeHint().height())

    def _build_ui(self, rows: list[PersonRow]) -> None:
        self.connector = QComboBox()
        self.connector.setEditable(True)
        self.connector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in rows:
            label = f"{row.full_name} — {row.organization}" if row.organization else row.full_name
            self.connector.addItem(label, row.id)
        self.connector.setCurrentIndex(-1)
        line_edit, completer = self.connector.lineEdit(), self.connector.completer()
        assert line_edit is not None and completer is not None  # the combo box is editable
        line_edit.setPlaceholderText(self.tr("Type a name to search your contacts"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.permission = QComboBox()
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
        self.permission.setCurrentIndex(1)
        self.forewarned = forewarned_box()
        self.context = _context_box(
            self.tr("How they know each other, why this name is worth a call")
        )
        self.add_rows(
            [
                (self.tr("&Connector"), self.connector),
                (self.tr("&Permission"), self.permission),
                (self.tr("They e&xpect my call"), self.forewarned),
                (self.tr("&Context"), self.context),
            ]
        )

    def choose(self, connector_id: int) -> None:
        self.connector.setCurrentIndex(self.connector.findData(connector_id))

    def _connector_id(self) -> int | None:
        text = self.connector.currentText().strip()
        index = self.connector.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.connector.itemData(index) if index >= 0 else None

    def save(self) -> bool:
        connector_id = self._connector_id()
        if connector_id is None:
            self.show_error(self.tr("Choose the connector among your contacts."))
            self.connector.setFocus()
            return False
        self.introduction_id = run_write(
            self._database,
            (),
            referrals.add_introduction,
            connector_id,
            self._person_id,
            permission=self.permission.currentData(),
            context=self.context.toPlainText(),
            forewarned=self.forewarned.currentData(),
        )
        return True

    def field_for(self, error: ValidationError) -> QWidget:
        return self.connector


def _context_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
    return box
