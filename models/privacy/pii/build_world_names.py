"""Write first_names_world.txt: first names from the rest of the world, for names said without a cue.

`first_names.txt` (US census) and `first_names_intl.txt` (Faker's lists for edge's six locales) know few of the
names people in Britain, Germany or France are called by today: Chidinma, Venkatesh, Thandiwe, Nguyen, Oluwaseun.
A blind set of sentences (the PII model card, stop 51) found half of its names missed, most of them outside those
lists. This list holds the first names of Faker's person providers for the Latin-script locales of Africa, Asia,
the Americas and the rest of Europe, and for the other countries that speak edge's languages (Ireland, New
Zealand, Austria, Switzerland, Belgium, Québec, Argentina, Chile...; MIT licence), minus those already listed,
those of three letters or fewer, and every ordinary word: one among the 12,000 commonest English words of
`word_ranks.txt`, in the stop and ambiguous lists, or a word that is both frequent (at or over `MAX_ZIPF` in
wordfreq's lists of any of edge's five languages) and a word of a dictionary (`dictionary_words`).

Frequency alone is no test for a name: a name people are often called is often written, so "davide" (Zipf 4.2 in
Italian), "aurélien", "loïc" or "théo" (3.4-3.5 in French) were left out with "sol" and "bett" until stop 57.
A frequent name is kept now unless a dictionary also knows it as a word.

    apt-get install hunspell hunspell-en-us hunspell-de-de hunspell-es hunspell-fr-classical hunspell-it
    pip install -e '.[train]' && python models/privacy/pii/build_world_names.py
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import unicodedata
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from edge.privacy.pii.lists import entries, pii_dir, word_buckets, words  # noqa: E402

LOCALES = (
    "en_IN en_PK en_NG en_KE en_TH ig_NG yo_NG ha_NG tw_GH zu_ZA sw vi_VN id_ID tr_TR az_AZ uz_UZ pl_PL cs_CZ sk_SK "
    "sl_SI hr_HR ro_RO hu_HU lt_LT lv_LV et_EE fi_FI sv_SE da_DK no_NO nl_NL nl_BE pt_BR pt_PT es_MX es_CO fr_CA "
    "ja_JP zh_CN ko_KR en_IE en_NZ ga_IE de_AT de_CH de_LI de_LU fr_BE fr_CH fr_QC es es_AR es_CL es_CA is_IS"
).split()
LANGUAGES = ("en", "de", "es", "fr", "it")
MAX_ZIPF = 3.0
"""Zipf 3 is one in a million words: "chidinma" is 1.4 in English, "sol" (sun) 5.1 in Spanish, "deniz" 2.0."""
ALWAYS_ORDINARY_ZIPF = 4.5
"""So frequent that it is a word, whatever the dictionaries say: "juni", "francia", "porsche"."""
HUNSPELL = {"en": "en_US", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "it": "it_IT"}
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
OUT = "first_names_world.txt"
HEADER = """\
# First names of the rest of the world, one lowercase name a line, for PII detection (not for edge.privacy.couple).
# Provenance: the first-name lists of Faker 40.x's person providers for the Latin-script locales of Africa, Asia,
# the Americas and the rest of Europe, and the other locales of edge's languages (MIT licence), minus names already
# in first_names.txt or first_names_intl.txt, names of three letters or fewer, and ordinary words
# (build_world_names.py).
"""


def latin(name: str) -> bool:
    return all(ch in "-'" or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")) for ch in name)


def provider_names(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: set[str] = set()
    for attribute in ATTRIBUTES:
        value = getattr(provider, attribute, None)
        if isinstance(value, (list, tuple, dict)):
            found |= {str(name).strip().lower() for name in value}
    return {name for name in found if len(name) > 3 and latin(name)}


def spelled(candidates: list[str], dictionary: str) -> set[str]:
    """The candidates that Debian's hunspell `dictionary` accepts as written."""
    try:
        result = subprocess.run(
            ["hunspell", "-G", "-d", dictionary],
            input="\n".join(candidates),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as err:
        raise SystemExit(
            f"hunspell with the {dictionary} dictionary failed ({err}); install them (module docstring)"
        ) from None
    return set(candidates) & set(result.stdout.split())


def dictionary_words(candidates: list[str]) -> set[str]:
    """Candidates a dictionary knows as words: spelled in lowercase in one of the five languages, a German noun
    (German writes every noun with a capital: "bett", "saal"), or a place (`places.txt`). Dictionaries list first
    names too, but capitalised ("Davide"), so a lowercase entry is a word."""
    known = set().union(*(spelled(candidates, dictionary) for dictionary in HUNSPELL.values()))
    capitalised = {name[:1].upper() + name[1:]: name for name in candidates}
    known |= {capitalised[word] for word in spelled(list(capitalised), HUNSPELL["de"])}
    return known | (set(candidates) & set(entries("places.txt")))


def ordinary(name: str, in_dictionary: set[str]) -> bool:
    """Among the commonest English words, or frequent and a dictionary's word, or frequent beyond doubt."""
    if word_buckets().get(name) in ("r2k", "r5k", "r12k"):
        return True
    peak = max(zipf_frequency(name, lang) for lang in LANGUAGES)
    return peak >= ALWAYS_ORDINARY_ZIPF or (peak >= MAX_ZIPF and name in in_dictionary)


def main() -> None:
    listed = words("first_names.txt") | words("first_names_intl.txt")
    excluded = listed | words("name_stopwords.txt") | words("ambiguous_names.txt")
    names = sorted({name for locale in LOCALES for name in provider_names(locale)} - excluded)
    in_dictionary = dictionary_words(names)
    kept = [name for name in names if not ordinary(name, in_dictionary)]
    (pii_dir() / OUT).write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names written to {pii_dir() / OUT} ({len(names) - len(kept)} ordinary words left out)")


if __name__ == "__main__":
    main()
