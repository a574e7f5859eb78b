"""Carnet's benchmarks: each prints one JSON line, measured against a baseline.

    python tests/benchmarks/run.py [NAME ...] [--repeat N] [--platform offscreen|xcb] [--verbose]

With no NAME every benchmark runs. Each line is
``{"name", "value", "unit", "baseline", "baseline_value", "ratio"}`` with
``ratio = value / baseline_value``. Data lives in a temporary folder that is removed afterwards;
nothing is cached in the repository.

To add a benchmark, write ``def my_benchmark(ctx: Context) -> Measurement`` in a module
``tests/benchmarks/bench_<area>.py`` and decorate it with ``@benchmark("my_benchmark")`` (``from run
import Context, Measurement, benchmark``): every ``bench_*.py`` is loaded at start and joins
``BENCHMARKS`` (name -> function).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = HERE / "probes"
if str(HERE) not in sys.path:  # generate.py sits beside this file, however it is started
    sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

# Printed by Carnet when CARNET_REPORT_STARTUP is set (carnet.app), and by the bare probe.
WINDOW_SHOWN = "carnet: window shown"
DATA_SHOWN = "carnet: data shown"
PROBE_TIMEOUT_S = 120.0


@dataclass
class Context:
    """What every benchmark gets: options and a private temporary folder."""

    repeat: int
    platform: str
    workdir: Path
    verbose: bool = False
    bytecode_cache: bool = True
    python: str = sys.executable
    _warned: set[str] = field(default_factory=set, repr=False)
    _env: dict[str, str] | None = field(default=None, repr=False)

    def env(self) -> dict[str, str]:
        """The environment of every probe process: the same for a benchmark and its baseline.

        Qt's platform is forced, and the config, data and state folders point into the work folder
        so that no probe reads or writes the user's settings. Bytecode is cached (as it is for an
        installed app) under the work folder, never beside the sources: PYTHONDONTWRITEBYTECODE
        would otherwise make every run compile Carnet's modules again.
        """
        if self._env is None:
            env = dict(os.environ)
            env["QT_QPA_PLATFORM"] = self.platform
            if self.bytecode_cache:
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                env["PYTHONPYCACHEPREFIX"] = str(self.workdir / "pycache")
            for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
                folder = self.workdir / "home" / variable.lower()
                folder.mkdir(parents=True, exist_ok=True)
                env[variable] = str(folder)
            env.pop("CARNET_DATA_DIR", None)
            self._env = env
        return self._env

    def log(self, message: str) -> None:
        if self.verbose:
            print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Measurement:
    value: float
    unit: str
    baseline: str | None = None
    baseline_value: float | None = None


BenchmarkFunction = Callable[[Context], Measurement]
BENCHMARKS: dict[str, BenchmarkFunction] = {}


def benchmark(name: str) -> Callable[[BenchmarkFunction], BenchmarkFunction]:
    def register(function: BenchmarkFunction) -> BenchmarkFunction:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} is registered twice")
        BENCHMARKS[name] = function
        return function

    return register


class ProbeFailed(RuntimeError):
    pass


class Skipped(RuntimeError):
    """A benchmark that cannot run here (say, no frozen build): reported on stderr, not failed."""


def time_until_marker(
    ctx: Context, command: Sequence[str], marker: str = WINDOW_SHOWN
) -> tuple[float, list[str]]:
    """Seconds from just before starting ``command`` to reading ``marker`` on its output.

    Both ends are read on this process's clock; the child's clock is never used. Returns the
    seconds and the ``info:`` lines the program printed after the marker.
    """
    name = Path(command[-1] if command[0] == ctx.python else command[0]).name
    elapsed = None
    with tempfile.TemporaryFile(dir=ctx.workdir) as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env={**ctx.env(), "CARNET_REPORT_STARTUP": "1"},
            cwd=ctx.workdir,  # a crashing probe must not leave a core file in the repository
            text=True,
            bufsize=1,
        )
        watchdog = threading.Timer(PROBE_TIMEOUT_S, process.kill)
        watchdog.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if line.rstrip("\n") == marker:
                    elapsed = time.perf_counter() - started
                    break
            rest = process.stdout.read()
            status = process.wait()
        finally:
            watchdog.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace").strip()
    if elapsed is None:
        raise ProbeFailed(
            f"{name} exited with status {status} without showing its window"
            + (f":\n{errors}" if errors else "")
        )
    if status != 0 and name not in ctx._warned:  # after the marker: the timing stands
        ctx._warned.add(name)
        lines = errors.splitlines()
        fatal = [line for line in lines if "Fatal Python error" in line]
        cause = (fatal or lines[-1:] or ["no message"])[0]
        print(
            f"warning: {name} exited with status {status} after its window was shown"
            f" (reported once): {cause}",
            file=sys.stderr,
        )
    info = [line for line in rest.splitlines() if line.startswith("info:")]
    return elapsed, info


def compare_commands(
    ctx: Context,
    measured: tuple[Sequence[str], str],
    baseline: tuple[Sequence[str], str],
) -> tuple[float, float]:
    """Median start-to-marker milliseconds of two (command, marker) pairs.

    One untimed run of each warms the file system cache; then the timed runs alternate, so that
    drift in the machine's load hits both sides alike.
    """
    sides = (baseline, measured)
    for command, marker in sides:
        _, info = time_until_marker(ctx, command, marker)
        ctx.log(f"warm-up {' '.join(command)}: {' '.join(info)}")
    times: list[list[float]] = [[], []]
    for _ in range(ctx.repeat):
        for side, (command, marker) in enumerate(sides):
            seconds, info = time_until_marker(ctx, command, marker)
            times[side].append(seconds * 1000)
            ctx.log(f"{command[-1]}: {seconds * 1000:.1f} ms {' '.join(info)}")
    return statistics.median(times[1]), statistics.median(times[0])


def startup_data(ctx: Context) -> Path:
    """A data folder with 2,000 generated people (and as many notes)."""
    data_dir = ctx.workdir / "data"
    if not (data_dir / "carnet.sqlite3").exists():
        counts = generate(data_dir / "carnet.sqlite3", people=2000, seed=1, notes=2000)
        ctx.log(f"generated {counts}")
    return data_dir


def carnet_from_source(ctx: Context, data_dir: Path) -> list[str]:
    return [ctx.python, "-m", "carnet", "--data-dir", str(data_dir)]


BARE_WINDOW = "bare PySide6 QMainWindow script"


def bare_window(ctx: Context) -> tuple[list[str], str]:
    return [ctx.python, str(PROBES / "startup_bare.py")], WINDOW_SHOWN


@benchmark("startup_to_window")
def startup_to_window(ctx: Context) -> Measurement:
    """From process start to Carnet's main window painted, on 2,000 people."""
    measured = (carnet_from_source(ctx, startup_data(ctx)), WINDOW_SHOWN)
    carnet_ms, bare_ms = compare_commands(ctx, measured, bare_window(ctx))
    return Measurement(carnet_ms, "ms", BARE_WINDOW, bare_ms)


