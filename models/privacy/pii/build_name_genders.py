"""Write first_name_genders.txt: first names whose gender Faker's person providers agree on.

`edge.privacy.couple` reads "Lucía y su novia" or "le mari de Mathieu" as a couple of one gender only when it
knows the name's gender. The gender comes from the male and female first-name lists of Faker's person providers
for the countries of edge's five languages (MIT licence); a name on both sides in any of them (Andrea, Sasha,
Dominique) has none. The names are the shipped PII first names (first_names.txt, first_names_intl.txt, whose
ordinary words were filtered out there) and the names in two or more of those providers that are not ordinary
words: under `MAX_ZIPF` in wordfreq's lists of all five languages and not among the 12,000 commonest English
words of `word_ranks.txt`.

    pip install -e '.[train]' && python models/privacy/pii/build_name_genders.py
"""

from __future__ import annotations

import importlib
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from edge.privacy.couple import unaccented  # noqa: E402
from edge.privacy.pii.lists import first_names, pii_dir, word_buckets, words  # noqa: E402

LOCALES = (
    "en_GB en_IE en_NZ en_US de_AT de_CH de_DE de_LU es_AR es_CL es_CO es_ES es_MX fr_BE fr_CA fr_CH fr_FR it_IT"
).split()
LANGUAGES = ("en", "de", "es", "fr", "it")
MAX_ZIPF = 4.5
"""Zipf 4.5 is about 30 in a million words: "mathieu" is 4.2, "domenica" (Sunday) 4.95, "che" 7.4."""
OUT = "first_name_genders.txt"
EITHER = frozenset(
    "andrea nicola jean sasha sascha kim robin dominique claude camille alex charlie sam jo jamie morgan taylor "
    "jordan kelly ashley leslie lynn sydney avery riley quinn noa ada".split()
)
"""Names of both genders across edge's languages that Faker lists on one side only (Italian Andrea and Nicola
are men, French Jean is a man and English Jean a woman)."""
ONE_GENDER = {"maria": "f", "jose": "m"}
"""Faker's es_ES lists the halves of compound names ("María José" is a woman, "José María" a man) as names of
both genders; these two are the commonest names so spoilt."""
NOT_A_NAME = frozenset("mia ante darin ben milan siena".split())
"""Names that are also common words or places of edge's languages (Italian "mia", Spanish "ante", German "darin",
"Milan"): `edge.privacy.couple` looks for a couple's owner among the words before the partner."""


def faker_names(gender: str) -> Counter[str]:
    """Each name of `gender` and in how many of `LOCALES` it is."""
    out: Counter[str] = Counter()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        out.update({unicodedata.normalize("NFC", n).lower() for n in getattr(provider, f"first_names_{gender}", ())})
    return out


def ordinary_word(name: str) -> bool:
    common_english = word_buckets().get(name) in ("r2k", "r5k", "r12k")
    return common_english or max(zipf_frequency(name, lang) for lang in LANGUAGES) >= MAX_ZIPF


def main() -> None:
    female, male = faker_names("female"), faker_names("male")
    shipped = first_names()
    more = {
        n
        for n in (set(female) | set(male)) - shipped
        if n.isalpha() and female[n] + male[n] >= 2 and not ordinary_word(n)
    }
    # a name's gender is its accent-free form's: "andréa" (f) makes "andrea" either, as "andrée" (f) and "andree" (m)
    genders: dict[str, set[str]] = {}
    for side, listed in (("f", female), ("m", male)):
        for name in listed:
            genders.setdefault(unaccented(name), set()).add(side)
    genders |= {name: {side} for name, side in ONE_GENDER.items()}
    either = {unaccented(n) for n in EITHER | NOT_A_NAME | words("ambiguous_names.txt")}
    names = {n for n in shipped | more if unaccented(n) not in either and len(genders.get(unaccented(n), ())) == 1}
    by_gender = {g: sorted(n for n in names if genders[unaccented(n)] == {g}) for g in ("f", "m")}
    header = (
        "# First names of one gender in Faker's person providers for the countries of edge's languages (MIT\n"
        "# licence): the shipped PII first names and other names two providers list. Built by build_name_genders.py.\n"
        "# One line per gender: the gender (f or m), then its names.\n"
    )
    text = header + "".join(f"{g} {' '.join(members)}\n" for g, members in by_gender.items())
    (pii_dir() / OUT).write_text(text, encoding="utf-8")
    print({g: len(n) for g, n in by_gender.items()}, "not shipped as PII names:", len(names & more))


if __name__ == "__main__":
    main()
