"""Carnet speaks French to a French system and English to an English one, with nothing left over.

The French catalogue is complete and up to date with the code; every page and dialog, walked in
French, shows no text still equal to its English source (or worded in English); the language
chosen in Settings applies at the next start; dates and numbers follow the language.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import html
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from carnet.domain import notebook
from carnet.ui.dialogs.settings_dialog import SettingsDialog
from carnet.ui.widgets.entry_list import WEEK_ROLE
from tests.benchmarks.generate import generate
from tests.french_mistakes import mistakes
from tests.ui.tour import Tour, open_call_mode, visible_texts
from tests.ui.window_helpers import restart

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "src" / "carnet"
LINKEDIN_SAMPLE = ROOT / "tests" / "fixtures" / "import" / "linkedin" / "Connections.csv"

sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402  (resources/translations/update.py: lupdate, lrelease, unfinished)

sys.path.remove(str(TRANSLATIONS))

# French words that are the English ones, or names: the only translations allowed to equal
# their source.
SAME_IN_FRENCH = {
    " min",
    "&Date",
    "&Organisation",
    "1 organisation",
    "100 %",
    "Action",
    "Carnet — {name}",
    "Contacts",
    "Contacts (LinkedIn, Google, Outlook, vCard) (*.csv *.vcf *.zip *.txt)",
    "Date",
    "Journal",
    "Link&edIn",
    "LinkedIn",
    "Message",
    "Organisation",
    "Organisations",
    "options",
    "Situations",
    "Source",
    "contact",
    "vCard",
    "{label} ({count})",
    "{n} organisations",
    "{percent} %",
}
# Unmistakably English words: a text holding one was left untranslated (or never marked).
ENGLISH_WORDS = set(
    re.findall(
        r"\w+",
        "the your you with and this that is are of to for from not yet will has have what who "
        "which there their they them here been was were would could should into about after "
        "before than then when where why how all any each every some more most only just also "
        "by at new add save delete open edit show find search call calls people person name names",
    )
)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def normal(text: str) -> str:
    """Without shortcut marks, with single spaces (a non-breaking space counts as one)."""
    return re.sub(r"\s+", " ", re.sub(r"&(?!&)", "", text).replace("&&", "&")).strip()


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message) for each message of a Qt Linguist file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name"), message.findtext("source"), message))
    return found


def translation_of(message: ET.Element) -> str:
    return "".join(message.find("translation").itertext())


# -- the catalogue -------------------------------------------------------------------------------


def test_every_french_message_is_translated_and_keeps_its_placeholders():
    problems = []
    found = messages(TRANSLATIONS / "carnet_fr.ts")
    assert len(found) > 900
    for context, source, message in found:
        translation = message.find("translation")
        french = translation_of(message)
        where = f"[{context}] {source!r}"
        if translation.get("type") or not french.strip():
            problems.append(f"unfinished {where}")
            continue
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(french)):
            problems.append(f"placeholders differ {where}: {french!r}")
        if source.replace("&&", "").count("&") != french.replace("&&", "").count("&"):
            problems.append(f"shortcut mark lost or doubled {where}: {french!r}")
        if normal(source) == normal(french) and source not in SAME_IN_FRENCH:
            problems.append(f"left in English {where}")
        if re.search(r"\S[:;?!]( |$)", french) and not re.search(r"https?:|[A-Z]:", french):
            problems.append(f"no non-breaking space before : ; ? ! {where}: {french!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language_code", ["fr", "en"])
def test_the_catalogues_hold_every_string_of_the_code(tmp_path, language_code):
    """lupdate run on the code now finds nothing that the catalogue does not translate."""
    copy = tmp_path / f"carnet_{language_code}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    update.lupdate(copy, language_code)
    missing = update.unfinished(copy)
    assert not missing, (
        "run `python resources/translations/update.py` and translate:\n"
        + "\n".join(f"[{context}] {source!r}" for context, source in missing)
    )


def _lupdate_blind_spots(path: Path) -> list[str]:
    """Translation calls lupdate cannot read, or would file under another context."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    # ``Context.tr("%Ln …", "", n)`` on a QObject subclass of the module: the one form in which
    # lupdate reads a plural outside a method (it ignores the n of QCoreApplication.translate)
    # and ``CommandLine.tr`` (carnet.catalogue): the command line's texts, read without a window
    contexts = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    contexts.add("CommandLine")

    def name_of(call: ast.Call) -> str:
        function = call.func
        return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")

    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and name_of(inner) in ("tr", "translate")
                    and any(isinstance(arg, ast.Constant) for arg in inner.args[-1:])
                ):
                    found.append(f"{path.name}:{inner.lineno} translated inside an f-string")
        if not isinstance(node, ast.Call):
            continue
        name = name_of(node)
        if name in ("tr_noop", "_tr"):
            found.append(f"{path.name}:{node.lineno} {name}(…) is invisible to lupdate")
        elif name == "tr" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in {"self", *contexts}):
                found.append(f"{path.name}:{node.lineno} {ast.unparse(owner)}.tr(…)")
            elif node.args and not isinstance(node.args[0], ast.Constant):
                found.append(f"{path.name}:{node.lineno} self.tr() of a computed text")
        elif name == "tr" and isinstance(node.func, ast.Name):
            found.append(f"{path.name}:{node.lineno} a bare tr(…) has no context")
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, text = node.args[:2]
            literal = isinstance(text, ast.Constant)
            if name == "translate" and literal and (len(node.args) >= 4 or node.keywords):
                found.append(f"{path.name}:{node.lineno} lupdate ignores a count here: Context.tr")
            if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                found.append(f"{path.name}:{node.lineno} {name}() of a built text")
            if name == "QT_TRANSLATE_NOOP" and not isinstance(context, ast.Constant):
                found.append(f"{path.name}:{node.lineno} QT_TRANSLATE_NOOP needs a literal context")
    return found


