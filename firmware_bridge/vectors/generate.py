"""Write the shared test vectors: `python -m firmware_bridge.vectors.generate` (deterministic; rerun after a
protocol change and commit the result).

Each vector in `manifest.json` has the encoder input (`input`, plus the same input as a `c_command` line for
`vector_tool.c`), the frame bytes (`NAME.bin`) and the expected decode (`expected`: frames as JSON, decoded
samples, decoder counts). The tests check that the Python codec and the C encoder produce every `.bin` byte for
byte and that the Python decoder turns every `.bin` into `expected`.
"""

from __future__ import annotations

import json
from dataclasses import fields
from enum import Enum
from pathlib import Path
from typing import Any

import numpy as np

from firmware_bridge.adpcm import AdpcmState
from firmware_bridge.assembler import AudioAssembler
from firmware_bridge.decoder import FrameDecoder
from firmware_bridge.encoder import AudioFramer, FrameEncoder
from firmware_bridge.frames import (
    Ack,
    Audio,
    Button,
    ButtonAction,
    Capability,
    Codec,
    EndOfSpeech,
    EndReason,
    Frame,
    Hello,
    Led,
    LedMode,
    Status,
    Wake,
    WakeSource,
    encode_frame,
)  # fmt: skip

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
STREAM_CAPS = (
    Capability.PCM16 | Capability.ADPCM | Capability.WAKE | Capability.LED | Capability.STATUS | Capability.FLOW_CONTROL
)


def frame_to_json(frame: Frame) -> dict[str, Any]:
    """A decoded frame as plain JSON (enums by name, bytes as hex, audio with its decoded samples)."""
    out: dict[str, Any] = {"type": frame.type.name, "seq": frame.seq, "timestamp_ms": frame.timestamp_ms, "fields": {}}
    for f in fields(frame.message):
        value = getattr(frame.message, f.name)
        if isinstance(value, Enum):
            value = value.name if not isinstance(value, Capability) else int(value)
        elif isinstance(value, bytes):
            value = value.hex()
        elif isinstance(value, tuple):
            value = list(value)
        out["fields"][f.name] = value
    if isinstance(frame.message, Audio):
        out["samples"] = frame.message.samples().tolist()
    return out


