"""The referral tree as a Qt item model: the user at the top, each person under their connector.

LinkedIn connections nobody introduced (weak ties) sit apart, in a second top-level group below
the user's tree, until the user says they know them or records who introduced them.

The model is a thin adapter over ``referrals.referral_tree``: one flat table of entries indexed by
position (the index's internal id), so that 5,000 people cost no item objects at all. Dropping a
person onto another asks the view to record an introduction; the model itself never writes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from carnet.domain.referrals import ReferralNode
from carnet.domain.text import fold
from carnet.ui.labels import introduction_status_label, permission_label, status_label
from carnet.ui.widgets.referral_style import (
    PERMISSION_COLORS,
    STAGE_COLORS,
    Stage,
    stage_icon,
    stage_label,
    stage_of,
)
from carnet.ui.wording import fill

Index = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ROLE = Qt.ItemDataRole.UserRole + 2
PERSON_IDS_MIME = "application/x-carnet-person-ids"

PERSON, ORGANIZATION, STATUS, PERMISSION, INTRODUCTION, NAMES_GIVEN = range(6)
ROOT = 0
WEAK_TIES = 1
"""The group of LinkedIn connections nobody introduced; shown only when it holds someone."""


class ReferralTreeModel(QAbstractItemModel):
    introduction_dropped = Signal(int, int)
    """(connector id, introduced person id): the user dropped a person onto their connector."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Person"),
            self.tr("Organisation"),
            self.tr("Status"),
            self.tr("Their name"),
            self.tr("Introduction"),
            self.tr("Names"),
        ]
        self._header_tips = {
            PERMISSION: self.tr("May you say you call on behalf of the connector?"),
            INTRODUCTION: self.tr("Where things stand since the connector gave the name"),
            NAMES_GIVEN: self.tr("How many names this person gave you"),
        }
        self._root_label = self.tr("Me")
        self._weak_label = self.tr("LinkedIn connections")
        self._nodes: list[ReferralNode | None] = [None, None]
        self._parent: list[int] = [-1, -1]
        self._row: list[int] = [0, 1]
        self._children: list[list[int]] = [[], []]
        self._entry_of: dict[int, int] = {}
        self._fonts: dict[str, QFont] = {}

    # -- filling ------------------------------------------------------------------------------

    def set_tree(self, roots: list[ReferralNode], me: str = "") -> None:
        self.beginResetModel()
        self._root_label = fill(self.tr("Me ({name})"), name=me) if me else self.tr("Me")
        nodes: list[ReferralNode | None] = [None, None]
        children: list[list[int]]
        parent, row, children = [-1, -1], [0, 1], [[], []]
        known = [n for n in roots if not n.weak_tie]
        weak = [n for n in roots if n.weak_tie]
        stack = [(node, WEAK_TIES, r) for r, node in reversed(list(enumerate(weak)))]
        stack += [(node, ROOT, r) for r, node in reversed(list(enumerate(known)))]
        while stack:
            node, up, r = stack.pop()
            entry = len(nodes)
            nodes.append(node)
            parent.append(up)
            row.append(r)
            children.append([])
            children[up].append(entry)
            stack.extend((c, entry, i) for i, c in reversed(list(enumerate(node.children))))
        self._nodes, self._parent, self._row, self._children = nodes, parent, row, children
        self._entry_of = {n.person_id: e for e, n in enumerate(nodes) if n is not None}
        self.endResetModel()

    # -- finding ------------------------------------------------------------------------------

    def root_index(self) -> QModelIndex:
        return self.createIndex(0, 0, ROOT)

    def weak_ties_index(self) -> QModelIndex:
        """The group of LinkedIn connections; invalid while it is empty."""
        if not self._children[WEAK_TIES]:
            return QModelIndex()
        return self.createIndex(1, 0, WEAK_TIES)

    def index_of(self, person_id: int | None, column: int = 0) -> QModelIndex:
        if person_id is None:
            return self.root_index()
        entry = self._entry_of.get(person_id)
        if entry is None:
            return QModelIndex()
        return self.createIndex(self._row[entry], column, entry)

    def node(self, index: Index) -> ReferralNode | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def person_id(self, index: Index) -> int | None:
        node = self.node(index)
        return node.person_id if node else None

    def connector_id(self, person_id: int) -> int | None:
        """The primary connector under whom the person sits (None: the user)."""
        entry = self._entry_of.get(person_id)
        if entry is None:
            return None
        up = self._nodes[self._parent[entry]]
        return up.person_id if up else None

    def matches(self, text: str) -> list[int]:
        """Ids of the people whose name or organisation holds every word of ``text``, in tree
        order (accents and case ignored)."""
        words = fold(text).split()
        if not words:
            return []
        found = []
        for node in self._nodes:
            if node is None:
                continue
            haystack = fold(f"{node.name} {node.organization}")
            if all(word in haystack for word in words):
                found.append(node.person_id)
        return found

    def people(self) -> list[ReferralNode]:
        return [n for n in self._nodes if n is not None]

    # -- the model ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row == 0:
                return self.createIndex(0, column, ROOT)
            if row == 1 and self._children[WEAK_TIES]:
                return self.createIndex(1, column, WEAK_TIES)
            return QModelIndex()
        kids = self._children[parent.internalId()]
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - QObject.parent() too
        if not index.isValid():
            return QModelIndex()
        entry = index.internalId()
        if entry in (ROOT, WEAK_TIES):
            return QModelIndex()
        up = self._parent[entry]
        return self.createIndex(self._row[up], 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 2 if self._children[WEAK_TIES] else 1
        if parent.column() != 0:
            return 0
        return len(self._children[parent.internalId()])

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        column = index.column()
        if node is None:
            return self._root_data(index.internalId(), column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == PERSON_ID_ROLE:
            return node.person_id
        if role == Qt.ItemDataRole.DecorationRole and column == PERSON:
            return stage_icon(stage_of(node), node.is_decision_maker)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(node, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NAMES_GIVEN:
            return Qt.AlignmentFlag.AlignCenter
        if role == NODE_ROLE:
            return node
        return None

    def _root_data(self, entry: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PERSON:
                return self._root_label if entry == ROOT else self._weak_label
            if column == NAMES_GIVEN:
                return _count(len(self._children[entry]))
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and entry == WEAK_TIES:
            return self.tr(
                "People you are connected with on LinkedIn but nobody introduced: mark those "
                "you know, or record who gave you their name, to bring them into your tree."
            )
        if role == Qt.ItemDataRole.FontRole and column == PERSON:
            return self._cached_font("bold")
        if role == Qt.ItemDataRole.ToolTipRole and column == PERSON:
            return self._root_label  # whole on hover when a narrow column cuts it short
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NAMES_GIVEN:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, node: ReferralNode, column: int) -> str:
        if column == PERSON:
            return node.name
        if column == ORGANIZATION:
            return node.organization
        if column == STATUS:
            return status_label(node.status)
        if column == PERMISSION:
            return permission_label(node.permission) if node.permission else ""
        if column == INTRODUCTION:
            status = node.introduction_status
            return introduction_status_label(status) if status else ""
        return _count(node.names_given)

    def _cached_font(self, kind: str) -> QFont:
        font = self._fonts.get(kind)
        if font is None:
            font = QFont(QApplication.font())
            font.setItalic(kind == "italic")
            font.setBold(kind == "bold")
            self._fonts[kind] = font
        return font

    def _font(self, node: ReferralNode, column: int):
        if column == PERSON and stage_of(node) == Stage.TO_CALL:
            return self._cached_font("italic")
        if column == ORGANIZATION and node.at_target:
            return self._cached_font("bold")
        return None

    def _color(self, node: ReferralNode, column: int):
        if column == PERSON and stage_of(node) == Stage.TO_CALL:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if column == PERMISSION and node.permission is not None:
            return PERMISSION_COLORS[node.permission]
        if column == INTRODUCTION and node.introduction_status is not None:
            return STAGE_COLORS[stage_of(node)]
        return None

    def _tooltip(self, node: ReferralNode, column: int) -> str:
        if column == ORGANIZATION and node.at_target:
            return fill(
                self.tr("{organization} is one of your target companies"),
                organization=node.organization,
            )
        if column != PERSON:
            return self._text(node, column)
        lines = [node.name]
        if node.job_title:
            lines.append(node.job_title)
        lines.append(stage_label(stage_of(node)))
        if node.is_decision_maker:
            lines.append(self.tr("Decision maker"))
        if node.other_connectors:
            names = ", ".join(name for _id, name in node.other_connectors)
            lines.append(fill(self.tr("Also named by: {names}"), names=names))
        return "\n".join(lines)

    # -- drag and drop: drop a person onto the one who gave you their name --------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() not in (ROOT, WEAK_TIES):
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PERSON_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({pid for i in indexes if (pid := self.person_id(i)) is not None})
        mime = QMimeData()
        mime.setData(PERSON_IDS_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def _dropped(self, data: QMimeData, parent: Index) -> tuple[int, list[int]] | None:
        if not data.hasFormat(PERSON_IDS_MIME):
            return None
        connector = self.person_id(parent)
        if connector is None:
            return None
        raw = bytes(data.data(PERSON_IDS_MIME).data()).decode()
        ids = [int(part) for part in raw.split(",") if part.strip().isdigit()]
        return connector, [pid for pid in ids if pid != connector]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        dropped = self._dropped(data, parent)
        return bool(dropped and dropped[1])

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Whether dropped on a person or between their children, that person is the
        connector. The view records the introduction and refreshes the model."""
        dropped = self._dropped(data, parent)
        if not dropped or not dropped[1]:
            return False
        connector, ids = dropped
        for introduced in ids:
            self.introduction_dropped.emit(connector, introduced)
        return True


def _count(value: int) -> str:
    return str(value) if value else ""
