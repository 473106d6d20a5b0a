"""Builds the spoken set of the other languages of use: phone and card numbers, e-mail addresses, dates of birth
and street addresses with their house numbers said in German, French, Spanish and Italian, as a speech recognizer
for that language writes them (Vosk's small de/fr/es/it models write every number as words, "@" as "arobase"),
and ordinary sentences with spoken numbers and no PII. Output: spoken_dev.jsonl (tuning) and spoken_test.jsonl
(the untouched half, for reporting), in the rows of dev.jsonl / test.jsonl.

    pip install faker num2words && python models/privacy/pii/eval/build_spoken.py

Sentences written for this set only (none is a training template); values from Faker's de_DE, fr_FR, es_ES and
it_IT phone and card generators (MIT); numbers turned into words by `num2words` (LGPL-2.1, used here only), a
different implementation from the `text2num` that edge reads them with. Each number is said one of three ways:
digit by digit, in pairs ("zéro six, douze, trente-quatre, ..."), or in its written groups ("null
einhundertsiebzig, ..."). Seeded: the same files every time.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261206

LOCALES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT"}
PLUS = {"de": "plus", "fr": "plus", "es": "más", "it": "più"}
EURO = {"de": "Euro", "fr": "euros", "es": "euros", "it": "euro"}
EMAIL_WORDS = {  # how "@", ".", "_" and "-" are said
    "de": {"@": "ät", ".": "punkt", "_": "unterstrich", "-": "bindestrich"},
    "fr": {"@": "arobase", ".": "point", "_": "tiret bas", "-": "tiret"},
    "es": {"@": "arroba", ".": "punto", "_": "guion bajo", "-": "guion"},
    "it": {"@": "chiocciola", ".": "punto", "_": "trattino basso", "-": "trattino"},
}

PII = {
    "de": [
        "meine Telefonnummer ist {PHONE_NUMBER}",
        "ruf mich unter {PHONE_NUMBER} an",
        "die Nummer vom Büro ist {PHONE_NUMBER}",
        "speicher {PHONE_NUMBER} als Handynummer von meinem Bruder",
        "du erreichst mich ab sieben unter {PHONE_NUMBER}",
        "schreib mir eine Nachricht an {PHONE_NUMBER}",
        "meine Kartennummer ist {CREDIT_CARD}",
        "zahl mit der Kreditkarte {CREDIT_CARD}",
        "meine E-Mail-Adresse ist {EMAIL_ADDRESS}",
        "schick die Rechnung an {EMAIL_ADDRESS}",
        "ich bin am {DATE_OF_BIRTH} geboren",
        "meine Adresse ist {STREET_ADDRESS}",
    ],
    "fr": [
        "mon numéro de téléphone c'est le {PHONE_NUMBER}",
        "appelle-moi au {PHONE_NUMBER}",
        "le numéro du cabinet est le {PHONE_NUMBER}",
        "enregistre le {PHONE_NUMBER} pour ma sœur",
        "tu peux me joindre au {PHONE_NUMBER} après dix-huit heures",
        "envoie un texto au {PHONE_NUMBER}",
        "mon numéro de carte est {CREDIT_CARD}",
        "paye avec la carte {CREDIT_CARD}",
        "mon adresse mail c'est {EMAIL_ADDRESS}",
        "envoie la facture à {EMAIL_ADDRESS}",
        "ma date de naissance c'est le {DATE_OF_BIRTH}",
        "mon adresse c'est {STREET_ADDRESS}",
    ],
    "es": [
        "mi número de teléfono es el {PHONE_NUMBER}",
        "llámame al {PHONE_NUMBER}",
        "el teléfono de la oficina es {PHONE_NUMBER}",
        "guarda el {PHONE_NUMBER} como el móvil de mi hermana",
        "puedes localizarme en el {PHONE_NUMBER} por la tarde",
        "mándame un mensaje al {PHONE_NUMBER}",
        "el número de mi tarjeta es {CREDIT_CARD}",
        "paga con la tarjeta {CREDIT_CARD}",
        "mi correo electrónico es {EMAIL_ADDRESS}",
        "manda la factura a {EMAIL_ADDRESS}",
        "nací el {DATE_OF_BIRTH}",
        "mi dirección es {STREET_ADDRESS}",
    ],
    "it": [
        "il mio numero di telefono è {PHONE_NUMBER}",
        "chiamami al {PHONE_NUMBER}",
        "il numero dello studio è lo {PHONE_NUMBER}",
        "salva il {PHONE_NUMBER} come cellulare di mia sorella",
        "mi trovi al {PHONE_NUMBER} dopo le sei",
        "mandami un messaggio al {PHONE_NUMBER}",
        "il numero della mia carta è {CREDIT_CARD}",
        "paga con la carta {CREDIT_CARD}",
        "la mia email è {EMAIL_ADDRESS}",
        "manda la fattura a {EMAIL_ADDRESS}",
        "sono nata il {DATE_OF_BIRTH}",
        "il mio indirizzo è {STREET_ADDRESS}",
    ],
}

ORDINARY = {
    "de": [
        "wir brauchen einen Tisch für {SMALL} Personen um {HOUR} Uhr",
        "die Stadt hat etwa {BIG} Einwohner",
        "das Haus wurde {YEAR} gebaut",
        "der Mantel kostet {PRICE} {EURO}",
        "stell einen Timer auf {SMALL} Minuten",
        "wir sind in Zimmer {ROOM} im {SMALL}. Stock",
        "es steht {SMALL} zu {SMALL} nach {SMALL} Minuten",
        "lies Seite {ROOM} bis {ROOM}",
        "{SMALL}, {SMALL}, {SMALL}, {SMALL}, los geht's",
        "der Berg ist {BIG} Meter hoch und wir laufen {SMALL} Stunden",
    ],
    "fr": [
        "une table pour {SMALL} personnes à {HOUR} heures",
        "la ville compte environ {BIG} habitants",
        "la maison date de {YEAR}",
        "le manteau coûte {PRICE} {EURO}",
        "mets un minuteur de {SMALL} minutes",
        "on est dans la chambre {ROOM} au {SMALL} étage",
        "le score est de {SMALL} à {SMALL} après {SMALL} minutes",
        "lis les pages {ROOM} à {ROOM}",
        "{SMALL}, {SMALL}, {SMALL}, {SMALL}, c'est parti",
        "la montagne fait {BIG} mètres et on marche {SMALL} heures",
    ],
    "es": [
        "una mesa para {SMALL} personas a las {HOUR}",
        "la ciudad tiene unos {BIG} habitantes",
        "la casa se construyó en {YEAR}",
        "el abrigo cuesta {PRICE} {EURO}",
        "pon un temporizador de {SMALL} minutos",
        "estamos en la habitación {ROOM} del {SMALL} piso",
        "van {SMALL} a {SMALL} después de {SMALL} minutos",
        "lee las páginas {ROOM} a {ROOM}",
        "{SMALL}, {SMALL}, {SMALL}, {SMALL}, vamos",
        "la montaña mide {BIG} metros y caminamos {SMALL} horas",
    ],
    "it": [
        "un tavolo per {SMALL} persone alle {HOUR}",
        "la città ha circa {BIG} abitanti",
        "la casa è stata costruita nel {YEAR}",
        "il cappotto costa {PRICE} {EURO}",
        "imposta un timer di {SMALL} minuti",
        "siamo nella stanza {ROOM} al piano {SMALL}",
        "siamo {SMALL} a {SMALL} dopo {SMALL} minuti",
        "leggi le pagine da {ROOM} a {ROOM}",
        "{SMALL}, {SMALL}, {SMALL}, {SMALL}, via",
        "la montagna è alta {BIG} metri e camminiamo {SMALL} ore",
    ],
}

STYLES = ("digits", "pairs", "groups")

IBAN_TEMPLATES = {  # stop 43, appended to each half so that the sentences above stay as they were
    "de": ["meine IBAN ist {IBAN_CODE}", "überweis das Geld auf die IBAN {IBAN_CODE}"],
    "fr": ["mon IBAN c'est {IBAN_CODE}", "fais le virement sur l'IBAN {IBAN_CODE}"],
    "es": ["mi IBAN es {IBAN_CODE}", "haz la transferencia al IBAN {IBAN_CODE}"],
    "it": ["il mio IBAN è {IBAN_CODE}", "fai il bonifico sull'IBAN {IBAN_CODE}"],
}


def say_iban(value: str, lang: str, style: str, rng: random.Random) -> str:
    """An IBAN as it is dictated: letters spelled one by one ("D E"), digits in groups of four said as `style`."""
    groups = re.findall(r"[A-Z]+|\d+", value)
    said = []
    for group in groups:
        if group.isalpha():
            said.append(" ".join(group))
        else:
            said += [say_group(group[k : k + 4], lang, style) for k in range(0, len(group), 4)]
    return (", " if rng.random() < 0.4 else " ").join(said)


def words(n: int, lang: str, to: str = "cardinal") -> str:
    """`n` said in `lang` (`to`: "cardinal", "ordinal" or "year")."""
    from num2words import num2words

    said = str(num2words(n, lang=lang, to=to))
    return said.replace("dicotto", "diciotto") if lang == "it" else said  # num2words 0.5 writes 118 "centodicotto"


def say_group(group: str, lang: str, style: str) -> str:
    """One written digit group said aloud: digit by digit, in pairs, or as the number it reads as (leading zeros
    said one by one, long groups in pairs)."""
    if style == "digits":
        return " ".join(words(int(d), lang) for d in group)
    zeros = len(group) - len(group.lstrip("0"))
    lead = [words(0, lang)] * zeros
    rest = group[zeros:]
    if style == "groups" and len(rest) <= 3:
        return " ".join(lead + ([words(int(rest), lang)] if rest else []))
    if len(rest) % 2:  # an odd digit goes first on its own: "1 23 45"
        lead.append(words(int(rest[0]), lang))
        rest = rest[1:]
    pairs = [rest[k : k + 2] for k in range(0, len(rest), 2)]
    return " ".join(
        lead + [" ".join(words(int(d), lang) for d in p) if p[0] == "0" else words(int(p), lang) for p in pairs]
    )


MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}


def say_date(date, lang: str, said: bool) -> str:
    """A date of birth as written ("3. März 1985", "3 de marzo de 1985") or said ("dritten März
    neunzehnhundertfünfundachtzig", "tres de marzo de mil novecientos ochenta y cinco")."""
    month = MONTHS[lang].split()[date.month - 1]
    if not said:
        day, year = f"{date.day}." if lang == "de" else str(date.day), str(date.year)
    else:
        year = words(date.year, lang, "year")
        if lang == "de":
            day = words(date.day, lang, "ordinal") + "n"  # "am dritten"
        elif date.day == 1 and lang in ("fr", "it"):
            day = {"fr": "premier", "it": "primo"}[lang]
        else:
            day = words(date.day, lang)
    return f"{day} de {month} de {year}" if lang == "es" else f"{day} {month} {year}"


def say_number(value: str, lang: str, style: str, rng: random.Random) -> str:
    value = value.replace("(0)", " ")
    plus = value.strip().startswith("+")
    groups = re.findall(r"\d+", value)
    if plus:  # the country code is always said as a number: "plus neunundvierzig"
        head = groups[0]
        code = next(c for c in ("49", "33", "34", "39") if head.startswith(c))
        groups = [code] + ([head[len(code) :]] if head[len(code) :] else []) + groups[1:]
    said = [say_group(g, lang, style) for g in groups]
    if plus:
        said[0] = f"{PLUS[lang]} {words(int(groups[0]), lang)}"
    return (", " if rng.random() < 0.4 else " ").join(said)


def fill(template: str, lang: str, rng: random.Random, fake) -> tuple[str, list[list]]:
    text, spans = "", []
    for part in re.split(r"(\{[A-Z_]+\})", template):
        if not part.startswith("{"):
            text += part
            continue
        kind = part[1:-1]
        style = rng.choice(STYLES)
        if kind == "PHONE_NUMBER":
            value = say_number(fake.phone_number(), lang, style, rng)
        elif kind == "CREDIT_CARD":
            digits = fake.credit_card_number(card_type=rng.choice(["visa16", "mastercard"]))
            value = say_number(" ".join(digits[k : k + 4] for k in range(0, len(digits), 4)), lang, style, rng)
        elif kind == "EMAIL_ADDRESS":
            value = re.sub(r"[@._-]", lambda m: f" {EMAIL_WORDS[lang][m.group()]} ", fake.email())
        elif kind == "DATE_OF_BIRTH":
            value = say_date(fake.date_of_birth(minimum_age=5, maximum_age=90), lang, style != "digits")
        elif kind == "STREET_ADDRESS":  # the house number said as words, "Str." as "straße"
            value = re.sub(r"\d+", lambda m: words(int(m.group()), lang), fake.street_address().replace("\n", ", "))
            value = value.replace("str.", "straße")
        elif kind == "IBAN_CODE":
            value = say_iban(fake.iban(), lang, style, rng)
        elif kind == "EURO":
            value = EURO[lang]
        else:
            n = {
                "SMALL": lambda: rng.randint(1, 12),
                "HOUR": lambda: rng.randint(6, 22),
                "ROOM": lambda: rng.randint(100, 999),
                "PRICE": lambda: rng.choice([19, 49, 89, 129, 249, 1299]),
                "YEAR": lambda: rng.randint(1890, 2024),
                "BIG": lambda: rng.choice([850, 1200, 4478, 23000, 148000, 1500000, 3645000]),
            }[kind]()
            value = words(n, lang, "year" if kind == "YEAR" else "cardinal")
        if kind in ("PHONE_NUMBER", "CREDIT_CARD", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS", "IBAN_CODE"):
            spans.append([len(text), len(text) + len(value), kind])
        text += value
    return text, spans


def build() -> list[dict]:
    from faker import Faker

    rng = random.Random(SEED)
    rows = []
    for lang, locale in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED)
        for templates, count in ((PII[lang], 110), (ORDINARY[lang], 40)):
            for k in range(count):
                template = templates[k % len(templates)]
                text, spans = fill(template, lang, rng, fake)
                style = "asr_nopunct" if rng.random() < 0.5 else "spoken"
                if style == "asr_nopunct":
                    text, spans = as_recognized(text, spans)
                rows.append({"text": text, "spans": spans, "locale": locale, "style": style, "template": template})
    rng.shuffle(rows)
    return rows


def build_ibans(per_language: int = 10) -> list[dict]:
    """IBANs said in the four languages (stop 43), from a random stream of their own."""
    from faker import Faker

    rng = random.Random(SEED + 43)
    rows = []
    for lang, locale in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(SEED + 43)
        for k in range(per_language):
            text, spans = fill(IBAN_TEMPLATES[lang][k % 2], lang, rng, fake)
            style = "asr_nopunct" if k % 2 else "spoken"
            if style == "asr_nopunct":
                text, spans = as_recognized(text, spans)
            rows.append({"text": text, "spans": spans, "locale": locale, "style": style, "template": "iban"})
    return rows


def as_recognized(text: str, spans: list[list]) -> tuple[str, list[list]]:
    """`text` as a speech recognizer writes it (lowercase, no punctuation, single spaces), spans moved along."""
    plain = re.sub(r"[,.!?']", " ", text.lower())
    kept = [i for i, ch in enumerate(plain) if ch != " " or (i > 0 and plain[i - 1] != " ")]
    kept = [i for i in kept if plain[i] != " " or i + 1 < len(plain)]
    new_index = {old: new for new, old in enumerate(kept)}
    out = "".join(plain[i] for i in kept).strip()

    def moved(i: int, step: int) -> int:
        while i not in new_index or plain[i] == " ":
            i += step
        return new_index[i]

    return out, [[moved(s, 1), moved(e - 1, -1) + 1, kind] for s, e, kind in spans]


def main() -> None:
    rows, ibans = build(), build_ibans()
    half = len(rows) // 2
    dev, test = rows[:half] + ibans[0::2], rows[half:] + ibans[1::2]
    for name, part in (("spoken_dev", dev), ("spoken_test", test)):
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in part)
        (HERE / f"{name}.jsonl").write_text(lines, encoding="utf-8")
        print(f"{name}.jsonl: {len(part)} sentences")


if __name__ == "__main__":
    main()
