"""The referral tree drawn as a map: the user on the left, each relay one column further right.

Nodes are placed by a tidy tree layout (no overlaps, no crossing edges). An edge's colour says
whether the user may use the connector's name (green yes, red no, amber not asked); its dash says
where the introduction stands (dotted suggested, dashed contacted, solid met). The map zooms
(Ctrl+wheel or the buttons), pans by dragging, selects on click, and exports to PNG, SVG or PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import IntroductionStatus, Permission
from carnet.domain.referrals import ReferralNode
from carnet.ui.models.tree_layout import tidy_tree
from carnet.ui.widgets.referral_style import (
    PERMISSION_COLORS,
    STAGE_COLORS,
    Stage,
    paint_marker,
    stage_label,
    stage_of,
)
from carnet.ui.wording import fill

NODE_WIDTH = 200.0
NODE_HEIGHT = 44.0
COLUMN_GAP = 64.0
ROW_GAP = 12.0
MARGIN = 24.0
MIN_ZOOM, MAX_ZOOM = 0.03, 4.0
MAX_PNG_SIDE = 12000
MAX_PDF_POINTS = 14400.0  # the largest page a PDF reader must accept (200 inches)

_FILLS = {
    Stage.TO_CALL: QColor("#ffffff"),
    Stage.CONTACTED: QColor("#fff4e0"),
    Stage.MET: QColor("#e6f3e7"),
    Stage.DECLINED: QColor("#fbe7e5"),
}
_DASHES = {
    IntroductionStatus.SUGGESTED: Qt.PenStyle.DotLine,
    IntroductionStatus.CONTACTED: Qt.PenStyle.DashLine,
    IntroductionStatus.MET: Qt.PenStyle.SolidLine,
}
_DIRECT = QColor("#9aa3ad")
_INK = QColor("#1f2328")
_MUTED = QColor("#57606a")
_SELECTED = QColor("#1a73e8")
_DECISION_MAKER = object()  # the legend's sample for the decision maker's star


_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


class PersonItem(QGraphicsItem):
    """One box on the map. ``person_id`` is None for the user, at the root."""

    def __init__(self, node: ReferralNode | None, title: str, fonts: tuple[QFont, QFont]) -> None:
        super().__init__()
        self.node = node
        self.person_id = node.person_id if node else None
        self.title = title
        self._fonts = fonts
        self._lines: tuple[str, str] | None = None
        self.setFlags(_SELECTABLE)

    def tooltip(self) -> str:
        """Built when the mouse rests on the box: 5,000 boxes need not pay for it upfront."""
        node = self.node
        if node is None:
            return self.title
        tip = [node.name, node.job_title, node.organization, stage_label(stage_of(node))]
        if node.names_given:
            tip.append(
                fill(
                    QCoreApplication.translate("ReferralMap", "Names given: {count}"),
                    count=str(node.names_given),
                )
            )
        return "\n".join(t for t in tip if t)

    def boundingRect(self) -> QRectF:
        return QRectF(-1.5, -1.5, NODE_WIDTH + 3, NODE_HEIGHT + 3)

    def _text(self) -> tuple[str, str]:
        if self._lines is None:
            bold, small = (QFontMetricsF(f) for f in self._fonts)
            width = NODE_WIDTH - 34 - (26 if self.node and self.node.names_given else 0)
            second = self.node.organization if self.node else ""
            self._lines = (
                bold.elidedText(self.title, Qt.TextElideMode.ElideRight, width),
                small.elidedText(second, Qt.TextElideMode.ElideRight, width),
            )
        return self._lines

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = QRectF(0, 0, NODE_WIDTH, NODE_HEIGHT)
        node = self.node
        selected = self.isSelected()
        if node is None:
            painter.setPen(QPen(_SELECTED if selected else _INK, 2.5 if selected else 1))
            painter.setBrush(QColor("#24292f"))
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(QColor("white"))
            painter.setFont(self._fonts[0])
            painter.drawText(
                rect.adjusted(12, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, self._text()[0]
            )
            return
        stage = stage_of(node)
        border = QPen(_SELECTED, 2.5) if selected else QPen(STAGE_COLORS[stage], 1.2)
        if stage == Stage.TO_CALL and not selected:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(_FILLS[stage])
        painter.drawRoundedRect(rect, 6, 6)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        paint_marker(painter, QPointF(15, NODE_HEIGHT / 2), 5.5, stage, node.is_decision_maker)
        if lod < 0.35:  # too small to read: the boxes and colours say enough
            return
        first, second = self._text()
        painter.setPen(_INK if stage != Stage.TO_CALL else _MUTED)
        painter.setFont(self._fonts[0])
        name_box = (
            QRectF(28, 4, NODE_WIDTH - 34, 19)
            if second
            else QRectF(28, 0, NODE_WIDTH - 34, NODE_HEIGHT)
        )
        painter.drawText(name_box, Qt.AlignmentFlag.AlignVCenter, first)
        painter.setPen(_MUTED)
        painter.setFont(self._fonts[1])
        painter.drawText(QRectF(28, 22, NODE_WIDTH - 34, 18), Qt.AlignmentFlag.AlignVCenter, second)
        if node.names_given:  # how many names this person gave: a small count bubble
            bubble = QRectF(NODE_WIDTH - 28, (NODE_HEIGHT - 18) / 2, 22, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dde3ea"))
            painter.drawRoundedRect(bubble, 9, 9)
            painter.setPen(_INK)
            painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, str(node.names_given))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene) and self.person_id is not None:
            scene.person_activated.emit(self.person_id)
        event.accept()


class MapScene(QGraphicsScene):
    person_activated = Signal(int)


class MapView(QGraphicsView):
    """Pans by dragging, zooms with Ctrl+wheel; plain wheel scrolls as everywhere else."""

    zoomed = Signal(float)
    context_menu_requested = Signal(object, object)  # person id (None: the user), global pos

    def __init__(self, scene: QGraphicsScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#f6f8fa"))

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, value: float) -> None:
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        factor = value / self.zoom()
        self.scale(factor, factor)
        self.zoomed.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1:
            self.set_zoom(1)
        elif self.zoom() < MIN_ZOOM:
            self.set_zoom(MIN_ZOOM)
        self.zoomed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)  # a ToolTip event is a QHelpEvent
            item = self.itemAt(help_event.pos())
            if isinstance(item, PersonItem):
                QToolTip.showText(help_event.globalPos(), item.tooltip(), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if isinstance(item, PersonItem):
            self.scene().clearSelection()
            item.setSelected(True)
            self.context_menu_requested.emit(item.person_id, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)


class ReferralMap(QWidget):
    """``set_tree`` hands it the data; it lays out when shown (or on ``layout_now``)."""

    person_selected = Signal(object)  # person id, or None for the user or nothing
    open_person_requested = Signal(int)
    context_menu_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roots: list[ReferralNode] = []
        self._me = ""
        self._dirty = True
        self._items: dict[int | None, PersonItem] = {}
        self._bounds = QRectF()
        self._syncing = False

        self._build_ui()
        self._connect()
        self._show_zoom(1.0)

    def _build_ui(self) -> None:
        """The map and its zoom bar."""
        self.scene = MapScene(self)
        self.scene.setBackgroundBrush(QColor("white"))
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(self.tr("Map of the referral tree"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+wheel down)"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+wheel up)"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole tree"))
        self.actual_size_button = QToolButton()
        self.actual_size_button.setText(self.tr("100 %"))
        self.actual_size_button.setToolTip(self.tr("Back to actual size (100 %)"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setMinimumWidth(button.sizeHint().height())
        self.actual_size_button.setMinimumWidth(
            self.actual_size_button.fontMetrics().horizontalAdvance("400 %") + 12
        )
        self.zoom_label = QLabel()  # the zoom, shown on the actual-size button itself
        self.zoom_label.hide()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the map as a PNG image, SVG drawing or PDF"))
        hint = QLabel(self.tr("Drag to move around; Ctrl+wheel to zoom."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hint.setWordWrap(True)  # on two lines rather than cut, when the words are longer

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.actual_size_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(hint, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        """What the widgets do: select and open a person, zoom, export."""
        self.scene.selectionChanged.connect(self._on_selection)
        self.scene.person_activated.connect(self.open_person_requested)
        self.view.zoomed.connect(self._show_zoom)
        self.view.context_menu_requested.connect(self.context_menu_requested)
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / 1.25))
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(1.25))
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_size_button.clicked.connect(lambda: self.view.set_zoom(1))
        self.export_button.clicked.connect(self.export_with_dialog)

    # -- data -----------------------------------------------------------------------------------

    def set_tree(self, roots: list[ReferralNode], me: str = "") -> None:
        self._roots, self._me, self._dirty = roots, me, True
        if self.isVisible():
            self.layout_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.layout_now()

    def layout_now(self) -> None:
        """Place every person and draw the edges (a few hundred ms for 5,000 people)."""
        selected = self.selected_person_id()
        first_time = not self._items
        self._dirty = False
        self._syncing = True
        self.scene.clear()
        self._items = {}
        me = self.tr("Me") if not self._me else self._me
        placed = tidy_tree(_Root(self._roots), _children)
        fonts = (QFont(self.font()), QFont(self.font()))
        fonts[0].setBold(True)
        fonts[1].setPointSizeF(max(6.0, fonts[1].pointSizeF() * 0.9))
        pitch_x = NODE_WIDTH + COLUMN_GAP
        pitch_y = NODE_HEIGHT + ROW_GAP
        half = NODE_HEIGHT / 2
        edges: dict[tuple, QPainterPath] = {}
        items = []
        for p in placed:
            node = p.node if isinstance(p.node, ReferralNode) else None
            item = PersonItem(node, node.name if node else me, fonts)
            x, y = p.depth * pitch_x, p.breadth * pitch_y
            item.setPos(x, y)
            items.append(item)
            self._items[item.person_id] = item
            if p.parent >= 0:
                up = placed[p.parent]
                x0, y0 = up.depth * pitch_x + NODE_WIDTH, up.breadth * pitch_y + half
                y1, middle = y + half, x - COLUMN_GAP / 2
                style = (node.permission, node.introduction_status) if node else (None, None)
                path = edges.get(style)
                if path is None:
                    path = edges[style] = QPainterPath()
                path.moveTo(x0, y0)
                path.cubicTo(middle, y0, middle, y1, x, y1)
        for (permission, status), path in edges.items():
            edge = QGraphicsPathItem(path)
            edge.setPen(_edge_pen(permission, status))
            edge.setZValue(-1)
            self.scene.addItem(edge)
        for item in items:
            self.scene.addItem(item)
        legend = self._add_legend()
        # The drawing's bounds, from the layout: asking the scene would visit every item.
        width = (max(p.depth for p in placed) + 1) * pitch_x - COLUMN_GAP
        height = max(p.breadth for p in placed) * pitch_y + NODE_HEIGHT
        legend_rect = legend.mapRectToScene(legend.boundingRect())
        self._bounds = (
            QRectF(0, 0, width, height)
            .united(legend_rect)
            .marginsAdded(QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN))
        )
        self.scene.setSceneRect(self._bounds)
        self._syncing = False
        if selected in self._items or selected is None and None in self._items:
            self.select_person(selected)
        if first_time:
            self.view.set_zoom(1)
            self.view.centerOn(self._items[None])

    def _add_legend(self) -> _Legend:
        legend = _Legend(self.font(), self._legend_entries())
        legend.setPos(0, -legend.boundingRect().height() - 28)
        self.scene.addItem(legend)
        return legend

    def _legend_entries(self) -> list[list[tuple[str, object]]]:
        """Three columns: how a person looks, then the colour and the dash of an edge."""
        return [
            [(stage_label(stage), stage) for stage in Stage]
            + [(self.tr("Decision maker"), _DECISION_MAKER)],
            [
                (self.tr("May use their name"), _edge_pen(Permission.YES, IntroductionStatus.MET)),
                (self.tr("Not asked yet"), _edge_pen(Permission.NOT_ASKED, IntroductionStatus.MET)),
                (
                    self.tr("May not use their name"),
                    _edge_pen(Permission.NO, IntroductionStatus.MET),
                ),
            ],
            [
                (self.tr("Suggested"), _edge_pen(None, IntroductionStatus.SUGGESTED)),
                (self.tr("Contacted"), _edge_pen(None, IntroductionStatus.CONTACTED)),
                (self.tr("Met"), _edge_pen(None, IntroductionStatus.MET)),
            ],
        ]

    # -- selection ------------------------------------------------------------------------------

    def item_of(self, person_id: int | None) -> PersonItem | None:
        return self._items.get(person_id)

    def selected_person_id(self) -> int | None:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, PersonItem)]
        return selected[0].person_id if selected else None

    def select_person(self, person_id: int | None) -> None:
        """Select and show the person's box, without telling back (the tree asked for it)."""
        if self._dirty:
            return
        item = self._items.get(person_id)
        self._syncing = True
        self.scene.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.view.ensureVisible(item, 40, 40)
        self._syncing = False

    def _on_selection(self) -> None:
        if not self._syncing:
            self.person_selected.emit(self.selected_person_id())

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(fill(self.tr("{percent} %"), percent=str(round(zoom * 100))))
        self.actual_size_button.setText(self.zoom_label.text())

    # -- export ---------------------------------------------------------------------------------

    def export_with_dialog(self) -> None:
        filters = {
            self.tr("PNG image (*.png)"): ".png",
            self.tr("SVG drawing (*.svg)"): ".svg",
            self.tr("PDF document (*.pdf)"): ".pdf",
        }
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the referral map"),
            str(Path.home() / self.tr("referral-map.png")),
            ";;".join(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix(filters.get(chosen, ".png"))
        try:
            self.export(path)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("The map was not saved"),
                fill(
                    self.tr(
                        "Carnet could not write {path}. Check that the folder exists and that you "
                        "may write there, then try again."
                    ),
                    path=str(path),
                ),
            )

    def export(self, path: Path) -> None:
        """Write the whole map to ``path``: PNG, SVG or PDF after its suffix. Raises OSError."""
        if self._dirty:
            self.layout_now()
        suffix = path.suffix.lower()
        source = QRectF(self._bounds)
        selected = self.selected_person_id()
        self._syncing = True
        self.scene.clearSelection()  # the drawing shows the tree, not what the user clicked
        try:
            if suffix == ".png":
                self._export_png(path, source)
            elif suffix == ".svg":
                self._export_svg(path, source)
            elif suffix == ".pdf":
                self._export_pdf(path, source)
            else:
                raise OSError(f"unknown map format {suffix!r}")
        finally:
            self._syncing = False
            self.select_person(selected)

    def _render(self, painter: QPainter, target: QRectF, source: QRectF, path: Path) -> None:
        if not painter.isActive():
            raise OSError(f"cannot draw into {path}")
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()

    def _export_png(self, path: Path, source: QRectF) -> None:
        scale = min(2.0, MAX_PNG_SIDE / max(source.width(), source.height()))
        size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        self._render(QPainter(image), QRectF(image.rect()), source, path)
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # PySide6 takes a str
            raise OSError(f"cannot write {path}")

    def _export_svg(self, path: Path, source: QRectF) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self.tr("Referral tree"))
        generator.setDescription(self.tr("Who introduced you to whom, drawn by Carnet"))
        self._render(
            QPainter(generator), QRectF(0, 0, source.width(), source.height()), source, path
        )
        if not path.exists() or path.stat().st_size == 0:
            raise OSError(f"cannot write {path}")

    def _export_pdf(self, path: Path, source: QRectF) -> None:
        scale = min(1.0, MAX_PDF_POINTS / max(source.width(), source.height()))
        page = QSizeF(max(72.0, source.width() * scale), max(72.0, source.height() * scale))
        writer = QPdfWriter(str(path))
        writer.setTitle(self.tr("Referral tree"))
        writer.setCreator("Carnet")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter(writer)
        target = QRectF(0, 0, writer.width(), writer.height())
        self._render(painter, target, source, path)
        if not path.exists() or path.stat().st_size == 0:
            raise OSError(f"cannot write {path}")


