"""Baseline probe: the smallest PySide6 program that shows a main window.

Started by ``run.py`` exactly like the Carnet probe; prints the marker line when the window is
first painted, then quits.
"""

import sys

from first_paint import WINDOW_SHOWN, FirstPaint
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1100, 700)
    FirstPaint(window, WINDOW_SHOWN, then=app.quit)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
