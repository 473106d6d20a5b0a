"""Street addresses in the forms of edge's locales, built from the shipped street-type list.

- English, type after the name: "221B Baker Street", "78128 Wood Street Apt. 704", "two twenty one b baker street"
- French, Spanish, Italian, type first: "54, avenue de Bodin", "12 rue de la Paix", "Calle Mayor 5", "Via Roma, 10"
- German compounds: "Schaafstraße 1", "Hauptstr. 5", "Ullmannweg 9-4", "Weißweg 32/7"
- then, on any of these, a postcode and town: "Scholzgasse 450, 76512 Meiningen", "Via Roma, 75, 25053, Malegno
  (BS)", "Calle Mayor 5, Pontevedra, 04578"
- UK postcodes: "SW1A 1AA", and a flat without a house number before its town and postcode: "Flat 49E, Williams
  Light, North Patrickville, G23 0TY"
- US military mail: "USNV Pearson, FPO AP 31096", "PSC 0283, Box 8330, APO AP 14407"
The tagger (`tagger`) adds addresses these patterns miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from edge.privacy.pii import lists
from edge.privacy.pii.dates import TEENS, TENS, UNITS
from edge.privacy.pii.numbers import digitized
from edge.privacy.pii.registry import Finding

_NUMBER_WORD = rf"(?:{UNITS}|{TEENS}|{TENS}|hundred|thousand|oh)"
_HOUSE_NUMBER = (  # "221B", "9-4", "1,600" (as Whisper writes it), "two twenty one b"
    rf"(?:(?:\d{{1,3}},\d{{3}}|\d{{1,5}})(?:\s?[A-Za-z]\b)?(?:-\d{{1,4}})?"
    rf"|{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,4}}(?:\s+[a-z]\b)?)"
)
_SECONDARY = (
    r"(?:,?\s+(?:apt|apartment|suite|ste|unit|flat|room|floor|piso|planta|puerta|appartamento|piano|interno|"
    r"wohnung|etage|étage|bâtiment|bat|#)\.?\s*#?\w+)"
)
_LEADING_SECONDARY = r"(?:(?:flat|studio|apartment|apt|unit|suite)\.?\s+\w+,?\s+)"
_CITY_STATE_ZIP = r"(?:,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
_LINKERS = r"(?:de\s+la|de\s+los|de\s+las|de\s+l'|de|del|della|delle|dei|degli|di|du|des|d'|la|le|les|el|los)"
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_TOWN = r"(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|am|an|der|sur|de|di|del|la|le|sul)){0,3})"
_POSTAL_TAIL = rf"(?:\s*,?\s+(?:(?:in\s+)?\d{{5}}\b(?:,?\s+{_TOWN}(?:\s+\((?-i:[A-Z]{{2}})\))?)?|{_TOWN},\s+\d{{5}}\b))"
_TOWN_TAIL = rf"(?:,?\s+(?:in\s+)?{_TOWN}(?=\s*[,.;!?]|\s*$))"
"""A town after the street, up to the end of the clause ("..., Springfield", "Hauptstraße zwölf in Heidelberg")."""
_STREET_ONLY = r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|crescent|terrace|grove|close|court|way|place"
"""Street types that, after "I live on", make a street someone's address without a house number."""
_TAILS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # a floor and a door in Spain, Italy, France ("2º izquierda", "cuarto izquierda", "2n 1a", "piano terra")
        r",?\s+(?:\d{1,2}\s?[ºª°]|\d{1,2}[na]|primero|segundo|tercero|cuarto|quinto|sexto|bajo|principal)"
        r"(?:\s*(?:izquierda|derecha|izda|dcha|[a-d]\b|\d{1,2}\s?[ºªa]))?\b",
        # a flat, a staircase, a building, a door: the word and what names it ("appartement 14", "scala B", "Top 9")
        r",?\s+(?:apt|apartment|appartement|appartamento|app|suite|ste|unit|flat|scala|interno|int|top|stiege|stg|"
        r"tür|puerta|piso|planta|bâtiment|bât|bat|escalier|esc|#)\.?\s*#?[\w-]+",
        # a floor said with its ordinal ("3e étage", "dritter Stock", "terzo piano", "third floor")
        r",?\s+(?:\d{1,2}\s?(?:e|er|ère|ème|º|°|\.)?|premier|première|deuxième|troisième|quatrième|cinquième|erster|"
        r"zweiter|dritter|vierter|fünfter|primo|secondo|terzo|quarto|quinto|first|second|third|fourth|fifth)\s+"
        r"(?:étage|stock|etage|piano|obergeschoss|floor)\b",
        # an Australian state and postcode, a Canadian province and postal code, after the town or alone
        r",?\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?-i:VIC|NSW|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b",
        r",?\s+(?:(?-i:[A-Z][a-z]+),?\s+)?(?-i:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\s+(?-i:[A-Z]\d[A-Z])\s?\d(?-i:[A-Z])\d\b",
        # a postcode of four or five digits or an Irish Eircode, and the town after it ("8010 Graz", "H91 TY80")
        rf",?\s+(?:\d{{4,5}}|[A-Z]\d{{2}}\s?[A-Z0-9]{{4}})\b(?:\s+{_TOWN})?",
        # a town after a comma, up to the end of the clause ("..., Marseille", "..., Co. Mayo")
        rf",\s+(?:(?-i:Co\.)\s+)?{_TOWN}(?=\s*[,.;!?]|\s*$)",
    )
)
"""What may follow an address found and belongs to it: each is tried at its end, again after each one taken."""
_LOWER_TOWN = re.compile(r"(?:,?\s+(?:in|a|à|en|nach)\s+|\s+)(?P<town>[^\W\d_][\w'’-]+)(?=\s*$)")
"""In lowercase text, a town ending the utterance after the street ("via roma 5 a bergamo", "seven gum tree lane
toowoomba"): no common English word and no stop word."""
_INDIAN = re.compile(
    r"\b(?:house|h\.?\s?no\.?|plot|flat|door)\s*(?:number|no\.?|#)?\s*\d{1,4}[a-z]?"
    r"(?:,?\s+(?:[\w'-]+\s+)?(?:sector|block|phase|colony|nagar|layout|vihar|enclave|cross|main|extension)"
    r"(?:\s+[\w-]+)?){1,3}"
    r"(?:(?:,?\s+[\w'-]+){1,2},?\s+\d{6}|(?:,?\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?){0,3}(?:,?\s+\d{6})?)",
    re.IGNORECASE,
)
"""An Indian address: a house or plot number, then sector, block, colony or nagar, then the town and PIN ("House
number 23, Sector 15, Gurgaon", "plot 18 sai colony kukatpally hyderabad 500072")."""
_UK_POSTCODE_TEXT = r"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}"
_UK_POSTCODE = re.compile(rf"\b{_UK_POSTCODE_TEXT}\b")
_MILITARY = re.compile(
    r"\b(?:(?:USNS|USNV|USS|USCGC)\s+[A-Z][a-z]+|(?:PSC|Unit)\s+\d{4},?\s+Box\s+\d{4}),?\s+[AFD]PO\s+A[AEP]\s+\d{5}\b"
)


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    types = lists.street_types()
    after, before, suffix = (_alternation(list(types[kind])) for kind in ("after", "before", "suffix"))
    stop = _alternation(sorted(lists.words("street_stopwords.txt")))
    # "the s and p five hundred close" is no address; "E 14th St" is one
    name = rf"(?!(?:{stop}|{_NUMBER_WORD})\b)(?:{_NAME_WORD}|\d{{1,3}}(?:st|nd|rd|th)\b)"
    english = re.compile(
        rf"(?<![\w.-])(?:{_LEADING_SECONDARY}(?:{_HOUSE_NUMBER}\s+)?|{_HOUSE_NUMBER}\s+)(?:{name}\.?\s+){{0,2}}{name}"
        rf"\.?\s+{after}\b\.?{_SECONDARY}?(?:{_CITY_STATE_ZIP}|,\s+{_TOWN},?\s+(?-i:{_UK_POSTCODE_TEXT})\b|{_TOWN_TAIL})?",
        re.IGNORECASE,
    )
    romance = re.compile(
        rf"(?<![\w.-])(?:(?P<num>{_HOUSE_NUMBER}),?\s+)?(?:{before}\.?|(?-i:C\.))\s+(?:{_LINKERS}\s*)?{name}"
        rf"(?:\s+(?:{_LINKERS}\s*)?{name}){{0,3}}(?(num)|(?:,?\s+(?:n\.?|nº|no\.?|numero|número)?\s*"
        rf"(?P<num2>\d{{1,5}}[A-Za-z]?(?:/\w{{1,4}})?))?){_SECONDARY}?{_POSTAL_TAIL}?",  # one house number
        re.IGNORECASE,
    )
    # "3/9"; "   3/   9" in the digitized copy of "drei/neun"
    # "3/9", "3/2/7" (house, staircase, door in Austria)
    number = (
        rf"\.?\s+\d{{1,4}}(?:\s?[a-z]\b)?(?:[-/]\s*\d{{1,4}}){{0,2}}\b{_SECONDARY}?(?:{_POSTAL_TAIL}|{_TOWN_TAIL})?"
    )
    german = re.compile(rf"(?<![\w.-]){_NAME_WORD}{suffix}{number}", re.IGNORECASE)
    # the type as a word of its own after an adjective: "Wiener Straße 44", "Alte Gasse 3"
    german_words = re.compile(
        rf"(?<![\w.-])(?!(?:die|der|das|den|dem|des|eine|einer|in|an|auf)\b){_NAME_WORD}\s+"
        rf"(?:straße|strasse|gasse|weg|platz|allee|ring|damm|ufer|chaussee|steig){number}",
        re.IGNORECASE,
    )
    german_preposition = re.compile(
        rf"(?<![\w.-])(?:am|an\s+der|im|in\s+der|auf\s+dem)\s+{_NAME_WORD}{number}", re.IGNORECASE
    )
    # where someone lives, said without a house number: "I live on Elm Grove Road", "ich wohne im Rosenweg",
    # "je vis rue des Acacias", "vivo en la calle de los Naranjos", "abito in via dei Mille"
    capitalised = r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2}"
    home = re.compile(
        r"\b(?:i|we|he|she|they|you)\s+(?:live|lives|living|moved|grew\s+up|stay|stays)\s+(?:on|in|at)\s+(?:the\s+)?"
        rf"(?P<street>(?:{name}\s+){{0,2}}{name}\s+(?:{_STREET_ONLY})\b)"
        r"|\b(?:wohne|wohnt|wohnen|wohnst)\s+(?:in\s+der|im|am|an\s+der|auf\s+der)\s+"
        rf"(?P<strasse>{_NAME_WORD}{suffix}\b)"
        r"|\b(?:j'habite|habite|habites|habitons|habitent|je\s+vis|il\s+vit|elle\s+vit|vivo|vive|vives|vivimos|viven|"
        r"abito|abita|abiti|abitiamo|abitano)\s+(?:(?:en|in|à|au|dans)\s+)?(?:la\s+|el\s+|le\s+)?"
        rf"(?P<rue>(?:{before})\s+(?:{_LINKERS}(?:(?<=')|\s+))?{name}{capitalised})",
        re.IGNORECASE,
    )
    return english, romance, german, german_words, german_preposition, _MILITARY, home


