"""Seed 002 through the window: a friend who knows a target company gives two names with
permission; one of them, once met, gives a relay: the hiring manager, met in the end. At each step
the target company's distance and next action follow; a loop is refused; the tree survives a
restart and its map exports to PNG, SVG and PDF."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMenu

from carnet.domain import interactions
from carnet.domain.enums import IntroductionStatus, Permission
from carnet.ui.views.referral_view import ReferralView
from carnet.ui.views.targets_view import TargetsView
from tests.ui.window_helpers import restart, type_text


def menu_action(menu: QMenu, *path: str):
    """The action reached by following menu texts, as a user would point at them."""
    *submenus, last = path
    for title in submenus:
        (menu,) = [a.menu() for a in menu.actions() if a.menu() and a.text() == title]
    (action,) = [a for a in menu.actions() if a.text() == last]
    return action


def person_id(view: ReferralView, name: str) -> int:
    (node,) = [n for n in view.model.people() if n.name == name]
    return node.person_id


def noname(view: TargetsView):
    (company,) = [c for c in view.companies() if c.name == "Noname Corp"]
    return company


def add_under_selected(qtbot, view, answer_dialog, first, last, organization, permission=None):
    def fill(dialog) -> None:
        type_text(qtbot, dialog.first_name, first)
        type_text(qtbot, dialog.last_name, last)
        type_text(qtbot, dialog.organization, organization)
        if permission is not None:
            dialog.permission.setCurrentIndex(dialog.permission.findData(permission))
        dialog.accept()

    answer_dialog(fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    return person_id(view, f"{first} {last}")


def mark(view: ReferralView, name: str, stage: str) -> None:
    menu = view.context_menu(person_id(view, name))
    menu_action(menu, "Where it stands", stage).trigger()


def test_seed_002_from_a_friend_to_the_hiring_manager(
    qtbot, open_carnet, answer_dialog, tmp_path, monkeypatch
):
    window = open_carnet()
    targets = window.targets
    tree = window.referrals

    # The user wants to work at Noname Corp.
    window.show_view(targets)

    def name_target(dialog) -> None:
        type_text(qtbot, dialog.organization.lineEdit(), "Noname Corp")
        dialog.priority.setCurrentIndex(dialog.priority.findData(1))
        dialog.accept()

    answer_dialog(name_target)
    qtbot.mouseClick(targets.add_button, Qt.MouseButton.LeftButton)
    assert noname(targets).distance is None
    assert targets.next_action.text().startswith("Nobody at Noname Corp")

    # Camille, a friend, knows the company well.
    window.show_view(tree)
    tree.select_person(None)
    camille = add_under_selected(qtbot, tree, answer_dialog, "Camille", "Durand", "Atelier Lumière")
    assert tree.tree.currentIndex().parent().data() == "Me"

    # She gives two names there, with permission to call on her behalf.
    hugo = add_under_selected(
        qtbot, tree, answer_dialog, "Hugo", "Martin", "Noname Corp", Permission.YES
    )
    tree.select_person(camille)
    add_under_selected(qtbot, tree, answer_dialog, "Inès", "Leroy", "Noname Corp", Permission.YES)
    camille_row = tree.model.index_of(camille)
    assert [tree.model.index(r, 0, camille_row).data() for r in range(2)] == [
        "Inès Leroy",
        "Hugo Martin",
    ]
    assert camille_row.siblingAtColumn(5).data() == "2", "Camille gave two names"
    assert tree.model.index_of(hugo).siblingAtColumn(3).data() == "May use their name"

    window.show_view(targets)
    assert noname(targets).distance == 3, "call Camille, then someone inside, then who decides"

    window.show_view(tree)
    mark(tree, "Camille Durand", "Met")
    window.show_view(targets)
    assert noname(targets).distance == 2
    assert targets.next_action.text() == "Call Hugo Martin on behalf of Camille Durand."
    assert targets.list.currentItem().text(2) == "2"

    # The call to Hugo: the briefing says on whose behalf, and whether the user may say so.
    window.show_view(tree)
    tree.select_person(hugo)
    briefing = tree.side.briefing
    assert briefing.connector_name.text() == "Camille Durand"
    assert briefing.tone == "good"
    assert "on behalf of Camille Durand" in briefing.opening_line.text()

    mark(tree, "Hugo Martin", "Contacted, not met yet")
    window.show_view(targets)
    assert noname(targets).distance == 2
    assert targets.next_action.text() == (
        "Thank Camille Durand and tell them how it went with Hugo Martin."
    )
    with window.database.transaction() as session:  # (thanking is the call log's story)
        interactions.mark_connector_thanked(session, hugo)
    window.events.people_changed.emit()
    assert targets.next_action.text() == "Follow up with Hugo Martin to get a meeting."

    window.show_view(tree)
    mark(tree, "Hugo Martin", "Met")
    assert tree.model.index_of(hugo).siblingAtColumn(4).data() == "Met"
    window.show_view(targets)
    assert noname(targets).distance == 1, "someone inside met is a step, not the end"
    assert targets.distance.text() == (
        "You have met someone inside: 1 relay to the person who can hire you."
    )
    assert "Ask Hugo Martin who decides" in targets.next_action.text()

    # Hugo gives a relay: Sophie, the hiring manager.
    window.show_view(tree)
    tree.select_person(hugo)
    sophie = add_under_selected(
        qtbot, tree, answer_dialog, "Sophie", "Bernard", "Noname Corp", Permission.YES
    )
    menu_action(tree.context_menu(sophie), "Decision maker").trigger()
    window.show_view(targets)
    assert noname(targets).distance == 1, "Sophie, who decides, is still to call"
    assert targets.decision_maker.text() == "Decision maker: Sophie Bernard"
    assert targets.next_action.text() == "Call Sophie Bernard on behalf of Hugo Martin."
    with qtbot.waitSignal(targets.show_in_tree_requested):
        qtbot.mouseClick(targets.show_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is tree
    assert tree.selected_person_id() == sophie
    assert tree.tree.currentIndex().parent().parent().data() == "Camille Durand"

    mark(tree, "Sophie Bernard", "Met")
    window.show_view(targets)
    assert targets.next_action.text().startswith("You have met Sophie Bernard, who decides.")
    assert noname(targets).distance == 0
    assert targets.distance.text() == "You have met the person who can hire you."

    # A loop is refused: Sophie cannot have introduced Camille, who led to her.
    window.show_view(tree)
    model = tree.model
    dragged = model.mimeData([model.index_of(camille)])
    assert model.canDropMimeData(dragged, Qt.DropAction.LinkAction, -1, -1, model.index_of(sophie))
    model.dropMimeData(dragged, Qt.DropAction.LinkAction, -1, -1, model.index_of(sophie))
    qtbot.waitUntil(tree.banner.isVisible)
    assert "loop" in tree.banner.text()
    assert tree.banner.property("tone") == "error"
    assert model.index_of(camille).parent().data() == "Me"
    # …and nobody can be dropped onto themselves.
    assert not model.canDropMimeData(
        model.mimeData([model.index_of(hugo)]),
        Qt.DropAction.LinkAction,
        -1,
        -1,
        model.index_of(hugo),
    )

    # Quit and start again: the chain, its statuses and the distances are all kept.
    window = restart(window, open_carnet)
    tree = window.referrals
    window.show_view(tree)
    sophie_row = tree.model.index_of(sophie)
    assert [
        sophie_row.data(),
        sophie_row.parent().data(),
        sophie_row.parent().parent().data(),
        sophie_row.parent().parent().parent().data(),
    ] == ["Sophie Bernard", "Hugo Martin", "Camille Durand", "Me"]
    assert sophie_row.siblingAtColumn(4).data() == "Met"
    assert tree.model.node(sophie_row).is_decision_maker
    window.show_view(window.targets)
    assert noname(window.targets).distance == 0
    assert [s.name for s in noname(window.targets).chains[0].steps] == [
        "Camille Durand",
        "Hugo Martin",
        "Sophie Bernard",
    ]

    # The map of the same tree, exported in the three formats.
    window.show_view(tree)
    tree.show_on_map(sophie)
    assert tree.map.selected_person_id() == sophie
    written = []
    for suffix, chosen in ((".png", "PNG"), (".svg", "SVG"), (".pdf", "PDF")):
        target = tmp_path / f"my-network{suffix}"
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            lambda *_a, t=target, c=chosen, **_k: (str(t), f"{c} (*{t.suffix})"),
        )
        qtbot.mouseClick(tree.map.export_button, Qt.MouseButton.LeftButton)
        written.append(target)
    assert_valid_png(written[0])
    assert_valid_svg(written[1], "Sophie Bernard")
    assert_valid_pdf(written[2])
    assert tree.map.selected_person_id() == sophie, "exporting keeps the selection"


def assert_valid_png(path: Path) -> None:
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() > 400 and image.height() > 100
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5, "the image has drawn boxes and text, not just a background"


def assert_valid_svg(path: Path, name: str) -> None:
    root = ElementTree.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext())
    assert name in text, "names are text in the drawing, so they stay searchable"


def assert_valid_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-1024:]
    assert len(data) > 1000


def test_marking_permission_and_choosing_a_connector_from_the_tree(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    tree = window.referrals
    window.show_view(tree)
    tree.select_person(None)
    ana = add_under_selected(qtbot, tree, answer_dialog, "Ana", "Morel", "")
    bea = add_under_selected(qtbot, tree, answer_dialog, "Béa", "Roux", "Maison Orsane")
    tree.select_person(None)
    chloe = add_under_selected(qtbot, tree, answer_dialog, "Chloé", "Petit", "")

    menu = tree.context_menu(bea)
    menu_action(menu, "May I use Ana Morel's name?", "May not use their name").trigger()
    assert tree.model.index_of(bea).siblingAtColumn(3).data() == "May not use their name"
    tree.select_person(bea)
    assert tree.side.briefing.tone == "stop"

    # Chloé also gave Béa's name: recorded from the context menu, with the permission.
    def choose_chloe(dialog) -> None:
        type_text(qtbot, dialog.connector.lineEdit(), "Chloé Petit")
        dialog.permission.setCurrentIndex(dialog.permission.findData(Permission.YES))
        dialog.accept()

    answer_dialog(choose_chloe)
    menu_action(tree.context_menu(bea), "Who gave me Béa Roux's name?…").trigger()
    node = tree.model.node(tree.model.index_of(bea))
    assert node.other_connectors == [(chloe, "Chloé Petit")]
    assert tree.model.index_of(bea).parent().data() == "Ana Morel", "the first stays primary"
    assert tree.side.briefing.others.text() == "Chloé Petit"

    # The user decides Chloé's introduction is the one that counts.
    menu_action(tree.context_menu(bea), "Show under", "Chloé Petit").trigger()
    assert tree.model.index_of(bea).parent().data() == "Chloé Petit"
    assert tree.model.index_of(bea).siblingAtColumn(3).data() == "May use their name"

    # Recording Chloé's introduction twice is refused, in plain words.
    def choose_chloe_again(dialog) -> None:
        type_text(qtbot, dialog.connector.lineEdit(), "Chloé Petit")
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.error.text() == "This introduction is already recorded."
        dialog.reject()

    answer_dialog(choose_chloe_again)
    menu_action(tree.context_menu(bea), "Who gave me Béa Roux's name?…").trigger()

    window = restart(window, open_carnet)
    tree = window.referrals
    window.show_view(tree)
    assert tree.model.index_of(bea).parent().data() == "Chloé Petit"
    assert tree.model.node(tree.model.index_of(bea)).other_connectors == [(ana, "Ana Morel")]
    assert (
        tree.model.node(tree.model.index_of(bea)).introduction_status
        == IntroductionStatus.SUGGESTED
    )
