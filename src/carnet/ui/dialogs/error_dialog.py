"""The dialog an unexpected error opens: what happened in plain words, and "Copy details".

Built by ``carnet.ui.error_reporting`` when an error reaches it; the traceback is never shown,
only put on the clipboard for whoever helps the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from carnet.db.errors import StorageProblem, explain
from carnet.domain.errors import MESSAGES_CONTEXT
from carnet.ui.wording import fill


class ErrorDialog(QDialog):
    """What happened, in plain words, and a way to pass the technical details on."""

    restore_requested = Signal()

    def __init__(
        self,
        problem: StorageProblem | None,
        details: str,
        log_file: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.occurrences = 1
        if problem is None:
            self.setWindowTitle(self.tr("Carnet ran into a problem"))
            text = self.tr(
                "Something unexpected went wrong. Carnet is still running, and what was saved "
                "stays saved; the last thing you did may not have been completed."
            )
            if log_file is not None:
                text += "\n\n" + fill(
                    self.tr(
                        "A report was written to {log}. If this happens again, click “Copy "
                        "details” and send the text to whoever helps you with Carnet."
                    ),
                    log=str(log_file),
                )
            else:
                text += "\n\n" + self.tr(
                    "If this happens again, click “Copy details” and send the text to whoever "
                    "helps you with Carnet."
                )
        else:
            self.setWindowTitle(
                self.tr("Your data file is damaged")
                if problem is StorageProblem.CORRUPT
                else self.tr("Carnet could not save")
            )
            text = QCoreApplication.translate(MESSAGES_CONTEXT, explain(problem))
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeated = QLabel()
        self.repeated.setStyleSheet("color: palette(mid);")
        self.repeated.hide()
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button: QPushButton | None = None
        if problem is StorageProblem.CORRUPT:
            self.restore_button = QPushButton(self.tr("Restore from a backup…"))
            self.restore_button.clicked.connect(self._restore)
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)

        text_column = QVBoxLayout()
        text_column.addWidget(self.message)
        text_column.addWidget(self.repeated)
        body = QHBoxLayout()
        body.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def happened_again(self, details: str) -> None:
        self.occurrences += 1
        self.details += "\n" + details
        self.repeated.setText(
            fill(self.tr("This happened {count} times."), count=str(self.occurrences))
        )
        self.repeated.show()

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def _restore(self) -> None:
        self.accept()
        self.restore_requested.emit()
