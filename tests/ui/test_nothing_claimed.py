"""Nothing claims what was not said: the permission to use a connector's name is "not asked"
until the user says otherwise, no example suggests sending a CV, and "Self-employed" from a
LinkedIn export is nobody's organisation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from carnet.domain import people
from carnet.domain.enums import Permission
from carnet.domain.models import Introduction
from carnet.domain.people import PersonDraft
from tests.ui.window_helpers import restart, type_text


def add(window, **fields) -> int:
    with window.database.transaction() as session:
        person_id = people.create_person(session, PersonDraft(**fields))
    window.events.people_changed.emit()
    return person_id


def test_a_person_added_under_a_connector_in_the_tree_is_not_asked_yet(
    qtbot, open_carnet, answer_dialog
):
    window = open_carnet()
    zoe = add(window, first_name="Zoé", last_name="Martin")
    tree = window.referrals
    window.show_view(tree)
    tree.select_person(zoe)
    seen = {}

    def fill(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["permission"] = dialog.permission.currentData()
        type_text(qtbot, dialog.first_name, "Hugo")
        dialog.accept()

    answer_dialog(fill)
    qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)

    assert seen == {
        "title": "A person Zoé Martin introduced me to",
        "permission": Permission.NOT_ASKED,
    }
    window = restart(window, open_carnet)
    with window.database.reading() as session:
        (introduction,) = session.query(Introduction).all()
        assert (introduction.connector_id, introduction.permission) == (zoe, Permission.NOT_ASKED)


def test_the_next_step_example_proposes_a_call_not_a_cv(open_carnet, answer_dialog):
    window = open_carnet()
    zoe = add(window, first_name="Zoé", last_name="Martin")
    seen = {}

    def look(dialog) -> None:
        seen["example"] = dialog.next_step.placeholderText()
        dialog.reject()

    answer_dialog(look)
    window.calls.log_call(zoe)
    assert "CV" not in seen["example"] and "call" in seen["example"].lower()


def test_self_employed_from_linkedin_never_becomes_an_organisation(
    qtbot, open_carnet, monkeypatch, tmp_path: Path
):
    window = open_carnet()
    zoe = add(
        window,
        first_name="Zoé",
        last_name="Martin",
        linkedin_url="https://www.linkedin.com/in/zoe-martin-graphiste",
    )
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Zoé,Martin,https://www.linkedin.com/in/zoe-martin-graphiste,,Indépendant(e),"
        "Graphiste,02 Feb 2022\n"
        "Paul,Roux,https://www.linkedin.com/in/paul-roux,,Self-employed,Consultant,"
        "03 Mar 2023\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    window.transfer.import_action.trigger()
    dialog = window.transfer.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    assert dialog.tabs.tabText(1) == "Likely duplicates (1)"  # Zoé, by her LinkedIn address
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    window = restart(window, open_carnet)
    with window.database.reading() as session:
        merged = people.load_draft(session, zoe)
        assert (merged.organization_name, merged.job_title) == ("", "Graphiste")
        names = {p.full_name: p.organization for p in people.list_people(session)}
        assert names == {"Zoé Martin": "", "Paul Roux": ""}
        assert people.organization_names(session) == []
