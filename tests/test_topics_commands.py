"""Commands are not interests: on the untouched test half of the labelled sentences, device and assistant commands
get no topic, interest requests keep the right tier-1 topic (food orders are Food & Drink, not Shopping), and a
sensitive sentence leaves no topic, whether the gate or the topic head's own veto stops it."""

from __future__ import annotations

import pytest

from edge.pipeline import TextAnalyzer
from tests.conftest import INTEREST_PROBE, labelled, read_rows


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


def held_out(kinds: tuple[str, ...], langs: tuple[str, ...] = ("en", "de", "es", "fr", "it")) -> list[dict]:
    return [r for r in labelled("test") if r["kind"] in kinds and r["lang"] in langs]


def test_held_out_commands_and_small_talk_get_no_topic(analyzer: TextAnalyzer) -> None:
    rows = held_out(("command", "chat"))
    assert len(rows) >= 100
    given = {r["text"]: [t.label for t in analyzer.analyze(r["text"]).topics] for r in rows}
    given = {text: labels for text, labels in given.items() if labels}
    assert 1 - len(given) / len(rows) >= 0.95, given  # measured 0.993 (v8 0.985, v6 0.971); the target: 0.95


def tier1_misses(analyzer: TextAnalyzer, rows: list[dict]) -> list[str]:
    misses = []
    for r in rows:
        topics = analyzer.analyze(r["text"]).topics
        got = topics[0].tier1 if topics else None
        if got != r["tier1"]:
            misses.append(f"{r['text']!r}: {got} (expected {r['tier1']})")
    return misses


def test_held_out_interest_requests_keep_their_tier1_topic(analyzer: TextAnalyzer) -> None:
    rows = held_out(("interest",), langs=("en",))
    assert len(rows) >= 50
    misses = tier1_misses(analyzer, rows)
    # measured 0.885 (54 of 61; topics v8 and v7 0.852, v6 0.787, v5 0.852); the target is 0.90
    assert 1 - len(misses) / len(rows) >= 0.80, misses


def interest_probe(batches: tuple[str, ...], kind: str = "interest") -> list[dict]:
    return [r for r in read_rows(INTEREST_PROBE) if r["batch"] in batches and r["kind"] == kind]


def test_fresh_interest_requests_keep_their_tier1_topic(analyzer: TextAnalyzer) -> None:
    """English assistant requests about interests in 24 branches, written in stop 32 before any result ("is Elden
    Ring hard for beginners", "what shoes go with a navy suit"). Of the 117 written, the 30 with a near copy in a
    training or dev text were left out, and the corpus keeps near copies of the rest out (`corpus.protected_texts`).
    They are plainer than the test half's requests, whose figure is the one above."""
    rows = interest_probe(("interest-1",))
    assert len(rows) >= 80 and len({r["tier1"] for r in rows}) >= 20
    misses = tier1_misses(analyzer, rows)
    # measured 0.966 (84 of 87) with the gate's interest release (gate Q alone 82, M 83): one with no topic, two in
    # a neighbouring branch
    assert 1 - len(misses) / len(rows) >= 0.90, misses  # the target


def test_interests_said_as_wishes_keep_their_tier1_topic(analyzer: TextAnalyzer) -> None:
    """Interests told rather than asked ("my laptop is so slow, I think I need a new one", "I've always wanted to
    learn Japanese"), which a first-person statement's likeness to small talk kept from any topic. Batch 2 was
    written before `interests_wishes.py` and read while it was written; batch 3 after it was fixed, blind."""
    rows = interest_probe(("interest-2", "interest-3"))
    assert len(rows) >= 140
    misses = tier1_misses(analyzer, rows)
    # measured 0.808 (122 of 151; batch 2 71 of 87, batch 3 51 of 64); topics v8: 0.742 (65 and 47)
    assert 1 - len(misses) / len(rows) >= 0.77, misses  # v8 would fail it
    statements = interest_probe(("interest-3",), kind="command")
    given = [r["text"] for r in statements if analyzer.analyze(r["text"]).topics]
    assert len(given) <= 3, given  # measured 2 of 10 ("I need to get the car washed before Sunday"); v8 the same


