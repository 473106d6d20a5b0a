"""The `edge` command line: bad input gives one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SAMPLE_WAV


def edge(*args: str, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "edge.cli", *args],
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("edge: error:")]
    assert len(errors) == 1, proc.stderr
    for needle in needles:
        assert needle.lower() in errors[0].lower(), errors[0]


def test_help_lists_every_command() -> None:
    proc = edge("--help")
    assert proc.returncode == 0
    for command in (
        "transcribe",
        "listen",
        "run",
        "demo",
        "classify",
        "devices",
        "models",
        "bridge",
        "profile",
        "forget",
        "sync",
        "collector",
    ):
        assert command in proc.stdout, command


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.wav"
    text.write_text("this is not audio\n" * 20)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.wav"
    truncated.write_bytes(SAMPLE_WAV.read_bytes()[:30])
    no_samples = tmp_path / "nosamples.wav"
    with wave.open(str(no_samples), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
    absurd = tmp_path / "absurd.wav"
    with wave.open(str(absurd), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(np.zeros(1600, "<i2").tobytes())
    blob = bytearray(absurd.read_bytes())
    blob[24:28] = (3_000_000_000).to_bytes(4, "little")  # the fmt chunk's sample rate
    absurd.write_bytes(bytes(blob))
    zero_channels = tmp_path / "zerochannels.wav"
    blob = bytearray(SAMPLE_WAV.read_bytes()[:4000])
    blob[22:24] = (0).to_bytes(2, "little")
    zero_channels.write_bytes(bytes(blob))
    return {
        "text": text,
        "empty": empty,
        "truncated": truncated,
        "nosamples": no_samples,
        "absurd": absurd,
        "zerochannels": zero_channels,
        "missing": tmp_path / "does-not-exist.wav",
        "directory": tmp_path,
    }


@pytest.mark.parametrize(
    "case", ["text", "empty", "truncated", "nosamples", "absurd", "zerochannels", "missing", "directory"]
)
def test_bad_audio_gives_one_clear_line(bad_inputs: dict[str, Path], case: str) -> None:
    proc = edge("transcribe", str(bad_inputs[case]))
    assert_one_line_error(proc, bad_inputs[case].name)


def test_bad_source_spec_is_explained() -> None:
    proc = edge("transcribe", "mic:no-such-device-anywhere")
    assert_one_line_error(proc)


def test_unknown_engine_is_a_usage_error() -> None:
    proc = edge("transcribe", str(SAMPLE_WAV), "--engine", "dragon")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr


def test_missing_vosk_model_dir_is_explained(tmp_path: Path) -> None:
    proc = edge("transcribe", str(SAMPLE_WAV), "--engine", "vosk", "--vosk-model", str(tmp_path / "nope"))
    assert_one_line_error(proc, "nope")


def test_classify_jsonl_rejects_a_broken_object() -> None:
    proc = edge("classify", "--jsonl", stdin=b'{"text": "book a table"}\n{"txt": 3}\n')
    assert_one_line_error(proc, "line 2")


def test_classify_rejects_text_that_is_not_utf8() -> None:
    """Latin-1 bytes on stdin: one clear line, not a redaction failure deep in the gate."""
    raw = subprocess.run(
        [sys.executable, "-m", "edge.cli", "classify"],
        input=b"book a table\ncaf\xe9 au lait\n",
        capture_output=True,
        timeout=300,
    )
    proc = subprocess.CompletedProcess(raw.args, raw.returncode, raw.stdout.decode(), raw.stderr.decode())
    assert_one_line_error(proc, "stdin line 2", "not UTF-8", "0xe9")
    assert json.loads(proc.stdout.splitlines()[0])["text"] == "book a table"  # the lines before it were answered


def test_classify_output_schema() -> None:
    proc = edge("classify", "how much horsepower does the new mustang have", "set a timer for ten minutes")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["how much horsepower does the new mustang have", "set a timer for ten minutes"]
    for row in rows:
        assert set(row) == {"text", "redacted", "topics", "sensitive", "pii"}
        assert set(row["sensitive"]) == {"blocked", "categories"}
    car, timer = rows
    assert car["topics"] and car["topics"][0]["tier1"] == "Automotive"
    assert set(car["topics"][0]) == {"id", "label", "tier1", "score"}
    scores = [t["score"] for t in car["topics"]]
    assert scores == sorted(scores, reverse=True)
    assert timer["topics"] == []


def test_classify_pii_offsets_index_the_texts_they_name() -> None:
    """start/end index the redacted text the output carries, source_start/source_end the text given."""
    text = "my card number is 4,111,111,111,111,111,111,111 and call me on 5, 5, 5, 2, 1, 2, 4, 3, 6, 7."
    proc = edge("classify", text)
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["text"] == text
    assert "111" not in row["redacted"] and "2, 1, 2" not in row["redacted"]
    spans = {span["type"]: span for span in row["pii"]}
    assert set(spans) == {"card", "phone"}
    for span in spans.values():
        token = row["redacted"][span["start"] : span["end"]]
        assert token.startswith("[") and token.endswith("]"), token
        source = text[span["source_start"] : span["source_end"]]
        assert source[0].isdigit() and source[-1].isdigit(), source
    assert text[spans["card"]["source_start"] : spans["card"]["source_end"]] == "4,111,111,111,111,111,111,111"
