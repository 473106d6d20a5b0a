"""Numbers as speech recognizers write them, and what kind of personal number each one is.

A *run* is a sequence of digits however it was written or said: "555-212-4367", "5, 5, 5, 2, 1, 2, 4, 3, 6, 7",
"4,111,111,111,111,111,111,111" (Whisper's rendering of a dictated card number), "five five five two one two",
"oh seven seven double nine ...", "one eight hundred ...", and the same said in German, Spanish, French or
Italian ("null eins sieben sechs ...", "zéro six, douze, trente-quatre ...", read by `text2num`, made for speech
recognizers' output; English stays with the rules here, which know "oh" and "double"). Each run is then
classified with the libraries made for the job: `python-stdnum` for checksums (Luhn, SSN rules, German tax ID,
French NIR) and `phonenumbers` for phone numbers in the regions edge is used in. Ordinary numbers (counts,
years, times, prices, quantities with thousands separators) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from edge.privacy.pii.registry import Finding

REGIONS = ("US", "GB", "DE", "FR", "ES", "IT")
"""Regions whose national phone-number plans are tried for numbers written without a country code."""

MIN_DIGITS = 7
"""Runs shorter than this are never personal numbers (levels, counts, years, times, prices)."""

_UNITS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
_TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
    "ninety": "9",
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3}
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | frozenset(_REPEAT) | {"hundred"}

TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
"""A run of digits, a word, or one other character: what runs of numbers are read from."""
_SEPARATORS = frozenset(",.-/()")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*(\d{1,6})\b", re.IGNORECASE)
_MONEY = frozenset("$€£¥")

_CUES = {
    "card": (
        r"card|credit|debit|visa|mastercard|amex|american\s+express|kreditkarte|karte|(?:kredit)?kartennummer|carte|"
        r"tarjeta|carta"
    ),
    "ssn": r"social(?:\s+security)?|ssn|s\s?s\s?n",
    "phone": (
        r"call|calling|phone|text|dial|reach|cell|mobile|fax|tel|telephone|contact|whatsapp|ring|handy|anrufen|"
        r"telefon|telefonnummer|handynummer|ruf|téléphone|portable|appelle[rz]?|teléfono|móvil|llámame|llama|"
        r"telefono|cellulare|chiamami|chiama|sms|message|nachricht|mensaje|texto|messaggio|erreich\w*|joindre|"
        r"localizar\w*|contactar\w*|contatta\w*"
    ),
    "number": r"number|nummer|numéro|número|numero",
    "account": (
        r"account|acct|iban|routing|sort\s+code|passport|licen[cs]e|id|identification|policy|member|customer|"
        r"reference|ref|pin|tax|steuer-?id|steuernummer|ausweis|codice\s+fiscale|dni|nie|nir|insurance"
    ),
}
_CUE_RE = {kind: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for kind, pattern in _CUES.items()}

_SECRET_LEAD = re.compile(
    r"\b(?:pin(?:[\s-]?code)?|pin[\s-]?(?:nummer|number)|puk|cvv2?|cvc2?|cv2|security\s+code|passcode|"
    r"verification\s+code|one[\s-]time\s+(?:code|password|passcode)|otp|(?-i:TAN)|geheimzahl|"
    r"sicherheitscode|code\s+(?:pin|secret|de\s+sécurité)|c[oó]digo\s+(?:pin|de\s+seguridad)|"
    r"codice\s+(?:pin|di\s+sicurezza))"
    r"\s*(?:is|ist|est|es|è|:)?\s*$",
    re.IGNORECASE,
)
"""A word for a secret code right before a short number: "my PIN is 4821", "the CVV is 123", "Geheimzahl 1234"."""
_NUMBER_WORD = r"(?:number|no\.?|#|digits)"
_CARD_LEAD = re.compile(rf"\b(?:{_CUES['card']})\s+(?:card\s+)?{_NUMBER_WORD}?\s*(?:is|:)?\s*$", re.IGNORECASE)
_NUMBER_LEAD = re.compile(rf"\b{_NUMBER_WORD}\s*(?:is|:)?\s*$", re.IGNORECASE)
_MAESTRO_12 = ("0604", "5018", "5020", "5038", "5893", "56", "57", "58", "6304", "6390", "6759", "6761", "6762", "6763")
"""Maestro's issuer prefixes, the one scheme with 12-digit cards (0604: the UK range, which Faker still draws)."""

CLAIM = "claim"
"""Classification of a long number that is no known kind: claimed so no weaker recognizer reads it, not redacted."""


