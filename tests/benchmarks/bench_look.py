"""What Carnet's look costs at start-up: the theme (palette and stylesheet) and the icons."""

from __future__ import annotations

import resource
import statistics
import subprocess

from run import PROBES, Context, Measurement, ProbeFailed, benchmark, startup_data

GOAL_MS = 30  # issue 14: style and icons may not add more than this to the start-up
TIMEOUT_S = 120


def _cpu_ms(ctx: Context, command: list[str]) -> float:
    """Processor time (user and system) of ``command``, from its start until it quits once the
    data is shown. Processor time rather than the clock: on a shared machine the clock moves by
    hundreds of milliseconds between two runs, far more than the difference measured here."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        command,
        env={**ctx.env(), "CARNET_REPORT_STARTUP": "1"},
        cwd=ctx.workdir,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT_S,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise ProbeFailed(done.stderr.decode(errors="replace")[-2000:])
    spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return spent * 1000


@benchmark("startup_style_icons")
def startup_style_icons(ctx: Context) -> Measurement:
    """Carnet's start-up (to its data shown, on 2,000 people) with the style and icons, against
    the same start-up without them (no palette or stylesheet, empty icons, QtSvg never loaded).

    The first run of each side is not timed: it warms the file system and draws the icons into
    the cache folder, as the first start-up after installing does. The cost is value − baseline.
    """
    data_dir = str(startup_data(ctx))
    probe = str(PROBES / "startup_look.py")
    sides = {
        side: [ctx.python, probe, side, "--data-dir", data_dir] for side in ("plain", "dressed")
    }
    for command in sides.values():
        _cpu_ms(ctx, command)
    times: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(ctx.repeat):
        for side, command in sides.items():
            times[side].append(_cpu_ms(ctx, command))
    ctx.log(f"processor ms: {times}")
    return Measurement(
        statistics.median(times["dressed"]),
        "ms (processor)",
        "the same start-up without style and icons",
        statistics.median(times["plain"]),
    )
