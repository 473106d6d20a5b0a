"""Audio in: WAV files, the microphone, stdin and the glasses link as one stream of 16 kHz mono int16 chunks,
and the voice-activity segmenter that cuts it into utterances.

Nothing heavy is imported here: sounddevice and onnxruntime load only when a microphone or the segmenter is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from edge.audio.source import AudioSource
from edge.audio.sources import open_source
from edge.audio.wav import read_wav

if TYPE_CHECKING:
    from edge.audio.vad import Segmenter, SegmenterConfig

__all__ = ["AudioSource", "Segmenter", "SegmenterConfig", "open_source", "read_wav"]


def __getattr__(name: str) -> Any:
    if name in ("Segmenter", "SegmenterConfig"):
        from edge.audio import vad

        return getattr(vad, name)
    raise AttributeError(f"module 'edge.audio' has no attribute {name!r}")