def find_addresses(text: str) -> Iterator[Finding]:
    for found in _find_addresses(text):
        yield _with_tails(text, found)
    for m in _INDIAN.finditer(text):
        yield _with_tails(text, Finding(m.start(), m.end(), "address"))
    written, spans = digitized(text)
    if not spans:
        return
    # a house number said in another language: "via Roma dodici" (English number words are the patterns' own)
    for found in _find_addresses(written, english=False):
        start = next((s for s, e in spans if s < found.start < e), found.start)
        end = next((e for s, e in spans if s < found.end < e), found.end)
        yield _with_tails(text, Finding(start, end, found.type))


def _with_tails(text: str, found: Finding) -> Finding:
    """`found` with the floor, state, postcode or (in lowercase text) town that follows it."""
    end = found.end
    for _ in range(5):
        tail = next((m for m in (pattern.match(text, end) for pattern in _TAILS) if m), None)
        if tail is None:
            break
        end = tail.end()
    if text == text.lower():
        town = _LOWER_TOWN.match(text, end)
        if town and _unknown_word(town.group("town")):
            end = town.end()
    return Finding(found.start, end, found.type)


def _unknown_word(word: str) -> bool:
    """No common English word (outside the 12,000 commonest) and no stop word: a place name, most likely."""
    stop = lists.words("street_stopwords.txt") | lists.words("name_stopwords.txt")
    return lists.word_buckets().get(word) not in ("r2k", "r5k", "r12k") and word not in stop


