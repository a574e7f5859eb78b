"""The form that shows and edits one person's card.

Every field the domain may refuse has its message just under it, in plain words; addresses and
numbers are checked as soon as the user leaves them, and kept as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import ContactStatus
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.people import NEVER_REMIND, ContactEntry, PersonDraft
from carnet.domain.person_rules import email_problem, phone_problem, url_problem
from carnet.domain.text import fold
from carnet.ui import theme
from carnet.ui.dialogs.follow_up_dialogs import CadenceChooser
from carnet.ui.labels import status_label
from carnet.ui.widgets.contact_points_editor import ERROR_STYLE, ContactPointsEditor

HINT_STYLE = "color: palette(mid);"


class TagCompleter(QCompleter):
    """Completes the tag being typed, the last one of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        typed = cast(QLineEdit, self.widget()).text() if self.widget() else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + index.data()


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in text.split(",") if tag.strip())


class PersonForm(QWidget):
    """Fields of a person; ``draft()`` reads them, ``set_draft()`` fills them."""

    edited = Signal()
    return_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known_organizations: set[str] = set()
        self._organization_loader: Callable[[], list[str]] | None = None
        self._organizations_loaded = True
        self._messages: dict[str, QLabel] = {}

        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.job_title = QLineEdit()
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("Company or organisation"))
        self._organization_completer = QCompleter([], self)
        self._organization_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._organization_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._organization_completer.setMaxVisibleItems(10)
        self.organization.setCompleter(self._organization_completer)
        self.organization_hint = QLabel()
        self.organization_hint.setStyleSheet(HINT_STYLE)
        self.organization_hint.hide()
        self.emails = ContactPointsEditor(
            placeholder="marie.dupont@example.fr",
            labels=[self.tr("work"), self.tr("personal")],
            add_text=self.tr("+ Add an email address"),
            check=email_problem,
            accessible_name=self.tr("Email"),
        )
        self.phones = ContactPointsEditor(
            placeholder="+33 6 12 34 56 78",
            labels=[self.tr("mobile"), self.tr("work"), self.tr("home")],
            add_text=self.tr("+ Add a phone number"),
            check=phone_problem,
            accessible_name=self.tr("Phone"),
        )
        self.city = QLineEdit()
        self.linkedin_url = QLineEdit()
        self.linkedin_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.status = QComboBox()
        for status in ContactStatus:
            self.status.addItem(status_label(status), status)
        # the same choices and words as the rhythms of Follow-ups; no rhythm of their own is
        # stored as 0 by the card (the status's rhythm then applies)
        self.keep_in_touch = CadenceChooser(self.tr("As usual for their status"))
        self.keep_in_touch.choice.addItem(self.tr("Never remind me"), 0)
        self.keep_in_touch.setFocusProxy(self.keep_in_touch.choice)
        self.decision_maker = QCheckBox(self.tr("Can &hire (decision maker)"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. luxury, Lyon"))
        self._tag_completer = TagCompleter([], self)
        self._tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self._tag_completer)
        self.background = QPlainTextEdit()
        self.background.setPlaceholderText(self.tr("Career path, current role, what they know"))
        self.how_we_met = QPlainTextEdit()
        self.how_we_met.setPlaceholderText(self.tr("Where, when, through whom"))
        for box in (self.background, self.how_we_met):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        self.error = self._message_label("name")

        names = QHBoxLayout()
        names.setContentsMargins(0, 0, 0, 0)
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)

        self.setObjectName("personForm")
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # in the order the fields were made, which is the order Tab follows
        sections = (
            (
                "",
                ((self.tr("&Name"), self._with_message(names, self.error), self.first_name),),
            ),
            (
                self.tr("Work"),
                (
                    (
                        self.tr("&Job title"),
                        self._field("job_title", self.job_title),
                        self.job_title,
                    ),
                    (
                        self.tr("&Organisation"),
                        self._field("organization_name", self.organization, self.organization_hint),
                        self.organization,
                    ),
                ),
            ),
            (
                self.tr("Contact details"),
                (
                    (self.tr("&Email"), self.emails, self.emails),
                    (self.tr("&Phone"), self.phones, self.phones),
                    (self.tr("&City"), self._field("city", self.city), self.city),
                    (
                        self.tr("Link&edIn"),
                        self._field("linkedin_url", self.linkedin_url),
                        self.linkedin_url,
                    ),
                ),
            ),
            (
                self.tr("In my search"),
                (
                    (self.tr("&Status"), self.status, self.status),
                    (
                        self.tr("&Keep in touch"),
                        self._field("keep_in_touch_days", self.keep_in_touch),
                        self.keep_in_touch,
                    ),
                    (self.tr("&Tags"), self._field("tags", self.tags), self.tags),
                ),
            ),
            (
                self.tr("What I know of them"),
                (
                    (
                        self.tr("&Background"),
                        self._field("background", self.background),
                        self.background,
                    ),
                    (
                        self.tr("&How we met"),
                        self._field("how_we_met", self.how_we_met),
                        self.how_we_met,
                    ),
                ),
            ),
        )
        self.section_titles: list[QLabel] = []
        for title, rows in sections:
            if title:
                heading = QLabel(title)
                heading.setProperty("role", "section")
                self.section_titles.append(heading)
                layout.addRow(heading)
            for text, field, buddy in rows:
                label = QLabel(text)
                label.setBuddy(buddy)
                layout.addRow(label, field)
                if buddy is self.keep_in_touch:
                    buddy.choice.setAccessibleName(text.replace("&", ""))
                elif buddy not in (self.emails, self.phones):
                    buddy.setAccessibleName(text.replace("&", ""))
                if buddy is self.status:
                    layout.addRow("", self.decision_maker)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        theme.dress(self, "person_form")

        for line in self._line_edits():
            line.textEdited.connect(self.edited)
            line.returnPressed.connect(self.return_pressed)
        for editor in (self.emails, self.phones):
            editor.edited.connect(self.edited)
            editor.return_pressed.connect(self.return_pressed)
        self.status.activated.connect(self.edited)
        self.keep_in_touch.choice.activated.connect(self.edited)
        self.keep_in_touch.days_box.valueChanged.connect(lambda _days: self.edited.emit())
        self.decision_maker.clicked.connect(self.edited)
        self.background.textChanged.connect(self.edited)
        self.how_we_met.textChanged.connect(self.edited)
        self.organization.textChanged.connect(self._update_organization_hint)
        self.linkedin_url.editingFinished.connect(self._check_linkedin_url)
        self.linkedin_url.textEdited.connect(lambda _t: self._messages["linkedin_url"].hide())

    # -- building --------------------------------------------------------------------------------

    def _message_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName("formError")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._messages[field] = label
        return label

    def _field(self, name: str, widget: QWidget, *below: QWidget) -> QWidget:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        for extra in below:
            box.addWidget(extra)
        box.addWidget(self._message_label(name))
        return self._wrap(box)

    def _with_message(self, row: QHBoxLayout, message: QLabel) -> QWidget:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(message)
        return self._wrap(box)

    @staticmethod
    def _wrap(layout) -> QWidget:
        widget = QWidget()
        widget.setLayout(layout)
        layout.setContentsMargins(0, 0, 0, 0)
        return widget

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.first_name,
            self.last_name,
            self.job_title,
            self.organization,
            self.city,
            self.linkedin_url,
            self.tags,
        ]

    def line_edits(self) -> list[QLineEdit]:
        """The one-line fields, where Enter saves."""
        return [*self._line_edits(), *self.emails.value_edits(), *self.phones.value_edits()]

    # -- choices from the data -------------------------------------------------------------------

    def set_organization_names(self, names: list[str]) -> None:
        model = self._organization_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)
        self._known_organizations = {fold(name) for name in names}
        self._organizations_loaded = True
        self._update_organization_hint()

    def set_organization_loader(self, loader: Callable[[], list[str]]) -> None:
        """Read the organisations offered only when the user types one (they may be many)."""
        self._organization_loader = loader
        self._organizations_loaded = False
        self.organization.installEventFilter(self)

    def forget_organization_names(self) -> None:
        if self._organization_loader is not None:
            self._organizations_loaded = False

    def _ensure_organization_names(self) -> None:
        if not self._organizations_loaded and self._organization_loader is not None:
            self.set_organization_names(self._organization_loader())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.organization and event.type() == QEvent.Type.FocusIn:
            self._ensure_organization_names()
        return super().eventFilter(watched, event)

    def set_tag_names(self, names: list[str]) -> None:
        model = self._tag_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)

    def _update_organization_hint(self) -> None:
        name = self.organization.text().strip()
        if name:
            self._ensure_organization_names()
        is_new = bool(name) and fold(name) not in self._known_organizations
        self.organization_hint.setText(
            self.tr("New organisation: Carnet adds it when you save.") if is_new else ""
        )
        self.organization_hint.setVisible(is_new)

    def _check_linkedin_url(self) -> None:
        problem = url_problem(self.linkedin_url.text())
        label = self._messages["linkedin_url"]
        label.setText(QCoreApplication.translate(MESSAGES_CONTEXT, problem) if problem else "")
        label.setVisible(bool(problem))

    # -- reading and filling ---------------------------------------------------------------------

    def draft(self) -> PersonDraft:
        return PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            job_title=self.job_title.text(),
            organization_name=self.organization.text(),
            city=self.city.text(),
            linkedin_url=self.linkedin_url.text(),
            background=self.background.toPlainText(),
            how_we_met=self.how_we_met.toPlainText(),
            status=self.status.currentData(),
            emails=self.emails.entries(),
            phones=self.phones.entries(),
            tags=split_tags(self.tags.text()),
            keep_in_touch_days=_draft_rhythm(self.keep_in_touch.days()),
            is_decision_maker=self.decision_maker.isChecked(),
        )

    def set_draft(self, draft: PersonDraft) -> None:
        blockers = [*self._line_edits(), self.background, self.how_we_met]
        for widget in blockers:
            widget.blockSignals(True)
        self.first_name.setText(draft.first_name)
        self.last_name.setText(draft.last_name)
        self.job_title.setText(draft.job_title)
        self.organization.setText(draft.organization_name)
        self.emails.set_entries(draft.emails if draft.emails is not None else _single(draft.email))
        self.phones.set_entries(draft.phones if draft.phones is not None else _single(draft.phone))
        self.city.setText(draft.city)
        self.linkedin_url.setText(draft.linkedin_url)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.keep_in_touch.days_box.blockSignals(True)
        days = draft.keep_in_touch_days
        if days == NEVER_REMIND:
            self.keep_in_touch.choice.setCurrentIndex(self.keep_in_touch.choice.findData(0))
        else:
            self.keep_in_touch.set_days(days or None)
        self.keep_in_touch.days_box.blockSignals(False)
        self.decision_maker.setChecked(bool(draft.is_decision_maker))
        self.tags.setText(", ".join(draft.tags or ()))
        self.background.setPlainText(draft.background)
        self.how_we_met.setPlainText(draft.how_we_met)
        for widget in blockers:
            widget.blockSignals(False)
        for line in self.line_edits():
            line.setCursorPosition(0)  # a long value shows its beginning
        self.organization_hint.hide()
        self.show_error(None)

    def show_error(self, error: ValidationError | None) -> None:
        """Show the domain's refusal under the field it names, and put the cursor there."""
        for label in self._messages.values():
            label.hide()
        self.emails.show_problem(None, None)
        self.phones.show_problem(None, None)
        if error is None:
            return
        message = QCoreApplication.translate(MESSAGES_CONTEXT, error.message)
        field, _, index = error.field.partition(".")
        if field in ("email", "emails", "phone", "phones"):
            editor = self.emails if field.startswith("email") else self.phones
            editor.show_problem(int(index or 0), error.message)
            return
        if field in ("first_name", "last_name"):
            label, focus = self.error, getattr(self, field)
        else:
            label = self._messages.get(field, self.error)
            focus = {
                "name": self.first_name,
                "organization_name": self.organization,
                "keep_in_touch_days": self.keep_in_touch,
            }.get(field) or getattr(self, field, None)
        label.setText(message)
        label.show()
        if isinstance(focus, QWidget):
            focus.setFocus()


def _single(value: str) -> tuple[ContactEntry, ...]:
    return (ContactEntry(value),) if value else ()


def _draft_rhythm(days: int | None) -> int:
    """The chooser's days as a draft holds them: 0 as usual, ``NEVER_REMIND`` never."""
    if days is None:
        return 0
    return NEVER_REMIND if days == 0 else days
