"""The top of a person's card: an initials avatar, the name, the status, the role and
organisation, and who introduced them with what permission."""

from __future__ import annotations

import html
import zlib

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from carnet.domain.people import PersonDraft
from carnet.domain.timeline import EntryKind, TimelineEntry
from carnet.ui import theme
from carnet.ui.labels import permission_label, status_label
from carnet.ui.wording import fill

AVATAR_COLOURS = ("#3b7ea1", "#8a5a9e", "#4f8a5b", "#b0643a", "#a14a5e", "#5a6ea8", "#7a7a3a")


def initials(name: str) -> str:
    letters = [word[0] for word in name.split() if word[:1].isalpha()]
    if not letters:
        return "?"
    return (letters[0] + (letters[-1] if len(letters) > 1 else "")).upper()


class Avatar(QWidget):
    """A coloured disc with the person's initials; the colour stays the same for the same name."""

    SIDE = 52

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(self.SIDE, self.SIDE))
        self._text = "?"
        self._colour = QColor(AVATAR_COLOURS[0])

    def set_name(self, name: str) -> None:
        self._text = initials(name)
        self._colour = QColor(AVATAR_COLOURS[zlib.crc32(name.encode()) % len(AVATAR_COLOURS)])
        self.setAccessibleName(self._text)
        self.update()

    def text(self) -> str:
        return self._text

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        font = QFont(self.font())
        font.setPixelSize(self.SIDE * 2 // 5)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)


class CardHeader(QFrame):
    """Shows a saved person (``show_person``) or a card being created (``show_new``)."""

    open_person_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self.avatar = Avatar()
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.role = QLabel()
        self.role.setObjectName("cardDetail")
        self.role.setTextFormat(Qt.TextFormat.PlainText)
        self.role.setWordWrap(True)
        self.introduced = QLabel()
        self.introduced.setObjectName("cardDetail")
        self.introduced.setTextFormat(Qt.TextFormat.RichText)
        self.introduced.setWordWrap(True)
        self.introduced.linkActivated.connect(
            lambda link: self.open_person_requested.emit(int(link))
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.avatar, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.status, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.role, 1, 1, 1, 2)
        grid.addWidget(self.introduced, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        theme.dress(self, "card_header")

    def show_new(self) -> None:
        self.avatar.set_name("")
        self.name.setText(self.tr("New person"))
        self.status.hide()
        self.role.setText(self.tr("Fill in what you know, then save: the rest can wait."))
        self.role.show()
        self.introduced.hide()

    def show_person(self, draft: PersonDraft, entries: list[TimelineEntry]) -> None:
        name = draft.full_name
        self.avatar.set_name(name)
        self.name.setText(name)
        self.status.setText(status_label(draft.status))
        self.status.show()
        role = " · ".join(part for part in (draft.job_title, draft.organization_name) if part)
        self.role.setText(role)
        self.role.setVisible(bool(role))
        introductions = [e for e in entries if e.kind is EntryKind.INTRODUCED_BY]
        if introductions:
            first = min(introductions, key=lambda e: e.when)
            link = f'<a href="{first.other_person_id}">{html.escape(first.other_person_name)}</a>'
            text = fill(self.tr("Introduced by {name}"), name=link)
            if first.permission is not None:
                text += " · " + html.escape(permission_label(first.permission))
            self.introduced.setText(text)
        self.introduced.setVisible(bool(introductions))
