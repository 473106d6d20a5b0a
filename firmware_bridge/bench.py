"""Decoder throughput, for the benchmarks: `python -m firmware_bridge.bench` prints JSON.

`decoder_throughput()` measures wire bytes per second through `FrameDecoder` alone (framing + CRC + payload
parsing) and through decoder + `AudioAssembler` (which also decodes the audio), for PCM16 and ADPCM streams fed in
4 KiB chunks, plus the raw ADPCM codec speed. Best of `repeats` runs; one CPU core.
"""

from __future__ import annotations

import json
import time

import numpy as np

from firmware_bridge import adpcm
from firmware_bridge.assembler import AudioAssembler
from firmware_bridge.decoder import FrameDecoder
from firmware_bridge.encoder import AudioFramer, FrameEncoder
from firmware_bridge.frames import SAMPLE_RATE, Codec, EndOfSpeech, EndReason, Hello

MB = 1e6


def _signal(seconds: float) -> np.ndarray:
    rng = np.random.default_rng(0)
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    x = (0.5 + 0.5 * np.sin(2 * np.pi * 2 * t)) * (
        8000 * np.sin(2 * np.pi * 220 * t) + 3000 * np.sin(2 * np.pi * 1700 * t)
    )
    return np.clip(x + rng.normal(0, 400, len(t)), -32768, 32767).astype(np.int16)


def _stream(samples: np.ndarray, codec: Codec) -> bytes:
    encoder, framer = FrameEncoder(), AudioFramer(codec)
    frames = [encoder.encode(Hello(codec=codec, samples_per_frame=framer.samples_per_frame), 0)]
    frames += [encoder.encode(a, 0) for a in framer.push(samples) + framer.flush()]
    frames.append(encoder.encode(EndOfSpeech(EndReason.STREAM_END, len(samples)), 0))
    return b"".join(frames)


def _best(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def _decode(data: bytes, assemble: bool, chunk: int = 4096) -> int:
    decoder, assembler, samples = FrameDecoder(), AudioAssembler(), 0
    for i in range(0, len(data), chunk):
        for frame in decoder.feed(data[i : i + chunk]):
            if assemble:
                samples += len(assembler.push(frame))
    return samples


def decoder_throughput(seconds: float = 60.0, repeats: int = 3) -> dict[str, object]:
    """Throughput figures (MB/s of wire bytes, and times faster than real time) for PCM16 and ADPCM links."""
    samples = _signal(seconds)
    result: dict[str, object] = {"audio_seconds": seconds, "chunk_bytes": 4096}
    for codec in (Codec.PCM16, Codec.ADPCM):
        data = _stream(samples, codec)
        frames_only = _best(lambda data=data: _decode(data, assemble=False), repeats)
        with_audio = _best(lambda data=data: _decode(data, assemble=True), repeats)
        assert _decode(data, assemble=True) == len(samples)
        result[codec.name.lower()] = {
            "wire_bytes": len(data),
            "frames_mb_per_s": round(len(data) / frames_only / MB, 2),
            "frames_and_audio_mb_per_s": round(len(data) / with_audio / MB, 2),
            "realtime_factor": round(seconds / with_audio, 1),
        }
    encoded, _ = adpcm.encode(samples)
    encode_s = _best(lambda: adpcm.encode(samples), 1)
    decode_s = _best(lambda: adpcm.decode(encoded, len(samples)), repeats)
    result["adpcm_codec"] = {
        "encode_msamples_per_s": round(len(samples) / encode_s / 1e6, 2),
        "decode_msamples_per_s": round(len(samples) / decode_s / 1e6, 2),
        "decode_mb_per_s_of_adpcm": round(len(encoded) / decode_s / MB, 2),
    }
    return result


if __name__ == "__main__":
    print(json.dumps(decoder_throughput(), indent=2))
