"""The released aggregate of an epoch: debiased per-topic counts and shares with 95 % intervals, or nothing yet.

One function, used by the service (from `Storage.bit_counts`) and by the Beam pipeline (from exported shards),
so both give the same JSON for the same reports. The estimator is `edge.tokens.ldp.estimate`. Everything is
clipped to its range (counts to [0, n], shares to [0, 1]) and finite, so the JSON is strict. An epoch holding
fewer than `min_reports` reports releases only how many it holds and how many are needed.

`edge collector aggregate` (Apache Beam) writes an epoch's aggregate to `epoch-N.json` in the aggregates folder;
while that file exists the service serves it for epoch N instead of computing the aggregate in process
(`read_published`), so a population's collector answers from the batch result, not from a scan of its database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from edge.collector.storage import StorageError
from edge.tokens import ldp
from edge.tokens.domain import TokenDomain

ESTIMATOR = (
    "OUE, debiased for random replacement (edge.tokens.ldp.estimate); estimate = reports naming the topic, "
    "share = estimate / reports; 95% normal-approximation intervals; all clipped to their ranges"
)


class MechanismParameters(Protocol):
    """What the aggregate needs of the collector's parameters (edge.tokens.params.Parameters has all of it)."""

    @property
    def epsilon(self) -> float: ...

    @property
    def p_replace(self) -> float: ...

    @property
    def min_reports(self) -> int: ...


def release(
    epoch: int,
    bit_counts: np.ndarray,
    reports: int,
    params: MechanismParameters,
    domain: TokenDomain | None = None,
) -> dict[str, Any]:
    """The aggregate JSON of `epoch` from its OUE bit counts (one per topic of `domain`) over `reports` reports."""
    domain = domain if domain is not None else TokenDomain.load()
    counts = np.asarray(bit_counts)
    if counts.shape != (domain.size,) or not np.issubdtype(counts.dtype, np.integer):
        raise ValueError(f"bit_counts must be {domain.size} integers (one per topic), got shape {counts.shape}")
    if isinstance(reports, bool) or not isinstance(reports, (int, np.integer)) or reports < 0:
        raise ValueError(f"reports must be a non-negative integer, got {reports!r}")
    reports = int(reports)
    taxonomy = getattr(params, "taxonomy", domain.version)
    if taxonomy != domain.version:
        raise ValueError(f"the parameters are for taxonomy {taxonomy!r} but the domain is {domain.version!r}")
    if counts.size and (counts.min() < 0 or counts.max() > reports):
        raise ValueError("every bit count must lie in [0, reports]")
    summary: dict[str, Any] = {"epoch": int(epoch), "reports": reports, "min_reports": int(params.min_reports)}
    if reports < params.min_reports:
        needed = params.min_reports - reports
        return {
            **summary,
            "released": False,
            "needed": needed,
            "message": f"epoch {epoch} holds {reports} reports; its aggregate is released from "
            f"{params.min_reports} on ({needed} more needed)",
        }
    est = ldp.estimate(counts, reports, params.epsilon, params.p_replace)
    low, high = est.ci95
    n = float(reports)
    estimate = np.clip(est.counts, 0.0, n)
    low, high = np.clip(low, 0.0, n), np.clip(high, 0.0, n)
    if not (np.isfinite(estimate).all() and np.isfinite(low).all() and np.isfinite(high).all()):
        raise ValueError(f"the estimator gave non-finite values for epsilon={params.epsilon!r}; check the parameters")
    order = sorted(range(domain.size), key=lambda j: -estimate[j])  # stable: ties keep the taxonomy order
    topics = [
        {
            "id": domain.ids[j],
            "label": domain.labels[j],
            "estimate": _round(estimate[j], 2),
            "ci95": [_round(low[j], 2), _round(high[j], 2)],
            "share": _round(estimate[j] / n, 6),
            "share_ci95": [_round(low[j] / n, 6), _round(high[j] / n, 6)],
        }
        for j in order
    ]
    return {
        **summary,
        "released": True,
        "taxonomy": domain.version,
        "mechanism": {"name": "oue", "epsilon": float(params.epsilon), "p_replace": float(params.p_replace)},
        "estimator": ESTIMATOR,
        "topics": topics,
    }


def _round(value: float, digits: int) -> float:
    return round(float(value), digits) + 0.0  # + 0.0: no -0.0 in the JSON


def published_path(folder: str | Path, epoch: int) -> Path:
    """Where `edge collector aggregate` publishes the aggregate of `epoch` in the aggregates folder."""
    return Path(folder) / f"epoch-{int(epoch)}.json"


def read_published(folder: str | Path, epoch: int) -> dict[str, Any] | None:
    """The published aggregate of `epoch`, or None when there is none; StorageError when the file is damaged."""
    path = published_path(folder, epoch)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StorageError(f"cannot read the published aggregate {path}: {err.strerror}; check the folder") from None
    try:
        result = json.loads(text)
    except ValueError:
        result = None
    if not isinstance(result, dict) or result.get("epoch") != epoch or not isinstance(result.get("released"), bool):
        raise StorageError(f"the published aggregate {path} is damaged; run `edge collector aggregate` again")
    return result
