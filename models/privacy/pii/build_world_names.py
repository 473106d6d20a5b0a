"""Write first_names_world.txt: first names from the rest of the world, for names said without a cue.

`first_names.txt` (US census) and `first_names_intl.txt` (Faker's lists for edge's six locales) know few of the
names people in Britain, Germany or France are called by today: Chidinma, Venkatesh, Thandiwe, Nguyen, Oluwaseun.
A blind set of sentences (the PII model card, stop 51) found half of its names missed, most of them outside those
lists. This list holds the first names of Faker's person providers for the Latin-script locales of Africa, Asia,
the Americas and the rest of Europe (MIT licence), minus those already listed, those of three letters or fewer,
and every ordinary word: a name at or over `MAX_ZIPF` in wordfreq's lists of any of edge's five languages, among the
12,000 commonest English words of `word_ranks.txt`, or in the stop and ambiguous lists.

    pip install -e '.[train]' && python models/privacy/pii/build_world_names.py
"""

from __future__ import annotations

import importlib
import sys
import unicodedata
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from edge.privacy.pii.lists import pii_dir, word_buckets, words  # noqa: E402

LOCALES = (
    "en_IN en_PK en_NG en_KE en_TH ig_NG yo_NG ha_NG tw_GH zu_ZA sw vi_VN id_ID tr_TR az_AZ uz_UZ pl_PL cs_CZ sk_SK "
    "sl_SI hr_HR ro_RO hu_HU lt_LT lv_LV et_EE fi_FI sv_SE da_DK no_NO nl_NL nl_BE pt_BR pt_PT es_MX es_CO fr_CA "
    "ja_JP zh_CN ko_KR"
).split()
LANGUAGES = ("en", "de", "es", "fr", "it")
MAX_ZIPF = 3.0
"""Zipf 3 is one in a million words: "chidinma" is 1.4 in English, "sol" (sun) 5.1 in Spanish, "deniz" 2.0."""
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
OUT = "first_names_world.txt"
HEADER = """\
# First names of the rest of the world, one lowercase name a line, for PII detection (not for edge.privacy.couple).
# Provenance: the first-name lists of Faker 40.x's person providers for the Latin-script locales of Africa, Asia,
# the Americas and the rest of Europe (MIT licence), minus names already in first_names.txt or
# first_names_intl.txt, names of three letters or fewer, and ordinary words (build_world_names.py).
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


def ordinary(name: str) -> bool:
    common = word_buckets().get(name) in ("r2k", "r5k", "r12k")
    return common or any(zipf_frequency(name, lang) >= MAX_ZIPF for lang in LANGUAGES)


def main() -> None:
    listed = words("first_names.txt") | words("first_names_intl.txt")
    excluded = listed | words("name_stopwords.txt") | words("ambiguous_names.txt")
    names = sorted({name for locale in LOCALES for name in provider_names(locale)} - excluded)
    kept = [name for name in names if not ordinary(name)]
    (pii_dir() / OUT).write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names written to {pii_dir() / OUT} ({len(names) - len(kept)} ordinary words left out)")


if __name__ == "__main__":
    main()
