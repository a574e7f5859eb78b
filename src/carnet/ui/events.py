"""Signals that tell every view the data changed, so each refreshes what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    people_changed = Signal()
    notes_changed = Signal()
