"""Whatever bytes come in, every parser returns rows or raises ImportFileError, nothing else."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet.io.errors import ImportFileError
from carnet.io.reader import parse_bytes
from carnet.io.rows import ParsedFile, parse_date
from tests.io.samples import SAMPLES

FUZZ = settings(
    max_examples=int(os.environ.get("CARNET_FUZZ_EXAMPLES", "150")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SAMPLE_LINES = sorted(
    {
        line
        for path in SAMPLES.rglob("*")
        if path.suffix in (".csv", ".vcf")
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines()
    }
)
NAMES = st.sampled_from(["contacts.csv", "contacts.vcf", "Connections.csv", "export.txt"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])


def read(data: bytes, name: str) -> ParsedFile | None:
    try:
        parsed = parse_bytes(data, Path(name))
    except ImportFileError as error:
        assert name in error.text()
        return None
    assert isinstance(parsed, ParsedFile)
    for row in parsed.rows:
        assert row.first_name or row.last_name
        assert row.line >= 1
    return parsed


@FUZZ
@given(data=st.binary(max_size=2000), name=NAMES)
def test_any_bytes(data: bytes, name: str):
    read(data, name)


# Lines of real exports, shuffled, cut, repeated and sprinkled with stray characters: these reach
# far deeper into the parsers than random bytes do.
mangled_line = st.one_of(
    st.sampled_from(SAMPLE_LINES),
    st.builds(lambda line, cut: line[:cut], st.sampled_from(SAMPLE_LINES), st.integers(0, 80)),
    st.text(
        alphabet=st.sampled_from(list(',;"\t=:\\ éÀ\x00\r\nBEGIN:VCARDEND;QUOTED-PRINTABLE')),
        max_size=40,
    ),
)


@FUZZ
@given(
    lines=st.lists(mangled_line, max_size=30),
    encoding=ENCODINGS,
    name=NAMES,
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_mangled_exports(lines: list[str], encoding: str, name: str, ending: str):
    text = ending.join(lines)
    read(text.encode(encoding, errors="replace"), name)


@FUZZ
@given(
    cards=st.lists(
        st.lists(st.sampled_from([line for line in SAMPLE_LINES if ":" in line]), max_size=8),
        max_size=5,
    ),
    close=st.booleans(),
)
def test_mangled_vcards(cards: list[list[str]], close: bool):
    text = "".join(
        "BEGIN:VCARD\r\n" + "\r\n".join(lines) + ("\r\nEND:VCARD\r\n" if close else "\r\n")
        for lines in cards
    )
    read(text.encode("utf-8"), "contacts.vcf")


@FUZZ
@given(
    members=st.dictionaries(
        st.sampled_from(["Connections.csv", "a/Connections.csv", "x.csv"]),
        st.binary(max_size=300),
        max_size=3,
    )
)
def test_zips(members: dict[str, bytes]):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    read(buffer.getvalue(), "export.zip")


@FUZZ
@given(text=st.text(max_size=30))
def test_dates(text: str):
    assert parse_date(text) is None or isinstance(parse_date(text), dt.date)


# Whole valid files, mutated: bytes cut out, repeated, replaced or inserted. The import either
# writes people whose cards the editor accepts as they are, or refuses with its own message and
# leaves the database as it was.
VALID_FILES = sorted(
    path
    for folder in ("linkedin", "google", "outlook", "vcard", "thunderbird", "other")
    for path in (SAMPLES / folder).iterdir()
    if path.suffix in (".csv", ".vcf", ".txt")
)


@st.composite
def mutated_file(draw) -> tuple[str, bytes]:
    path = draw(st.sampled_from(VALID_FILES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 40)))
        kind = draw(st.sampled_from(["cut", "repeat", "replace", "insert"]))
        if kind == "cut":
            del data[start:end]
        elif kind == "repeat":
            data[start:start] = data[start:end]
        else:
            noise = draw(
                st.one_of(
                    st.binary(max_size=12),
                    st.sampled_from(
                        [b",", b";", b'"', b"\r\n", b"\n ", b"=", b"\\", b":", b"\x00", b"\xff"]
                    ),
                )
            )
            data[start : end if kind == "replace" else start] = noise
    return path.name, bytes(data)


@settings(
    FUZZ,
    max_examples=int(os.environ.get("CARNET_FUZZ_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(file=mutated_file())
def test_mutated_files_import_whole_or_not_at_all(database, tmp_path: Path, file):
    from sqlalchemy import select

    from carnet.domain.models import Person
    from carnet.domain.people import load_draft
    from tests.io.samples import contents, import_into

    name, data = file
    path = tmp_path / name
    path.write_bytes(data)
    before = contents(database.path)
    with database.reading() as session:
        known = set(session.scalars(select(Person.id)))
    try:
        import_into(database, path)
    except ImportFileError as error:
        assert name in error.text()
        assert contents(database.path) == before
        return
    with database.reading() as session:
        for person_id in set(session.scalars(select(Person.id))) - known:
            load_draft(session, person_id).cleaned()  # raises if a rule is broken
