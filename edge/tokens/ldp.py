"""Optimized unary encoding (OUE, Wang et al. 2017): the local-DP mechanism of a report, and its debiased estimator.

A report names one topic j of a domain of d topics. The device sets bit j of a d-bit vector, then flips every
bit independently:

    P[out_i = 1 | in_i = 1] = p = 1/2            P[out_i = 1 | in_i = 0] = q = 1 / (e^eps + 1)

Two inputs j, j' differ in two bits, so for every output vector y

    P[y | j] / P[y | j'] <= (p / q) * ((1 - q) / (1 - p)) = (1 - q) / q = e^eps,

which is eps-local differential privacy per report. Before encoding, the anonymizer replaces the topic by a
uniformly random domain topic with probability r (the Topics API's 5 % noise); that randomized pre-processing
can only lower the privacy loss. Write a = 1 - r + r/d (the true topic survives the replacement) and
b = r/d (another topic becomes j). For N reports of which G_j named topic j before replacement, bit j is set
in C_j reports with E[C_j] = N q + (p - q) (a G_j + b (N - G_j)), so

    G_hat_j = ((C_j - N q) / (p - q) - N b) / (a - b)

is unbiased. The bits of different reports are independent given their topics, hence

    Var[G_hat_j] = (G_j pi1 (1 - pi1) + (N - G_j) pi0 (1 - pi0)) / ((p - q)^2 (a - b)^2),
    pi1 = q + (p - q) a,    pi0 = q + (p - q) b,

estimated by plugging in G_hat_j clipped to [0, N]; G_hat_j +- 1.96 sqrt(Var) is the 95 % confidence interval
(normal approximation, good once N q is in the tens). Groups of reports made with different (eps, r) are
estimated separately and summed; their variances add.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from edge.tokens import randomness
from edge.tokens.randomness import Randomness

Z95 = 1.959963984540054


def flip_probabilities(epsilon: float) -> tuple[float, float]:
    """(p, q) of OUE: the chance a bit reads 1 when it was 1, and when it was 0."""
    if not (epsilon > 0 and math.isfinite(epsilon)):
        raise ValueError(f"epsilon must be a positive finite number, got {epsilon!r}")
    return 0.5, 1.0 / (math.exp(epsilon) + 1.0)


def perturb(topics: np.ndarray, domain_size: int, epsilon: float, rng: Randomness, chunk: int = 8192) -> np.ndarray:
    """OUE bit vectors (n, domain_size) bool for topic indices `topics` (n,), chunked for memory.

    Every bit is an exact Bernoulli draw from `rng` (`edge.tokens.randomness`): the true topic's bit with p = 1/2,
    every other bit with q = 1 / (e^epsilon + 1) rounded to a multiple of 2^-64.
    """
    p, q = flip_probabilities(epsilon)
    topics = np.asarray(topics, dtype=np.int64)
    out = np.empty((topics.size, domain_size), dtype=bool)
    for start in range(0, topics.size, chunk):
        part = topics[start : start + chunk]
        bits = randomness.bernoulli(rng, q, (part.size, domain_size))
        bits[np.arange(part.size), part] = randomness.bernoulli(rng, p, part.size)
        out[start : start + chunk] = bits
    return out


def replace_randomly(topics: np.ndarray | list[int], domain_size: int, p_replace: float, rng: Randomness) -> np.ndarray:
    """Each topic index replaced, with probability `p_replace`, by a uniformly random index of the domain."""
    topics = np.asarray(topics, dtype=np.int64).copy()
    swap = np.flatnonzero(randomness.bernoulli(rng, p_replace, topics.size))
    for i in swap.tolist():
        topics[i] = rng.below(domain_size)
    return topics


@dataclass(frozen=True)
class Estimate:
    """Debiased number of reports per topic (before random replacement), its variance, and the report count."""

    counts: np.ndarray
    variance: np.ndarray
    reports: int

    @property
    def ci95(self) -> tuple[np.ndarray, np.ndarray]:
        half = Z95 * np.sqrt(self.variance)
        return self.counts - half, self.counts + half

    def __add__(self, other: Estimate) -> Estimate:
        return Estimate(self.counts + other.counts, self.variance + other.variance, self.reports + other.reports)


def estimate(bit_counts: np.ndarray, reports: int, epsilon: float, p_replace: float) -> Estimate:
    """Unbiased per-topic report counts from `bit_counts` (how many of `reports` OUE vectors had each bit set)."""
    c = np.asarray(bit_counts, dtype=np.float64)
    d = c.size
    if reports <= 0:
        return Estimate(np.zeros(d), np.zeros(d), 0)
    p, q = flip_probabilities(epsilon)
    a, b = 1.0 - p_replace + p_replace / d, p_replace / d
    n = float(reports)
    g_hat = ((c - n * q) / (p - q) - n * b) / (a - b)
    g = np.clip(g_hat, 0.0, n)
    pi1, pi0 = q + (p - q) * a, q + (p - q) * b
    var = (g * pi1 * (1 - pi1) + (n - g) * pi0 * (1 - pi0)) / ((p - q) ** 2 * (a - b) ** 2)
    return Estimate(g_hat, var, reports)


def pack(bits: np.ndarray) -> bytes:
    """A 1-D bool vector as bytes, most significant bit first, the last byte zero-padded."""
    return np.packbits(np.asarray(bits, dtype=bool)).tobytes()


def unpack(data: bytes, domain_size: int) -> np.ndarray:
    return np.unpackbits(np.frombuffer(data, dtype=np.uint8), count=domain_size).astype(bool)
