"""At the end of an epoch: the epoch's top topics -> one drawn at random -> random replacement -> OUE -> an upload.

Per epoch a device makes `reports_per_epoch` reports (1 by default), each about a different topic drawn uniformly
from the epoch's `candidates` (5) most frequent topics, ties broken at random, as Chrome's Topics API draws one
of the top five per epoch. A device with fewer topics than reports pads with distinct random allowed topics, so
every device sends the same number of uploads. Each topic is swapped with probability `p_replace` for a uniformly
random allowed topic, then encoded with OUE at `epsilon` (`edge.tokens.ldp`). Each report becomes its own upload,
sent as its own unlinkable message. The privacy that buys, locally and after shuffling, is computed by
`edge.tokens.accounting`.

Every draw comes from the OS's CSPRNG with exact probabilities (`edge.tokens.randomness`).
"""

from __future__ import annotations

from collections.abc import Mapping

from edge.tokens import ldp, randomness
from edge.tokens.domain import TokenDomain
from edge.tokens.params import Parameters
from edge.tokens.randomness import Randomness, SystemRandomness
from edge.tokens.upload import Upload


class Anonymizer:
    def __init__(self, domain: TokenDomain, params: Parameters, rng: Randomness | None = None) -> None:
        self.domain = domain
        self.params = params
        self.rng = rng if rng is not None else SystemRandomness()

    def candidates(self, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> list[int]:
        """Indices of the epoch's most frequent allowed topics (at most `candidates`), ties broken at random."""
        seen = [i for i, c in counts.items() if c > 0 and i in self.domain and i not in blocked]
        ranked = sorted(randomness.shuffle(self.rng, seen), key=lambda i: -counts[i])  # stable: random among ties
        return [self.domain.index(i) for i in ranked[: self.params.candidates]]

    def choose(self, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> list[int]:
        """`reports_per_epoch` distinct topic indices: drawn from the candidates, padded with random allowed ones."""
        k = self.params.reports_per_epoch
        chosen = randomness.shuffle(self.rng, self.candidates(counts, blocked))[:k]
        if len(chosen) < k:
            taken = set(chosen) | {self.domain.index(i) for i in blocked if i in self.domain}
            free = [j for j in range(self.domain.size) if j not in taken]
            if len(free) < k - len(chosen):  # everything blocked: pad from the whole domain
                free = [j for j in range(self.domain.size) if j not in chosen]
            chosen += randomness.shuffle(self.rng, free)[: k - len(chosen)]
        return chosen

    def reports(self, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> list[bytes]:
        """The epoch's packed OUE bit vectors, in random order."""
        topics = ldp.replace_randomly(self.choose(counts, blocked), self.domain.size, self.params.p_replace, self.rng)
        bits = ldp.perturb(topics, self.domain.size, self.params.epsilon, self.rng)
        return [ldp.pack(row) for row in bits]

    def uploads(self, epoch: int, counts: Mapping[str, int], blocked: frozenset[str] = frozenset()) -> list[Upload]:
        return [Upload.make(self.params, int(epoch), r) for r in self.reports(counts, blocked)]
