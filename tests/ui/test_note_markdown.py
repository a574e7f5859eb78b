"""A note is edited as formatted text and kept as Markdown: what is typed comes back exactly,
the formatting comes back as formatting, and Markdown written by hand in older notes reads as
formatting too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextListFormat

from carnet.ui.widgets.note_editor import NoteEditor

typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\u2028\u2029"),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(text=typed)
def test_any_typed_text_comes_back_exactly(qapp, text):
    editor = NoteEditor()
    editor.setPlainText(text)
    shown = editor.toPlainText()
    stored = editor.markdown()
    editor.set_markdown(stored)
    assert editor.toPlainText() == shown


def test_formatting_is_kept_as_markdown_and_read_back_as_formatting(qapp):
    editor = NoteEditor()
    editor.set_markdown("## Recrute\n- Trois **postes**\n- _vite_\n1. Appeler Marc\n2*3 = 6")
    assert editor.toPlainText() == "Recrute\nTrois postes\nvite\nAppeler Marc\n2*3 = 6"
    document = editor.document()
    heading, bullet, italic, numbered, plain = (document.findBlockByNumber(n) for n in range(5))
    assert heading.blockFormat().headingLevel() == 2
    assert bullet.textList().format().style() == QTextListFormat.Style.ListDisc
    assert bullet.textList() is italic.textList()
    assert numbered.textList().format().style() == QTextListFormat.Style.ListDecimal
    assert plain.textList() is None
    fragments = {}
    for block in (bullet, italic):
        it = block.begin()
        while not it.atEnd():
            fragments[it.fragment().text()] = it.fragment().charFormat()
            it += 1
    assert fragments["postes"].fontWeight() == QFont.Weight.Bold
    assert fragments["vite"].fontItalic()
    assert editor.markdown() == (
        "## Recrute\n- Trois **postes**\n- _vite_\n1. Appeler Marc\n2\\*3 = 6"
    )


def test_the_toolbar_formats_without_showing_any_syntax(qapp, qtbot):
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("Recrute\nTrois postes")
    editor.selectAll()
    editor.toggle_bold()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    editor.toggle_heading()
    cursor.setPosition(len("Recrute") + 1)
    editor.setTextCursor(cursor)
    editor.toggle_list()
    assert editor.toPlainText() == "Recrute\nTrois postes"
    assert editor.markdown() == "## Recrute\n- **Trois postes**"
    editor.toggle_list()
    assert editor.markdown() == "## Recrute\n**Trois postes**"
