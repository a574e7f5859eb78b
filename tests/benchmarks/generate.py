"""Reproducible Carnet databases of any size, for the benchmarks.

The schema comes from the real start-up path (``open_database`` runs the migrations); the rows are
then bulk inserted with ``sqlite3`` ``executemany`` in one transaction, so that 100,000 people and
300,000 notes take seconds rather than minutes. The same arguments always give the same rows: all
randomness comes from one seeded ``random.Random`` and all dates from a fixed reference day.

Values are written the way SQLAlchemy stores them on SQLite: dates as ``YYYY-MM-DD``, date-times as
``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1 and enums as their short string values.

    python tests/benchmarks/generate.py OUT.sqlite3 --people 2000 --seed 1 [--notes 6000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from carnet.db.store import open_database
from carnet.domain.enums import (
    ContactStatus,
    InteractionKind,
    IntroductionStatus,
    NoteKind,
    Outcome,
    Permission,
    Warmth,
)

# Every generated date lies in the two years before this day, whatever today is.
REFERENCE_DAY = dt.date(2026, 1, 1)
SPAN_DAYS = 730

FIRST_NAMES = (
    "Adèle",
    "Agathe",
    "Alain",
    "Alice",
    "Amélie",
    "Anaïs",
    "André",
    "Antoine",
    "Arnaud",
    "Aurélie",
    "Baptiste",
    "Béatrice",
    "Benoît",
    "Bernard",
    "Brigitte",
    "Camille",
    "Capucine",
    "Caroline",
    "Cécile",
    "Céline",
    "Charles",
    "Chloé",
    "Christophe",
    "Claire",
    "Clément",
    "Colette",
    "Corentin",
    "Damien",
    "Delphine",
    "Denis",
    "Dominique",
    "Édith",
    "Élise",
    "Élodie",
    "Émile",
    "Emma",
    "Éric",
    "Étienne",
    "Fabien",
    "Fabienne",
    "Florence",
    "François",
    "Françoise",
    "Frédéric",
    "Gaëlle",
    "Gaspard",
    "Geneviève",
    "Georges",
    "Gérard",
    "Guillaume",
    "Hélène",
    "Henri",
    "Hugo",
    "Inès",
    "Isabelle",
    "Jacques",
    "Jeanne",
    "Jérôme",
    "Joël",
    "Josiane",
    "Julien",
    "Juliette",
    "Laetitia",
    "Laure",
    "Léa",
    "Léon",
    "Lucie",
    "Louis",
    "Madeleine",
    "Manon",
    "Marc",
    "Margaux",
    "Marie",
    "Martine",
    "Mathieu",
    "Maxime",
    "Mélanie",
    "Michel",
    "Mireille",
    "Nathalie",
    "Nicolas",
    "Noémie",
    "Océane",
    "Olivier",
    "Pascal",
    "Patrice",
    "Paul",
    "Pauline",
    "Philippe",
    "Pierre",
    "Raphaël",
    "Régis",
    "Renée",
    "Romain",
    "Sabine",
    "Samuel",
    "Sandrine",
    "Sébastien",
    "Solène",
    "Sophie",
    "Stéphane",
    "Suzanne",
    "Sylvie",
    "Thérèse",
    "Thibault",
    "Thomas",
    "Valérie",
    "Victor",
    "Vincent",
    "Virginie",
    "Yann",
    "Yves",
    "Zoé",
)

LAST_NAMES = (
    "Aubert",
    "Barbier",
    "Baron",
    "Benoît",
    "Bertrand",
    "Blanc",
    "Boucher",
    "Bourgeois",
    "Boyer",
    "Brun",
    "Carpentier",
    "Caron",
    "Chevalier",
    "Clément",
    "Colin",
    "Dubois",
    "Dufour",
    "Dumas",
    "Dupont",
    "Durand",
    "Fabre",
    "Faure",
    "Fleury",
    "Fontaine",
    "Fournier",
    "François",
    "Gaillard",
    "Garnier",
    "Gauthier",
    "Gérard",
    "Girard",
    "Guérin",
    "Guillaume",
    "Henry",
    "Hubert",
    "Jacob",
    "Joly",
    "Lacroix",
    "Lambert",
    "Laurent",
    "Lebrun",
    "Leclerc",
    "Lefèbvre",
    "Lefèvre",
    "Legrand",
    "Lemaire",
    "Lemoine",
    "Leroy",
    "Lucas",
    "Marchand",
    "Martin",
    "Masson",
    "Mathieu",
    "Mercier",
    "Meunier",
    "Michel",
    "Morel",
    "Moulin",
    "Muller",
    "Nicolas",
    "Noël",
    "Perrin",
    "Petit",
    "Picard",
    "Renard",
    "Robert",
    "Robin",
    "Roche",
    "Rousseau",
    "Roussel",
    "Roux",
    "Simon",
    "Thomas",
    "Vidal",
    "Vincent",
    "Château-Dupré",
    "de la Fontaine",
    "d'Arvieux",
    "Le Goff",
    "Ngoumou",
    "Nguyen",
    "Bensaïd",
    "Haddad",
    "Kowalski",
    "Oliveira",
)

JOB_TITLES = (
    "Directrice des ressources humaines",
    "Directeur technique",
    "Responsable recrutement",
    "Cheffe de projet",
    "Chef de produit",
    "Ingénieure logiciel",
    "Ingénieur d'affaires",
    "Consultante senior",
    "Responsable RSE",
    "Directeur financier",
    "Chargée de mission",
    "Office manager",
    "Product owner",
    "Data scientist",
    "Architecte SI",
    "Directrice générale",
    "Responsable marketing",
    "Juriste",
    "Acheteur",
    "Contrôleuse de gestion",
    "",
)

CITIES = (
    "Paris",
    "Lyon",
    "Marseille",
    "Toulouse",
    "Nantes",
    "Bordeaux",
    "Lille",
    "Rennes",
    "Strasbourg",
    "Grenoble",
    "Montpellier",
    "Nice",
    "Angers",
    "Dijon",
    "Saint-Étienne",
    "",
)

ORG_PREFIXES = (
    "Groupe",
    "Atelier",
    "Banque",
    "Cabinet",
    "Compagnie",
    "Conseil",
    "Crédit",
    "Institut",
    "Laboratoire",
    "Maison",
    "Société",
    "Studio",
    "Agence",
    "Fondation",
    "Coopérative",
    "Éditions",
    "Transports",
    "Assurances",
)

ORG_CORES = (
    "Lumière",
    "Horizon",
    "Azur",
    "Boréal",
    "Cèdre",
    "Étoile",
    "Granit",
    "Hermine",
    "Iris",
    "Jade",
    "Lavande",
    "Mistral",
    "Nacre",
    "Opale",
    "Quartz",
    "Rivage",
    "Saphir",
    "Tilleul",
    "Vermeil",
    "Zéphyr",
    "Alpin",
    "Carmin",
    "Oréade",
    "Pivoine",
)

ORG_SUFFIXES = ("", " SA", " SAS", " & Associés", " France", " Industries", " Numérique")

SECTORS = (
    "Banque",
    "Assurance",
    "Industrie",
    "Énergie",
    "Santé",
    "Numérique",
    "Conseil",
    "Distribution",
    "Transport",
    "Édition",
    "Public",
    "",
)

TAGS = (
    "alumni",
    "ancien collègue",
    "bienveillant",
    "décideur",
    "recruteur",
    "réseau pro",
    "à relancer",
    "salon",
    "famille",
    "association",
    "mentor",
    "tech",
)

# Note bodies are made of whole sentences picked from this pool: fast, and realistic enough for
# search and excerpts.
SENTENCES = (
    "Elle nous a conseillé de contacter son ancien manager chez le client.",
    "Le poste ouvre au printemps, budget validé, équipe de huit personnes.",
    "Rappeler jeudi pour confirmer le déjeuner et envoyer le CV mis à jour.",
    "Très bon accueil, il connaît bien le secteur de l'énergie et ses acteurs.",
    "Piste intéressante mais réorganisation en cours, attendre la rentrée.",
    "Il propose de me présenter à la directrice financière de la filiale.",
    "Préparer trois questions précises sur la transformation numérique.",
    "Échange chaleureux, parcours atypique : ingénieur, puis commerce, puis RH.",
    "Envoyer un mot de remerciement et le lien vers l'article évoqué.",
    "L'entreprise recrute surtout par cooptation, le réseau est indispensable.",
    "Pas de poste ouvert, mais intéressée par mon profil pour l'an prochain.",
    "À noter : salon professionnel à Lyon en mars, elle y tiendra un stand.",
)

NOTE_TITLES = (
    "Déjeuner",
    "Appel",
    "Café",
    "Entretien réseau",
    "Préparation d'appel",
    "Visio",
    "Journal",
    "Point entreprise",
    "Salon",
    "Relance",
)


@dataclass(frozen=True)
class GeneratedCounts:
    organizations: int
    people: int
    contact_points: int
    introductions: int
    interactions: int
    notes: int
    note_links: int
    tags: int
    tag_links: int
    follow_ups: int
    seconds: float


_DAYS = [(REFERENCE_DAY - dt.timedelta(days=offset)).isoformat() for offset in range(SPAN_DAYS)]
_TIMES = [f"{minute // 60:02d}:{minute % 60:02d}:00.000000" for minute in range(24 * 60)]


def _date(day_offset: int) -> str:
    return _DAYS[day_offset]


def _datetime(day_offset: int, minute_of_day: int) -> str:
    return f"{_DAYS[day_offset]} {_TIMES[minute_of_day]}"


def _ascii(text: str) -> str:
    table = str.maketrans("àâäçéèêëîïôöùûüÿœæ", "aaaceeeeiioouuuyoa")
    return "".join(c for c in text.lower().translate(table) if c.isalnum())


def _organization_names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    combos = [
        f"{p} {c}{s}" for p in ORG_PREFIXES for c in ORG_CORES for s in ORG_SUFFIXES
    ]  # about 3,000 distinct names before numbering
    rng.shuffle(combos)
    for i in range(count):
        name = combos[i % len(combos)]
        if i >= len(combos):
            name = f"{name} {i // len(combos) + 1}"
        if name.lower() in seen:  # cannot happen with the lists above, but stay unique
            name = f"{name} ({i})"
        seen.add(name.lower())
        names.append(name)
    return names


def _organization_rows(rng: random.Random, names: list[str]) -> Iterator[tuple]:
    for i, name in enumerate(names, start=1):
        is_target = rng.random() < 0.15
        yield (
            i,
            name,
            int(is_target),
            rng.randint(1, 5) if is_target else None,
            rng.choice(SECTORS),
            f"https://www.{_ascii(name)[:40]}.fr" if rng.random() < 0.6 else "",
            "",
            _datetime(rng.randrange(SPAN_DAYS), rng.randrange(8 * 60, 20 * 60)),
        )


def generate(
    path: Path,
    people: int,
    seed: int = 1,
    organizations: int | None = None,
    notes: int = 0,
    *,
    interactions: int | None = None,
    introduced_share: float = 0.6,
    tagged_share: float = 0.3,
    follow_ups: int = 0,
    overwrite: bool = False,
) -> GeneratedCounts:
    """Create a migrated Carnet database at ``path`` filled with seeded, French-ish data.

    ``organizations`` defaults to one per 20 people; ``interactions`` to one per person. About
    ``introduced_share`` of the people get one primary introduction from an earlier person (so the
    referral graph is a forest, never a cycle). Each note is linked to one to three people.
    ``follow_ups`` (drawn last, so that the other rows stay the same for a seed) are due within
    a month before or after the reference day; a third of the past ones are done.
    """
    started = time.perf_counter()
    path = Path(path)
    if people < 0 or notes < 0 or follow_ups < 0:
        raise ValueError("counts cannot be negative")
    if path.exists():
        if not overwrite:
            raise FileExistsError(path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)

    database = open_database(path, path.parent / "backups")  # runs the real migrations
    database.close()

    rng = random.Random(seed)
    org_count = max(1, people // 20) if organizations is None else organizations
    interaction_count = people if interactions is None else interactions

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA foreign_keys = OFF")  # ids are consistent by construction
        connection.execute("BEGIN")
        triggers = _suspend_person_index(connection)
        counts = _fill(
            connection,
            rng,
            people=people,
            org_count=org_count,
            note_count=notes,
            interaction_count=interaction_count,
            introduced_share=introduced_share,
            tagged_share=tagged_share,
            follow_up_count=follow_ups,
        )
        _rebuild_person_index(connection, triggers)
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()
    return GeneratedCounts(**counts, seconds=round(time.perf_counter() - started, 3))


def _suspend_person_index(connection: sqlite3.Connection) -> list[str]:
    """Drop the triggers that keep ``person_search`` right; returns their SQL to create them again.

    Each trigger rewrites a person's whole document (with the text of all their notes) at every
    linked insert: right for one edit, but hours for 300,000 notes. The bulk fill runs without
    them and the index is rebuilt once at the end, with the statement revision 0002 uses.
    """
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'person_search%'"
    ).fetchall()
    for name, _sql in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in triggers]


def _rebuild_person_index(connection: sqlite3.Connection, triggers: list[str]) -> None:
    revision = importlib.import_module(
        "carnet.db.migrations.versions.0002_search_playbook_settings"
    )
    (fill,) = [sql for sql in revision.SEARCH_INDEX if sql.startswith("INSERT INTO person_search")]
    connection.execute("DELETE FROM person_search")
    connection.execute(fill)
    for sql in triggers:
        connection.execute(sql)


def _fill(
    connection: sqlite3.Connection,
    rng: random.Random,
    *,
    people: int,
    org_count: int,
    note_count: int,
    interaction_count: int,
    introduced_share: float,
    tagged_share: float,
    follow_up_count: int = 0,
) -> dict[str, int]:
    execute_many = connection.executemany

    connection.execute(
        "INSERT INTO profile (id, name, target_role, sectors, pitch, precise_ask, weekly_goal)"
        " VALUES (1, 'Camille Benchmark', 'Directrice de projet', 'Énergie, Numérique',"
        " 'Vingt ans de projets industriels.', 'Qui connaissez-vous chez un énergéticien ?', 5)"
    )

    org_names = _organization_names(rng, org_count)
    execute_many(
        "INSERT INTO organization (id, name, is_target, priority, sector, website, notes,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _organization_rows(rng, org_names),
    )

    statuses = [s.value for s in ContactStatus]
    status_weights = [10, 30, 20, 15, 20, 5]
    person_rows = []
    contact_rows = []
    names: list[tuple[str, str]] = []
    random_ = rng.random

    def randrange(start: int, stop: int | None = None) -> int:
        """``rng.randrange`` without its argument checks: a third of the generation time."""
        if stop is None:
            return int(random_() * start)
        return start + int(random_() * (stop - start))

    for person_id in range(1, people + 1):
        first = FIRST_NAMES[randrange(len(FIRST_NAMES))]
        last = LAST_NAMES[randrange(len(LAST_NAMES))]
        names.append((first, last))
        created = _datetime(randrange(SPAN_DAYS), randrange(8 * 60, 20 * 60))
        org_id = randrange(1, org_count + 1) if org_count and random_() < 0.85 else None
        slug = f"{_ascii(first)}.{_ascii(last)}"
        person_rows.append(
            (
                person_id,
                first,
                last,
                JOB_TITLES[randrange(len(JOB_TITLES))],
                org_id,
                CITIES[randrange(len(CITIES))],
                f"https://www.linkedin.com/in/{slug}-{person_id}" if random_() < 0.5 else "",
                "",
                "",
                rng.choices(statuses, status_weights)[0],
                int(random_() < 0.1),
                rng.choice((None, None, None, 30, 60, 90)),
                "manual" if random_() < 0.8 else "linkedin",
                _date(randrange(SPAN_DAYS)) if random_() < 0.3 else None,
                created,
                created,
            )
        )
        if random_() < 0.8:
            contact_rows.append((person_id, "email", "work", f"{slug}{person_id}@example.fr"))
        if random_() < 0.5:
            number = f"+33 6 {randrange(100):02d} {randrange(100):02d} {randrange(100):02d} "
            contact_rows.append((person_id, "phone", "mobile", f"{number}{randrange(100):02d}"))
    execute_many(
        "INSERT INTO person (id, first_name, last_name, job_title, organization_id, city,"
        " linkedin_url, background, how_we_met, status, is_decision_maker, keep_in_touch_days,"
        " source, connected_on, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        person_rows,
    )
    del person_rows
    execute_many(
        "INSERT INTO contact_point (person_id, kind, label, value) VALUES (?, ?, ?, ?)",
        contact_rows,
    )

    # Introductions: a person is only ever introduced by someone with a smaller id, so the graph
    # has no cycle. Half pick a recent person (long relay chains), half anyone earlier (wide fans).
    permissions = [p.value for p in Permission]
    intro_statuses = [s.value for s in IntroductionStatus]
    introduction_rows = []
    introduction_of: dict[int, int] = {}
    for person_id in range(2, people + 1):
        if random_() >= introduced_share:
            continue
        if random_() < 0.5:
            connector = randrange(max(1, person_id - 30), person_id)
        else:
            connector = randrange(1, person_id)
        introduction_id = len(introduction_rows) + 1
        introduction_of[person_id] = introduction_id
        a, b = names[connector - 1], names[person_id - 1]
        introduction_rows.append(
            (
                introduction_id,
                connector,
                person_id,
                1,
                _date(randrange(SPAN_DAYS)),
                permissions[randrange(len(permissions))],
                intro_statuses[randrange(len(intro_statuses))],
                f"{a[0]} {a[1]} m'a donné le nom de {b[0]} {b[1]}." if random_() < 0.4 else "",
            )
        )
    execute_many(
        "INSERT INTO introduction (id, connector_id, introduced_id, is_primary, introduced_on,"
        " permission, status, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        introduction_rows,
    )

    kinds = [k.value for k in InteractionKind]
    outcomes = [o.value for o in Outcome]
    interaction_rows = []
    if people:
        for _ in range(interaction_count):
            person_id = randrange(1, people + 1)
            introduction_id = introduction_of.get(person_id)
            warm = introduction_id is not None and random_() < 0.8
            interaction_rows.append(
                (
                    person_id,
                    kinds[randrange(len(kinds))],
                    _datetime(randrange(SPAN_DAYS), randrange(8 * 60, 20 * 60)),
                    rng.choice((None, 15, 30, 45, 60, 90)),
                    Warmth.WARM.value if warm else Warmth.COLD.value,
                    introduction_id if warm else None,
                    outcomes[randrange(len(outcomes))] if random_() < 0.7 else None,
                    SENTENCES[randrange(len(SENTENCES))] if random_() < 0.6 else "",
                    "",
                )
            )
    execute_many(
        "INSERT INTO interaction (person_id, kind, occurred_at, duration_minutes, warmth,"
        " introduction_id, outcome, summary, next_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        interaction_rows,
    )

    tag_count = len(TAGS) if people else 0
    execute_many(
        "INSERT INTO tag (id, name) VALUES (?, ?)",
        [(i, name) for i, name in enumerate(TAGS[:tag_count], start=1)],
    )
    tag_rows = []
    for person_id in range(1, people + 1):
        if random_() < tagged_share:
            for tag_id in rng.sample(range(1, tag_count + 1), k=1 + (random_() < 0.3)):
                tag_rows.append((person_id, tag_id))
    execute_many("INSERT INTO person_tag (person_id, tag_id) VALUES (?, ?)", tag_rows)

    note_kinds = [k.value for k in NoteKind]
    note_rows = []
    link_rows = []
    for note_id in range(1, note_count + 1):
        day = randrange(SPAN_DAYS)
        stamp = _datetime(day, randrange(8 * 60, 22 * 60))
        linked: list[int] = []
        if people:
            wanted = min(people, 1 + (random_() < 0.2) + (random_() < 0.05))
            while len(linked) < wanted:
                person_id = randrange(1, people + 1)
                if person_id not in linked:
                    linked.append(person_id)
        first = names[linked[0] - 1] if linked else ("", "")
        note_rows.append(
            (
                note_id,
                _date(day),
                f"{NOTE_TITLES[randrange(len(NOTE_TITLES))]} {first[0]} {first[1]}".strip(),
                " ".join(rng.choices(SENTENCES, k=2 + randrange(6))),
                note_kinds[randrange(len(note_kinds))],
                randrange(1, org_count + 1) if org_count and random_() < 0.4 else None,
                stamp,
                stamp,
            )
        )
        link_rows.extend((note_id, person_id) for person_id in linked)
    execute_many(
        "INSERT INTO note (id, written_on, title, body, kind, organization_id, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        note_rows,
    )
    execute_many("INSERT INTO note_person (note_id, person_id) VALUES (?, ?)", link_rows)

    follow_up_rows = []
    if people:
        for _ in range(follow_up_count):
            due = REFERENCE_DAY + dt.timedelta(days=randrange(-30, 31))
            done = due < REFERENCE_DAY and random_() < 1 / 3
            follow_up_rows.append(
                (
                    randrange(1, people + 1),
                    "next_step",
                    NOTE_TITLES[randrange(len(NOTE_TITLES))],
                    due.isoformat(),
                    f"{due.isoformat()} 18:00:00.000000" if done else None,
                )
            )
    execute_many(
        "INSERT INTO follow_up (person_id, kind, title, due_on, done_at) VALUES (?, ?, ?, ?, ?)",
        follow_up_rows,
    )

    return {
        "organizations": org_count,
        "people": people,
        "contact_points": len(contact_rows),
        "introductions": len(introduction_rows),
        "interactions": len(interaction_rows),
        "notes": note_count,
        "note_links": len(link_rows),
        "tags": tag_count,
        "tag_links": len(tag_rows),
        "follow_ups": len(follow_up_rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a reproducible Carnet benchmark database.")
    parser.add_argument("out", type=Path, help="the .sqlite3 file to create")
    parser.add_argument("--people", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--organizations", type=int, default=None)
    parser.add_argument("--notes", type=int, default=0)
    parser.add_argument("--interactions", type=int, default=None)
    parser.add_argument("--follow-ups", type=int, default=0)
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    try:
        counts = generate(
            args.out,
            args.people,
            seed=args.seed,
            organizations=args.organizations,
            notes=args.notes,
            interactions=args.interactions,
            follow_ups=args.follow_ups,
            overwrite=args.force,
        )
    except FileExistsError:
        print(f"{args.out} exists; pass --force to replace it", file=sys.stderr)
        return 1
    print(" ".join(f"{key}={value}" for key, value in asdict(counts).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
