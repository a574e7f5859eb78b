#!/usr/bin/env bash
# Installing writes nothing into the source tree, and the wheel holds what the app needs and
# nothing else (no translation sources, no developer script, no tests, no installer icons).
#
#     PYTHON=.venv/bin/python bash packaging/ci/check_wheel.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python}

# setuptools' own metadata folder (src/carnet.egg-info, ignored by git) is the one exception.
marker=$(mktemp)
wheels=$(mktemp -d)
trap 'rm -rf "$marker" "$wheels"' EXIT
sleep 1  # file times are compared to the second on some file systems
"$python" -m pip install -q -e .
written=$(find src resources -type f -newer "$marker" ! -path '*.egg-info/*' ! -path '*/__pycache__/*')
[ -z "$written" ] || { printf 'pip install -e . wrote into the source tree:\n%s\n' "$written" >&2; exit 1; }

# The wheel is built from a copy of the files git knows (committed or not, never ignored), so
# that a stale build/ folder left by an earlier build cannot slip old files into it.
mkdir "$wheels/source"
git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - | tar -xf - -C "$wheels/source"
"$python" -m pip wheel -q --no-deps --wheel-dir "$wheels" "$wheels/source"
"$python" - "$wheels"/carnet-*.whl <<'PY'
import sys
import zipfile

names = set(zipfile.ZipFile(sys.argv[1]).namelist())
needed = {
    "carnet/app.py",
    "carnet/db/migrations/env.py",
    "carnet/db/migrations/script.py.mako",
    "carnet/db/migrations/versions/0001_initial_schema.py",
    "carnet/resources/icons/carnet.svg",
    "carnet/resources/translations/carnet_fr.qm",
    "carnet/resources/translations/carnet_en.qm",
}
unwanted = [
    name
    for name in names
    if name.endswith((".ts", "update.py", "README.md", ".keep", ".png", ".ico", ".icns"))
    or name.startswith(("tests/", "resources/", "packaging/"))
]
missing = sorted(needed - names)
assert not missing, f"the wheel lacks {missing}"
assert not unwanted, f"the wheel ships {sorted(unwanted)}"
print(f"the wheel holds {len(names)} files, none for developers only")
PY
echo "pip install -e . leaves the source tree as it was"
