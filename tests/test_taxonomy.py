"""The shipped IAB 3.0 taxonomy: structure and the sensitive branches that may never become tokens."""

from __future__ import annotations

import pytest

from edge.errors import ModelError
from edge.topics.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def test_every_node_has_a_tier1_branch_and_a_known_parent(taxonomy: Taxonomy) -> None:
    tier1_labels = {node.label for node in taxonomy.tier1()}
    assert {"Automotive", "Food & Drink", "Travel", "Sports", "Technology & Computing"} <= tier1_labels
    for node in taxonomy.nodes:
        assert node.tier in (1, 2)
        assert node.tier1 in tier1_labels
        if node.tier == 2:
            assert node.parent is not None
            parent = taxonomy[node.parent]
            assert parent.tier == 1 and parent.label == node.tier1 and node.path.startswith(parent.label + " > ")


def test_sensitive_branches_are_marked_throughout(taxonomy: Taxonomy) -> None:
    for branch in ("Medical Health", "Religion & Spirituality", "Politics", "Sensitive Topics", "Crime"):
        nodes = [node for node in taxonomy.nodes if node.tier1 == branch]
        assert nodes and all(node.sensitive and node.sensitive_category for node in nodes)
    assert taxonomy.by_path("Attractions > Casinos & Gambling").sensitive
    assert not taxonomy.by_path("Sports > Baseball").sensitive


def test_allowed_ids_exclude_every_sensitive_node(taxonomy: Taxonomy) -> None:
    allowed = taxonomy.allowed_ids()
    assert allowed.isdisjoint(taxonomy.sensitive_ids())
    assert len(allowed) + len(taxonomy.sensitive_ids()) == len(taxonomy)
    assert taxonomy.by_path("Food & Drink").id in allowed


def test_lookup(taxonomy: Taxonomy) -> None:
    node = taxonomy.by_path("Travel")
    assert taxonomy.get(node.id) is node and node.id in taxonomy
    assert taxonomy.get("no-such-id") is None


def test_missing_or_corrupt_file_is_a_model_error(tmp_path) -> None:
    with pytest.raises(ModelError, match="not found"):
        Taxonomy.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1}')
    with pytest.raises(ModelError, match="corrupt"):
        Taxonomy.load(bad)