class _Root:
    """The user, at the top of the layout."""

    def __init__(self, roots: list[ReferralNode]) -> None:
        self.children = roots


def _children(node) -> list:
    return node.children


def _edge_pen(permission: Permission | None, status: IntroductionStatus | None) -> QPen:
    color = PERMISSION_COLORS[permission] if permission else _DIRECT
    pen = QPen(color, 1.6 if permission else 1.2)
    pen.setStyle(_DASHES[status] if status else Qt.PenStyle.SolidLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class _Legend(QGraphicsItem):
    """What the markers, colours and dashes mean, drawn above the tree so that exports carry it."""

    ROW = 20.0
    COLUMN = 190.0

    def __init__(self, font: QFont, columns: list[list[tuple[str, object]]]) -> None:
        super().__init__()
        self._font = QFont(font)
        self._font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        self._columns = columns

    def boundingRect(self) -> QRectF:
        rows = max(len(column) for column in self._columns)
        return QRectF(0, 0, self.COLUMN * len(self._columns), self.ROW * rows)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setFont(self._font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for c, column in enumerate(self._columns):
            for r, (label, sample) in enumerate(column):
                x, y = c * self.COLUMN, r * self.ROW
                middle = y + self.ROW / 2
                if sample is _DECISION_MAKER:
                    paint_marker(painter, QPointF(x + 14, middle), 5, Stage.MET, True)
                elif isinstance(sample, Stage):
                    paint_marker(painter, QPointF(x + 14, middle), 5, sample, False)
                else:
                    painter.setPen(sample)
                    painter.drawLine(QPointF(x + 2, middle), QPointF(x + 28, middle))
                painter.setPen(_MUTED)
                painter.setBrush(QBrush())
                painter.drawText(
                    QRectF(x + 36, y, self.COLUMN - 40, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
