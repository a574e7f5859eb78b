#!/usr/bin/env bash
# Write requirements-lock.txt: the exact version of every package Carnet, its tests and its
# installers use, for Linux, Windows and macOS at once (uv's universal resolution writes the
# markers, e.g. colorama on Windows only). CI and the installers install through it
# (PIP_CONSTRAINT); a newcomer's `pip install -e .` does not need it.
#
#     pip install uv && bash packaging/refresh_lock.sh [--upgrade-package NAME]
#
# Without arguments every package moves to its newest version that pyproject.toml allows.
set -euo pipefail
cd "$(dirname "$0")/.."
upgrade=("$@")
[ ${#upgrade[@]} -gt 0 ] || upgrade=(--upgrade)
uv pip compile pyproject.toml --universal --python-version 3.11 --extra test --extra build \
    --custom-compile-command "bash packaging/refresh_lock.sh" --quiet "${upgrade[@]}" \
    --output-file requirements-lock.txt
