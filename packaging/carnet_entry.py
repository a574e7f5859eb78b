"""Entry point of the frozen application (PyInstaller starts this script)."""

import sys

from carnet.app import main

if __name__ == "__main__":
    sys.exit(main())
