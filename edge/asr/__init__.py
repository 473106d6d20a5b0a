"""Speech-to-text: the Recognizer protocol and its backends (Vosk first, Whisper tiny.en for English)."""

from edge.asr.base import Recognizer, transcribe
from edge.asr.loader import ENGINES, load_recognizer

__all__ = ["ENGINES", "Recognizer", "load_recognizer", "transcribe"]
