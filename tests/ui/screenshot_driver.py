"""Screenshots of every page and dialog, on a real X server, in one language and colour scheme.

    python screenshot_driver.py OUT_DIR LANGUAGE WIDTHxHEIGHT TRANSLATIONS_DIR [light|dark]

LANGUAGE is ``fr``, ``en`` or ``pseudo`` (English source texts made 40 % longer and accented).
The window opens on the demo network, maximised on the screen (which the caller makes
WIDTH×HEIGHT) and then set to that size. Each page, tab and dialog of the tour (tests/ui/tour.py)
is saved as ``NN-name.png``; ``report.json`` lists them with the size each had, the texts that
did not fit in their widget, and any code a user should never read (a ``{placeholder}``, Markdown
syntax).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFontMetrics  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from carnet.app import make_application, open_window, parse_args  # noqa: E402
from carnet.ui import language  # noqa: E402
from tests.ui.tour import Tour, open_call_mode  # noqa: E402

LINKEDIN_SAMPLE = ROOT / "tests" / "fixtures" / "import" / "linkedin" / "Connections.csv"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MARKDOWN = re.compile(r"\*\*\S|\S\*\*|(^|\n)#{1,6} \S|\]\(https?:")
TAG = re.compile(r"<[^>]+>")


def code_shown(top: QWidget) -> list[str]:
    """Placeholders and Markdown syntax in what the user reads (labels, text boxes, items)."""
    texts = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel):
            texts.append(TAG.sub("", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            for row in range(min(model.rowCount(root), 40)):
                for column in range(8):  # a list model's column count is not Python's to ask
                    index = model.index(row, column, root)
                    if not index.isValid():
                        break
                    texts.append(str(index.data() or ""))
    return [
        f"code shown: {text[:70]!r}"
        for text in texts
        if PLACEHOLDER.search(text) or MARKDOWN.search(text)
    ]


def clipped_columns(top: QWidget) -> list[str]:
    """Header titles wider than their section, and columns that start or run off screen."""
    found = []
    for header in top.findChildren(QHeaderView):
        if not header.isVisibleTo(top) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        view = header.parentWidget()
        if model is None or not isinstance(view, QAbstractItemView):
            continue
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not title:
                continue
            if header.sectionSize(section) < metrics.horizontalAdvance(title) + 8:
                found.append(f"header {title!r}: {header.sectionSize(section)} wide")
            end = header.sectionViewportPosition(section) + header.sectionSize(section)
            if end > view.viewport().width() + 2:
                found.append(f"column {title!r} off screen")
        if view.textElideMode() == Qt.TextElideMode.ElideNone:
            found.append(f"{type(view).__name__} cuts items without an ellipsis")
    return found


def clipped_texts(top: QWidget) -> list[str]:
    """Texts wider than the widget that shows them (labels that do not wrap, buttons, combos,
    group titles, tabs)."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or widget.width() <= 1:
            continue
        metrics = QFontMetrics(widget.font())
        name = type(widget).__name__
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if needed > widget.contentsRect().width() + 1:
                found.append(f"{name} {widget.text()!r}: {needed} > {widget.width()}")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"{name} {widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text() and not widget.icon().isNull():
            continue
        elif isinstance(widget, QComboBox) and widget.currentText():
            needed = metrics.horizontalAdvance(widget.currentText()) + 24
            if needed > widget.width():
                found.append(f"{name} {widget.currentText()!r}: {needed} > {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = metrics.horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                found.append(f"{name} {widget.title()!r}: {needed} > {widget.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                needed = metrics.horizontalAdvance(widget.tabText(index).replace("&", "")) + 16
                if needed > widget.tabRect(index).width():
                    found.append(f"tab {widget.tabText(index)!r}: {needed} > {widget.width()}")
    for sidebar in top.findChildren(QListWidget, "sidebar"):
        if not sidebar.isVisibleTo(top):
            continue
        icon = sidebar.iconSize().width()
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            # icon, the gap after it, the text's margins and the item's padding (carnet.qss)
            needed = sidebar.fontMetrics().horizontalAdvance(item.text()) + icon + 26
            if needed > sidebar.visualItemRect(item).width():
                found.append(
                    f"sidebar {item.text()!r}: {needed} > {sidebar.visualItemRect(item).width()}"
                )
    return found


def main(out: Path, code: str, size: str, translations: Path, scheme: str = "light") -> int:
    width, height = (int(n) for n in size.split("x"))
    os.environ["CARNET_COLOR_SCHEME"] = scheme
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Carnet")
    app.setApplicationName("Carnet")
    language.choose_language("en" if code == "pseudo" else code)
    if code == "pseudo":
        os.environ[language.PSEUDO_ENV] = "1"
    language.translations_dir = lambda: translations
    make_application(sys.argv[:1])
    data = tempfile.mkdtemp(prefix="carnet-screenshots-")
    window = open_window(parse_args(["--data-dir", data, "--demo"]))
    assert window is not None
    window.showMaximized()
    QTest.qWaitForWindowExposed(window)
    window.showNormal()
    window.resize(width, height)
    QTest.qWait(100)

    out.mkdir(parents=True, exist_ok=True)
    shots: list[dict] = []

    def visit(name: str, widget: QWidget) -> None:
        QApplication.processEvents()
        path = out / f"{len(shots) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        shots.append(
            {
                "name": name,
                "file": path.name,
                "kind": type(widget).__name__,
                "main window": widget is window,
                "size": [widget.width(), widget.height()],
                "clipped": clipped_texts(widget) + clipped_columns(widget),
                "code": code_shown(widget),
            }
        )

    tour = Tour(window, visit)
    tour.run()
    open_call_mode(tour)
    tour.open(lambda: window.transfer.import_contacts(LINKEDIN_SAMPLE), "import-preview", 1)
    (out / "report.json").write_text(json.dumps(shots, indent=1, ensure_ascii=False))
    window.close()
    assert window.database is not None
    window.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4]), *sys.argv[5:]))
