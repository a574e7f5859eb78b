#!/usr/bin/env bash
# Build Carnet for macOS: Carnet.app (PyInstaller, from packaging/carnet.spec) and a .dmg.
#
#     bash packaging/macos/build.sh
#
# Signing and notarisation run only when their variables are set, so the same script makes
# unsigned test builds and signed releases:
#   CARNET_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" (also read by the spec)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  for notarytool
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python}
version=$("$python" -c 'import carnet; print(carnet.__version__)')

"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/carnet.spec
app="dist/Carnet.app"

# Localised bundle names, so Finder offers the app in French and English.
for lang in fr en; do
    mkdir -p "$app/Contents/Resources/$lang.lproj"
    printf 'CFBundleName = "Carnet";\nCFBundleDisplayName = "Carnet";\n' \
        > "$app/Contents/Resources/$lang.lproj/InfoPlist.strings"
done

if [ -n "${CARNET_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        ${CARNET_ENTITLEMENTS:+--entitlements "$CARNET_ENTITLEMENTS"} \
        --sign "$CARNET_CODESIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
fi

dmg="dist/Carnet-$version.dmg"
"$python" -m dmgbuild -s packaging/macos/dmg_settings.py -D app="$app" "Carnet" "$dmg"

if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
fi
echo "built $dmg"
