"""The shared test vectors: the Python codec encodes every input to the stored bytes and decodes every stored
frame to the stored expectation; the generator reproduces the committed files exactly."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from firmware_bridge import AdpcmState, Audio, Codec, encode_frame
from firmware_bridge.frames import MESSAGE_TYPES, FrameType
from firmware_bridge.vectors import generate

MANIFEST = json.loads(generate.MANIFEST.read_text())
VECTORS = {v["name"]: v for v in MANIFEST["vectors"]}


def message_from_input(spec: dict):
    fields = dict(spec["fields"])
    kind = MESSAGE_TYPES[FrameType[spec["type"]]]
    if kind is Audio:
        pcm = np.array(fields["pcm"], dtype=np.int16)
        if fields["codec"] == Codec.PCM16:
            return Audio.from_pcm(pcm, fields["sample_index"])
        return Audio.from_adpcm(pcm, fields["sample_index"], AdpcmState(fields["predictor"], fields["step_index"]))[0]
    kwargs: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in _enums(kind, fields).items()}
    return kind(**kwargs)


def _enums(kind, fields: dict) -> dict:
    """Enum names in the JSON back to values via the dataclass field types."""
    import firmware_bridge.frames as frames

    out = {}
    for name, value in fields.items():
        annotation = kind.__dataclass_fields__[name].type
        enum = getattr(frames, str(annotation), None)
        out[name] = enum[value] if isinstance(value, str) and enum is not None else value
    return out


def test_manifest_covers_every_frame_type():
    types = {f["type"] for v in MANIFEST["vectors"] for f in v["expected"]["frames"]}
    assert types == {t.name for t in FrameType}
    assert MANIFEST["protocol_version"] == 1


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_python_decodes_every_vector_to_the_expectation(name):
    vector = VECTORS[name]
    data = (generate.HERE / vector["file"]).read_bytes()
    assert len(data) == vector["size"]
    assert generate.decode_expectation(data) == vector["expected"]


@pytest.mark.parametrize("name", sorted(n for n, v in VECTORS.items() if v["kind"] == "frame"))
def test_python_encodes_every_frame_vector_byte_for_byte(name):
    vector = VECTORS[name]
    spec = vector["input"]
    data = encode_frame(message_from_input(spec), spec["seq"], spec["timestamp_ms"])
    assert data == (generate.HERE / vector["file"]).read_bytes()


@pytest.mark.parametrize("name", ["stream_pcm16", "stream_adpcm"])
def test_python_encodes_every_stream_vector_byte_for_byte(name):
    spec = VECTORS[name]["input"]
    data = generate.stream_bytes(Codec(spec["codec"]), spec["samples_per_frame"], np.array(spec["pcm"], np.int16))
    assert data == (generate.HERE / VECTORS[name]["file"]).read_bytes()


def test_stream_vectors_decode_to_the_input_audio():
    pcm = np.array(VECTORS["stream_pcm16"]["input"]["pcm"])
    assert VECTORS["stream_pcm16"]["expected"]["stream_samples"] == pcm.tolist()
    adpcm = np.array(VECTORS["stream_adpcm"]["expected"]["stream_samples"])
    assert len(adpcm) == len(pcm) and np.corrcoef(adpcm, pcm)[0, 1] > 0.99


def test_noisy_vector_expectation_says_what_was_damaged():
    expected = VECTORS["noisy_stream"]["expected"]
    assert [f["seq"] for f in expected["frames"]] == [0, 1, 2, 4, 6, 7, 8]  # 3 corrupted, 5 lost, 9 truncated
    assert expected["decoder"]["frames_lost"] == 2 and expected["decoder"]["truncated"] == 1
    assert expected["assembler"]["concealed_samples"] == 240


def test_generator_reproduces_the_committed_vectors():
    for name, data, entry in generate.build():
        assert (generate.HERE / f"{name}.bin").read_bytes() == data, name
        assert VECTORS[name] == json.loads(json.dumps(entry)), name
