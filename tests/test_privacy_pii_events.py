"""No PII in any field of any event: speech with seeded personal data through the real pipeline (Whisper), read
back through the Python API and `edge run --json`; and what a blocked utterance shows."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.asr_speech import synthesize

SEEDED = [
    "My name is Sarah Connor.",
    "Send it to sarah dot connor at gmail dot com.",
    "Call me on five five five, two one two, four three six seven.",
    "My card number is four one one one, one one one one, one one one one, one one one one.",
    "My address is 221 Baker Street, London.",
    "My doctor changed my blood pressure medication.",
]
# Never shown in any field: the seeded name, e-mail, street; every digit (only the PII sentences have numbers).
FORBIDDEN = re.compile(r"sarah|connor|gmail|@|\bbaker\b|\d|(?:\b(?:one|two|four|five|six|seven)\b\W*){3}", re.I)
PLAIN = ("engine", "type", "id")  # fields that never carry what was said (topic ids are digits)


def speak(sentences: list[str], path: Path) -> Path:
    """`sentences` spoken by espeak-ng with a pause after each, as a WAV (a test fixture, not edge output)."""
    pause = np.zeros(int(1.2 * 16000), dtype=np.int16)
    audio = np.concatenate([part for text in sentences for part in (synthesize(text), pause)])
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(audio.tobytes())
    return path


@pytest.fixture(scope="module")
def seeded_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speak(SEEDED, tmp_path_factory.mktemp("seeded") / "seeded.wav")


class Recording:
    """The real recognizer, keeping what it said so that the test knows the unredacted transcripts."""

    def __init__(self, inner) -> None:
        self.inner, self.name = inner, inner.name
        self.finals: list[str] = []

    def accept(self, samples):
        return self.inner.accept(samples)

    def finish(self):
        transcript = self.inner.finish()
        self.finals.append(transcript.text)
        return transcript


@pytest.fixture(scope="module")
def api_run(seeded_wav: Path):
    from edge.asr import load_recognizer
    from edge.pipeline import Pipeline, PipelineConfig

    recognizer = Recording(load_recognizer("whisper", whisper_partials=True)[0])
    pipeline = Pipeline(PipelineConfig(engine="whisper", partials=True), recognizer=recognizer)
    return list(pipeline.run(str(seeded_wav))), recognizer.finals


def strings(value: object, path: str = "event") -> Iterator[tuple[str, str]]:
    """Every string reachable from `value` (dataclass fields, mappings, sequences), with where it was."""
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from strings(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from strings(item, f"{path}[{i}]")


def heard_names(finals: list[str]) -> list[str]:
    """The words the recognizer really wrote after "name is" (it may spell the seeded name differently)."""
    return [
        w.lower() for f in finals for m in re.finditer(r"name is ([\w'-]+)(?: ([\w'-]+))?", f) for w in m.groups() if w
    ]


def leaks(events: list, finals: list[str]) -> list[str]:
    names = heard_names(finals)
    found = []
    for n, event in enumerate(events):
        for where, text in strings(event, f"event {n}"):
            if any(where.endswith(f".{key}") or where.endswith(f"[{key!r}]") for key in PLAIN):
                continue
            if FORBIDDEN.search(text) or any(re.search(rf"\b{re.escape(name)}\b", text, re.I) for name in names):
                found.append(f"{where}: {text!r}")
    return found


@pytest.mark.slow
def test_python_api_events_carry_no_seeded_pii_in_any_field(api_run) -> None:
    from edge.pipeline import UtteranceResult

    events, finals = api_run
    # The recognizer really heard the personal data (else the test could not fail) ...
    heard = " ".join(finals).lower()
    assert heard_names(finals) and sum(ch.isdigit() for ch in heard) >= 10, finals
    # ... and no field of any event, partial or final, nor their JSON form, shows it.
    assert not leaks(events, finals)
    assert not leaks([e.to_json() for e in events], finals)
    assert sum(isinstance(e, UtteranceResult) for e in events) == len(SEEDED)


@pytest.mark.slow
def test_words_of_a_redacted_span_become_one_placeholder_word_with_its_times(api_run) -> None:
    from edge.pipeline import UtteranceResult

    events, _ = api_run
    results = [e for e in events if isinstance(e, UtteranceResult)]
    phone = next(r for r in results if "[PHONE]" in r.utterance.text)
    placeholders = [w for w in phone.utterance.words if w.text == "[PHONE]"]
    assert len(placeholders) == 1
    word = placeholders[0]
    assert phone.utterance.start <= word.start < word.end <= phone.utterance.end
    assert word.end - word.start > 1.5  # ten digits take a while to say: the span's whole time range
    for result in results:  # every utterance's text and its spans agree
        text = result.to_json()["text"]
        for span in result.to_json()["pii"]:
            assert re.fullmatch(r"\[[A-Z]+\]", text[span["start"] : span["end"]])


@pytest.mark.slow
def test_blocked_utterance_shows_only_its_category(api_run) -> None:
    from edge.pipeline import UtteranceResult
    from edge.types import Partial

    events, _ = api_run
    health = [
        e for e in events if isinstance(e, UtteranceResult) and e.analysis and "health" in e.analysis.verdict.categories
    ]
    assert health, "the health remark was not blocked"
    event = health[0]
    assert event.analysis is not None
    assert event.utterance.text == event.analysis.verdict.redacted_text == "[sensitive: health]"
    assert [w.text for w in event.utterance.words] == ["[sensitive: health]"]
    assert event.analysis.topics == () and event.analysis.verdict.pii == ()
    assert event.to_json()["text"] == "[sensitive: health]"
    captions = [e.text for e in events if isinstance(e, Partial) and e.start == event.utterance.start]
    assert "[sensitive: health]" in captions, "the partial captions of the blocked utterance were not gated"
    assert not any("medication" in c.lower() for c in captions)


@pytest.mark.slow
def test_edge_run_json_carries_no_seeded_pii_in_any_field(tmp_path: Path, api_run) -> None:
    short = SEEDED[:3] + SEEDED[-1:]  # name, e-mail, phone, the blocked remark: the CLI prints the same events
    wav = speak(short, tmp_path / "short.wav")
    proc = subprocess.run(
        [sys.executable, "-m", "edge.cli", "run", str(wav), "--json", "--no-profile", "--engine", "whisper"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {e["type"] for e in events} == {"partial", "utterance"}
    assert sum(e["type"] == "utterance" for e in events) == len(short)
    assert not leaks(events, api_run[1])
    assert any(e["type"] == "utterance" and e["text"] == "[sensitive: health]" for e in events)
    assert not FORBIDDEN.search(proc.stderr)
