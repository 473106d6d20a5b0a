"""PII redaction: find personal data in one utterance and replace it with typed tokens like `[EMAIL]`.

Every detector is a pattern plus a validator (Luhn for cards, mod-97 for IBANs, the SSA's rules for SSNs,
`ipaddress` for IPs), so near-misses such as a 16-digit number that fails Luhn stay as they are. Detectors run
in priority order and a span already taken (even by a number that failed validation) cannot be re-claimed by a
weaker detector, which keeps a rejected card number from coming back as a "phone number".

Text arrives from speech recognition, so spoken forms count too: "five five five one two three four",
"john dot smith at gmail dot com", "two twenty one b baker street", "born on the third of march nineteen
eighty five".
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from edge.home import models_dir
from edge.types import PiiSpan

TOKENS = {
    "email": "[EMAIL]",
    "url": "[URL]",
    "ip": "[IP]",
    "iban": "[IBAN]",
    "card": "[CARD]",
    "ssn": "[SSN]",
    "phone": "[PHONE]",
    "dob": "[DOB]",
    "address": "[ADDRESS]",
    "name": "[NAME]",
}
"""PII type -> the token that replaces it in the redacted text."""

_PROTECTED = ""  # a span that is claimed (so weaker detectors skip it) but not redacted

Candidate = tuple[int, int, str]


def redact_pii(text: str) -> tuple[str, tuple[PiiSpan, ...]]:
    """Return `text` with every PII span replaced by its token, and the spans (offsets index `text`)."""
    spans = find_pii(text)
    parts: list[str] = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        parts.append(TOKENS[span.type])
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts), spans


def find_pii(text: str) -> tuple[PiiSpan, ...]:
    """All PII spans in `text`, sorted by offset and never overlapping."""
    taken: list[Candidate] = []
    for detector in _DETECTORS:
        for start, end, kind in detector(text):
            if start < end and not any(start < e and s < end for s, e, _ in taken):
                taken.append((start, end, kind))
    return tuple(PiiSpan(kind, s, e) for s, e, kind in sorted(taken) if kind != _PROTECTED)


# --- validators ------------------------------------------------------------------------------------


def luhn_valid(digits: str) -> bool:
    """The payment-card check digit (ISO/IEC 7812)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
    "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TR": 26, "AE": 23, "SA": 24, "IL": 23, "BR": 29, "UA": 29,
}  # fmt: skip


