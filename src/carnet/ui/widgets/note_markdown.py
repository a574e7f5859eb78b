"""A note's formatted text to Markdown and back, one line per paragraph.

Headings (``## ``), bullet (``- ``) and numbered (``1. ``) lists, ``**bold**`` and ``_italic_``:
the Markdown a person would type, as Carnet always kept it (a line break is a line break). The
text itself comes back exactly as it was typed: a ``*``, a ``_``, a ``\\`` or a line that would
start a heading or a list is escaped with a backslash. Qt's own Markdown reader would collapse blank
lines, leading spaces and literal HTML, and lose them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
)

ESCAPABLE = "\\*_#-+.)"
_HEADING = re.compile(r"^(#{1,6}) ")
_BULLET = re.compile(r"^[-*+] ")
_NUMBERED = re.compile(r"^\d+[.)] ")
_LOOKS_LIKE_MARKUP = re.compile(r"^(#{1,6} |[-+] |\d+[.)] )")
NUMBERED_STYLES = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
)


def heading_format(level: int) -> QTextCharFormat:
    """How a heading's words look: bold, larger for higher levels (0: plain text)."""
    change = QTextCharFormat()
    change.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    change.setProperty(QTextFormat.Property.FontSizeAdjustment, {1: 2, 2: 1}.get(level, 0))
    return change


# -- reading --------------------------------------------------------------------------------


