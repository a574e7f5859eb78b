"""Probe: Carnet's start-up with its look (``dressed``) or without it (``plain``).

    python startup_look.py plain|dressed|unstyled|no-icons --data-dir DIR

``plain`` starts Carnet exactly as ``python -m carnet`` does, except that the theme (palette and
stylesheet) is not installed and ``carnet.ui.icons`` is replaced by a module whose icons are empty
(so neither QtSvg nor the SVG files are loaded), so that ``run.py`` can measure what the style and
the icons cost (``unstyled`` and ``no-icons`` leave out one of the two). Prints Carnet's
start-up markers (``CARNET_REPORT_STARTUP``).
"""

import sys
import types

if sys.argv[1] in ("plain", "unstyled"):
    from carnet.ui import theme

    theme.install = lambda app: None
if sys.argv[1] in ("plain", "no-icons"):
    from PySide6.QtGui import QIcon

    no_icons = types.ModuleType("carnet.ui.icons")
    no_icons.icon = lambda *args, **kwargs: QIcon()
    sys.modules["carnet.ui.icons"] = no_icons

from carnet.app import main  # noqa: E402  (after the patch: the views import ``icon`` by name)

if __name__ == "__main__":
    sys.exit(main(sys.argv[2:]))
