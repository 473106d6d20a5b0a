"""A name beside a person's contact details: "Emergency contact: Rosa Delgado-Ruiz, +1 305 555 0148", "You can
reach Siân Pritchard on +44 20 7946 0321", "Save Mele Tupou's mobile: 0412 345 678", "Virement à Mamadou Diallo,
IBAN FR76 ...", "save 0412 345 678 as jarrah", "nuovo contatto ling zhang tre quattro otto ...".

A phone number, an e-mail address, an IBAN or a street address is someone's, and a word joined to it by a comma, a
colon, "on", "at", "'s number", "lives at" or "as" is most often that someone: a cue as strong as "call" before a
name, which the other name rules do not read. The recognizer runs after the others (`Recognizer.reads_taken`) and
looks only beside what they found. What stands there must still look like a name: capitalised words in cased text
that are not all common words, or a listed first name; never a place, a title or a thing's name ("the office",
"Mum", "Pizza Express" before a number are no one's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edge.privacy.pii import lists
from edge.privacy.pii.names import names_a_thing, whole_name
from edge.privacy.pii.registry import Finding

CONTACT_TYPES = frozenset({"phone", "email", "iban", "address"})

_DETAIL_WORDS = (
    r"mobile|mobil|phone|tel|tel\.|telephone|cell|number|no\.?|iban|e-?mail|mail|address|line|whatsapp|handy|"
    r"nummer|handynummer|telefon|adresse|tel[eé]fono|m[oó]vil|n[uú]mero|num[eé]ro|portable|indirizzo|cellulare|"
    r"direcci[oó]n|correo|landline|festnetz|anschrift|lieferadresse|livraison|fixe|fisso|sms"
)
_JOIN_BEFORE = re.compile(
    rf"(?:['’]s?\s+(?:(?:new|old|work|home|mobile|private|landline|personal)\s+)*(?:{_DETAIL_WORDS})(?:\s+is|\s+ist)?"
    rf"|\s*[,:;–—-]\s*(?:{_DETAIL_WORDS})?"
    r"|\s+(?:on|at|is at|lives at|lives on|lives in|is on|wohnt(?:\s+(?:in der|in|am|an der|im))?"
    r"|habite(?:\s+(?:au|à))?|vive en|vive a|abita (?:in|a)|abita al|ist unter|est au|est joignable au|al|au|unter))"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
"""What joins a name to the detail after it: "'s number is", ", ", ": ", " on ", " lives at ", " wohnt in "."""
_JOIN_AFTER = re.compile(
    r"^\s+(?:as|under|als|unter|como|sous le nom de|sous|come)\s+(?:(?:the\s+)?(?:home|work|mobile|new)\s+"
    r"(?:number|contact)\s+(?:for|of)\s+)?",
    re.IGNORECASE,
)
"""What joins a saved number or address to the name after it: "0412 345 678 as jarrah", "... as home number for
jarrah" (not a comma: a town follows an address)."""
AFTER_TYPES = frozenset({"phone", "email"})
_NEW_CONTACT = re.compile(
    r"\b(?:new contact|add (?:a )?contact|save (?:a )?contact|nuevo contacto|nouveau contact|nuovo contatto|"
    r"neuer kontakt|neuen kontakt)\s*[,:]?\s+",
    re.IGNORECASE,
)
"""A new contact's name comes next: "new contact wang xiuying three one two ...", "nuovo contatto ling zhang"."""
_CASED_WORD = r"(?:[A-ZÀ-Ý][^\W\d_]*(?:[-'’][A-ZÀ-Ý]?[^\W\d_]+)*)"
_PARTICLE = r"(?:de|del|della|di|da|van|von|der|den|du|le|la|bin|binti|al|el|Ó|Ní|Mac|Mc)"
_CASED_NAME_BEFORE = re.compile(rf"(?<![\w'’-]){_CASED_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CASED_WORD}){{0,3}}$")
_CASED_NAME_AFTER = re.compile(rf"{_CASED_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_CASED_WORD}){{0,3}}(?![\w'’-])")
_LOWER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LEAD_WORDS = frozenset(
    """call ring phone text message email mail save add new contact contacts emergency reach send cc bcc dial note
    please hey hi ok okay so and or tell ask remind invite write number mobile home work office virement schick
    ruf anrufen speichere neuer neue kontakt llama guarda nuevo nueva contacto envía appelle enregistre nouveau
    chiama salva nuovo nuova manda scrivi""".split()
)
"""Capitalised words that open a sentence or a note before the name ("Save Mele Tupou's mobile", "Call Ayanda on")."""
_KIN = (
    r"mam|mammy|mum|mom|mummy|nan|nana|gran|granny|grandma|grandpa|auntie|aunty|uncle|papa|mama|amma|appa|ammi|abba|"
    r"mami|mamá|papá|maman|mutti|vati|oma|opa|tante|onkel|tonton|tata|tía|tío|nonna|nonno|zia|zio"
)
_NOT_A_NAME = re.compile(
    rf"(?:[^\W\d_]{{1,2}}['’](?-i:(?![A-ZÀ-Ý]))\S*|\S*-(?:moi|toi|nous|vous|lui)|(?:{_DETAIL_WORDS}|{_KIN}))", re.I
)
"""A word that is no name: an elided article or pronoun ("I'm", "J'habite"), an imperative with its pronoun
("Emmène-moi"), a word for the detail itself ("Festnetz:", "Landline:") or a relative ("Mam lives at ...")."""
_BUILDINGS = frozenset(
    """house houses villas villa court tower towers mansions lodge manor cottage cottages gardens estate building
    block flat flats apartment apartments apt unit suite residence résidence residencia residenza urbanización
    edificio bâtiment batiment escalier immeuble haus hof palazzo scala condominio torre""".split()
)
"""Words of a building's name, which comes before the rest of its address as a name would."""


