"""Import contacts: read the file, show what will happen, write it all or nothing, summarise.

Reading and writing run on a background thread, so the window stays responsive; Cancel while
writing rolls everything back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.db.engine import Database
from carnet.domain.errors import MESSAGES_CONTEXT
from carnet.io.errors import ImportCancelled, ImportFileError
from carnet.io.planning import Decision, ImportPlan, MatchedBy, plan_again, plan_import
from carnet.io.reader import read_contacts_file
from carnet.io.rows import FIELDS, ContactRow, RowProblem
from carnet.io.writer import ImportSummary, write_import
from carnet.ui import theme
from carnet.ui.background_job import BackgroundJob
from carnet.ui.events import DataEvents
from carnet.ui.widgets.column_fit import give_way
from carnet.ui.wording import fill


def _message(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def source_label(source: str) -> str:
    """Where a file seems to come from, in the user's words (never a format's name)."""
    return {
        "linkedin": QCoreApplication.translate("ImportDialog", "LinkedIn export"),
        "google": QCoreApplication.translate("ImportDialog", "Google Contacts"),
        "outlook": QCoreApplication.translate("ImportDialog", "Outlook contacts"),
        "thunderbird": QCoreApplication.translate("ImportDialog", "Thunderbird address book"),
        "carnet": QCoreApplication.translate("ImportDialog", "a Carnet export"),
        "vcard": QCoreApplication.translate(
            "ImportDialog", "address book of a phone or a computer"
        ),
    }.get(source, QCoreApplication.translate("ImportDialog", "a program Carnet does not know"))


def field_label(field: str) -> str:
    return {
        "first_name": QCoreApplication.translate("ImportDialog", "First name"),
        "last_name": QCoreApplication.translate("ImportDialog", "Last name"),
        "full_name": QCoreApplication.translate(
            "ImportDialog", "Name (split into first and last name)"
        ),
        "organization": QCoreApplication.translate("ImportDialog", "Organisation"),
        "job_title": QCoreApplication.translate("ImportDialog", "Job title"),
        "email": QCoreApplication.translate("ImportDialog", "Email"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
        "linkedin_url": QCoreApplication.translate("ImportDialog", "LinkedIn address"),
        "website": QCoreApplication.translate(
            "ImportDialog", "LinkedIn address, if the website is one (else kept in a note)"
        ),
        "city": QCoreApplication.translate("ImportDialog", "City"),
        "notes": QCoreApplication.translate("ImportDialog", "Background"),
        "connected_on": QCoreApplication.translate("ImportDialog", "Connected on"),
    }.get(field, field)


def decision_label(decision: Decision) -> str:
    return {
        Decision.MERGE: QCoreApplication.translate("ImportDialog", "Merge"),
        Decision.SKIP: QCoreApplication.translate("ImportDialog", "Skip"),
        Decision.CREATE: QCoreApplication.translate("ImportDialog", "Create a new person"),
    }[decision]


def matched_by_label(matched_by: str) -> str:
    labels: dict[str, str] = {
        MatchedBy.LINKEDIN: QCoreApplication.translate("ImportDialog", "Same LinkedIn"),
        MatchedBy.EMAIL: QCoreApplication.translate("ImportDialog", "Same email"),
        MatchedBy.NAME: QCoreApplication.translate("ImportDialog", "Same name and company"),
    }
    return labels[matched_by]


class TableModel(QAbstractTableModel):
    """Read-only rows computed on demand: thousands of lines cost nothing until shown."""

    def __init__(
        self, headers: Sequence[str], count: int, cell: Callable[[int, int], str], parent=None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._count = count
        self._cell = cell

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self._cell(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def changed(self) -> None:
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self._headers) - 1)
            )


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    theme.dress(table, "table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def _fit_columns(table: QTableView, widest: int = 240) -> None:
    """Columns as wide as their first rows need, none wider than ``widest`` pixels."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(50)
    table.resizeColumnsToContents()
    for column in range(header.count()):  # never narrower than the column's title
        wanted = min(table.columnWidth(column), widest) if column < header.count() - 1 else 0
        table.setColumnWidth(column, max(wanted, header.sectionSizeHint(column) + 8))
    give_way(table, range(header.count())).remember()  # all in view, cut with "…" if need be


