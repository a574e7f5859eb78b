"""Referral tree: who introduced whom, rooted at the user, as a list and as a map.

Beside the tree, the selected person's connector briefing. Right-click a person to record where
things stand with them, the permission to use their connector's name, or who gave their name;
drag a person onto the one who gave you their name to record that introduction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import referrals, targets
from carnet.domain.enums import Forewarned, IntroductionStatus, Permission
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.referrals import ReferralNode
from carnet.ui.dialogs.introduction_dialog import ConnectorChoiceDialog, IntroductionDialog
from carnet.ui.events import DataEvents
from carnet.ui.labels import forewarned_label, permission_label
from carnet.ui.models.referral_tree_model import (
    ORGANIZATION,
    PERSON,
    PERSON_ID_ROLE,
    STATUS,
    ReferralTreeModel,
)
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.views.referral_map import ReferralMap
from carnet.ui.widgets.column_fit import GiveWay, widen_to_titles
from carnet.ui.widgets.connector_briefing import ConnectorBriefingPanel
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.widgets.referral_style import Stage, stage_label, stage_of
from carnet.ui.widgets.stage_legend import StageLegend
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

__all__ = ["PERSON_ID_ROLE", "ReferralView"]

_BANNER_TONES = {
    "info": "background: #e8f0fe; color: #174ea6; border: 1px solid #c6dafc;",
    "error": "background: #fbe3e1; color: #7a1a13; border: 1px solid #efb9b4;",
}


class ReferralView(LazyView):
    open_person_requested = Signal(int)
    message_requested = Signal(str, int)
    """Write a message (a ``MessageKind`` value, "" for the one that fits) about a person."""
    call_now_requested = Signal(int)
    find: QLineEdit  # type: ignore[assignment]  # the search field hides QWidget.find, a static lookup

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._collapsed: set[int | None] = set()
        self._matches: list[int] = []
        self._match = 0
        self._restoring = False
        self._columns_sized = False

        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """The search bar, the tree and its map, the briefing and the buttons."""
        heading = QLabel(
            self.tr(
                "Each person sits under the one who gave you their name. Right-click someone to "
                "note where things stand; drag a person onto whoever gave you their name."
            )
        )
        heading.setWordWrap(True)

        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find a person…"))
        self.find.setClearButtonEnabled(True)
        self.find.setAccessibleName(self.tr("Find a person in the tree"))
        self.find_count = QLabel()
        self.expand_button = QPushButton(self.tr("Expand all"))
        self.collapse_button = QPushButton(self.tr("Collapse all"))
        tools = QHBoxLayout()
        tools.addWidget(self.find, 1)
        tools.addWidget(self.find_count)
        tools.addSpacing(12)
        tools.addWidget(self.expand_button)
        tools.addWidget(self.collapse_button)

        self.banner = QLabel()
        self.banner.setObjectName("referralBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.hide()

        self.model = ReferralTreeModel(self)
        self.tree = QTreeView()
        self._give_way = GiveWay(self.tree, (ORGANIZATION, PERSON))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(16)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Referral tree"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDragDropOverwriteMode(True)
        self.tree.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.tree.header().setStretchLastSection(False)
        # The marker before each name and the side panel already say where things stand.
        self.tree.setColumnHidden(STATUS, True)

        self.map = ReferralMap()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.legend = StageLegend()
        listed = QWidget()
        list_layout = QVBoxLayout(listed)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_layout.addWidget(self.tree, 1)
        list_layout.addWidget(self.legend)
        self.tabs.addTab(listed, self.tr("List"))
        self.tabs.addTab(self.map, self.tr("Map"))

        self.side = _SidePanel()
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setWidget(self.side)
        side_scroll.setMinimumWidth(230)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(side_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 250])
        self.splitter.setChildrenCollapsible(False)

        self.add_button = QPushButton()
        self.add_button.setShortcut(QKeySequence("Ctrl+I"))
        self.open_button = QPushButton(self.tr("Open card"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(self.banner)
        self.empty_state = EmptyState()
        self.empty_state.show_state(
            "network",
            self.tr("Your referral tree starts with you"),
            self.tr(
                "Add the people you know: each name they give you will sit under them, relay "
                "by relay, up to the person who can hire you."
            ),
            [(self.tr("Add someone I know…"), "user-plus", self.add_introduction)],
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty_state)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        """What the widgets do: find, expand, select, drag a person, change a status."""
        self.find.textChanged.connect(self._find_first)
        self.find.returnPressed.connect(self.find_next)
        self.expand_button.clicked.connect(self.expand_all)
        self.collapse_button.clicked.connect(self.collapse_all)
        self.model.introduction_dropped.connect(
            self.record_introduction, Qt.ConnectionType.QueuedConnection
        )
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.doubleClicked.connect(self._open_person)
        self.tree.collapsed.connect(lambda index: self._remember(index, True))
        self.tree.expanded.connect(lambda index: self._remember(index, False))
        self.map.person_selected.connect(self._on_map_selection)
        self.map.open_person_requested.connect(self.open_person_requested)
        self.map.context_menu_requested.connect(self._map_menu)
        self.add_button.clicked.connect(self.add_introduction)
        self.open_button.clicked.connect(self._open_selected)
        self._events.people_changed.connect(self.mark_stale)

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        with self._database.reading() as session:
            nodes = referrals.referral_tree(session)
            me = referrals.user_name(session)
        selected = self.selected_person_id()
        self._restoring = True
        self.model.set_tree(nodes, me)
        self.tree.expandAll()
        self.tree.collapse(self.model.weak_ties_index())  # opened on demand: they may be many
        for person_id in self._collapsed:
            self.tree.collapse(self.model.index_of(person_id))
        self._restoring = False
        if not self._columns_sized and self.model.people():
            self._size_columns()  # once: afterwards the user's own widths are kept
        self.map.set_tree([n for n in nodes if not n.weak_tie], me)
        self._show_empty(not self.model.people())
        self.select_person(selected)
        self._find_first(self.find.text(), keep_selection=True)

    def _show_empty(self, empty: bool) -> None:
        """Nobody yet: what the tree is for and how to start it, instead of a lone "Me"."""
        self.body.setCurrentWidget(self.empty_state if empty else self.splitter)
        for widget in (
            self.find,
            self.expand_button,
            self.collapse_button,
            self.add_button,
            self.open_button,
        ):
            widget.setVisible(not empty)

    def _size_columns(self) -> None:
        self._columns_sized = True
        header = self.tree.header()
        header.setResizeContentsPrecision(300)
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        header.resizeSection(PERSON, min(max(header.sectionSize(PERSON), 170), 205))
        header.resizeSection(ORGANIZATION, min(header.sectionSize(ORGANIZATION), 135))
        widen_to_titles(self.tree)
        self._give_way.remember()  # on a small screen, names and companies give way

    # -- selection ------------------------------------------------------------------------------

    def selected_person_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(PERSON_ID_ROLE) if index.isValid() else None

    def selected_node(self) -> ReferralNode | None:
        return self.model.node(self.tree.currentIndex())

    def select_person(self, person_id: int | None) -> None:
        index = self.model.index_of(person_id)
        if not index.isValid():
            index = self.model.root_index()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _on_current_changed(self, *_args) -> None:
        node = self.selected_node()
        person_id = node.person_id if node else None
        if node is None:
            self.add_button.setText(self.tr("Add someone I know…"))
        else:
            self.add_button.setText(
                fill(self.tr("Add a person {name} introduced me to…"), name=node.name)
            )
        self.side.show_node(self._database, node, self.model)
        self.open_button.setEnabled(node is not None)
        self.map.select_person(person_id)

    def _on_map_selection(self, person_id: int | None) -> None:
        if person_id != self.selected_person_id() or person_id is None:
            self.select_person(person_id)

    def _remember(self, index: QModelIndex, collapsed: bool) -> None:
        if self._restoring:
            return
        person_id = self.model.person_id(index)
        if collapsed:
            self._collapsed.add(person_id)
        else:
            self._collapsed.discard(person_id)

    def expand_all(self) -> None:
        self._collapsed.clear()
        self.tree.expandAll()

    def collapse_all(self) -> None:
        """Fold everyone's relays away: only the user and the people they know directly show."""
        self._restoring = True
        self.tree.collapseAll()
        self.tree.expand(self.model.root_index())
        self._restoring = False
        self._collapsed = {n.person_id for n in self.model.people() if n.children}
        self.select_person(
            self.selected_person_id() if self._visible(self.selected_person_id()) else None
        )

    def _visible(self, person_id: int | None) -> bool:
        index = self.model.index_of(person_id).parent()
        while index.isValid():
            if not self.tree.isExpanded(index):
                return False
            index = index.parent()
        return True

    # -- finding --------------------------------------------------------------------------------

    def _find_first(self, text: str, keep_selection: bool = False) -> None:
        self._matches = self.model.matches(text)
        current = self.selected_person_id()
        if keep_selection and current in self._matches:
            self._match = self._matches.index(current)
        else:
            self._match = 0
            if self._matches:
                self.select_person(self._matches[0])
        self._show_find_count(text)

    def find_next(self) -> None:
        if not self._matches:
            return
        self._match = (self._match + 1) % len(self._matches)
        self.select_person(self._matches[self._match])
        self._show_find_count(self.find.text())

    def _show_find_count(self, text: str) -> None:
        if not text.strip():
            self.find_count.clear()
        elif not self._matches:
            self.find_count.setText(self.tr("Nobody found"))
        else:
            self.find_count.setText(
                fill(
                    self.tr("{index} of {count}"),
                    index=str(self._match + 1),
                    count=str(len(self._matches)),
                )
            )

    # -- writing --------------------------------------------------------------------------------

    def add_introduction(self) -> None:
        node = self.selected_node()
        dialog = IntroductionDialog(
            self._database, node.person_id if node else None, node.name if node else "", self
        )
        if dialog.exec() and dialog.created_person_id is not None:
            self._events.people_changed.emit()
            self.select_person(dialog.created_person_id)

    def choose_connector(self, person_id: int) -> None:
        """Ask who gave the user this person's name, among the contacts, and record it."""
        node = self.model.node(self.model.index_of(person_id))
        dialog = ConnectorChoiceDialog(self._database, person_id, node.name if node else "", self)
        if dialog.exec():
            self._changed(person_id)

    def record_introduction(self, connector_id: int, introduced_id: int) -> bool:
        """The user dropped ``introduced_id`` onto ``connector_id``: record that introduction."""
        connector = self.model.node(self.model.index_of(connector_id))
        person = self.model.node(self.model.index_of(introduced_id))
        if connector is None or person is None:
            return False
        primary = self.model.connector_id(introduced_id)
        if not self._write(
            lambda s: referrals.add_introduction(s, connector_id, introduced_id), introduced_id
        ):
            return False
        text = self.tr("Recorded: {connector} gave you {person}'s name.")
        if primary is not None:
            node = self.model.node(self.model.index_of(primary))
            first = node.name if node else ""
            text += " " + self.tr(
                "{person} stays under {first}, who gave their name first; right-click to change."
            )
        else:
            first = ""
            text += " " + self.tr("Right-click {person} to note whether you may use the name.")
        # One pass for the whole sentence: a name that reads like a placeholder stays as typed.
        self.show_message(fill(text, connector=connector.name, person=person.name, first=first))
        return True

    def mark_progress(self, person_id: int, status: IntroductionStatus) -> bool:
        return self._write(lambda s: referrals.mark_progress(s, person_id, status), person_id)

    def set_permission(self, person_id: int, permission: Permission) -> bool:
        node = self.model.node(self.model.index_of(person_id))
        if node is None or node.introduction_id is None:
            return False
        intro = node.introduction_id
        return self._write(lambda s: referrals.set_permission(s, intro, permission), person_id)

    def mark_known(self, person_id: int) -> bool:
        return self._write(lambda s: referrals.mark_known(s, person_id), person_id)

    def set_forewarned(self, person_id: int, forewarned: Forewarned) -> bool:
        node = self.model.node(self.model.index_of(person_id))
        if node is None or node.introduction_id is None:
            return False
        intro = node.introduction_id
        return self._write(lambda s: referrals.set_forewarned(s, intro, forewarned), person_id)

    def set_decision_maker(self, person_id: int, flag: bool) -> bool:
        return self._write(lambda s: targets.set_decision_maker(s, person_id, flag), person_id)

    def set_primary_connector(self, person_id: int, connector_id: int) -> bool:
        return self._write(
            lambda s: referrals.set_primary_connector(s, person_id, connector_id), person_id
        )

    def remove_introduction(self, person_id: int) -> bool:
        node = self.model.node(self.model.index_of(person_id))
        connector = self.model.node(self.model.index_of(self.model.connector_id(person_id)))
        if node is None or node.introduction_id is None or connector is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove this introduction?"),
            fill(
                self.tr(
                    "Forget that {connector} gave you {person}'s name? {person} stays in your "
                    "contacts, with their calls and notes."
                ),
                connector=connector.name,
                person=node.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        intro = node.introduction_id
        return self._write(lambda s: referrals.remove_introduction(s, intro), person_id)

    def _write(self, change: Callable[[Session], object], select: int | None) -> bool:
        """Run one change in one transaction; a refusal is shown in plain words."""
        try:
            run_write(self._database, (), change)
        except ValidationError as error:
            self.show_message(QCoreApplication.translate(MESSAGES_CONTEXT, error.message), "error")
            return False
        self.banner.hide()
        self._changed(select)
        return True

    def _changed(self, select: int | None) -> None:
        self._events.people_changed.emit()
        if self._stale:  # hidden: reload now all the same, so the selection lands
            self.reload()
        self.select_person(select)

    def show_message(self, text: str, tone: str = "info") -> None:
        self.banner.setText(text)
        self.banner.setProperty("tone", tone)
        self.banner.setStyleSheet(
            f"QLabel#referralBanner {{ {_BANNER_TONES[tone]} border-radius: 4px; }}"
        )
        self.banner.show()

    # -- menus ----------------------------------------------------------------------------------

    def _tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        self.context_menu(self.model.person_id(index)).exec(self.tree.viewport().mapToGlobal(pos))

    def _map_menu(self, person_id: int | None, global_pos: QPoint) -> None:
        self.select_person(person_id)
        self.context_menu(person_id).exec(global_pos)

    def context_menu(self, person_id: int | None) -> QMenu:
        """The actions on one person (or, for None, on the user at the root)."""
        menu = QMenu(self)
        node = self.model.node(self.model.index_of(person_id)) if person_id else None
        if node is None:
            menu.addAction(self.tr("Add someone I know…"), self.add_introduction)
            return menu
        pid = node.person_id
        menu.addAction(
            fill(self.tr("Add a person {name} introduced me to…"), name=node.name),
            self.add_introduction,
        )
        menu.addAction(
            fill(self.tr("Who gave me {name}'s name?…"), name=node.name),
            lambda: self.choose_connector(pid),
        )
        if node.weak_tie:
            menu.addAction(
                fill(self.tr("I know {name} personally"), name=node.name),
                lambda: self.mark_known(pid),
            )
        menu.addAction(
            fill(self.tr("Call {name} now…"), name=node.name),
            lambda: self.call_now_requested.emit(pid),
        )
        menu.addSeparator()

        progress = menu.addMenu(self.tr("Where it stands"))
        current = stage_of(node)
        group = QActionGroup(progress)
        for status, stage in (
            (IntroductionStatus.SUGGESTED, Stage.TO_CALL),
            (IntroductionStatus.CONTACTED, Stage.CONTACTED),
            (IntroductionStatus.MET, Stage.MET),
        ):
            action = progress.addAction(stage_label(stage))
            action.setCheckable(True)
            action.setChecked(current == stage)
            action.setData(status)
            action.triggered.connect(lambda _c=False, s=status: self.mark_progress(pid, s))
            group.addAction(action)

        connector = self.model.node(self.model.index_of(self.model.connector_id(pid)))
        if node.introduction_id is not None and connector is not None:
            permission = menu.addMenu(
                fill(self.tr("May I use {connector}'s name?"), connector=connector.name)
            )
            group = QActionGroup(permission)
            for value in (Permission.YES, Permission.NOT_ASKED, Permission.NO):
                action = permission.addAction(permission_label(value))
                action.setCheckable(True)
                action.setChecked(node.permission == value)
                action.setData(value)
                action.triggered.connect(lambda _c=False, v=value: self.set_permission(pid, v))
                group.addAction(action)
            warned = menu.addMenu(
                fill(self.tr("Has {connector} told them you will call?"), connector=connector.name)
            )
            group = QActionGroup(warned)
            for answer in (Forewarned.YES, Forewarned.NO, Forewarned.UNKNOWN):
                action = warned.addAction(forewarned_label(answer))
                action.setCheckable(True)
                action.setChecked((node.forewarned or Forewarned.UNKNOWN) == answer)
                action.triggered.connect(lambda _c=False, v=answer: self.set_forewarned(pid, v))
                group.addAction(action)

        decides = QAction(self.tr("Decision maker"), menu)
        decides.setCheckable(True)
        decides.setChecked(node.is_decision_maker)
        decides.setToolTip(self.tr("This person can hire you, or decide who is hired"))
        decides.toggled.connect(lambda flag: self.set_decision_maker(pid, flag))
        menu.addAction(decides)

        if node.other_connectors:
            under = menu.addMenu(self.tr("Show under"))
            for other_id, other_name in node.other_connectors:
                under.addAction(other_name, lambda o=other_id: self.set_primary_connector(pid, o))  # type: ignore[misc]  # mypy infers no lambda with a default against the overloads
        if node.introduction_id is not None and connector is not None:
            menu.addAction(
                fill(self.tr("Remove the introduction by {connector}…"), connector=connector.name),
                lambda: self.remove_introduction(pid),
            )
        self._message_entries(menu, node.name, pid, connector.name if connector else "")
        menu.addSeparator()
        menu.addAction(
            fill(self.tr("Open {name}'s card"), name=node.name),
            lambda: self.open_person_requested.emit(pid),
        )
        if self.tabs.currentWidget() is self.map:
            menu.addAction(self.tr("Show in the list"), lambda: self.show_in_list(pid))
        else:
            menu.addAction(self.tr("Show on the map"), lambda: self.show_on_map(pid))
        return menu

    def _message_entries(self, menu: QMenu, name: str, pid: int, connector: str) -> None:
        """Write to the person, and, when someone gave their name, thank that relay."""
        menu.addSeparator()
        menu.addAction(
            fill(self.tr("Write a message to {name}…"), name=name),
            lambda: self.message_requested.emit("", pid),
        )
        if connector:
            menu.addAction(
                fill(self.tr("Thank the relay, {connector}…"), connector=connector),
                lambda: self.message_requested.emit("thank_relay", pid),
            )

    def show_in_list(self, person_id: int | None) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_person(person_id)

    def show_on_map(self, person_id: int | None) -> None:
        self.tabs.setCurrentWidget(self.map)
        self.select_person(person_id)
        self.map.select_person(person_id)

    def _open_person(self, index: QModelIndex) -> None:
        person_id = index.siblingAtColumn(0).data(PERSON_ID_ROLE)
        if person_id is not None:
            self.open_person_requested.emit(person_id)

    def _open_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self.open_person_requested.emit(person_id)


class _SidePanel(QWidget):
    """The selected person at a glance, and the briefing on whoever gave their name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.briefing = ConnectorBriefingPanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.briefing)
        layout.addStretch(1)

    def show_node(
        self, database: Database, node: ReferralNode | None, model: ReferralTreeModel
    ) -> None:
        if node is None:
            people = [n for n in model.people() if not n.weak_tie]
            self.title.setText(self.tr("You"))
            self.facts.setText(
                fill(
                    self.tr(
                        "%Ln people you know directly; {total} in your tree.",
                        "",
                        model.rowCount(model.root_index()),
                    ),
                    total=QLocale().toString(len(people)),
                )
            )
            self.briefing.hide()
            return
        lines = [" · ".join(p for p in (node.job_title, node.organization) if p)]
        stage = stage_label(stage_of(node))
        decision_maker = self.tr("Decision maker")
        lines.append(f"{stage} · {decision_maker}" if node.is_decision_maker else stage)
        if node.at_target:
            lines.append(self.tr("Works at one of your target companies"))
        if node.names_given:
            lines.append(self.tr("Gave you %Ln names", "", node.names_given))
        self.title.setText(node.name)
        self.facts.setText("\n".join(line for line in lines if line))
        self.briefing.show()
        self.briefing.show_person(database, node.person_id)
