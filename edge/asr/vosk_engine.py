"""Vosk (Kaldi) streaming recognizer: the primary engine. Models load once per process, with dither off.

Kaldi dithers its feature input by default (Gaussian noise drawn from the C library's global `rand()`), so the
same audio could decode differently from one recognizer to the next. A model whose feature configuration does not
set `--dither` is loaded through a temporary copy of its `conf/` folder that sets `--dither=0` (the other parts
are symbolic links; Vosk reads everything while loading, and the copy is removed right after).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from edge.asr.base import check_samples, mean_confidence
from edge.asr.digits import join_text, join_transcript
from edge.asr.layout import check_layout
from edge.errors import ModelError
from edge.home import edge_home
from edge.types import SAMPLE_RATE, Samples, Transcript, Word

_MODELS: dict[Path, Any] = {}
_LOCK = threading.Lock()
_NOISE_WORDS = frozenset({"[unk]", "<unk>"})


def load_vosk_model(path: str | Path) -> Any:
    """The `vosk.Model` for folder `path`, loaded once per process (loading takes seconds and hundreds of MB)."""
    folder = check_layout(Path(path).expanduser()).resolve()
    with _LOCK:
        model = _MODELS.get(folder)
        if model is None:
            import vosk

            vosk.SetLogLevel(-1)  # Kaldi logs to stderr otherwise
            try:
                with _without_dither(folder) as loadable:
                    model = vosk.Model(str(loadable))
            except Exception:
                raise ModelError(
                    f"Vosk could not load the model in {folder}: its files are damaged or not a Vosk model; "
                    "run `edge models verify` or pull it again"
                ) from None
            _MODELS[folder] = model
    return model


_DITHER = re.compile(r"^\s*--dither\s*=", re.MULTILINE)


@contextmanager
def _without_dither(folder: Path) -> Iterator[Path]:
    """A folder Vosk can load `folder` from with feature dither off (`folder` itself when its feature
    configuration already sets a dither)."""
    conf = folder / "conf"
    features = [conf / name for name in ("mfcc.conf", "fbank.conf") if (conf / name).is_file()]
    if not features or all(_DITHER.search(f.read_text(errors="replace")) for f in features):
        yield folder
        return
    tmp = Path(tempfile.mkdtemp(prefix=".vosk-load-", dir=edge_home()))
    try:
        shadow = tmp / folder.name
        shadow.mkdir()
        for entry in folder.iterdir():
            if entry.name != "conf":
                (shadow / entry.name).symlink_to(entry.resolve())
        shutil.copytree(conf, shadow / "conf")
        for feature in features:
            text = (shadow / "conf" / feature.name).read_text(errors="replace")
            (shadow / "conf" / feature.name).write_text(text.rstrip("\n") + "\n--dither=0\n")
        yield shadow
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class VoskRecognizer:
    """A Recognizer on a Vosk model folder.

    Vosk may end segments on its own (its endpointer) inside what the segmenter calls one utterance; those
    segments are joined so `finish` returns the whole utterance. Vosk counts word times from the first sample
    it ever saw, so times are shifted to the utterance start. Spoken digit runs come out as one number
    (`edge.asr.digits`).
    """

    name = "vosk"

    def __init__(self, model_path: str | Path, *, sample_rate: int = SAMPLE_RATE, partial_words: bool = False):
        import vosk

        self.model_path = Path(model_path)
        self._model = load_vosk_model(model_path)
        self._sample_rate = sample_rate
        self._rec = vosk.KaldiRecognizer(self._model, sample_rate)
        self._rec.SetWords(True)
        if partial_words:
            self._rec.SetPartialWords(True)
        self._fed = 0  # samples given to Vosk since the recognizer was created
        self._utterance_start = 0
        self._segments: list[dict[str, Any]] = []
        self._partial = ""

    def accept(self, samples: Samples) -> str | None:
        samples = check_samples(samples)
        if samples.size == 0:
            return None
        self._fed += samples.size
        if self._rec.AcceptWaveform(samples.tobytes()):
            self._segments.append(json.loads(self._rec.Result()))
            pending = ""
        else:
            pending = json.loads(self._rec.PartialResult()).get("partial", "")
        text = join_text(" ".join(t for t in [*(self._segment_text(s) for s in self._segments), _clean(pending)] if t))
        if text == self._partial:
            return None
        self._partial = text
        return text

    def finish(self) -> Transcript:
        self._segments.append(json.loads(self._rec.FinalResult()))
        offset = self._utterance_start / self._sample_rate
        words = tuple(
            Word(
                text=w["word"],
                start=max(0.0, float(w["start"]) - offset),
                end=max(0.0, float(w["end"]) - offset),
                confidence=float(w.get("conf", 1.0)),
            )
            for segment in self._segments
            for w in segment.get("result", [])
            if w.get("word") not in _NOISE_WORDS
        )
        text = " ".join(w.text for w in words)
        self._segments = []
        self._partial = ""
        self._utterance_start = self._fed
        confidence = mean_confidence([w.confidence for w in words])
        return join_transcript(Transcript(text=text, words=words, confidence=confidence))

    @staticmethod
    def _segment_text(segment: dict[str, Any]) -> str:
        return _clean(segment.get("text", ""))


def _clean(text: str) -> str:
    return " ".join(t for t in text.split() if t not in _NOISE_WORDS)
