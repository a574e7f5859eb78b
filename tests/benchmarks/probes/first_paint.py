"""Shared by the probes: print a marker when a widget is first painted.

"Shown" means painted once, not just ``show()`` called: both probes print their marker at the
same moment of their window's life.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

WINDOW_SHOWN = "carnet-benchmark: window shown"
DATA_SHOWN = "carnet-benchmark: data shown"


class FirstPaint(QObject):
    def __init__(self, widget: QWidget, marker: str, then=None) -> None:
        super().__init__(widget)
        self._marker = marker
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(self._marker, flush=True)
            if self._then is not None:
                self._then()
        return False
