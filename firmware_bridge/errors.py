"""Typed errors of the glasses link. Everything `firmware_bridge` raises on purpose derives from `BridgeProtocolError`."""

from __future__ import annotations


class BridgeProtocolError(Exception):
    """Base of every error the link code raises on purpose."""


class FrameEncodeError(BridgeProtocolError, ValueError):
    """A message that cannot be put on the wire (field out of range, payload too large)."""


class FrameDecodeError(BridgeProtocolError, ValueError):
    """A payload that does not parse as its frame type (only raised by the per-message `unpack`)."""


class DecoderUsageError(BridgeProtocolError, TypeError):
    """The decoder was fed something that is not bytes."""


class TransportError(BridgeProtocolError, OSError):
    """A transport could not be opened or broke (connection refused, device missing, write failed)."""


class TransportTimeout(TransportError, TimeoutError):
    """Nothing arrived from the other end within the timeout."""


class McuError(BridgeProtocolError, RuntimeError):
    """The emulated microcontroller build could not be made or run (toolchain missing, build failed, firmware
    fault, emulator error)."""
