"""The gate's second opinion for English statements that name no one (edge.privacy.impersonal): a weak block of
"the cathedral car park is free after six" is withdrawn when the topic head agrees; a statement about someone, a
request, a question, another language, a strong score or a topic head that reads something sensitive keeps the
block, and no labelled or probe sensitive sentence is released by it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy import PrivacyGate
from edge.privacy.impersonal import ImpersonalRelease, names_no_one
from edge.privacy.lexicon import CATEGORIES
from edge.privacy.pii import redact_pii
from edge.privacy.sensitive_model import Decision
from edge.topics.classifier import SENSITIVE_VETO
from edge.topics.encoder import Encoded
from tests.conftest import LABELLED, PROBE, read_rows


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def without_it(analyzer: TextAnalyzer) -> PrivacyGate:
    """The shipped gate less this release (the topic head's second opinion stays)."""
    return PrivacyGate.load(classifier=analyzer.classifier, impersonal=None)


@pytest.mark.parametrize(
    "text",
    [
        "the cathedral car park is free after six",
        "that's a crime against fashion",
        "it's a sin to throw away good cheese",
        "The pharmacy on the corner closes at six tonight.",
        "there's a new exhibit about the crusades at the museum",
        "the biopsy came back positive this morning",  # names no one: its score keeps it blocked (below)
    ],
)
def test_statements_about_things_name_no_one(text: str) -> None:
    assert names_no_one(text)


@pytest.mark.parametrize(
    "text",
    [
        "my therapist's office moved to the second floor",
        "the therapist's office moved to the second floor",
        "the therapist\u2019s office moved upstairs last week",
        "the parents' evening is on thursday at six",
        "the guy at the clinic was really rude today",
        "the doctor says it is nothing serious at all",
        "it's the third time we've been to that mosque",
        "let's try the new church street bakery for lunch",
        "is the pharmacy on the corner open on sundays",  # a question without its mark
        "the pharmacy on the corner is open on sundays?",
        "going to mass with the whole gang on sunday",  # not how a statement about a thing begins
        "the [NAME] exhibition opens on friday night",  # a redacted name
        "the mosque is lovely",  # too short to tell
    ],
)
def test_statements_about_someone_questions_and_fragments_do_not(text: str) -> None:
    assert not names_no_one(text)


def decision(ratio: float) -> Decision:
    thresholds = np.full(len(CATEGORIES), 0.1, dtype=np.float32)
    return Decision(("religion",), ("religion",), thresholds * ratio, thresholds)


def test_the_release_needs_english_one_passage_a_weak_score_and_the_topic_heads_agreement(
    analyzer: TextAnalyzer,
) -> None:
    classifier = analyzer.classifier
    assert classifier is not None
    encode = classifier.encoder.encode_text
    release = ImpersonalRelease()
    english = encode("the cathedral car park is free after six")
    assert release.applies(classifier, english, decision(1.9))
    assert not release.applies(classifier, english, decision(2.0))  # the margin: twice its threshold stays blocked
    german = encode("der Parkplatz am Dom ist ab sechs Uhr kostenlos")
    assert german.language == "de" and not release.applies(classifier, german, decision(1.0))
    long_text = Encoded(english.text, (english.text, english.text), np.vstack([english.embeddings] * 2))
    assert not release.applies(classifier, long_text, decision(1.0))
    # names no one, scored weakly, but the topic head puts 0.2 or more on its sensitive labels: kept
    clinic = encode("the gender clinic appointment is in june")
    assert names_no_one(clinic.text) and classifier.reading(clinic).sensitive_mass >= SENSITIVE_VETO
    assert not release.applies(classifier, clinic, decision(1.0))
    assert release.sensitive_mass == SENSITIVE_VETO  # the classifier's own veto: what it would give no topic


@pytest.mark.parametrize(
    "text",
    [
        # dev and training sentences the gate blocked without the release; a retrain moves a few in or out
        "that's a crime against fashion",
        "That's a crime against fashion.",
        "the convent hotel has a pool",
        "the word detention center in the crossword",
    ],
)
def test_weak_blocks_of_statements_that_name_no_one_are_withdrawn(
    analyzer: TextAnalyzer, without_it: PrivacyGate, text: str
) -> None:
    assert without_it.check(text).blocked
    assert not analyzer.analyze(text).verdict.blocked


@pytest.mark.parametrize(
    "text",
    [
        "the biopsy came back positive this morning",
        "the parole hearing got moved to next friday",
        "the union meeting is at six tonight in the canteen",
        "the ramadan fast ends at eight forty tonight",
        "the pregnancy test had two lines this time",
        # scored weakly; the topic head's sensitive labels keep them (0.25-1.0 of its probability)
        "the gender clinic appointment is in june",
        "the court ordered anger management classes",
        "the meetings are on tuesdays in the church basement",
        "the fingerprint records were taken at the station",
    ],
)
def test_disclosures_that_name_no_one_stay_blocked(analyzer: TextAnalyzer, text: str) -> None:
    verdict = analyzer.analyze(text).verdict
    assert verdict.blocked and "model" in verdict.layers  # the pregnancy test's two lines are a telltale too


def test_no_labelled_or_probe_sensitive_sentence_is_released(analyzer: TextAnalyzer, without_it: PrivacyGate) -> None:
    """Every sensitive sentence of the labelled set (both halves) and the probe that names no one: where the gate
    without this release blocks it, the shipped gate blocks it too. Measured: 0 released (and 0 of the 7,388
    blocked sensitive dev sentences and 9,803 English composed training ones, the privacy model card)."""
    rows = [r for r in read_rows(LABELLED) + read_rows(PROBE) if r["sensitive"]]
    candidates = [r["text"] for r in rows if names_no_one(redact_pii(r["text"])[0])]
    assert len(candidates) >= 10  # the check reads real cases (13 at stop 43)
    released = [t for t in candidates if without_it.check(t).blocked and not analyzer.analyze(t).verdict.blocked]
    assert not released


IMPERSONAL = Path(__file__).parent / "data" / "impersonal_sentences.jsonl"
"""Stop 48: 400 statements that begin like one about a thing, written by a helper session with no repository access,
80 per language: 40 ordinary ones with a trap word ("la pharmacie de garde est ouverte ce soir") and 40 disclosures
that name no one ("das Ergebnis der Biopsie kommt erst nach Pfingsten", "il rosario della sera è l'unico momento
di pace"). A limit measured, not a target met: the English encoder reads the other four languages' disclosures of
this shape weakly, and an impersonal release for them freed nothing (the privacy model card, stop 48)."""


def test_statements_that_name_no_one_in_five_languages(analyzer: TextAnalyzer) -> None:
    rows = [json.loads(line) for line in IMPERSONAL.read_text(encoding="utf-8").splitlines()]
    blocked = {(r["lang"], r["sensitive"], r["text"]): analyzer.analyze(r["text"]).verdict.blocked for r in rows}

    def rate(lang: str | None, sensitive: bool) -> float:
        picked = [b for (lg, s, _), b in blocked.items() if s == sensitive and lang in (None, lg)]
        return sum(picked) / len(picked)

    # measured: recall en 39, de 32, es 35, fr 36, it 38 of 40 (en 38, de 30, es 30, fr 32, it 33 read blind, before
    # the telltale layer and the lexicon lines read off this set's misses); ordinary blocked 10, 10, 18, 11, 13 of 40
    assert rate("en", True) >= 0.9
    assert min(rate(lang, True) for lang in ("de", "es", "fr", "it")) >= 0.7
    assert rate(None, True) >= 0.8
    assert rate(None, False) <= 0.4
