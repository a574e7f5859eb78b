"""Icons from Lucide (ISC licence, resources/icons/lucide/LICENSE), drawn in the theme's colours.

Lucide's SVGs stroke in ``currentColor``; each icon is drawn on demand, at the size asked, in the
text colour (muted when disabled, the highlight's text colour when selected), and kept.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from carnet.ui import theme
from carnet.ui.resources import icons_dir


class _LucideEngine(QIconEngine):
    def __init__(self, name: str, svg: bytes, role: str) -> None:
        super().__init__()
        self._name = name
        self._svg = svg
        self._role = role
        self._pixmaps: dict[tuple[int, int, bool, str], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Disabled:
            return theme.colour("muted").name()
        if mode == QIcon.Mode.Selected:
            return theme.colour("accent_text").name()
        return theme.colour(self._role).name()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = self._colour(mode)
        key = (size.width(), size.height(), theme.is_dark(), colour + str(scale))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            side = max(1, round(min(size.width(), size.height()) * scale))
            image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            renderer = QSvgRenderer(QByteArray(self._svg.replace(b"currentColor", colour.encode())))
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
        corner = rect.center() - QPoint(side // 2, side // 2)
        painter.drawPixmap(QRect(corner, QSize(side, side)), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _LucideEngine(self._name, self._svg, self._role)

    def key(self) -> str:
        return "carnet-lucide"

    def iconName(self) -> str:
        return self._name


@cache
def _svg(name: str) -> bytes:
    return (icons_dir() / f"{name}.svg").read_bytes()


_engines: list[_LucideEngine] = []  # Python owns the engines: they live as long as the app


@cache
def icon(name: str, role: str = "text") -> QIcon:
    """The Lucide icon ``name`` (a file in resources/icons/lucide), drawn in the theme's ``role``
    colour (``text``, ``accent``, ``muted``, ``danger``…); one engine per icon and colour."""
    engine = _LucideEngine(name, _svg(name), role)
    _engines.append(engine)
    return QIcon(engine)
