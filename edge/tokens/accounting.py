"""The privacy accountant: local epsilon per report, epoch and year, and the central (epsilon, delta) after shuffling.

Local. A report is OUE (`edge.tokens.ldp`) applied after random replacement. OUE alone is eps0-LDP with
e^eps0 = (1 - q) / q for its flip probability q (p = 1/2). Replacement first (probability r, uniformly over the
d allowed topics) mixes every output distribution with the same average M, and the worst output is the one with
the true topic's bit alone set, where M / P[y | j'] = m = (d - 1 + e^eps0) / d. So the composite mechanism is
exactly eps_local-LDP with

    e^eps_local = ((1 - r) e^eps0 + r m) / ((1 - r) + r m)   (<= e^eps0)

and k reports per epoch compose to k eps_local per epoch, epochs_per_year k eps_local per year (basic
composition; reports carry nothing that links them, so this is the bound for a collector that colludes with
the relay).

Central. Uploads travel through an Oblivious HTTP relay, so the collector sees each epoch's reports as a
shuffled multiset. Feldman, McMillan & Talwar ("Hiding Among the Clones", FOCS 2021) show that n shuffled
reports of any eps_local-LDP randomizer are (eps, delta)-DP for one device's change where

    delta(eps) = D_{e^eps}(P || Q),    P = (A + D, C - A + 1 - D),    Q = (A + 1 - D, C - A + D),
    C ~ Bin(n - 1, e^-eps_local),  A ~ Bin(C, 1/2),  D ~ Bern(e^eps_local / (e^eps_local + 1)),

D_a the hockey-stick divergence (their Theorem 3.2). `shuffle_delta` computes it exactly up to tail terms that
are bounded, not dropped, so the result is an upper bound; `central_epsilon` searches the smallest eps with
delta(eps) <= the target delta. Their closed form (Theorem 3.1) is `closed_form_epsilon`, a looser check.
k reports per epoch each shuffled among the population compose to (k eps, k delta); a year to
(epochs_per_year k eps, epochs_per_year k delta). docs/PRIVACY.md derives every step.
"""

from __future__ import annotations

import functools
import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

DAYS_PER_YEAR = 365.25
DEFAULT_DELTA = 1e-8


def oue_epsilon(q: float, p: float = 0.5) -> float:
    """Epsilon of OUE with 1-probabilities p (true bit) and q (other bits)."""
    return math.log((p * (1 - q)) / (q * (1 - p)))


def local_epsilon(epsilon0: float, p_replace: float, domain_size: int) -> float:
    """Exact LDP epsilon of one report: random replacement (p_replace over domain_size topics), then OUE(eps0)."""
    e0 = math.exp(epsilon0)
    r = p_replace
    m = (domain_size - 1 + e0) / domain_size
    return math.log(((1 - r) * e0 + r * m) / ((1 - r) + r * m))


def _log_factorial(k: np.ndarray) -> np.ndarray:
    """log(k!) elementwise, from math.lgamma over the range the array spans (accurate at any n)."""
    lo, hi = int(k.min()), int(k.max())
    table = np.array([math.lgamma(i + 1.0) for i in range(lo, hi + 1)])
    return table[k - lo]


def _binom_log_pmf(n: np.ndarray | int, k: np.ndarray, log_p: float, log_q: float) -> np.ndarray:
    """log P[Bin(n, p) = k], elementwise."""
    n_arr = np.broadcast_to(np.asarray(n, dtype=np.int64), np.shape(k))
    return _log_factorial(n_arr) - _log_factorial(k) - _log_factorial(n_arr - k) + k * log_p + (n_arr - k) * log_q


def _bernstein_tails(n: int, p: float, t: float) -> float:
    """P[|Bin(n, p) - np| >= t] <= 2 exp(-t^2 / (2 (np(1-p) + t/3))) (Bernstein's inequality)."""
    return min(1.0, 2.0 * math.exp(-(t * t) / (2.0 * (n * p * (1 - p) + t / 3.0))))