@benchmark("startup_to_data")
def startup_to_data(ctx: Context) -> Measurement:
    """From process start to the first look at Today's agenda painted, on 2,000 people."""
    measured = (carnet_from_source(ctx, startup_data(ctx)), DATA_SHOWN)
    carnet_ms, bare_ms = compare_commands(ctx, measured, bare_window(ctx))
    return Measurement(carnet_ms, "ms", BARE_WINDOW, bare_ms)


def result_line(name: str, measurement: Measurement) -> str:
    ratio = None
    if measurement.baseline_value:
        ratio = round(measurement.value / measurement.baseline_value, 3)
    return json.dumps(
        {
            "name": name,
            "value": round(measurement.value, 1),
            "unit": measurement.unit,
            "baseline": measurement.baseline,
            "baseline_value": (
                None if measurement.baseline_value is None else round(measurement.baseline_value, 1)
            ),
            "ratio": ratio,
        },
        ensure_ascii=False,
    )


def load_benchmark_modules() -> None:
    """Import every ``bench_*.py`` beside this file: each registers its own benchmarks."""
    import importlib

    sys.modules.setdefault("run", sys.modules[__name__])  # one registry, even when run as a script
    for module in sorted(HERE.glob("bench_*.py")):
        importlib.import_module(module.stem)


def main(argv: Sequence[str] | None = None) -> int:
    load_benchmark_modules()
    parser = argparse.ArgumentParser(description="Run Carnet's benchmarks, one JSON line each.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per side (default 5)")
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform of the probes; xcb needs DISPLAY (default offscreen)",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        dest="bytecode_cache",
        action="store_false",
        help="keep the caller's PYTHONDONTWRITEBYTECODE/PYTHONPYCACHEPREFIX for the probes",
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--verbose", "-v", action="store_true", help="log every run on stderr")
    args = parser.parse_args(argv)

    if args.list:
        for name, function in BENCHMARKS.items():
            print(f"{name}: {((function.__doc__ or '').strip().splitlines() or [''])[0]}")
        return 0
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}"
        )  # exits with status 2
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs a DISPLAY")

    status = 0
    with tempfile.TemporaryDirectory(prefix="carnet-bench-") as workdir:
        for name in args.names or list(BENCHMARKS):
            ctx = Context(
                repeat=args.repeat,
                platform=args.platform,
                workdir=Path(workdir) / name,
                verbose=args.verbose,
                bytecode_cache=args.bytecode_cache,
            )
            ctx.workdir.mkdir(parents=True)
            try:
                measurement = BENCHMARKS[name](ctx)
            except ProbeFailed as error:
                print(f"{name}: {error}", file=sys.stderr)
                status = 1
                continue
            except Skipped as error:
                print(f"{name}: skipped: {error}", file=sys.stderr)
                continue
            print(result_line(name, measurement), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