def iban_valid(compact: str) -> bool:
    """ISO 13616: the country's length (where known) and the mod-97 check."""
    iban = compact.upper()
    if not (15 <= len(iban) <= 34 and iban[:2].isalpha() and iban[2:4].isdigit() and iban.isalnum()):
        return False
    if _IBAN_LENGTHS.get(iban[:2], len(iban)) != len(iban):
        return False
    return int("".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """US SSN: never area 000, 666 or 900-999, group 00 or serial 0000 (SSA rules)."""
    a = int(area)
    return a != 0 and a != 666 and a < 900 and group != "00" and serial != "0000"


# --- e-mail, URL, IP -------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_TLD = r"(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|eu|info|biz|me|app|dev|ai|tv|us|ca|au|ch|at|be|se|no|dk|fi|pl|jp|in|ru|br)"
_SPOKEN_WORD = r"[a-z0-9]+"
_NOT_LOCAL_PART = (
    "look|looking|meet|meeting|me|us|it|them|him|her|arrive|arrived|stay|be|is|are|was|here|there|home|work|go|get|"
    "shop|buy|find|sell|available|online|sale|the|a|an|and|or|that|this|check|found|only|exclusively|open"
)
_SPOKEN_EMAIL = re.compile(
    rf"\b(?!(?:{_NOT_LOCAL_PART})\b){_SPOKEN_WORD}(?:\s+(?:dot|underscore|dash|hyphen)\s+{_SPOKEN_WORD})*"
    rf"\s+at\s+{_SPOKEN_WORD}(?:\s+dot\s+{_SPOKEN_WORD})*\s+dot\s+{_TLD}\b",
    re.IGNORECASE,
)
_URL = re.compile(
    rf"\b(?:https?://|www\.)[^\s<>\"']+|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+{_TLD}\b(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
_SPOKEN_URL = re.compile(
    rf"\b(?:(?:https?\s+colon\s+slash\s+slash|www\s+dot)\s+)?(?!(?:the|a|an|and|of)\b){_SPOKEN_WORD}"
    rf"(?:\s+dot\s+{_SPOKEN_WORD})*\s+dot\s+{_TLD}\b(?:\s+slash\s+{_SPOKEN_WORD})*",
    re.IGNORECASE,
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_VERSION_CUE = re.compile(r"(?:\b(?:version|ver|release|build|v)\.?\s*|\bv)$", re.IGNORECASE)


def _emails(text: str) -> Iterator[Candidate]:
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "email"
    for m in _SPOKEN_EMAIL.finditer(text):
        yield m.start(), m.end(), "email"


def _urls(text: str) -> Iterator[Candidate]:
    for m in _URL.finditer(text):
        yield m.start(), m.start() + len(m.group().rstrip(".,;:!?)")), "url"
    for m in _SPOKEN_URL.finditer(text):
        yield m.start(), m.end(), "url"


def _ips(text: str) -> Iterator[Candidate]:
    for m in _IPV4.finditer(text):
        if _VERSION_CUE.search(text[max(0, m.start() - 12) : m.start()]):
            yield m.start(), m.end(), _PROTECTED
            continue
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        yield m.start(), m.end(), "ip"
    for m in _IPV6.finditer(text):
        candidate = m.group()
        if sum(ch.isalnum() for ch in candidate) < 2:
            continue
        try:
            ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        yield m.start(), m.end(), "ip"


# --- IBAN ------------------------------------------------------------------------------------------

_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{1,4}){2,8}")


def _ibans(text: str) -> Iterator[Candidate]:
    for m in _IBAN.finditer(text):
        # The pattern is greedy (a trailing word may join the last group): try every group end, longest first.
        ends = [m.start() + g.end() for g in re.finditer(r"[A-Za-z0-9]+", m.group())]
        for end in reversed(ends):
            if end < len(text) and text[end].isalnum():
                continue
            if iban_valid(re.sub(r"\s", "", text[m.start() : end])):
                yield m.start(), end, "iban"
                break
        else:  # IBAN-shaped but failing the check: claim its digit groups so no card or phone is read into them
            groups = [g for g in re.finditer(r"[A-Za-z0-9]+", m.group()) if any(ch.isdigit() for ch in g.group())]
            if len(groups) >= 3:
                yield m.start(), m.start() + groups[-1].end(), _PROTECTED


# --- digit runs: card, SSN, phone ------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"(?<![\w+.,/-])\+?(?:\(\d{1,4}\)[ .-]?)?\d+(?:(?:[ .-]|[ ]?\(|\)[ .-]?)\d+\)?)*(?![\w/])")
_SSN_CUE = re.compile(r"\b(?:social(?:\s+security)?|ssn|s\s?s\s?n)\b", re.IGNORECASE)
_PHONE_CUE = re.compile(
    r"\b(?:call|calling|phone|number|text|dial|reach|cell|mobile|fax|tel|telephone|contact|whatsapp|ring)\b",
    re.IGNORECASE,
)


def _classify_digits(digits: str, groups: list[int], raw: str, before: str) -> str | None:
    """The PII type of one run of digits, `_PROTECTED` for a long number that is none, None for short numbers."""
    n = len(digits)
    plain = "(" not in raw and not raw.startswith("+")
    if plain and 13 <= n <= 19 and luhn_valid(digits) and (len(groups) == 1 or max(groups) <= 6):
        return "card"
    ssn_cue = bool(_SSN_CUE.search(before))
    if n == 9 and plain and (groups == [3, 2, 4] or (groups == [9] and ssn_cue)):
        return "ssn" if ssn_valid(digits[:3], digits[3:5], digits[5:]) else _PROTECTED
    phone_cue = bool(_PHONE_CUE.search(before))
    if raw.startswith("+") and 8 <= n <= 15:
        return "phone"
    if digits.startswith("00") and 10 <= n <= 15 and len(groups) > 1:
        return "phone"
    if n == 10 and (groups in ([3, 3, 4], [6, 4]) or (groups == [10] and phone_cue)):
        return "phone"
    if n == 11 and digits[0] == "1" and (groups == [1, 3, 3, 4] or (groups == [11] and phone_cue)):
        return "phone"
    if n == 7 and groups == [3, 4] and (re.search(r"\d[.-]\d", raw) or phone_cue):
        return "phone"
    if digits[0] == "0" and 9 <= n <= 12 and (len(groups) > 1 and all(2 <= g <= 5 for g in groups) or phone_cue):
        return "phone"
    if phone_cue and 7 <= n <= 15:
        return "phone"
    return _PROTECTED if n >= 7 else None


def _digit_runs(text: str) -> Iterator[Candidate]:
    for m in _DIGIT_RUN.finditer(text):
        raw = m.group()
        groups = [len(g) for g in re.findall(r"\d+", raw)]
        kind = _classify_digits(re.sub(r"\D", "", raw), groups, raw, text[max(0, m.start() - 40) : m.start()])
        if kind is not None:
            yield m.start(), m.end(), kind


_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_DIGIT_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_RUN = re.compile(
    rf"\b(?:(?:double|triple)\s+)?{_DIGIT_WORD}(?:(?:\s*[,-]\s*|\s+)(?:(?:double|triple)\s+)?{_DIGIT_WORD})+\b",
    re.IGNORECASE,
)


def _spoken_digits(words: list[str]) -> str:
    out: list[str] = []
    repeat = 1
    for word in words:
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        out.append(_DIGIT_WORDS[word] * repeat)
        repeat = 1
    return "".join(out)


def _spoken_runs(text: str) -> Iterator[Candidate]:
    for m in _SPOKEN_RUN.finditer(text):
        words = re.findall(r"[a-z]+", m.group().lower())
        # A leading "oh" is a zero ("oh seven seven ...") unless a comma sets it apart ("oh, one two three").
        start_word = 0
        if words[0] in ("oh", "o") and re.match(r"[A-Za-z]+\s*,", m.group()):
            words.pop(0)
            start_word = 1
        while words and words[-1] in ("oh", "o"):
            words.pop()
        digits = _spoken_digits(words)
        if len(digits) < 7:
            continue
        start = m.start() + _nth_word_offset(m.group(), start_word)
        end = m.start() + _last_word_end(m.group(), words[-1])
        before = text[max(0, start - 40) : start]
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            kind = "card"
        elif len(digits) == 9 and _SSN_CUE.search(before):
            kind = "ssn" if ssn_valid(digits[:3], digits[3:5], digits[5:]) else _PROTECTED
        elif len(digits) <= 15:
            kind = "phone"
        else:
            kind = _PROTECTED
        yield start, end, kind


def _nth_word_offset(s: str, n: int) -> int:
    return [w.start() for w in re.finditer(r"[A-Za-z]+", s)][n]


def _last_word_end(s: str, last: str) -> int:
    return [w.end() for w in re.finditer(r"[A-Za-z]+", s) if w.group().lower() == last][-1]


# --- dates of birth --------------------------------------------------------------------------------

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORDINAL_WORD = (
    rf"(?:(?:twenty|thirty)[\s-]+{_ORDINAL_UNITS}|{_ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD})"
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[\s-]+(?:oh[\s-]+{_UNITS}|{_TEENS}|{_TENS}(?:[\s-]+{_UNITS})?)|"
    rf"two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_TEENS}|{_UNITS}|twenty(?:[\s-]+{_UNITS})?))?)"
)
_YEAR = rf"(?:\d{{4}}|'\d{{2}}|{_SPOKEN_YEAR})"
_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH},?\s+{_YEAR})"
)
_DOB = re.compile(
    rf"\b(?:born(?:\s+on)?|date\s+of\s+birth(?:\s+is)?|d\.?o\.?b\.?:?|birth\s?date(?:\s+is)?|"
    rf"birthday(?:\s+is|'s)?(?:\s+on)?)\s+(?P<date>{_DATE})(?![\w/])"
    rf"|\bborn\s+in\s+(?P<year>{_DATE}|\d{{4}}|{_SPOKEN_YEAR})\b",
    re.IGNORECASE,
)


