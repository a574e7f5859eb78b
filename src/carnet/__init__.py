"""Carnet: a personal CRM for job seekers who network by recommendation."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Carnet"

try:
    __version__ = version("carnet")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
