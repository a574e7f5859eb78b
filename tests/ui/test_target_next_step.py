"""The next step toward a target company follows the chain: once the user has called the name a
relay gave, Carnet names the next person along, not the relay again; once the chain reaches
someone inside, it asks the user to thank the one who gave that name."""

from __future__ import annotations

from carnet.domain import people, referrals, targets
from carnet.domain.enums import InteractionKind, Permission
from carnet.domain.people import PersonDraft


def test_the_next_step_moves_along_the_chain_as_calls_are_logged(open_carnet, answer_dialog):
    window = open_carnet()
    with window.database.transaction() as session:
        targets.set_target(session, "Noname Corp", 1)
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        hugo = referrals.introduce_new_person(
            session, zoe, PersonDraft("Hugo", "Petit", organization_name="Atelier Lumière")
        )
        sophie = referrals.introduce_new_person(
            session,
            hugo,
            PersonDraft("Sophie", "Bernard", organization_name="Noname Corp"),
            permission=Permission.YES,
        )
    window.events.people_changed.emit()
    page = window.targets
    window.show_view(page)
    assert page.next_action.text() == "Call Zoé Martin."

    def call(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.accept()

    # Zoé gave Hugo's name over lunch; the user calls Hugo, who gives Sophie's.
    answer_dialog(call)
    window.calls.log_call(hugo)
    window.show_view(page)
    assert page.next_action.text() == "Call Sophie Bernard on behalf of Hugo Petit."

    # The call to Sophie, inside Noname Corp: Hugo is to be told how it went.
    answer_dialog(call)
    window.calls.log_call(sophie)
    window.show_view(page)
    assert page.next_action.text() == (
        "Thank Hugo Petit and tell them how it went with Sophie Bernard."
    )
