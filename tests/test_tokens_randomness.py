"""Randomness of every privacy-relevant draw: exact thresholds, the OS's CSPRNG on the device, seeded only in tests."""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from edge.tokens import randomness
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SCALE, SeededRandomness, SystemRandomness

REPO = Path(__file__).resolve().parent.parent
DOMAIN = TokenDomain.load()


def within(observed: float, expected: float, n: int, sigmas: float = 7.0) -> bool:
    """|observed - expected| of a mean of n Bernoulli(expected) draws is under `sigmas` standard errors.

    7 standard errors: a fair source fails one check in about 4e11 (5 failed about one CI run in 200,000)."""
    return abs(observed - expected) <= sigmas * math.sqrt(expected * (1 - expected) / n)


class Fixed:
    """A Randomness that hands out given 64-bit integers: to test what the comparison does at the threshold."""

    def __init__(self, values: list[int]) -> None:
        self.values = values

    def uint64(self, n: int) -> np.ndarray:
        out, self.values = self.values[:n], self.values[n:]
        return np.array(out, dtype=np.uint64)

    def below(self, n: int) -> int:
        raise AssertionError("not used")


# --- threshold(): the probability is exactly T / 2^64 -------------------------------------------------


@pytest.mark.parametrize("prob", [0.5, 0.25, 0.05, 1 / (math.e**2 + 1), 1 / 3, 1e-10, 0.999999])
def test_threshold_is_the_nearest_multiple_of_2_to_the_minus_64(prob: float) -> None:
    t = randomness.threshold(prob)
    assert t == round(Fraction(prob) * SCALE)  # exact rational arithmetic, no float rounding
    assert abs(Fraction(t, SCALE) - Fraction(prob)) <= Fraction(1, 2 * SCALE)
    assert randomness.implemented(prob) == t / SCALE


def test_threshold_edges() -> None:
    assert randomness.threshold(0.0) == 0  # never
    assert randomness.threshold(1.0) == SCALE - 1  # fits a uint64; P = 1 - 2^-64
    assert randomness.threshold(0.5) == 2**63
    assert randomness.threshold(2.0**-64) == 1 and randomness.threshold(2.0**-66) == 0
    for bad in (-0.1, 1.0000001, math.nan, math.inf):
        with pytest.raises(ValueError, match="probability out of range"):
            randomness.threshold(bad)


def test_bernoulli_compares_strictly_below_the_threshold() -> None:
    t = randomness.threshold(0.3)
    draws = randomness.bernoulli(Fixed([0, t - 1, t, t + 1, SCALE - 1]), 0.3, 5)
    assert draws.tolist() == [True, True, False, False, False]
    assert randomness.bernoulli(Fixed([0, 0, 0]), 0.0, 3).tolist() == [False] * 3  # P = 0 is never
    assert randomness.bernoulli(Fixed([SCALE - 2]), 1.0, 1).tolist() == [True]
    assert randomness.bernoulli(SeededRandomness(0), 0.5, (3, 4)).shape == (3, 4)


# --- the OS's generator -------------------------------------------------------------------------------


def test_system_draws_are_uint64_read_from_the_os(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = os.urandom

    def spy(n: int) -> bytes:
        asked.append(n)
        return real(n)

    monkeypatch.setattr(os, "urandom", spy)
    draws = SystemRandomness().uint64(4096)
    assert asked == [8 * 4096]
    assert draws.dtype == np.uint64 and draws.shape == (4096,)
    assert len(set(draws.tolist())) == 4096  # 64-bit values: no repeats
    assert int(draws.max()) >= 2**63 and int(draws.min()) < 2**60  # the whole range is used
    ones = sum(bin(int(v)).count("1") for v in draws)
    assert within(ones / (64 * 4096), 0.5, 64 * 4096)


@pytest.mark.parametrize("prob", [0.5, 1 / (math.e**2 + 1), 0.05])
def test_system_bernoulli_has_the_right_rate(prob: float) -> None:
    n = 200_000
    rate = float(randomness.bernoulli(SystemRandomness(), prob, n).mean())
    assert within(rate, prob, n)


def test_system_below_is_uniform_and_in_range() -> None:
    rng = SystemRandomness()
    draws = [rng.below(7) for _ in range(14_000)]
    assert set(draws) == set(range(7))
    counts = np.bincount(draws, minlength=7)
    chi2 = float(((counts - 2000) ** 2 / 2000).sum())
    # 6 degrees of freedom: P(chi2 > 53.3) = 1e-9 for a uniform source (one value 0.03 too likely gives ~110)
    assert chi2 < 53.3


@pytest.mark.parametrize("rng", [SystemRandomness(), SeededRandomness(3)], ids=["system", "seeded"])
def test_shuffle_is_a_uniform_permutation(rng: randomness.Randomness) -> None:
    items = ["a", "b", "c"]
    seen = Counter(tuple(randomness.shuffle(rng, items)) for _ in range(6000))
    assert len(seen) == 6 and all(within(n / 6000, 1 / 6, 6000) for n in seen.values())
    assert items == ["a", "b", "c"]  # the input is left alone


def test_seeded_generator_is_reproducible_and_only_for_tests() -> None:
    assert SeededRandomness(5).uint64(8).tolist() == SeededRandomness(5).uint64(8).tolist()
    assert SeededRandomness(5).uint64(8).tolist() != SeededRandomness(6).uint64(8).tolist()


# --- the device never uses a seeded generator ---------------------------------------------------------


def test_the_device_path_draws_from_the_os() -> None:
    assert isinstance(Anonymizer(DOMAIN, default_parameters(DOMAIN.version)).rng, SystemRandomness)


def test_no_device_module_constructs_a_seeded_generator() -> None:
    """Only the simulation may seed; every module a device runs takes SystemRandomness unless a test passes one."""
    constructs = re.compile(
        r"SeededRandomness\(|default_rng\(|np\.random\.(seed|rand|random|choice)\b|\brandom\.random\("
    )
    allowed = {"edge/tokens/randomness.py", "edge/tokens/simulate.py"}
    offenders = []
    for folder in ("edge/tokens", "edge/sync"):
        for path in sorted((REPO / folder).rglob("*.py")):
            name = str(path.relative_to(REPO))
            if name not in allowed and constructs.search(path.read_text(encoding="utf-8")):
                offenders.append(name)
    assert offenders == []