def _dates_of_birth(text: str) -> Iterator[Candidate]:
    for m in _DOB.finditer(text):
        group = "date" if m.group("date") else "year"
        yield m.start(group), m.end(group), "dob"


# --- street addresses ------------------------------------------------------------------------------

_NUMBER_WORD = rf"(?:{_UNITS}|{_TEENS}|{_TENS}|hundred|thousand|oh)"
_HOUSE_NUMBER = rf"(?:\d{{1,5}}[A-Za-z]?|{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,4}}(?:\s+[a-z]\b)?)"
_STREET_STOP = (
    r"(?:on|at|in|the|a|an|and|or|to|of|for|from|by|near|with|pm|am|p\.m|a\.m|minutes?|hours?|days?|weeks?|"
    r"months?|years?|miles?|people|times?|more|less|is|are|was|i|you|we|they|it|my|your|our|down|up|off|this|that)"
)
_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|way|close|"
    r"crescent|square|sq|highway|hwy|parkway|pkwy|circle|cir|alley|row|gardens|grove|mews)"
)
_ADDRESS = re.compile(
    rf"(?<![\w.-]){_HOUSE_NUMBER}\s+(?:(?!{_STREET_STOP}\b)[A-Za-z][A-Za-z'-]*\.?\s+){{1,3}}{_STREET_SUFFIX}\b\.?"
    rf"(?:,?\s+(?:apt|apartment|suite|ste|unit|flat|#)\.?\s*#?\w+)?",
    re.IGNORECASE,
)
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}\b")


