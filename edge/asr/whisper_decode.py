"""One Whisper decode of one utterance through faster-whisper's parts, with an encoder window sized to the audio.

faster-whisper's `transcribe` always pads the log-Mel input to Whisper's 30 s window, so a 3 s utterance pays for
ten times the encoder work it needs. CTranslate2's encoder takes any window up to 30 s; here the window holds the
audio plus `pad_s` of padding (so the decoder sees where speech ends, as in training), rounded up to a whole
second and at least `MIN_WINDOW_S`: in windows much shorter than Whisper was trained on it tends to write short
utterances twice, and the beam that writes them twice hears them worse (espeak-ng's "turn off the lights in the
kitchen" in a 5 s window: "Turn off my life's in my kitchen. Turn off my life's in my kitchen"; right in 10 s).
The decoder, the word alignment and the scores are faster-whisper's and CTranslate2's own.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from edge.types import SAMPLE_RATE

WINDOW_S = 30  # Whisper's full input window
MIN_WINDOW_S = 13.0
"""Shortest encoder window. One sweep, with all the previous utterance's words as context, counted word errors on the
real clips alone / ten real conversations / twelve espeak-ng requests (the engine alone on whole files: 6 / 66 /
about 10): 6/76/13 at 5 s, 7/64/11 at 10 s, 6/71/12 at 12 s, 4/54/10 at 13 s, 6/59/10 at 15 s (a few errors either
way are noise); CPU over the engine alone on a long recording: 1.01 at 10 s, 1.17-1.23 at 13 s, 1.24 at 15 s
(limit 1.25)."""
PREPEND_PUNCTUATION = "\"'“¿([{-"
APPEND_PUNCTUATION = "\"'.。,，!！?？:：”)]}、"


@dataclass(frozen=True)
class DecodedWord:
    text: str  # with its leading space, as Whisper spells it
    start: float  # seconds from the start of the audio
    end: float
    probability: float


@dataclass(frozen=True)
class Decoded:
    """What Whisper made of one piece of audio, with the scores that tell speech from invention."""

    text: str
    words: tuple[DecodedWord, ...]
    avg_logprob: float  # mean log-probability per token (end of text included), as Whisper computes it
    no_speech_prob: float  # Whisper's probability that the window holds no speech
    compression_ratio: float  # gzip ratio of the text: high for looping output
    window_s: float  # encoder window used


def window_seconds(samples: int, pad_s: float, min_s: float = 0.0) -> int:
    """Encoder window for `samples` of audio: audio plus `pad_s` of silence, at least `min_s`, whole seconds, at
    most 30."""
    return max(1, min(WINDOW_S, math.ceil(max(min_s, samples / SAMPLE_RATE + pad_s))))


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


class WhisperDecoder:
    """Decodes float32 16 kHz audio (at most 30 s) with a faster-whisper `WhisperModel`."""

    def __init__(
        self, model: Any, *, language: str = "en", pad_s: float = 2.0, min_window_s: float = MIN_WINDOW_S
    ) -> None:
        from faster_whisper.tokenizer import Tokenizer

        self.model = model
        self.pad_s = pad_s
        self.min_window_s = min_window_s
        self.tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
        )
        self.prompt = model.get_prompt(self.tokenizer, [], without_timestamps=True)
        suppress = {t for t in self.tokenizer.non_speech_tokens}
        suppress |= {self.tokenizer.transcribe, self.tokenizer.translate, self.tokenizer.sot}
        suppress |= {self.tokenizer.sot_prev, self.tokenizer.sot_lm, self.tokenizer.no_speech}
        self.suppress_tokens = sorted(suppress)

    def encode(self, audio: np.ndarray, min_window_s: float | None = None) -> tuple[Any, int]:
        """Encoder output for `audio` in a window sized to it (at least `min_window_s`, default the decoder's), and
        the window's number of Mel frames (the word alignment spans the whole window, so that text Whisper invents
        lands in the silence after the audio)."""
        window = window_seconds(audio.size, self.pad_s, self.min_window_s if min_window_s is None else min_window_s)
        frames = window * SAMPLE_RATE // 160
        mel = self.model.feature_extractor(audio[: window * SAMPLE_RATE])  # as faster-whisper computes it
        features = np.zeros((mel.shape[0], frames), dtype=np.float32)  # padded like faster-whisper's pad_or_trim
        used = min(frames, mel.shape[-1] - 1)
        features[:, :used] = mel[:, :used]
        return self.model.encode(features), frames

    def context_tokens(self, text: str) -> list[int]:
        """`text` as tokens for `decode`'s `context`: the text Whisper reads after `<|startofprev|>`, as if it had
        just transcribed it (how `transcribe` carries context from one 30 s window to the next)."""
        return self.tokenizer.encode(" " + text.strip()) if text.strip() else []

    def decode(
        self,
        audio: np.ndarray,
        *,
        beam_size: int,
        max_new_tokens: int,
        words: bool,
        context: list[int] | None = None,
        min_window_s: float | None = None,
    ) -> Decoded:
        """Encode, generate and (if `words`) align: Whisper's reading of `audio`, after `context` if given."""
        encoded, frames = self.encode(audio, min_window_s)
        result = self.generate(encoded, beam_size=beam_size, max_new_tokens=max_new_tokens, context=context)
        tokens = [t for t in result.sequences_ids[0] if t < self.tokenizer.eot]
        text = self.tokenizer.decode(tokens).strip()
        n = len(tokens)
        avg_logprob = result.scores[0] * n / (n + 1) if n else -math.inf
        aligned = self.align(tokens, encoded, frames) if words and tokens else ()
        window = frames * 160 / SAMPLE_RATE
        return Decoded(text, aligned, avg_logprob, result.no_speech_prob, compression_ratio(text), window)

    def generate(self, encoded: Any, *, beam_size: int, max_new_tokens: int, context: list[int] | None = None) -> Any:
        """CTranslate2's decoder on an encoder output: one `WhisperGenerationResult` (token ids, score, no-speech
        probability), temperature 0, no timestamps."""
        prompt = self.model.get_prompt(self.tokenizer, context, without_timestamps=True) if context else self.prompt
        return self.model.model.generate(
            encoded,
            [prompt],
            beam_size=beam_size,
            patience=1.0,
            length_penalty=1.0,
            max_length=min(len(prompt) + max_new_tokens, self.model.max_length),
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=self.suppress_tokens,
        )[0]

    def align(self, tokens: list[int], encoded: Any, frames: int) -> tuple[DecodedWord, ...]:
        """Words of `tokens` with times, from the cross-attention of the alignment heads (faster-whisper's)."""
        from faster_whisper.transcribe import merge_punctuations

        alignment = self.model.find_alignment(self.tokenizer, [tokens], encoded, frames)[0]
        merge_punctuations(alignment, PREPEND_PUNCTUATION, APPEND_PUNCTUATION)
        return tuple(
            DecodedWord(w["word"], float(w["start"]), float(w["end"]), float(w["probability"]))
            for w in alignment
            if w["word"].strip()
        )
