"""TextAnalyzer: the gate runs before the topic model, and any failure yields nothing rather than something."""

from __future__ import annotations

import pytest

from edge.pipeline import TextAnalyzer


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
