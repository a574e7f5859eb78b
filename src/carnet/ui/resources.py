"""Where the shipped icons are (the folders themselves: ``carnet.paths.resources_dir``)."""

from __future__ import annotations

from pathlib import Path

from carnet.paths import resources_dir, translations_dir

__all__ = ["app_icon_path", "translations_dir"]


def app_icon_path() -> Path:
    return resources_dir() / "icons" / "carnet.svg"
