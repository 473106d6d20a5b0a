"""The one error of the OHTTP library: a message, key configuration or key file that cannot be used."""

from __future__ import annotations


class OhttpError(ValueError):
    """Malformed, unsupported or undecryptable input. The message says what was wrong and never holds a secret,
    a header value or message content."""
