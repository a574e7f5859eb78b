"""Carnet's look, chosen once: the Fusion style, a light or dark palette that follows the
system's colour scheme, and the stylesheet ``resources/style/carnet.qss``.

The palette colours the whole application. The stylesheet is cut into named sections, each given
only to the widget that needs it (``dress(sidebar, "sidebar")``): a stylesheet on the application
would send every widget through Qt's stylesheet machinery, ~400 ms of processor at start-up. It
names colours between at-signs (``@accent@``, ``@window@``…), filled in from the palette below, so
one stylesheet serves both schemes. ``CARNET_COLOR_SCHEME=dark`` (or ``light``) overrides the
system, for screenshots and tests.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from carnet.ui.resources import stylesheet_path

SCHEME_ENV = "CARNET_COLOR_SCHEME"
SHEETS_PROPERTY = "carnet_sheets"  # the sections a widget was dressed with, to dress it again
SECTION = re.compile(r"^/\* === (\w+) === \*/$", re.MULTILINE)


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_text: str
    sidebar: str
    line: str
    highlight_soft: str
    warning: str
    danger: str
    success: str
    indicator: str  # the outline of check boxes and radio buttons


LIGHT = Colours(
    window="#f5f4f1",
    base="#ffffff",
    alternate="#f8f7f5",
    text="#1f2328",
    muted="#6b6f76",
    accent="#2c6a9e",
    accent_text="#ffffff",
    sidebar="#ebe9e4",
    line="#d9d6cf",
    highlight_soft="#dde9f4",
    warning="#9a6700",
    danger="#b42318",
    success="#2f7d45",
    indicator="#7d8188",
)
DARK = Colours(
    window="#202226",
    base="#17181b",
    alternate="#1d1f22",
    text="#e6e6e6",
    muted="#9aa0a8",
    accent="#5b9bd5",
    accent_text="#0e1116",
    sidebar="#1a1b1e",
    line="#3a3d42",
    highlight_soft="#24384c",
    warning="#d8a53a",
    danger="#f07167",
    success="#6cc08b",
    indicator="#8e949c",
)


def style_arguments(argv: list[str]) -> list[str]:
    """What to add to a new QApplication's arguments for the Fusion style (unless ``-style`` is
    given). Choosing it there, rather than with ``setStyle``, spares the ~50 ms that the first use
    of QStyle from Python costs."""
    chosen = any(arg in ("-style", "--style") or arg.startswith("-style=") for arg in argv)
    return [] if chosen else ["-style", "Fusion"]


def current_scheme(app: QApplication) -> Qt.ColorScheme:
    chosen = os.environ.get(SCHEME_ENV, "").lower()
    if chosen in ("dark", "light"):
        return Qt.ColorScheme.Dark if chosen == "dark" else Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


def colours(scheme: Qt.ColorScheme) -> Colours:
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.base),
        (role.AlternateBase, c.alternate),
        (role.Text, c.text),
        (role.Button, c.window),
        (role.ButtonText, c.text),
        (role.ToolTipBase, c.base),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.accent_text),
        (role.Link, c.accent),
        (role.LinkVisited, c.accent),
        (role.BrightText, c.danger),
        (role.Accent, c.accent),
        (role.Mid, c.line),
        (role.Midlight, c.alternate),
    ):
        p.setColor(r, QColor(value))
    # Fusion draws bevels and tool buttons with these; left to Qt's light defaults, they would
    # light up buttons in the dark scheme
    window = QColor(c.window)
    p.setColor(role.Light, window.lighter(130))
    p.setColor(role.Dark, window.darker(150))
    p.setColor(role.Shadow, window.darker(300))
    disabled = QColor(c.muted)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def indicator_palette(c: Colours) -> QPalette:
    """The palette of check boxes and radio buttons: Fusion draws their outline in the window
    colour darkened (``darker(140)``, then ``lighter(110)`` for a check box), which in the dark
    scheme is the colour of the field behind them. Their window colour, which they never fill,
    is set so that the outline comes out in ``indicator``, clear against both schemes."""
    p = palette(c)
    p.setColor(QPalette.ColorRole.Window, QColor(c.indicator).lighter(127))
    return p


class ClearChecks(QStyledItemDelegate):
    """An item view's delegate that draws its check boxes with the outline of ``QCheckBox``'s
    (``indicator_palette``): Fusion takes it from the view's window colour otherwise."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            palette = QPalette(option.palette)
            chosen = DARK if is_dark() else LIGHT
            palette.setColor(QPalette.ColorRole.Window, QColor(chosen.indicator).lighter(127))
            option.palette = palette


def muted_palette(c: Colours) -> QPalette:
    """The status bar's palette: its messages in the muted colour."""
    p = palette(c)
    p.setColor(QPalette.ColorRole.WindowText, QColor(c.muted))
    return p


@cache
def sections() -> dict[str, str]:
    """The stylesheet's sections by name, colours not filled in yet."""
    parts = SECTION.split(stylesheet_path().read_text(encoding="utf-8"))
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def stylesheet(c: Colours, *names: str) -> str:
    text = "".join(sections()[name] for name in names)
    for name, value in vars(c).items():
        text = text.replace(f"@{name}@", value)
    return text


_dressed: dict[int, QWidget] = {}
"""The widgets ``dress`` gave sections to, until destroyed: ``apply`` dresses them again. (Not a
walk over ``QApplication.allWidgets()``: it met widgets half destroyed and crashed.)"""


def dress(widget: QWidget, *names: str) -> None:
    """Give ``widget`` (and its children) the stylesheet's sections ``names``, in the colours of
    the current scheme; ``apply`` dresses it again when the scheme changes."""
    widget.setProperty(SHEETS_PROPERTY, " ".join(names))
    widget.setStyleSheet(stylesheet(DARK if is_dark() else LIGHT, *names))
    key = id(widget)
    if key not in _dressed:
        _dressed[key] = widget
        widget.destroyed.connect(lambda _=None, key=key: _dressed.pop(key, None))


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Colours:
    """Give ``app`` Carnet's palette for ``scheme`` (the system's if None), and every dressed
    widget its stylesheet in the same colours."""
    chosen = colours(current_scheme(app) if scheme is None else scheme)
    app.setPalette(palette(chosen))  # first: it forgets the palettes set below, per class
    # PySide6 takes the class's name as str, though its stubs say bytes
    for class_name in ("QCheckBox", "QRadioButton"):
        app.setPalette(indicator_palette(chosen), class_name)  # type: ignore[arg-type]
    app.setPalette(muted_palette(chosen), "QStatusBar")  # type: ignore[arg-type]
    app.setProperty("carnet_dark", chosen is DARK)
    for widget in list(_dressed.values()):
        names = widget.property(SHEETS_PROPERTY)
        if names:
            widget.setStyleSheet(stylesheet(chosen, *str(names).split()))
    return chosen


def install(app: QApplication) -> None:
    """Apply the theme now and again whenever the system switches between light and dark."""
    apply(app)
    if not app.property("carnet_theme_follows"):
        app.setProperty("carnet_theme_follows", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app, current_scheme(app)))


def is_dark() -> bool:
    app = QApplication.instance()
    return bool(app and app.property("carnet_dark"))


def colour(name: str) -> QColor:
    """One of the theme's colours by name (``accent``, ``muted``…), for widgets that paint."""
    return QColor(getattr(DARK if is_dark() else LIGHT, name))
