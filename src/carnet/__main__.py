import sys

from carnet.app import main

sys.exit(main())