@dataclass
class Run:
    """One run of digits in a text: where it is, the digits, and how it was written."""

    start: int
    end: int
    digits: str
    groups: list[int]  # lengths of the written digit groups (a spoken run counts each word's digits)
    separators: list[str]  # what stood between consecutive groups, whitespace included
    spoken: bool = False  # at least one digit was a word
    single_words: int = 0  # spoken words worth exactly one digit ("five", "oh")
    prefix: str = ""  # "+" or "(" right before the first digit

    @property
    def dictated(self) -> bool:
        """Said digit by digit: spoken mostly as single digits, or written as single digits with separators."""
        if self.spoken:
            return self.single_words * 2 >= len(self.groups)
        return len(self.groups) >= MIN_DIGITS and max(self.groups) == 1

    @property
    def thousands(self) -> bool:
        """Written like a quantity: "4,111,111" (a comma, no space, then exactly three digits, every time)."""
        return (
            not self.spoken
            and len(self.groups) > 1
            and all(s == "," for s in self.separators)
            and all(g == 3 for g in self.groups[1:])
            and self.groups[0] <= 3
            and self.digits[0] != "0"  # no quantity starts with a zero: "059,715,937" is a dictated number
        )


OTHER_LANGUAGES = ("de", "es", "fr", "it")
"""Languages of use besides English whose spoken numbers `text2num` reads."""

Said = tuple[str, int, int]
"""A spoken number at a token: its digits, how many tokens it used, and how many of its words were one digit."""


_ITALIAN_ELISION = re.compile(r"cent(?=ott)", re.IGNORECASE)


class WordToken:
    """A token as `text2num.find_numbers` reads it."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: WordToken) -> bool:
        return False  # silences and punctuation are the run's business, not text2num's

    def not_a_number_part(self) -> bool:
        return False


def read_elsewhere(text: str, tokens: list[re.Match[str]]) -> Iterator[Any]:
    """`text2num`'s readings (its `Occurrence`s, over token indices) of the numbers said in German, Spanish, French
    or Italian in `text`, cut into `tokens`: every language that says one, in turn."""
    from text_to_num import alpha2digit
    from text_to_num import find_numbers as text2num_find

    # Italian elides cento's "o" before otto/ottanta ("centottantuno", 181), a form text2num does not read
    text = _ITALIAN_ELISION.sub("cento", text)
    words = [WordToken(_ITALIAN_ELISION.sub("cento", t.group())) for t in tokens]
    for lang in OTHER_LANGUAGES:
        if alpha2digit(text, lang, threshold=0) == text:
            continue  # no number said in this language: the string check is a third of the token walk's cost
        yield from text2num_find(words, lang, threshold=0)


def said_elsewhere(text: str, tokens: list[re.Match[str]]) -> dict[int, Said]:
    """Numbers said in German, Spanish, French or Italian in `text` (cut into `tokens`), by the token each starts
    at (the longest reading)."""
    if not any(t.group().isalpha() and t.group().lower() not in _NUMBER_WORDS for t in tokens):
        return {}
    found: dict[int, Said] = {}
    for occurrence in read_elsewhere(text, tokens):
        span = tokens[occurrence.start : occurrence.end]
        digits = occurrence.text
        if occurrence.is_ordinal or not digits.isdigit() or any(t.group().isdigit() for t in span):
            continue  # ordinals, decimals, and written digits (read by the rules) are not spoken digits
        said = [t for t in span if t.group().isalpha()]
        # one word a digit: a single digit, or zeros text2num joins to the next digit ("null eins", "cero cero uno")
        dictated = len(digits) == len(said) and (len(said) == 1 or digits.startswith("0"))
        singles = len(said) if dictated else 0
        if int(digits) >= 1000 and not singles:
            continue  # "mil", "million", "zweitausend": quantities and years, never said in a phone number
        used = occurrence.end - occurrence.start
        if used > found.get(occurrence.start, ("", 0, 0))[1]:
            found[occurrence.start] = (digits, used, singles)
    return found


@lru_cache(maxsize=16)
def tokens_and_said(text: str) -> tuple[list[re.Match[str]], dict[int, Said]]:
    """`text`'s tokens and the numbers said in the other languages (the number and address recognizers both ask;
    like the registry's, this memory of the last texts is never written anywhere)."""
    tokens = list(TOKEN.finditer(text))
    return tokens, said_elsewhere(text, tokens)


_ALSO_WORDS = frozenset({"un", "une", "una", "ein", "eine", "once", "elf", "second", "seconde"})
"""Number words of the other languages that are also articles or English words, never digitized alone."""


