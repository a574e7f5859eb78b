"""Strange text in every form: very long, right-to-left, emoji, control characters, NUL.

Whatever is pasted into a field either comes back identical once saved and read again (spaces
around a card's fields are trimmed, as Carnet always does), or is refused with the domain's plain
message shown beside the form, with nothing written. Text is put in the fields as a paste would;
the widgets' own normalising (a line edit holds one line of at most 32,767 characters, a text box
turns CR and U+2029 into line breaks) is what the user sees, and is the reference; a notebook
entry drops the invisible byte-order mark (U+FEFF) a file can leave at the start of a text, which
Qt would drop anyway when showing it again.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget
from sqlalchemy import select

from carnet.domain import notebook, people
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.models import Introduction, Note, Person
from carnet.ui.dialogs.introduction_dialog import IntroductionDialog
from tests.ui.window_helpers import restart

NASTY = [
    "Hélène",
    "مرحبا بالعالم",  # Arabic, right to left
    "שלום עולם",  # Hebrew
    "\u202eevil\u202c",  # right-to-left override
    "👩🏽‍💻",  # emoji with a skin tone and a zero-width joiner
    "🇫🇷",
    "e\u0301",  # a combining accent
    "\u200b",
    "\ufeff",
    "\x00",
    "\t",
    "\n",
    "\r\n",
    "\x1b[31m",
    "\x7f",
    "\u0085",
    "\u2028",
    "'; DROP TABLE person; --",
    '"*" OR NEAR(',
]
pieces = st.one_of(
    st.text(max_size=30),
    st.sampled_from(NASTY),
    st.text(st.characters(min_codepoint=0x590, max_codepoint=0x6FF), max_size=30),
    st.text(st.characters(categories=["So", "Sk", "Mn", "Cf"]), max_size=10),
)
long_text = st.builds(
    lambda text, times: text * times, st.text(min_size=1, max_size=8), st.integers(40, 5000)
)
strange_text = st.one_of(st.lists(pieces, max_size=6).map("".join), long_text)

PERSON_FIELDS = (
    "first_name",
    "last_name",
    "job_title",
    "organization",
    "city",
    "background",
    "how_we_met",
)
EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def put(widget: QWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def shown_messages(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if not label.isHidden() and label.text().strip()
    ]


def ids(database, model) -> set[int]:
    with database.reading() as session:
        return set(session.scalars(select(model.id)))


def refusal(error: ValidationError) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, error.message)


@pytest.fixture
def window(open_carnet):
    return open_carnet()


@EXAMPLES
@given(values=st.fixed_dictionaries({name: strange_text for name in PERSON_FIELDS}))
def test_the_person_card_keeps_strange_text_or_says_why_not(window, values):
    contacts = window.contacts
    contacts.new_person()
    form = contacts.form
    fields = {name: getattr(form, name) for name in PERSON_FIELDS if hasattr(form, name)}
    for name, widget in fields.items():
        put(widget, values[name])
    held = {name: text_of(widget) for name, widget in fields.items()}
    try:
        form.draft().cleaned()
        expected_refusal = None
    except ValidationError as error:
        expected_refusal = refusal(error)
    before = ids(window.database, Person)

    contacts.save()

    added = ids(window.database, Person) - before
    if expected_refusal is not None:
        assert not added, "a refused card was written"
        assert expected_refusal in shown_messages(contacts)
        return
    (person_id,) = added
    contacts.new_person()
    contacts.open_person(person_id)
    for name, widget in fields.items():
        assert text_of(widget) == held[name].strip(), name


@EXAMPLES
@given(first=strange_text, last=strange_text, organization=strange_text, context=strange_text)
def test_the_introduction_dialog_keeps_strange_text_or_says_why_not(
    window, first, last, organization, context
):
    with window.database.transaction() as session:
        connector = people.create_person(session, people.PersonDraft(first_name="Camille"))
    dialog = IntroductionDialog(window.database, connector, "Camille", window)
    put(dialog.first_name, first)
    put(dialog.last_name, last)
    put(dialog.organization, organization)
    put(dialog.context, context)
    held = [text_of(w) for w in (dialog.first_name, dialog.last_name, dialog.organization)]
    held_context = text_of(dialog.context)
    before = ids(window.database, Person)

    dialog.accept()

    added = ids(window.database, Person) - before
    if dialog.result() != QDialog.DialogCode.Accepted:
        assert not added, "a refused introduction was written"
        messages = shown_messages(dialog)
        assert messages and not any("Traceback" in m or "Error" in m for m in messages)
        dialog.deleteLater()
        return
    assert added == {dialog.created_person_id}
    with window.database.reading() as session:
        draft = people.load_draft(session, dialog.created_person_id)
        stored_context = session.scalar(
            select(Introduction.context).where(
                Introduction.introduced_id == dialog.created_person_id
            )
        )
    assert [draft.first_name, draft.last_name, draft.organization_name] == [h.strip() for h in held]
    assert stored_context == held_context.strip()
    dialog.deleteLater()


@EXAMPLES
@given(title=strange_text, body=strange_text)
def test_a_notebook_entry_keeps_strange_text_or_says_why_not(window, title, body):
    book = window.notebook
    window.show_view(book)
    book.new_entry()
    book.title.setText(title)
    book.title.textEdited.emit(book.title.text())
    book.body.setPlainText(body)
    held_title, held_body = book.title.text(), book.body.toPlainText()
    kept_title, kept_body = map(notebook.without_byte_order_mark, (held_title, held_body))
    before = ids(window.database, Note)

    saved = book.save_now()

    added = ids(window.database, Note) - before
    if not saved:
        assert not added, "a refused entry was written"
        with pytest.raises(ValidationError) as refused:
            notebook.check_draft(notebook.NoteDraft(title=held_title, body=held_body))
        assert refusal(refused.value) in shown_messages(book)
        # The user takes the invisible characters out: the entry is saved at last.
        book.title.setText(held_title.replace("\x00", "")[: notebook.MAX_TITLE_CHARACTERS])
        book.title.textEdited.emit(book.title.text())
        book.body.setPlainText(held_body.replace("\x00", "")[: notebook.MAX_BODY_CHARACTERS])
        assert book.save_now()
        return
    if not (kept_title.strip() or kept_body.strip()) and not added:
        return  # an empty new entry is not worth a row
    (note_id,) = added
    book.new_entry()
    book.open_entry(note_id)
    assert (book.title.text(), book.body.toPlainText()) == (kept_title, kept_body)


@pytest.mark.parametrize(("title", "body"), [("", "\ufeff\ufeff"), ("\ufeff\ufeff", "Café")])
def test_a_notebook_entry_that_starts_with_byte_order_marks_reads_the_same_reopened(
    window, title, body
):
    test_a_notebook_entry_keeps_strange_text_or_says_why_not.hypothesis.inner_test(
        window, title, body
    )


def test_strange_text_survives_a_restart(qtbot, open_carnet):
    window = open_carnet()
    printable = [p for p in NASTY if not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in p)]
    card = {
        "first_name": "Hélène 👩🏽‍💻",
        "last_name": "بن علي",
        "job_title": "".join(printable)[:200],
        "organization": "שלום \u202eLtd\u202c",
        "city": "Zürich 🇨🇭",
        "background": "\n".join(printable) + "\n\tindented\n" + "long " * 5000,
        "how_we_met": "\t" + "e\u0301" * 300,
    }
    form = window.contacts.form
    window.contacts.new_person()
    for name, text in card.items():
        put(getattr(form, name), text)
    held = {name: text_of(getattr(form, name)).strip() for name in card}
    window.contacts.save()
    saved = ids(window.database, Person)
    assert len(saved) == 1, f"refused: {shown_messages(window.contacts)}"
    (person_id,) = saved

    window = restart(window, open_carnet)

    window.contacts.open_person(person_id)
    for name in card:
        assert text_of(getattr(window.contacts.form, name)) == held[name], name
