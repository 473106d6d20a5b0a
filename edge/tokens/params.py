"""The mechanism's parameters: the collector decides them for the whole population, a device checks and obeys.

A device never picks its own epsilon or epoch length: a device whose reports differ from everyone else's
stands out, and a report whose declared epsilon the collector trusted could poison an epoch. So the collector
publishes one `Parameters` (`GET /v1/config`, fetched through the relay), every device uses exactly those
values, and refuses values outside the safe bounds below with a one-line error instead of reporting.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from edge.errors import SyncError
from edge.files import write_private
from edge.home import edge_home

SCHEMA = "edge.tokens/2"
MECHANISM = "oue"
DAY_S = 86_400

# What a device accepts from a collector. Outside these, it reports nothing.
MAX_EPSILON = 4.0  # per report
MAX_P_REPLACE = 0.5
MAX_REPORTS_PER_EPOCH = 4
MAX_CANDIDATES = 10
MIN_EPOCH_SECONDS = DAY_S
MAX_EPOCH_SECONDS = 366 * DAY_S


class UnsafeParameters(SyncError):
    """The collector published parameters outside the device's safe bounds (or malformed ones)."""


@dataclass(frozen=True)
class Parameters:
    """One population's mechanism: per epoch, `reports_per_epoch` reports of one topic each, drawn uniformly from
    the epoch's `candidates` most frequent topics, replaced at random with `p_replace`, then OUE at `epsilon`."""

    taxonomy: str
    epsilon: float = 2.0
    p_replace: float = 0.05
    reports_per_epoch: int = 1
    candidates: int = 5
    epoch_seconds: int = 7 * DAY_S
    min_reports: int = 1000
    schema: str = SCHEMA
    mechanism: str = MECHANISM

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise UnsafeParameters(f"unsafe token parameters: {problem}")

    def problem(self) -> str | None:
        """What is outside the safe bounds, or None."""
        if self.schema != SCHEMA:
            return f"schema {str(self.schema)[:40]!r} (this device speaks {SCHEMA!r})"
        if self.mechanism != MECHANISM:
            return f"mechanism {str(self.mechanism)[:40]!r} (this device implements {MECHANISM!r})"
        if not _number(self.epsilon) or not 0 < self.epsilon <= MAX_EPSILON:
            return f"epsilon {self.epsilon!r} per report; a device accepts (0, {MAX_EPSILON:g}]"
        if not _number(self.p_replace) or not 0 <= self.p_replace < MAX_P_REPLACE:
            return f"p_replace {self.p_replace!r}; a device accepts [0, {MAX_P_REPLACE:g})"
        if not _int(self.reports_per_epoch) or not 1 <= self.reports_per_epoch <= MAX_REPORTS_PER_EPOCH:
            return f"reports_per_epoch {self.reports_per_epoch!r}; a device accepts 1 to {MAX_REPORTS_PER_EPOCH}"
        if not _int(self.candidates) or not self.reports_per_epoch <= self.candidates <= MAX_CANDIDATES:
            return f"candidates {self.candidates!r}; a device accepts reports_per_epoch to {MAX_CANDIDATES}"
        if not _int(self.epoch_seconds) or not MIN_EPOCH_SECONDS <= self.epoch_seconds <= MAX_EPOCH_SECONDS:
            return f"epoch_seconds {self.epoch_seconds!r}; a device accepts 1 to 366 days"
        if not _int(self.min_reports) or self.min_reports < 1:
            return f"min_reports {self.min_reports!r}; must be a positive integer"
        if not isinstance(self.taxonomy, str) or not 0 < len(self.taxonomy) <= 64:
            return "taxonomy must be a short version string"
        return None

    def epoch_of(self, unix_time: float) -> int:
        return int(unix_time // self.epoch_seconds)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, obj: Any) -> Parameters:
        """Strictly parsed parameters; UnsafeParameters says what is wrong (unknown fields are ignored)."""
        if not isinstance(obj, dict):
            raise UnsafeParameters("unsafe token parameters: the collector's config is not a JSON object")
        names = {f.name for f in fields(cls)}
        missing = sorted({"taxonomy", "epsilon", "p_replace", "schema", "mechanism"} - set(obj))
        if missing:
            raise UnsafeParameters(f"the collector's config lacks {', '.join(missing)}; is it an edge collector?")
        return cls(**{k: v for k, v in obj.items() if k in names})


def default_parameters(taxonomy: str | None = None) -> Parameters:
    """The population-wide defaults of this release (what `edge collector serve` publishes unless told otherwise)."""
    if taxonomy is None:
        from edge.tokens.domain import TokenDomain

        taxonomy = TokenDomain.load().version
    return Parameters(taxonomy=taxonomy)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


PARAMS_FILE = "parameters.json"


def known_parameters(home: Path | None = None) -> Parameters:
    """The parameters last fetched from the collector (EDGE_HOME/parameters.json), else this release's defaults."""
    path = Path(home if home is not None else edge_home()) / PARAMS_FILE
    try:
        return Parameters.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return default_parameters()
    except (OSError, ValueError, UnsafeParameters):
        return default_parameters()  # a damaged cache is refetched at the next sync


def remember_parameters(params: Parameters, home: Path | None = None) -> None:
    """Cache the collector's parameters (atomic write, mode 0600)."""
    home = Path(home if home is not None else edge_home())
    write_private(home / PARAMS_FILE, json.dumps(params.to_json()).encode())
