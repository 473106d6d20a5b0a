"""Typed errors of the Privacy Pass primitives: what was wrong with a key, a message or a token."""

from __future__ import annotations

from edge.errors import EdgeError


class PrivacyPassError(EdgeError):
    """Base of every Privacy Pass failure."""

    exit_code = 8


class DecodeError(PrivacyPassError):
    """Bytes that are not a well-formed structure: truncated, too long, a wrong length or a wrong type."""


class InvalidSignature(PrivacyPassError):
    """A signature or token that does not verify under the given key and message."""


class SigningError(PrivacyPassError):
    """The issuer's private-key operation failed its own check (a fault) or got an out-of-range input."""


class BlindingError(PrivacyPassError):
    """The client could not blind a message (a message or blind not coprime with the modulus: a broken key)."""


class UnknownKey(PrivacyPassError):
    """A token or token request for a key the issuer or verifier does not hold (another epoch or issuer)."""


class WrongChallenge(PrivacyPassError):
    """A token that was issued for another challenge than the one the verifier expects."""
