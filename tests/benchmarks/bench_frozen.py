"""The frozen app (packaging/carnet.spec) against the same start-up from source, same run.

Build it first: ``bash packaging/linux/build.sh`` (or ``pyinstaller packaging/carnet.spec``), or
point ``CARNET_FROZEN`` at a built ``carnet`` executable. Without one, both benchmarks are
skipped with a message (the other benchmarks still run, and the run does not fail).

- ``frozen_startup_to_window``: process start to the frozen app's window painted.
- ``frozen_startup_to_data``: process start to its first data painted, Today's agenda (as
  ``startup_to_data``).
Baseline of both: the same measure of Carnet started from source, alternating in the same run.
"""

from __future__ import annotations

import os
from pathlib import Path

from run import (
    DATA_SHOWN,
    WINDOW_SHOWN,
    Context,
    Measurement,
    Skipped,
    benchmark,
    carnet_from_source,
    compare_commands,
    startup_data,
)

FROZEN = Path(__file__).resolve().parents[2] / "dist" / "carnet" / "carnet"


def _frozen() -> Path:
    frozen = Path(os.environ.get("CARNET_FROZEN", FROZEN))
    if not frozen.exists():
        raise Skipped(
            f"no frozen app at {frozen}: build it with packaging/linux/build.sh"
            " (or set CARNET_FROZEN to a built carnet executable)"
        )
    return frozen


def _frozen_against_source(ctx: Context, marker: str) -> Measurement:
    frozen = _frozen()
    data_dir = startup_data(ctx)
    frozen_ms, source_ms = compare_commands(
        ctx,
        ([str(frozen), "--data-dir", str(data_dir)], marker),
        (carnet_from_source(ctx, data_dir), marker),
    )
    return Measurement(frozen_ms, "ms", "the same start-up from source", source_ms)


@benchmark("frozen_startup_to_window")
def frozen_startup_to_window(ctx: Context) -> Measurement:
    """The frozen app's start-up to its window painted, against Carnet started from source."""
    return _frozen_against_source(ctx, WINDOW_SHOWN)


@benchmark("frozen_startup_to_data")
def frozen_startup_to_data(ctx: Context) -> Measurement:
    """The frozen app's start-up to Today's agenda painted, against Carnet started from source."""
    return _frozen_against_source(ctx, DATA_SHOWN)
