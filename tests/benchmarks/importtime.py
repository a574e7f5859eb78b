"""Which imports weigh on Carnet's start-up: ``python -X importtime`` on Carnet's start-up.

    python tests/benchmarks/importtime.py [--top 10] [--by self|cumulative]

Runs Carnet (``python -m carnet``, quitting once its data is shown) once untimed (to warm the
caches), then once under ``-X importtime``, in the same environment as ``run.py`` and on the
same generated database, and prints the heaviest imports. Cumulative times include the
imports a module triggers; nested entries are indented, as Python prints them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from run import Context, carnet_from_source, generate


def import_times(ctx: Context, data_dir: Path) -> list[tuple[int, int, str]]:
    """(self µs, cumulative µs, indented module name) for every import of Carnet's start-up."""
    command = carnet_from_source(ctx, data_dir)
    env = {**ctx.env(), "CARNET_REPORT_STARTUP": "1"}
    # One untimed run first: file system cache and bytecode, as run.py's warm-up does.
    subprocess.run(command, env=env, cwd=ctx.workdir, capture_output=True, timeout=120)
    done = subprocess.run(
        [ctx.python, "-X", "importtime", *command[1:]],
        env=env,
        cwd=ctx.workdir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(own), int(cumulative), name.rstrip()))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument(
        "--by",
        choices=("self", "cumulative", "package"),
        default="cumulative",
        help="sort modules by their own or cumulative time, or sum own times per top package",
    )
    parser.add_argument("--people", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="carnet-importtime-") as workdir:
        ctx = Context(repeat=1, platform="offscreen", workdir=Path(workdir))
        data_dir = ctx.workdir / "data"
        generate(data_dir / "carnet.sqlite3", people=args.people, seed=1, notes=args.people)
        rows = import_times(ctx, data_dir)
    if not rows:
        print("no import times were printed", file=sys.stderr)
        return 1
    top_level = sum(cumulative for _, cumulative, name in rows if not name.startswith("  "))
    print(f"all imports: {top_level / 1000:.1f} ms (under -X importtime, which adds overhead)")
    if args.by == "package":
        packages: dict[str, int] = {}
        for own, _, name in rows:
            package = name.strip().split(".")[0]
            packages[package] = packages.get(package, 0) + own
        print(f"{'self ms':>9}  top package (own time of all its modules)")
        for package, own in sorted(packages.items(), key=lambda item: -item[1])[: args.top]:
            print(f"{own / 1000:9.1f}  {package}")
        return 0
    key = 0 if args.by == "self" else 1
    print(f"{'self ms':>9} {'cumul. ms':>10}  module")
    for own, cumulative, name in sorted(rows, key=lambda row: -row[key])[: args.top]:
        print(f"{own / 1000:9.1f} {cumulative / 1000:10.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
