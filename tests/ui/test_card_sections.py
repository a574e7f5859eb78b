"""The person card groups its fields under titles, and the keep-in-touch rhythm is chosen with the
same choices, in the same words, wherever it is set; Settings opens the one place for defaults."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain import followups, people
from carnet.domain.enums import ContactStatus
from carnet.domain.people import PersonDraft
from carnet.ui.dialogs.follow_up_dialogs import CadenceDefaultsDialog
from carnet.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.window_helpers import restart


def top(widget, form) -> int:
    return widget.mapTo(form, widget.rect().topLeft()).y()


def test_the_card_shows_its_fields_in_titled_sections(qtbot, open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(
            session, PersonDraft("Zoé", "Martin", job_title="Acheteuse", city="Lyon")
        )
    window.events.people_changed.emit()
    window.contacts.open_person(zoe)
    form = window.contacts.form
    titles = [label.text() for label in form.section_titles]
    assert titles == ["Work", "Contact details", "In my search", "What I know of them"]
    work, contact, search, known = (top(label, form) for label in form.section_titles)
    assert work < top(form.job_title, form) < top(form.organization, form) < contact
    assert contact < top(form.emails, form) < top(form.city, form) < search
    assert search < top(form.status, form) < top(form.keep_in_touch, form) < known
    assert known < top(form.background, form) < top(form.how_we_met, form)
    assert all(label.isVisibleTo(form) for label in form.section_titles)


def test_the_card_offers_the_same_rhythms_as_follow_ups_and_keeps_them(qtbot, open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
    window.events.people_changed.emit()
    view = window.contacts
    view.open_person(zoe)
    choice = view.form.keep_in_touch.choice
    offered = [choice.itemText(i) for i in range(choice.count())]
    assert offered == [
        "As usual for their status",
        "Every 3 weeks",
        "Every 2 months",
        "Every 6 months",
        "Every year",
        "Every … days",
        "Never remind me",
    ]
    defaults = CadenceDefaultsDialog({}, lambda _c: None)
    qtbot.addWidget(defaults)
    chooser = defaults.choosers[ContactStatus.MET].choice
    assert [chooser.itemText(i) for i in range(1, chooser.count())] == offered[1:-1]

    choice.setCurrentIndex(choice.findData(21))
    choice.activated.emit(choice.currentIndex())
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    window = restart(window, open_carnet)
    window.contacts.open_person(zoe)
    assert window.contacts.form.keep_in_touch.choice.currentText() == "Every 3 weeks"
    with window.database.reading() as session:
        assert followups.cadence_of(session, zoe)[0] == 21


def test_never_remind_me_stays_never_when_the_card_is_saved(qtbot, open_carnet):
    window = open_carnet()
    with window.database.transaction() as session:
        zoe = people.create_person(session, PersonDraft("Zoé", "Martin"))
        followups.set_cadence(session, zoe, 0)  # as Follow-ups' "Never remind me" stores it
    window.events.people_changed.emit()
    view = window.contacts
    view.open_person(zoe)
    assert view.form.keep_in_touch.choice.currentText() == "Never remind me"
    qtbot.keyClicks(view.form.city, "Lyon")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    window = restart(window, open_carnet)
    window.contacts.open_person(zoe)
    assert window.contacts.form.city.text() == "Lyon"
    assert window.contacts.form.keep_in_touch.choice.currentText() == "Never remind me"
    with window.database.reading() as session:
        assert followups.cadence_of(session, zoe)[0] == 0

    choice = window.contacts.form.keep_in_touch.choice
    choice.setCurrentIndex(0)  # back to the status's rhythm, from the card
    choice.activated.emit(0)
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)
    with window.database.reading() as session:
        assert followups.cadence_of(session, zoe)[0] is None


def test_settings_open_the_one_place_where_default_rhythms_are_set(qtbot, open_carnet):
    window = open_carnet()
    settings = SettingsDialog(window.database, window.app_paths)
    qtbot.addWidget(settings)
    assert not hasattr(settings, "cadence"), "no second rhythm in days of its own"
    qtbot.mouseClick(settings.rhythms_button, Qt.MouseButton.LeftButton)
    (dialog,) = settings.findChildren(CadenceDefaultsDialog)
    met = dialog.choosers[ContactStatus.MET].choice
    met.setCurrentIndex(met.findData(182))
    dialog.accept()
    settings.accept()

    window = restart(window, open_carnet)
    window.show_view(window.followups)
    rhythms = window.followups.edit_rhythms()
    assert rhythms.choosers[ContactStatus.MET].choice.currentText() == "Every 6 months"
    rhythms.reject()
