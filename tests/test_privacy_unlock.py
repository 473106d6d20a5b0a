"""A fingerprint sensor or face unlock that fails, and a place a sentence is about, are not disclosures: the gate
asks its model again with the unlock made a PIN (`edge.privacy.unlock`) or the place made a bakery or a market
(`edge.privacy.landmarks.talked_about`), only where the sentence gives no fingerprint or face away, names no one
and tells of no visit, and only for a block of their own categories.

`tests/data/place_unlock_sentences.jsonl`: 140 sentences about places of worship, care, the law or a vote that
name no one, 60 failing unlocks and 100 disclosures written to look like them (a place beside a visit, a stay or
results; biometrics given away, or a sensor failing because a body changed), five languages, written by a helper
session that read no repository file (stop 55, CC0)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.landmarks import CATEGORIES as LANDMARK_CATEGORIES
from edge.privacy.landmarks import swap_landmarks
from edge.privacy.swap import IDIOMS, JOBS, MEDIA, NEWS, PARTNERS, Swap, SwapRelease
from edge.privacy.unlock import swap_unlock

PLACE_UNLOCK_SENTENCES = Path(__file__).parent / "data" / "place_unlock_sentences.jsonl"
LANDMARKS_ONLY = tuple(
    Swap(partial(swap_landmarks, category=c, about=False), frozenset({c})) for c in LANDMARK_CATEGORIES
)


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def before(analyzer: TextAnalyzer) -> PrivacyGate:
    """The gate as it was at stop 54: landmarks only where they give directions, no unlock swap."""
    swaps = (JOBS, PARTNERS, NEWS, *IDIOMS, *LANDMARKS_ONLY, MEDIA)
    return PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=swaps))


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        ("face id won't work with my ski goggles on", "en", "the PIN won't work with my ski goggles on"),
        ("the app won't recognise my face in the dark", "en", "the app won't recognise the PIN in the dark"),
        ("der Fingerabdrucksensor am Tablet spinnt", "de", "die PIN am Tablet spinnt"),
        ("el lector de huellas del coche no va", "es", "el PIN del coche no va"),
        ("le capteur d'empreinte bug encore", "fr", "le code PIN bug encore"),
        ("il sensore di impronte non funziona più", "it", "il PIN non funziona più"),
    ],
)
def test_a_failing_unlock_becomes_a_pin(text: str, lang: str, swapped: str) -> None:
    assert swap_unlock(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("turn on face id", "en"),  # no failure: setting it up gives a face away
        ("face id won't save my face, set it up again", "en"),
        ("the airport scanned my fingerprints and the reader didn't work twice", "en"),
        ("face id doesn't know me since the surgery on my jaw", "en"),  # a body that changed
        ("mein Fingerabdruck geht seit der Chemo nicht mehr", "de"),
        ("registra de nuevo mi huella, no funciona", "es"),
        ("le face id ne marche plus depuis mon accident", "fr"),
        ("il face id è lento", "pt"),  # not one of edge's languages
    ],
)
def test_no_unlock_swap_when_a_fingerprint_or_face_is_given_away_or_a_body_changed(text: str, lang: str) -> None:
    assert swap_unlock(text, lang) is None


def test_place_and_unlock_sentences(analyzer: TextAnalyzer, before: PrivacyGate) -> None:
    """Measured at stop 55, read blind but for the one disclosure the first version let through ("Face ID ne me
    reconnaît plus depuis mon opération de la mâchoire", since then `unlock.BODILY`): the stop-54 gate blocked 51
    of the 140 places, 28 of the 60 unlocks and 95 of the 100 disclosures; this one blocks 23, 17 and 95."""
    rows = [json.loads(line) for line in PLACE_UNLOCK_SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 300 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    gate = analyzer.gate

    def blocked(kind: str, by: PrivacyGate) -> list[str]:
        return [r["text"] for r in rows if r["kind"] == kind and by.check(r["text"]).blocked]

    assert len(blocked("place", before)) >= 45
    assert len(blocked("place", gate)) <= 23
    assert len(blocked("unlock", before)) >= 25
    assert len(blocked("unlock", gate)) <= 17
    assert sum(r["sensitive"] for r in rows if r["kind"] == "disclosure") == 100
    kept, kept_before = blocked("disclosure", gate), blocked("disclosure", before)
    assert len(kept_before) >= 95
    assert set(kept_before) <= set(kept), set(kept_before) - set(kept)  # nothing the old gate blocked goes through
