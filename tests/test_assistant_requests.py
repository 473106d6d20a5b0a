"""Assistant requests written blind: what `edge classify` makes of commands, interests and sensitive requests in
five languages, two sets each written by a helper session that read no repository file (CC0) and kept out of every
training and dev set (`corpus.protected_texts`):

- `tests/data/request_sentences.jsonl` (stop 51): 400 requests (160 English, 60 in each other language; 160
  commands, 160 interests with their tier-1 topic, 80 that disclose a special category); its misses were read.
- `tests/data/request_sentences_2.jsonl` (stop 52): 500 requests (100 per language: 30 commands, 60 interests, 10
  disclosures), read blind once and then only as totals (two retrained topic heads measured on it were not shipped).

The helpers named tier-1 topics of the IAB list, of which edge's taxonomy merges some ("Movies", "Music and Audio",
"Television" are its Entertainment; "Events and Attractions" its Events or Attractions)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer

DATA = Path(__file__).parent / "data"
MERGED = {
    "Movies": {"Entertainment"},
    "Music and Audio": {"Entertainment"},
    "Television": {"Entertainment"},
    "Events and Attractions": {"Events", "Attractions", "Personal Celebrations & Life Events"},
    "Pop Culture": {"Pop Culture", "Entertainment"},
}


@dataclass(frozen=True)
class Bars:
    """What a set holds and the figures it must keep (the measured ones: a change that does worse fails)."""

    rows: int
    commands: int
    quiet: int
    ordinary_blocked: int
    interests: int
    right: int
    english_right: int
    disclosures: int
    blocked: int
    disclosures_with_topic: int


BARS = {
    # stop 51, read blind: 154 of 160 commands quiet (one blocked: "Rappelle-moi d'acheter du pain en sortant du
    # bureau"; five with a topic: "Navigation beenden" -> Automotive); 7 of 320 ordinary requests blocked, 8 since
    # saints are no people ("the jumble sale at St Peter's church hall" had been let through with "Peter"
    # redacted); 113 of 160 interests right (English 52 of 64), 112 since the saint; 68 of 80 disclosures blocked,
    # 75 with the lexicon lines read off its misses ("bar lesbien", "bar de ambiente", coeliac disease,
    # anticoagulants, confession, German Sabbath compounds), one of the others with a topic. Since stop 55's title
    # swap 7 blocked and 113 right ("A che ora inizia Il commissario Montalbano stasera?").
    "request_sentences.jsonl": Bars(400, 160, 154, 7, 160, 113, 51, 80, 75, 1),
    # stop 52, read blind: 148 of 150 commands quiet (one blocked, one with a topic); 13 of 450 ordinary requests
    # blocked (0.029); 181 of 300 interests right (0.603; English 45 of 60, the others 0.55-0.58, most of their
    # misses with no topic at all); 49 of 50 disclosures blocked, none with a topic. Since stop 54's PII tagger 183
    # interests right (English 46) and 14 requests blocked: "su che canale danno Doc Nelle tue mani" had lost "Doc"
    # to an address of no one, which hid it from the gate (no topic either way). Since stop 55's title swap 11
    # blocked (0.024): that one, "Hospital Central" and "Hippocrate" are programmes asked about.
    "request_sentences_2.jsonl": Bars(500, 150, 148, 11, 300, 183, 46, 50, 49, 0),
}


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module", params=sorted(BARS))
def read(request: pytest.FixtureRequest, analyzer: TextAnalyzer) -> tuple[Bars, dict[str, list]]:
    bars = BARS[request.param]
    rows = [json.loads(line) for line in (DATA / request.param).read_text(encoding="utf-8").splitlines()]
    assert len(rows) == bars.rows and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    out: dict[str, list[tuple[dict, bool, str | None]]] = defaultdict(list)
    for row in rows:
        result = analyzer.analyze(row["text"])
        out[row["kind"]].append((row, result.verdict.blocked, result.topics[0].tier1 if result.topics else None))
    return bars, out


def test_commands_get_no_topic(read: tuple[Bars, dict]) -> None:
    """The issue's target: 0.95 of commands with no topic."""
    bars, found = read
    quiet = [row["text"] for row, blocked, topic in found["command"] if not blocked and topic is None]
    assert len(found["command"]) == bars.commands and len(quiet) >= bars.quiet


def test_ordinary_requests_are_rarely_blocked(read: tuple[Bars, dict]) -> None:
    """The issue's target: at most 0.03 of ordinary requests blocked."""
    bars, found = read
    blocked = [row["text"] for kind in ("command", "interest") for row, b, _ in found[kind] if b]
    assert len(blocked) <= bars.ordinary_blocked, blocked


def test_interests_keep_their_topic(read: tuple[Bars, dict]) -> None:
    """Under the issue's 0.90: the other languages' interests often get no topic ("Rezept für Schwarzwälder
    Kirschtorte"), and trap words send some to a sensitive branch, which gives none ("Receta de torrijas para
    Semana Santa")."""
    bars, found = read
    right = [row for row, blocked, topic in found["interest"] if topic in MERGED.get(row["tier1"], {row["tier1"]})]
    english = [row for row in right if row["lang"] == "en"]
    assert len(found["interest"]) == bars.interests
    assert len(right) >= bars.right and len(english) >= bars.english_right


def test_sensitive_requests_are_blocked(read: tuple[Bars, dict]) -> None:
    """A blocked request never gets a topic; of those that pass, at most the measured number do."""
    bars, found = read
    blocked = [row["text"] for row, b, _ in found["sensitive"] if b]
    assert len(found["sensitive"]) == bars.disclosures and len(blocked) >= bars.blocked
    assert sum(topic is not None for _, _, topic in found["sensitive"]) <= bars.disclosures_with_topic
