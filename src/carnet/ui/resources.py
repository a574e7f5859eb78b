"""Where the shipped icons and stylesheet are (their folder: ``carnet.paths.resources_dir``)."""

from __future__ import annotations

from pathlib import Path

from carnet.paths import resources_dir, translations_dir

__all__ = ["app_icon_path", "icons_dir", "stylesheet_path", "translations_dir"]


def app_icon_path() -> Path:
    return resources_dir() / "icons" / "carnet.svg"


def stylesheet_path() -> Path:
    return resources_dir() / "style" / "carnet.qss"


def icons_dir() -> Path:
    return resources_dir() / "icons" / "lucide"