def _addresses(text: str) -> Iterator[Candidate]:
    for m in _ADDRESS.finditer(text):
        yield m.start(), m.end(), "address"
    for m in _UK_POSTCODE.finditer(text):
        yield m.start(), m.end(), "address"


# --- person names ----------------------------------------------------------------------------------

_NAME_STOP = frozenset(
    """a an the and or but not no yes me you him her us them it its my your his our their this that these those
    i we he she they who what when where why how is am are was were be been being do does did have has had will
    would can could should may might must shall to of in on at by for with from up down out over about into onto
    so just very really too also here there now then today tomorrow tonight later soon back home work mom dad
    mum mother father brother sister son daughter wife husband boyfriend girlfriend boss honey babe baby please
    thanks sorry fine good great okay ok sure tired hungry busy ready sick late going coming trying looking
    again everyone someone anyone nobody all both each every some any pepper strange""".split()
)
_AMBIGUOUS_NAMES = frozenset(
    """april may june august will mark bill grace hope joy faith rose art jack guy bob dawn eve ruby iris lily
    jasmine crystal amber destiny lane wade dale glen cliff rich sandy misty holly ivy pearl jade gene sue don ray
    roy rod pat dean penny candy carol clay reed king brook lee frank miles chase hunter sterling christian
    summer autumn ginger harmony precious hazel olive daisy violet heather rusty buck duke earl prince sonny
    angel robin jay nick jean tommy jordan austin israel dallas jackson virginia florence victoria charlotte
    regina georgia constance stella melody flora chelsea marina celeste helena carolina charity alexandria
    savannah cherry sierra sydney adelaide india bella madison jesus mary major star sky storm max page""".split()
)
_STRONG_NAME_CUE = re.compile(
    r"\b(?:my\s+name\s+is|my\s+name's|name's|i\s+am\s+called|call\s+me|people\s+call\s+me)\s+", re.IGNORECASE
)
_TITLE_CUE = re.compile(r"\b(?:mr|mrs|ms|mx|dr|prof|mister|missus)\.?\s+", re.IGNORECASE)
_TITLE_WORD_CUE = re.compile(r"\b(?:doctor|professor|miss|nurse|officer|judge)\s+", re.IGNORECASE)
_CONTACT_CUE = re.compile(
    r"\b(?:call|text|email|e-mail|message|ring|phone|tell|ask|remind|invite|dear|ping|facetime|dm)\s+", re.IGNORECASE
)
_WEAK_CUE = re.compile(
    r"\b(?:i'm|i\s+am|this\s+is|it's|with|and|hi|hey|hello|thanks|thank\s+you|meet|meeting|met|see|saw|visit|"
    r"from|for|to|about|love|miss)\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CONTRACTION = re.compile(r"['’](?:t|ll|re|ve|d|m)\b", re.IGNORECASE)
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!['’](?:t|ll|re|ve|d|m)\b)")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The shipped first-name list (models/privacy/first_names.txt), lowercase."""
    path: Path = models_dir() / "privacy" / "first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _word_after(text: str, pos: int) -> re.Match[str] | None:
    m = _WORD.match(text, pos)
    if m is None:
        return None
    word = m.group()
    contraction = _CONTRACTION.search(word)
    if contraction:  # "Don't" is not "Don"
        return None
    return m


def _name_at(text: str, pos: int, accept: Callable[[str, bool], bool]) -> Candidate | None:
    """A name starting at `pos` (plus a capitalized surname after it) if `accept(word, capitalized)`."""
    first = _word_after(text, pos)
    if first is None:
        return None
    word = first.group().rstrip("'’s").rstrip("'’")
    if not word or word.lower() in _NAME_STOP or not accept(word.lower(), word[0].isupper()):
        return None
    end = first.start() + len(word)
    surname = re.match(r"\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['’](?:t|ll|re|ve|d|m)\b)", text[end:])
    if surname and surname.group(1).lower() not in _NAME_STOP:
        end += surname.end(1)
    return first.start(), end, "name"


def _names(text: str) -> Iterator[Candidate]:
    names = first_names()
    lower_text = text == text.lower()

    def strong(word: str, capitalized: bool) -> bool:
        return word in names or capitalized or lower_text

    def contact(word: str, capitalized: bool) -> bool:
        return word in names

    def weak(word: str, capitalized: bool) -> bool:
        return word in names and word not in _AMBIGUOUS_NAMES

    def listed_or_capitalized(word: str, capitalized: bool) -> bool:
        return word in names or capitalized

    cues = (
        (_STRONG_NAME_CUE, strong),
        (_TITLE_CUE, strong),
        (_TITLE_WORD_CUE, listed_or_capitalized),
        (_CONTACT_CUE, contact),
        (_WEAK_CUE, weak),
    )
    for cue, accept in cues:
        for m in cue.finditer(text):
            found = _name_at(text, m.end(), accept)
            if found:
                yield found
    for m in _CAPITALIZED.finditer(text):  # cased text (Whisper): a listed name written with a capital
        word = m.group().lower()
        if word in names and word not in _AMBIGUOUS_NAMES:
            found = _name_at(text, m.start(), weak)
            if found:
                yield found


_DETECTORS: tuple[Callable[[str], Iterator[Candidate]], ...] = (
    _emails,
    _urls,
    _ips,
    _ibans,
    _dates_of_birth,
    _digit_runs,
    _spoken_runs,
    _addresses,
    _names,
)
