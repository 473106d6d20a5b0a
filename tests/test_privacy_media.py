"""What a film, a documentary or a podcast is about is not a disclosure: the gate asks its model again with the
subject made volcanoes (`edge.privacy.media`, `edge.privacy.swap`), only when the speaker is in the sentence as
the audience alone. The sentences here were written for this check (stop 51); none is in a training, dev, test or
probe set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.media import swap_media, swap_titles
from edge.privacy.swap import IDIOMS, JOBS, LANDMARKS, MEDIA, NEWS, PARTNERS, UNLOCK, SwapRelease

TITLE_SENTENCES = Path(__file__).parent / "data" / "title_sentences.jsonl"
"""Stop 55, written by a helper session that read no repository file (CC0): 100 requests for when or where a
programme with a sensitive-sounding title is on, 20 per language ("what channel is Grey's Anatomy on tonight",
"Sur quelle chaîne passe Hippocrate ?"), and 50 look-alike requests about the speaker's own service, meeting,
treatment or hearing ("what time is mass at St. Patrick's this Sunday")."""

MEDIA_AND_DISCLOSURE = [
    "a documentary about depression made me realise I have it",
    "I listened to a podcast about AA because I've been sober for a year",
    "we watched a film about a gay couple, my boyfriend and I cried",
    "il documentario sul carcere mi ha ricordato i miei due anni dentro",
    "vimos un documental sobre la guerra civil y la cárcel de Carabanchel, donde estuvo preso mi abuelo",
]


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def without_media(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS, PARTNERS, NEWS, *IDIOMS, *LANDMARKS)))


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        (
            "we're watching a documentary about the crusades tonight",
            "en",
            "we're watching a documentary about volcanoes tonight",
        ),
        ("the exhibit on ancient gods is free", "en", "the exhibit on volcanoes is free"),
        ("wir schauen eine Doku über die Päpste", "de", "wir schauen eine Doku über Vulkane"),
        ("vimos una peli sobre una cárcel en los ochenta", "es", "vimos una peli sobre volcanes en los ochenta"),
        ("un documentaire sur les guerres de Religion ce soir", "fr", "un documentaire sur les volcans ce soir"),
        ("ascolto un podcast di politica quando corro", "it", "ascolto un podcast di vulcani quando corro"),
        # the speaker as the one who asks the assistant is only the audience too (stop 57)
        (
            "we're watching a documentary about the Spanish civil war tonight, remind me to make popcorn",
            "en",
            "we're watching a documentary about volcanoes tonight, remind me to make popcorn",
        ),
        ("erinnere mich an die Doku über die Päpste", "de", "erinnere mich an die Doku über Vulkane"),
    ],
)
def test_the_subject_of_a_work_becomes_volcanoes(text: str, lang: str, swapped: str) -> None:
    assert swap_media(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a documentary about depression made me realise I have it", "en"),  # the speaker, not as the audience
        ("remind me to take my pills after the documentary about depression", "en"),  # asked, and "my" pills
        ("that prison film is spot on, my brother did two years inside", "en"),  # no "about": a kind of film
        ("i watched a film about a gay couple and cried because it was my story", "en"),
        # a subject of more than four words before its clause ends
        ("that podcast about how the old parties lost the working class vote is good", "en"),
        ("a documentary about the crusades", "pt"),  # not one of edge's languages
    ],
)
def test_no_swap_when_the_speaker_is_more_than_the_audience(text: str, lang: str) -> None:
    assert swap_media(text, lang) is None


def test_a_work_about_a_sensitive_subject_is_not_blocked(analyzer: TextAnalyzer, without_media: PrivacyGate) -> None:
    text = "we're watching a documentary about the crusades tonight"
    assert without_media.check(text).blocked  # the model alone blocks it
    assert analyzer.gate is not None and not analyzer.gate.check(text).blocked


@pytest.mark.parametrize("text", MEDIA_AND_DISCLOSURE)
def test_a_work_beside_a_disclosure_stays_blocked(analyzer: TextAnalyzer, text: str) -> None:
    assert analyzer.gate is not None
    assert analyzer.gate.check(text).blocked


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        ("what channel is Casualty on tonight", "en", "what channel is Bake Off on tonight"),
        ("where can I stream Prison Break", "en", "where can I stream Bake Off"),
        ("auf welchem Sender läuft Der Bergdoktor", "de", "auf welchem Sender läuft Bake Off"),
        ("a qué hora echan Médico de familia", "es", "a qué hora echan Bake Off"),
        ("sur quelle chaîne passe Section de recherches ce soir ?", "fr", "sur quelle chaîne passe Bake Off ce soir ?"),
        ("a che ora inizia Don Matteo stasera?", "it", "a che ora inizia Bake Off stasera?"),
    ],
)
def test_the_title_of_a_programme_asked_about_becomes_bake_off(text: str, lang: str, swapped: str) -> None:
    assert swap_titles(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what time is mass on sunday", "en"),  # an event: the frame needs a title with a capital
        ("when is my group therapy on", "en"),  # the speaker
        ("is he gay", "en"),  # no programme asked about
        ("a che ora fanno la messa", "it"),
        ("wann ist meine Verhandlung", "de"),
    ],
)
def test_no_title_swap_for_an_event_or_the_speaker(text: str, lang: str) -> None:
    assert swap_titles(text, lang) is None


def test_programmes_asked_about(analyzer: TextAnalyzer) -> None:
    """Measured at stop 55 after each of four versions of the requests' frames (its misses not read): the stop-54
    gate blocked 19 of the 100 programme requests and 47 of the 50 look-alike disclosures; the frames match 46 of
    the 100 requests and none of the 50 disclosures; with the title swap 14 and the same 47 are blocked."""
    rows = [json.loads(line) for line in TITLE_SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 150 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    without_titles = PrivacyGate.load(
        analyzer.classifier, swap=SwapRelease(swaps=(JOBS, PARTNERS, NEWS, *IDIOMS, *LANDMARKS, MEDIA, UNLOCK))
    )
    assert analyzer.gate is not None
    programmes = [r["text"] for r in rows if r["kind"] == "title"]
    disclosures = [r for r in rows if r["kind"] == "disclosure"]
    assert sum(without_titles.check(t).blocked for t in programmes) >= 17
    assert sum(analyzer.gate.check(t).blocked for t in programmes) <= 14
    assert not [r["text"] for r in disclosures if swap_titles(r["text"], r["lang"]) is not None]
    kept_before = {r["text"] for r in disclosures if without_titles.check(r["text"]).blocked}
    kept = {r["text"] for r in disclosures if analyzer.gate.check(r["text"]).blocked}
    assert len(kept_before) >= 47 and kept_before <= kept, kept_before - kept
