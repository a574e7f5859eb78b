"""Where the shipped icons and compiled translations are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _resources() -> Path:
    try:
        return Path(str(files("carnet.resources")))
    except ModuleNotFoundError:  # a frozen app ships them as plain files beside the package
        import carnet

        return Path(carnet.__file__).parent / "resources"


def app_icon_path() -> Path:
    return _resources() / "icons" / "carnet.svg"


def translations_dir() -> Path:
    return _resources() / "translations"


def stylesheet_path() -> Path:
    return _resources() / "style" / "carnet.qss"


def icons_dir() -> Path:
    return _resources() / "icons" / "lucide"
