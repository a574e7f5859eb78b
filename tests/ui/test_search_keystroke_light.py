"""Each key typed in the Contacts search updates the list and nothing else (issue 17): the
right-hand side, when it explains what to do, is not built again at each key."""

from __future__ import annotations

from carnet.domain.people import PersonDraft, create_person
from tests.ui.window_helpers import type_text


def test_typing_a_search_leaves_the_explanation_beside_the_list_as_it_is(qtbot, open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        for first, last in (("Hélène", "Roux"), ("Henri", "Petit"), ("Anne", "Caron")):
            create_person(session, PersonDraft(first, last))
    window.events.people_changed.emit()
    window.show_view(window.contacts)
    page = window.contacts
    page.new_person()
    page._show_empty()
    assert page.empty_state.title.text() == "Choose someone in the list"
    buttons = list(page.empty_state.buttons)

    page.search.setFocus()
    type_text(qtbot, page.search, "he")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.count.text() == "2 of 3 people"
    type_text(qtbot, page.search, "zz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.text() == "Nobody matches this search and these filters."
    assert page.empty_state.buttons == buttons  # the same buttons, not new ones
    assert page.empty_state.title.text() == "Choose someone in the list"
