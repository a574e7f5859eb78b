"""My profile: who the user is and what they ask for, shown in every call preparation (seed 004:
people can only help you if your ask is precise)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import profile
from carnet.ui.dialogs.form_dialog import FormDialog
from carnet.ui.writes import run_write


def _text_box(placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ProfileDialog(FormDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("My profile"))
        self.set_intro(
            self.tr(
                "People help those whose ask is precise. Your pitch and your ask are shown in "
                "every call preparation."
            )
        )
        self._build_ui()
        self.resize(560, self.sizeHint().height())
        with database.reading() as session:
            draft = profile.load_profile(session)
        self.name.setText(draft.name)
        self.target_role.setText(draft.target_role)
        self.sectors.setText(draft.sectors)
        self.pitch.setPlainText(draft.pitch)
        self.precise_ask.setPlainText(draft.precise_ask)
        self.weekly_goal.setValue(draft.weekly_goal)

    def _build_ui(self) -> None:
        self.name = QLineEdit()
        self.target_role = QLineEdit()
        self.target_role.setPlaceholderText(self.tr("e.g. Key account manager"))
        self.sectors = QLineEdit()
        self.sectors.setPlaceholderText(self.tr("e.g. Luxury perfume, selective cosmetics"))
        self.pitch = _text_box(
            self.tr("Who you are and what you bring, in three or four sentences"), 4
        )
        self.precise_ask = _text_box(
            self.tr(
                "What exactly you ask of the people you meet: the kind of person you want to "
                "talk to, in which companies"
            ),
            3,
        )
        self.weekly_goal = QSpinBox()
        self.weekly_goal.setRange(profile.MIN_WEEKLY_GOAL, profile.MAX_WEEKLY_GOAL)
        self.weekly_goal.setSuffix(self.tr(" new people a week"))
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_rows(
            [
                (self.tr("&Name"), self.name),
                (self.tr("&Target role"), self.target_role),
                (self.tr("&Sectors"), self.sectors),
                (self.tr("&Pitch"), self.pitch),
                (self.tr("Precise &ask"), self.precise_ask),
                (self.tr("&Weekly goal"), self.weekly_goal),
            ]
        )

    def draft(self) -> profile.ProfileDraft:
        return profile.ProfileDraft(
            name=self.name.text(),
            target_role=self.target_role.text(),
            sectors=self.sectors.text(),
            pitch=self.pitch.toPlainText(),
            precise_ask=self.precise_ask.toPlainText(),
            weekly_goal=self.weekly_goal.value(),
        )

    def save(self) -> None:
        run_write(self._database, (), profile.save_profile, self.draft())