def test_blind_interest_batch_keeps_its_tier1_topic_and_commands_get_none(analyzer: TextAnalyzer) -> None:
    """Batch 5, written in stop 45 by a helper who saw no repository file: English requests over all 24 interest
    branches and assistant commands; the lines with a near copy among the training facts were left out, so that
    adding them changes no training text. Measured once, before anything was read: the misses are requests
    between two branches ("what's the difference between all wheel drive and four wheel drive" -> Technology &
    Computing) and Pop Culture, a branch with no training request (celebrity gossip -> Entertainment)."""
    rows = interest_probe(("interest-5",))
    assert len(rows) >= 80 and len({r["tier1"] for r in rows}) >= 24
    misses = tier1_misses(analyzer, rows)
    # measured 0.871 (74 of 85; Pop Culture 0 of 4); the target is 0.90
    assert 1 - len(misses) / len(rows) >= 0.80, misses
    commands = interest_probe(("interest-5",), kind="command")
    given = [r["text"] for r in commands if analyzer.analyze(r["text"]).topics]
    assert len(commands) >= 20 and not given, given  # measured 0 of 21


def test_other_languages_wishes_keep_their_tier1_topic(analyzer: TextAnalyzer) -> None:
    """Wishes in German, Spanish, French and Italian ("ho una voglia matta di una carbonara", "mon ordinateur rame,
    il m'en faut un nouveau"), written in stop 32 before their lines in `interests_wishes.py`."""
    rows = interest_probe(("interest-4",))
    assert len(rows) >= 40 and {r["lang"] for r in rows} == {"de", "es", "fr", "it"}
    misses = tier1_misses(analyzer, rows)
    # measured 0.771 (37 of 48) with the interest release (gate Q alone 36, M 34); topics v8 0.50 (24)
    assert 1 - len(misses) / len(rows) >= 0.62, misses


def test_other_languages_interest_requests_keep_their_tier1_topic(analyzer: TextAnalyzer) -> None:
    """German, Spanish, French and Italian requests, which the English encoder reads poorly: the head knows their
    words through its n-gram table, which the keywords of `models/topics/seeds_xx.py` widened."""
    rows = held_out(("interest",), langs=("de", "es", "fr", "it"))
    assert len(rows) >= 25
    misses = tier1_misses(analyzer, rows)
    # measured 0.90 (26 of 29; topics v8 0.86, v7, without those keywords, 0.72: 21 of 29)
    assert 1 - len(misses) / len(rows) >= 0.78, misses


def test_held_out_sensitive_sentences_leave_no_topic(analyzer: TextAnalyzer) -> None:
    """What the gate misses, the topic head's veto should still stop: measured 5 of 370 with a topic (topics v7: 4,
    v6: 6)."""
    rows = held_out(("explicit", "paraphrase"))
    assert len(rows) >= 300
    leaked = {r["text"]: [t.label for t in analyzer.analyze(r["text"]).topics] for r in rows}
    leaked = {text: labels for text, labels in leaked.items() if labels}
    assert len(leaked) / len(rows) <= 0.02, leaked


@pytest.mark.parametrize(
    "text",
    [
        "turn off media volume",
        "raise volume to level seven",
        "create a list of books to be ordered",
        "create a blank list",
        "add jim and jerry to event",
        "enter john's number into my contact list",
    ],
)
def test_the_reported_commands_get_no_topic(analyzer: TextAnalyzer, text: str) -> None:
    assert analyzer.analyze(text).topics == ()


@pytest.mark.parametrize("text", ["order a pizza for me", "order me a bowl from chipotle takeout"])
def test_food_orders_are_food_and_drink(analyzer: TextAnalyzer, text: str) -> None:
    topics = analyzer.analyze(text).topics
    assert topics and topics[0].tier1 == "Food & Drink"