def _speechlike(n: int, seed: int) -> np.ndarray:
    """Deterministic test signal: two vowel-ish harmonics under an envelope, plus a little noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(n) / 16000
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t)
    x = envelope * (9000 * np.sin(2 * np.pi * 180 * t) + 4000 * np.sin(2 * np.pi * 1250 * t)) + rng.normal(0, 300, n)
    return np.clip(np.round(x), -32768, 32767).astype(np.int16)


def _frame_vector(
    name: str, message, seq: int, ts: int, state: AdpcmState | None = None, pcm: np.ndarray | None = None
):
    command = {
        Hello: lambda m: (
            f"hello {int(m.capabilities)} {m.sample_rate} {int(m.codec)} {m.channels} {m.samples_per_frame} "
            + " ".join(map(str, m.firmware))
        ),
        Button: lambda m: f"button {m.button} {int(m.action)}",
        Wake: lambda m: f"wake {int(m.source)} {m.sample_index}",
        EndOfSpeech: lambda m: f"eos {int(m.reason)} {m.sample_index}",
        Status: lambda m: (
            f"status {m.battery_percent} {m.flags} {m.battery_mv} {m.temperature_decicelsius} {m.overruns}"
        ),
        Led: lambda m: f"led {int(m.mode)} {m.brightness}",
        Ack: lambda m: f"ack {m.ack_seq} {m.credits}",
    }
    if isinstance(message, Audio):
        if pcm is None:
            raise ValueError(f"{name}: an AUDIO vector needs its input samples")
        st = state or AdpcmState()
        c_args = (
            f"audio {int(message.codec)} {message.sample_index} {st.predictor} {st.step_index} {len(pcm)} "
            + " ".join(map(str, pcm.tolist()))
        )
        fields_in = {"codec": int(message.codec), "sample_index": message.sample_index, "predictor": st.predictor,
                     "step_index": st.step_index, "pcm": pcm.tolist()}  # fmt: skip
    else:
        c_args = command[type(message)](message)
        fields_in = frame_to_json(Frame(message, seq, ts))["fields"]
    data = encode_frame(message, seq, ts)
    return name, data, {"kind": "frame", "input": {"type": message.TYPE.name, "seq": seq, "timestamp_ms": ts, "fields": fields_in},
                        "c_command": f"frame {seq} {ts} {c_args}"}  # fmt: skip


def _audio(codec: Codec, pcm: np.ndarray, index: int, state: AdpcmState | None = None) -> Audio:
    state = state if state is not None else AdpcmState()
    return Audio.from_pcm(pcm, index) if codec == Codec.PCM16 else Audio.from_adpcm(pcm, index, state)[0]


def stream_bytes(codec: Codec, samples_per_frame: int, pcm: np.ndarray) -> bytes:
    """The simulator's session layout without impairment or STATUS: HELLO, WAKE, AUDIO..., END_OF_SPEECH."""
    encoder, framer = FrameEncoder(), AudioFramer(codec, samples_per_frame)
    out = [encoder.encode(Hello(STREAM_CAPS, codec=codec, samples_per_frame=samples_per_frame), 0)]
    out.append(encoder.encode(Wake(WakeSource.BUTTON, 0), 0))
    for audio in framer.push(pcm) + framer.flush():
        out.append(encoder.encode(audio, audio.sample_index * 1000 // 16000))
    out.append(encoder.encode(EndOfSpeech(EndReason.STREAM_END, len(pcm)), len(pcm) * 1000 // 16000))
    return b"".join(out)


def decode_expectation(data: bytes) -> dict[str, Any]:
    decoder, assembler = FrameDecoder(), AudioAssembler()
    frames = decoder.feed(data) + decoder.finish()
    audio = [assembler.push(f) for f in frames]
    samples = np.concatenate(audio).tolist() if audio else []
    return {"frames": [frame_to_json(f) for f in frames], "stream_samples": samples, "decoder": decoder.stats.as_dict(),
            "assembler": assembler.stats.as_dict()}  # fmt: skip


def build() -> list[tuple[str, bytes, dict[str, Any]]]:
    speech = _speechlike(1200, seed=1)
    square = np.tile(np.array([32767] * 6 + [-32768] * 6, dtype=np.int16), 20)
    vectors = [
        _frame_vector("hello_default", Hello(), 0, 0),
        _frame_vector(
            "hello_adpcm", Hello(Capability.ADPCM | Capability.BUTTON, 16000, Codec.ADPCM, 1, 320, (2, 7, 513)), 1, 12
        ),
        _frame_vector("button_long_press", Button(2, ButtonAction.LONG_PRESS), 7, 1234),
        _frame_vector("wake_keyword", Wake(WakeSource.KEYWORD, 0xFFFFFFFF), 8, 99),
        _frame_vector("end_of_speech_vad", EndOfSpeech(EndReason.DEVICE_VAD, 123456), 9, 7716),
        _frame_vector("status_charging", Status(42, 0x01, 3712, -55, 3), 10, 60000),
        _frame_vector("status_unknown", Status(), 11, 61000),
        _frame_vector("led_on", Led(LedMode.ON, 255), 0, 5),
        _frame_vector("led_blink_dim", Led(LedMode.BLINK, 16), 1, 6),
        _frame_vector("ack_unlimited", Ack(65535), 2, 7),
        _frame_vector("ack_window", Ack(300, 8), 65535, 0xFFFFFFFF),
    ]
    pcm_cases = [
        ("audio_pcm16_extremes", Codec.PCM16, np.array([0, 1, -1, 32767, -32768], np.int16), 0, AdpcmState()),
        ("audio_pcm16_full", Codec.PCM16, speech[:111], 0xFFFFFF9C, AdpcmState()),
        ("audio_adpcm_odd", Codec.ADPCM, speech[100:107], 100, AdpcmState(-1200, 17)),
        ("audio_adpcm_full", Codec.ADPCM, speech[:438], 438, AdpcmState(1000, 40)),
        ("audio_adpcm_saturating", Codec.ADPCM, square[:200], 5, AdpcmState(32000, 88)),
    ]
    for seq, (name, codec, pcm, index, state) in enumerate(pcm_cases, start=20):
        vectors.append(_frame_vector(name, _audio(codec, pcm, index, state), seq, index // 16 % (1 << 32), state, pcm))
    for codec, spf in ((Codec.PCM16, 80), (Codec.ADPCM, 320)):
        name = f"stream_{codec.name.lower()}"
        data = stream_bytes(codec, spf, speech)
        vectors.append((name, data, {"kind": "stream", "input": {"codec": int(codec), "samples_per_frame": spf, "pcm": speech.tolist()},
                                     "c_command": f"stream {int(codec)} {spf} {len(speech)} " + " ".join(map(str, speech.tolist()))}))  # fmt: skip
    vectors.append(("noisy_stream", _noisy_stream(speech), {"kind": "noisy", "input": None, "c_command": None}))
    for name, data, entry in vectors:
        entry.update(name=name, file=f"{name}.bin", size=len(data), expected=decode_expectation(data))
    return vectors


def _noisy_stream(speech: np.ndarray) -> bytes:
    """Garbage, a false sync, a corrupted frame, a lost frame and a truncated tail around good ADPCM frames."""
    frames = [frame for frame in _split(stream_bytes(Codec.ADPCM, 120, speech))]
    corrupted = bytearray(frames[3])
    corrupted[40] ^= 0x10
    rng = np.random.default_rng(7)
    garbage = rng.integers(0, 256, 300, dtype=np.uint8).tobytes().replace(b"\xa5\x5a", b"\xa5\x00")
    false_sync = b"\xa5\x5a\x01\x02\x00\x00\x00\x00\x00\x00\xc8"  # header claiming 200 payload bytes
    parts = [garbage, frames[0], frames[1], false_sync, frames[2], bytes(corrupted), frames[4], frames[6], b"\x00\xa5",
             frames[7], frames[8], frames[9][:-3]]  # fmt: skip
    return b"".join(parts)


def _split(data: bytes) -> list[bytes]:
    out, pos = [], 0
    while pos < len(data):
        end = pos + 11 + data[pos + 10] + 2
        out.append(data[pos:end])
        pos = end
    return out


def main() -> None:
    vectors = build()
    for old in HERE.glob("*.bin"):
        old.unlink()
    manifest = []
    for name, data, entry in vectors:
        (HERE / f"{name}.bin").write_bytes(data)
        manifest.append(entry)
    lines = ",\n".join(json.dumps(entry, separators=(",", ":")) for entry in manifest)  # one vector per line
    MANIFEST.write_text(f'{{"protocol_version":1,"vectors":[\n{lines}\n]}}\n')
    print(f"wrote {len(vectors)} vectors to {HERE}")


if __name__ == "__main__":
    main()
