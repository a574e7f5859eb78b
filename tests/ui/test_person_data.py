"""From the File menu: a person's data exported in full, then deleted in full."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QPushButton

from carnet.domain import interactions, notebook, people, referrals
from carnet.domain.enums import InteractionKind, Permission
from tests.ui.window_helpers import restart


@pytest.fixture
def hugo(open_carnet):
    """Camille introduced Hugo; the user called Hugo and wrote about him."""
    window = open_carnet()
    with window.database.transaction() as session:
        camille = people.create_person(session, people.PersonDraft(first_name="Camille"))
        hugo_id = referrals.introduce_new_person(
            session,
            camille,
            people.PersonDraft(first_name="Hugo", last_name="Martin", email="hugo@example.org"),
            permission=Permission.YES,
        )
        interactions.log_interaction(
            session,
            interactions.InteractionDraft(
                person_id=hugo_id,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime(2026, 3, 2, 10, 0),
                summary="He knows the sales director",
            ),
        )
        notebook.create_note(
            session,
            notebook.NoteDraft(title="After the call", body="Send my CV", person_ids=[hugo_id]),
        )
    window.events.people_changed.emit()
    window.contacts.open_person(hugo_id)
    return window, hugo_id


@pytest.fixture
def answer_each(qtbot) -> Callable[[Callable[[object], bool]], QTimer]:
    """Answer every modal dialog that opens with ``answer(dialog)`` (True once handled)."""
    timers: list[QTimer] = []

    def start(answer: Callable[[object], bool]) -> QTimer:
        timer = QTimer(interval=20)
        handled: set[int] = set()

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and id(dialog) not in handled and answer(dialog):
                handled.add(id(dialog))

        timer.timeout.connect(look)
        timer.start()
        timers.append(timer)
        return timer

    yield start
    for timer in timers:
        timer.stop()


def choose_hugo(dialog) -> bool:
    if isinstance(dialog, QInputDialog):
        hugo = next(item for item in dialog.comboBoxItems() if item.startswith("Hugo"))
        dialog.setTextValue(hugo)
        dialog.accept()
        return True
    return False


def test_a_persons_data_is_exported_in_full(hugo, answer_each, tmp_path, monkeypatch):
    window, _hugo_id = hugo
    target = tmp_path / "hugo.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    answer_each(choose_hugo)

    window.safety.export_person_action.trigger()

    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["person"]["last_name"] == "Martin"
    assert [p["value"] for p in exported["contact_points"]] == ["hugo@example.org"]
    assert [i["summary"] for i in exported["interactions"]] == ["He knows the sales director"]
    assert [i["other_person"] for i in exported["introduced_by"]] == ["Camille"]
    assert [n["body"] for n in exported["notes"]] == ["Send my CV"]
    assert str(target) in told[0]


def test_a_person_is_deleted_in_full_after_saying_what_goes(hugo, answer_each, open_carnet):
    window, _hugo_id = hugo
    asked: list[str] = []

    def confirm(dialog) -> bool:
        if choose_hugo(dialog):
            return True
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text() + "\n" + dialog.informativeText())
            delete = next(
                b for b in dialog.findChildren(QPushButton) if b.text() == "Delete everything"
            )
            delete.click()
            return True
        return False

    answer_each(confirm)
    window.safety.delete_person_action.trigger()

    assert "Delete Hugo Martin and all their data?" in asked[0]
    assert "Calls and meetings: 1" in asked[0]
    assert "Notebook entries about them alone: 1" in asked[0]
    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    model = window.contacts.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Camille"]
    with window.database.reading() as session:
        assert notebook.list_notes(session) == []
