"""Files other programs wrote, through the real window: the preview speaks plainly, a layout
Carnet does not know is set column by column, and an imported card saves again as it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from carnet.domain.models import Note, Person
from carnet.domain.people import load_draft
from tests.io.samples import SAMPLES, contents
from tests.ui.window_helpers import restart


def open_preview(qtbot, window):
    dialog = window.transfer.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() != 0, timeout=10000)
    return dialog


def finish(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_the_preview_says_where_the_file_comes_from_and_what_goes_in_a_note(qtbot, open_carnet):
    window = open_carnet()
    window.transfer.import_contacts(SAMPLES / "outlook" / "outlook-en.csv")
    dialog = open_preview(qtbot, window)
    text = dialog.preview_text.text()
    assert text.startswith("Where the file seems to come from: Outlook contacts.")
    assert (
        "Contacts with details Carnet has no field for: 1. Those details will be kept in a note "
        "about each person, in the notebook."
    ) in text
    for jargon in ("UTF", "Windows-1252", "cp1252", "CSV", "outlook "):
        assert jargon not in text
    columns = dialog.columns_table.model()
    shown = {
        columns.index(r, 0).data(): columns.index(r, 1).data() for r in range(columns.rowCount())
    }
    assert shown["Middle Name"] == "Kept in a note"
    assert shown["E-mail Address"] == "Email"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "People with a note of the details Carnet has no field for: 1" in (
        dialog.result_text.text()
    )


def test_an_unknown_layout_is_set_column_by_column(qtbot, open_carnet):
    window = open_carnet()
    window.transfer.import_contacts(SAMPLES / "other" / "unknown-layout.csv")
    dialog = open_preview(qtbot, window)
    assert dialog.tabs.currentIndex() == 3
    assert "Carnet does not know this file’s columns" in dialog.preview_text.text()
    assert "a program Carnet does not know" in dialog.preview_text.text()
    choices = dialog.column_choices
    assert choices.isVisibleTo(dialog) and not dialog.columns_table.isVisibleTo(dialog)
    chosen = {
        choices.item(r, 0).text(): choices.cellWidget(r, 1).currentText()
        for r in range(choices.rowCount())
    }
    assert chosen == {
        "Nom complet": "Name (split into first and last name)",
        "Courriel": "Email",
        "Portable": "Phone",
        "Employeur": "Organisation",
        "Rencontré où": "Kept in a note",
    }
    met = choices.cellWidget(4, 1)
    met.setCurrentIndex(met.findData("notes"))
    qtbot.mouseClick(dialog.read_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == 1 and not dialog.plan.parsed.needs_columns,
        timeout=10000,
    )
    assert dialog.preview_title.text() == "2 contacts found in unknown-layout.csv"
    assert not dialog.column_choices.isVisibleTo(dialog)
    finish(qtbot, dialog)

    window = restart(window, open_carnet)
    with window.database.reading() as session:
        nadia = session.scalars(select(Person).where(Person.first_name == "Nadia")).one()
        assert (nadia.last_name, nadia.background) == ("Benali", "Forum emploi Tours")
        assert nadia.organization.name == "Librairie Benali"


def test_an_imported_card_with_values_that_break_the_rules_saves_again_unchanged(
    qtbot, open_carnet, data_dir
):
    window = open_carnet()
    window.transfer.import_contacts(SAMPLES / "vcard" / "extras-4.0.vcf")
    dialog = open_preview(qtbot, window)
    assert dialog.tabs.tabText(2) == "Problems (3)"
    finish(qtbot, dialog)
    with window.database.reading() as session:
        leon = session.scalars(select(Person)).one()
        leon_id, draft = leon.id, load_draft(session, leon.id)
        (note,) = session.scalars(select(Note)).all()
        assert note.title == "Imported from extras-4.0.vcf"
    assert len(draft.job_title) <= 300

    window.open_person(leon_id)
    before = contents(data_dir / "carnet.sqlite3")
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)
    form = window.contacts.form
    assert form.error.isHidden()
    assert all(label.isHidden() for label in form._messages.values())
    assert window.contacts.save(), "the card is saved as it is, without a complaint"
    after = contents(data_dir / "carnet.sqlite3")
    assert {t: rows for t, rows in after.items() if t != "person"} == {
        t: rows for t, rows in before.items() if t != "person"
    }
    with window.database.reading() as session:
        assert load_draft(session, leon_id) == draft


def test_library_warnings_go_to_carnets_log_file_not_the_terminal(tmp_path, capfd):
    import logging
    import warnings

    from carnet.ui.error_reporting import setup_logging

    logging.captureWarnings(False)  # as at start-up: pytest put its own warning catcher back
    log_file = setup_logging(tmp_path)
    try:
        logging.getLogger("vobject.base").error("a library complains about line 12")
        warnings.warn("a library's deprecation", DeprecationWarning, stacklevel=1)
    finally:
        logging.captureWarnings(False)
    captured = capfd.readouterr()
    assert "complains" not in captured.err + captured.out
    assert "deprecation" not in captured.err + captured.out
    written = log_file.read_text(encoding="utf-8")
    assert "a library complains about line 12" in written
    assert "a library's deprecation" in written
