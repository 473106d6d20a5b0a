"""What a film, a documentary or a podcast is about is not a disclosure: the gate asks its model again with the
subject made volcanoes (`edge.privacy.media`, `edge.privacy.swap`), only when the speaker is in the sentence as
the audience alone. The sentences here were written for this check (stop 51); none is in a training, dev, test or
probe set."""

from __future__ import annotations

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.media import swap_media
from edge.privacy.swap import IDIOMS, JOBS, LANDMARKS, NEWS, PARTNERS, SwapRelease

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
    ],
)
def test_the_subject_of_a_work_becomes_volcanoes(text: str, lang: str, swapped: str) -> None:
    assert swap_media(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a documentary about depression made me realise I have it", "en"),  # the speaker, not as the audience
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
