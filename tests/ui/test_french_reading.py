"""A French reader's test: counts of 0, 1 and 2, names inserted in sentences, the weekly report
and the CSV export, read in French for the mistakes a native reader notices at once
(``tests/french_mistakes.py``). The tour of every page and dialog, read the same way, is
``test_translations.test_every_page_and_dialog_speaks_french``; the command line's help,
``tests/io/test_command_line_language.py``."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from carnet.domain import people
from carnet.domain.people import PersonDraft, create_person
from carnet.ui.language import PseudoTranslator
from carnet.ui.reports import figures
from carnet.ui.reports.weekly_report import ReportOptions, build_document, collect
from carnet.ui.wording import date_text
from tests.french_mistakes import mistakes

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
SAMPLES = {"file": "contacts.csv", "total": "12", "calls": "3", "rate": "33\u00a0%"}


def numerus_messages(language: str) -> list[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / f"carnet_{language}.ts").getroot()
    return [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


def test_the_catalogues_have_no_unfinished_or_obsolete_entry():
    for language in ("fr", "en"):
        text = (TRANSLATIONS / f"carnet_{language}.ts").read_text("utf-8")
        assert not re.search(r'type="(unfinished|obsolete|vanished)"', text), language
        assert "<numerusform></numerusform>" not in text, language


def test_every_count_reads_right_at_0_1_and_2(start_in):
    counted = numerus_messages("fr")
    assert len(counted) >= 30
    start_in("fr")
    wrong = []
    for context, source in counted:
        for n in (0, 1, 2):
            text = QCoreApplication.translate(context, source, None, n)
            for placeholder, value in SAMPLES.items():
                text = text.replace("{" + placeholder + "}", value)
            assert "%" not in text.replace("\u00a0%", ""), text
            wrong += [f"[{context}] n={n}: {text!r}: {m}" for m in mistakes(text)]
    assert not wrong, "\n".join(wrong)


def test_english_counts_say_one_person_and_two_people(start_in):
    start_in("en")
    wrong = []
    for context, source in numerus_messages("en"):
        one = QCoreApplication.translate(context, source, None, 1)
        if re.search(r"\b1 (people|\w+s)\b", one) and not re.search(r"\b1 (of|relays?) ", one):
            wrong.append(f"[{context}] {one!r}")
    assert not wrong, "\n".join(wrong)
    assert figures.calls_text(1, 2) == "1 good, 2 difficult"
    assert figures.relays_text(1) == "1 relay away"


@pytest.mark.parametrize(
    ("good", "difficult", "expected"),
    [
        (0, 0, "0 réussi, 0 difficile"),
        (1, 1, "1 réussi, 1 difficile"),
        (2, 2, "2 réussis, 2 difficiles"),
    ],
)
def test_the_dashboards_words_agree_with_their_numbers(start_in, good, difficult, expected):
    start_in("fr")
    assert figures.calls_text(good, difficult) == expected


def test_names_are_elided_in_the_sentences_that_insert_them(qtbot, open_carnet, start_in):
    start_in("fr")
    window = open_carnet()
    with window.database.transaction() as session:
        antoine = create_person(session, PersonDraft(first_name="Antoine", last_name="Girard"))
    window.events.people_changed.emit()
    window.show_view(window.referrals)
    view = window.referrals
    qtbot.waitUntil(lambda: view.model.rowCount(view.model.root_index()) >= 1)
    view.select_person(antoine)
    assert view.add_button.text() == "Ajouter une personne qu’Antoine Girard m’a recommandée…"
    texts = [action.text() for action in view.context_menu(antoine).actions()]
    assert "Qui m’a donné le nom d’Antoine Girard ?…" in texts
    assert "Ouvrir la fiche d’Antoine Girard" in texts
    assert not [m for t in texts for m in mistakes(t)]


def test_the_weekly_report_reads_right_in_french(qtbot, open_carnet, start_in):
    start_in("fr")
    window = open_carnet("--demo")
    today = dt.date(2026, 12, 3)
    data = collect(window.database, ReportOptions(week_of=today), today)
    text = build_document(data, ReportOptions(today)).toPlainText()  # what the PDF says
    assert "Bilan" in text or "Semaine du" in text
    assert "jeudi 3 décembre 2026" in text or "décembre 2026" in text
    assert not mistakes(text), mistakes(text)
    assert not re.search(r"\b(the|and|with|days|ago|more|calls)\b", text)


def test_a_csv_export_from_the_french_window_is_in_french(
    qtbot, open_carnet, start_in, monkeypatch, tmp_path
):
    start_in("fr")
    window = open_carnet()
    with window.database.transaction() as session:
        create_person(session, PersonDraft(first_name="Inès", last_name="Aubert"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    target = tmp_path / "contacts.csv"
    window.transfer.export_people(target, "csv")
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told == [f"1 personne exportée dans {target}."]
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Prénom;Nom;Organisation;Poste;E-mail;Téléphone;Ville;")
    assert ";Statut;Nom donné par;" in lines[0]
    assert ";À contacter;" in lines[1]
    with window.database.reading() as session:
        assert people.count_people(session) == 1


def test_the_pseudo_translation_keeps_the_counts_working(qapp):
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        text = QCoreApplication.translate("ContactsView", "%Ln people", None, 2)
    finally:
        qapp.removeTranslator(pseudo)
    assert text.startswith("[2 ") and "%" not in text


@pytest.mark.parametrize(
    ("code", "long", "short"),
    [
        ("fr", "lundi 1er mars 2027", "lun. 1er mars"),
        ("en", "Monday, 1 March 2027", "Mon 1 Mar"),
    ],
)
def test_the_first_of_the_month_is_1er_in_french(start_in, code, long, short):
    start_in(code)
    first = dt.date(2027, 3, 1)
    assert date_text(first) == long and date_text(first, "ddd d MMM") == short
    assert date_text(dt.date(2027, 3, 11)).endswith(" 11 mars 2027" if code == "fr" else "")
