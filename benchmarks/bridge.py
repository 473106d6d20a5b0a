"""Glasses bridge decoder throughput: wire bytes -> frames (sync, CRC, sequence) -> gap-free int16 stream."""

from __future__ import annotations

import time
from typing import Any

from benchmarks.stats import Unavailable, summary
from benchmarks.vad import sample_audio

CHUNK = 4096  # bytes per read, as from a socket


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    try:
        from firmware_bridge import AudioAssembler, AudioFramer, Codec, FrameDecoder, FrameEncoder
    except ImportError as err:
        raise Unavailable(f"firmware_bridge not importable ({err})") from None
    audio = sample_audio()
    seconds = len(audio) / 16_000
    metrics: dict[str, Any] = {}
    wire_sizes: dict[str, int] = {}
    for codec in (Codec.PCM16, Codec.ADPCM):
        framer, encoder = AudioFramer(codec), FrameEncoder()
        wire = b"".join(encoder.encode(m) for m in framer.push(audio) + framer.flush())
        wire_sizes[codec.name] = len(wire)
        speed, realtime = [], []
        for _ in range(runs or (2 if quick else 10)):
            decoder, assembler = FrameDecoder(), AudioAssembler()
            start = time.perf_counter()
            out = 0
            for i in range(0, len(wire), CHUNK):
                for frame in decoder.feed(wire[i : i + CHUNK]):
                    out += len(assembler.push(frame))
            for frame in decoder.finish():
                out += len(assembler.push(frame))
            took = time.perf_counter() - start
            if out != len(audio):
                raise RuntimeError(f"bridge decoder returned {out} samples for {len(audio)}")
            speed.append(len(wire) / took / 1e6)
            realtime.append(seconds / took)
        metrics[f"decode_{codec.name.lower()}_mb_per_s"] = summary(speed, "MB/s")
        metrics[f"decode_{codec.name.lower()}_x_realtime"] = summary(realtime, "x real time")
    return {"metrics": metrics, "wire_bytes": wire_sizes, "audio_s": round(seconds, 2), "read_bytes": CHUNK}
