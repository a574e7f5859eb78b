"""Carnet probe: the real start-up path, from the command line to the main window shown.

    python startup_carnet.py DATA_DIR

Does what ``carnet.app.main`` does up to ``app.exec()``. Prints one marker when the window is
first painted, another when the first view's rows are painted, then quits; the parent process
times the markers with its own clock.
"""

import sys

from first_paint import DATA_SHOWN, WINDOW_SHOWN, FirstPaint

from carnet.app import launch, make_application, parse_args


def main() -> int:
    argv = [sys.argv[0], "--data-dir", sys.argv[1]]
    args = parse_args(argv[1:])
    app = make_application(argv)
    window = launch(args)
    FirstPaint(window, WINDOW_SHOWN)

    def data_attached() -> None:
        table = window.contacts.table.viewport()
        FirstPaint(table, DATA_SHOWN, then=app.quit)
        print(f"info: rows={window.contacts.model.rowCount()}", flush=True)

    window.ready.connect(data_attached)
    status = app.exec()
    if window.database is not None:
        window.database.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
