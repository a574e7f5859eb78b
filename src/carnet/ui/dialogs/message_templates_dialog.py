"""The message templates in one's own words: the same editor as the playbook's cards (fill-ins as
chips, inserted from a menu), one template per kind of message, each back to Carnet's wording in
one click. OK writes the changes together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QWidget
from sqlalchemy.orm import Session

from carnet.db.engine import Database
from carnet.domain import messages
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.domain.messages import MessageKind
from carnet.ui.dialogs.form_dialog import FormDialog
from carnet.ui.dialogs.message_dialog import KIND_LABELS, kind_label
from carnet.ui.widgets.fill_in_editor import MESSAGE_CHIP_LABELS, FillInEditor
from carnet.ui.writes import run_write


def _translated(text: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


class MessageTemplatesDialog(FormDialog):
    """Working copies of every template; a template whose text is Carnet's again is reset."""

    def __init__(
        self, database: Database, kind: MessageKind | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Message templates"))
        with database.reading() as session:
            stored = {k: messages.template(session, k) for k in KIND_LABELS}
        self._normal = FillInEditor(plain=True, fill_ins=MESSAGE_CHIP_LABELS)
        self._defaults = {k: self._shipped(k) for k in KIND_LABELS}
        self._texts = {
            k: (t.subject, self._normalised(t.body)) if t.is_custom else self._defaults[k]
            for k, t in stored.items()
        }
        self._current: MessageKind | None = None
        self._build_ui()
        self._connect()
        self.kinds.setCurrentRow(list(KIND_LABELS).index(kind) if kind in KIND_LABELS else 0)

    def _shipped(self, kind: MessageKind) -> tuple[str, str]:
        default = messages.default_template(kind)
        return _translated(default.subject), self._normalised(_translated(default.body))

    def _normalised(self, body: str) -> str:
        """``body`` as the editor gives it back, so that an unchanged text compares equal."""
        self._normal.set_markdown(body)
        return self._normal.markdown()

    def _build_ui(self) -> None:
        self.set_intro(
            self.tr(
                "The names in the rounded boxes are filled in for each message; a line whose "
                "name Carnet does not know is left out. The relay is named only when they said "
                "you may."
            )
        )
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Kinds of message"))
        self.kinds.setWordWrap(True)
        self.kinds.setMaximumWidth(230)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in KIND_LABELS:
            self.kinds.addItem(kind_label(kind))
        self.subject = FillInEditor(single_line=True, fill_ins=MESSAGE_CHIP_LABELS)
        self.text = FillInEditor(plain=True, fill_ins=MESSAGE_CHIP_LABELS)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(220)
        self.reset_button = QPushButton(self.tr("Reset to the default wording"))
        self.state = QLabel()
        self.state.setStyleSheet("color: palette(placeholder-text);")
        self.add_rows([(self.tr("&Subject"), self.subject), (self.tr("Te&xt"), self.text)])
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.reset_button)
        row.addWidget(self.text.insert_button)
        self.form.addRow(row)
        columns = QHBoxLayout()
        columns.addWidget(self.kinds)
        self.body.removeItem(self.form)
        columns.addLayout(self.form, 1)
        self.body.insertLayout(1, columns, 1)
        self.resize(820, 560)

    def _connect(self) -> None:
        self.kinds.currentRowChanged.connect(self._show)
        self.reset_button.clicked.connect(self.reset_current)
        self.subject.textChanged.connect(self._edited)
        self.text.textChanged.connect(self._edited)

    def _keep_current(self) -> None:
        if self._current is not None:
            self._texts[self._current] = (self.subject.markdown(), self.text.markdown())

    def _show(self, row: int) -> None:
        self._keep_current()
        self._current = list(KIND_LABELS)[row]
        subject, body = self._texts[self._current]
        self.subject.blockSignals(True)
        self.text.blockSignals(True)
        self.subject.set_markdown(subject)
        self.text.set_markdown(body)
        self.subject.blockSignals(False)
        self.text.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        if self._current is None:
            return
        own = (self.subject.markdown(), self.text.markdown()) != self._defaults[self._current]
        self.state.setText(self.tr("Your wording") if own else self.tr("Carnet’s wording"))
        self.reset_button.setEnabled(own)

    def reset_current(self) -> None:
        if self._current is None:
            return
        self._texts[self._current] = self._defaults[self._current]
        self._current, row = None, self.kinds.currentRow()
        self._show(row)

    def save(self) -> bool:
        self._keep_current()

        def write(session: Session) -> None:
            for kind, (subject, body) in self._texts.items():
                if (subject, body) == self._defaults[kind]:
                    messages.reset_template(session, kind)
                else:
                    try:
                        messages.save_template(session, kind, subject, body)
                    except ValidationError:
                        self.kinds.setCurrentRow(list(KIND_LABELS).index(kind))
                        raise

        run_write(self._database, (), write)
        return True

    def field_for(self, error: ValidationError) -> QWidget | None:
        return self.subject if error.field == "subject" else self.text
