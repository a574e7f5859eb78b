"""Give and take, on the dashboard: this week's gives beside its asks, and the people who helped
and could now be helped in return."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from carnet.db.engine import Database
from carnet.domain import reciprocity
from carnet.ui.wording import date_text, fill, fill_rich

CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)


class GiveAndTakePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(self.tr("Give and take"))
        self.title.setStyleSheet("font-weight: 600; color: palette(text);")
        self.week = QLabel()
        self.week.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.week.setTextFormat(Qt.TextFormat.PlainText)
        self.week.setWordWrap(True)
        self.helpers = QLabel()
        self.helpers.setTextFormat(Qt.TextFormat.RichText)
        self.helpers.setWordWrap(True)
        self.helpers.setAccessibleName(self.tr("Whom you could help now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.week)
        layout.addWidget(self.helpers)

    def show_from(self, database: Database) -> None:
        with database.reading() as session:
            week = reciprocity.week_give_and_take(session)
            owed = reciprocity.could_help_now(session)
        self.show_figures(week, owed)

    def show_figures(
        self, week: reciprocity.WeekGiveAndTake, owed: list[reciprocity.Helper]
    ) -> None:
        self.week.setText(
            fill(
                self.tr("This week: {asks} and {gives}"),
                asks=self.tr("%Ln asks", "", week.asks),
                gives=self.tr("%Ln gives", "", week.gives),
            )
        )
        if not owed:
            self.helpers.setText(
                "<span style='color: #5f6368'>"
                + html.escape(
                    self.tr(
                        "Nobody is waiting for a return: everyone who helped you has heard "
                        "from you since. Help given: Calls ▸ Help given…"
                    )
                )
                + "</span>"
            )
            return
        lines = [html.escape(self.tr("They helped you; you could help them now:"))]
        for helper in owed:
            what = []
            if helper.names_given:
                what.append(self.tr("%Ln names given", "", helper.names_given))
            if helper.helpful_talks:
                what.append(self.tr("%Ln helpful talks", "", helper.helpful_talks))
            given = (
                fill(self.tr("last help given on {date}"), date=date_text(helper.last_give))
                if helper.last_give
                else self.tr("nothing given back yet")
            )
            lines.append(
                fill_rich(
                    self.tr("• <b>{name}</b>: {what}; {given}"),
                    name=helper.name,
                    what=", ".join(what),  # the same in French and English
                    given=given,
                )
            )
        self.helpers.setText("<br>".join(lines))
