"""What Carnet's look costs at start-up: the theme (palette and stylesheet) and the icons."""

from __future__ import annotations

from run import (
    PROBES,
    WINDOW_SHOWN,
    Context,
    Measurement,
    benchmark,
    compare_commands,
    startup_data,
)

GOAL_MS = 30  # issue 14: style and icons may not add more than this to the start-up


@benchmark("startup_style_icons")
def startup_style_icons(ctx: Context) -> Measurement:
    """From process start to the main window painted, with the style and icons, against the same
    start-up without them (no palette, no stylesheet, empty icons), on 2,000 people."""
    data_dir = str(startup_data(ctx))
    probe = str(PROBES / "startup_look.py")
    dressed, plain = compare_commands(
        ctx,
        ([ctx.python, probe, "dressed", "--data-dir", data_dir], WINDOW_SHOWN),
        ([ctx.python, probe, "plain", "--data-dir", data_dir], WINDOW_SHOWN),
    )
    return Measurement(dressed, "ms", "the same start-up without style and icons", plain)
