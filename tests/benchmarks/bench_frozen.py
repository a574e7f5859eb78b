"""The frozen app (packaging/carnet.spec) against the same start-up from source, same run.

Build it first: ``bash packaging/linux/build.sh`` (or ``pyinstaller packaging/carnet.spec``).
"""

from __future__ import annotations

import os
from pathlib import Path

from run import (
    WINDOW_SHOWN,
    Context,
    Measurement,
    ProbeFailed,
    benchmark,
    carnet_from_source,
    compare_commands,
    startup_data,
)

FROZEN = Path(__file__).resolve().parents[2] / "dist" / "carnet" / "carnet"


@benchmark("frozen_startup_to_window")
def frozen_startup_to_window(ctx: Context) -> Measurement:
    """The frozen app's start-up to its window painted, against Carnet started from source."""
    frozen = Path(os.environ.get("CARNET_FROZEN", FROZEN))
    if not frozen.exists():
        raise ProbeFailed(f"no frozen app at {frozen}: run packaging/linux/build.sh first")
    data_dir = startup_data(ctx)
    frozen_ms, source_ms = compare_commands(
        ctx,
        ([str(frozen), "--data-dir", str(data_dir)], WINDOW_SHOWN),
        (carnet_from_source(ctx, data_dir), WINDOW_SHOWN),
    )
    return Measurement(frozen_ms, "ms", "the same start-up from source", source_ms)
