"""Synthetic labelled PII sentences: templates filled with Faker values, rendered the ways speech arrives.

Shared by `train_tagger.py` (training data) and `eval/build_eval.py` (the evaluation set); each brings its own
templates. Styles: "written" (values as typed), "spoken" (numbers and e-mails said aloud, cased like Whisper),
"asr_lower" (lowercase, Whisper's number formats: "555-212-4367", "5, 5, 5, 2", "4,111,111,..."),
"asr_nopunct" (Vosk-like: lowercase words only, every number in words, no punctuation).
Faker (MIT licence) is a development dependency: `pip install faker`; nothing here ships or runs on the device.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT")
STYLES = ("written", "spoken", "asr_lower", "asr_nopunct")
PII_TYPES = (
    "PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "NATIONAL_ID",
    "EMAIL_ADDRESS", "IP_ADDRESS", "URL", "DATE_OF_BIRTH",
)  # fmt: skip
FILLERS = ("NUM", "SMALL", "TIME", "YEAR", "PRICE", "BIG", "FIRST_ONLY")

_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_MONTHS = "January February March April May June July August September October November December".split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


@dataclass
class Example:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    locale: str = "en_US"
    style: str = "written"
    template: str = ""

    def to_json(self) -> dict:
        return {"text": self.text, "spans": [list(s) for s in self.spans], "locale": self.locale,
                "style": self.style, "template": self.template}  # fmt: skip


def surname_half(name: str) -> int:
    """0 or 1: surnames are split by a hash so training and evaluation use different ones."""
    return zlib.crc32(name.lower().encode()) % 2


def number_words(n: int) -> str:
    """English words for 0 <= n < 100000, as a recognizer writes them ("two hundred twenty one")."""
    if n < 10:
        return _DIGIT_WORDS[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _DIGIT_WORDS[n % 10])
    if n < 1000:
        rest = n % 100
        return _DIGIT_WORDS[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    rest = n % 1000
    return number_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + number_words(rest))


def spell_digits(value: str, rng: random.Random) -> str:
    """Digits said one by one, written groups kept apart by commas: "555-212" -> "five five five, two one two"."""
    groups = re.findall(r"\d+", value)
    said = []
    for group in groups:
        words = [_DIGIT_WORDS[int(d)] for d in group]
        if rng.random() < 0.15:
            words = ["oh" if w == "zero" else w for w in words]
        said.append(" ".join(words))
    sep = ", " if rng.random() < 0.5 else " "
    return sep.join(said)


def whisper_number(value: str, rng: random.Random) -> str:
    """A dictated number the way Whisper may write it."""
    digits = re.sub(r"\D", "", value)
    choice = rng.random()
    if choice < 0.4:
        return value if not value.startswith("+") else value
    if choice < 0.6:
        return ", ".join(digits)
    if choice < 0.8 and len(digits) > 4:
        head = len(digits) % 3 or 3
        return ",".join([digits[:head]] + [digits[k : k + 3] for k in range(head, len(digits), 3)])
    return "-".join(re.findall(r"\d+", value)) if len(re.findall(r"\d+", value)) > 1 else digits


class Values:
    """Faker values per locale; `half` picks the surname half (0 training, 1 evaluation)."""

    def __init__(self, seed: int, half: int) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        for i, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed * 31 + i)
        self.half = half

    def person(self, loc: str) -> str:
        fake = self.fakers[loc]
        for _ in range(50):
            last = fake.last_name()
            if surname_half(last) == self.half:
                break
        first = fake.first_name()
        return first if self.rng.random() < 0.15 else f"{first} {last}"

    def value(self, kind: str, loc: str, style: str) -> str:  # noqa: C901 - one branch per kind
        fake, rng = self.fakers[loc], self.rng
        if kind == "PERSON":
            return self.person(loc)
        if kind == "FIRST_ONLY":
            return fake.first_name()
        if kind == "PHONE_NUMBER":
            value = fake.phone_number()
            if style in ("spoken", "asr_nopunct"):
                plus = "plus " if value.startswith("+") else ""
                return plus + spell_digits(value.split("x")[0], rng)
            return whisper_number(value, rng) if style == "asr_lower" and "x" not in value else value
        if kind == "CREDIT_CARD":
            digits = fake.credit_card_number()
            written = " ".join(digits[k : k + 4] for k in range(0, len(digits), 4)) if rng.random() < 0.5 else digits
            if style in ("spoken", "asr_nopunct"):
                return spell_digits(written, rng)
            return whisper_number(written, rng) if style == "asr_lower" else written
        if kind == "IBAN_CODE":
            iban = fake.iban()
            return " ".join(iban[k : k + 4] for k in range(0, len(iban), 4)) if rng.random() < 0.6 else iban
        if kind == "US_SSN":
            ssn = self.fakers["en_US"].ssn()
            if style in ("spoken", "asr_nopunct"):
                return spell_digits(ssn, rng)
            return ssn
        if kind == "NATIONAL_ID":
            return self.national_id(loc)
        if kind == "EMAIL_ADDRESS":
            email = fake.email()
            if style in ("spoken", "asr_nopunct") or (style == "asr_lower" and rng.random() < 0.5):
                local, domain = email.split("@")
                return (local.replace(".", " dot ").replace("_", " underscore ") + " at "
                        + domain.replace(".", " dot "))  # fmt: skip
            return email
        if kind == "IP_ADDRESS":
            return fake.ipv4()
        if kind == "URL":
            url = fake.url()
            if style in ("spoken", "asr_nopunct"):
                return re.sub(r"^https?://(www\.)?", "", url).rstrip("/").replace(".", " dot ")
            return url if rng.random() < 0.5 else re.sub(r"^https?://", "", url).rstrip("/")
        if kind == "STREET_ADDRESS":
            address = fake.street_address().replace("\n", ", ")
            if style == "asr_nopunct" or (style == "spoken" and rng.random() < 0.3):
                address = re.sub(r"\d+", lambda m: number_words(int(m.group())) if len(m.group()) < 5 else
                                 spell_digits(m.group(), rng), address)  # fmt: skip
            return address
        if kind == "DATE_OF_BIRTH":
            date = fake.date_of_birth(minimum_age=5, maximum_age=90)
            if style in ("spoken", "asr_nopunct"):
                year = date.year
                said_year = (number_words(year // 100) + " " + (number_words(year % 100) if year % 100 >= 10 else
                             "oh " + number_words(year % 100))) if year < 2000 else number_words(year)  # fmt: skip
                return f"the {_ORDINALS[min(date.day, 20) - 1]} of {_MONTHS[date.month - 1]} {said_year}"
            forms = [f"{date.day} {_MONTHS[date.month - 1]} {date.year}", f"{_MONTHS[date.month - 1]} {date.day}, {date.year}",
                     date.strftime("%m/%d/%Y"), date.strftime("%d.%m.%Y"), date.isoformat()]  # fmt: skip
            return rng.choice(forms)
        return self.filler(kind, style)

    def national_id(self, loc: str) -> str:
        rng = self.rng
        if loc == "en_US":
            return self.fakers["en_US"].ssn()
        if loc == "en_GB":
            letters = "ABCEGHJKLMNPRSTWXYZ"
            prefix = rng.choice("ABCEGHJKLMNPRSTWXY") + rng.choice(letters.replace("O", ""))
            digits = "".join(rng.choice("0123456789") for _ in range(6))
            return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"
        if loc == "de_DE":
            return _german_idnr(rng)
        if loc == "fr_FR":
            return self.fakers["fr_FR"].ssn()
        if loc == "es_ES":
            return self.fakers["es_ES"].nif() if rng.random() < 0.7 else self.fakers["es_ES"].nie()
        return self.fakers["it_IT"].ssn()

    def filler(self, kind: str, style: str) -> str:
        rng = self.rng
        words = style in ("spoken", "asr_nopunct")
        if kind == "NUM":
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 45, 50, 100, 250])
            return number_words(n) if words else str(n)
        if kind == "SMALL":
            n = rng.randint(1, 10)
            return number_words(n) if words or rng.random() < 0.5 else str(n)
        if kind == "TIME":
            h, m = rng.randint(1, 12), rng.choice([0, 15, 30, 45, 5, 10])
            if words:
                return number_words(h) + (
                    "" if m == 0 else (" oh " + number_words(m) if m < 10 else " " + number_words(m))
                )
            return f"{h}:{m:02d}"
        if kind == "YEAR":
            year = rng.randint(1950, 2030)
            if words:
                return (
                    number_words(year // 100) + " " + number_words(year % 100)
                    if year % 100 >= 10
                    else number_words(year)
                )
            return str(year)
        if kind == "PRICE":
            euros, cents = rng.randint(1, 3000), rng.randint(0, 99)
            if words:
                return number_words(euros) + " dollars"
            return rng.choice([f"${euros}.{cents:02d}", f"{euros} euros", f"£{euros}", f"{euros},{cents:02d} €"])
        if kind == "BIG":
            n = rng.choice([1200, 15000, 250000, 1000000, 8336817, 3500000, 120000000])
            return number_words(n) if words and n < 100000 else f"{n:,}"
        raise ValueError(f"unknown placeholder {kind}")


def _german_idnr(rng: random.Random) -> str:
    from stdnum.de import idnr
    from stdnum.iso7064 import mod_11_10

    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
        if max(body.count(d) for d in set(body)) not in (2, 3) or len(set(body)) < 7:
            continue
        check = mod_11_10.calc_check_digit(body)
        if idnr.is_valid(body + check):
            return body + check


_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


def render(template: str, values: Values, loc: str, style: str) -> Example:
    """`template` ("Call {PERSON} on {PHONE_NUMBER}.") filled for `loc` in `style`, with the PII spans."""
    text = ""
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for m in _PLACEHOLDER.finditer(template):
        text += _style_text(template[cursor : m.start()], style)
        value = _style_value(values.value(m.group(1), loc, style), style)
        if m.group(1) in PII_TYPES:
            spans.append((len(text), len(text) + len(value), m.group(1)))
        text += value
        cursor = m.end()
    text += _style_text(template[cursor:], style)
    if style in ("asr_lower", "asr_nopunct"):
        text = text.lower()
    text, spans = _squeeze(text, spans)
    return Example(text, spans, loc, style, template)


def _style_text(text: str, style: str) -> str:
    return re.sub(r"[,.?!;:]", "", text) if style == "asr_nopunct" else text


def _style_value(value: str, style: str) -> str:
    if style == "asr_nopunct":
        value = re.sub(r"[,;:!?()]", " ", value).replace("'", " ")
        value = re.sub(r"(?<=\w)[.](?=\s|$)", "", value)
    return value


def _squeeze(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """Collapse runs of spaces (moving the spans with the text) and strip the ends of each span."""
    keep = [i for i, ch in enumerate(text) if not (ch == " " and (i == 0 or text[i - 1] == " "))]
    new_index = {old: new for new, old in enumerate(keep)}
    squeezed = "".join(text[i] for i in keep)

    def moved(i: int) -> int:
        while i not in new_index and i < len(text):
            i += 1
        return new_index.get(i, len(squeezed))

    out = []
    for start, end, kind in spans:
        s, e = moved(start), moved(end)
        while s < e and squeezed[s] == " ":
            s += 1
        while e > s and squeezed[e - 1] in " ,.":
            e -= 1
        out.append((s, e, kind))
    return squeezed.strip(), [
        (s - (len(squeezed) - len(squeezed.lstrip())), e - (len(squeezed) - len(squeezed.lstrip())), k)
        for s, e, k in out
    ]
