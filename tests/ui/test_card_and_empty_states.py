"""What a user sees before choosing anyone, on an empty file, on a person's card, and in the
title bar: sentences and actions rather than blank forms and file paths."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from carnet.domain import people, referrals
from carnet.domain.enums import ContactStatus, Permission
from carnet.domain.people import PersonDraft
from carnet.domain.profile import ProfileDraft, save_profile
from carnet.ui.models.people_table_model import PERSON_ID_ROLE
from tests.ui.window_helpers import restart


def button(view, text: str):
    return next(b for b in view.empty_state.buttons if b.text() == text)


def test_an_empty_file_shows_how_to_start_instead_of_a_blank_card(qtbot, open_carnet, monkeypatch):
    from carnet.ui import guide_commands

    # The demo opens as a second Carnet process: its command line is recorded, not run (a
    # process started here would outlive the test).
    launched: list[list[str]] = []
    monkeypatch.setattr(guide_commands.subprocess, "Popen", launched.append)
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    view = window.contacts
    assert view.empty_state.isVisible() and not view.form.isVisible()
    assert view.empty_state.title.text() == "Your network starts here"
    texts = [b.text() for b in view.empty_state.buttons]
    assert texts == ["Import my LinkedIn connections…", "Add the first person", "Explore the demo"]

    started: list[bool] = []
    view.demo_requested.connect(lambda: started.append(True))
    qtbot.mouseClick(button(view, "Explore the demo"), Qt.MouseButton.LeftButton)
    assert started == [True]
    assert len(launched) == 1 and launched[0][-3:] == [
        "--demo",
        "--data-dir",
        str(window.app_paths.data_dir),
    ]

    qtbot.mouseClick(button(view, "Add the first person"), Qt.MouseButton.LeftButton)
    assert view.form.isVisible() and view.header.name.text() == "New person"


def test_a_list_with_nobody_chosen_says_what_the_view_is_for(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    with window.database.transaction() as session:
        people.create_person(session, PersonDraft(first_name="Zoé", last_name="Martin"))
    window.events.people_changed.emit()
    window.close()
    window.database.close()
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    view = window.contacts
    assert view.empty_state.isVisible() and not view.form.isVisible()
    assert view.empty_state.title.text() == "Choose someone in the list"
    assert [b.text() for b in view.empty_state.buttons][0] == "Add a person"


def test_the_card_header_shows_who_introduced_the_person_and_the_permission(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    with window.database.transaction() as session:
        marc = people.create_person(session, PersonDraft(first_name="Marc", last_name="Lefèvre"))
        sarah = people.create_person(
            session,
            PersonDraft(
                first_name="Sarah",
                last_name="Benali",
                job_title="Évaluatrice",
                organization_name="Compositions Sauvan",
                status=ContactStatus.MET,
            ),
        )
        referrals.add_introduction(
            session, marc, sarah, permission=Permission.YES, introduced_on=dt.date(2026, 3, 2)
        )
    window.events.people_changed.emit()
    view = window.contacts
    view.open_person(sarah)

    header = view.header
    assert header.isVisible() and not view.empty_state.isVisible()
    assert header.avatar.text() == "SB"
    assert header.name.text() == "Sarah Benali"
    assert header.status.text() == "Met"
    assert header.role.text() == "Évaluatrice · Compositions Sauvan"
    assert "Marc Lefèvre" in header.introduced.text()
    assert "May use their name" in header.introduced.text()

    header.introduced.linkActivated.emit(str(marc))
    current = view.table.currentIndex()
    assert current.data(PERSON_ID_ROLE) == marc and header.name.text() == "Marc Lefèvre"


def test_the_title_names_whose_notebook_it_is_not_the_file(qtbot, open_carnet, data_dir):
    window = open_carnet()
    assert window.windowTitle() == "Carnet"
    with window.database.transaction() as session:
        save_profile(session, ProfileDraft(name="Claire Moreau"))
    window.events.people_changed.emit()
    assert window.windowTitle() == "Carnet — Claire Moreau"
    assert str(data_dir) not in window.windowTitle()
    window = restart(window, open_carnet)
    assert window.windowTitle() == "Carnet — Claire Moreau"


def test_the_window_and_its_splitters_open_as_they_were_left(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    width = window.minimumSizeHint().width()  # the test screen is narrow
    window.resize(width, 650)
    splitter = window.contacts.findChild(QSplitter)
    splitter.setSizes([640, 300])
    kept = splitter.sizes()
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert (window.width(), window.height()) == (width, 650)
    assert window.contacts.findChild(QSplitter).sizes() == kept
