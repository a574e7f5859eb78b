"""Render the application icon from resources/icons/carnet.svg into every size each system wants.

    python packaging/make_icons.py

Writes resources/icons/carnet-<size>.png (16 … 1024), carnet.ico (Windows) and carnet.icns
(macOS). Qt renders the SVG; Pillow writes the ICO and ICNS containers, which Qt cannot. The
outputs are committed, so building an installer needs neither tool.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render_pngs() -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "carnet.svg"))
    written = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"carnet-{size}.png"
        image.save(str(path))
        written[size] = path
    return written


def main() -> None:
    pngs = render_pngs()
    largest = Image.open(pngs[1024])
    largest.save(ICONS / "carnet.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "carnet.icns")
    print(f"icons written to {ICONS}")


if __name__ == "__main__":
    main()
