"""`open_source`: every concrete audio source, picked by spec. The sources import `edge.audio.source`, never this."""

from __future__ import annotations

from pathlib import Path

from edge.audio.source import AudioSource, chunk_samples
from edge.errors import UsageError


def open_source(spec: str, *, chunk_ms: int = 30) -> AudioSource:
    """Open an audio source by spec: a WAV path, `-` (raw s16le 16 kHz mono on stdin; a WAV on stdin also works),
    `mic` / `mic:DEVICE` (index or name substring), or `bridge://HOST:PORT` (the glasses link)."""
    if not isinstance(spec, str) or not spec:
        raise UsageError("no audio source given; pass a WAV path, '-' for stdin, 'mic' or 'bridge://HOST:PORT'")
    size = chunk_samples(chunk_ms)
    if spec == "-":
        from edge.audio.stdin import StdinSource

        return StdinSource(chunk_size=size)
    if spec == "mic" or spec.startswith("mic:"):
        from edge.audio.microphone import MicrophoneSource

        device = spec[4:] if spec.startswith("mic:") else None
        return MicrophoneSource(device, chunk_size=size)
    if spec.startswith(("bridge:", "bridge+")):
        from edge.audio.bridge import open_bridge

        return open_bridge(spec, chunk_ms=chunk_ms)
    from edge.audio.wav import WavFileSource

    return WavFileSource(Path(spec), chunk_size=size)
