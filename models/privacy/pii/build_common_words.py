"""Write common_words.txt: the commonest words of the five languages of use that are no one's name.

A name recognizer that reads lowercase speech runs a name into the word after it: "text mollie saying ...", "what
time is my meeting with fred scheduled", "manda un whatsapp a sergio que llego", "schreib lena dass ...". The
tagger and the rule that takes a lowercase surname after a name (`edge.privacy.pii.names`) drop such a word when
it is on this list: each language's most frequent words (`wordfreq`), less every listed first name, every
surname of Faker's six locales and the 10,000 commonest US surnames (the census's, in PyPI `names`), so that "john
smith", "sophie lange" and "bruno mars" keep their surnames. `edge.privacy.pii.lists` reads it.

    pip install -e '.[train]' && python models/privacy/pii/build_common_words.py
"""

from __future__ import annotations

import importlib
import importlib.resources
import sys
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from edge.privacy.pii.lists import first_names, pii_dir  # noqa: E402

TOP = {"en": 5000, "de": 2000, "es": 2000, "fr": 2000, "it": 2000}
"""How many of each language's most frequent words are read."""
LOCALES = ("en_US", "en_GB", "de_DE", "es_ES", "fr_FR", "it_IT")
US_SURNAMES = 10_000
"""How many of the US census's surnames (1990, by frequency) are kept off the list: "mars" is rank 6,430, "house"
688, "stone" 158."""
OUT = "common_words.txt"
HEADER = """\
# The commonest words of English, German, Spanish, French and Italian that are no listed first name, no surname of
# Faker's locales and none of the 10,000 commonest US surnames, lowercase, one a line. Provenance: wordfreq 3.x (its
# word lists are CC BY-SA 4.0: Robyn Speer, https://github.com/rspeer/wordfreq) less Faker's surnames (MIT) and the
# US Census Bureau's 1990 surnames (public domain, PyPI `names` 0.3.0); build_common_words.py.
"""


def surnames() -> set[str]:
    """Faker's surnames of `LOCALES` and the `US_SURNAMES` commonest of the US census, lowercase."""
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for surname in provider.last_names:
            names.update(surname.lower().replace("-", " ").split())
    census = (importlib.resources.files("names") / "dist.all.last").read_text(encoding="ascii").splitlines()
    names.update(line.split()[0].lower() for line in census[:US_SURNAMES])
    return names


def main() -> None:
    people = first_names() | surnames()
    words: set[str] = set()
    for lang, top in TOP.items():
        words.update(w for w in wordfreq.top_n_list(lang, top) if w.isalpha() and len(w) > 1 and w not in people)
    (pii_dir() / OUT).write_text(HEADER + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {pii_dir() / OUT}")


if __name__ == "__main__":
    main()