def digitized(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each number said in German, Spanish, French or Italian written in digits, padded with spaces to
    the words' length so that offsets stay ("abito in via Roma dodici" -> "abito in via Roma     12"), and the
    spans rewritten."""
    tokens, said = tokens_and_said(text)
    chars, spans = list(text), []
    for i, (digits, used, _) in sorted(said.items()):
        start, end = tokens[i].start(), tokens[i + used - 1].end()
        if used == 1 and text[start:end].lower() in _ALSO_WORDS:
            continue  # "un corso di ceramica", "appearing once": an article or an English word
        if len(digits) <= end - start:
            chars[start:end] = digits.rjust(end - start)
            spans.append((start, end))
    return "".join(chars), spans


def runs(text: str, min_digits: int = 2) -> Iterator[Run]:
    """Every run of digits in `text`, written or spoken, with at least `min_digits` digits."""
    tokens, elsewhere = tokens_and_said(text)
    i = 0
    while i < len(tokens):
        run, i = _run_at(text, tokens, i, elsewhere)
        if run is not None and len(run.digits) >= min_digits:
            yield run


def _run_at(text: str, tokens: list[re.Match[str]], i: int, elsewhere: dict[int, Said]) -> tuple[Run | None, int]:
    """The run starting at token `i` (None if it is no digit), and the index of the first token after it;
    `elsewhere`: the numbers said in the other languages, by token (`said_elsewhere`)."""
    digits: list[str] = []
    groups: list[int] = []
    separators: list[str] = []
    spoken = False
    foreign = written = False  # some digits said in another language than English / some written as digits
    singles = 0
    start = end = -1
    j = i
    pending_sep = ""
    while j < len(tokens):
        tok = tokens[j].group()
        low = tok.lower()
        value, used, single = _value_at(tokens, j)
        other = j in elsewhere and elsewhere[j][1] > (used if value is not None else 0)
        if other:
            value, used, single = elsewhere[j]  # "zero tre tre": Italian reads on where English stops
        if value is not None and ((other and written) or (tok.isdigit() and foreign)):
            break  # no run mixes written digits with another language's words ("nosc.mil (619) 553-0850")
        if value is not None:
            foreign, written = foreign or other, written or tok.isdigit()
            if low in ("oh", "o") and not digits and not _next_is_number(tokens, j + used, elsewhere):
                break  # "oh" alone, or "oh, five ...", is an interjection
            if digits:
                separators.append(pending_sep + text[tokens[j - 1].end() : tokens[j].start()])
            else:
                start = tokens[j].start()
            digits.append(value)
            groups.append(len(value))
            spoken = spoken or not tok.isdigit()
            singles += single
            end = tokens[j + used - 1].end()
            pending_sep = ""
            j += used
            continue
        if digits and len(tok) == 1 and tok in _SEPARATORS and len(pending_sep) < 2 and j + 1 < len(tokens):
            gap = text[tokens[j - 1].end() : tokens[j].start()]
            if "\n" not in gap:
                pending_sep += gap + tok
                j += 1
                continue
        break
    if not digits:
        return None, i + 1
    # A trailing "oh" set apart by punctuation is an exclamation, not a zero ("... seven, oh!").
    while spoken and tokens[j - 1].group().lower() in ("oh", "o") and len(digits) > 1 and separators[-1].strip():
        digits.pop(), groups.pop(), separators.pop()
        j -= 1
        singles -= 1
        last = j - 1
        while tokens[last].group() in _SEPARATORS:
            last -= 1
        end = tokens[last].end()
    prefix = ""
    plus = re.search(r"\b(?:plus|más|più)\s+$", text[:start], re.IGNORECASE) if spoken else None
    if plus:  # "plus three nine, zero one five ...", Spanish "más", Italian "più"
        return Run(plus.start(), end, "".join(digits), groups, separators, spoken, singles, "+"), j
    if start > 0 and text[start - 1] in "+(":
        prefix = text[start - 1]
        if prefix == "(" and start > 1 and text[start - 2] == "+":
            prefix = "+("
        start -= len(prefix)
    return Run(start, end, "".join(digits), groups, separators, spoken, singles, prefix), j


def _next_is_number(tokens: list[re.Match[str]], j: int, elsewhere: dict[int, Said]) -> bool:
    return j < len(tokens) and (j in elsewhere or _value_at(tokens, j)[0] is not None)


def _value_at(tokens: list[re.Match[str]], j: int) -> tuple[str | None, int, int]:
    """The digits tokens[j:] spell (None if none), how many tokens they used, and 1 if it was one spoken digit."""
    tok = tokens[j].group()
    if tok.isdigit():
        return tok, 1, 0
    low = tok.lower()
    if low not in _NUMBER_WORDS:
        return None, 1, 0
    nxt = tokens[j + 1].group().lower() if j + 1 < len(tokens) else ""
    if low in _REPEAT:
        if nxt in _UNITS:
            return _UNITS[nxt] * _REPEAT[low], 2, 1
        if nxt.isdigit() and len(nxt) == 1:
            return nxt * _REPEAT[low], 2, 1
        return None, 1, 0
    if low in _UNITS:
        if nxt == "hundred":
            return _UNITS[low] + "00", 2, 0
        return _UNITS[low], 1, 1
    if low in _TEENS:
        return _TEENS[low], 1, 0
    if low in _TENS:
        if nxt in _UNITS and nxt not in ("oh", "o", "zero", "nought"):
            return _TENS[low] + _UNITS[nxt], 2, 0
        return _TENS[low] + "0", 1, 0
    return None, 1, 0  # "hundred" on its own


def cue(kind: str, text: str) -> bool:
    """Whether `text` (the words around a number) has a cue for `kind` ("card", "ssn", "phone", "account")."""
    return bool(_CUE_RE[kind].search(text))


def classify(run: Run, text: str) -> str | None:
    """The PII type of `run` in `text`: a type name, `CLAIM` (long but of no known kind) or None (ordinary)."""
    digits, n = run.digits, len(run.digits)
    before = text[max(0, run.start - 48) : run.start]
    if _CARD_LEAD.search(before) and (n >= 4 or _NUMBER_LEAD.search(before)):
        return "card"  # "my card number is 4 -1 -1 -1" or "... is 221": a recognizer garbled it; fail closed
    if n < MIN_DIGITS:
        secret = 3 <= n <= 8 and (len(run.groups) == 1 or run.dictated) and _SECRET_LEAD.search(before)
        return "number" if secret else None  # not "pin 6 (5.25" of a connector
    after = text[run.end : run.end + 24]
    if _is_money_or_decimal(run, text):
        return None
    plain = not run.prefix and not any("(" in s or ")" in s for s in run.separators)
    if plain and 13 <= n <= 19 and digits[0] != "0" and _luhn(digits) and not _years(run):
        return "card"  # no card number starts with 0 (ISO/IEC 7812); "001-584-585-7893" is a US number dialled abroad
    if plain and n == 12 and digits.startswith(_MAESTRO_12) and _luhn(digits) and not cue("phone", before):
        return "card"  # Maestro issues 12-digit cards; a phone number with its country code has a "+" or a cue
    if n == 9 and (_ssn_shape(run) or cue("ssn", before)):
        return "ssn" if _ssn_valid(digits) else CLAIM
    if n == 15 and digits[0] in "12" and _valid("stdnum.fr.nir", digits):
        return "national_id"  # before the card cue: the NIR is on the "carte Vitale"
    if cue("card", before) and 12 <= n <= 23:
        return "card"  # a card number the recognizer garbled (a digit too many or too few)
    if n == 11 and cue("account", before) and _valid("stdnum.de.idnr", digits):
        return "national_id"
    if _years(run) or (run.thousands and n <= 12 and not any(cue(k, before) for k in ("phone", "number", "account"))):
        return None
    account = cue("account", before) and not cue("phone", before)
    if account and not run.prefix:
        return "number"
    if n <= 15 and (_is_phone(run, before, after) or cue("number", before)):
        return "phone"
    if account or n >= 12 or run.dictated or (run.spoken and n >= 9):
        return "number"  # nobody says a quantity of nine digits without "million": a number said aloud is someone's
    return CLAIM


def _is_money_or_decimal(run: Run, text: str) -> bool:
    lead = text[max(0, run.start - 2) : run.start].strip()
    if lead and lead[-1] in _MONEY and len(run.digits) <= 12:
        return True
    # "1299.99", "3.5": a single point without spaces followed by at most two digits, and nothing else
    return (
        not run.spoken and run.separators == ["."] and run.groups[-1] <= 2 and not run.prefix and len(run.digits) <= 12
    )


def _years(run: Run) -> bool:
    """A list of years ("1985 1990 2000"), not one number."""
    if run.spoken or len(run.groups) < 2 or any(g != 4 for g in run.groups):
        return False
    chunks = [run.digits[k : k + 4] for k in range(0, len(run.digits), 4)]
    return all(c[:2] in ("19", "20") for c in chunks)


def _ssn_shape(run: Run) -> bool:
    return not run.spoken and run.groups == [3, 2, 4] and all(s.strip() in ("-", "") for s in run.separators)


def _is_phone(run: Run, before: str, after: str) -> bool:
    digits, n, groups = run.digits, len(run.digits), run.groups
    seps = "".join(run.separators)
    cued = cue("phone", before)
    if run.prefix.startswith("+") or (digits.startswith("00") and (len(groups) > 1 or cued)):
        number = "+" + (digits[2:] if digits.startswith("00") else digits)
        # said to be a phone number, it is one even where no plan knows it ("call 0030926002")
        return cued or _possible(number, None)
    if run.dictated or cued or cue("phone", after[:12]):
        return True
    if groups in ([3, 3, 4], [1, 3, 3, 4]) or (run.prefix == "(" and groups[:1] in ([3], [4], [5])):
        return True
    if groups == [3, 4] and ("-" in seps or "." in seps):
        return True
    if digits[0] == "0" and 9 <= n <= 12 and len(groups) > 1 and all(2 <= g <= 5 for g in groups):
        return True
    if 9 <= n <= 12 and (len(groups) == 1 or max(groups) <= 4 or digits[0] == "0"):
        return any(_valid_in(digits, region) for region in REGIONS)
    return False


def _possible(number: str, region: str | None) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def _valid_in(digits: str, region: str) -> bool:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def _luhn(digits: str) -> bool:
    from stdnum import luhn

    return bool(luhn.is_valid(digits))


def _ssn_valid(digits: str) -> bool:
    from stdnum.us import ssn

    return bool(ssn.is_valid(digits))


def _valid(module: str, digits: str) -> bool:
    import importlib

    return bool(importlib.import_module(module).is_valid(digits))


def find_numbers(text: str) -> Iterator[Finding]:
    """Cards, SSNs, national IDs, phone numbers and other long personal numbers, written or spoken."""
    for run in runs(text):
        kind = classify(run, text)
        if kind is None:
            continue
        start, end = run.start, run.end
        if kind == "phone":
            ext = _EXTENSION.match(text, end)
            if ext:
                end = ext.end()
        if not run.spoken:  # letters written onto the digits are part of the identifier: "X12345678", "12345678Z"
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
        yield Finding(start, end, None if kind == CLAIM else kind)


_TAIL_NUMBER = re.compile(
    r"(?:\d[\d\s,.-]*|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)[a-z]{0,2}(?=[\s.,!?]*$)", re.I
)


_ENDS = re.compile(r"[\s.,!?]*")
_SMALL_NUMBER = re.compile(r"\b(?:\d[\d.,:-]*\d|\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", re.I)
_PII_TOKEN = re.compile(
    r"\[(?:NUMBER|PHONE|CARD|SSN|ID|IBAN)\]|\b(?:number|address|card|phone|account|iban|ssn|code|pin|id|nummer|"
    r"adresse|numéro|número|dirección|numero|indirizzo)\b",
    re.IGNORECASE,
)


def _glue_to_tokens(text: str) -> str:
    """Every number within two words of a redacted number or after a word such as "number", "address", masked
    too (repeatedly): "5.5 to [NUMBER]" is most likely the start of the same number, misheard; "my address is
    221 acres tree" a misheard address."""
    while True:
        tokens = [(m.start(), m.end(), m.group().startswith("[")) for m in _PII_TOKEN.finditer(text)]
        said = [(m.start(), m.end()) for m in _SMALL_NUMBER.finditer(text)]
        for start, end in sorted(set(said + [(run.start, run.end) for run in runs(text, 1)])):
            near = any(
                len(re.findall(r"\w+", text[e:start])) <= 2
                if e <= start
                else redacted and len(re.findall(r"\w+", text[end:s])) <= 2
                for s, e, redacted in tokens
            )
            if near:
                text = text[:start] + "[NUMBER]" + text[end:]
                break
        else:
            return text


def mask_digits(text: str, min_digits: int = 4) -> str:
    """`text` with every run of `min_digits` or more digits (written or spoken) replaced by "[NUMBER]", and the
    number it ends on too, however short.

    For captions of an utterance still being spoken: "it is 5 5 5 2" or "my card number is 4" may be the start
    of a phone or card number, "I live at 42" the start of an address.
    """
    parts: list[str] = []
    cursor = 0
    for run in runs(text, 1):
        if len(run.digits) >= min_digits or _ENDS.fullmatch(text, run.end):
            parts += [text[cursor : run.start], "[NUMBER]"]
            cursor = run.end
    return _glue_to_tokens(_TAIL_NUMBER.sub("[NUMBER]", "".join(parts) + text[cursor:]))
