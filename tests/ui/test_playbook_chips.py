"""The playbook editor shows its fill-ins as chips in the user's words, never as {connector}."""

from __future__ import annotations

from carnet.domain.models import PlaybookCard
from carnet.domain.playbook import Situation


def test_fill_ins_read_as_chips_and_are_inserted_from_a_menu(qtbot, open_carnet, answer_dialog):
    window = open_carnet()
    seen = {}

    def edit(dialog) -> None:
        dialog.select(Situation.UNKNOWN_CONNECTOR)
        seen["shown"] = dialog.body.toPlainText() + dialog.title.toPlainText()
        seen["list"] = [dialog.situations.item(r).text() for r in range(dialog.situations.count())]
        seen["menu"] = [a.text() for a in dialog.body.insert_button.menu().actions()]
        dialog.body.set_markdown("Call back tomorrow, ")
        dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
        relay = dialog.body.insert_button.menu().actions()[1]
        relay.trigger()
        seen["after"] = dialog.body.toPlainText()
        dialog.accept()

    answer_dialog(edit)
    window.calls.playbook_action.trigger()

    assert "{" not in seen["shown"] and "connector" not in seen["shown"]
    assert not any("{" in title for title in seen["list"])
    assert "They don't remember “the relay”" in seen["list"]
    assert seen["menu"][:3] == ["the person called", "the relay", "the relay's job"]
    assert seen["after"] == "Call back tomorrow, \ufffc", "one chip, not its code"
    with window.database.reading() as session:
        card = session.get(PlaybookCard, Situation.UNKNOWN_CONNECTOR.value)
        assert card.body == "Call back tomorrow, {connector}"
        assert card.title == "They don't remember {connector}"
