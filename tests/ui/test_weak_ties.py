"""LinkedIn connections wait apart from the tree's root (issue 19, point 9).

People imported from LinkedIn are weak ties: they sit in their own group, "LinkedIn
connections", not beside the friends and colleagues the method starts from, and a call to them
is a cold one. Saying "I know them personally", or recording who gave their name, brings them
into the tree; it all survives a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain.enums import Warmth
from carnet.domain.people import PersonDraft, create_person
from tests.io.samples import SAMPLES
from tests.ui.test_import_export_window import open_preview
from tests.ui.test_referral_story import menu_action, person_id
from tests.ui.window_helpers import restart


def under(model, index) -> list[str]:
    return sorted(model.index(r, 0, index).data() for r in range(model.rowCount(index)))


def groups(tree) -> dict[str, list[str]]:
    model = tree.model
    tops = [model.index(r, 0) for r in range(model.rowCount())]
    return {top.data(): under(model, top) for top in tops}


def test_linkedin_connections_wait_apart_until_known_or_introduced(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Paul", last_name="Durand"))
    window.events.people_changed.emit()

    window.transfer.import_contacts(SAMPLES / "linkedin" / "Connections.csv")
    dialog = open_preview(qtbot, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    tree = window.referrals
    window.show_view(tree)
    before = groups(tree)
    assert before["Me"] == ["Paul Durand"], "the tree's root holds only people known directly"
    assert len(before["LinkedIn connections"]) == 6
    assert not tree.tree.isExpanded(tree.model.weak_ties_index()), "folded: they may be many"

    helene, jerome = person_id(tree, "Hélène Lévy"), person_id(tree, "Jérôme Dupré")
    seen = {}

    def look(dialog) -> None:
        seen["kind"] = dialog.warmth()
        seen["warning"] = dialog.briefing.warning.text()
        dialog.reject()

    answer_dialog(look)
    window.calls.log_call(jerome)
    assert seen["kind"] == Warmth.COLD
    assert "this is a cold call" in seen["warning"]

    menu_action(tree.context_menu(helene), "I know Hélène Lévy personally").trigger()
    assert "I know Paul Durand personally" not in [
        a.text() for a in tree.context_menu(person_id(tree, "Paul Durand")).actions()
    ]

    def paul_gave_it(dialog) -> None:
        dialog.choose(person_id(tree, "Paul Durand"))
        dialog.accept()

    answer_dialog(paul_gave_it)
    tree.choose_connector(jerome)

    window = restart(window, open_carnet)
    tree = window.referrals
    window.show_view(tree)
    after = groups(tree)
    assert after["Me"] == ["Hélène Lévy", "Paul Durand"]
    assert under(tree.model, tree.model.index_of(person_id(tree, "Paul Durand"))) == [
        "Jérôme Dupré"
    ]
    assert len(after["LinkedIn connections"]) == 4
    assert "Hélène Lévy" not in after["LinkedIn connections"]