def _opens(text: str, i: int, marker: str) -> bool:
    """Whether ``marker`` at ``i`` opens emphasis: words follow, and it is closed later."""
    after = i + len(marker)
    if after >= len(text) or text[after].isspace():
        return False
    if len(marker) == 1 and (
        (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_*")) or text[after] in "_*"
    ):
        return False  # snake_case, 2*3, a line of ____
    j = after + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(marker, j) and _closes(text, j, marker):
            return True
        j += 1
    return False


def _closes(text: str, i: int, marker: str) -> bool:
    after = i + len(marker)
    if i == 0 or text[i - 1].isspace():
        return False
    if len(marker) == 1 and text[i - 1] in "_*":
        return False
    return len(marker) == 2 or after >= len(text) or not text[after].isalnum()


def _inline(text: str) -> list[tuple[str, bool, bool]]:
    """``text`` cut into (words, bold, italic) runs."""
    runs: list[tuple[str, bool, bool]] = []
    bold = False
    italic = ""  # the marker that opened italics ("_" or "*"), or ""
    piece: list[str] = []

    def flush() -> None:
        if piece:
            runs.append(("".join(piece), bold, bool(italic)))
            piece.clear()

    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in ESCAPABLE:
            piece.append(text[i + 1])
            i += 2
            continue
        if text.startswith("**", i) and (_closes(text, i, "**") if bold else _opens(text, i, "**")):
            flush()
            bold = not bold
            i += 2
            continue
        if char in "_*" and (
            _closes(text, i, char) if italic == char else not italic and _opens(text, i, char)
        ):
            flush()
            italic = "" if italic else char
            i += 1
            continue
        piece.append(char)
        i += 1
    flush()
    return runs


FillIn = Callable[[str], QTextImageFormat | None]
_FILL_IN = re.compile(r"\{([a-z_]+)\}")


def insert_words(cursor: QTextCursor, words: str, char: QTextCharFormat, fill_in: FillIn | None):
    """Insert ``words``; with ``fill_in``, each ``{name}`` it knows becomes its chip."""
    start = 0
    if fill_in is not None:
        for match in _FILL_IN.finditer(words):
            chip = fill_in(match.group(1))
            if chip is None:
                continue
            if match.start() > start:
                cursor.insertText(words[start : match.start()], char)
            cursor.insertImage(chip)
            start = match.end()
    if start < len(words):
        cursor.insertText(words[start:], char)


def fragment_text(fragment) -> str:
    """What a fragment stands for in the stored text: a chip is its ``{name}``."""
    char = fragment.charFormat()
    if char.isImageFormat():
        name = char.toImageFormat().name()
        if name.startswith(FILL_IN_SCHEME):
            return ("{" + name[len(FILL_IN_SCHEME) :] + "}") * fragment.length()
    return fragment.text().replace("\u2028", "\n").replace("\u2029", "\n")


FILL_IN_SCHEME = "fillin:"


def read_into(document: QTextDocument, text: str, fill_in: FillIn | None = None) -> None:
    """Replace ``document``'s contents with the note ``text``."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    current_list, current_style = None, None
    for number, line in enumerate(text.split("\n")):
        if number:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        level, style, content = 0, None, line
        if heading := _HEADING.match(line):
            level, content = len(heading.group(1)), line[heading.end() :]
        elif bullet := _BULLET.match(line):
            style, content = QTextListFormat.Style.ListDisc, line[bullet.end() :]
        elif numbered := _NUMBERED.match(line):
            style, content = QTextListFormat.Style.ListDecimal, line[numbered.end() :]
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        if style is None:
            current_list, current_style = None, None
        elif current_list is not None and current_style == style:
            current_list.add(cursor.block())
        else:
            current_list, current_style = cursor.createList(style), style
        base = heading_format(level)
        for words, bold, italic in _inline(content):
            char = QTextCharFormat(base)
            if bold:
                char.setFontWeight(QFont.Weight.Bold)
            if italic:
                char.setFontItalic(True)
            insert_words(cursor, words, char, fill_in)
    cursor.endEditBlock()
    document.clearUndoRedoStacks()


# -- writing --------------------------------------------------------------------------------


def _escape(text: str) -> str:
    """``text`` with its ``*``, ``_`` and backslashes escaped; ``{name}`` fill-ins left whole."""
    parts = _FILL_IN.split(text)
    if len(parts) > 1:
        return "".join(
            _escape_plain(part) if n % 2 == 0 else "{" + part + "}" for n, part in enumerate(parts)
        )
    return _escape_plain(text)


# A ``*`` or ``_`` always, a backslash before what it would escape or at the very end.
_NEEDS_ESCAPE = re.compile(r"[*_]|\\(?=[" + re.escape(ESCAPABLE) + r"]|\Z)")


def _escape_plain(text: str) -> str:
    """One regular expression in C: the autosave writes the whole note at every save."""
    return _NEEDS_ESCAPE.sub(r"\\\g<0>", text)


def _escape_line_start(line: str) -> str:
    found = _LOOKS_LIKE_MARKUP.match(line)
    if not found:
        return line
    marker = found.group(1)
    if marker[0].isdigit():  # "1. " → "1\. "
        return line[: len(marker) - 2] + "\\" + line[len(marker) - 2 :]
    return "\\" + line


def _runs(block: QTextBlock, heading: bool) -> list[tuple[str, bool, bool]]:
    runs: list[tuple[str, bool, bool]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            char = fragment.charFormat()
            bold = not heading and char.fontWeight() > QFont.Weight.Medium
            text = fragment_text(fragment)
            if runs and runs[-1][1:] == (bold, char.fontItalic()):
                runs[-1] = (runs[-1][0] + text, bold, char.fontItalic())
            else:
                runs.append((text, bold, char.fontItalic()))
        it += 1
    return runs


def _marked(text: str, bold: bool, italic: bool) -> str:
    core = text.strip()
    if not core or not (bold or italic):
        return _escape(text)
    marker = ("**" if bold else "") + ("_" if italic else "")
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead + marker + _escape(core) + marker[::-1] + trail


def write_from(document: QTextDocument) -> str:
    """The note in ``document`` as Markdown text."""
    lines = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        listed = block.textList()
        content = "".join(_marked(*run) for run in _runs(block, heading=bool(level)))
        if listed is not None:
            numbered = listed.format().style() in NUMBERED_STYLES
            prefix = f"{listed.itemNumber(block) + 1}. " if numbered else "- "
            lines.append(prefix + content)
        elif level:
            lines.append("#" * level + " " + content)
        else:
            lines.append(_escape_line_start(content))
        block = block.next()
    return "\n".join(lines)
