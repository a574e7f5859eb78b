"""Read a file's bytes within limits and turn them into text, whatever the encoding.

Contacts files come as UTF-8 with or without a byte order mark, UTF-16 (older Google and Outlook
exports) or Windows-1252 (Excel and Outlook on a French Windows). The rule is a BOM if there is
one, UTF-16 when every other byte is zero, UTF-8 when the bytes are valid UTF-8 (text in another
8-bit encoding almost never is), else Windows-1252. A statistical detector was tried and lost:
on short French texts it takes Windows-1252 for Central European Windows-1250 and turns "è"
into "č".
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from carnet.io.errors import EMPTY_FILE, NOT_TEXT, TOO_LARGE, UNREADABLE, ImportFileError

MAX_BYTES = 100 * 1024 * 1024


def check_size(path: Path, size: int) -> None:
    if size > MAX_BYTES:
        raise ImportFileError(
            path, TOO_LARGE, size=round(size / 1024 / 1024), limit=MAX_BYTES // 1024 // 1024
        )


def read_bytes(path: Path) -> bytes:
    try:
        check_size(path, path.stat().st_size)
        return path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, UNREADABLE, detail=error.strerror or str(error)) from error


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding; refuses empty and binary files."""
    encoding = _encoding_of(data)
    try:
        text = _decode_in_steps(data, encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ImportFileError(path, NOT_TEXT) from None
        try:
            encoding, text = "cp1252", _decode_in_steps(data, "cp1252")
        except UnicodeDecodeError:
            encoding = "latin-1"  # the five bytes Windows-1252 leaves undefined
            text = _decode_in_steps(data, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise ImportFileError(path, EMPTY_FILE)
    if not _looks_like_text(text):
        raise ImportFileError(path, NOT_TEXT)
    return text, encoding


def _decode_in_steps(data: bytes, encoding: str, step: int = 1 << 20) -> str:
    """Decode a megabyte at a time: one call on a large file would hold the interpreter's lock
    long enough to freeze the window while a background thread imports it."""
    decoder = codecs.getincrementaldecoder(encoding)()
    parts = [decoder.decode(data[start : start + step]) for start in range(0, len(data), step)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def is_utf16(data: bytes) -> bool:
    return _encoding_of(data).startswith("utf-16")


def _encoding_of(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if len(sample) >= 4:
        odd_zeros = sample[1::2].count(0) / (len(sample) // 2)
        even_zeros = sample[0::2].count(0) / ((len(sample) + 1) // 2)
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return "utf-16-le"
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return "utf-16-be"
    return "utf-8"  # and Windows-1252 if the bytes are not valid UTF-8


def _looks_like_text(text: str) -> bool:
    """False when control characters (other than tabs and line ends) are more than rare."""
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if ch not in "\t\r\n\f\v" and unicodedata.category(ch) in ("Cc", "Cs")
    )
    return "\x00" not in sample and controls <= max(2, len(sample) // 1000)
