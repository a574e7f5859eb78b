"""Reading one member of a zip as a stream, with hard caps whatever the zip's headers say.

A zip's headers state each member's size, and a hostile one lies: a few megabytes can inflate to
gigabytes. The member is therefore decompressed block by block, counting what actually comes
out, and refused as soon as it passes ``limit`` bytes or, beyond a small allowance, ``MAX_RATIO``
times the size of the whole zip file.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

BLOCK = 1 << 16
MAX_RATIO = 20  # Carnet's backups and LinkedIn's exports inflate far less than this
RATIO_ALLOWANCE = 8 * 1024 * 1024  # small members may compress better: never refused below this


class TooLarge(Exception):
    """The member inflates past its cap; nothing more of it was read."""


def member_cap(compressed_file_size: int, limit: int) -> int:
    return min(limit, max(RATIO_ALLOWANCE, MAX_RATIO * compressed_file_size))


def copy_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, target: BinaryIO, cap: int
) -> int:
    """Copy ``member`` into ``target``; raise ``TooLarge`` past ``cap`` bytes. Bytes copied."""
    if member.file_size > cap:
        raise TooLarge(member.filename)
    copied = 0
    with archive.open(member) as source:
        while block := source.read(BLOCK):
            copied += len(block)
            if copied > cap:
                raise TooLarge(member.filename)
            target.write(block)
    return copied
