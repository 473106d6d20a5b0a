"""TextAnalyzer: the gate runs before the topic model, and any failure yields nothing rather than something."""

from __future__ import annotations

from dataclasses import replace

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy import PrivacyGate
from edge.privacy.gate import TopicRelease
from edge.privacy.sensitive_model import SensitiveModel
from tests.conftest import labelled


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


def test_allowed_text_gets_topics_from_its_redacted_form(analyzer: TextAnalyzer) -> None:
    result = analyzer.analyze("email jane.doe@example.com the cheapest flights to Lisbon in May")
    assert not result.verdict.blocked
    assert [p.type for p in result.verdict.pii] == ["email"]
    assert "[EMAIL]" in result.verdict.redacted_text and "jane" not in result.verdict.redacted_text
    assert result.topics and result.topics[0].tier1 == "Travel"


def test_innocent_topic_after_a_sensitive_fact_is_never_produced(analyzer: TextAnalyzer) -> None:
    result = analyzer.analyze("my chemotherapy starts monday so where can I buy a nice wig")
    assert result.verdict.blocked and "health" in result.verdict.categories
    assert result.topics == ()
    assert result.to_json()["topics"] == []


def test_a_failing_classifier_yields_no_topic(analyzer: TextAnalyzer) -> None:
    class Broken:
        def classify(self, text: str):
            raise RuntimeError("onnxruntime exploded")

    broken = TextAnalyzer(analyzer.gate, Broken())  # type: ignore[arg-type]
    result = broken.analyze("how much horsepower does the new mustang have")
    assert not result.verdict.blocked and result.topics == ()


