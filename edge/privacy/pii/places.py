"""Places that are no one: a name found inside a town's name, beside a word for a place, or a town said after "in".

Many towns, stations and restaurants are named after people, and many first names are towns: "what to see in
Santiago de Compostela", "Reggio Emilia", "meet me outside Victoria Station", "a table at Casa Lucio", "how far
is Lake Louise", "the museum in Clinton". The name recognizers (`names.py`, `tagger.py`) ask `is_a_place` of each
name they find and drop the ones it says are places. The towns come from `places.txt` (GeoNames, `build_places.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from edge.privacy.pii import lists
from edge.privacy.pii.registry import Finding

PLACES_FILE = "places.txt"
MAX_WORDS = 4

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_PLACE_AFTER = re.compile(
    r"\s+(?:station|pier|palace|terminal|airport|intercontinental|stadium|arena|museum|memorial|cathedral|beach"
    r"|harbou?r|falls|island|theat(?:re|er)|zoo|mall|bahnhof|hauptbahnhof)\b",
    re.IGNORECASE,
)
"""A word after a name that makes it a place ("Victoria Station", "Santa Monica Pier"); none is a surname."""

_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:lake|mount|mt\.?|fort|cape|gare|station|stazione|estaci[óo]n|museum|museo|mus[ée]e|teatro"
    r"|th[ée][âa]tre|palazzo|palau|schloss|plaza|piazza|piazzale|isola|isla|[îi]le|monte|lago|porta|puerta|ponte"
    r"|puente|pont|parque|parco|stadio|estadio|stade|aeropuerto|aeroporto|a[ée]roport|flughafen|hospital|h[ôo]pital"
    r"|ospedale|caff[èe]|caf[ée]|(?-i:Place|Casa)"
    r"|(?:ristorante|trattoria|pizzeria|osteria)(?:\s+da)?)\s+$",
    re.IGNORECASE,
)
"""A word before a name that makes it a place ("Lake Louise", "Piazza Navona", "Casa Lucio", "ristorante Da Enzo");
"Place" and "Casa" only capitalised: "la casa de Lucía" is her home, and so is "chez Marie". An apostrophe may
come before: "all'aeroporto Marco Polo"."""

_SAINTS = r"san|santa|santo|são|saint|sainte|st\.?|ste|sankt"
_SAINT = re.compile(rf"(?:{_SAINTS})$", re.IGNORECASE)
"""A span that holds a saint is a place ("Santa Maria Novella", "santa margherita ligure", "Venezia Santa Lucia")."""
_SAINT_BEFORE = re.compile(rf"(?<![\w'-])(?:{_SAINTS}|mont)[\s-]+$", re.IGNORECASE)
"""A saint (or a mount) right before the name: "San Marco", "Saint-Michel", "san francisco", "Mont Saint-Michel"."""

_IN = re.compile(
    r"(?<![\w'-])(?:in|near|around|outside|nach|en"
    r"|(?:train|flights?|bus|ferry|coach|drive|route|trip|directions|tickets?|miles|kilometres|km|go|going|went|fly"
    r"|flying|driving|moving)\s+(?:to|from))\s+$",
    re.IGNORECASE,
)
"""Before a one-word name that is a town: "the museum in Clinton", "hotels near Charlotte", "nach Florenz", "the
train from Chester", "before we go to Bradford" (not "talk to", "a message from")."""
_TO_OR_FROM = r"(?:to|from|nach|von|bis|à|de|a|da)"
_TOWN_AFTER = re.compile(rf"\s+{_TO_OR_FROM}\s+([^\W\d_]+)", re.IGNORECASE)
_TOWN_BEFORE = re.compile(rf"(?<![\w'-])([^\W\d_]+)\s+{_TO_OR_FROM}\s+$", re.IGNORECASE)
"""A one-word town said with another on a way: "from Irving to Denton", "how far is Eugene from Portland"."""

_POSSESSIVE = re.compile(r"['’]s?\b")


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """The towns, countries and states of `places.txt`, lowercase."""
    return frozenset(lists.entries(PLACES_FILE))


def is_a_place(text: str, found: Finding) -> bool:
    """Whether the name `found` in `text` is (part of) a place rather than a person (module docstring)."""
    if _PLACE_BEFORE.search(text, 0, found.start) or _SAINT_BEFORE.search(text, 0, found.start):
        return True
    if _PLACE_AFTER.match(text, found.end):
        return True
    said_words = text[found.start : found.end].split()
    if len(said_words) > 1 and (  # a span that took the place word in: "Victoria Station", "Lake Louise"
        _PLACE_AFTER.fullmatch(" " + said_words[-1])
        or _PLACE_BEFORE.fullmatch(said_words[0] + " ")
        or any(_SAINT.match(word) for word in said_words)  # "Santa Maria Novella", "Firenze Santa Maria Novella"
    ):
        return True
    words = list(_WORD.finditer(text))
    inside = [i for i, w in enumerate(words) if w.start() < found.end and found.start < w.end()]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    places = towns()
    said = [w.group().lower() for w in words]
    for size in range(max(2, last - first + 1), MAX_WORDS + 1):  # a town of two words or more holding the name
        for start in range(max(0, last - size + 1), min(first, len(said) - size) + 1):
            if " ".join(said[start : start + size]) in places:
                return True
    if first != last or said[first] not in places or _POSSESSIVE.match(text, found.end):  # "in Charlotte's room"
        return False
    if _IN.search(text, 0, found.start):
        return True
    after, before = _TOWN_AFTER.match(text, found.end), _TOWN_BEFORE.search(text, 0, found.start)
    return any(m is not None and m.group(1).lower() in places for m in (after, before))
