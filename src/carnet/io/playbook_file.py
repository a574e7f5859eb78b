"""A playbook file: the cards a coach hands to participants, as a small JSON file.

```json
{"format": "carnet-playbook", "version": 1,
 "cards": [{"situation": "send_cv"},
           {"situation": "resented_call", "title": "…", "body": "…"},
           {"title": "My own card", "body": "…"}]}
```

A built-in card without text is Carnet's wording, in each reader's language; with a text it is
the coach's. Reading checks everything before anything is written; a bad file names the problem.
"""

from __future__ import annotations

import json
from pathlib import Path

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.playbook import MAX_TITLE, PlaybookEntry, Situation
from carnet.io.errors import CANNOT_WRITE, UNREADABLE, ImportFileError

FORMAT = "carnet-playbook"
VERSION = 1
MAX_BYTES = 1024 * 1024
MAX_CARDS = 100
MAX_BODY = 20_000

NOT_A_PLAYBOOK = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The file {file} is not a playbook exported by Carnet. Ask for the file again, or choose "
    "another one. Your cards were left as they were.",
)
BAD_CARD = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "Card {number} of {file} has no title, or a text Carnet cannot read. Nothing was imported: "
    "your cards were left as they were.",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The file {file} is too big for a playbook (at most 100 cards and 1 MB). Nothing was "
    "imported: your cards were left as they were.",
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The playbook {file} was saved by a newer Carnet. Install the latest Carnet to import it.",
)


def write_playbook(path: Path, entries: list[PlaybookEntry]) -> None:
    cards = []
    for entry in entries:
        card: dict[str, str] = {}
        if entry.situation is not None:
            card["situation"] = entry.situation.value
        if entry.title is not None:
            card["title"] = entry.title
            card["body"] = entry.body or ""
        cards.append(card)
    text = json.dumps(
        {"format": FORMAT, "version": VERSION, "cards": cards}, ensure_ascii=False, indent=2
    )
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise ImportFileError(path, CANNOT_WRITE, detail=error.strerror or str(error)) from error


def read_playbook(path: Path) -> list[PlaybookEntry]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError(path, TOO_BIG)
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, UNREADABLE, detail=error.strerror or str(error)) from error
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ImportFileError(path, NOT_A_PLAYBOOK) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError(path, NOT_A_PLAYBOOK)
    version = document.get("version")
    if not isinstance(version, int):
        raise ImportFileError(path, NOT_A_PLAYBOOK)
    if version > VERSION:
        raise ImportFileError(path, TOO_NEW)
    cards = document.get("cards")
    if not isinstance(cards, list):
        raise ImportFileError(path, NOT_A_PLAYBOOK)
    if len(cards) > MAX_CARDS:
        raise ImportFileError(path, TOO_BIG)
    entries = []
    seen: set[Situation] = set()
    for number, card in enumerate(cards, start=1):
        entry = _entry(card)
        if entry is None or (entry.situation is not None and entry.situation in seen):
            raise ImportFileError(path, BAD_CARD, number=number)
        if entry.situation is not None:
            seen.add(entry.situation)
        entries.append(entry)
    return entries


def _entry(card: object) -> PlaybookEntry | None:
    if not isinstance(card, dict):
        return None
    situation = card.get("situation")
    title, body = card.get("title"), card.get("body", "")
    known = (
        Situation(situation)
        if isinstance(situation, str) and situation in Situation._value2member_map_
        else None
    )
    if situation is not None and known is None and title is None:
        return None  # a built-in card of a newer Carnet, with no text to show instead
    if title is None:
        return PlaybookEntry(known) if known is not None else None
    if not isinstance(title, str) or not isinstance(body, str):
        return None
    if not title.strip() or len(title) > MAX_TITLE or len(body) > MAX_BODY:
        return None
    if "\x00" in title or "\x00" in body:
        return None
    return PlaybookEntry(known, title.strip(), body)
