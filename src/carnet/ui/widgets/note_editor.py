"""The text of a notebook entry: edited as formatted text, kept as Markdown.

The user sees headings, bold, italic and lists as they read, never the Markdown syntax; the
entry is stored as Markdown, so that it stays readable anywhere. No picture or remote resource
gets into a note: pastes come in as plain text, and those the editor cannot keep (a picture, a
text longer than a note may be) are refused with a message rather than silently. The words of
the current search are highlighted.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from carnet.domain.notebook import MAX_BODY_CHARACTERS
from carnet.domain.text import fold
from carnet.ui.widgets import note_markdown
from carnet.ui.wording import fill

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
MATCH_COLOUR = QColor("#ffe08a")


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded like the search index, and where each folded character came from."""
    folded: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(text):
        for out in fold(char) or char:
            folded.append(out)
            origin.append(position)
    return "".join(folded), origin


class SearchHighlighter(QSyntaxHighlighter):
    """Marks the words of the current search in the entry."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._words: list[str] = []
        self._match = QTextCharFormat()
        self._match.setBackground(MATCH_COLOUR)
        self._match.setForeground(QColor("black"))

    def set_search(self, text: str) -> None:
        words = [fold(w) for w in re.findall(r"\w+", text)]
        if words != self._words:
            self._words = words
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self._words:
            return
        folded, origin = folded_with_positions(text)
        for word in self._words:
            for match in re.finditer(r"(?<!\w)" + re.escape(word), folded):
                start = origin[match.start()]
                end = origin[match.end() - 1] + 1
                # the rest of the word too: the search matches words by their beginning
                while end < len(text) and text[end].isalnum():
                    end += 1
                self.setFormat(start, end - start, self._match)


def markdown_to_show(text: str) -> str:
    """A line break typed in a note is meant: keep it (Markdown would join the lines)."""
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


class NoteEditor(QTextEdit):
    """Edits an entry as formatted text (headings, bold, italic, lists) and keeps it as
    Markdown underneath (``markdown()``, ``set_markdown()``): the user never sees the syntax.

    What is pasted comes in as plain text, and nothing (no picture, no page) is ever loaded.
    ``refused(message)`` when a paste or a drop cannot go into the note.
    """

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self.highlighter = SearchHighlighter(self.document())
        for keys, run in (
            (QKeySequence.StandardKey.Bold, self.toggle_bold),
            (QKeySequence.StandardKey.Italic, self.toggle_italic),
            (QKeySequence("Ctrl+Alt+2"), self.toggle_heading),
            (QKeySequence("Ctrl+Shift+8"), self.toggle_list),
            (QKeySequence("Ctrl+Shift+7"), self.toggle_numbered_list),
        ):
            QShortcut(keys, self, run, context=Qt.ShortcutContext.WidgetShortcut)

    # -- the text, as Markdown ---------------------------------------------------------------

    def markdown(self) -> str:
        return note_markdown.write_from(self.document())

    def set_markdown(self, text: str) -> None:
        note_markdown.read_into(self.document(), text)

    def loadResource(self, _kind: int, _name: QUrl | str):  # noqa: N802 - Qt's name
        return None

    # -- pasting -----------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        # Accept pictures too, so that pasting one says why it is refused instead of nothing.
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
        elif source.hasHtml():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
        else:
            if source.hasImage() or source.hasUrls() or source.formats():
                self.refused.emit(
                    self.tr(
                        "A note keeps text only: pictures cannot be pasted into it. Save the "
                        "picture in a folder and write here where to find it."
                    )
                )
            return
        selected = len(self.textCursor().selectedText())
        length = self.document().characterCount() - 1 - selected + len(text)
        if length > MAX_BODY_CHARACTERS:
            self.refused.emit(
                fill(
                    self.tr(
                        "This text is too long to paste: a note holds up to {limit} characters and "
                        "this one would have {count}. Paste a shorter part, or split it into "
                        "several entries."
                    ),
                    limit=QLocale().toString(MAX_BODY_CHARACTERS),
                    count=QLocale().toString(length),
                )
            )
            return
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    # -- formatting ----------------------------------------------------------------------------

    def _merge(self, change: QTextCharFormat) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if cursor.hasSelection():
            cursor.mergeCharFormat(change)
        self.mergeCurrentCharFormat(change)
        self.setFocus()

    def toggle_bold(self) -> None:
        change = QTextCharFormat()
        bold = self.fontWeight() > QFont.Weight.Normal
        change.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(change)

    def toggle_italic(self) -> None:
        change = QTextCharFormat()
        change.setFontItalic(not self.fontItalic())
        self._merge(change)

    def toggle_heading(self) -> None:
        cursor = self.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else 2
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        line = QTextCursor(cursor)
        line.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        line.mergeCharFormat(note_markdown.heading_format(level))
        cursor.endEditBlock()
        self.mergeCurrentCharFormat(note_markdown.heading_format(level))
        self.setFocus()

    def toggle_list(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDisc)

    def toggle_numbered_list(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDecimal)

    def _toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            start, end = sorted((cursor.position(), cursor.anchor()))
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                listed = block.textList()
                if listed is not None:
                    listed.remove(block)
                    plain = QTextBlockFormat()
                    plain.setIndent(0)
                    QTextCursor(block).mergeBlockFormat(plain)
                block = block.next()
        else:
            cursor.createList(style)
        cursor.endEditBlock()
        self.setFocus()

    # -- what the notebook view calls ------------------------------------------------------

    def centerCursor(self) -> None:  # noqa: N802 - QPlainTextEdit's name, kept for callers
        self.ensureCursorVisible()


class NotePreview(QTextBrowser):
    """The note as it will read: Markdown rendered by Qt, with nothing fetched from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(markdown_to_show(text), MARKDOWN)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.ensureCursorVisible()

    def loadResource(self, _kind: int, _name: QUrl | str):  # noqa: N802 - Qt's name
        return None  # no picture, style sheet or page is ever loaded into a note

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
