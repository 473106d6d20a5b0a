"""The token batch: the only thing that leaves the device. Versioned, strict, constant size.

    {"schema": "edge.tokens/1", "taxonomy": "iab-3.0-t2/1", "epoch": 2900, "batch_id": "<32 hex>",
     "epsilon": 2.0, "p_replace": 0.05, "reports": ["<base64 of the packed OUE bit vector>", ...]}

Nothing else: no device or user id, no time finer than the epoch number. `batch_id` is 128 random bits drawn
per batch (never reused, unlinkable across epochs) so the collector can drop a resent batch. `epsilon` and
`p_replace` are the mechanism's parameters, which the collector needs to debias; they are the same for every
device of a population. Every batch of a population has exactly `top_k` reports of `ceil(d / 8)` bytes each.
Client and collector share this module, so both sides validate the same way.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import secrets
from dataclasses import dataclass
from typing import Any

from edge.tokens.domain import TokenDomain

SCHEMA = "edge.tokens/1"
FIELDS = ("schema", "taxonomy", "epoch", "batch_id", "epsilon", "p_replace", "reports")
MAX_REPORTS = 32
MAX_EPOCH = 2**31 - 1
_BATCH_ID = re.compile(r"[0-9a-f]{32}")


class BatchError(ValueError):
    """A batch that does not follow the schema. `status` is the HTTP status a collector answers with."""

    def __init__(self, reason: str, status: int = 422) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def new_batch_id() -> str:
    """128 bits from the OS's CSPRNG, as 32 lowercase hex digits."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class TokenBatch:
    taxonomy: str
    epoch: int
    batch_id: str
    epsilon: float
    p_replace: float
    reports: tuple[bytes, ...]
    schema: str = SCHEMA

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "taxonomy": self.taxonomy,
            "epoch": self.epoch,
            "batch_id": self.batch_id,
            "epsilon": float(self.epsilon),
            "p_replace": float(self.p_replace),
            "reports": [base64.b64encode(r).decode("ascii") for r in self.reports],
        }

    def encode(self) -> bytes:
        """The request body: compact JSON, fields in schema order."""
        return json.dumps(self.to_json(), separators=(",", ":"), allow_nan=False).encode("ascii")

    @classmethod
    def decode(cls, body: bytes, domain: TokenDomain) -> TokenBatch:
        """Parse and validate a request body strictly; BatchError says what is wrong."""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise BatchError("body is not UTF-8", 400) from None
        try:
            obj = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
        except BatchError:
            raise
        except (ValueError, RecursionError) as err:
            raise BatchError(f"malformed JSON ({type(err).__name__})", 400) from None
        return cls.from_json(obj, domain)

    @classmethod
    def from_json(cls, obj: Any, domain: TokenDomain) -> TokenBatch:
        if not isinstance(obj, dict):
            raise BatchError("a batch must be a JSON object")
        unknown = sorted(set(obj) - set(FIELDS))
        if unknown:
            raise BatchError(f"unknown field(s): {', '.join(repr(k)[:40] for k in unknown[:5])}")
        missing = [k for k in FIELDS if k not in obj]
        if missing:
            raise BatchError(f"missing field(s): {', '.join(missing)}")
        if obj["schema"] != SCHEMA:
            raise BatchError(f"unsupported schema (this collector speaks {SCHEMA!r})")
        if obj["taxonomy"] != domain.version:
            raise BatchError(f"unknown taxonomy version (this collector knows {domain.version!r})")
        epoch = obj["epoch"]
        if not _is_int(epoch) or not 0 <= epoch <= MAX_EPOCH:
            raise BatchError(f"epoch must be an integer from 0 to {MAX_EPOCH}")
        batch_id = obj["batch_id"]
        if not isinstance(batch_id, str) or not _BATCH_ID.fullmatch(batch_id):
            raise BatchError("batch_id must be 32 lowercase hex digits")
        epsilon = obj["epsilon"]
        if not _is_number(epsilon) or not 0 < epsilon <= 10:
            raise BatchError("epsilon must be a number in (0, 10]")
        p_replace = obj["p_replace"]
        if not _is_number(p_replace) or not 0 <= p_replace < 0.5:
            raise BatchError("p_replace must be a number in [0, 0.5)")
        reports = obj["reports"]
        if not isinstance(reports, list) or not 1 <= len(reports) <= MAX_REPORTS:
            raise BatchError(f"reports must be a list of 1 to {MAX_REPORTS} strings")
        return cls(
            domain.version,
            epoch,
            batch_id,
            float(epsilon),
            float(p_replace),
            tuple(_report_bytes(r, i, domain) for i, r in enumerate(reports)),
        )


def _report_bytes(value: Any, i: int, domain: TokenDomain) -> bytes:
    if not isinstance(value, str):
        raise BatchError(f"report {i} must be a base64 string")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise BatchError(f"report {i} is not valid base64") from None
    if len(raw) != domain.packed_bytes:
        raise BatchError(f"report {i} has {len(raw)} bytes; taxonomy {domain.version} needs {domain.packed_bytes}")
    spare = domain.packed_bytes * 8 - domain.size
    if spare and raw[-1] & ((1 << spare) - 1):
        raise BatchError(f"report {i} sets bits outside the taxonomy (unknown topic ids)")
    return raw


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise BatchError("duplicate field in JSON object", 400)
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise BatchError(f"{name} is not allowed in a batch", 400)
