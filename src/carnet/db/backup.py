"""Copies of the database made with SQLite's online backup API (safe while the file is open)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page; the copy is a complete, consistent database."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_before(source: Path, backups_dir: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_database(source, backups_dir / f"{source.stem}-{stamp}-{reason}.sqlite3")


def restore(backup: Path, target: Path) -> None:
    """Put ``backup`` back in place of ``target``, dropping any write-ahead log left beside it."""
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    copy_database(backup, target)
