"""Probe: Carnet's window on a data folder, the Contacts list painted and scrolled; prints the
resident memory. With ``--bare``, a bare PySide6 window with a 100-row table instead (baseline).

    python contacts_memory.py DATA_DIR [--bare]

Prints ``rss_mb=<current> peak_mb=<high water mark>`` read from /proc/self/status.
"""

from __future__ import annotations

import sys
from pathlib import Path


def memory() -> tuple[float, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    data_dir, bare = sys.argv[1], "--bare" in sys.argv
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if bare:
        window = QMainWindow()
        model = QStandardItemModel(100, 5)
        for row in range(100):
            for column in range(5):
                model.setItem(row, column, QStandardItem(f"{row}:{column}"))
        table = QTableView()
        table.setModel(model)
        window.setCentralWidget(table)
    else:
        from carnet.app import open_window, parse_args

        window = open_window(parse_args(["--data-dir", data_dir]))
        assert window is not None
    window.resize(1100, 700)
    window.show()
    settle(app)
    if not bare:
        table = window.contacts.table
        rows = window.contacts.model.rowCount()
        for row in (rows // 4, rows // 2, rows - 1, 0):
            table.scrollTo(window.contacts.model.index(row, 0))
            settle(app, 5)
        window.contacts.search.setText("dupont")
        window.contacts.reload_list()
        settle(app, 5)
        window.contacts.search.setText("")
        window.contacts.reload_list()
        settle(app, 5)
    rss, peak = memory()
    print(f"rss_mb={rss:.1f} peak_mb={peak:.1f}", flush=True)
    window.close()
    if not bare:
        window.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
