"""What a collector that requires tokens publishes in its `/v1/config`, read the same way by collector and device.

    "token": {"token_type": 2, "issuer": "issuer.example:443", "origin": "collector.example",
              "key_ids": {"2970": "<64 hex: token_key_id>", ...}}      (no "token" field: pilot mode)

`issuer` and `origin` name the TokenChallenge every device builds for an epoch (`tokens.epoch_challenge`); the
key IDs are the issuer keys the collector accepts, per epoch. A device checks the key the issuer hands it against
this list before it asks for a token (key consistency, RFC 9576 §6.2): an issuer that gave one device a key of its
own could recognise that device's token at the collector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from edge.privacypass import tokens
from edge.privacypass.errors import DecodeError

CONFIG_FIELD = "token"
_HEX_ID = re.compile(r"[0-9a-f]{64}")
_EPOCH = re.compile(r"[0-9]{1,10}")


class BadPolicy(ValueError):
    """A malformed token requirement in a collector's config."""


@dataclass(frozen=True)
class TokenPolicy:
    """The collector's token requirement: whose tokens, for which origin, under which key per epoch."""

    issuer: str  # the issuer's name (host[:port]) in every TokenChallenge
    origin: str  # the collector's name in every TokenChallenge
    key_ids: dict[int, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        tokens.epoch_challenge(self.issuer, self.origin, 0)  # DecodeError for names a challenge cannot carry

    def challenge(self, epoch: int) -> tokens.TokenChallenge:
        """The one challenge of `epoch`: the same for every device."""
        return tokens.epoch_challenge(self.issuer, self.origin, epoch)

    def to_json(self) -> dict[str, Any]:
        return {
            "token_type": tokens.TOKEN_TYPE,
            "issuer": self.issuer,
            "origin": self.origin,
            "key_ids": {str(epoch): key_id.hex() for epoch, key_id in sorted(self.key_ids.items())},
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> TokenPolicy | None:
        """The requirement in a collector's config: None when it takes uploads without tokens (pilot mode)."""
        obj = config.get(CONFIG_FIELD)
        if obj is None:
            return None
        try:
            if obj["token_type"] != tokens.TOKEN_TYPE:
                raise BadPolicy(f"token type {obj['token_type']!r} (this device supports 2, Blind RSA 2048)")
            key_ids = {}
            for epoch, key_id in obj["key_ids"].items():
                if not _EPOCH.fullmatch(epoch) or not isinstance(key_id, str) or not _HEX_ID.fullmatch(key_id):
                    raise BadPolicy(f"key_ids entry {epoch!r} is not an epoch with a 64-hex-digit key ID")
                key_ids[int(epoch)] = bytes.fromhex(key_id)
            if not isinstance(obj["issuer"], str) or not isinstance(obj["origin"], str):
                raise BadPolicy("issuer and origin must be server names")
            return cls(obj["issuer"], obj["origin"], key_ids)
        except (KeyError, TypeError, AttributeError, DecodeError) as err:
            raise BadPolicy(f"malformed token requirement ({type(err).__name__}: {err})"[:200]) from None


def server_name(url: str) -> str:
    """host[:port] of a base URL: how a TokenChallenge names the issuer."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if not parts.hostname:
        raise BadPolicy(f"{url!r} has no host name")
    return parts.netloc.rsplit("@", 1)[-1].lower()
