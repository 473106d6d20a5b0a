"""`edge listen`: live captions from a microphone. Only the sounddevice boundary is faked: a stream that plays
the first sentences of the bundled conversation through the callback, as PortAudio would, then Ctrl-C."""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import Any

import numpy as np
import pytest
from conftest import SAMPLE_WAV

sd = pytest.importorskip(
    "sounddevice", reason="libportaudio2 is not installed (bash script/test installs it)", exc_type=OSError
)

pytestmark = pytest.mark.slow


class SpeakingStream:
    """An InputStream whose microphone hears `audio` (16 kHz mono float32), then the user presses Ctrl-C."""

    audio = np.zeros(0, np.float32)

    def __init__(
        self, *, device: int, channels: int, samplerate: int, dtype: str, blocksize: int, callback: Any
    ) -> None:
        assert samplerate == 16000 and channels == 1 and dtype == "float32"
        self.blocksize, self.callback, self.active = blocksize, callback, False

    def start(self) -> None:
        self.active = True
        threading.Thread(target=self._play, daemon=True).start()

    def _play(self) -> None:
        for start in range(0, len(self.audio), self.blocksize):
            block = np.zeros((self.blocksize, 1), np.float32)
            piece = self.audio[start : start + self.blocksize]
            block[: len(piece), 0] = piece
            self.callback(block, self.blocksize, None, False)
            time.sleep(self.blocksize / 16000 / 8)  # eight times faster than real time
        # Then a quiet room at real-time pace, long enough for the recognizer to catch up; then Ctrl-C.
        silence = np.zeros((self.blocksize, 1), np.float32)
        for _ in range(int(12 * 16000 / self.blocksize)):
            if not self.active:
                return
            self.callback(silence, self.blocksize, None, False)
            time.sleep(self.blocksize / 16000)
        os.kill(os.getpid(), signal.SIGINT)

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        pass


def test_listen_shows_partials_in_place_and_final_captions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from edge.audio import read_wav
    from edge.cli import main

    speech = read_wav(SAMPLE_WAV)[: 9 * 16000].astype(np.float32) / 32768  # the restaurant question, "Sure."
    SpeakingStream.audio = speech
    glasses = {
        "name": "Glasses mic",
        "index": 0,
        "hostapi": 0,
        "max_input_channels": 1,
        "max_output_channels": 0,
        "default_samplerate": 16000.0,
    }
    monkeypatch.setattr(sd, "query_devices", lambda device=None, kind=None: [glasses])
    monkeypatch.setattr(sd, "query_hostapis", lambda index=None: {"name": "ALSA"})
    monkeypatch.setattr(sd, "check_input_settings", lambda **kwargs: None)
    monkeypatch.setattr(sd, "InputStream", SpeakingStream)

    assert main(["--verbose", "listen", "mic:glasses", "--engine", "whisper"]) == 0
    out = capsys.readouterr().out
    partials = [piece for piece in out.split("\r") if piece.startswith("… ")]
    finals = [line for line in out.replace("\r", "\n").splitlines() if line.startswith("[")]
    assert partials, "no live partial caption was shown"
    assert any("restaurant" in line.lower() for line in finals), finals
    assert any("sure" in line.lower() for line in finals), finals
