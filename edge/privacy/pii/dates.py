"""Dates of birth: a date after "born", "date of birth", "DOB", "birthday" (other dates are not personal)."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
