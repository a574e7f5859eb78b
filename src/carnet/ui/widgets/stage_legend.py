"""What the marks before each name in the referral tree mean."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from carnet.ui import theme
from carnet.ui.widgets.referral_style import Stage, stage_icon, stage_label

COLUMNS = 3


class StageLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageLegend")
        entries = [(stage_icon(stage), stage_label(stage)) for stage in Stage]
        entries.append(
            (
                stage_icon(Stage.MET, decision_maker=True),
                QCoreApplication.translate("StageLegend", "Can hire"),
            )
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.labels: list[QLabel] = []
        for number, (icon, text) in enumerate(entries):
            mark = QLabel()
            mark.setPixmap(icon.pixmap(14, 14))
            label = QLabel(text)
            label.setProperty("role", "muted")
            label.setWordWrap(True)
            row, column = divmod(number, COLUMNS)
            grid.addWidget(mark, row, column * 2, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
            self.labels.append(label)
        theme.dress(self, "muted_labels")
