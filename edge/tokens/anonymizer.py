"""At the end of an epoch: top-k topics -> random replacement -> padding -> OUE randomized response -> batch.

What an observer of the batch (the collector, or anyone on the path) learns, in epsilon terms:
- each report is eps-locally differentially private (OUE, see `edge.tokens.ldp`): for any two topics j, j' and
  any report y, P[y | j] <= e^eps P[y | j']. With eps = 2 that ratio is at most e^2 ~ 7.4: an observer who
  thought "topic j or topic j'" was a coin flip ends up at most 88 % sure after seeing one report;
- a batch holds top_k reports about distinct topics, so the whole top-k set is top_k * eps private
  (sequential composition); the privacy budget enforces one batch (top_k * eps, 10 by default) per epoch;
- before encoding, each topic is swapped with probability p_replace (5 %) for a uniformly random allowed
  topic, so even a perfectly decoded report is deniable;
- a device that saw fewer than top_k topics pads with distinct random allowed topics; padding goes through
  the same replacement and encoding, so padding reports are indistinguishable from real ones, and every
  batch has the same size. Reports are shuffled, so their order reveals neither rank nor padding.
The randomness comes from the OS's CSPRNG (a numpy Generator seeded with 128 bits from `secrets`).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

import numpy as np

from edge.tokens import ldp
from edge.tokens.batch import TokenBatch, new_batch_id
from edge.tokens.config import TokenConfig
from edge.tokens.domain import TokenDomain


def secure_rng() -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(secrets.randbits(128)))


class Anonymizer:
    def __init__(
        self, domain: TokenDomain, config: TokenConfig | None = None, rng: np.random.Generator | None = None
    ) -> None:
        self.domain = domain
        self.config = config if config is not None else TokenConfig()
        self.rng = rng if rng is not None else secure_rng()

    def choose(self, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> np.ndarray:
        """Indices of the epoch's top_k topics (ties broken at random), padded with distinct random topics."""
        k = self.config.top_k
        seen = [(c, i) for i, c in counts.items() if c > 0 and i in self.domain and i not in blocked]
        tiebreak = self.rng.random(len(seen))
        order = sorted(range(len(seen)), key=lambda n: (-seen[n][0], tiebreak[n]))
        chosen = [self.domain.index(seen[n][1]) for n in order[:k]]
        if len(chosen) < k:
            taken = set(chosen) | {self.domain.index(i) for i in blocked if i in self.domain}
            free = np.array([j for j in range(self.domain.size) if j not in taken])
            if free.size < k - len(chosen):  # everything blocked: pad from the whole domain
                free = np.array([j for j in range(self.domain.size) if j not in set(chosen)])
            chosen += self.rng.choice(free, size=k - len(chosen), replace=False).tolist()
        return np.array(chosen, dtype=np.int64)

    def reports(self, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> tuple[bytes, ...]:
        """top_k packed OUE bit vectors for this epoch's counts, in random order (no rank, no padding position)."""
        chosen = self.rng.permutation(self.choose(counts, blocked))
        topics = ldp.replace_randomly(chosen, self.domain.size, self.config.p_replace, self.rng)
        bits = ldp.perturb(topics, self.domain.size, self.config.epsilon, self.rng)
        return tuple(ldp.pack(row) for row in bits)

    def batch(self, epoch: int, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> TokenBatch:
        return TokenBatch(
            self.domain.version,
            int(epoch),
            new_batch_id(),
            float(self.config.epsilon),
            float(self.config.p_replace),
            self.reports(counts, blocked),
        )
