"""Types into a new notebook entry of the real window, one key every ``tick`` milliseconds, and
prints each keystroke with the time; once done, prints "paused" a second later.
``test_autosave_crash`` kills it with SIGKILL while it types, or right after "paused".

    python autosave_driver.py DATA_DIR TEXT TICK_MS
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from carnet.app import make_application, open_window, parse_args  # noqa: E402


def main(data_dir: str, text: str, tick_ms: int) -> int:
    app = make_application([sys.argv[0]])
    window = open_window(parse_args(["--data-dir", data_dir]))
    assert window is not None
    window.show()
    window.new_notebook_entry()
    body = window.notebook.body
    body.setFocus()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed == len(text):
            timer.stop()
            print(f"done {time.monotonic():.4f}", flush=True)
            QTimer.singleShot(1000, lambda: print(f"paused {time.monotonic():.4f}", flush=True))
            return
        QTest.keyClicks(body, text[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.4f}", flush=True)

    timer = QTimer(interval=tick_ms)
    timer.timeout.connect(type_one)
    timer.start()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
