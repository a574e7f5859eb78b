"""The import's preview reaches the screen at once: its page is shown with only the table in view
measured, and the tables of the tabs behind are fitted right after, each in a turn of the event
loop of its own, so that the window never waits for all four at the same time."""

from __future__ import annotations

from PySide6.QtCore import Qt

HEADER = "First Name,Last Name,Email Address,Company,Position,Connected On\n"


def widths(table) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count() - 1)]


def test_the_preview_is_shown_first_then_its_columns_are_fitted(qtbot, open_carnet, tmp_path):
    window = open_carnet()
    export = tmp_path / "Connections.csv"
    lines = [
        f"Zoé,Exemple{n},zoe{n}@example.com,Maison Orsane {n},Chargée de recrutement,03 Dec 2026\n"
        for n in range(300)
    ]
    export.write_text(HEADER + "".join(lines), encoding="utf-8")
    window.transfer.import_contacts(export)
    dialog = window.transfer.import_dialog
    table = dialog.problems_table  # a tab behind the contacts
    unfitted = [table.horizontalHeader().defaultSectionSize()]
    when_shown: list[list[int]] = []
    dialog.pages.currentChanged.connect(lambda page: when_shown.append(widths(table)))

    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30000)
    assert when_shown == [unfitted]  # nothing measured before the page was on screen
    qtbot.waitUntil(lambda: widths(table) != unfitted)
    (line,) = widths(table)
    assert line < unfitted[0]  # as wide as its title needs
    contacts = widths(dialog.contacts_table)
    assert contacts[0] < contacts[1]  # the table in view was fitted before it showed

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60000)
    assert "New people: 300" in dialog.result_text.text()
