"""Person names and street addresses the rules miss, from a compact CRF tagger (python-crfsuite).

Each token is described by its shape, its affixes, whether it is a listed first name or street type, how
common a word it is (its rank in BERT's English word-piece vocabulary, `word_ranks.txt`: rare words are more
often names), and the same for its neighbours. The model (`models/privacy/pii/ner.crfsuite`, trained by
`models/privacy/pii/train_tagger.py` on generated sentences only) tags BIO labels for PER and ADDR.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from edge.errors import ModelError
from edge.privacy.pii import lists
from edge.privacy.pii.names import CONTRACTION, names_a_thing, wake_word_end, whole_name
from edge.privacy.pii.places import towns
from edge.privacy.pii.registry import Finding

MODEL_FILE = "ner.crfsuite"
_PARTICLES = frozenset("de la le du des van von der den del della di da dos das y zu".split())
LABEL_TYPES = {"PER": "name", "ADDR": "address"}
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]")
_HOUSE_NUMBER = re.compile(r"\d+[a-z]?")
MAX_NAME_WORDS = 4
"""A tagged name has at most this many words besides particles ("Juan Carlos de la Fuente García")."""
_COMMON = ("r2k", "r5k", "r12k")
"""The rank buckets of the 12,000 commonest English words."""
_ENGLISH = re.compile(r"\b(?:the|to|and|is|my|you|your|can|could|please|with|for|of|from|will|would|this|that)\b", re.I)
"""Words that make a sentence English rather than German, Spanish, French or Italian (whose capitalised nouns and
names of organisations are rare English words too: "Peters Nummer", "Comisiones Obreras")."""
_STREET_WORDS = frozenset(
    "street streets st avenue avenues ave av road roads rd boulevard blvd lane lanes ln drive drives highway hwy "
    "parkway pkwy crescent terrace motorway expressway freeway turnpike".split()
)
"""English street types that, without a house number, still mark a street: most of the others are also common
nouns (place, park, close, way, green, square, court)."""
_NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand".split()
)


def _rank_bucket(word: str) -> str:
    return lists.word_buckets().get(word, "oov")


def _shape(token: str) -> str:
    if token.isdigit():
        return "d" if len(token) < 5 else "D"
    if not token[0].isalnum():
        return "p"
    if token.isupper() and len(token) > 1:
        return "XX"
    if token[0].isupper():
        return "Xx"
    if any(ch.isdigit() for ch in token):
        return "xd"
    return "x"


@lru_cache(maxsize=8192)
def _token_features(token: str) -> dict[str, str]:
    low = token.lower()
    types = lists.street_types()
    kinds = [kind for kind in ("after", "before") if low in types[kind]]
    suffix = next((s for s in types["suffix"] if low.endswith(s) and len(low) > len(s) + 2), None)
    return {
        "w": low,
        "shape": _shape(token),
        "p3": low[:3],
        "s3": low[-3:],
        "s2": low[-2:],
        "len": str(min(len(token), 8)),
        "rank": _rank_bucket(low),
        "first": str(lists.first_names().as_written(low)),
        "stop": str(low in lists.words("name_stopwords.txt")),
        "street": "+".join(kinds) or ("suffix" if suffix else "-"),
        "num": "d" if token.isdigit() else ("w" if low in _NUMBER_WORDS else "-"),
    }


def sentence_features(tokens: list[str]) -> list[dict[str, str | float]]:
    """crfsuite's feature dicts for a tokenized sentence (the same at training and at run time)."""
    base: list[dict[str, str]] = [_token_features(t) for t in tokens]
    cased = any(t[:1].isupper() for t in tokens[1:])
    out = []
    for i in range(len(tokens)):
        feats: dict[str, str | float] = {"bias": 1.0, "cased": str(cased)}
        for offset in (-2, -1, 0, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                keys: tuple[str, ...] = ("w", "shape", "rank", "first", "stop", "street", "num")
                if offset == 0:
                    keys = tuple(base[j])
                for key in keys:
                    feats[f"{offset}:{key}"] = base[j][key]
            else:
                feats[f"{offset}:edge"] = "1"
        if i > 0:
            feats["-1w|0w"] = base[i - 1]["w"] + "|" + base[i]["w"]
        out.append(feats)
    return out


def tokenize(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


@lru_cache(maxsize=1)
def _tagger():
    try:
        import pycrfsuite
    except ImportError:
        raise ModelError(
            "the PII tagger needs python-crfsuite: pip install python-crfsuite (a dependency of edge)"
        ) from None

    path = lists.pii_dir() / MODEL_FILE
    if not path.is_file():
        raise ModelError(
            f"PII tagger {path} not found; reinstall edge or rebuild it with models/privacy/pii/train_tagger.py"
        )
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except Exception as err:  # crfsuite raises a bare ValueError/IOError on a corrupt file
        raise ModelError(f"PII tagger {path} is corrupt ({type(err).__name__}); reinstall edge") from None
    return tagger


def find_tagged(text: str) -> Iterator[Finding]:
    """PER and ADDR spans the tagger finds in `text` (names trimmed and checked by `_plausible_name`)."""
    tokens = tokenize(text)
    if not tokens:
        return
    tagger = _tagger()
    labels = tagger.tag(sentence_features([t.group() for t in tokens]))
    spans: list[tuple[str, list[re.Match[str]]]] = []
    sure: dict[int, float] = {}  # a tagged span's first token -> the tagger's least marginal over its tokens
    previous = "O"
    for i, (token, label) in enumerate(zip(tokens, labels)):
        if label != "O":
            kind = label[2:]
            if label.startswith("B-") or previous[2:] != kind:
                spans.append((kind, [token]))
            else:
                spans[-1][1].append(token)
            start = spans[-1][1][0].start()
            sure[start] = min(sure.get(start, 1.0), tagger.marginal(label, i))
        previous = label
    cased = text != text.lower()
    wake = wake_word_end(text)
    spans = [part for span in spans for part in _split_at_breaks(text, *span)]
    spans = [_after_a_house_number(tokens, kind, words) for kind, words in spans]
    for kind, words in [part for span in spans for part in _split_at_joiners(*span)]:
        words = [w for w in words if w.start() >= wake]
        if kind == "PER":
            if cased and words and words[0].group().lower() in lists.first_names():
                # cased text writes a name with capitals: "Did Grace ever send" was tagged "Grace ever" (a word no
                # list holds stays whole, and dropped below: "that Ethiopian place")
                while len(words) > 1 and words[-1].group()[0].islower() and words[-1].group() not in _PARTICLES:
                    words = words[:-1]
            words = _without_trailing_words(_plausible_name(words), cased)
            if cased and not all(
                not w.group()[0].isalpha() or w.group()[0].isupper() or w.group() in _PARTICLES for w in words
            ):
                continue  # cased text writes names with a capital: "expiry", "lautet" are not names
            if words and not _name_context(text, words) and not _unlisted_but_sure(text, words, sure):
                continue  # "pasta primavera", "a Mormon", "Diabetes Typ": no listed name and no cue
        else:
            words = _trimmed_address(words)
            if not _plausible_address(words):  # an address has words: those below read them
                continue
            said = _numbers_said_in(text, words)
            if _said_elsewhere_only(text, words, said):
                continue
            if not _numbered(words, said) and not _ADDRESS_SAID.search(text, 0, words[0].start()):
                continue  # "shopping in via Montenapoleone sabato": a street, not where someone is
        if words:
            found = Finding(words[0].start(), words[-1].end(), LABEL_TYPES[kind])
            if kind == "PER" and names_a_thing(text, found):
                continue
            yield whole_name(text, found) if kind == "PER" else found


_BREAKS = frozenset(':()[]<>*!?"|=')
"""Marks that no name or address holds: a tagged span ends at them, and at a line break, a tab or a wide gap (a
post's header lines, "2 (re: ...)\nOrganization: ...", and a signature's columns are no address); a name also ends at
an acronym in text that is not all capitals ("a Roth IRA")."""


def _split_at_breaks(text: str, kind: str, words: list[re.Match[str]]) -> list[tuple[str, list[re.Match[str]]]]:
    def mark(word: re.Match[str]) -> bool:
        acronym = kind == "PER" and len(word.group()) > 1 and word.group().isupper() and not text.isupper()
        return word.group() in _BREAKS or acronym

    def gap(before: re.Match[str], word: re.Match[str]) -> bool:
        between = text[before.end() : word.start()]
        return "\n" in between or "\t" in between or "   " in between

    return [(kind, part) for part in _parts(words, mark, gap)]


def _after_a_house_number(
    tokens: list[re.Match[str]], kind: str, words: list[re.Match[str]]
) -> tuple[str, list[re.Match[str]]]:
    """A name tagged right after a house number is the street's ("Deliver it to 14 Marine Parade, Napier"): the
    number and the words as an address."""
    at = tokens.index(words[0])
    if kind != "PER" or at == 0 or not _numeric(tokens[at - 1].group().lower()):
        return kind, words
    return "ADDR", [tokens[at - 1], *words]


_JOINING = frozenset("and und et or oder ou &".split())


def _split_at_joiners(kind: str, words: list[re.Match[str]]) -> list[tuple[str, list[re.Match[str]]]]:
    """A tagged name split where "and" or "or" joins two ("dinner with jessica and tom"): no name holds one."""
    if kind != "PER":
        return [(kind, words)]
    return [(kind, part) for part in _parts(words, lambda word: word.group().lower() in _JOINING)]


def _parts(
    words: list[re.Match[str]],
    mark: Callable[[re.Match[str]], bool],
    gap: Callable[[re.Match[str], re.Match[str]], bool] = lambda before, word: False,
) -> list[list[re.Match[str]]]:
    """`words` cut at each word that is a `mark` (left out) and between two words with a `gap`; no empty part."""
    parts: list[list[re.Match[str]]] = [[]]
    for word in words:
        if mark(word):
            parts.append([])
            continue
        if parts[-1] and gap(parts[-1][-1], word):
            parts.append([])
        parts[-1].append(word)
    return [part for part in parts if part]


_NAME_CUE = re.compile(  # words after which an unlisted word may be a name ("call Irmtraut", "Dr. Kowalski")
    r"(?:\b(?:name\s+is|name's|this\s+is|it's|call\s+me|named|called|mr|mrs|ms|dr|prof|call|text|message|email|"
    r"tell|ask|remind|invite|meet|met|thanks|thank\s+you|with|dear|hi|hey|hello|appelle|llama\s+a|chiama|ruf|heiße|"
    r"m'appelle|me\s+llamo|mi\s+chiamo)\.?,?\s+)$",
    re.IGNORECASE,
)


def _name_context(text: str, words: list[re.Match[str]]) -> bool:
    """In lowercase text: a listed first name among `words`, a cue word right before them, or a name opening the
    sentence before a verb ("maria will pick up the kids", not "pasta primavera, what ..."); in cased text also a
    first name that is a word written as a name (`_a_word_written_as_a_name`) and capitalised names together."""
    ambiguous = lists.words("ambiguous_names.txt")
    if any(w.group().lower() in lists.first_names() and w.group().lower() not in ambiguous for w in words):
        return True
    if len(words) == 1 and _a_word_written_as_a_name(words[0]):
        return True
    if _capitalised_inside(text, words) and words[0].group().lower() in lists.first_names():
        return True  # "my manager Mark Calderon approved it": a listed first name, capitalised with its surname
    if (
        _capitalised_inside(text, words)
        and not any(_rank_bucket(w.group().lower()) in _COMMON for w in words)
        and _ENGLISH.search(text) is not None
    ):
        return True  # "Could Ayesha Siddiqui cover my shift": rare capitalised words together in English ("Victoria
        # Station" has a common one; German capitalises its nouns: "füge Peters Nummer hinzu")
    if words[0].start() == 0:
        return bool(re.match(r"\s+(?:will|is|was|said|and|called|says|lives|has|can)\b", text[words[-1].end() :]))
    return bool(_NAME_CUE.search(text[max(0, words[0].start() - 16) : words[0].start()]))


SURE = 0.9
"""The tagger's least marginal over a name's tokens above which a name no list holds, with no cue, is kept."""


def _unlisted_but_sure(text: str, words: list[re.Match[str]], sure: dict[int, float]) -> bool:
    """A name no list holds, said with no cue, that the tagger is sure of in an English sentence: every word
    capitalised mid-sentence and rare in English ("aside for Meenakshi and Venkat", "Gurpreet and Simran are on")."""
    tagged = [start for start in sure if start <= words[0].start()]
    confidence = sure[max(tagged)] if tagged else 0.0
    common = lists.common_words()
    return (
        confidence >= SURE
        and text != text.lower()
        and _ENGLISH.search(text) is not None
        and not text_is_upper(words)
        and all(w.group()[0].isupper() for w in words)
        and not any(_rank_bucket(w.group().lower()) in _COMMON or w.group().lower() in common for w in words)
        and not _sensitive(text[words[0].start() : words[-1].end()])
    )


def _sensitive(said: str) -> bool:
    """A word of the sensitive lexicon ("Allah", "Mormon", "Democrat"): redacted, it would hide what the gate reads,
    so a name taken with no list and no cue never holds one."""
    from edge.privacy.lexicon import shipped  # here: edge.privacy imports this package

    return bool(shipped().hits(said))


def _capitalised_inside(text: str, words: list[re.Match[str]]) -> bool:
    """Two or more capitalised words (not all capitals) in cased text, not opening a sentence."""
    before = text[: words[0].start()].rstrip()
    return (
        len(words) > 1
        and text != text.lower()
        and bool(before)
        and before[-1] not in '.!?:"“'
        and all(w.group()[0].isupper() or w.group() in _PARTICLES for w in words)
        and not text_is_upper(words)
    )


def _plausible_address(words: list[re.Match[str]]) -> bool:
    """An address has a street name, and a house number or a street type: "1.1.1", "2-way", "Klinik wegen meiner
    Nerven" are none. Without a number, the type must be one that names a street and little else: "a vegan
    brunch place", "the car park", "a quiet close" are not addresses."""
    types = lists.street_types()
    lowered = [w.group().lower() for w in words]
    named = any(w.isalpha() and len(w) > 2 and w not in types["after"] and w not in _NUMBER_WORDS for w in lowered)
    numbered = any(_numeric(w) for w in lowered)
    after = _STREET_WORDS if not numbered else types["after"]
    lead = next((w for w in lowered if w.isalpha() and not _numeric(w)), "")
    typed = (
        lead in types["before"]  # a type that comes first does: "rue de la Paix", "via Roma"
        or any(w in after or any(w.endswith(x) for x in types["suffix"]) for w in lowered)
    )
    return named and (numbered or typed)


def _said_elsewhere_only(text: str, words: list[re.Match[str]], said: list[tuple[int, int]]) -> bool:
    """An address whose only numbers are said in German, French, Spanish or Italian. The tagger learned addresses
    with written numbers, and took "cuesta doscientos cuarenta y nueve euros" or "la chambre six cent
    quatre-vingt-dix-sept" for one; a street with a house number said in those languages is the street patterns'
    (`address.py` reads them in digits: "j'habite au douze rue de la Paix"). `said`: `_numbers_said_in`."""
    if any(ch.isdigit() for ch in text[words[0].start() : words[-1].end()]):
        return False
    # "six" is English and French: a number that English says the same way may be an English house number, unless
    # it counts something ("six mois", "six personnes")
    return bool(said) and not any(
        set(text[s:e].lower().split()) <= _NUMBER_WORDS and not _COUNTED.match(text, e) for s, e in said
    )


_COUNTED = re.compile(
    r"\s+(?:mois|ans|années|jours|semaines|heures|minutes|fois|personnes|euros|enfants|months|years|days|weeks|hours|"
    r"times|people|kids|children)\b",
    re.IGNORECASE,
)
"""A number said before what it counts is a quantity, not a house number."""


_ADDRESS_SAID = re.compile(
    r"\b(?:address|adresse|direcci[oó]n|indirizzo|live[sd]?|living|wohn\w*|habit(?:e|es|ons|ez|ent)|viv[eo]|vivimos|"
    r"viven|abit(?:o|a|i|iamo|ano))\b",
    re.IGNORECASE,
)
"""Words that say a street is where someone lives or is to be found, before a street said with no house number."""


def _numbered(words: list[re.Match[str]], said: list[tuple[int, int]]) -> bool:
    """A house number among `words`, in digits or said in any of the five languages ("via Roma dodici"; `said`:
    `_numbers_said_in`)."""
    return any(_numeric(w.group().lower()) for w in words) or bool(said)


def _numbers_said_in(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where `text` says a number in German, French, Spanish or Italian within `words` (`numbers.digitized`)."""
    from edge.privacy.pii.numbers import digitized

    start, end = words[0].start(), words[-1].end()
    return [(s, e) for s, e in digitized(text)[1] if start < e and s < end]


def _numeric(word: str) -> bool:
    """A house or flat number: "12", "03k", "two" (not "b2")."""
    return bool(_HOUSE_NUMBER.fullmatch(word)) or word in _NUMBER_WORDS


def _trimmed_address(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """Without leading verbs or function words ("j'habite", "at") and trailing punctuation."""
    stop = lists.words("street_stopwords.txt") | lists.words("name_stopwords.txt")
    while words and (words[0].group().lower() in stop or "'" in words[0].group()):
        words = words[1:]
    while words and not words[-1].group()[0].isalnum():
        words = words[:-1]
    return words


def text_is_upper(words: list[re.Match[str]]) -> bool:
    return all(w.group().isupper() for w in words)


def _without_trailing_words(words: list[re.Match[str]], cased: bool) -> list[re.Match[str]]:
    """The tagged name without the words it ran into at its end: a contraction ("Tell Grant I've left"), a particle
    ("amina de prendre"), and in lowercase text a common word of the five languages that is no one's name ("text
    mollie saying", "fred scheduled", "escribe a alba que"; `lists.common_words`). The first word always stays."""
    common = lists.common_words()
    while len(words) > 1 and (
        CONTRACTION.search(words[-1].group())
        or words[-1].group().lower() in _PARTICLES
        or (not cased and words[-1].group().lower() in common)
    ):
        words = words[:-1]
    return words


_NOT_BEFORE_A_NAME = frozenset(
    "the a an this that these those every each some any no our your their its his her my le la les un une ce cette "
    "el los las este esta il lo gli uno una questo questa der die das den dem des ein eine einen einem dieser "
    "diese dieses jeden jede del della delle dello degli dei du des at in to towards toward near from into via past "
    "en à".split()
)
"""Words before a word that make it a thing or a place ("the Summer sale", "una Mercedes", "die Rose", "via delle
Rose", "get off at Angel"), not someone."""
_CALENDAR = frozenset("april may june august noël".split())
"""First names that are the calendar's words, capitalised wherever they stand ("in August", "la soirée de Noël")."""


def _a_word_written_as_a_name(word: re.Match[str]) -> bool:
    """A first name that is also a word ("Grace", "Will", "Rosa", "Blanche"), tagged by the tagger and written as a
    name in cased text: capitalised inside its sentence, after no article and no word of where ("at", "to"), before
    no other capitalised word or number ("Did Grace ever send the photos", "c'est Blanche qui a pris", "Grazie Rosa
    per la torta"; not "Grace period ends", "the Summer sale", "via delle Rose", "get off at Angel", "Will you", "in
    August", "Rose Cottage"). Never a month or Christmas ("la soirée de Noël"), a place or a word of the sensitive
    lexicon ("Christian", "Jesus")."""
    text, said = word.string, word.group()
    low = said.lower()
    if text == text.lower() or said.isupper() or not said[0].isupper() or low not in lists.first_names():
        return False
    before = text[: word.start()].rstrip()
    if not before or before[-1] in '.!?:;"¿¡\n':
        return False
    previous = re.findall(r"[^\W\d_]+$", before)
    if previous and previous[0].lower() in _NOT_BEFORE_A_NAME:
        return False
    after = re.match(r"[\s,]*([^\W_]+)", text[word.end() :])
    if after and (after.group(1)[0].isupper() or after.group(1)[0].isdigit()):
        return False
    return low not in _CALENDAR and low not in towns() and not _sensitive(said)


def _plausible_name(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tagged name without function words at its edges ("I'm Michael"), or [] when it is more likely
    ordinary words ("April showers", "grace"): mostly common words and no unambiguous listed first name, or only
    nationalities ("Ethiopian")."""
    stop = lists.words("name_stopwords.txt")
    while words and (words[0].group().lower() in stop or "'" in words[0].group() or not words[0].group()[0].isalpha()):
        words = words[1:]
    while words and (words[-1].group().lower() in stop or not words[-1].group()[0].isalpha()):
        words = words[:-1]
    if not words:
        return []
    lowered = [w.group().lower() for w in words]
    if lowered == [w for w in lowered if w in lists.words("demonyms.txt")]:
        return []  # "My neighbour is Ethiopian", "my dad is Jamaican": a nationality, no one's name
    if sum(w not in _PARTICLES for w in lowered) > MAX_NAME_WORDS:
        return []  # "wie wirken sich zölle auf": a clause, not a name
    ambiguous = lists.words("ambiguous_names.txt")
    if any(w in lists.first_names() and w not in ambiguous for w in lowered):
        return words
    if len(words) > 1 and all(w.group()[0].isupper() for w in words) and not text_is_upper(words):
        return words  # "Georgia Jackson": capitalised words together, in cased text
    if len(words) == 1 and _a_word_written_as_a_name(words[0]):
        return words
    common = sum(_rank_bucket(w) in ("r2k", "r5k") or w in ambiguous for w in lowered)
    return [] if common * 2 >= len(lowered) else words
