#!/usr/bin/env bash
# Compile the Windows installer script against a stand-in payload, to catch script errors here;
# the real payload is built on a Windows runner (.github/workflows/release.yml).
set -euo pipefail
cd "$(dirname "$0")/../windows"
payload=$(mktemp -d)
trap 'rm -rf "$payload"' EXIT
mkdir -p "$payload/_internal"
echo "stand-in for the frozen Carnet" > "$payload/carnet.exe"
echo "stand-in" > "$payload/_internal/base_library.zip"
makensis -V2 -WX -DVERSION=0.1.0 -DPAYLOAD="$payload" -DOUTFILE="$payload/Carnet-setup.exe" carnet.nsi
[ -s "$payload/Carnet-setup.exe" ]
echo "carnet.nsi compiles"
