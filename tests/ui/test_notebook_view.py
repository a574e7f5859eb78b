"""The notebook through the real window: entries by week, filters and search, Markdown with its
preview, autosave (after a pause, on switching, on a failed disk), and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from carnet.domain import notebook, people
from carnet.domain.enums import NoteKind
from carnet.domain.models import Note
from carnet.domain.notebook import NoteDraft
from carnet.domain.people import PersonDraft
from carnet.ui.widgets.entry_list import ROW_ROLE, WEEK_ROLE
from tests.ui.chooser_helpers import pick
from tests.ui.window_helpers import restart, type_text

TODAY = dt.date.today()


def add_people(window, *drafts: PersonDraft) -> list[int]:
    with window.database.transaction() as session:
        ids = [people.create_person(session, d) for d in drafts]
    window.events.people_changed.emit()
    return ids


def add_notes(window, *drafts: NoteDraft) -> list[int]:
    with window.database.transaction() as session:
        ids = [notebook.create_note(session, d) for d in drafts]
    window.events.notes_changed.emit()
    return ids


def stored(window, note_id: int) -> NoteDraft:
    with window.database.reading() as session:
        return notebook.load_draft(session, note_id)


def listed_titles(view) -> list[str]:
    return [view.entries.item(r).data(ROW_ROLE).title for r in range(view.entries.count())]


@pytest.fixture
def notebook_window(open_carnet):
    window = open_carnet()
    window.show_view(window.notebook)
    return window


def test_an_entry_written_with_people_company_and_formatting_survives_a_restart(
    qtbot, notebook_window, open_carnet
):
    window = notebook_window
    add_people(window, PersonDraft("Hélène", "Martin", organization_name="Maison Orsane"))
    view = window.notebook
    window.new_entry_action.trigger()
    type_text(qtbot, view.title, "Café avec Hélène")
    view.kind.setCurrentIndex(view.kind.findData(NoteKind.MEETING_NOTES))
    pick(qtbot, view.person, "hel")
    assert [p.name for p in view.linked_people.people()] == ["Hélène Martin"]
    assert view.person.lineEdit().text() == "", "the box is ready for another person"
    pick(qtbot, view.organization, "orsane")
    view.body.setFocus()
    type_text(qtbot, view.body, "Recrute")
    qtbot.keyClick(view.body, Qt.Key.Key_Home)
    qtbot.keyClick(view.body, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(view.format_buttons["bold"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.format_buttons["heading"], Qt.MouseButton.LeftButton)
    assert view.body.toPlainText() == "Recrute", "formatted, with no Markdown syntax shown"
    assert view.body.document().firstBlock().blockFormat().headingLevel() == 2
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(view.body, Qt.Key.Key_Return)
    type_text(qtbot, view.body, "Trois postes")
    qtbot.mouseClick(view.format_buttons["list"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.saved_state.text() == "Saved", timeout=2000)

    with window.database.reading() as session:
        (stored,) = session.scalars(select(Note.body))
    assert stored == "## Recrute\n- Trois postes", "kept as Markdown underneath"

    window = restart(window, open_carnet)
    window.show_view(window.notebook)
    view = window.notebook
    item = view.entries.item(0)
    assert item.data(WEEK_ROLE) == "This week"
    assert "Café avec Hélène" in item.text() and "Hélène Martin, Maison Orsane" in item.text()
    view.entries.setCurrentItem(item)
    assert view.body.toPlainText() == "Recrute\nTrois postes"
    assert view.body.markdown() == "## Recrute\n- Trois postes"
    assert [p.name for p in view.linked_people.people()] == ["Hélène Martin"]
    assert view.organization.lineEdit().text().startswith("Maison Orsane")
    assert view.kind.currentData() == NoteKind.MEETING_NOTES


def test_entries_are_grouped_by_week_and_filtered_by_person_company_and_kind(
    qtbot, notebook_window
):
    window = notebook_window
    helene, paul = add_people(
        window,
        PersonDraft("Hélène", "Martin", organization_name="Maison Orsane"),
        PersonDraft("Paul", "Durand"),
    )
    with window.database.reading() as session:
        orsane = people.find_or_create_organization(session, "Maison Orsane").id
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    add_notes(
        window,
        NoteDraft(written_on=monday - dt.timedelta(days=14), title="Old", person_ids=[paul]),
        NoteDraft(
            written_on=monday - dt.timedelta(days=7),
            title="Orsane facts",
            kind=NoteKind.COMPANY_FACTS,
            organization_id=orsane,
        ),
        NoteDraft(written_on=monday, title="Coffee", person_ids=[helene]),
    )
    view = window.notebook
    assert listed_titles(view) == ["Coffee", "Orsane facts", "Old"]
    weeks = [view.entries.item(r).data(WEEK_ROLE) for r in range(3)]
    assert weeks[:2] == ["This week", "Last week"] and weeks[2].startswith("Week of ")

    pick(qtbot, view.person_filter, "paul")
    assert listed_titles(view) == ["Old"]
    view.person_filter.lineEdit().clear()
    qtbot.keyClick(view.person_filter.lineEdit(), Qt.Key.Key_Return)
    assert listed_titles(view) == ["Coffee", "Orsane facts", "Old"]

    pick(qtbot, view.company_filter, "orsa")
    assert listed_titles(view) == ["Orsane facts"]
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(NoteKind.JOURNAL))
    assert listed_titles(view) == []
    assert view.empty.isVisible() and "No entry matches" in view.empty.text()


def test_search_highlights_the_matches_in_the_list_and_the_entry(qtbot, notebook_window):
    window = notebook_window
    add_notes(
        window,
        NoteDraft(title="Lunch", body="Nothing here."),
        NoteDraft(title="Déjeuner avec Hélène", body="L'équipe export recrute.\n" * 3),
    )
    view = window.notebook
    type_text(qtbot, view.search, "EQUIPE")
    qtbot.waitUntil(lambda: view.entries.count() == 1)
    row = view.entries.item(0).data(ROW_ROLE)
    assert notebook.MATCH_START + "équipe" + notebook.MATCH_END in row.excerpt
    view.entries.setCurrentRow(0)
    block = view.body.document().firstBlock()
    formats = block.layout().formats()
    highlighted = [f for f in formats if f.format.background().color().name() == "#ffe08a"]
    assert [block.text()[f.start : f.start + f.length] for f in highlighted] == ["équipe"]

    view.search.clear()
    qtbot.waitUntil(lambda: view.entries.count() == 2)


def test_text_is_saved_within_a_second_of_a_pause_and_when_switching_entries(
    qtbot, notebook_window
):
    window = notebook_window
    (first,) = add_notes(window, NoteDraft(title="First", body="One"))
    view = window.notebook
    view.entries.setCurrentRow(0)
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, view.body, " two")
    assert view.saved_state.text() == "Editing…"
    qtbot.waitUntil(lambda: stored(window, first).body == "One two", timeout=1000)
    qtbot.waitUntil(lambda: view.saved_state.text() == "Saved")

    window.new_entry_action.trigger()
    type_text(qtbot, view.title, "Second")
    view.entries.setCurrentRow(view.entries.count() - 1)  # back to "First", before any pause
    assert [e.title for e in (stored(window, i) for i in _all_ids(window))] == ["First", "Second"]
    assert view.title.text() == "First"


def _all_ids(window) -> list[int]:
    with window.database.reading() as session:
        return sorted(r.id for r in notebook.list_notes(session))


def test_a_failing_disk_keeps_the_text_says_so_and_saves_once_it_works(
    qtbot, notebook_window, monkeypatch
):
    window = notebook_window
    (note_id,) = add_notes(window, NoteDraft(title="Train notes", body="Start."))
    view = window.notebook
    view.entries.setCurrentRow(0)
    real = {name: getattr(notebook, name) for name in ("save_note", "save_text")}

    def full_disk(*_args, **_kwargs):
        raise OperationalError("UPDATE note", {}, Exception("database or disk is full"))

    for name in real:
        monkeypatch.setattr(notebook, name, full_disk)
    view._autosave._retry.setInterval(300)
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, view.body, " More.")
    qtbot.waitUntil(lambda: "Not saved yet" in view.saved_state.text(), timeout=2000)
    assert "disk is not full" in view.saved_state.text()
    assert view.body.toPlainText() == "Start. More."

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_k: warnings.append(args[2]))
    window.new_entry_action.trigger()
    assert warnings and "nothing you typed is lost" in warnings[0]
    assert view.body.toPlainText() == "Start. More.", "the entry stays open"

    for name, function in real.items():
        monkeypatch.setattr(notebook, name, function)
    qtbot.waitUntil(lambda: view.saved_state.text() == "Saved", timeout=3000)
    assert stored(window, note_id).body == "Start. More."


def test_a_huge_paste_and_a_picture_are_refused_with_a_message(qtbot, notebook_window, monkeypatch):
    window = notebook_window
    (note_id,) = add_notes(window, NoteDraft(title="Kept", body="Precious words."))
    view = window.notebook
    view.entries.setCurrentRow(0)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **_k: told.append(args[2]))

    huge = QMimeData()
    huge.setText("x" * (5 * 1024 * 1024))
    view.body.insertFromMimeData(huge)
    picture = QMimeData()
    picture.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))
    assert view.body.canInsertFromMimeData(picture)
    view.body.insertFromMimeData(picture)

    assert "too long to paste" in told[0] and "5,242,895" in told[0]
    assert "pictures cannot be pasted" in told[1]
    assert view.body.toPlainText() == "Precious words."
    assert view.save_now()
    assert stored(window, note_id).body == "Precious words."

    fine = QMimeData()
    fine.setHtml("<p>From a <b>web page</b></p>")
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    view.body.insertFromMimeData(fine)
    assert view.body.toPlainText().endswith("From a web page")


def test_an_entry_about_a_deleted_person_is_kept_and_still_saves(
    qtbot, notebook_window, monkeypatch
):
    window = notebook_window
    (hugo,) = add_people(window, PersonDraft("Hugo", "Petit"))
    (note_id,) = add_notes(
        window, NoteDraft(title="Hugo", body="He knows Sophie.", person_ids=[hugo])
    )
    view = window.notebook
    view.entries.setCurrentRow(0)
    assert view.linked_people.ids() == [hugo]
    assert view.body.toPlainText() == "He knows Sophie."

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.show_view(window.contacts)
    window.contacts.open_person(hugo)
    window.contacts.delete()
    window.show_view(window.notebook)

    assert view.linked_people.ids() == []
    assert view.body.toPlainText() == "He knows Sophie."
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, view.body, " Still true.")
    qtbot.waitUntil(lambda: stored(window, note_id).body == "He knows Sophie. Still true.")
    assert stored(window, note_id).person_ids == []


def test_a_long_notebook_is_read_a_page_at_a_time(qtbot, notebook_window):
    window = notebook_window
    add_notes(
        window,
        *(
            NoteDraft(written_on=TODAY - dt.timedelta(days=i // 3), title=f"Entry {i}")
            for i in range(notebook.PAGE_SIZE + 50)
        ),
    )
    view = window.notebook
    assert view.entries.count() == notebook.PAGE_SIZE
    view.entries.scrollToBottom()
    qtbot.waitUntil(lambda: view.entries.count() == notebook.PAGE_SIZE + 50)
    ids = [view.entries.item(r).data(ROW_ROLE).id for r in range(view.entries.count())]
    assert len(set(ids)) == len(ids)


def test_deleting_an_entry_asks_first(qtbot, notebook_window, monkeypatch):
    window = notebook_window
    add_notes(window, NoteDraft(title="Keep"), NoteDraft(title="Drop", written_on=TODAY))
    view = window.notebook
    view.entries.setCurrentRow(0)
    assert view.title.text() == "Drop"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert listed_titles(view) == ["Drop", "Keep"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert listed_titles(view) == ["Keep"]
    assert [stored(window, i).title for i in _all_ids(window)] == ["Keep"]
