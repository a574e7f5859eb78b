"""Target companies, nearest first: how many relays away each one is, and the next call to make.

For the selected company: the chains from the user to each person inside, the decision maker if
known, and the next action on the chain that leads to them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain import people, targets
from carnet.domain.enums import ContactStatus, Permission
from carnet.domain.errors import ValidationError
from carnet.domain.targets import (
    Chain,
    ChainStep,
    NextAction,
    NextActionKind,
    TargetCompany,
    TargetStage,
)
from carnet.ui.dialogs.form_dialog import FormDialog
from carnet.ui.events import DataEvents
from carnet.ui.labels import permission_label
from carnet.ui.views.lazy_view import LazyView
from carnet.ui.widgets.column_fit import GiveWay, widen_to_titles
from carnet.ui.widgets.empty_state import EmptyState
from carnet.ui.widgets.referral_style import PERMISSION_COLORS, Stage, stage_icon, stage_label
from carnet.ui.wording import fill
from carnet.ui.writes import run_write

ORGANIZATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _step_stage(step: ChainStep) -> Stage:
    if step.met:
        return Stage.MET
    if step.status == ContactStatus.DECLINED:
        return Stage.DECLINED
    return Stage.CONTACTED if step.contacted else Stage.TO_CALL


class TargetsView(LazyView):
    open_person_requested = Signal(int)
    show_in_tree_requested = Signal(int)

    def __init__(self, database: Database, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self._companies: list[TargetCompany] = []

        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        """The list of target companies and the chains that lead to the one chosen."""
        heading = QLabel(
            self.tr(
                "The companies you want to work for, nearest first: how many relays still "
                "separate you from the person who can hire you, and the next call to make."
            )
        )
        heading.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [self.tr("Target company"), self.tr("Priority"), self.tr("Relays away")]
        )
        self.list.setAccessibleName(self.tr("Target companies"))
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        widen_to_titles(self.list)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.distance = QLabel()
        self.distance.setWordWrap(True)
        self.distance.setTextFormat(Qt.TextFormat.PlainText)
        self.decision_maker = QLabel()
        self.decision_maker.setWordWrap(True)
        self.decision_maker.setTextFormat(Qt.TextFormat.PlainText)
        self.next_action = QLabel()
        self.next_action.setObjectName("nextAction")
        self.next_action.setWordWrap(True)
        self.next_action.setTextFormat(Qt.TextFormat.PlainText)
        self.next_action.setContentsMargins(10, 8, 10, 8)
        self.next_action.setStyleSheet(
            "QLabel#nextAction { background: #e8f0fe; color: #174ea6;"
            " border: 1px solid #c6dafc; border-radius: 4px; }"
        )
        next_title = QLabel(self.tr("Next step"))
        next_title.setStyleSheet("font-weight: 600;")
        self.show_button = QPushButton(self.tr("Show in the referral tree"))
        chains_title = QLabel(self.tr("Chains to the people inside"))
        chains_title.setStyleSheet("font-weight: 600;")
        self.chains = QTreeWidget()
        self.chains.setHeaderLabels(
            [self.tr("Relay"), self.tr("Where it stands"), self.tr("Their name")]
        )
        self.chains.setUniformRowHeights(True)
        self.chains.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chains.setAccessibleName(self.tr("Chains to the people inside"))
        self.chains.header().setStretchLastSection(True)
        # on a small screen the stage and the names narrow (with "…", whole on hover) so that
        # the permission column stays in view
        self._chains_give_way = GiveWay(self.chains, (1, 0))

        details = QWidget()
        detail_layout = QVBoxLayout(details)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.distance)
        detail_layout.addWidget(self.decision_maker)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(next_title)
        detail_layout.addWidget(self.next_action)
        show_row = QHBoxLayout()
        show_row.addWidget(self.show_button)
        show_row.addStretch()
        detail_layout.addLayout(show_row)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(chains_title)
        detail_layout.addWidget(self.chains, 1)
        self.details = details

        self.empty_state = EmptyState()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(details, 1)
        right_layout.addWidget(self.empty_state, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 560])
        splitter.setChildrenCollapsible(False)

        self.add_button = QPushButton(self.tr("Add a target company…"))
        self.remove_button = QPushButton(self.tr("Remove from targets…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        """What the widgets do: choose a company, add or remove one, open a person."""
        self.list.currentItemChanged.connect(self._show_selected)
        self.show_button.clicked.connect(self._show_in_tree)
        self.chains.itemDoubleClicked.connect(self._open_step)
        self.add_button.clicked.connect(self.add_target)
        self.remove_button.clicked.connect(self.remove_target)
        self._events.people_changed.connect(self.mark_stale)

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        with self._database.reading() as session:
            self._companies = targets.target_companies(session)
        selected = self.selected_organization_id()
        self.list.clear()
        for company in self._companies:
            item = QTreeWidgetItem(
                [
                    company.name,
                    str(company.priority) if company.priority else "",
                    self._distance_short(company.distance),
                ]
            )
            item.setData(0, ORGANIZATION_ID_ROLE, company.organization_id)
            item.setToolTip(2, self._distance_text(company))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
            self.list.addTopLevelItem(item)
        self.select_target(selected)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]  # Qt takes None; count > 0
        self._show_selected()

    def companies(self) -> list[TargetCompany]:
        return list(self._companies)

    def selected_organization_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ORGANIZATION_ID_ROLE) if item else None

    def selected_company(self) -> TargetCompany | None:
        org_id = self.selected_organization_id()
        return next((c for c in self._companies if c.organization_id == org_id), None)

    def select_target(self, organization_id: int | None) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            assert item is not None
            if item.data(0, ORGANIZATION_ID_ROLE) == organization_id:
                self.list.setCurrentItem(item)
                return

    def _show_selected(self, *_args) -> None:
        company = self.selected_company()
        self.details.setVisible(company is not None)
        self.empty_state.setVisible(company is None)
        self.remove_button.setEnabled(company is not None)
        if company is None:
            self._show_empty()
            return
        priority = (
            " " + fill(self.tr("(priority {n})"), n=str(company.priority))
            if company.priority
            else ""
        )
        self.title.setText(company.name + priority)
        self.distance.setText(self._distance_text(company))
        if company.decision_makers:
            names = ", ".join(
                d.name + (f" ({d.job_title})" if d.job_title else "")
                for d in company.decision_makers
            )
            self.decision_maker.setText(fill(self.tr("Decision maker: {names}"), names=names))
        else:
            self.decision_maker.setText(
                self.tr(
                    "Decision maker: not known yet. Right-click a person in the referral tree "
                    "to mark them."
                )
            )
        self.next_action.setText(self.next_action_text(company.next_action, company.name))
        self.show_button.setEnabled(company.next_action.person_id is not None)
        self._fill_chains(company.chains)

    def _show_empty(self) -> None:
        """What this view is for, and the button that starts it."""
        if self._companies:
            title = self.tr("Choose a company in the list")
            text = self.tr("You will see how many relays still separate you from someone inside.")
        else:
            title = self.tr("Aim at the companies you want")
            text = self.tr(
                "Name the companies you would like to work for: Carnet then shows how close "
                "your network brings you to each of them, and whom to call next."
            )
        self.empty_state.show_state(
            "target",
            title,
            text,
            [(self.tr("Add a target company…"), "target", self.add_target)],
        )

    def _fill_chains(self, chains: tuple[Chain, ...]) -> None:
        self.chains.clear()
        for chain in chains:
            inside = chain.inside
            head = QTreeWidgetItem(
                [
                    fill(self.tr("To {person}"), person=inside.name)
                    + (" ★" if inside.is_decision_maker else ""),
                    self.tr("Declined: not a way in")
                    if chain.declined
                    else self._distance_short(chain.distance, long=True),
                    "",
                ]
            )
            head.setData(0, PERSON_ID_ROLE, inside.person_id)
            for column in (0, 1):  # whole on hover where a narrow column cuts it short
                head.setToolTip(column, head.text(column))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.chains.addTopLevelItem(head)
            for step in chain.steps:
                stage = _step_stage(step)
                child = QTreeWidgetItem(
                    [
                        step.name,
                        stage_label(stage),
                        permission_label(step.permission) if step.permission else "",
                    ]
                )
                child.setIcon(0, stage_icon(stage, step.is_decision_maker))
                child.setData(0, PERSON_ID_ROLE, step.person_id)
                child.setToolTip(
                    0, f"{step.name}\n{step.job_title}" if step.job_title else step.name
                )
                child.setToolTip(1, child.text(1))
                if step.permission is not None:
                    child.setForeground(2, PERMISSION_COLORS[step.permission])
                    child.setToolTip(2, permission_label(step.permission))
                head.addChild(child)
            head.setExpanded(True)
        self.chains.header().resizeSection(0, 220)
        self.chains.resizeColumnToContents(1)
        self._chains_give_way.remember()

    # -- wording --------------------------------------------------------------------------------

    def _distance_short(self, distance: int | None, long: bool = False) -> str:
        if distance is None:
            return "—"
        if not long:
            return str(distance)
        if distance == 0:
            return self.tr("Met")
        return self.tr("%Ln relays away", "", distance)

    def _distance_text(self, company: TargetCompany) -> str:
        if company.distance is None:
            if company.chains:
                return self.tr("Nobody there is a way in yet: the people you know there declined.")
            return self.tr("Nobody there in your contacts yet.")
        if company.stage == TargetStage.DECISION_MAKER_MET:
            return self.tr("You have met the person who can hire you.")
        if company.stage == TargetStage.INSIDE_MET:
            return self.tr(
                "You have met someone inside: %Ln relays to the person who can hire you.",
                "",
                company.distance,
            )
        return self.tr(
            "You are %Ln relays away from the person who can hire you.", "", company.distance
        )

    def next_action_text(self, action: NextAction, company: str) -> str:
        person, connector = action.person_name, action.connector_name
        kind = action.kind
        if kind == NextActionKind.CALL:
            if not connector:
                text = self.tr("Call {person}.")
            elif action.permission == Permission.YES:
                text = self.tr("Call {person} on behalf of {connector}.")
            elif action.permission == Permission.NO:
                text = self.tr("Call {person}, without naming {connector}: they asked you not to.")
            else:
                text = self.tr(
                    "Ask {connector} whether you may use their name, then call {person}."
                )
        elif kind == NextActionKind.THANK_CONNECTOR:
            text = self.tr("Thank {connector} and tell them how it went with {person}.")
        elif kind == NextActionKind.GET_MEETING:
            text = self.tr("Follow up with {person} to get a meeting.")
        elif kind == NextActionKind.FIND_ANOTHER_WAY:
            text = (
                self.tr("{person} declined: ask {connector} for another name at {company}.")
                if connector
                else self.tr("{person} declined: ask your contacts who else knows {company}.")
            )
        elif kind == NextActionKind.ASK_DECISION_MAKER:
            text = self.tr("Ask {person} who decides on hiring at {company}, and for their name.")
        elif kind == NextActionKind.DONE:
            text = self.tr(
                "You have met {person}, who decides. Tell the people who led you there how it "
                "went, and thank them."
            )
        else:
            text = self.tr(
                "Nobody at {company} in your contacts yet: ask the people you know who knows "
                "{company}."
            )
        return fill(text, person=person, connector=connector, company=company)

    # -- actions --------------------------------------------------------------------------------

    def _show_in_tree(self) -> None:
        company = self.selected_company()
        if company and company.next_action.person_id is not None:
            self.show_in_tree_requested.emit(company.next_action.person_id)

    def _open_step(self, item: QTreeWidgetItem, _column: int) -> None:
        person_id = item.data(0, PERSON_ID_ROLE)
        if person_id is not None:
            self.open_person_requested.emit(person_id)

    def add_target(self) -> None:
        dialog = TargetDialog(self._database, self)
        if dialog.exec() and dialog.organization_id is not None:
            self._events.people_changed.emit()
            if self._stale:
                self.reload()
            self.select_target(dialog.organization_id)

    def remove_target(self) -> None:
        company = self.selected_company()
        if company is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from your targets?"),
            fill(
                self.tr(
                    "Stop following {company} as a target company? The company and the people "
                    "who work there stay in your contacts."
                ),
                company=company.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_write(
            self._database,
            (self._events.people_changed,),
            targets.remove_target,
            company.organization_id,
        )


class TargetDialog(FormDialog):
    """Choose a company (one already in the contacts, or a new name) and how much it is wanted."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.organization_id: int | None = None
        self.setWindowTitle(self.tr("Add a target company"))
        self.set_intro(
            self.tr(
                "A company you would like to work for: Carnet will show the chains of people "
                "that lead there."
            )
        )
        self.set_ok_text(self.tr("Add"))
        with database.reading() as session:
            names = people.organization_names(session)
        self._build_ui(names)
        self.resize(420, self.sizeHint().height())

    def _build_ui(self, names: list[str]) -> None:
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.addItems(names)
        self.organization.setCurrentIndex(-1)
        line_edit, completer = self.organization.lineEdit(), self.organization.completer()
        assert line_edit is not None and completer is not None  # the combo box is editable
        line_edit.setPlaceholderText(self.tr("Company name"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("No priority"), None)
        self.priority.addItem(self.tr("1 — most wanted"), 1)
        for value in range(2, targets.MAX_PRIORITY + 1):
            self.priority.addItem(str(value), value)
        self.add_rows(
            [(self.tr("&Company"), self.organization), (self.tr("&Priority"), self.priority)]
        )

    def save(self) -> None:
        self.organization_id = run_write(
            self._database,
            (),
            targets.set_target,
            self.organization.currentText(),
            self.priority.currentData(),
        )

    def field_for(self, error: ValidationError) -> QWidget:
        return self.organization
