"""The glasses-to-phone audio link: wire format (PROTOCOL.md), codec, transports, a glasses simulator.

Pure Python + numpy; depends on nothing in `edge`.
"""

from firmware_bridge.adpcm import AdpcmState
from firmware_bridge.assembler import AssemblerStats, AudioAssembler
from firmware_bridge.decoder import DecoderStats, FrameDecoder
from firmware_bridge.encoder import AudioFramer, FrameEncoder
from firmware_bridge.errors import (
    BridgeProtocolError,
    DecoderUsageError,
    FrameDecodeError,
    FrameEncodeError,
    TransportError,
    TransportTimeout,
)
from firmware_bridge.frames import (
    MAX_FRAME_SIZE,
    MAX_PAYLOAD_SIZE,
    Ack,
    Audio,
    Button,
    ButtonAction,
    Capability,
    Codec,
    EndOfSpeech,
    EndReason,
    Frame,
    FrameType,
    Hello,
    Led,
    LedMode,
    Status,
    Wake,
    WakeSource,
    encode_frame,
)

__all__ = [
    "MAX_FRAME_SIZE", "MAX_PAYLOAD_SIZE", "Ack", "AdpcmState", "AssemblerStats", "Audio", "AudioAssembler",
    "AudioFramer", "BridgeProtocolError", "Button", "ButtonAction", "Capability", "Codec", "DecoderStats",
    "DecoderUsageError", "EndOfSpeech", "EndReason", "Frame", "FrameDecodeError", "FrameDecoder", "FrameEncodeError",
    "FrameEncoder", "FrameType", "Hello", "Led", "LedMode", "Status", "TransportError", "TransportTimeout", "Wake",
    "WakeSource", "encode_frame",
]  # fmt: skip
