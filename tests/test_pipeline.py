"""The whole pipeline on the bundled conversation: speech → gate → topics → profile, and the demo command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_LINES, SAMPLE_WAV

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events():
    from edge.pipeline import Pipeline, PipelineConfig

    return list(Pipeline(PipelineConfig(engine="whisper")).run(str(SAMPLE_WAV)))


@pytest.fixture(scope="module")
def results(events):
    from edge.pipeline import UtteranceResult

    return [e for e in events if isinstance(e, UtteranceResult)]


def by_word(results, word: str):
    found = [r for r in results if word in r.utterance.text.lower()]
    assert found, f"no utterance contains {word!r}"
    return found[0]


def test_one_utterance_per_turn_and_low_wer(results) -> None:
    from jiwer import wer

    assert len(results) == len(SAMPLE_LINES)
    # Events carry redacted text and a blocked turn only its category: score the turns shown as spoken.
    shown = [i for i, r in enumerate(results) if not r.analysis.verdict.blocked and not r.analysis.verdict.pii]
    assert len(shown) >= len(SAMPLE_LINES) - 2
    hypothesis = " ".join(results[i].utterance.text for i in shown)
    assert wer(normalise(" ".join(SAMPLE_LINES[i] for i in shown)), normalise(hypothesis)) <= 0.15
    starts = [r.utterance.start for r in results]
    assert starts == sorted(starts)
    assert all(r.utterance.end > r.utterance.start for r in results)


def normalise(text: str) -> str:
    import re

    numbers = dict(zip("0123456789", "zero one two three four five six seven eight nine".split()), **{"10": "ten"})
    text = re.sub(r"(?<=\d)-(?=\d)", " ", text.lower())
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(numbers.get(w, w) for w in text.split())


def test_interests_become_topics(results) -> None:
    assert by_word(results, "restaurant").analysis.topics[0].tier1 == "Food & Drink"
    assert by_word(results, "mustang").analysis.topics[0].tier1 == "Automotive"
    assert by_word(results, "flights").analysis.topics[0].tier1 == "Travel"


def test_a_timer_has_no_interest(results) -> None:
    timer = by_word(results, "timer")
    assert not timer.analysis.verdict.blocked
    assert timer.analysis.topics == ()


def test_health_remark_is_blocked_with_no_topic(results) -> None:
    health = next(r for r in results if r.analysis.verdict.blocked)  # its text is withheld: "[sensitive: health]"
    assert health.utterance.text == "[sensitive: health]"
    assert "health" in health.analysis.verdict.categories
    assert health.analysis.topics == ()


def test_phone_number_is_redacted_before_anything_sees_it(results) -> None:
    phone = [r for r in results if "phone" in r.utterance.text.lower()]
    assert phone, "the phone number sentence was not transcribed"
    pii = [p for r in phone for p in r.analysis.verdict.pii]
    assert any(p.type == "phone" for p in pii)
    shown = " ".join(r.to_json()["text"] for r in phone)
    assert not any(ch.isdigit() for ch in shown) and "five five" not in shown.lower()


def test_partials_are_shown_redacted_too(events) -> None:
    import re

    from edge.types import Partial

    partials = [e.text for e in events if isinstance(e, Partial)]
    assert any("phone" in p.lower() for p in partials), "no partial caption of the phone sentence"
    assert not [p for p in partials if re.search(r"\d[\d\s.-]{4,}\d", p)], "a partial showed the phone number"


def test_demo_runs_the_bundled_sample_end_to_end(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "edge.cli", "demo", "--json"], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    utterances = [e for e in events if e.get("type") == "utterance"]
    assert len(utterances) == len(SAMPLE_LINES)
    assert sum(e["sensitive"]["blocked"] for e in utterances) >= 1
    assert "engine whisper" in proc.stderr
