"""A playbook card's editor: its fill-ins (``{connector}``…) shown as readable chips in the
user's language (« le relais »), inserted from a menu, and kept as ``{name}`` underneath.

The message templates use it too, with their own fill-ins (``MESSAGE_CHIP_LABELS``) and as
``plain`` text: an e-mail has no Markdown."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from carnet.text import QT_TRANSLATE_NOOP
from carnet.ui import theme
from carnet.ui.icons import icon
from carnet.ui.widgets import note_markdown
from carnet.ui.widgets.note_editor import NoteEditor
from carnet.ui.wording import fill

CONTEXT = "FillIns"
# What each fill-in is called on its chip: short, in the user's words.
CHIP_LABELS = {
    "callee": QT_TRANSLATE_NOOP("FillIns", "the person called"),
    "connector": QT_TRANSLATE_NOOP("FillIns", "the relay"),
    "connector_role": QT_TRANSLATE_NOOP("FillIns", "the relay's job"),
    "connector_background": QT_TRANSLATE_NOOP("FillIns", "the relay's background"),
    "connector_link": QT_TRANSLATE_NOOP("FillIns", "how they know each other"),
    "my_name": QT_TRANSLATE_NOOP("FillIns", "my name"),
    "my_ask": QT_TRANSLATE_NOOP("FillIns", "my ask"),
}


# The fill-ins of a message template (domain/messages.py).
MESSAGE_CHIP_LABELS = {
    "recipient": QT_TRANSLATE_NOOP("FillIns", "the recipient"),
    "recipient_first_name": QT_TRANSLATE_NOOP("FillIns", "the recipient's first name"),
    "person": QT_TRANSLATE_NOOP("FillIns", "the person met"),
    "company": QT_TRANSLATE_NOOP("FillIns", "the company"),
    "connector": QT_TRANSLATE_NOOP("FillIns", "the relay"),
    "my_name": QT_TRANSLATE_NOOP("FillIns", "my name"),
    "my_pitch": QT_TRANSLATE_NOOP("FillIns", "my pitch"),
    "my_ask": QT_TRANSLATE_NOOP("FillIns", "my ask"),
}


def chip_label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, CHIP_LABELS[key])


def readable(text: str) -> str:
    """``text`` with each ``{name}`` written as its chip's label between quotes."""
    return re.sub(
        r"\{([a-z_]+)\}",
        lambda m: (
            fill(QCoreApplication.translate("FillIns", "“{label}”"), label=chip_label(m.group(1)))
            if m.group(1) in CHIP_LABELS
            else m.group(0)
        ),
        text,
    )


class FillInEditor(NoteEditor):
    """A card's text with chips; ``single_line`` for a title (plain text, no formatting)."""

    def __init__(
        self,
        *,
        single_line: bool = False,
        plain: bool = False,
        fill_ins: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._single_line = single_line
        self._plain = plain
        self._labels = dict(fill_ins if fill_ins is not None else CHIP_LABELS)
        self._sizes: dict[str, QSize] = {}
        self._images: dict[str, QImage] = {}
        self._paint_chips()
        if single_line:
            self.setLineWrapMode(NoteEditor.LineWrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setTabChangesFocus(True)
            self.setFixedHeight(self.fontMetrics().height() + 14)
        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("Insert a name"))
        self.insert_button.setIcon(icon("braces"))
        self.insert_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.insert_button)
        for key in self._labels:
            action = menu.addAction(self._label(key))
            action.triggered.connect(lambda _checked=False, k=key: self.insert_fill_in(k))
        self.insert_button.setMenu(menu)

    # -- chips -----------------------------------------------------------------------------

    def _label(self, key: str) -> str:
        return QCoreApplication.translate(CONTEXT, self._labels[key])

    def _paint_chips(self) -> None:
        font = self.font()
        metrics = QFontMetricsF(font)
        scale = 2.0
        fill = theme.colour("highlight_soft")
        ink = theme.colour("text")
        for key in self._labels:
            label = self._label(key)
            size = QSize(round(metrics.horizontalAdvance(label) + 14), round(metrics.height() + 2))
            image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(scale)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            path = QPainterPath()
            path.addRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 8, 8)
            painter.fillPath(path, fill)
            painter.setPen(QColor(theme.colour("accent")))
            painter.drawPath(path)
            painter.setPen(ink)
            painter.setFont(font)
            painter.drawText(
                QRectF(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, label
            )
            painter.end()
            self._images[key] = image
            self._sizes[key] = size
        self._add_chips()

    def _add_chips(self) -> None:
        """Give the document its chip pictures (clearing a document forgets them)."""
        for key, image in self._images.items():
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(self._name(key)), image
            )

    @staticmethod
    def _name(key: str) -> str:
        return note_markdown.FILL_IN_SCHEME + key

    def _chip(self, key: str) -> QTextImageFormat | None:
        if key not in self._labels:
            return None
        chip = QTextImageFormat()
        chip.setName(self._name(key))
        chip.setWidth(self._sizes[key].width())
        chip.setHeight(self._sizes[key].height())
        chip.setVerticalAlignment(QTextImageFormat.VerticalAlignment.AlignMiddle)
        chip.setToolTip(self._label(key))
        return chip

    def insert_fill_in(self, key: str) -> None:
        chip = self._chip(key)
        if chip is not None:
            self.textCursor().insertImage(chip)
            self.setFocus()

    # -- the text --------------------------------------------------------------------------

    def markdown(self) -> str:
        if not (self._single_line or self._plain):
            return note_markdown.write_from(self.document())
        lines = []
        block = self.document().firstBlock()
        while block.isValid():
            parts = []
            it = block.begin()
            while not it.atEnd():
                if it.fragment().isValid():
                    parts.append(note_markdown.fragment_text(it.fragment()))
                it += 1
            lines.append("".join(parts))
            if self._single_line:
                break
            block = block.next()
        return "\n".join(lines)

    def set_markdown(self, text: str) -> None:
        if not (self._single_line or self._plain):
            note_markdown.read_into(self.document(), text, self._chip)
            self._add_chips()
            return
        self.document().clear()
        cursor = QTextCursor(self.document())
        lines = text.split("\n") if self._plain else [" ".join(text.split("\n"))]
        for number, line in enumerate(lines):
            if number:
                cursor.insertBlock()
            note_markdown.insert_words(cursor, line, cursor.charFormat(), self._chip)
        self.document().clearUndoRedoStacks()
        self._add_chips()

    def text(self) -> str:
        return self.markdown()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name, for a title
        self.set_markdown(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)