class ImportDialog(QDialog):
    """Opened on a file: reads it at once, then waits for the user's go."""

    work_finished = Signal()
    """Reading (or writing) is over: the preview (or the summary) is on screen."""
    waiting_for_turn = Signal()
    """Another import (or program) is writing to the data: this one waits, then merges."""

    def __init__(
        self, database: Database, events: DataEvents, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._events = events
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self._job: BackgroundJob | None = None
        self._writing = False
        self._tables_to_fit: list[tuple[QTableView, int]] = []
        self.setWindowTitle(self.tr("Import contacts"))
        self.setModal(True)
        self.waiting_for_turn.connect(self._show_waiting)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_working_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(860, 540)
        self._read()

    # -- pages ---------------------------------------------------------------------------------

    def _build_working_page(self) -> QWidget:
        page = QWidget()
        self.working_label = QLabel()
        self.working_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(self.working_label)
        layout.addWidget(self.progress)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_title = QLabel()
        self.preview_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.preview_title.setWordWrap(True)
        self.preview_text = QLabel()
        self.preview_text.setWordWrap(True)
        self.tabs = QTabWidget()

        self.contacts_table = _table(TableModel([], 0, lambda r, c: ""), self.tr("Contacts"))
        self.tabs.addTab(self.contacts_table, self.tr("Contacts"))

        duplicates_page = QWidget()
        explanation = QLabel(
            self.tr(
                "These contacts look like people already in Carnet. Merging fills the empty "
                "fields of the existing card and adds new emails and phones; it never "
                "overwrites what you wrote. Choose for the selected lines, or for all of them "
                "when none is selected:"
            )
        )
        explanation.setWordWrap(True)
        self.duplicates_table = _table(
            TableModel([], 0, lambda r, c: ""), self.tr("Likely duplicates")
        )
        self.merge_button = QPushButton(self.tr("Merge"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.create_button = QPushButton(self.tr("Create new people"))
        choices = QHBoxLayout()
        for button, decision in (
            (self.merge_button, Decision.MERGE),
            (self.skip_button, Decision.SKIP),
            (self.create_button, Decision.CREATE),
        ):
            button.clicked.connect(lambda _c=False, d=decision: self.decide_selected(d))
            choices.addWidget(button)
        choices.addStretch()
        duplicates_layout = QVBoxLayout(duplicates_page)
        duplicates_layout.addWidget(explanation)
        duplicates_layout.addLayout(choices)
        duplicates_layout.addWidget(self.duplicates_table)
        self.tabs.addTab(duplicates_page, self.tr("Likely duplicates"))

        self.problems_table = _table(TableModel([], 0, lambda r, c: ""), self.tr("Problems"))
        self.tabs.addTab(self.problems_table, self.tr("Problems"))
        self.columns_table = _table(TableModel([], 0, lambda r, c: ""), self.tr("Columns"))
        self.tabs.addTab(self._build_columns_page(), self.tr("Columns"))

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("Cancel"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        return page

    def _build_columns_page(self) -> QWidget:
        """What each column feeds; for a file Carnet does not know, a choice per column."""
        page = QWidget()
        self.column_choices = QTableWidget(0, 2)
        theme.dress(self.column_choices, "table")
        self.column_choices.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("In Carnet")]
        )
        self.column_choices.verticalHeader().hide()
        self.column_choices.horizontalHeader().setStretchLastSection(True)
        self.column_choices.setAccessibleName(self.tr("Which column holds what"))
        self.read_again_button = QPushButton(self.tr("Read the file again with these columns"))
        self.read_again_button.clicked.connect(self.read_again)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.read_again_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns_table)
        layout.addWidget(self.column_choices)
        layout.addLayout(buttons)
        return page

    def _show_column_choices(self, header: list[str], mapping: list[tuple[str, str]]) -> None:
        chosen = dict(mapping)
        self.column_choices.setRowCount(len(header))
        for row, name in enumerate(header):
            cell = QTableWidgetItem(name)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.column_choices.setItem(row, 0, cell)
            choice = QComboBox()
            choice.setAccessibleName(name)
            choice.addItem(self.tr("Kept in a note"), "")
            for field in FIELDS:
                if field != "website":
                    choice.addItem(field_label(field), field)
            choice.setCurrentIndex(max(choice.findData(chosen.get(name, "")), 0))
            self.column_choices.setCellWidget(row, 1, choice)
        self.column_choices.resizeColumnToContents(0)
        asking = bool(header)
        self.column_choices.setVisible(asking)
        self.read_again_button.setVisible(asking)
        self.columns_table.setVisible(not asking)

    def chosen_columns(self) -> dict[str, str]:
        """The field the user chose for each column of a file Carnet does not know."""
        return {
            # Every row has its cell and its combo box (_show_column_choices).
            cast(QTableWidgetItem, self.column_choices.item(row, 0)).text(): cast(
                QComboBox, self.column_choices.cellWidget(row, 1)
            ).currentData()
            for row in range(self.column_choices.rowCount())
        }

    def read_again(self) -> None:
        self._read(self.chosen_columns())

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_title = QLabel()
        self.result_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.result_title.setWordWrap(True)
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped_table = _table(TableModel([], 0, lambda r, c: ""), self.tr("Skipped lines"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addWidget(self.skipped_table, 1)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    # -- reading -------------------------------------------------------------------------------

    def _read(self, columns: dict[str, str] | None = None) -> None:
        self.working_label.setText(fill(self.tr("Reading {file}…"), file=self.path.name))
        self.progress.setRange(0, 0)
        self.pages.setCurrentIndex(0)
        database, path = self._database, self.path

        def work(_job: BackgroundJob) -> ImportPlan:
            parsed = read_contacts_file(path, columns)
            with database.reading() as session:
                return plan_import(session, parsed)

        self._run(work, self._show_preview)

    def _run(self, work, on_success) -> None:
        job = BackgroundJob(work)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(on_success)
        job.failed.connect(self._on_failure)
        job.finished.connect(self._job_finished)
        self._job = job
        job.start_work()

    def _job_finished(self) -> None:
        self._job = None
        self.work_finished.emit()

    def is_busy(self) -> bool:
        return self._job is not None

    def _show_preview(self, plan: ImportPlan) -> None:
        if not self.isVisible() and self.result() == QDialog.DialogCode.Rejected:
            return
        self.plan = plan
        parsed = plan.parsed
        rows = plan.rows
        self.preview_title.setText(
            fill(self.tr("%Ln contacts found in {file}", "", len(rows)), file=self.path.name)
        )
        problems = self._problem_rows()
        said = [
            fill(
                self.tr("Where the file seems to come from: {source}."),
                source=source_label(parsed.source),
            )
        ]
        if parsed.needs_columns:
            said.append(
                self.tr(
                    "Carnet does not know this file’s columns: check in the Columns tab which "
                    "one holds what, then read the file again."
                )
            )
        if noted := parsed.rows_with_extras:
            said.append(
                fill(
                    self.tr(
                        "Contacts with details Carnet has no field for: {count}. Those details "
                        "will be kept in a note about each person, in the notebook."
                    ),
                    count=str(noted),
                )
            )
        said.append(self.tr("Nothing is written until you click Import."))
        self.preview_text.setText(" ".join(said))

        duplicate_indexes = sorted(plan.duplicates)

        cells: list[Callable[[ContactRow, int], str]] = [
            lambda row, _r: str(row.line),
            lambda row, _r: row.full_name,
            lambda row, _r: row.organization,
            lambda row, _r: row.job_title,
            lambda _row, r: self._fate(r),
            lambda row, _r: ", ".join(row.emails),
        ]

        def contact_cell(r: int, c: int) -> str:  # asked for each cell painted: only that one
            return cells[c](rows[r], r)

        self.contacts_model = TableModel(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Job title"),
                self.tr("What will happen"),
                self.tr("Email"),
            ],
            len(rows),
            contact_cell,
            self,
        )
        self.contacts_table.setModel(self.contacts_model)
        _fit_columns(self.contacts_table, 200)  # on screen at once: fitted before it shows

        def duplicate_cell(r: int, c: int) -> str:
            index = duplicate_indexes[r]
            row, duplicate = rows[index], plan.duplicates[index]
            existing = duplicate.person_name + (
                f" — {duplicate.person_organization}" if duplicate.person_organization else ""
            )
            return [
                str(row.line),
                row.full_name + (f" — {row.organization}" if row.organization else ""),
                existing,
                matched_by_label(duplicate.matched_by),
                decision_label(plan.decisions[index]),
            ][c]

        self.duplicates_model = TableModel(
            [
                self.tr("Line"),
                self.tr("In the file"),
                self.tr("Already in Carnet"),
                self.tr("Why"),
                self.tr("Choice"),
            ],
            len(duplicate_indexes),
            duplicate_cell,
            self,
        )
        self._duplicate_indexes = duplicate_indexes
        self.duplicates_table.setModel(self.duplicates_model)
        self._fit_later(self.duplicates_table, 260)
        self.tabs.setTabText(
            1,
            fill(
                self.tr("Likely duplicates ({count})"),
                count=QLocale().toString(len(plan.duplicates)),
            ),
        )
        self.tabs.setTabEnabled(1, bool(plan.duplicates))

        self.problems_model = TableModel(
            [self.tr("Line"), self.tr("Problem")],
            len(problems),
            lambda r, c: [str(problems[r].line), problems[r].text(_message)][c],
            self,
        )
        self.problems_table.setModel(self.problems_model)
        self._fit_later(self.problems_table, 240)
        self.tabs.setTabText(
            2, fill(self.tr("Problems ({count})"), count=QLocale().toString(len(problems)))
        )
        self.tabs.setTabEnabled(2, bool(problems))

        columns = [(name, field_label(field)) for name, field in parsed.mapping]
        columns += [(name, self.tr("Kept in a note")) for name in parsed.noted_columns]
        columns += [
            (name, self.tr("Not imported"))
            for name in parsed.ignored_columns
            if name not in parsed.noted_columns
        ]
        self.columns_model = TableModel(
            [self.tr("In the file"), self.tr("In Carnet")],
            len(columns),
            lambda r, c: columns[r][c],
            self,
        )
        self.columns_table.setModel(self.columns_model)
        self._fit_later(self.columns_table, 320)
        self._show_column_choices(parsed.header if parsed.needs_columns else [], parsed.mapping)
        self.tabs.setTabEnabled(3, bool(columns) or parsed.needs_columns)

        if parsed.needs_columns:
            self.tabs.setCurrentIndex(3)
        else:
            self.tabs.setCurrentIndex(1 if plan.duplicates else 0)
        self.import_button.setEnabled(bool(rows))
        self._update_import_button()
        self.pages.setCurrentIndex(1)

    def _fit_later(self, table: QTableView, widest: int) -> None:
        """Fit ``table``'s columns in a turn of the event loop of its own: measuring the text of
        a table's first rows takes a few milliseconds a column, and the four tables of the
        preview fitted in one go held the window for as long as two frames. The tables of the
        tabs behind are fitted this way, after the preview is on screen."""
        if not self._tables_to_fit:
            QTimer.singleShot(0, self, self._fit_next_table)
        self._tables_to_fit.append((table, widest))

    def _fit_next_table(self) -> None:
        if not self._tables_to_fit:
            return
        table, widest = self._tables_to_fit.pop(0)
        _fit_columns(table, widest)
        if self._tables_to_fit:
            QTimer.singleShot(0, self, self._fit_next_table)

    def _problem_rows(self) -> list[RowProblem]:
        assert self.plan is not None
        parsed = self.plan.parsed
        return sorted(
            [*parsed.skipped, *parsed.problems, *self.plan.combined], key=lambda p: p.line
        )

    def _fate(self, index: int) -> str:
        assert self.plan is not None
        duplicate = self.plan.duplicates.get(index)
        if duplicate is None:
            return self.tr("New person")
        decision = self.plan.decisions[index]
        if decision == Decision.MERGE:
            return fill(self.tr("Merge into {name}"), name=duplicate.person_name)
        return decision_label(decision)

    def decide_selected(self, decision: Decision) -> None:
        """Apply ``decision`` to the selected likely duplicates (all of them if none is)."""
        assert self.plan is not None
        rows = {index.row() for index in self.duplicates_table.selectionModel().selectedRows()}
        if not rows:
            rows = set(range(len(self._duplicate_indexes)))
        for row in rows:
            self.plan.decisions[self._duplicate_indexes[row]] = decision
        self.duplicates_model.changed()
        self.contacts_model.changed()
        self._update_import_button()

    def _update_import_button(self) -> None:
        assert self.plan is not None
        skipped = sum(1 for decision in self.plan.decisions.values() if decision == Decision.SKIP)
        count = len(self.plan.rows) - skipped
        self.import_button.setText(fill(self.tr("Import {count}"), count=QLocale().toString(count)))
        self.import_button.setEnabled(count > 0)

    # -- writing -------------------------------------------------------------------------------

    def start_import(self) -> None:
        assert self.plan is not None
        plan, database = self.plan, self._database
        self.working_label.setText(
            fill(
                self.tr("Importing {file}… Cancel puts everything back as it was."),
                file=self.path.name,
            )
        )
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(0)
        self._writing = True

        def work(job: BackgroundJob) -> ImportSummary:
            def stop_if_cancelled() -> None:
                if job.is_cancelled():
                    raise ImportCancelled()

            # Duplicates are looked for again under the write lock: whatever another import
            # added since the preview is merged into, not added a second time.
            with database.writing(self.waiting_for_turn.emit, stop_if_cancelled) as session:
                return write_import(
                    session,
                    plan_again(session, plan),
                    progress=job.progressed.emit,
                    cancelled=job.is_cancelled,
                    translate=_message,
                )

        self._run(work, self._show_summary)

    def _show_waiting(self) -> None:
        if self._writing:
            self.working_label.setText(
                self.tr(
                    "Another import or another program is writing to your data. This import "
                    "waits for it to finish, then merges with what it added. Cancel puts "
                    "everything back as it was."
                )
            )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show_summary(self, summary: ImportSummary) -> None:
        self._writing = False
        self.summary = summary
        self._events.people_changed.emit()
        self.result_title.setText(self.tr("Import finished"))
        lines = [
            fill(self.tr("New people: {count}"), count=QLocale().toString(summary.created)),
            fill(
                self.tr("Merged into people already in Carnet: {count}"),
                count=QLocale().toString(summary.merged),
            ),
            fill(self.tr("Skipped: {count}"), count=QLocale().toString(len(summary.skipped))),
        ]
        if summary.noted:
            lines.append(
                fill(
                    self.tr("People with a note of the details Carnet has no field for: {count}"),
                    count=str(summary.noted),
                )
            )
        if summary.combined:
            lines.append(
                fill(
                    self.tr("Lines repeating an earlier contact, combined with it: {count}"),
                    count=QLocale().toString(summary.combined),
                )
            )
        if self.plan is not None and self.plan.parsed.source == "linkedin" and summary.created:
            lines.append(
                self.tr(
                    'Your LinkedIn connections wait apart, under "LinkedIn connections" in '
                    "the referral tree: right-click those you know personally, or record who "
                    "gave you their name, to bring them into your tree."
                )
            )
        self.result_text.setText("\n".join(lines))
        skipped = summary.skipped
        model = TableModel(
            [self.tr("Line"), self.tr("Why it was skipped")],
            len(skipped),
            lambda r, c: [str(skipped[r].line), skipped[r].text(_message)][c],
            self,
        )
        self.skipped_table.setModel(model)
        _fit_columns(self.skipped_table)
        self.skipped_table.setVisible(bool(skipped))
        self.pages.setCurrentIndex(2)
        self.close_button.setFocus()

    def _on_failure(self, error: Exception) -> None:
        self._writing = False
        if isinstance(error, ImportCancelled):
            self.result_title.setText(self.tr("Import cancelled"))
            self.result_text.setText(self.tr("Nothing was written: your data is as it was."))
        elif isinstance(error, ImportFileError):
            self.result_title.setText(self.tr("This file cannot be imported"))
            self.result_text.setText(
                error.text(_message) + "\n\n" + self.tr("Nothing was written.")
            )
        else:
            self.result_title.setText(self.tr("The import failed"))
            self.result_text.setText(
                fill(
                    self.tr(
                        "Carnet could not write these contacts ({detail}). Nothing was written: "
                        "your data is as it was."
                    ),
                    detail=self._failure_reason(error),
                )
            )
        self.skipped_table.hide()
        self.pages.setCurrentIndex(2)

    def _failure_reason(self, error: Exception) -> str:
        """Why the write failed, in a few words: never the SQL or the contacts' values."""
        from carnet.db.errors import StorageProblem, classify

        logging.getLogger("carnet.import").error("The import failed", exc_info=error)
        reasons = {
            StorageProblem.DISK_FULL: self.tr("the disk is full"),
            StorageProblem.READ_ONLY: self.tr("Carnet may not write to your data file"),
            StorageProblem.CORRUPT: self.tr("your data file is damaged"),
            StorageProblem.LOCKED: self.tr("another program is using your data file"),
            StorageProblem.UNAVAILABLE: self.tr("the disk cannot be reached"),
        }
        problem = classify(error)
        if problem is None:
            return self.tr("an unexpected problem; the details are in Carnet's log")
        return reasons[problem]

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: while writing, stop and roll back first; the dialog then says so."""
        if self._job is not None and self._writing:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.working_label.setText(self.tr("Cancelling…"))
            return
        if self._job is not None:
            self._job.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._writing:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
