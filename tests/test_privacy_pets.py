"""An animal's health is nobody's health; an owner's beside a pet is.

`tests/data/pet_sentences.jsonl`: 120 sentences about pets' and other animals' vaccinations, vets, surgery,
medicines and DNA breed tests, and 80 disclosures of an owner's health or genes beside a pet ("since my hip
replacement my son has to walk the dog", "io invece domani faccio la colonscopia"), five languages, written by a
helper session that read no repository file (stop 56, CC0), kept out of every training and dev set
(`corpus.protected_texts`). `edge.privacy.animals` withdraws a health block of a sentence about an animal that
names no person (stop 58)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.animals import about_an_animal
from edge.privacy.lexicon import Lexicon
from tests.conftest import read_rows

PET_SENTENCES = Path(__file__).parent / "data" / "pet_sentences.jsonl"
PET_SENTENCES_2 = Path(__file__).parent / "data" / "pet_sentences_2.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("seit meiner Knie-OP schaff ich nur noch eine Runde", "Knie-OP"),
        ("me han encontrado un nódulo en el tiroides", "nódulo en el tiroides"),
        ("io invece domani faccio la colonscopia", "colonscopia"),
        ("mon fils fait de l'urticaire dès qu'il touche le lapin", "urticaire"),
        ("der Allergietest hat gezeigt, dass ich auf Hundehaare reagiere", "Allergietest"),
    ],
)
def test_the_lexicon_names_procedures_in_the_other_languages(text: str, term: str) -> None:
    hits = [h for h in Lexicon.load().hits(text) if h.category == "health"]
    assert [text[h.start : h.end] for h in hits] == [term]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("set a reminder to give the cat her thyroid pill at eight every morning", "en"),
        ("my sister's cat has diabetes so she has to give him insulin twice a day", "en"),
        ("find a 24-hour emergency vet near me", "en"),
        ("remind me to collect [NAME] from the vet at four, she's having a dental", "en"),
        ("our old spaniel is on joint supplements now and he's moving so much better", "en"),
        ("darf man einer katze eigentlich ibuprofen geben", "de"),
        ("unser Dackel hat's wieder im Rücken, der Tierarzt meint, es könnte ein Bandscheibenvorfall sein", "de"),
        ("le chien de ma copine a avalé un noyau de pêche et il a fallu l'opérer en urgence", "fr"),
        ("rappelle-moi de donner le vermifuge au chien vendredi soir", "fr"),
    ],
)
def test_an_animal_with_no_person_but_its_owner(text: str, lang: str) -> None:
    assert about_an_animal(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("since my hip replacement my son has to walk the dog", "en"),
        ("the dog is the only thing getting me through this depression", "en"),
        ("my dad's dementia is getting worse, he keeps forgetting to feed the cat", "en"),
        ("the vet said no litter tray for me now that I'm expecting", "en"),
        ("my guide dog is ill and the clinic says the glaucoma is worse", "en"),
        ("[NAME]'s chemo starts monday so the dog is going to the kennels", "en"),
        ("the lab called and the biopsy results are in", "en"),
        ("seit meiner Knie-OP schaff ich mit dem Hund nur noch eine Runde ums Haus", "de"),
        ("depuis mon opération du dos c'est ma voisine qui promène le chien", "fr"),
        ("papas demenz wird schlimmer er vergisst ständig die katze zu füttern", "de"),
        ("La gata no se separa de mí desde que empecé la radioterapia", "es"),
        ("da quando soffro di attacchi di panico non riesco a portare il cane in centro", "it"),
    ],
)
def test_a_person_beside_an_animal_is_not_only_an_animal(text: str, lang: str) -> None:
    """The owner's or a relative's health, a working dog, a name with no vet, a laboratory, and the two languages
    that drop the pronoun."""
    assert not about_an_animal(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "the dog is fine but the chemo starts tomorrow",
        "walk the dog first, dialysis is at two",
        "feed the cat, then the methadone clinic at ten",
        "the cat keeps the bed warm since the miscarriage",
        "remind me to feed the dog before the therapy session",
    ],
)
def test_a_disclosure_in_a_clause_of_its_own_stays_blocked(analyzer: TextAnalyzer, text: str) -> None:
    """A sentence about an animal that names no one can still tell the speaker's health in a clause the animal is
    not in; the release reads the lexicon's words clause by clause (`animals.the_animals_own`)."""
    assert analyzer.gate is not None
    assert analyzer.gate.check(text).blocked


def test_pet_sentences(analyzer: TextAnalyzer) -> None:
    """Measured at stop 56, read blind: 40 of the 120 animals' sentences blocked (English 23 of 48: a seizure, a
    thyroid pill, kennel cough read as anyone's), 72 of the 80 disclosures; the eight missed were all in the
    other four languages and named a procedure or a condition the lexicon lacked, and with those lines (read off
    the misses, so no longer blind) 78. Stop 58's animal release: 16 of the 120 (English 6: a pet known by its
    name alone, "we're switching him to a hypoallergenic diet"; Spanish and Italian 8, which it leaves to the
    model), the disclosures unchanged. Bars at today's figures."""
    rows = read_rows(PET_SENTENCES)
    assert len(rows) == 200 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    false_blocks = [r["text"] for r in rows if not r["sensitive"] and analyzer.gate.check(r["text"]).blocked]
    misses = [r["text"] for r in rows if r["sensitive"] and not analyzer.gate.check(r["text"]).blocked]
    assert len(false_blocks) <= 16, false_blocks
    assert len(misses) <= 2, misses


def test_a_second_blind_pet_set(analyzer: TextAnalyzer) -> None:
    """`tests/data/pet_sentences_2.jsonl`: 150 sentences in English, German and French, written by a helper session
    that read no repository file (stop 58, CC0) after the animal release was written: 75 about animals' health
    and 75 of a person's health, genes or sex life beside an animal ("papas demenz wird schlimmer er vergisst
    ständig die katze zu füttern", "mein blindenführhund heißt Quincy"). Read blind: 37 of the 75 animals'
    sentences blocked without the release, 13 with it; disclosures 68 without, 67 with it (a father's dementia
    written "papas", which the release did not know for a person). After reading: the genitive, farm animals,
    "spay" and a name between owner and animal ("our old tom cat"), and a relapse and time sober counted in
    French as telltales, and German guide dogs in the lexicon: 8 of 75 and 71 of 75; with the clause guard (a
    sensitive word in a clause that names no animal keeps the block) 10 of 75. The four missed are three
    allergies to cats (the labelled set counts "I'm allergic to cats so no pets for me" as ordinary) and an
    owner's back operation."""
    rows = read_rows(PET_SENTENCES_2)
    assert len(rows) == 150 and {r["lang"] for r in rows} == {"en", "de", "fr"}
    assert analyzer.gate is not None
    false_blocks = [r["text"] for r in rows if not r["sensitive"] and analyzer.gate.check(r["text"]).blocked]
    misses = [r["text"] for r in rows if r["sensitive"] and not analyzer.gate.check(r["text"]).blocked]
    assert len(false_blocks) <= 10, false_blocks
    assert len(misses) <= 4, misses
