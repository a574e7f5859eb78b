"""Finding, folding, opening and moving people in the referral tree and on its map."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from carnet.domain import people, referrals
from carnet.domain.enums import ContactStatus, InteractionKind, IntroductionStatus, Permission
from carnet.domain.models import Interaction
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart


@pytest.fixture
def network(database):
    """Ana (met) gave Ben's and Chloé's names; Ben gave Dora's, at Noname Corp."""
    with database.transaction() as session:
        ana = people.create_person(
            session, PersonDraft(first_name="Ana", last_name="Morel", status=ContactStatus.MET)
        )
        ben = referrals.introduce_new_person(
            session, ana, PersonDraft(first_name="Ben", last_name="Roux"), permission=Permission.YES
        )
        chloe = referrals.introduce_new_person(
            session, ana, PersonDraft(first_name="Chloé", last_name="Faure")
        )
        dora = referrals.introduce_new_person(
            session,
            ben,
            PersonDraft(first_name="Dora", last_name="Petit", organization_name="Noname Corp"),
        )
        session.add(
            Interaction(
                person_id=dora,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime(2026, 3, 2, 10, 0),
                summary="Dora explained the team's hiring plans",
            )
        )
    return {"ana": ana, "ben": ben, "chloe": chloe, "dora": dora}


@pytest.fixture
def window(open_carnet, network, database):
    database.close()  # the window opens the same file on its own
    window = open_carnet()
    window.show_view(window.referrals)
    return window


def test_the_tree_model_obeys_qt_s_rules(window):
    QAbstractItemModelTester(
        window.referrals.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )


def test_people_not_contacted_look_different_from_people_met(window, network):
    model = window.referrals.model
    ana, dora = model.index_of(network["ana"]), model.index_of(network["dora"])

    assert not ana.data(Qt.ItemDataRole.FontRole)
    assert dora.data(Qt.ItemDataRole.FontRole).italic()
    assert (
        ana.data(Qt.ItemDataRole.DecorationRole).cacheKey()
        != dora.data(Qt.ItemDataRole.DecorationRole).cacheKey()
    )
    assert "Not contacted yet" in dora.data(Qt.ItemDataRole.ToolTipRole)


def test_find_a_person_expands_the_way_to_them_and_enter_goes_to_the_next(qtbot, window, network):
    view = window.referrals
    qtbot.mouseClick(view.collapse_button, Qt.MouseButton.LeftButton)
    ana = view.model.index_of(network["ana"])
    assert not view.tree.isExpanded(ana)

    qtbot.keyClicks(view.find, "dora")
    assert view.selected_person_id() == network["dora"]
    assert view.tree.isExpanded(ana)
    assert view.find_count.text() == "1 of 1"

    view.find.clear()
    qtbot.keyClicks(view.find, "o")  # Morel, Roux, Chloé, Dora, Noname…
    first = view.selected_person_id()
    qtbot.keyClick(view.find, Qt.Key.Key_Return)
    assert view.selected_person_id() != first
    assert view.find_count.text().startswith("2 of ")

    view.find.clear()
    qtbot.keyClicks(view.find, "zzz")
    assert view.find_count.text() == "Nobody found"


def test_collapsed_branches_stay_collapsed_after_a_change(qtbot, window, network):
    view = window.referrals
    ben = view.model.index_of(network["ben"])
    view.tree.collapse(ben)

    view.mark_progress(network["chloe"], IntroductionStatus.CONTACTED)

    assert not view.tree.isExpanded(view.model.index_of(network["ben"]))
    assert view.tree.isExpanded(view.model.index_of(network["ana"]))
    qtbot.mouseClick(view.expand_button, Qt.MouseButton.LeftButton)
    assert view.tree.isExpanded(view.model.index_of(network["ben"]))


def test_double_click_opens_the_card(qtbot, window, network):
    view = window.referrals
    index = view.model.index_of(network["chloe"])
    rect = view.tree.visualRect(index)

    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.pages.currentWidget() is window.contacts
    assert window.contacts.form.first_name.text() == "Chloé"


