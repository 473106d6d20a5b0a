"""No transcript or audio byte is ever written to disk, logged or sent (design invariant).

The whole pipeline runs on the bundled conversation with DEBUG logging, a recording sink on every logger and a
private EDGE_HOME; then every file edge wrote and every log record is searched for the transcript's words and
for raw audio bytes. The search itself is tested first, so a leak cannot go unnoticed.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SAMPLE_WAV

# Distinctive words of the sample conversation; none of them is a taxonomy label.
CANARIES = ["mustang", "horsepower", "lisbon", "medication", "blood pressure", "italian restaurant", "tickets", "timer"]


def leaks_in_bytes(blob: bytes, audio: np.ndarray) -> list[str]:
    low = blob.lower()
    found = [word for word in CANARIES if word.encode() in low]
    # 200 ms of the recording's loudest part as raw s16le bytes: any copy of the audio contains it.
    loud = int(np.argmax(np.abs(audio.astype(np.int32))))
    window = audio[max(0, loud - 1600) : loud + 1600].astype("<i2").tobytes()
    if len(window) > 64 and window in blob:
        found.append("raw audio")
    return found


def scan_tree(root: Path, audio: np.ndarray) -> dict[str, list[str]]:
    hits = {}
    for path in root.rglob("*"):
        if path.is_file():
            found = leaks_in_bytes(path.read_bytes(), audio)
            if found:
                hits[str(path)] = found
    return hits


class Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def _sample_audio() -> np.ndarray:
    from edge.audio import read_wav

    return read_wav(SAMPLE_WAV)


def test_the_scanner_catches_a_planted_leak(tmp_path: Path) -> None:
    audio = _sample_audio()
    (tmp_path / "a.txt").write_text("user said: how much HORSEPOWER does it have")
    (tmp_path / "b.raw").write_bytes(
        b"junk" + audio.astype("<i2").tobytes()[1000:200000] + audio.astype("<i2").tobytes()
    )
    hits = scan_tree(tmp_path, audio)
    assert hits[str(tmp_path / "a.txt")] == ["horsepower"]
    assert "raw audio" in hits[str(tmp_path / "b.raw")]


@pytest.mark.slow
def test_pipeline_writes_and_logs_no_transcript_or_audio(
    edge_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from edge.pipeline import Pipeline, PipelineConfig, UtteranceResult

    monkeypatch.chdir(tmp_path)  # anything written to the working directory is scanned too
    private_tmp = tmp_path / "tmp"  # temporary files of this run only; /tmp is shared with other processes
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    system_tmp = Path("/tmp")
    before = {p.name for p in system_tmp.iterdir()}
    started = time.time()
    recorder = Recorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        pipeline = Pipeline(PipelineConfig(record_profile=True))
        results = [e for e in pipeline.run(str(SAMPLE_WAV)) if isinstance(e, UtteranceResult)]
    finally:
        root.removeHandler(recorder)
        root.setLevel(old_level)

    # The run really saw the words we look for, and really recorded a profile.
    heard = " ".join(r.utterance.text.lower() for r in results)
    # (the blocked turn's words are withheld and Whisper tiny may mishear a name, so not every canary is heard)
    assert "mustang" in heard and sum(word in heard for word in CANARIES) >= 4, heard
    assert any(r.analysis and r.analysis.topics for r in results)
    assert any(edge_home.rglob("*")), "the profile should have been written under EDGE_HOME"

    audio = _sample_audio()
    assert scan_tree(tmp_path, audio) == {}  # the working directory and this run's $TMPDIR
    log_text = "\n".join(recorder.lines).encode()
    assert leaks_in_bytes(log_text, audio) == []
    # Nor may a file that a dependency ignoring $TMPDIR created in /tmp during the run (older ones are others').
    recent = [
        p
        for p in system_tmp.glob("*")
        if p.name not in before and p.is_file() and p.stat().st_mtime >= started and p.stat().st_size < 50_000_000
    ]
    for path in recent:
        try:
            blob = path.read_bytes()
        except OSError:
            continue
        assert leaks_in_bytes(blob, audio) == [], path
