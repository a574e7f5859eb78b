"""The whole Contacts list opens by its first rows: they are painted first, everyone else is
read right after (issue 17), in the order the whole list has."""

from __future__ import annotations

from carnet.domain import search
from carnet.domain.people import PersonDraft, create_person
from carnet.ui.views import contacts_view

NAMES = [
    ("Zoé", "Martin"),
    ("Émile", "Étienne"),
    ("Anne", "Abel"),
    ("Bruno", "Blanc"),
    ("Chloé", "Caron"),
    ("Ольга", ""),
    ("Henri", "Dupont"),
    ("Ève", "Adam"),
    ("Karl", "Kieffer"),
    ("Paul", "Ábalos"),
    ("Jean", "Ça"),
    ("Yves", "Ångström"),
]


def names(model, rows: range) -> list[str]:
    return [model.index(row, 0).data() for row in rows]


def test_the_first_rows_come_first_then_everyone_in_order(qtbot, open_carnet, monkeypatch):
    monkeypatch.setattr(contacts_view, "FIRST_ROWS", 3)
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today: the list paints once shown
    with window.database.transaction() as session:
        ids = {create_person(session, PersonDraft(first, last)): first for first, last in NAMES}
    window.events.people_changed.emit()
    page = window.contacts
    page._names.forget()
    page.reload_list()
    model = page.model
    assert model.rowCount() == len(NAMES) and not model.is_complete()
    assert names(model, range(3)) == ["Paul Ábalos", "Anne Abel", "Ève Adam"]
    assert names(model, range(3, 4)) == [""]  # not read yet
    assert page.count.text() == f"{len(NAMES)} people"

    page.table.viewport().repaint()  # painted: the rest is read next
    qtbot.waitUntil(model.is_complete)
    with window.database.reading() as session:
        everyone = search.find_person_ids(session)
    assert model.ids() == everyone
    assert names(model, range(len(NAMES)))[-2:] == ["Zoé Martin", "Ольга"]

    page.open_person(everyone[-1])  # the last one is selected in the list
    assert page.table.currentIndex().row() == len(NAMES) - 1
    assert ids[page.selected_person_id()] == "Ольга"
