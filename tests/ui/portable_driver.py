"""Runs ``carnet.app.main`` as the user starts Carnet, then closes the window once its pages are
ready, and the welcome a new user gets, as the user would (so the window's size is saved in the
settings on the way out).

    python portable_driver.py [CARNET ARGUMENTS…]
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from carnet import app  # noqa: E402

started = app.launch


def close_all() -> None:
    QApplication.closeAllWindows()
    QApplication.quit()


def launch_then_close(*args, **kwargs):
    window = started(*args, **kwargs)
    # after the welcome, which opens on the turn after the pages are ready
    window.ready.connect(lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, close_all)))
    return window


app.launch = launch_then_close
sys.exit(app.main(sys.argv[1:]))
