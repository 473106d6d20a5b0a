"""Randomness for every privacy-relevant draw: the OS's CSPRNG, with exact probabilities.

A Bernoulli(prob) draw compares a uniform 64-bit integer from the OS (`os.urandom`) with the integer threshold
round(prob * 2^64), so its probability is exactly threshold / 2^64: a number the accountant can use as it is,
not a float32 comparison whose real probability nobody knows. Uniform choices use `secrets.randbelow`
(rejection sampling, exactly uniform). `SeededRandomness` exists for tests and simulations only: the device
code never constructs it.
"""

from __future__ import annotations

import os
import secrets
from fractions import Fraction
from typing import Protocol

import numpy as np

SCALE = 1 << 64


class Randomness(Protocol):
    def uint64(self, n: int) -> np.ndarray:
        """n independent uniform integers in [0, 2^64)."""
        ...

    def below(self, n: int) -> int:
        """A uniform integer in [0, n)."""
        ...


class SystemRandomness:
    """The OS's CSPRNG (getrandom/urandom)."""

    def uint64(self, n: int) -> np.ndarray:
        return np.frombuffer(os.urandom(8 * n), dtype=np.uint64)

    def below(self, n: int) -> int:
        return secrets.randbelow(n)


class SeededRandomness:
    """A reproducible generator (numpy PCG64) for tests and simulations; never for real reports."""

    def __init__(self, seed: int) -> None:
        self.generator = np.random.default_rng(seed)

    def uint64(self, n: int) -> np.ndarray:
        return self.generator.integers(0, SCALE, size=n, dtype=np.uint64, endpoint=False)

    def below(self, n: int) -> int:
        return int(self.generator.integers(0, n))


def threshold(prob: float) -> int:
    """The integer T with T / 2^64 nearest to `prob` (clamped to [0, 2^64 - 1]); P[uint64 < T] = T / 2^64."""
    if not 0 <= prob <= 1:
        raise ValueError(f"probability out of range: {prob!r}")
    return min(round(Fraction(prob) * SCALE), SCALE - 1)


def implemented(prob: float) -> float:
    """The probability a Bernoulli(prob) draw really has here (prob rounded to a multiple of 2^-64)."""
    return threshold(prob) / SCALE


def bernoulli(rng: Randomness, prob: float, shape: int | tuple[int, ...]) -> np.ndarray:
    """Independent booleans, each True with probability exactly threshold(prob) / 2^64."""
    size = int(np.prod(shape))
    return (rng.uint64(size) < np.uint64(threshold(prob))).reshape(shape)


def shuffle(rng: Randomness, items: list) -> list:
    """A uniformly random permutation (Fisher-Yates with exact uniform indices)."""
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        j = rng.below(i + 1)
        out[i], out[j] = out[j], out[i]
    return out
