"""One upload: the only thing that leaves the device. One report, versioned, strict, constant size.

    {"schema": "edge.tokens/2", "taxonomy": "iab-3.0-t2/1", "mechanism": "oue", "epsilon": 2.0,
     "p_replace": 0.05, "epoch": 2970, "report_id": "<32 hex>", "report": "<base64 of the packed OUE bits>"}

Nothing else: no device or user id, no time finer than the epoch number. `report_id` is 128 random bits per
report (never reused, so it links nothing) that lets the collector store a resent upload once. The mechanism
fields repeat the collector's own parameters; the collector refuses an upload whose fields differ, so no upload
can declare its own epsilon. Device and collector share this module, so both validate the same way.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

from edge.tokens.domain import TokenDomain
from edge.tokens.params import SCHEMA, Parameters

FIELDS = ("schema", "taxonomy", "mechanism", "epsilon", "p_replace", "epoch", "report_id", "report")
MAX_EPOCH = 2**31 - 1
_REPORT_ID = re.compile(r"[0-9a-f]{32}")


class UploadError(ValueError):
    """An upload that does not follow the schema or the collector's parameters.

    `status` is the HTTP answer, `kind` a fixed label for the collector's rejection counters (never client text).
    """

    def __init__(self, reason: str, status: int = 422, kind: str = "invalid") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.kind = kind


def new_report_id() -> str:
    """128 bits from the OS's CSPRNG, as 32 lowercase hex digits."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Upload:
    taxonomy: str
    mechanism: str
    epsilon: float
    p_replace: float
    epoch: int
    report_id: str
    report: bytes
    schema: str = SCHEMA

    @classmethod
    def make(cls, params: Parameters, epoch: int, report: bytes) -> Upload:
        return cls(params.taxonomy, params.mechanism, params.epsilon, params.p_replace, epoch, new_report_id(), report)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "taxonomy": self.taxonomy,
            "mechanism": self.mechanism,
            "epsilon": float(self.epsilon),
            "p_replace": float(self.p_replace),
            "epoch": self.epoch,
            "report_id": self.report_id,
            "report": base64.b64encode(self.report).decode("ascii"),
        }

    def encode(self) -> bytes:
        """The request body: compact JSON, fields in schema order."""
        return json.dumps(self.to_json(), separators=(",", ":"), allow_nan=False).encode("ascii")

    @classmethod
    def decode(cls, body: bytes, params: Parameters, domain: TokenDomain) -> Upload:
        """Parse and validate a request body against the collector's parameters; UploadError says what is wrong."""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise UploadError("body is not UTF-8", 400, "malformed") from None
        try:
            obj = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
        except UploadError:
            raise
        except (ValueError, RecursionError) as err:
            raise UploadError(f"malformed JSON ({type(err).__name__})", 400, "malformed") from None
        return cls.from_json(obj, params, domain)

    @classmethod
    def from_json(cls, obj: Any, params: Parameters, domain: TokenDomain) -> Upload:
        if not isinstance(obj, dict):
            raise UploadError("an upload must be a JSON object")
        unknown = sorted(set(obj) - set(FIELDS))
        if unknown:
            raise UploadError(f"unknown field(s): {', '.join(repr(k)[:40] for k in unknown[:5])}")
        missing = [k for k in FIELDS if k not in obj]
        if missing:
            raise UploadError(f"missing field(s): {', '.join(missing)}")
        if obj["schema"] != params.schema:
            raise UploadError(f"unsupported schema (this collector speaks {params.schema!r})", kind="schema")
        if obj["taxonomy"] != params.taxonomy or params.taxonomy != domain.version:
            raise UploadError(f"unknown taxonomy version (this collector uses {params.taxonomy!r})", kind="schema")
        for name in ("mechanism", "epsilon", "p_replace"):
            value, own = obj[name], getattr(params, name)
            if type(value) is bool or value != own:
                raise UploadError(
                    f"{name} differs from this collector's parameters ({name} = {own!r}); fetch GET /v1/config",
                    kind="parameters",
                )
        epoch = obj["epoch"]
        if not isinstance(epoch, int) or isinstance(epoch, bool) or not 0 <= epoch <= MAX_EPOCH:
            raise UploadError(f"epoch must be an integer from 0 to {MAX_EPOCH}")
        report_id = obj["report_id"]
        if not isinstance(report_id, str) or not _REPORT_ID.fullmatch(report_id):
            raise UploadError("report_id must be 32 lowercase hex digits")
        return cls(
            params.taxonomy,
            params.mechanism,
            params.epsilon,
            params.p_replace,
            epoch,
            report_id,
            _report_bytes(obj["report"], domain),
        )


def _report_bytes(value: Any, domain: TokenDomain) -> bytes:
    if not isinstance(value, str):
        raise UploadError("report must be a base64 string")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise UploadError("report is not valid base64") from None
    if len(raw) != domain.packed_bytes:
        raise UploadError(f"report has {len(raw)} bytes; taxonomy {domain.version} needs {domain.packed_bytes}")
    spare = domain.packed_bytes * 8 - domain.size
    if spare and raw[-1] & ((1 << spare) - 1):
        raise UploadError("report sets bits outside the taxonomy (unknown topic ids)")
    return raw


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise UploadError("duplicate field in JSON object", 400, "malformed")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise UploadError(f"{name} is not allowed in an upload", 400, "malformed")
