"""Text helpers shared by search and duplicate detection.

``fold`` lives in the leaf module ``carnet.text`` (the database layer needs it too); it is
imported here so that the domain and the importers keep one place to take it from.
"""

from __future__ import annotations

from carnet.text import fold

__all__ = ["fold"]
