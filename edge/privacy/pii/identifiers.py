"""Identifiers with letters in them, checked with `python-stdnum`: IBANs and national ID numbers.

IBAN (ISO 13616, mod 97), UK National Insurance number, Spanish DNI/NIE, Italian codice fiscale. Digit-only
IDs (cards, US SSN, German tax ID, French NIR) are numbers and live in `numbers`. Other identifiers of letters
and digits have no checksum to test (a German identity card's "L01X00T47", a passport, a customer or policy
number): one is taken when a word naming it comes right before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from edge.privacy.pii.registry import Finding

if TYPE_CHECKING:
    from edge.privacy.pii.numbers import Run

_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{1,4}){2,8}")
_GROUP = re.compile(r"[A-Za-z0-9]+")
# HMRC's format: two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, KN, NK, NT, TN, ZZ),
# six digits, a suffix A-D.
_NINO = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.IGNORECASE
)
_DNI = re.compile(r"\b(?:\d{8}|[XYZxyz]\d{7})[- ]?[A-Za-z]\b")
_CODICE_FISCALE = re.compile(r"\b[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]\b")
_ID_WORD = (
    r"passport|reisepass|passeport|pasaporte|passaporto|(?:personal)?ausweis|identity\s+card|id\s+card|id|"
    r"licen[cs]e|driver'?s\s+licen[cs]e|führerschein|permis|carnet|patente|account|customer|member(?:ship)?|"
    r"policy|insurance|versicherung|kunden|mitglieds|vertrags|reference|client|cliente|tessera|serial"
)
_NUMBER_WORD = r"number|no\.?|nr\.?|#|nummer|numéro|número|numero|n°|nº"
_CUED_ID = re.compile(
    rf"\b(?:{_ID_WORD})(?:-?(?:{_NUMBER_WORD}))?(?:\s+(?:{_NUMBER_WORD}))?\s*(?:is|ist|est|es|è|:)?\s*"
    r"(?P<id>(?=[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])"  # 3 digits, a letter
    r"[A-Za-z0-9](?:-?[A-Za-z0-9]){5,19})\b",
    re.IGNORECASE,
)
"""A word naming an identifier, then one token of 6-20 letters and digits with at least three digits and a letter
("my passport number is X1234567", "Ausweisnummer L01X00T47", "policy no. AB-123-456"). Digits alone are runs of
`numbers`."""


_IBAN_CUE = re.compile(
    r"\b(?:iban|i\s+b\s+a\s+n)\b(?:\s+(?:number|nummer|no\.?))?(?:\s+(?:is|ist|lautet|est|c'?\s*est|es|è)\b)?"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[A-Za-z]\b")
_COUNTRY = re.compile(r"[A-Za-z][\s,.-]+[A-Za-z]\b")
_SPELLED_COUNTRY = re.compile(r"(?<![\w'])(?=[A-Za-z][\s,.-]+[A-Za-z]\b[\s,.-]*\w)")
"""Where two spelled letters start (zero width, so that "a D E acht ..." is tried at "a" and at "D")."""
_BETWEEN = re.compile(r"[\s,.-]*")
IBAN_MAX_CHARACTERS = 34
SPOKEN_IBAN_DIGITS = 10
"""An IBAN has at least 15 characters after its country letters (Norway's), most 18-30: a spelled one needs this
many digits after the word "IBAN" to be taken."""


def find_spelled_ibans(text: str) -> Iterator[Finding]:
    """An IBAN said with its letters spelled: country letters, then digits said or written and letters spelled in
    any order ("meine IBAN ist D E acht neun drei sieben ...", "G B eight two W E S T one two ..."). A speech
    recogniser writes each letter as a word of its own, so the number reader took only the digits and left "D E"
    and the bank code beside the redaction. After the word "IBAN" no checksum is asked for (the words may be
    misheard); anywhere else what is said must pass the IBAN check ("schick es an D E acht neun ...")."""
    from stdnum import iban

    from edge.privacy.pii.numbers import runs

    cues = [cue.end() for cue in _IBAN_CUE.finditer(text)]
    countries = [m.start() for m in _SPELLED_COUNTRY.finditer(text)]
    if not cues and not countries:
        return
    starts = {run.start: run for run in runs(text, 1)}
    found: list[Finding] = []
    for pos in cues:
        pieces = _spelled(text, pos, starts)
        digits = sum(ch.isdigit() for _, chars in pieces for ch in chars)
        if pieces and _COUNTRY.match(text, pos) and digits >= SPOKEN_IBAN_DIGITS:
            found.append(Finding(pos, pieces[-1][0], "iban"))
    for pos in countries:
        if any(f.start <= pos < f.end for f in found):
            continue
        value, ends = "", []
        for end, chars in _spelled(text, pos, starts, IBAN_MAX_CHARACTERS):
            value += chars
            ends.append((end, value))
        for end, said in reversed(ends):  # the longest that passes: words after it may be single letters ("a")
            if len(said) >= 15 and iban.is_valid(said, check_country=False):
                found.append(Finding(pos, end, "iban"))
                break
    yield from found


def _spelled(text: str, pos: int, starts: dict[int, Run], max_characters: int | None = None) -> list[tuple[int, str]]:
    """From `pos` on, the spelled letters and digit runs (`starts`: the runs of `numbers.runs` by their start) next
    to each other, (end, characters) of each, until `max_characters` are read."""
    pieces: list[tuple[int, str]] = []
    read = 0
    while pos < len(text) and (max_characters is None or read < max_characters):
        run = starts.get(pos)
        if run is not None:
            pieces.append((run.end, run.digits))
        elif (letter := _LETTER.match(text, pos)) is not None:
            pieces.append((letter.end(), letter.group().upper()))
        else:
            break
        read += len(pieces[-1][1])
        gap = _BETWEEN.match(text, pieces[-1][0])
        pos = gap.end() if gap else pieces[-1][0]
    return pieces


def find_ibans(text: str) -> Iterator[Finding]:
    """IBANs written in groups or spelled. The mod-97 check and the country's length decide, not the national
    check digits inside some countries' account numbers (Spain's, Italy's CIN): a number with one of those
    misheard or mistyped still names someone's account (`check_country=False`)."""
    from stdnum import iban

    yield from find_spelled_ibans(text)
    for m in _IBAN.finditer(text):
        # The pattern is greedy (a trailing word may join the last group): try every group end, longest first.
        ends = [m.start() + g.end() for g in _GROUP.finditer(m.group())]
        for end in reversed(ends):
            if end < len(text) and text[end].isalnum():
                continue
            if iban.is_valid(text[m.start() : end], check_country=False):
                yield Finding(m.start(), end, "iban")
                break
        else:  # IBAN-shaped but failing the check: claim its digit groups so no card or phone is read into them
            groups = [g for g in _GROUP.finditer(m.group()) if any(ch.isdigit() for ch in g.group())]
            if len(groups) >= 3:
                yield Finding(m.start(), m.start() + groups[-1].end(), None)


def find_national_ids(text: str) -> Iterator[Finding]:
    from stdnum.es import dni, nie
    from stdnum.it import codicefiscale

    for m in _NINO.finditer(text):
        yield Finding(m.start(), m.end(), "national_id")
    for m in _DNI.finditer(text):
        value = m.group().upper()
        if dni.is_valid(value) or nie.is_valid(value):
            yield Finding(m.start(), m.end(), "national_id")
    for m in _CODICE_FISCALE.finditer(text):
        if codicefiscale.is_valid(m.group().upper()):
            yield Finding(m.start(), m.end(), "national_id")


def find_cued_ids(text: str) -> Iterator[Finding]:
    for m in _CUED_ID.finditer(text):
        yield Finding(m.start("id"), m.end("id"), "number")
