"""A contact whose background runs to megabytes: the person comes in, cut to what a card keeps,
with its beginning in an import note, and the preview says so before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from carnet.domain.models import Note
from carnet.domain.people import list_people, load_draft
from carnet.domain.person_rules import MAX_LENGTHS
from tests.ui.window_helpers import restart

HUGE = "Vingt ans de conseil en logistique. " * 120_000  # 4.3 million characters


def test_a_four_megabyte_background_is_cut_said_and_kept_in_a_note(qtbot, open_carnet, tmp_path):
    window = open_carnet()
    export = tmp_path / "contacts.csv"
    export.write_text(f'First Name,Last Name,Notes\nAnna,Petit,"{HUGE}"\n', encoding="utf-8")
    window.transfer.import_contacts(export)
    dialog = window.transfer.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30000)

    assert dialog.tabs.tabText(2) == "Problems (1)"
    problem = dialog.problems_table.model().index(0, 1).data()
    assert "is longer than Carnet keeps, even in a note" in problem
    assert "its first 1,000,000 characters were kept" in problem
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60000)
    assert "New people: 1" in dialog.result_text.text()
    dialog.accept()

    window = restart(window, open_carnet)
    with window.database.reading() as session:
        (anna,) = list_people(session)
        stored = load_draft(session, anna.id)
        (note,) = session.scalars(select(Note)).all()
    assert len(stored.background) <= MAX_LENGTHS["background"]
    assert stored.background.startswith("Vingt ans de conseil")
    assert note.title == "Imported from contacts.csv"
    assert HUGE.strip().startswith(note.body.removeprefix("Notes: ")[:999_000])
    window.open_person(anna.id)
    assert window.contacts.form.background.toPlainText() == stored.background