def _find_addresses(text: str, english: bool = True) -> Iterator[Finding]:
    """Addresses in `text`; `english` False: only the German and Romance patterns whose house number is next to
    the street type or name (for numbers said in those languages)."""
    english_pattern, romance, german, german_words, german_preposition, military, home = _patterns()
    for m in english_pattern.finditer(text) if english else ():
        yield Finding(m.start(), m.end(), "address")
    for m in romance.finditer(text):
        if m.group("num") or m.group("num2"):  # "via Roma" alone is a street, not someone's address
            yield Finding(m.start(), m.end(), "address")
    compounds = [(m.start(), m.end()) for pattern in (german, german_words) for m in pattern.finditer(text)]
    for start, end in compounds:
        yield Finding(start, end, "address")
    for m in german_preposition.finditer(text) if english else ():  # "Am Ring 3", not "in der" of "in der X 12"
        if not any(m.start() < e and s < m.end() for s, e in compounds):
            yield Finding(m.start(), m.end(), "address")
    for m in home.finditer(text) if english else ():
        group = next(g for g in ("street", "strasse", "rue") if m.group(g))
        yield Finding(m.start(group), m.end(group), "address")
    if english:
        for m in military.finditer(text):
            yield Finding(m.start(), m.end(), "address")
        for m in _UK_POSTCODE.finditer(text):
            yield Finding(m.start(), m.end(), "address")
