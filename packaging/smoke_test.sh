#!/usr/bin/env bash
# Smoke-test a built Carnet: the frozen folder, or a .deb installed into a temporary root.
#
#     bash packaging/smoke_test.sh dist/carnet/carnet
#     bash packaging/smoke_test.sh dist/carnet_0.1.0_amd64.deb
set -euo pipefail
target=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$target" in
    *.deb)
        dpkg-deb -x "$target" "$work/root"
        [ -L "$work/root/usr/bin/carnet" ] || { echo "no carnet launcher in /usr/bin" >&2; exit 1; }
        [ -f "$work/root/usr/share/applications/carnet.desktop" ] || { echo "no desktop entry" >&2; exit 1; }
        if command -v desktop-file-validate >/dev/null; then
            desktop-file-validate "$work/root/usr/share/applications/carnet.desktop"
        fi
        binary="$work/root/opt/carnet/carnet"
        ;;
    *) binary=$target ;;
esac

out=$("$binary" --smoke-test --data-dir "$work/data")
echo "$out"
case "$out" in "carnet smoke test ok"*) ;; *) echo "unexpected smoke test output" >&2; exit 1 ;; esac
# A second start opens (and does not re-create) the same database.
"$binary" --smoke-test --data-dir "$work/data" >/dev/null
[ -f "$work/data/carnet.sqlite3" ]
echo "smoke test passed: $target"
