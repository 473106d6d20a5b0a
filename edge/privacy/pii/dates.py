"""Dates of birth: a date after "born", "date of birth", "DOB", "birthday" (other dates are not personal), and
the same in German, French, Spanish and Italian ("geboren am 3. März 1985", "ich bin am dritten März
neunzehnhundertfünfundachtzig geboren", "née le 3 mars 1985", "fecha de nacimiento: 3 de marzo de 1985", "nata il
tre marzo millenovecentottantacinque"; a year said as words is read by `text2num`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from edge.privacy.pii.numbers import TOKEN, read_elsewhere
from edge.privacy.pii.registry import Finding

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORDINAL_WORD = (
    rf"(?:(?:twenty|thirty)[\s-]+{_ORDINAL_UNITS}|{_ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD})"
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[\s-]+(?:oh[\s-]+{UNITS}|{TEENS}|{TENS}(?:[\s-]+{UNITS})?)|"
    rf"two\s+thousand(?:\s+and)?(?:[\s-]+(?:{TEENS}|{UNITS}|twenty(?:[\s-]+{UNITS})?))?)"
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


def find_dates_of_birth(text: str) -> Iterator[Finding]:
    for m in _DOB.finditer(text):
        group = "date" if m.group("date") else "year"
        yield Finding(m.start(group), m.end(group), "dob")
    yield from find_dates_of_birth_elsewhere(text)


_MONTH_ELSEWHERE = (
    r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)"
)
_DATE_ELSEWHERE = (  # a day in digits or words ("3.", "1er", "dritten", "vingt-trois"), its month, maybe a written year
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|(?:\d{{1,2}}\.?|1er|[^\W\d_]{{3,20}}(?:(?:-|\s+et\s+)[^\W\d_]+){{0,2}})"
    rf"\s+(?:de\s+)?{_MONTH_ELSEWHERE}"
    rf"(?:\s+(?:de\s+)?\d{{4}})?)"
)
_DOB_ELSEWHERE = re.compile(
    r"\b(?:geboren(?:\s+(?:am|den))?|geburtsdatum(?:\s+ist)?(?:\s+der)?|geburtstag(?:\s+ist)?(?:\s+(?:am|der))?|"
    r"née?\s+le|(?:date\s+de\s+)?naissance(?:\s+(?:est|c['’\s]?est))?(?:\s*:)?(?:\s+le)?|"
    r"anniversaire(?:\s+est)?(?:\s+le)?|"
    r"nac[ií]\s+el|nacid[oa]\s+el|fecha\s+de\s+nacimiento(?:\s+es)?(?:\s*:)?(?:\s+el)?|cumpleaños(?:\s+es)?"
    r"(?:\s+el)?|nat[oa]\s+il|data\s+di\s+nascita(?:\s+è)?(?:\s*:)?(?:\s+il)?|compleanno(?:\s+è)?(?:\s+il)?)"
    rf"\s+(?P<date>{_DATE_ELSEWHERE})(?![\w/])"
    rf"|\b(?:am|den)\s+(?P<before>{_DATE_ELSEWHERE}(?:\s+[^\W\d_]+)?)\s+geboren\b",  # "ich bin am ... geboren"
    re.IGNORECASE,
)


def _spoken_year_end(text: str, start: int) -> int:
    """Where a year said as words right after `start` ends ("mille neuf cent quatre-vingt-cinq"), or `start`."""
    lead = re.match(r"\s+(?:de\s+)?", text[start:])
    if not lead:
        return start
    tokens = [m for m, _ in zip(TOKEN.finditer(text, start + lead.end()), range(8))]
    if not tokens:
        return start
    end = start
    for occurrence in read_elsewhere(text[tokens[0].start() : tokens[-1].end()], tokens):
        if occurrence.start == 0 and occurrence.text.isdigit() and 1900 <= int(occurrence.text) <= 2099:
            end = max(end, tokens[occurrence.end - 1].end())
    return end


def find_dates_of_birth_elsewhere(text: str) -> Iterator[Finding]:
    for m in _DOB_ELSEWHERE.finditer(text):
        group = "date" if m.group("date") else "before"
        end = m.end(group)
        if group == "date" and not re.search(r"\d{4}$", m.group(group)):
            end = _spoken_year_end(text, end)
        yield Finding(m.start(group), end, "dob")