def test_every_translated_string_is_written_so_that_lupdate_finds_it():
    found = [spot for path in sorted(SOURCES.rglob("*.py")) for spot in _lupdate_blind_spots(path)]
    assert not found, "\n".join(found)


# -- the application in French -------------------------------------------------------------------


def english_leftovers(texts: list[tuple[str, str]], sources: list) -> list[str]:
    exact, patterns = set(), []
    for _context, source, message in sources:
        if normal(source) == normal(translation_of(message)):
            continue
        if not PLACEHOLDER.search(source):
            exact.add(normal(source))
        elif re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", source)):
            pattern = re.sub(r"\\\{[a-z_]+\\\}", ".+?", re.escape(normal(source)))
            patterns.append(re.compile(pattern))
    found = []
    for where, text in texts:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        for candidate in {normal(text), normal(plain), *map(normal, plain.split("\n"))}:
            if not candidate:
                continue
            words = re.sub(r"\S*[/@\\]\S*|\{[a-z_]+\}", " ", candidate)
            english = {w.lower() for w in re.findall(r"[A-Za-z]+", words)} & ENGLISH_WORDS
            if candidate in exact or any(p.fullmatch(candidate) for p in patterns):
                found.append(f"{where}: {candidate!r} is the English source")
            elif english:
                found.append(f"{where}: {candidate!r} holds English ({', '.join(sorted(english))})")
    return found


