"""Typed errors. Library code raises these; the CLI prints `str(error)` as one line and exits non-zero.

Every message says what was wrong and how to fix it.
"""

from __future__ import annotations


class EdgeError(Exception):
    """Base of every error edge raises on purpose."""

    exit_code = 1


class AudioError(EdgeError):
    """Audio input that cannot be read: not a WAV, truncated, empty, absurd sample rate, ..."""

    exit_code = 2


class DeviceError(EdgeError):
    """A microphone or PortAudio problem."""

    exit_code = 3


class ModelError(EdgeError):
    """A model that is missing, corrupt or of the wrong kind."""

    exit_code = 4


class BridgeError(EdgeError):
    """The glasses link could not be opened or broke."""

    exit_code = 5


class PrivacyError(EdgeError):
    """A privacy layer failed; the caller must treat the utterance as blocked."""

    exit_code = 6


class SyncError(EdgeError):
    """Outbox or sync problem (full disk, bad endpoint, rejected batch)."""

    exit_code = 7


class UsageError(EdgeError):
    """A bad command line or configuration value."""

    exit_code = 64
