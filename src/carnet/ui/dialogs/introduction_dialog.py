"""Ask for a person the selected connector named: who, may I use the connector's name, why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
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
from carnet.domain.people import PersonDraft, create_person
from carnet.ui.labels import permission_label


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
                self.tr("A person {name} introduced me to").replace("{name}", connector_name)
            )
            question = self.tr("Who did {name} suggest you call?").replace("{name}", connector_name)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organization = QLineEdit()
        self.permission = QComboBox()
        for permission in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
            self.permission.addItem(permission_label(permission), permission)
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
            (self.tr("&Context"), self.context),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        if connector_id is None:
            form.setRowVisible(self.permission, False)
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
                    )
        except ValidationError as error:
            self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            self.error.show()
            self.first_name.setFocus()
            return
        super().accept()
