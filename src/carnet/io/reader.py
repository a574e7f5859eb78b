"""Open any contacts file the user hands Carnet and read it with the right importer."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from carnet.io.csv_contacts import parse_csv
from carnet.io.errors import BACKUP_NOT_CONTACTS, BAD_ZIP, NO_CONNECTIONS, ImportFileError
from carnet.io.rows import ParsedFile
from carnet.io.textfile import MAX_BYTES, check_size, decode, is_utf16, read_bytes
from carnet.io.vcard import looks_like_vcard, parse_vcard, parse_vcard_bytes
from carnet.io.zipcap import TooLarge, copy_member, member_cap

ZIP_MAGIC = b"PK\x03\x04"


def read_contacts_file(path: str | Path, columns: dict[str, str] | None = None) -> ParsedFile:
    """The contacts in ``path``; raises ImportFileError with a message naming the file.

    ``columns``: the user's reading of a CSV layout Carnet does not know (``csv_contacts``)."""
    path = Path(path)
    return parse_bytes(read_bytes(path), path, columns)


def parse_bytes(data: bytes, path: Path, columns: dict[str, str] | None = None) -> ParsedFile:
    if data.startswith(ZIP_MAGIC):
        data = _connections_from_zip(data, path)
    # An 8-bit vCard is read from its bytes: each of its values may declare its own encoding.
    if not is_utf16(data) and looks_like_vcard(data):
        return parse_vcard_bytes(data, path)
    text, encoding = decode(data, path)
    if path.suffix.lower() in (".vcf", ".vcard") or _begins_a_card(text):
        return parse_vcard(text, path, encoding)
    return parse_csv(text, path, encoding, columns)


def _begins_a_card(text: str) -> bool:
    return looks_like_vcard(text[:100_000].encode("utf-8", "replace"))


def _connections_from_zip(data: bytes, path: Path) -> bytes:
    """LinkedIn's export zip: the bytes of its Connections.csv."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "manifest.json" in names and "carnet.sqlite3" in names:
                raise ImportFileError(path, BACKUP_NOT_CONTACTS)
            member = next(
                (info for info in archive.infolist() if _is_connections(info.filename)), None
            )
            if member is None:
                raise ImportFileError(path, NO_CONNECTIONS)
            check_size(path, member.file_size)
            connections = io.BytesIO()
            copy_member(archive, member, connections, member_cap(len(data), MAX_BYTES))
            return connections.getvalue()
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, TooLarge) as error:
        raise ImportFileError(path, BAD_ZIP) from error
    except (NotImplementedError, RuntimeError) as error:  # unknown compression, encrypted
        raise ImportFileError(path, BAD_ZIP) from error


def _is_connections(name: str) -> bool:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower() == "connections.csv"