def test_each_utterance_is_encoded_once_for_the_gate_and_the_topic_head(
    analyzer: TextAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert analyzer.classifier is not None
    encoder = analyzer.classifier.encoder
    passes: list[str] = []
    real = encoder._encode_one

    def counted(text: str):
        passes.append(text)
        return real(text)

    monkeypatch.setattr(encoder, "_encode_one", counted)
    result = analyzer.analyze("which red wine goes well with a grilled steak")
    assert result.topics and result.topics[0].tier1 == "Food & Drink"
    assert len(passes) == 1


def test_a_blocked_utterance_yields_no_topic_in_any_language(analyzer: TextAnalyzer) -> None:
    for text in ("estoy embarazada de tres meses, busca ropa premamá barata", "ich bin schwul, wo ist eine gute Bar"):
        result = analyzer.analyze(text)
        assert result.verdict.blocked and result.topics == ()


# --- the topic head's second opinion on short utterances (edge.privacy.gate.TopicRelease) -----------------


@pytest.fixture(scope="module")
def model_alone(analyzer: TextAnalyzer) -> PrivacyGate:
    """The shipped gate without its second opinions: the sensitive model decides alone."""
    return PrivacyGate.load(classifier=analyzer.classifier, release=None, impersonal=None)


@pytest.mark.parametrize(
    "text",
    [
        # training and dev sentences the shipped model alone blocks; each retrain moves a few in or out
        "mark email as read",
        "Evening.",
        "quanti gradi ci sono fuori",
        "merci t'es un amour",
    ],
)
def test_plain_requests_the_sensitive_model_blocks_are_released_with_no_topic(
    analyzer: TextAnalyzer, model_alone: PrivacyGate, text: str
) -> None:
    assert model_alone.check(text).blocked
    result = analyzer.analyze(text)
    assert not result.verdict.blocked and result.topics == ()


def test_a_released_request_runs_the_topic_head_once(
    analyzer: TextAnalyzer, model_alone: PrivacyGate, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert analyzer.classifier is not None
    classifier = analyzer.classifier
    runs: list[int] = []
    real = classifier._run_head

    def counted(*args, **kwargs):
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(classifier, "_run_head", counted)
    text = "mark email as read"
    assert model_alone.check(text).blocked and not runs  # the model alone never asks the topic head
    result = analyzer.analyze(text)
    assert not result.verdict.blocked and result.topics == ()
    assert len(runs) == 1  # the release read it, and the classifier reused that output
    allowed = analyzer.analyze("which red wine goes well with a grilled steak")
    assert allowed.topics and len(runs) == 2


@pytest.mark.parametrize(
    ("text", "tier1"),
    [
        # dev sentences the shipped model alone blocks and the topic head reads as plain interests
        ("lohnt sich ein Fernstudium", "Education"),
        ("puoi leggimi una poesia di Montale", "Books and Literature"),
        ("quick question what's the difference sort of between impressionism and and expressionism", "Fine Art"),
    ],
)
def test_plain_interests_the_sensitive_model_blocks_are_released_with_their_topic(
    analyzer: TextAnalyzer, model_alone: PrivacyGate, text: str, tier1: str
) -> None:
    assert model_alone.check(text).blocked
    result = analyzer.analyze(text)
    assert not result.verdict.blocked and result.topics and result.topics[0].tier1 == tier1


@pytest.mark.parametrize(
    "text",
    [
        "remind me to take my insulin at nine",  # the lexicon proposed: never released
        "Siri what time is fajr tomorrow.",  # released before the lexicon proposed prayer times
        "siri find a mass time for thursday",
        "erinnere mich an meinen Termin beim Psychiater",
        "find me a gay bar nearby",
        "my PO wants me to check in every week",
    ],
)
def test_sensitive_requests_stay_blocked(analyzer: TextAnalyzer, model_alone: PrivacyGate, text: str) -> None:
    assert model_alone.check(text).blocked
    assert analyzer.analyze(text).verdict.blocked


def test_the_release_needs_every_condition(analyzer: TextAnalyzer) -> None:
    assert analyzer.gate is not None and analyzer.classifier is not None
    model = SensitiveModel.load(encoder=analyzer.classifier.encoder)
    release = TopicRelease()
    text = "mark email as read"
    encoded = analyzer.classifier.encoder.encode_text(text)
    decision = model.decide(text, encoded)
    assert decision.categories and release.applies(analyzer.classifier, encoded, decision)
    proposed = replace(decision, proposed=decision.categories)
    assert not release.applies(analyzer.classifier, encoded, proposed)
    sure = replace(decision, scores=decision.thresholds * release.margin)
    assert not release.applies(analyzer.classifier, encoded, sure)
    strict = replace(release, no_interest=1.01)
    assert not strict.applies(analyzer.classifier, encoded, decision)
    strict = replace(release, sensitive_mass=0.0)
    assert not strict.applies(analyzer.classifier, encoded, decision)
    interest = "lohnt sich ein Fernstudium"
    encoded = analyzer.classifier.encoder.encode_text(interest)
    decision = model.decide(interest, encoded)
    assert decision.categories and release.applies(analyzer.classifier, encoded, decision)
    assert not replace(release, interest_sensitive_mass=-1.0).applies(analyzer.classifier, encoded, decision)
    assert not release.applies(analyzer.classifier, encoded, replace(decision, proposed=decision.categories))
    post = " ".join([text] * 60)
    long_encoded = analyzer.classifier.encoder.encode_text(post)
    assert len(long_encoded.passages) > 1
    assert not release.applies(analyzer.classifier, long_encoded, decision)


def test_on_the_untouched_test_half_the_release_keeps_recall_and_request_false_blocks_low(
    analyzer: TextAnalyzer, model_alone: PrivacyGate
) -> None:
    """Measured: requests and small talk blocked 3 of 227 by the model alone, 1 with the release (0.004, target
    0.03; model M 5 and 3, L 2 and 2, J 7 and 3); no sensitive sentence released."""
    rows = labelled("test")
    released_sensitive = 0
    requests = [r for r in rows if not r["sensitive"] and r["kind"] in ("command", "interest", "chat")]
    for row in rows:
        if row["sensitive"]:
            released_sensitive += (
                model_alone.check(row["text"]).blocked and not analyzer.analyze(row["text"]).verdict.blocked
            )
    blocked = sum(analyzer.analyze(r["text"]).verdict.blocked for r in requests)
    alone = sum(model_alone.check(r["text"]).blocked for r in requests)
    assert len(requests) >= 200 and released_sensitive <= 1
    assert blocked / len(requests) <= 0.03 and blocked <= alone
