"""Timing helpers: repeat a call, summarise as median and p95 (these machines are noisy; means would lie)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Any


class Unavailable(Exception):
    """A stage (or model, or tool) the benchmark needs is not there; recorded as "unavailable: <reason>"."""


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summary(values: Sequence[float], unit: str, *, digits: int = 4) -> dict[str, Any]:
    """Median, p95, min, max and count of `values`, all in `unit`."""
    return {
        "unit": unit,
        "median": round(percentile(values, 50), digits),
        "p95": round(percentile(values, 95), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
        "n": len(values),
    }


def time_calls(fn: Callable[[int], Any], runs: int, *, warmup: int = 1, scale: float = 1000.0) -> list[float]:
    """Wall time of `fn(i)` for i in range(runs), after `warmup` untimed calls; in ms by default."""
    for i in range(warmup):
        fn(i)
    out = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * scale)
    return out


def value(number: float, unit: str, *, digits: int = 4) -> dict[str, Any]:
    """A single measured number (sizes, counts) in the same shape as `summary` minus the spread."""
    return {"unit": unit, "value": round(number, digits)}
