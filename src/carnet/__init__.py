"""Carnet: a personal CRM for job seekers who network by recommendation."""

APP_NAME = "Carnet"

# The one place of the version (pyproject.toml reads it from here). A literal rather than
# importlib.metadata, whose import alone costs a tenth of a second at every start.
__version__ = "0.1.0"