def test_every_page_and_dialog_speaks_french(qtbot, open_carnet, start_in):
    start_in("fr")
    window = open_carnet("--demo")
    window.resize(1024, 640)
    texts: list[tuple[str, str]] = []
    visited: list[str] = []
    # What the imported file says is the user's, shown as it is: not Carnet's to translate.
    with LINKEDIN_SAMPLE.open(encoding="utf-8", newline="") as sample:
        file_cells = {cell for line in csv.reader(sample) for cell in line}

    def visit(name: str, widget) -> None:
        visited.append(name)
        texts.extend(
            (f"{name} › {where}", text)
            for where, text in visible_texts(widget)
            if not (name.startswith("import-preview") and where == "row" and text in file_cells)
        )

    tour = Tour(window, visit)
    tour.run()
    open_call_mode(tour)
    # The preview, once the file is read (the walk must not race the reading thread).
    window.transfer.import_contacts(LINKEDIN_SAMPLE)
    dialog = window.transfer.import_dialog
    with qtbot.waitSignal(dialog.work_finished, timeout=20000):
        pass
    assert dialog.pages.currentIndex() == 1, "the preview is on screen"
    tour.explore(dialog, "import-preview", 1)
    dialog.reject()

    # the tour did see the pages, the dialogs of the menus and those of the pages' buttons
    assert len(visited) > 40
    assert {"contacts", "notebook", "dashboard", "call-mode", "import-preview"} <= set(visited)
    assert any(name.startswith("menu-bienvenue") for name in visited)
    french = [text for where, text in texts if where.startswith("contacts ›")]
    assert "Carnet de notes" in french and "&Fichier" in french
    # The rows of the imported file are the user's data, in whatever language they are written.
    sample = LINKEDIN_SAMPLE.read_text(encoding="utf-8")
    texts = [
        (where, text)
        for where, text in texts
        if not (where.startswith("import-preview") and where.endswith("› row") and text in sample)
    ]
    leftovers = sorted(set(english_leftovers(texts, messages(TRANSLATIONS / "carnet_fr.ts"))))
    assert not leftovers, "\n".join(leftovers)
    wrong = sorted({f"{where}: {m}" for where, text in texts for m in mistakes(text)})
    assert not wrong, "\n".join(wrong)


def test_the_language_chosen_in_settings_applies_at_the_next_start(
    qtbot, open_carnet, start_in, answer_dialog
):
    start_in("en")
    window = open_carnet()
    assert window.sidebar.item(5).text() == "Notebook"

    def choose(code: str):
        def fill(dialog: SettingsDialog) -> None:
            dialog.language.setCurrentIndex(dialog.language.findData(code))
            assert dialog.language_note.isVisibleTo(dialog)
            dialog.accept()

        return fill

    answer_dialog(choose("fr"))
    window.guide.settings_action.trigger()
    assert window.sidebar.item(5).text() == "Notebook", "applies at the next start only"

    window.close()
    start_in()  # Carnet starts again
    window = restart(window, open_carnet)
    assert window.sidebar.item(5).text() == "Carnet de notes"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert QLocale().language() == QLocale.Language.French

    answer_dialog(choose("en"))
    window.guide.settings_action.trigger()
    window.close()
    start_in()
    window = restart(window, open_carnet)
    assert window.sidebar.item(5).text() == "Notebook"
    assert window.menuBar().actions()[0].text() == "&File"


@pytest.mark.parametrize(
    ("code", "people", "week_of"),
    [("fr", "1\u202f200 personnes", "lundi 10 mars 2025"), ("en", "1,200 people", "10 March 2025")],
)
def test_dates_and_numbers_follow_the_language(
    qtbot, open_carnet, start_in, data_dir, code, people, week_of
):
    # no calls: the notebook lists them too, and the note below must be on its first page
    generate(data_dir / "carnet.sqlite3", people=1200, seed=5, organizations=40, interactions=0)
    start_in(code)
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    assert window.contacts.count.text() == people
    with window.database.transaction() as session:
        notebook.create_note(
            session, notebook.NoteDraft(written_on=dt.date(2025, 3, 12), title="Café")
        )
    window.events.notes_changed.emit()
    window.show_view(window.notebook)
    entries = window.notebook.entries
    qtbot.waitUntil(lambda: entries.count() > 0)
    headers = {entries.item(row).data(WEEK_ROLE) for row in range(entries.count())}
    assert any(header and week_of in header for header in headers), headers
    assert QApplication.instance() is not None
