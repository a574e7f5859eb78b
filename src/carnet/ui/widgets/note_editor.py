"""The text of a notebook entry: Markdown typed as plain text, with its preview.

Plain text keeps typing fast in long notes, keeps the search index free of markup, and lets no
picture or remote resource into a note. The editor shows headings and bold as they will look,
highlights the words of the current search, and refuses pastes it cannot keep (a picture, a text
longer than a note may be) with a message rather than silently.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QMimeData, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QWidget

from carnet.domain.notebook import MAX_BODY_CHARACTERS
from carnet.domain.text import fold

_HEADING = re.compile(r"^(#{1,6})\s+\S")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?![*\w])")
_LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s")
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


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._words: list[str] = []
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._heading.setFontPointSize(document.defaultFont().pointSizeF() * 1.25)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self._italic = QTextCharFormat()
        self._italic.setFontItalic(True)
        self._marker = QTextCharFormat()
        self._marker.setForeground(QColor("#8a8a8a"))
        self._match = QTextCharFormat()
        self._match.setBackground(MATCH_COLOUR)
        self._match.setForeground(QColor("black"))

    def set_search(self, text: str) -> None:
        words = [fold(w) for w in re.findall(r"\w+", text)]
        if words != self._words:
            self._words = words
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self._heading)
            self.setFormat(0, len(heading.group(1)), self._marker)
        else:
            listed = _LIST.match(text)
            if listed:
                self.setFormat(listed.start(1), len(listed.group(1)), self._marker)
            for match in _BOLD.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._bold)
            for match in _ITALIC.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._italic)
        if self._words:
            self._highlight_words(text)

    def _highlight_words(self, text: str) -> None:
        folded, origin = folded_with_positions(text)
        for word in self._words:
            for match in re.finditer(r"(?<!\w)" + re.escape(word), folded):
                start = origin[match.start()]
                end = origin[match.end() - 1] + 1
                # the rest of the word too: the search matches words by their beginning
                while end < len(text) and text[end].isalnum():
                    end += 1
                self.setFormat(start, end - start, self._match)


class NoteEditor(QPlainTextEdit):
    """``refused(message)`` when a paste or a drop cannot go into the note."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)
        self.highlighter = MarkdownHighlighter(self.document())
        QShortcut(QKeySequence.StandardKey.Bold, self, self.toggle_bold)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        # Accept pictures too, so that pasting one says why it is refused instead of nothing.
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText() and source.hasHtml():
            converted = QMimeData()
            converted.setText(QTextDocumentFragment.fromHtml(source.html()).toPlainText())
            source = converted
        if not source.hasText():
            if source.hasImage() or source.hasUrls() or source.formats():
                self.refused.emit(
                    self.tr(
                        "A note keeps text only: pictures cannot be pasted into it. Save the "
                        "picture in a folder and write here where to find it."
                    )
                )
            return
        text = source.text()
        selected = len(self.textCursor().selectedText())
        length = self.document().characterCount() - 1 - selected + len(text)
        if length > MAX_BODY_CHARACTERS:
            self.refused.emit(
                self.tr(
                    "This text is too long to paste: a note holds up to {limit} characters and "
                    "this one would have {count}. Paste a shorter part, or split it into "
                    "several entries."
                )
                .replace("{limit}", QLocale().toString(MAX_BODY_CHARACTERS))
                .replace("{count}", QLocale().toString(length))
            )
            return
        super().insertFromMimeData(source)

    # -- formatting: Markdown typed for the user ---------------------------------------------

    def toggle_bold(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        text = cursor.selectedText()
        cursor.beginEditBlock()
        if text.startswith("**") and text.endswith("**") and len(text) >= 4:
            cursor.insertText(text[2:-2])
        else:
            cursor.insertText(f"**{text}**")
            if not text:
                cursor.movePosition(QTextCursor.MoveOperation.Left, n=2)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus()

    def toggle_heading(self) -> None:
        self._prefix_lines(lambda line: line[3:] if line.startswith("## ") else "## " + line)

    def toggle_list(self) -> None:
        self._prefix_lines(lambda line: line[2:] if line.startswith("- ") else "- " + line)

    def toggle_numbered_list(self) -> None:
        lines_done: list[int] = []

        def number(line: str) -> str:
            found = re.match(r"^\d+\.\s", line)
            if found:
                return line[found.end() :]
            lines_done.append(1)
            return f"{len(lines_done)}. {line}"

        self._prefix_lines(number)

    def _prefix_lines(self, change) -> None:
        cursor = self.textCursor()
        start, end = sorted((cursor.position(), cursor.anchor()))
        document = self.document()
        first = document.findBlock(start)
        last = document.findBlock(end)
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            line_cursor = QTextCursor(block)
            line_cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            line_cursor.insertText(change(block.text()))
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
        self.setFocus()


class NotePreview(QTextBrowser):
    """The note as it will read: Markdown rendered by Qt, with nothing fetched from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def show_markdown(self, text: str) -> None:
        # A line break typed in a note is meant: keep it (Markdown would join the lines).
        kept = "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))
        self.document().setMarkdown(kept, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.ensureCursorVisible()

    def loadResource(self, _kind: int, _name: QUrl):  # noqa: N802 - Qt's name
        return None  # no picture, style sheet or page is ever loaded into a note

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
