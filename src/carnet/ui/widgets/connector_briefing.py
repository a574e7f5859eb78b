"""The connector briefing card, shown wherever a call to a referred person is prepared or logged.

It says in one glance on whose behalf the user calls, whether they may say so, and what to tell
the callee about the connector if the name rings no bell (job, background, supposed link).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from carnet.db.engine import Database
from carnet.domain.briefing import (
    ConnectorBriefing,
    DirectContact,
    connector_briefing,
    direct_contact,
)
from carnet.domain.enums import Forewarned, Permission, Warmth
from carnet.ui.labels import introduction_status_label
from carnet.ui.wording import fill

_TONES = {
    "good": "background: #e3f1e4; color: #1d4d23; border: 1px solid #b7d9ba;",
    "caution": "background: #fdf1d8; color: #5c4300; border: 1px solid #ecd399;",
    "stop": "background: #fbe3e1; color: #7a1a13; border: 1px solid #efb9b4;",
    "neutral": "background: palette(alternate-base); border: 1px solid palette(mid);",
}


def _label(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ConnectorBriefingPanel(QFrame):
    """Call ``show_person(database, person_id)``; ``briefing`` then holds what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectorBriefing")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Connector briefing"))
        self.briefing: ConnectorBriefing | None = None

        self.heading = _label(self.tr("Connector briefing"), bold=True)
        self.warning = _label()
        self.warning.setObjectName("briefingWarning")
        self.warning.setContentsMargins(8, 6, 8, 6)
        self.connector_name = _label(bold=True)
        self.job = _label()
        self.background = _label()
        self.link = _label()
        self.introduction = _label()
        self.others = _label()
        self.reason = _label()
        self.forewarned = _label()
        self.hint = _label()
        self.hint.setObjectName("briefingHint")
        self.hint.setStyleSheet("QLabel#briefingHint { color: palette(placeholder-text); }")
        self.opening_title = _label(self.tr("Opening line"), bold=True)
        self.opening_line = _label()
        self.opening_line.setObjectName("openingLine")
        self.opening_line.setStyleSheet(
            "QLabel#openingLine { border: none; border-left: 3px solid #7a8fa8;"
            " padding: 4px 8px; font-style: italic; }"
        )

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        for title, field in (
            (self.tr("Connector"), self.connector_name),
            (self.tr("Job"), self.job),
            (self.tr("Background"), self.background),
            (self.tr("Their link"), self.link),
            (self.tr("Why call them"), self.reason),
            (self.tr("Introduction"), self.introduction),
            (self.tr("Forewarned"), self.forewarned),
            (self.tr("Also named by"), self.others),
        ):
            form.addRow(title, field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.details)
        layout.addWidget(self.hint)
        layout.addWidget(self.opening_title)
        layout.addWidget(self.opening_line)
        layout.addStretch(1)
        self._show_nobody()

    # -- filling ------------------------------------------------------------------------------

    def show_person(self, database: Database, person_id: int | None) -> None:
        """Read and show the briefing on ``person_id``'s connector (None clears the panel)."""
        if person_id is None:
            self._show_nobody()
            return
        with database.reading() as session:
            briefing = connector_briefing(session, person_id)
            contact = direct_contact(session, person_id) if briefing is None else None
        if briefing is not None:
            self.show_briefing(briefing)
        elif contact is not None and contact.kind == Warmth.KNOWN:
            self._show_known(contact)
        else:
            self._show_cold(contact.name if contact else "")

    def show_briefing(self, briefing: ConnectorBriefing) -> None:
        self.briefing = briefing
        connector = briefing.connector_name
        self.connector_name.setText(connector)
        self._set_row(self.job, self._job_text(briefing))
        self._set_row(self.background, briefing.connector_background)
        self._set_row(self.link, briefing.context)
        self._set_row(self.reason, briefing.reason)
        self._set_row(self.introduction, self._introduction_text(briefing))
        self._set_row(self.forewarned, self._forewarned_text(briefing))
        self._set_row(self.others, ", ".join(briefing.other_connectors))
        self.details.show()
        missing = not (briefing.connector_job_title or briefing.connector_background)
        self.hint.setText(
            fill(
                self.tr(
                    "Note {connector}'s job and background on their card: if the name rings no "
                    "bell, that is what you will explain."
                ),
                connector=connector,
            )
            if missing
            else ""
        )
        self.hint.setVisible(missing)
        if briefing.permission == Permission.YES:
            self._warn(
                fill(
                    self.tr("{connector} agreed that you call on their behalf."),
                    connector=connector,
                ),
                "good",
            )
            self._set_opening(self._warm_opening(briefing))
        elif briefing.permission == Permission.NO:
            self._warn(
                fill(
                    self.tr(
                        "{connector} asked you not to use their name: do not mention them in "
                        "this call."
                    ),
                    connector=connector,
                ),
                "stop",
            )
            self._set_opening(self._cold_opening(briefing.person_organization))
        else:
            self._warn(
                fill(
                    self.tr(
                        "You have not asked {connector} yet whether you may use their name. Ask "
                        "them before you call, or call without naming them."
                    ),
                    connector=connector,
                ),
                "caution",
            )
            self._set_opening(self._cold_opening(briefing.person_organization))

    def _show_nobody(self) -> None:
        self.briefing = None
        self.details.hide()
        self.hint.hide()
        self._warn(self.tr("Choose a person to see who introduced you to them."), "neutral")
        self._set_opening("")

    def _show_known(self, contact: DirectContact) -> None:
        self.briefing = None
        self.details.hide()
        self.hint.hide()
        self._warn(
            fill(
                self.tr(
                    "Nobody introduced you to {person}: you know them already. Tell them where "
                    "you stand and ask for their advice and a few names, as between friends."
                ),
                person=contact.name,
            ),
            "good",
        )
        self._set_opening(
            fill(
                self.tr(
                    "Hello {person}, it's me. I'm looking for my next job and I'd like your "
                    "advice: do you have ten minutes this week?"
                ),
                person=contact.first_name,
            )
        )

    def _show_cold(self, name: str) -> None:
        self.briefing = None
        self.details.hide()
        self.hint.hide()
        text = (
            fill(
                self.tr(
                    "Nobody introduced you to {person}: this is a cold call. Say who you are and "
                    "why you are calling them in particular."
                ),
                person=name,
            )
            if name
            else self.tr("This person is no longer in your contacts.")
        )
        self._warn(text, "caution")
        self._set_opening(self._cold_opening("") if name else "")

    # -- wording ------------------------------------------------------------------------------

    def _warm_opening(self, briefing: ConnectorBriefing) -> str:
        if briefing.forewarned == Forewarned.YES:
            return fill(
                self.tr(
                    "Hello, {connector} told you I would call: I'm the person they mentioned. "
                    "Do you have a few minutes now, or when would suit you better?"
                ),
                connector=briefing.connector_name,
            )
        if briefing.person_organization:
            text = self.tr(
                "Hello, I'm calling on behalf of {connector}, who suggested we talk: they "
                "thought you could tell me how things work at {organization}. Do you have a "
                "few minutes?"
            )
        else:
            text = self.tr(
                "Hello, I'm calling on behalf of {connector}, who suggested we talk. Do you have "
                "a few minutes?"
            )
        # One pass: an organisation named like a placeholder is not filled in again.
        return fill(
            text, connector=briefing.connector_name, organization=briefing.person_organization
        )

    def _cold_opening(self, organization: str) -> str:
        if organization:
            return fill(
                self.tr(
                    "Hello, I'm preparing my next career step and I'm interested in "
                    "{organization}. Could you spare a few minutes to share your experience?"
                ),
                organization=organization,
            )
        return self.tr(
            "Hello, I'm preparing my next career step. Could you spare a few minutes to share "
            "your experience?"
        )

    def _forewarned_text(self, briefing: ConnectorBriefing) -> str:
        if briefing.forewarned == Forewarned.YES:
            return fill(
                self.tr("{connector} has told them that you will call."),
                connector=briefing.connector_name,
            )
        if briefing.forewarned == Forewarned.NO:
            return fill(
                self.tr(
                    "They do not expect your call: say in one sentence who {connector} is to you."
                ),
                connector=briefing.connector_name,
            )
        return self.tr("You don't know whether they expect your call.")

    def _job_text(self, briefing: ConnectorBriefing) -> str:
        job, organization = briefing.connector_job_title, briefing.connector_organization
        if job and organization:
            return fill(self.tr("{job} at {organization}"), job=job, organization=organization)
        return job or organization

    def _introduction_text(self, briefing: ConnectorBriefing) -> str:
        locale = QLocale()
        parts = [introduction_status_label(briefing.introduction_status)]
        if briefing.introduced_on:
            parts.append(
                fill(
                    self.tr("name given on {date}"),
                    date=locale.toString(
                        QDate(briefing.introduced_on),  # type: ignore[call-overload]  # PySide6 takes a date
                        QLocale.FormatType.ShortFormat,
                    ),
                )
            )
        if briefing.thanked_on:
            parts.append(
                fill(
                    self.tr("thanked on {date}"),
                    date=locale.toString(
                        QDate(briefing.thanked_on),  # type: ignore[call-overload]  # PySide6 takes a date
                        QLocale.FormatType.ShortFormat,
                    ),
                )
            )
        return " · ".join(parts)

    # -- helpers ------------------------------------------------------------------------------

    def _warn(self, text: str, tone: str) -> None:
        self.warning.setText(text)
        self.warning.setProperty("tone", tone)
        self.warning.setStyleSheet(
            f"QLabel#briefingWarning {{ {_TONES[tone]} border-radius: 4px; }}"
        )

    def _set_opening(self, text: str) -> None:
        self.opening_line.setText(text)
        self.opening_title.setVisible(bool(text))
        self.opening_line.setVisible(bool(text))

    def _set_row(self, field: QLabel, text: str) -> None:
        field.setText(text)
        self._form.setRowVisible(field, bool(text))

    @property
    def tone(self) -> str:
        """ "good", "caution", "stop" or "neutral": the colour of the warning, for tests."""
        return str(self.warning.property("tone"))
