"""Quick capture of a lead, from anywhere (Ctrl+L): a name someone just dropped, in seconds.

Keyboard only: type the name, Tab to who mentioned them (a few letters find them among the
contacts), their company, where it came up, may I use their name, one line of why; Enter saves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import leads, lookup, name_match, people
from carnet.domain.enums import Permission
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.widgets.chooser import Chooser
from carnet.ui.widgets.contact_points_editor import ERROR_STYLE
from carnet.ui.widgets.forewarned_box import forewarned_box
from carnet.ui.widgets.name_match_box import NameMatchBox
from carnet.ui.writes import run_write


class ConnectorChooser(Chooser):
    """Leaving the box after typing a few letters picks the first person they find."""

    def __init__(self, find, none_label: str, placeholder: str) -> None:
        super().__init__(find, none_label, placeholder)
        self._find_people = find

    def commit_typed(self) -> None:
        line_edit = self.lineEdit()
        assert line_edit is not None  # a Chooser is editable
        typed = line_edit.text().strip()
        index = self.currentIndex()
        if not typed or (index > 0 and self.itemText(index) == typed):
            return
        found = self._find_people(typed)
        if found:
            self.set_choice(found[0])

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self.view().isVisible():
            self.commit_typed()
        super().focusOutEvent(event)


class QuickLeadDialog(QDialog):
    """``person_id`` holds the new lead's id once saved (the dialog is then accepted); when the
    name was someone already known, ``connector_added_to`` holds their id instead."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.person_id: int | None = None
        self.connector_added_to: int | None = None
        self.setWindowTitle(self.tr("New lead"))
        heading = QLabel(self.tr("Someone gave you a name? Note it now, qualify it later."))
        heading.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.same_person = NameMatchBox(self._people_named)
        self.same_person.watch(self.name)
        self.connector = ConnectorChooser(
            self._find_people,
            self.tr("Nobody (you found them yourself)"),
            self.tr("Type a few letters of their name"),
        )
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("Where they work"))
        completer = QCompleter([], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.context = QLineEdit()
        self.context.setPlaceholderText(self.tr("e.g. lunch with Marie, 12 March"))
        self.permission = QComboBox()
        for permission, label in (
            (Permission.NOT_ASKED, self.tr("To ask")),
            (Permission.YES, self.tr("Yes, I may say they sent me")),
            (Permission.NO, self.tr("No, without their name")),
        ):
            self.permission.addItem(label, permission)
        self.forewarned = forewarned_box()
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("e.g. runs the purchasing team I want to join"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Name"), self.name),
            (self.tr("&Mentioned by"), self.connector),
            (self.tr("&Company"), self.organization),
            (self.tr("C&ontext"), self.context),
            (self.tr("May I use their &name?"), self.permission),
            (self.tr("They e&xpect my call"), self.forewarned),
            (self.tr("&Why call them"), self.why),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
            field.setAccessibleName(text.replace("&", ""))
            if field is self.name:
                form.addRow("", self.same_person)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save the lead"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        with database.reading() as session:
            names = people.organization_names(session)
        completer.setModel(QStringListModel(names, completer))
        self.connector.reload()
        self.name.setFocus()

    def _find_people(self, text: str) -> list[lookup.Choice]:
        with self._database.reading() as session:
            return lookup.find_people(session, text)

    def _people_named(self, text: str) -> list[name_match.NameMatch]:
        with self._database.reading() as session:
            return name_match.people_named(session, text)

    def draft(self) -> leads.LeadDraft:
        return leads.LeadDraft(
            name=self.name.text(),
            connector_id=self.connector.current_id(),
            organization_name=self.organization.text(),
            context=self.context.text(),
            permission=self.permission.currentData(),
            why=self.why.text(),
            forewarned=self.forewarned.currentData(),
        )

    def save(self) -> None:
        self.connector.commit_typed()
        if self.same_person.is_pending():
            self.same_person.refresh()
        known = self.same_person.chosen_id()
        try:
            if known is None:
                self.person_id = run_write(self._database, (), leads.capture_lead, self.draft())
            else:
                run_write(self._database, (), leads.add_connector_to_known, known, self.draft())
                self.connector_added_to = known
        except ValidationError as error:
            self.show_error(error)
            return
        self.accept()

    def show_error(self, error: ValidationError) -> None:
        self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
        self.error.show()
        focus = {
            "name": self.name,
            "first_name": self.name,
            "last_name": self.name,
            "connector": self.connector,
            "organization_name": self.organization,
            "context": self.context,
            "how_we_met": self.context,
            "why": self.why,
        }.get(error.field, self.name)
        focus.setFocus()
