"""A church, a hospital or a prison named to give directions is not a disclosure: the gate asks its model again
with the place made a bakery or a market (`edge.privacy.landmarks`, `edge.privacy.swap`), only where the sentence
uses it as a landmark and neither the speaker nor a visit is in it, and only for a block of that place's own
category. `tests/data/landmark_sentences.jsonl`: 140 directions with such a landmark and 100 disclosures told
beside one, written by a helper session that read no repository file (stop 51, CC0), kept out of every training
and dev set (`corpus.protected_texts`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.landmarks import landmarks, swap_landmarks, talked_about
from edge.privacy.swap import IDIOMS, JOBS, NEWS, PARTNERS, SwapRelease

LANDMARK_SENTENCES = Path(__file__).parent / "data" / "landmark_sentences.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def without_landmarks(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS, PARTNERS, NEWS, *IDIOMS)))


@pytest.mark.parametrize(
    ("text", "lang", "category", "swapped"),
    [
        (
            "turn right after the old church and keep going",
            "en",
            "religion",
            "turn right after the old bakery and keep going",
        ),
        ("the café is opposite the cathedral", "en", "religion", "the café is opposite the bakery"),
        (
            "the mosque on green street is a good landmark",
            "en",
            "religion",
            "the bakery on green street is a good landmark",
        ),
        (
            "park behind the hospital, the stadium is there",
            "en",
            "health",
            "park behind the bakery, the stadium is there",
        ),
        ("Bieg an der Moschee rechts ab", "de", "religion", "Bieg an der Bäckerei rechts ab"),
        ("das Café ist gegenüber vom Krankenhaus", "de", "health", "das Café ist gegenüber vom Kino"),
        ("gira a la derecha después de la farmacia", "es", "health", "gira a la derecha después de la panadería"),
        ("el bus para delante de la cárcel", "es", "criminal", "el bus para delante de la panadería"),
        ("c'est juste en face de l'hôpital", "fr", "health", "c'est juste en face de l'hôtel"),
        ("tourne à gauche après la mosquée", "fr", "religion", "tourne à gauche après la boulangerie"),
        ("il bar è accanto alla chiesa", "it", "religion", "il bar è accanto alla panetteria"),
        (
            "il seggio è accanto alla chiesa, gira a destra",
            "it",
            "religion",
            "il seggio è accanto alla panetteria, gira a destra",
        ),
    ],
)
def test_a_landmark_becomes_an_ordinary_place(text: str, lang: str, category: str, swapped: str) -> None:
    assert swap_landmarks(text, lang, category) == swapped


def test_only_the_places_of_the_category_asked_for_are_swapped() -> None:
    text = "the pharmacy is next to the church"
    assert swap_landmarks(text, "en", "religion") == "the pharmacy is next to the bakery"
    # since stop 55 the pharmacy is swapped too: the sentence is about it and names no one
    assert swap_landmarks(text, "en", "health") == "the bakery is next to the church"
    assert swap_landmarks("the café is opposite the church", "en", "criminal") is None


@pytest.mark.parametrize(
    ("text", "lang", "category", "swapped"),
    [
        (
            "the cathedral roof is covered in scaffolding again",
            "en",
            "religion",
            "the bakery roof is covered in scaffolding again",
        ),
        ("which pharmacy is open late tonight", "en", "health", "which bakery is open late tonight"),
        ("die Apotheke am Bahnhof hat sonntags zu", "de", "health", "die Bäckerei am Bahnhof hat sonntags zu"),
        ("el juzgado nuevo tiene un parking enorme", "es", "criminal", "el mercado nuevo tiene un parking enorme"),
        (
            "euh la prison de la ville a été transformée en hôtel",
            "fr",
            "criminal",
            "euh la boulangerie de la ville a été transformée en hôtel",
        ),
        (
            "il seggio elettorale è nella palestra della scuola",
            "it",
            "political",
            "il mercato è nella palestra della scuola",
        ),
    ],
)
def test_a_place_the_sentence_is_about_becomes_an_ordinary_place(
    text: str, lang: str, category: str, swapped: str
) -> None:
    assert talked_about(text, lang) is not None
    assert swap_landmarks(text, lang, category) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where is the nearest synagogue", "en"),  # seeking a place of worship
        ("the mosque on king street opens at five", "en"),  # when a place of worship opens is when one goes
        ("the clinic on the high street is where she has her dialysis", "en"),  # someone
        ("the hospital rang, the results are back", "en"),  # the place tells someone something
        ("the church is doing the funeral on friday", "en"),  # a rite held there
        ("die Kirche am Markt, da geht er jeden Sonntag hin", "de"),
        ("la cárcel de Soto del Real, allí está su hermano", "es"),
        ("busca una iglesia evangélica cerca de aquí", "es"),  # a request, not a sentence about the place
        ("le tribunal, l'audience est à neuf heures", "fr"),  # a hearing attended
        ("la clinica ha chiamato per il referto", "it"),
    ],
)
def test_no_place_talked_about_when_someone_is_there_or_goes(text: str, lang: str) -> None:
    assert landmarks(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("after church we get lunch", "en"),  # a service, not a turn
        ("where is the nearest gurdwara", "en"),  # "near" inside "nearest" is no position
        ("we go to the church next to the park every sunday", "en"),  # the speaker
        ("the clinic opposite the station is where they do the scans", "en"),  # not a landmark itself
        ("turn left at the mosque, the imam leads the prayers at one", "en"),  # a service named
        ("wir gehen jeden Sonntag in die Kirche neben dem Park", "de"),
        ("después de la iglesia comemos en casa de la abuela", "es"),  # no turn: a time
        ("enfrente del hospital está el centro donde hago la quimio", "es"),
        ("à côté du commissariat, c'est là que j'ai été placé en garde à vue", "fr"),
        ("turn left at the mosque", "pt"),  # not one of edge's languages
    ],
)
def test_no_landmark_when_the_place_is_where_someone_goes(text: str, lang: str) -> None:
    assert landmarks(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("we got lost near the cathedral and ended up at a great tapas bar", "en", "cathedral"),
        ("I'm parked next to the church", "en", "church"),
        ("neben der Kirche wohnen wir", "de", "Kirche"),
        ("On habite en face de l'hôpital, au deuxième étage.", "fr", "hôpital"),
        ("Ci vediamo davanti alla chiesa di San Lorenzo, poi andiamo a cena.", "it", "chiesa"),
    ],
)
def test_the_speaker_beside_a_place_is_not_in_it(text: str, lang: str, place: str) -> None:
    """Stop 57: with the speaker in the sentence a place right after a word of position is still a landmark where
    the sentence says where someone lives, parks, meets or walks past (10 ordinary sentences of the corpus and the
    sets freed, none of the disclosures the change reaches); at a turn, with a visit, a service or a stay, or with
    the speaker doing anything else there, it is not."""
    assert [text[start:end] for start, end in landmarks(text, lang)] == [place]
    assert landmarks("I turned left at the mosque and went in", "en") == []
    assert landmarks("à côté du commissariat, c'est là que j'ai été placé en garde à vue", "fr") == []
    assert landmarks("dietro la chiesa c'è la sede, ci vado ogni giovedì", "it") == []


@pytest.mark.parametrize(
    "text",
    [
        "we sat outside the hospital for hours while they operated on mum",
        "I cried in the car park behind the clinic after they told me",
        "I was parked outside the hospital all night waiting for news about my dad",
    ],
)
def test_the_speaker_waiting_beside_a_hospital_stays_blocked(analyzer: TextAnalyzer, text: str) -> None:
    """A first version swapped every place after a word of position with the speaker there and freed the first two
    (swapped, they score 0.15 and 0.18 of the bar); the third is swapped and stays blocked (0.89)."""
    assert analyzer.gate is not None and analyzer.gate.check(text).blocked


def test_landmark_sentences(analyzer: TextAnalyzer, without_landmarks: PrivacyGate) -> None:
    """Measured at stop 51, read blind: without the landmark swap the gate blocked 47 of the 140 directions and 95
    of the 100 disclosures; with it 29 and 94 (28 and 95 with the stop's later lexicon lines and narrower guards).
    The one disclosure it frees, "La permanence du RN à côté de l'église, c'est là que Julien milite tous les
    week-ends", was blocked as religion for the church alone (the model misses the campaigning: 0.25 of the
    political bar with no church in it). 29 since stop 54: the PII tagger no longer takes a street said with no house
    number for an address, and two directions it had redacted so ("auf dem Platz vor der Kirche", "prends le chemin
    à droite" after "jusqu'à la chapelle") now reach the gate whole, while one ("nella piazza davanti alla chiesa")
    is freed. 27 since stop 55: a sentence about the place itself that names no one is asked again with a bakery too
    ("The polling station is at the primary school, and the chip shop is just across from it"). 23 since stop 57:
    with the speaker in the sentence a place right after a word of position is swapped too ("Je suis garé à côté de
    l'église, une petite Clio blanche"). The bars are today's figures."""
    rows = [json.loads(line) for line in LANDMARK_SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 240 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    ordinary = [r["text"] for r in rows if not r["sensitive"]]
    disclosures = [r["text"] for r in rows if r["sensitive"]]
    false_blocks = [t for t in ordinary if analyzer.gate.check(t).blocked]
    assert len(false_blocks) <= 23, false_blocks
    assert sum(without_landmarks.check(t).blocked for t in ordinary) >= 40  # the swap is what frees them
    blocked_before = [t for t in disclosures if without_landmarks.check(t).blocked]
    freed = [t for t in blocked_before if not analyzer.gate.check(t).blocked]
    assert len(blocked_before) >= 96
    assert freed == ["La permanence du RN à côté de l'église, c'est là que Julien milite tous les week-ends."]