def shuffle_delta(epsilon: float, epsilon_local: float, n: int, *, window_sd: float = 8.0) -> float:
    """An upper bound on delta(eps) for n shuffled eps_local-LDP reports (FMT21 Theorem 3.2, computed exactly).

    Conditioned on C = c, the first coordinate z of P or Q decides everything (the second is c + 1 - z), and
    P(z | c) / Q(z | c) grows with z, so the divergence is a tail sum from a threshold z*. Clone counts c at least
    `window_sd` standard deviations from the mean, and z far into the tail, are not summed: a bound on their
    probability mass is added instead (Bernstein for C, Hoeffding for the tails; the divergence is at most 1
    there), so the result stays an upper bound. Binomial terms come from math.lgamma (relative error ~1e-7 at
    n = 10^7, when log-factorials near 1e8 cancel); the sum is scaled by (1 + 1e-6) to cover that rounding.
    """
    if epsilon >= epsilon_local:
        return 0.0
    if n < 1:
        return 1.0
    p = math.exp(epsilon_local) / (math.exp(epsilon_local) + 1)  # P[D = 1]
    ee = math.exp(epsilon)
    # P(z|c) > e^eps Q(z|c)  <=>  z / (c - z + 1) > t*
    t_star = (ee * p - (1 - p)) / (p - ee * (1 - p))
    clone = math.exp(-epsilon_local)
    m = n - 1
    mean, sd = m * clone, math.sqrt(m * clone * (1 - clone))
    lo, hi = max(0, math.ceil(mean - window_sd * sd)), min(m, math.floor(mean + window_sd * sd))
    if m <= 20_000:  # small populations: sum every c, nothing left to bound
        lo, hi = 0, m
    cs = np.arange(lo, hi + 1)
    pc = np.exp(_binom_log_pmf(m, cs, math.log(clone), math.log1p(-clone)))
    outside = 0.0 if (lo == 0 and hi == m) else _bernstein_tails(m, clone, window_sd * sd)
    z_star = np.floor(t_star * (cs + 1) / (1 + t_star)).astype(np.int64) + 1  # >= (c + 1) / 2 since t* >= 1
    span = int(4.5 * math.sqrt(cs[-1] + 1)) + 3  # Hoeffding beyond: exp(-2 * 4.5^2) ~ 2e-18
    half = math.log(0.5)
    total = 0.0
    rows = max(1, 4_000_000 // span)
    for block in range(0, cs.size, rows):
        c = cs[block : block + rows][:, None]
        zs = z_star[block : block + c.shape[0]][:, None]
        ks = zs - 1 + np.arange(span)[None, :]  # z* - 1, z*, ... : the terms of both tail sums
        inside = ks <= c
        kk = np.minimum(ks, c)
        pmf = np.where(inside, np.exp(_binom_log_pmf(np.broadcast_to(c, kk.shape), kk, half, half)), 0.0)
        s_before = pmf.sum(axis=1)  # P[Bin(c, 1/2) >= z* - 1], up to the cut-off
        s_at = s_before - pmf[:, 0]  # P[Bin(c, 1/2) >= z*]
        part = np.maximum(p * s_before + (1 - p) * s_at - ee * (p * s_at + (1 - p) * s_before), 0.0)
        # Hoeffding bound on the mass beyond the cut-off, P[Bin(c, 1/2) >= z* - 1 + span]
        c1 = c[:, 0].astype(np.float64)
        t = zs[:, 0] - 1 + span - c1 / 2
        beyond = np.where(zs[:, 0] - 1 + span <= c1, np.exp(-2.0 * t**2 / np.maximum(c1, 1.0)), 0.0)
        total += float(np.dot(pc[block : block + c.shape[0]], part + beyond))
    return min((total + outside) * (1 + 1e-6), 1.0)


NUMERICAL_MAX_DEVICES = 2_000_000  # above: the closed form (the exact sum's cost grows with sqrt(n))


def central_epsilon(epsilon_local: float, n: int, delta: float = DEFAULT_DELTA, *, tolerance: float = 1e-3) -> float:
    """Smallest eps (to a relative `tolerance`, rounded up) with shuffle_delta(eps) <= delta.

    eps_local when shuffling gives nothing (tiny n); FMT21's closed form for populations over NUMERICAL_MAX_DEVICES.
    """
    closed = closed_form_epsilon(epsilon_local, n, delta)
    if closed is not None and n > NUMERICAL_MAX_DEVICES:
        return min(closed, epsilon_local)
    if shuffle_delta(0.0, epsilon_local, n) <= delta:
        return 0.0
    lo, hi = 0.0, epsilon_local
    if closed is not None and closed < hi and shuffle_delta(closed, epsilon_local, n) <= delta:
        hi = closed
    while hi - lo > tolerance * hi:
        mid = (lo + hi) / 2
        if shuffle_delta(mid, epsilon_local, n) <= delta:
            hi = mid
        else:
            lo = mid
    return hi


def closed_form_epsilon(epsilon_local: float, n: int, delta: float = DEFAULT_DELTA) -> float | None:
    """FMT21 Theorem 3.1; None where its condition eps_local <= log(n / (16 log(2 / delta))) fails."""
    if n < 1 or epsilon_local > math.log(n / (16 * math.log(2 / delta))):
        return None
    e0 = math.exp(epsilon_local)
    factor = (e0 - 1) / (e0 + 1) * (8 * math.sqrt(e0 * math.log(4 / delta)) / math.sqrt(n) + 8 * e0 / n)
    return math.log1p(factor)


@dataclass(frozen=True)
class PrivacyReport:
    """Every figure `edge privacy report` prints, for one population size."""

    devices: int
    delta: float
    mechanism: str
    epsilon_oue: float
    p_replace: float
    domain_size: int
    reports_per_epoch: int
    epoch_days: float
    epochs_per_year: float
    local_epsilon_per_report: float
    local_epsilon_per_epoch: float
    local_epsilon_per_year: float
    central_epsilon_per_report: float
    central_epsilon_per_epoch: float
    central_delta_per_epoch: float
    central_epsilon_per_year: float
    central_delta_per_year: float
    closed_form_central_epsilon_per_report: float | None
    method: str = (
        "central: Feldman, McMillan & Talwar 2021 (Hiding Among the Clones), Theorem 3.2 computed numerically "
        "(their closed-form Theorem 3.1 above 2,000,000 devices); k reports and a year of epochs by basic composition"
    )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@functools.lru_cache(maxsize=64)
def cached_report(
    epsilon: float, p_replace: float, domain_size: int, reports_per_epoch: int, epoch_seconds: int, devices: int
) -> PrivacyReport:
    """`report` with the default delta and mechanism, remembered: the owner page and the collector dashboard ask
    for the same figures on every load, and the central bound is a numerical search."""
    return report(
        epsilon=epsilon,
        p_replace=p_replace,
        domain_size=domain_size,
        reports_per_epoch=reports_per_epoch,
        epoch_seconds=epoch_seconds,
        devices=devices,
    )


def report(
    *,
    epsilon: float,
    p_replace: float,
    domain_size: int,
    reports_per_epoch: int,
    epoch_seconds: int,
    devices: int,
    delta: float = DEFAULT_DELTA,
    mechanism: str = "oue",
) -> PrivacyReport:
    """The guarantee of a population of `devices` under the given mechanism parameters.

    `delta` is the target per report; an epoch of k reports then has k delta, a year epochs_per_year k delta.
    """
    k = reports_per_epoch
    epoch_days = epoch_seconds / 86_400
    per_year = DAYS_PER_YEAR / epoch_days
    eps_local = local_epsilon(epsilon, p_replace, domain_size)
    eps_central = central_epsilon(eps_local, devices, delta)
    return PrivacyReport(
        devices=devices,
        delta=delta,
        mechanism=mechanism,
        epsilon_oue=epsilon,
        p_replace=p_replace,
        domain_size=domain_size,
        reports_per_epoch=k,
        epoch_days=epoch_days,
        epochs_per_year=per_year,
        local_epsilon_per_report=eps_local,
        local_epsilon_per_epoch=k * eps_local,
        local_epsilon_per_year=per_year * k * eps_local,
        central_epsilon_per_report=eps_central,
        central_epsilon_per_epoch=k * eps_central,
        central_delta_per_epoch=k * delta,
        central_epsilon_per_year=per_year * k * eps_central,
        central_delta_per_year=per_year * k * delta,
        closed_form_central_epsilon_per_report=closed_form_epsilon(eps_local, devices, delta),
    )
