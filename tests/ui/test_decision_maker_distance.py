"""The distance to a target company is the distance to the person who can hire (issue 19,
point 1): someone inside met is a step shown as such, and a person who declined is no way in,
in the targets view, the dashboard and after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain.enums import InteractionKind, Outcome, Permission
from tests.ui.test_referral_story import menu_action, noname
from tests.ui.test_three_kinds_of_call import add_under_selected
from tests.ui.window_helpers import restart, type_text


def dashboard_row(window) -> list[str]:
    window.show_view(window.dashboard)
    (row,) = [
        window.dashboard.targets.topLevelItem(i)
        for i in range(window.dashboard.targets.topLevelItemCount())
    ]
    return [row.text(c) for c in range(2)]


def test_someone_inside_met_is_a_step_and_a_refusal_is_no_way_in(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    targets, tree = window.targets, window.referrals
    window.show_view(targets)

    def name_target(dialog) -> None:
        type_text(qtbot, dialog.organization.lineEdit(), "Noname Corp")
        dialog.accept()

    answer_dialog(name_target)
    qtbot.mouseClick(targets.add_button, Qt.MouseButton.LeftButton)

    window.show_view(tree)
    tree.select_person(None)
    camille = add_under_selected(qtbot, tree, answer_dialog, "Camille", "Durand", "Atelier")
    hugo = add_under_selected(
        qtbot, tree, answer_dialog, "Hugo", "Martin", "Noname Corp", permission=Permission.YES
    )

    def call(who: int, outcome: Outcome) -> None:
        def fill(dialog) -> None:
            dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
            dialog.accept()

        answer_dialog(fill)
        window.calls.log_call(who)

    call(hugo, Outcome.DECLINED)
    window.show_view(targets)
    company = noname(targets)
    assert company.distance is None, "Hugo declined: not a chain '1 relay away'"
    assert targets.distance.text() == (
        "Nobody there is a way in yet: the people you know there declined."
    )
    assert targets.chains.topLevelItem(0).text(1) == "Declined: not a way in"
    assert dashboard_row(window) == ["Noname Corp", "nobody known inside"]

    # Camille gives another name inside, met this time: a step, one relay from who decides.
    window.show_view(tree)
    tree.select_person(camille)
    ines = add_under_selected(
        qtbot, tree, answer_dialog, "Inès", "Leroy", "Noname Corp", permission=Permission.YES
    )
    menu_action(tree.context_menu(ines), "Where it stands", "Met").trigger()
    window.show_view(targets)
    assert noname(targets).distance == 1
    assert targets.distance.text() == (
        "You have met someone inside: 1 relay to the person who can hire you."
    )
    assert dashboard_row(window) == ["Noname Corp", "someone inside met, 1 relay to go"]

    window = restart(window, open_carnet)
    window.show_view(window.targets)
    assert noname(window.targets).distance == 1
    assert window.targets.distance.text().startswith("You have met someone inside")
    assert window.targets.chains.topLevelItem(window.targets.chains.topLevelItemCount() - 1).text(
        1
    ) == ("Declined: not a way in"), "Hugo's refusal is kept, listed last"