def test_dropping_a_person_onto_their_connector_records_the_introduction(
    qtbot, window, network, open_carnet
):
    view = window.referrals
    model = view.model
    dragged = model.mimeData([model.index_of(network["chloe"])])

    model.dropMimeData(dragged, Qt.DropAction.LinkAction, -1, -1, model.index_of(network["ben"]))
    qtbot.waitUntil(view.banner.isVisible)

    assert view.banner.text().startswith("Recorded: Ben Roux gave you Chloé Faure's name.")
    assert "stays under Ana Morel" in view.banner.text()
    chloe = model.node(model.index_of(network["chloe"]))
    assert chloe.other_connectors == [(network["ben"], "Ben Roux")]
    assert model.index_of(network["ben"]).siblingAtColumn(5).data() == "2"

    window = restart(window, open_carnet)
    window.show_view(window.referrals)
    chloe = window.referrals.model.node(window.referrals.model.index_of(network["chloe"]))
    assert chloe.other_connectors == [(network["ben"], "Ben Roux")]


def test_nobody_is_dropped_on_the_user(window, network):
    model = window.referrals.model
    dragged = model.mimeData([model.index_of(network["dora"])])

    assert not model.canDropMimeData(dragged, Qt.DropAction.LinkAction, -1, -1, model.root_index())
    assert not model.dropMimeData(dragged, Qt.DropAction.LinkAction, -1, -1, model.root_index())


def test_removing_an_introduction_puts_the_person_under_the_user(
    qtbot, window, network, monkeypatch
):
    view = window.referrals
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    assert view.remove_introduction(network["dora"])

    dora = view.model.index_of(network["dora"])
    assert dora.parent().data() == "Me"
    assert view.model.index_of(network["ben"]).siblingAtColumn(5).data() == ""


def test_deleting_a_connector_keeps_the_people_they_introduced_and_their_history(
    qtbot, window, network, monkeypatch, open_carnet
):
    window.open_person(network["ben"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.contacts.delete_button, Qt.MouseButton.LeftButton)

    window = restart(window, open_carnet)
    view = window.referrals
    window.show_view(view)
    dora = view.model.index_of(network["dora"])
    assert dora.data() == "Dora Petit"
    assert dora.parent().data() == "Me"
    assert not view.model.index_of(network["ben"]).isValid()
    with window.database.reading() as session:
        (call,) = session.query(Interaction).filter_by(person_id=network["dora"]).all()
    assert call.summary == "Dora explained the team's hiring plans"


def test_the_map_selects_with_the_tree_and_zooms(qtbot, window, network):
    view = window.referrals
    view.show_on_map(network["ben"])
    scene_map = view.map
    qtbot.waitUntil(lambda: scene_map.item_of(network["dora"]) is not None)
    assert scene_map.selected_person_id() == network["ben"]

    dora = scene_map.item_of(network["dora"])
    scene_map.view.centerOn(dora)
    point = scene_map.view.mapFromScene(dora.sceneBoundingRect().center())
    qtbot.mouseClick(scene_map.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.selected_person_id() == network["dora"]
    assert view.side.title.text() == "Dora Petit"

    view.select_person(network["chloe"])
    assert scene_map.selected_person_id() == network["chloe"]

    before = scene_map.view.zoom()
    qtbot.mouseClick(scene_map.zoom_in_button, Qt.MouseButton.LeftButton)
    assert scene_map.view.zoom() == pytest.approx(before * 1.25)
    qtbot.mouseClick(scene_map.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(scene_map.zoom_out_button, Qt.MouseButton.LeftButton)
    assert scene_map.view.zoom() < before
    shown = f"{round(scene_map.view.zoom() * 100)} %"
    assert scene_map.actual_size_button.text() == shown, "the zoom is shown once, on its button"
    assert not scene_map.zoom_label.isVisible()
    qtbot.mouseClick(scene_map.actual_size_button, Qt.MouseButton.LeftButton)
    assert scene_map.view.zoom() == pytest.approx(1)
    assert scene_map.actual_size_button.text() == "100 %"

    with qtbot.waitSignal(view.open_person_requested) as opened:
        scene_map.view.centerOn(scene_map.item_of(network["chloe"]))
        point = scene_map.view.mapFromScene(
            scene_map.item_of(network["chloe"]).sceneBoundingRect().center()
        )
        qtbot.mouseClick(scene_map.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(scene_map.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [network["chloe"]]


def test_map_boxes_never_overlap_and_edges_keep_their_order(window):
    view = window.referrals
    view.show_on_map(None)
    boxes = [item for item in view.map.scene.items() if hasattr(item, "person_id")]
    rects = [item.sceneBoundingRect() for item in boxes]
    assert len(rects) == 5
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    me, ana = view.map.item_of(None), view.map.item_of(window.referrals.model.people()[0].person_id)
    assert me.pos().x() < ana.pos().x(), "the user on the left, relays further right"
