"""The first minute: who the user is and what they look for, then where to start."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import profile, settings
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.writes import run_write


class StartChoice(Enum):
    DEMO = "demo"
    IMPORT_LINKEDIN = "import_linkedin"
    EMPTY = "empty"


def needs_welcome(database: Database) -> bool:
    """True until the user has finished or skipped the welcome on this data file."""
    with database.reading() as session:
        return settings.get_setting(session, settings.WELCOME_DONE) != "1"


class WelcomeDialog(QWizard):
    """Two short pages; "Skip" leaves everything as it is but does not come back uninvited."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.choice = StartChoice.EMPTY
        self.setWindowTitle(self.tr("Welcome to Carnet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Not now"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Save and continue"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
        self.customButtonClicked.connect(lambda _which: self.skip())
        self.profile_page = _ProfilePage(database)
        self.start_page = _StartPage(self)
        self.addPage(self.profile_page)
        self.addPage(self.start_page)
        self.resize(640, 520)

    def skip(self) -> None:
        self._mark_done()
        self.reject()

    def accept(self) -> None:
        self._mark_done()
        super().accept()

    def _mark_done(self) -> None:
        run_write(self._database, (), settings.set_setting, settings.WELCOME_DONE, "1")


class _ProfilePage(QWizardPage):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self.setTitle(self.tr("Your search, in a few words"))
        # In the page rather than as the wizard's subtitle, which cuts a third line off.
        self.intro = QLabel(
            self.tr(
                "Carnet helps you meet the people who can hire you, one recommendation at a "
                "time. What you write here appears in every call preparation; you can change "
                "it later under File → My profile."
            )
        )
        self.intro.setWordWrap(True)
        with database.reading() as session:
            current = profile.load_profile(session)
        self.name = QLineEdit(current.name)
        self.target_role = QLineEdit(current.target_role)
        self.target_role.setPlaceholderText(self.tr("e.g. Key account manager, luxury goods"))
        self.pitch = QPlainTextEdit(current.pitch)
        self.pitch.setPlaceholderText(self.tr("Who you are and what you bring, in two sentences"))
        self.precise_ask = QPlainTextEdit(current.precise_ask)
        self.precise_ask.setPlaceholderText(
            self.tr("What exactly people can do for you, e.g. two names at a target company")
        )
        for box in (self.pitch, self.precise_ask):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        self.weekly_goal = QSpinBox()
        self.weekly_goal.setRange(profile.MIN_WEEKLY_GOAL, profile.MAX_WEEKLY_GOAL)
        self.weekly_goal.setValue(current.weekly_goal)
        self.weekly_goal.setSuffix(self.tr(" new people a week"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.intro)
        for label, field in (
            (self.tr("Your &name"), self.name),
            (self.tr("&Role you are looking for"), self.target_role),
            (self.tr("Your &pitch"), self.pitch),
            (self.tr("Your precise &ask"), self.precise_ask),
            (self.tr("Weekly &goal"), self.weekly_goal),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        form.addRow(self.error)

    def validatePage(self) -> bool:
        draft = profile.ProfileDraft(
            name=self.name.text(),
            target_role=self.target_role.text(),
            pitch=self.pitch.toPlainText(),
            precise_ask=self.precise_ask.toPlainText(),
            weekly_goal=self.weekly_goal.value(),
        )

        def write(session: Session) -> None:
            draft.sectors = profile.load_profile(session).sectors
            profile.save_profile(session, draft)

        try:
            run_write(self._database, (), write)
        except ValidationError as error:
            self.error.setText(QCoreApplication.translate(MESSAGES_CONTEXT, error.message))
            self.error.show()
            return False
        return True


class _StartPage(QWizardPage):
    def __init__(self, wizard: WelcomeDialog) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("How would you like to start?"))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.buttons = {}
        for choice, title, detail in (
            (
                StartChoice.DEMO,
                self.tr("Explore with demo data"),
                self.tr("A ready-made network in a separate file: your own data is not touched."),
            ),
            (
                StartChoice.IMPORT_LINKEDIN,
                self.tr("Import my LinkedIn connections"),
                self.tr("From the Connections.csv file (or the zip) that LinkedIn sends you."),
            ),
            (
                StartChoice.EMPTY,
                self.tr("Start with an empty notebook"),
                self.tr("Add the first people you will call, and who introduced you to them."),
            ),
        ):
            button = QCommandLinkButton(title, detail)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        layout.addStretch()
        note = QLabel(self.tr("You can open this welcome again from the Help menu."))
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)

    def _choose(self, choice: StartChoice) -> None:
        self._wizard.choice = choice
        self._wizard.accept()
