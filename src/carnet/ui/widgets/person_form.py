"""The form that shows and edits one person's card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from carnet.domain.enums import ContactStatus
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.people import PersonDraft
from carnet.ui.labels import status_label


class PersonForm(QWidget):
    """Fields of a person; ``draft()`` reads them, ``set_draft()`` fills them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.job_title = QLineEdit()
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("Company or organisation"))
        self._organization_completer = QCompleter([], self)
        self._organization_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._organization_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(self._organization_completer)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.city = QLineEdit()
        self.linkedin_url = QLineEdit()
        self.linkedin_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.status = QComboBox()
        for status in ContactStatus:
            self.status.addItem(status_label(status), status)
        self.background = QPlainTextEdit()
        self.background.setPlaceholderText(self.tr("Career path, current role, what they know"))
        self.how_we_met = QPlainTextEdit()
        for box in (self.background, self.how_we_met):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in (
            (self.tr("&First name"), self.first_name),
            (self.tr("&Last name"), self.last_name),
            (self.tr("&Job title"), self.job_title),
            (self.tr("&Organisation"), self.organization),
            (self.tr("&Email"), self.email),
            (self.tr("&Phone"), self.phone),
            (self.tr("&City"), self.city),
            (self.tr("Link&edIn"), self.linkedin_url),
            (self.tr("&Status"), self.status),
            (self.tr("&Background"), self.background),
            (self.tr("&How we met"), self.how_we_met),
        ):
            layout.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        layout.addRow(self.error)

        for line in self._line_edits():
            line.textEdited.connect(self.edited)
        self.status.activated.connect(self.edited)
        self.background.textChanged.connect(self.edited)
        self.how_we_met.textChanged.connect(self.edited)

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.first_name,
            self.last_name,
            self.job_title,
            self.organization,
            self.email,
            self.phone,
            self.city,
            self.linkedin_url,
        ]

    def set_organization_names(self, names: list[str]) -> None:
        self._organization_completer.model().setStringList(names)  # type: ignore[attr-defined]

    def draft(self) -> PersonDraft:
        return PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            job_title=self.job_title.text(),
            organization_name=self.organization.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            city=self.city.text(),
            linkedin_url=self.linkedin_url.text(),
            background=self.background.toPlainText(),
            how_we_met=self.how_we_met.toPlainText(),
            status=self.status.currentData(),
        )

    def set_draft(self, draft: PersonDraft) -> None:
        blockers = [*self._line_edits(), self.background, self.how_we_met]
        for widget in blockers:
            widget.blockSignals(True)
        self.first_name.setText(draft.first_name)
        self.last_name.setText(draft.last_name)
        self.job_title.setText(draft.job_title)
        self.organization.setText(draft.organization_name)
        self.email.setText(draft.email)
        self.phone.setText(draft.phone)
        self.city.setText(draft.city)
        self.linkedin_url.setText(draft.linkedin_url)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.background.setPlainText(draft.background)
        self.how_we_met.setPlainText(draft.how_we_met)
        for widget in blockers:
            widget.blockSignals(False)
        self.show_error(None)

    def show_error(self, error: ValidationError | None) -> None:
        if error is None:
            self.error.hide()
            return
        self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
        self.error.show()
        field = {"name": self.first_name}.get(error.field) or getattr(self, error.field, None)
        if isinstance(field, QWidget):
            field.setFocus()
