"""The token domain: the allowed (non-sensitive) taxonomy node ids in a fixed order, one bit each on the wire."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from edge.topics.taxonomy import Taxonomy


@dataclass(frozen=True)
class TokenDomain:
    """Allowed topic ids in taxonomy file order. The batch's `taxonomy` field pins this order (its version)."""

    version: str
    ids: tuple[str, ...]
    labels: tuple[str, ...]
    _index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update({topic_id: i for i, topic_id in enumerate(self.ids)})

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy) -> TokenDomain:
        allowed = taxonomy.allowed_ids()
        nodes = [node for node in taxonomy.nodes if node.id in allowed]
        return cls(taxonomy.version, tuple(n.id for n in nodes), tuple(n.label for n in nodes))

    @classmethod
    def load(cls) -> TokenDomain:
        """The domain of the shipped taxonomy (cached: it is read once per process)."""
        return _shipped_domain()

    @property
    def size(self) -> int:
        return len(self.ids)

    @property
    def packed_bytes(self) -> int:
        """Bytes of one report: the domain's bits packed, last byte zero-padded."""
        return (self.size + 7) // 8

    def index(self, topic_id: str) -> int:
        """Position of `topic_id`; KeyError when it is not an allowed id."""
        return self._index[topic_id]

    def __contains__(self, topic_id: object) -> bool:
        return topic_id in self._index

    def label(self, topic_id: str) -> str:
        return self.labels[self._index[topic_id]]


@lru_cache(maxsize=1)
def _shipped_domain() -> TokenDomain:
    return TokenDomain.from_taxonomy(Taxonomy.load())