def find_contact_names(text: str, taken: tuple[Finding, ...]) -> Iterator[Finding]:
    """Names joined to a phone number, an e-mail address, an IBAN or a street address that the stronger
    recognizers found in `text` (module docstring)."""
    cased = text != text.lower()
    details = [d for d in taken if d.type in CONTACT_TYPES]
    for cue in _NEW_CONTACT.finditer(text):
        later = [d.start for d in details if d.start > cue.end()]
        if later and (name := _new_contact(text, cue.end(), min(later))) is not None:
            yield name
    for detail in details:
        before = _JOIN_BEFORE.search(text, 0, detail.start)
        if before is not None and (name := _name_before(text, before.start(), cased)) is not None:
            yield name
        joined = _JOIN_AFTER.match(text[detail.end :]) if detail.type in AFTER_TYPES else None
        if joined is not None and (name := _name_after(text, detail.end + joined.end(), cased)) is not None:
            yield name


def _new_contact(text: str, start: int, detail: int) -> Finding | None:
    """The one to three words after "new contact" and before the detail, up to a word for the detail."""
    words: list[re.Match[str]] = []
    for word in _LOWER_WORD.finditer(text, start, detail):
        if len(words) == 3 or _NOT_A_NAME.fullmatch(word.group()):
            break
        words.append(word)
    if not words or all(w.group().lower() in lists.common_words() for w in words):
        return None
    found = Finding(words[0].start(), words[-1].end(), "name")
    return None if names_a_thing(text, found) else whole_name(text, found)


def _name_before(text: str, end: int, cased: bool) -> Finding | None:
    """The name that ends at `end` (just before the words that join it to its detail)."""
    if cased:
        capitalised = _CASED_NAME_BEFORE.search(text, 0, end)
        if capitalised is None:
            return None
        start = capitalised.start()
        words = text[start:end].split()
        while words and words[0].lower().strip("'’") in _LEAD_WORDS:  # "Save", "Call", "Emergency"
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        return _checked(text, Finding(start, end, "name"), cased) if words else None
    last = list(_LOWER_WORD.finditer(text[:end]))[-2:]
    if not last or last[-1].end() != end:
        return None
    if len(last) == 2 and last[0].group() in lists.first_names() and last[1].group() not in lists.common_words():
        return _checked(text, Finding(last[0].start(), end, "name"), cased)  # a listed name and its surname
    return _checked(text, Finding(last[-1].start(), end, "name"), cased)


def _name_after(text: str, start: int, cased: bool) -> Finding | None:
    """The name a number is saved as: capitalised words in cased text; in lowercase text one word that is a listed
    name or no common word ("save 0412 345 678 as jarrah"; not "as home")."""
    if cased:
        capitalised = _CASED_NAME_AFTER.match(text, start)
        return _checked(text, Finding(start, capitalised.end(), "name"), cased) if capitalised else None
    word = _LOWER_WORD.match(text, start)
    if word is None or _NOT_A_NAME.fullmatch(word.group()):
        return None  # "als handynummer von meinem bruder"
    if word.group() in lists.common_words() or word.group() in lists.words("name_stopwords.txt"):
        return None
    found = Finding(word.start(), word.end(), "name")
    return None if names_a_thing(text, found) else whole_name(text, found)


def _checked(text: str, found: Finding, cased: bool) -> Finding | None:
    """`found` (with its title) when it looks like a person's name (module docstring), else None."""
    said = text[found.start : found.end].split()
    if any(_NOT_A_NAME.fullmatch(w) or (len(w) > 1 and w.isupper()) for w in said):
        return None  # "I'm at ...", "SMS al 333 ...", "BBQ is at ..."
    words = [w.strip("'’").lower() for w in said]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if not words or any(w in lists.words("name_stopwords.txt") or len(w) < 2 for w in words):
        return None
    types = lists.street_types()
    if any(w in _BUILDINGS or w in types["after"] or w in types["before"] for w in words):
        return None  # a building or a street before the rest of an address: "Kestrel House, 220 Holloway Road"
    listed = [w in lists.first_names() for w in words]
    if cased:
        common = [w in lists.common_words() for w in words]
        if not listed[0] and all(common):
            return None  # "The Office", "Main Line"
        if len(words) == 1 and not listed[0] and not text[: found.start].strip():
            return None  # one unlisted word opening the text is capitalised as a sentence's first word
    elif not listed[0]:
        return None  # lowercase: only a listed first name ("phone ayanda on ...")
    if names_a_thing(text, found):
        return None
    return whole_name(text, found)
