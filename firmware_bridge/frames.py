"""The link's messages and their frame envelope (see PROTOCOL.md): one small dataclass per frame type.

Each message knows its `TYPE`, `pack()`s its payload and `unpack()`s one; `encode_frame` wraps a payload in the
header and CRC. Everything is little-endian and fixed-layout so a microcontroller writes it without allocation.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag
from typing import ClassVar

import numpy as np

from firmware_bridge import adpcm
from firmware_bridge.crc import crc16
from firmware_bridge.errors import FrameDecodeError, FrameEncodeError

SYNC = b"\xa5\x5a"
VERSION = 1
HEADER = struct.Struct("<2sBBHIB")  # sync, version, type, seq, timestamp_ms, payload length
HEADER_SIZE = HEADER.size  # 11
CRC_SIZE = 2
MAX_FRAME_SIZE = 244  # one BLE 5 notification with data length extension (251-byte LL PDU - L2CAP 4 - ATT 3)
MAX_PAYLOAD_SIZE = MAX_FRAME_SIZE - HEADER_SIZE - CRC_SIZE  # 231
SAMPLE_RATE = 16_000
SEQ_MODULO = 1 << 16
SAMPLE_INDEX_MODULO = 1 << 32


class FrameType(IntEnum):
    HELLO = 0x01
    AUDIO = 0x02
    BUTTON = 0x03
    WAKE = 0x04
    END_OF_SPEECH = 0x05
    STATUS = 0x06
    LED = 0x81
    ACK = 0x82


class Codec(IntEnum):
    PCM16 = 0
    ADPCM = 1


class Capability(IntFlag):
    PCM16 = 0x01
    ADPCM = 0x02
    BUTTON = 0x04
    WAKE = 0x08
    LED = 0x10
    STATUS = 0x20
    FLOW_CONTROL = 0x40


class ButtonAction(IntEnum):
    PRESS = 1
    RELEASE = 2
    LONG_PRESS = 3
    DOUBLE_PRESS = 4


class WakeSource(IntEnum):
    BUTTON = 0
    KEYWORD = 1
    TAP = 2


class EndReason(IntEnum):
    BUTTON_RELEASE = 0
    DEVICE_VAD = 1
    TIMEOUT = 2
    STREAM_END = 3


class LedMode(IntEnum):
    OFF = 0
    ON = 1
    BLINK = 2


STATUS_CHARGING = 0x01
STATUS_MIC_MUTED = 0x02
TEMPERATURE_UNKNOWN = -32768
BATTERY_UNKNOWN = 255
CREDITS_UNLIMITED = 0xFFFF

# Largest sample counts that fit one frame (payload header + data <= MAX_PAYLOAD_SIZE).
AUDIO_HEADER = struct.Struct("<BBIH")  # codec, flags, sample_index, sample_count
ADPCM_STATE = struct.Struct("<hBB")  # predictor, step_index, reserved
MAX_PCM16_SAMPLES = (MAX_PAYLOAD_SIZE - AUDIO_HEADER.size) // 2  # 111
MAX_ADPCM_SAMPLES = (MAX_PAYLOAD_SIZE - AUDIO_HEADER.size - ADPCM_STATE.size) * 2  # 438


def _pack(layout: struct.Struct, name: str, *values: int) -> bytes:
    try:
        return layout.pack(*values)
    except struct.error as err:
        raise FrameEncodeError(f"{name}: a field is out of range for its wire type ({err}); check the values") from None


def _unpack(layout: struct.Struct, name: str, payload: bytes) -> tuple:
    if len(payload) < layout.size:
        raise FrameDecodeError(f"{name} payload needs {layout.size} bytes, got {len(payload)}")
    return layout.unpack_from(payload)


def _enum(kind: type[IntEnum], value: int, name: str):
    try:
        return kind(value)
    except ValueError:
        raise FrameDecodeError(f"{name}: unknown {kind.__name__} {value}") from None


# Fixed-layout messages accept longer payloads and ignore the tail, so a later minor revision can append fields.


@dataclass(frozen=True)
class Hello:
    """Uplink, first frame of a session: what the device can do and how it will stream."""

    TYPE: ClassVar[FrameType] = FrameType.HELLO
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<HIBBHBBH")
    capabilities: Capability = Capability.PCM16 | Capability.ADPCM | Capability.LED | Capability.STATUS
    sample_rate: int = SAMPLE_RATE
    codec: Codec = Codec.PCM16
    channels: int = 1
    samples_per_frame: int = 80
    firmware: tuple[int, int, int] = (0, 1, 0)

    def pack(self) -> bytes:
        return _pack(
            self.LAYOUT, "HELLO", int(self.capabilities), self.sample_rate, int(self.codec), self.channels,
            self.samples_per_frame, *self.firmware,
        )  # fmt: skip

    @classmethod
    def unpack(cls, payload: bytes) -> Hello:
        caps, rate, codec, channels, spf, major, minor, patch = _unpack(cls.LAYOUT, "HELLO", payload)
        return cls(Capability(caps), rate, _enum(Codec, codec, "HELLO"), channels, spf, (major, minor, patch))


@dataclass(frozen=True)
class Audio:
    """Uplink audio: `sample_count` mono samples starting at stream position `sample_index` (mod 2**32).

    For ADPCM the frame carries the codec state before its first sample (`predictor`, `step_index`), so every
    frame decodes on its own and a lost frame never corrupts the next one.
    """

    TYPE: ClassVar[FrameType] = FrameType.AUDIO
    codec: Codec
    sample_index: int
    sample_count: int
    data: bytes = field(repr=False)
    predictor: int = 0
    step_index: int = 0

    @classmethod
    def from_pcm(cls, samples: np.ndarray, sample_index: int) -> Audio:
        pcm = np.asarray(samples, dtype="<i2")
        return cls(Codec.PCM16, sample_index, len(pcm), pcm.tobytes())

    @classmethod
    def from_adpcm(
        cls, samples: np.ndarray, sample_index: int, state: adpcm.AdpcmState
    ) -> tuple[Audio, adpcm.AdpcmState]:
        """Encode `samples` from `state`; returns the frame and the state to start the next frame from."""
        data, after = adpcm.encode(np.asarray(samples, dtype=np.int16), state)
        return cls(Codec.ADPCM, sample_index, len(samples), data, state.predictor, state.step_index), after

    def samples(self) -> np.ndarray:
        """The decoded int16 samples of this frame."""
        if self.codec == Codec.PCM16:
            return np.frombuffer(self.data, dtype="<i2").astype(np.int16)
        return adpcm.decode(self.data, self.sample_count, adpcm.AdpcmState(self.predictor, self.step_index))

    def _expected_data_size(self) -> int:
        return 2 * self.sample_count if self.codec == Codec.PCM16 else adpcm.encoded_size(self.sample_count)

    def pack(self) -> bytes:
        if len(self.data) != self._expected_data_size():
            raise FrameEncodeError(
                f"AUDIO: {self.sample_count} {self.codec.name} samples need {self._expected_data_size()} bytes, "
                f"got {len(self.data)}"
            )
        head = _pack(AUDIO_HEADER, "AUDIO", int(self.codec), 0, self.sample_index, self.sample_count)
        if self.codec == Codec.ADPCM:
            if not 0 <= self.step_index <= adpcm.MAX_STEP_INDEX:
                raise FrameEncodeError(f"AUDIO: ADPCM step index {self.step_index} is outside 0..88")
            head += _pack(ADPCM_STATE, "AUDIO", self.predictor, self.step_index, 0)
        return head + bytes(self.data)

    @classmethod
    def unpack(cls, payload: bytes) -> Audio:
        codec_value, _flags, index, count = _unpack(AUDIO_HEADER, "AUDIO", payload)
        codec = _enum(Codec, codec_value, "AUDIO")
        rest = payload[AUDIO_HEADER.size :]
        predictor = step = 0
        if codec == Codec.ADPCM:
            predictor, step, _ = _unpack(ADPCM_STATE, "AUDIO", rest)
            if step > adpcm.MAX_STEP_INDEX:
                raise FrameDecodeError(f"AUDIO: ADPCM step index {step} is outside 0..88")
            rest = rest[ADPCM_STATE.size :]
        audio = cls(codec, index, count, bytes(rest), predictor, step)
        if len(rest) != audio._expected_data_size():
            raise FrameDecodeError(
                f"AUDIO: {count} {codec.name} samples need {audio._expected_data_size()} bytes, got {len(rest)}"
            )
        return audio


@dataclass(frozen=True)
class Button:
    """Uplink: a physical button changed state."""

    TYPE: ClassVar[FrameType] = FrameType.BUTTON
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BB")
    button: int
    action: ButtonAction

    def pack(self) -> bytes:
        return _pack(self.LAYOUT, "BUTTON", self.button, int(self.action))

    @classmethod
    def unpack(cls, payload: bytes) -> Button:
        button, action = _unpack(cls.LAYOUT, "BUTTON", payload)
        return cls(button, _enum(ButtonAction, action, "BUTTON"))


@dataclass(frozen=True)
class Wake:
    """Uplink: the device decided to start capturing (button, wake word, tap) at `sample_index`."""

    TYPE: ClassVar[FrameType] = FrameType.WAKE
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BI")
    source: WakeSource
    sample_index: int

    def pack(self) -> bytes:
        return _pack(self.LAYOUT, "WAKE", int(self.source), self.sample_index)

    @classmethod
    def unpack(cls, payload: bytes) -> Wake:
        source, index = _unpack(cls.LAYOUT, "WAKE", payload)
        return cls(_enum(WakeSource, source, "WAKE"), index)


@dataclass(frozen=True)
class EndOfSpeech:
    """Uplink: the utterance (or, with STREAM_END, the whole stream) ended at stream position `sample_index`."""

    TYPE: ClassVar[FrameType] = FrameType.END_OF_SPEECH
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BI")
    reason: EndReason
    sample_index: int

    def pack(self) -> bytes:
        return _pack(self.LAYOUT, "END_OF_SPEECH", int(self.reason), self.sample_index)

    @classmethod
    def unpack(cls, payload: bytes) -> EndOfSpeech:
        reason, index = _unpack(cls.LAYOUT, "END_OF_SPEECH", payload)
        return cls(_enum(EndReason, reason, "END_OF_SPEECH"), index)


@dataclass(frozen=True)
class Status:
    """Uplink health report: battery, temperature, device-side audio buffer overruns since HELLO."""

    TYPE: ClassVar[FrameType] = FrameType.STATUS
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BBHhH")
    battery_percent: int = BATTERY_UNKNOWN
    flags: int = 0
    battery_mv: int = 0
    temperature_decicelsius: int = TEMPERATURE_UNKNOWN
    overruns: int = 0

    @property
    def charging(self) -> bool:
        return bool(self.flags & STATUS_CHARGING)

    @property
    def temperature_c(self) -> float | None:
        return None if self.temperature_decicelsius == TEMPERATURE_UNKNOWN else self.temperature_decicelsius / 10

    def pack(self) -> bytes:
        if not (0 <= self.battery_percent <= 100 or self.battery_percent == BATTERY_UNKNOWN):
            raise FrameEncodeError(f"STATUS: battery {self.battery_percent}% is not 0..100 (or 255 for unknown)")
        return _pack(
            self.LAYOUT, "STATUS", self.battery_percent, self.flags, self.battery_mv, self.temperature_decicelsius,
            self.overruns,
        )  # fmt: skip

    @classmethod
    def unpack(cls, payload: bytes) -> Status:
        status = cls(*_unpack(cls.LAYOUT, "STATUS", payload))
        if not (0 <= status.battery_percent <= 100 or status.battery_percent == BATTERY_UNKNOWN):
            raise FrameDecodeError(f"STATUS: battery {status.battery_percent}% is not 0..100 or 255")
        return status


@dataclass(frozen=True)
class Led:
    """Downlink: drive the recording indicator (on while the phone captures speech)."""

    TYPE: ClassVar[FrameType] = FrameType.LED
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BB")
    mode: LedMode
    brightness: int = 255

    def pack(self) -> bytes:
        return _pack(self.LAYOUT, "LED", int(self.mode), self.brightness)

    @classmethod
    def unpack(cls, payload: bytes) -> Led:
        mode, brightness = _unpack(cls.LAYOUT, "LED", payload)
        return cls(_enum(LedMode, mode, "LED"), brightness)


@dataclass(frozen=True)
class Ack:
    """Downlink: uplink frames up to `ack_seq` arrived; the device may send up to `credits` frames past it."""

    TYPE: ClassVar[FrameType] = FrameType.ACK
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<HH")
    ack_seq: int
    credits: int = CREDITS_UNLIMITED

    def pack(self) -> bytes:
        return _pack(self.LAYOUT, "ACK", self.ack_seq, self.credits)

    @classmethod
    def unpack(cls, payload: bytes) -> Ack:
        return cls(*_unpack(cls.LAYOUT, "ACK", payload))


Message = Hello | Audio | Button | Wake | EndOfSpeech | Status | Led | Ack
MESSAGE_TYPES: dict[int, type[Message]] = {
    m.TYPE: m for m in (Hello, Audio, Button, Wake, EndOfSpeech, Status, Led, Ack)
}
UPLINK = frozenset(
    {FrameType.HELLO, FrameType.AUDIO, FrameType.BUTTON, FrameType.WAKE, FrameType.END_OF_SPEECH, FrameType.STATUS}
)


@dataclass(frozen=True)
class Frame:
    """One decoded frame: the message plus its envelope."""

    message: Message
    seq: int
    timestamp_ms: int
    version: int = VERSION

    @property
    def type(self) -> FrameType:
        return self.message.TYPE


def encode_frame(message: Message, seq: int, timestamp_ms: int) -> bytes:
    """Wrap `message` in the header and CRC; raises FrameEncodeError when it does not fit one frame."""
    payload = message.pack()
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise FrameEncodeError(
            f"{message.TYPE.name}: payload of {len(payload)} bytes exceeds {MAX_PAYLOAD_SIZE}; send fewer samples per frame"
        )
    if not 0 <= seq < SEQ_MODULO or not 0 <= timestamp_ms < 1 << 32:
        raise FrameEncodeError(f"sequence {seq} or timestamp {timestamp_ms} out of range (u16, u32)")
    body = HEADER.pack(SYNC, VERSION, int(message.TYPE), seq, timestamp_ms, len(payload)) + payload
    return body + crc16(body).to_bytes(2, "little")


def decode_payload(frame_type: int, payload: bytes) -> Message:
    """Parse a payload of a known frame type; raises FrameDecodeError when malformed."""
    kind = MESSAGE_TYPES.get(frame_type)
    if kind is None:
        raise FrameDecodeError(f"unknown frame type 0x{frame_type:02x}")
    return kind.unpack(payload)
