"""Fixtures for the import and export tests: the sample files and ways to look into a database."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from tests.io.samples import SAMPLES, contents

# Hypothesis keeps caches in ./.hypothesis by default: keep the checkout clean.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="carnet-hypothesis-"))


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def database_contents() -> Callable[[Path], dict[str, list[tuple]]]:
    return contents
