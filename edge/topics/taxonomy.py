"""The interest vocabulary: IAB Content Taxonomy 3.0, tier-1 and tier-2 nodes, with sensitive branches marked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from edge.errors import ModelError
from edge.home import models_dir

TAXONOMY_FILE = Path("taxonomy") / "iab-3.0-t2.json"


@dataclass(frozen=True)
class Node:
    """One taxonomy node. `tier1` is the label of its tier-1 branch (its own label for a tier-1 node)."""

    id: str
    label: str
    path: str
    tier: int
    parent: str | None
    tier1: str
    sensitive: bool
    sensitive_category: str | None


class Taxonomy:
    """Nodes by id, in file order. Only non-sensitive nodes may ever become interest tokens."""

    def __init__(self, nodes: list[Node], version: str) -> None:
        self.version = version
        self.nodes: tuple[Node, ...] = tuple(nodes)
        self._by_id = {node.id: node for node in self.nodes}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Taxonomy:
        path = Path(path) if path is not None else models_dir() / TAXONOMY_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            nodes = [Node(**row) for row in data["nodes"]]
            version = str(data["version"])
        except FileNotFoundError:
            raise ModelError(
                f"taxonomy file not found: {path}; reinstall edge or point EDGE_MODELS at a models folder"
            ) from None
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ModelError(
                f"taxonomy file {path} is corrupt ({type(err).__name__}); rebuild it with "
                "models/taxonomy/build_taxonomy.py"
            ) from None
        return cls(nodes, version)

    def get(self, node_id: str, default: Node | None = None) -> Node | None:
        return self._by_id.get(node_id, default)

    def __getitem__(self, node_id: str) -> Node:
        return self._by_id[node_id]

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._by_id

    def __len__(self) -> int:
        return len(self.nodes)

    def allowed_ids(self) -> frozenset[str]:
        """Ids of the nodes that may become interest tokens (not sensitive)."""
        return frozenset(node.id for node in self.nodes if not node.sensitive)

    def sensitive_ids(self) -> frozenset[str]:
        return frozenset(node.id for node in self.nodes if node.sensitive)

    def tier1(self) -> tuple[Node, ...]:
        return tuple(node for node in self.nodes if node.tier == 1)

    def by_path(self, path: str) -> Node:
        """The node whose path is `path` ("Sports > Baseball"); KeyError when there is none."""
        for node in self.nodes:
            if node.path == path:
                return node
        raise KeyError(path)
