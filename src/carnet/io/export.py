"""Carnet's people out: a CSV file for Excel and a vCard 4.0 file for address books.

CSV: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the system's 8-bit encoding
and breaks every accent), ";" by default because Excel splits on ";" wherever the decimal point
is a comma (French, Belgian, Swiss, Canadian French systems: Carnet's users), "," on request.
A cell that begins with = + - @ |, a tab or a carriage return is prefixed with a quote, so that a
spreadsheet shows it as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import vobject
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from carnet.domain.enums import ContactPointKind
from carnet.domain.models import Introduction, Organization, Person
from carnet.io import carnet_csv
from carnet.io.errors import CANNOT_WRITE, ImportFileError

FORMULA_STARTS = carnet_csv.FORMULA_STARTS

CSV_COLUMNS = tuple((field, header) for field, header, _others in carnet_csv.COLUMNS)


@dataclass(frozen=True)
class ExportedPerson:
    first_name: str
    last_name: str
    organization: str
    job_title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    city: str
    linkedin_url: str
    status: str
    introduced_by: str
    source: str
    connected_on: dt.date | None
    background: str

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def people_to_export(session: Session) -> list[ExportedPerson]:
    connector = aliased(Person)
    query = (
        select(Person, Organization.name, connector.first_name, connector.last_name)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .outerjoin(
            Introduction, (Introduction.introduced_id == Person.id) & Introduction.is_primary
        )
        .outerjoin(connector, connector.id == Introduction.connector_id)
        .options(selectinload(Person.contact_points))
        .order_by(func.fold(Person.last_name), func.fold(Person.first_name), Person.id)
    )
    return [
        ExportedPerson(
            first_name=person.first_name,
            last_name=person.last_name,
            organization=organization or "",
            job_title=person.job_title,
            emails=tuple(
                p.value for p in person.contact_points if p.kind == ContactPointKind.EMAIL
            ),
            phones=tuple(
                p.value for p in person.contact_points if p.kind == ContactPointKind.PHONE
            ),
            city=person.city,
            linkedin_url=person.linkedin_url,
            status=str(person.status),
            introduced_by=" ".join(p for p in (first or "", last or "") if p),
            source=person.source,
            connected_on=person.connected_on,
            background=person.background,
        )
        for person, organization, first, last in session.execute(query)
    ]


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula.

    Spreadsheets also run a formula behind invisible characters (a zero-width space, a byte
    order mark) or spaces, or written with a full-width sign (＝, ＋): the first visible
    character is compared in its NFKC form.
    """
    visible = "".join(ch for ch in cell[:64] if unicodedata.category(ch) != "Cf").lstrip()
    first = unicodedata.normalize("NFKC", visible[:1])
    if cell.startswith(FORMULA_STARTS) or first.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def write_csv(
    people: list[ExportedPerson],
    target: Path,
    *,
    delimiter: str = ";",
    translate: Callable[[str], str] = lambda text: text,
) -> None:
    """Headers and statuses in the language of ``translate`` (context ``Export``): a French
    window writes "Prénom;Nom;…;Statut", "À contacter"; Carnet reads both back (carnet_csv)."""

    def cells(person: ExportedPerson) -> list[str]:
        values = {
            "emails": ", ".join(person.emails),
            "phones": ", ".join(person.phones),
            "status": translate(carnet_csv.STATUSES[person.status][0])
            if person.status in carnet_csv.STATUSES
            else person.status,
            "connected_on": person.connected_on.isoformat() if person.connected_on else "",
            "source": translate(carnet_csv.SOURCES[person.source])
            if person.source in carnet_csv.SOURCES
            else person.source,
        }
        return [
            neutralise(str(values.get(key, getattr(person, key, "")))) for key, _ in CSV_COLUMNS
        ]

    def write(handle: TextIO) -> None:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([neutralise(translate(title)) for _, title in CSV_COLUMNS])
        writer.writerows(cells(person) for person in people)

    _write_atomically(target, write, encoding="utf-8-sig")


def write_vcard(people: list[ExportedPerson], target: Path) -> None:
    """vCard 4.0 (RFC 6350), one card per person, in UTF-8 with CRLF line ends."""

    def write(handle: TextIO) -> None:
        for person in people:
            handle.write(vcard_of(person).serialize())

    _write_atomically(target, write, encoding="utf-8")


def vcard_of(person: ExportedPerson) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = person.full_name
    card.add("n").value = vobject.vcard.Name(family=person.last_name, given=person.first_name)
    if person.organization:
        card.add("org").value = [person.organization]
    if person.job_title:
        card.add("title").value = person.job_title
    for email in person.emails:
        card.add("email").value = email
    for phone in person.phones:
        card.add("tel").value = phone
    if person.linkedin_url:
        url = card.add("url")
        url.value = person.linkedin_url
        url.params["TYPE"] = ["linkedin"]
    if person.city:
        card.add("adr").value = vobject.vcard.Address(city=person.city)
    if person.background:
        card.add("note").value = person.background
    return card


def _write_atomically(target: Path, write: Callable[[TextIO], None], encoding: str) -> None:
    """Write next to ``target`` then rename, so a failure never leaves half a file behind."""
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding=encoding, newline="") as handle:
            write(handle)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ImportFileError(target, CANNOT_WRITE, detail=error.strerror or str(error)) from error
