#!/usr/bin/env bash
# Build Carnet for Linux: the frozen app (PyInstaller, one folder), a .deb and a .tar.gz.
#
#     bash packaging/linux/build.sh [--skip-freeze]
#
# Run from a virtual environment where Carnet and PyInstaller are installed. Outputs go to dist/:
# dist/carnet/ (the frozen app), dist/carnet_<version>_<arch>.deb, dist/carnet-<version>-linux-<arch>.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
python=${PYTHON:-python}

version=$("$python" -c 'import carnet; print(carnet.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)

if [ "${1:-}" != "--skip-freeze" ]; then
    "$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
        packaging/carnet.spec
fi
[ -x dist/carnet/carnet ] || { echo "dist/carnet/carnet is missing: freeze first" >&2; exit 1; }
# How to make a USB-stick copy (portable mode), beside the program, in French and English.
install -m 644 packaging/portable/LISEZ-MOI-portable.txt packaging/portable/README-portable.txt dist/carnet/

# .deb: the app in /opt/carnet, a launcher on the PATH, a desktop entry and icons.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/DEBIAN" "$staging/opt" "$staging/usr/bin" "$staging/usr/share/applications"
cp -a dist/carnet "$staging/opt/carnet"
ln -s /opt/carnet/carnet "$staging/usr/bin/carnet"
install -m 644 packaging/linux/carnet.desktop "$staging/usr/share/applications/carnet.desktop"
for size in 16 24 32 48 64 128 256 512; do
    folder="$staging/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$folder"
    install -m 644 "resources/icons/carnet-$size.png" "$folder/carnet.png"
done
mkdir -p "$staging/usr/share/icons/hicolor/scalable/apps"
install -m 644 resources/icons/carnet.svg "$staging/usr/share/icons/hicolor/scalable/apps/carnet.svg"
installed_kb=$(du -sk "$staging" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$installed_kb/" \
    packaging/linux/control.in > "$staging/DEBIAN/control"
find "$staging" -type d -exec chmod 755 {} +
deb="dist/carnet_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$staging" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"

tarball="dist/carnet-${version}-linux-${arch}.tar.gz"
tar -C dist -czf "$tarball" carnet
echo "built $tarball ($(du -h "$tarball" | cut -f1))"
cd "$root"
