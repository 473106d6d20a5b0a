"""Frame layer: every frame type survives encode -> decode unchanged; bad values get typed errors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from firmware_bridge import (
    MAX_FRAME_SIZE,
    Ack,
    AdpcmState,
    Audio,
    BridgeProtocolError,
    Button,
    ButtonAction,
    Capability,
    Codec,
    EndOfSpeech,
    EndReason,
    FrameDecoder,
    FrameEncodeError,
    Hello,
    Led,
    LedMode,
    Status,
    Wake,
    WakeSource,
    encode_frame,
)  # fmt: skip
from firmware_bridge.crc import CHECK_VALUE, crc16, crc16_bitwise
from firmware_bridge.frames import MAX_ADPCM_SAMPLES, MAX_PCM16_SAMPLES, FrameDecodeError, decode_payload

u8, u16, u32 = st.integers(0, 255), st.integers(0, 0xFFFF), st.integers(0, 0xFFFFFFFF)
int16 = st.integers(-32768, 32767)
pcm = lambda max_size: st.lists(int16, min_size=0, max_size=max_size).map(lambda v: np.array(v, dtype=np.int16))  # noqa: E731
adpcm_state = st.builds(AdpcmState, int16, st.integers(0, 88))


@st.composite
def audio_messages(draw):
    if draw(st.booleans()):
        return Audio.from_pcm(draw(pcm(MAX_PCM16_SAMPLES)), draw(u32))
    return Audio.from_adpcm(draw(pcm(MAX_ADPCM_SAMPLES)), draw(u32), draw(adpcm_state))[0]


messages = st.one_of(
    st.builds(Hello, st.integers(0, 127).map(Capability), u32, st.sampled_from(Codec), u8, u16, st.tuples(u8, u8, u16)),
    audio_messages(),
    st.builds(Button, u8, st.sampled_from(ButtonAction)),
    st.builds(Wake, st.sampled_from(WakeSource), u32),
    st.builds(EndOfSpeech, st.sampled_from(EndReason), u32),
    st.builds(Status, st.one_of(st.integers(0, 100), st.just(255)), u8, u16, int16, u16),
    st.builds(Led, st.sampled_from(LedMode), u8),
    st.builds(Ack, u16, u16),
)


@settings(max_examples=300, deadline=None)
@given(message=messages, seq=u16, timestamp=u32)
def test_every_frame_type_round_trips(message, seq, timestamp):
    data = encode_frame(message, seq, timestamp)
    assert len(data) <= MAX_FRAME_SIZE
    frames = FrameDecoder().feed(data)
    assert len(frames) == 1
    frame = frames[0]
    assert (frame.message, frame.seq, frame.timestamp_ms) == (message, seq, timestamp)
    assert decode_payload(message.TYPE, message.pack()) == message


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300))
def test_crc_is_ccitt_false(data):
    assert crc16(data) == crc16_bitwise(data)
    assert crc16(data[len(data) // 2 :], crc16(data[: len(data) // 2])) == crc16(data)


def test_crc_check_value():
    assert crc16(b"123456789") == crc16_bitwise(b"123456789") == CHECK_VALUE == 0x29B1


def test_largest_frames_fit_one_ble_notification():
    full_pcm = encode_frame(Audio.from_pcm(np.zeros(MAX_PCM16_SAMPLES, np.int16), 0), 0, 0)
    full_adpcm = encode_frame(Audio.from_adpcm(np.zeros(MAX_ADPCM_SAMPLES, np.int16), 0, AdpcmState())[0], 0, 0)
    assert len(full_pcm) <= 244 and len(full_adpcm) == 244


@pytest.mark.parametrize(
    "message",
    [
        Audio.from_pcm(np.zeros(MAX_PCM16_SAMPLES + 1, np.int16), 0),  # one sample too many
        Audio.from_adpcm(np.zeros(MAX_ADPCM_SAMPLES + 2, np.int16), 0, AdpcmState())[0],
        Audio(Codec.PCM16, 0, 3, b"\x00" * 5),  # data does not match the count
        Button(256, ButtonAction.PRESS),
        Wake(WakeSource.TAP, 1 << 32),
        Status(battery_percent=101),
        Ack(-1),
    ],
)
def test_unencodable_messages_raise_typed_errors(message):
    with pytest.raises(FrameEncodeError) as info:
        encode_frame(message, 0, 0)
    assert isinstance(info.value, BridgeProtocolError) and str(info.value)


def test_bad_envelope_values_raise_typed_errors():
    with pytest.raises(FrameEncodeError):
        encode_frame(Led(LedMode.ON), 65536, 0)
    with pytest.raises(FrameEncodeError):
        encode_frame(Led(LedMode.ON), 0, -1)


@pytest.mark.parametrize(
    "frame_type, payload",
    [
        (0x01, b"\x00" * 13),  # HELLO one byte short
        (0x02, bytes([7, 0, 0, 0, 0, 0, 1, 0, 0, 0])),  # unknown codec
        (0x02, bytes([0, 0, 0, 0, 0, 0, 2, 0, 1, 2])),  # two PCM16 samples need 4 bytes
        (0x02, bytes([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 89, 0, 0])),  # step index 89
        (0x03, bytes([0, 9])),  # unknown button action
        (0x06, bytes([150, 0, 0, 0, 0, 0, 0, 0])),  # battery 150 %
        (0x7F, b""),  # unknown type
    ],
)
def test_malformed_payloads_raise_typed_errors(frame_type, payload):
    with pytest.raises(FrameDecodeError):
        decode_payload(frame_type, payload)


def test_longer_fixed_payloads_are_accepted_for_forward_compatibility():
    assert decode_payload(0x81, Led(LedMode.BLINK, 9).pack() + b"new field") == Led(LedMode.BLINK, 9)
