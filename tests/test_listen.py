"""`edge listen`: live captions from a microphone. Only the sounddevice boundary is faked: a stream that plays
the first sentences of the bundled conversation through the callback, as PortAudio would, then Ctrl-C once the
captions are out."""

from __future__ import annotations

import os
import queue
import signal
import threading
import time
from collections.abc import Iterable
from typing import Any

import numpy as np
import pytest

from tests.conftest import SAMPLE_WAV

try:
    import sounddevice as sd
except OSError:
    pytest.skip("libportaudio2 is not installed (bash script/test installs it)", allow_module_level=True)

pytestmark = pytest.mark.slow


class SpeakingStream:
    """An InputStream whose microphone hears `audio` (16 kHz mono float32), then a quiet room until `done` is set
    (the captions are out), then the user presses Ctrl-C.

    Not at a wall-clock pace: the next block comes when the consumer has fewer than `BACKLOG` blocks waiting.
    """

    BACKLOG = 4
    audio: np.ndarray = np.zeros(0, np.float32)
    done = threading.Event()

    def __init__(
        self, *, device: int, channels: int, samplerate: int, dtype: str, blocksize: int, callback: Any
    ) -> None:
        assert samplerate == 16000 and channels == 1 and dtype == "float32"
        self.blocksize, self.callback, self.active = blocksize, callback, False

    def start(self) -> None:
        self.active = True
        threading.Thread(target=self._play, daemon=True).start()

    def _deliver(self, block: np.ndarray) -> None:
        waiting: queue.Queue = self.callback.__self__._queue  # the MicrophoneSource's queue of blocks
        while waiting.qsize() >= self.BACKLOG and self.active:
            time.sleep(0.001)
        self.callback(block, self.blocksize, None, False)

    def _play(self) -> None:
        for start in range(0, len(self.audio), self.blocksize):
            block = np.zeros((self.blocksize, 1), np.float32)
            piece = self.audio[start : start + self.blocksize]
            block[: len(piece), 0] = piece
            self._deliver(block)
        # Then a quiet room until the last caption is out (at most a minute of it); then Ctrl-C.
        silence = np.zeros((self.blocksize, 1), np.float32)
        for _ in range(int(60 * 16000 / self.blocksize)):
            if not self.active or self.done.is_set():
                break
            self._deliver(silence)
        if self.active:
            os.kill(os.getpid(), signal.SIGINT)

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        pass


def test_listen_shows_partials_in_place_and_final_captions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ctrl_c_interrupts: None
) -> None:
    from edge import cli
    from edge.audio import read_wav
    from edge.cli import main
    from edge.pipeline import UtteranceResult

    speech = read_wav(SAMPLE_WAV)[: 9 * 16000].astype(np.float32) / 32768  # the restaurant question, "Sure."
    SpeakingStream.audio = speech
    SpeakingStream.done = threading.Event()
    real_captions = cli._captions

    def captions_then_done(events: Iterable[Any]) -> None:
        """The real caption printer; the stream stops talking once both sentences have their final caption."""

        def watched() -> Iterable[Any]:
            finals = 0
            for event in events:
                yield event
                finals += isinstance(event, UtteranceResult)
                if finals == 2:
                    SpeakingStream.done.set()

        real_captions(watched())

    monkeypatch.setattr(cli, "_captions", captions_then_done)
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


def test_listen_without_a_microphone_says_so_and_never_that_it_listens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from edge.cli import main
    from edge.errors import DeviceError

    monkeypatch.setattr(sd, "query_devices", lambda device=None, kind=None: [])  # PortAudio lists no input
    assert main(["listen", "--engine", "whisper"]) == DeviceError.exit_code
    err = capsys.readouterr().err
    assert "no microphone found" in err and "listening" not in err
