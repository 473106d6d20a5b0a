"""The on-device interest profile: ids and counts only, owner-only file, refuses sensitive ids, block list."""

from __future__ import annotations

import os
import stat

import pytest

from edge.errors import PrivacyError, UsageError
from edge.tokens import InterestProfile, TokenConfig, TokenDomain
from edge.tokens.config import DAY_S
from edge.topics.taxonomy import Taxonomy
from edge.types import Topic

DOMAIN = TokenDomain.load()
TAXONOMY = Taxonomy.load()
MARKER = "zanzibar-utterance-marker"  # must never reach the disk


class Clock:
    def __init__(self, t: float = 1_700_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def topic(topic_id: str, label: str = MARKER) -> Topic:
    return Topic(id=topic_id, label=label, tier1=MARKER, score=0.87654)


@pytest.fixture()
def profile(tmp_path):
    with InterestProfile.open(tmp_path, clock=Clock()) as p:
        yield p


def test_domain_is_the_allowed_ids_in_taxonomy_order():
    allowed = TAXONOMY.allowed_ids()
    assert set(DOMAIN.ids) == allowed and len(DOMAIN.ids) == len(allowed) == 299
    order = [n.id for n in TAXONOMY.nodes if n.id in allowed]
    assert list(DOMAIN.ids) == order
    assert DOMAIN.version == TAXONOMY.version and DOMAIN.packed_bytes == 38
    assert not set(DOMAIN.ids) & TAXONOMY.sensitive_ids()


def test_record_counts_ids_per_epoch(profile):
    a, b = DOMAIN.ids[0], DOMAIN.ids[10]
    assert profile.record([topic(a), topic(b), topic(a)]) == 2  # one utterance counts a topic once
    profile.record([topic(a)])
    assert profile.counts() == {a: 2, b: 1}
    assert [t.id for t in profile.top()] == [a, b]
    assert profile.top()[0].label == DOMAIN.label(a)  # labels come from the taxonomy, not the caller


def test_epoch_is_floor_of_time_over_epoch_length(tmp_path):
    clock = Clock(10 * 7 * DAY_S + 5)
    with InterestProfile.open(tmp_path, clock=clock) as p:
        assert p.current_epoch() == 10
        p.record([topic(DOMAIN.ids[0])])
        clock.t += 7 * DAY_S
        assert p.current_epoch() == 11
        p.record([topic(DOMAIN.ids[1])])
        assert p.epochs() == [10, 11]
        assert p.counts(10) == {DOMAIN.ids[0]: 1}
    with InterestProfile.open(tmp_path, clock=clock, config=TokenConfig(epoch_seconds=DAY_S)) as p:
        assert p.current_epoch() == 77


def test_epoch_length_from_config_file(tmp_path):
    (tmp_path / "config.toml").write_text("[tokens]\nepoch_days = 1\ntop_k = 3\nepsilon = 1.5\n")
    with InterestProfile.open(tmp_path, clock=Clock(5 * DAY_S + 1)) as p:
        assert p.current_epoch() == 5
        assert (p.config.top_k, p.config.epsilon, p.config.budget) == (3, 1.5, 4.5)
    (tmp_path / "config.toml").write_text("[tokens]\nepsilon = 'lots'\n")
    with pytest.raises(UsageError, match="epsilon"):
        InterestProfile.open(tmp_path)
    (tmp_path / "config.toml").write_text("[tokens]\nepsiloon = 2\n")
    with pytest.raises(UsageError, match="unknown setting"):
        InterestProfile.open(tmp_path)
    (tmp_path / "config.toml").write_text("[tokens\n")
    with pytest.raises(UsageError, match="config.toml"):
        InterestProfile.open(tmp_path)


@pytest.mark.parametrize("bad_id", sorted(TAXONOMY.sensitive_ids())[:3] + ["no-such-id", ""])
def test_sensitive_or_unknown_ids_are_refused_and_nothing_of_the_call_is_recorded(profile, bad_id):
    good = DOMAIN.ids[3]
    with pytest.raises(PrivacyError, match="refused to record"):
        profile.record([topic(good), topic(bad_id)])
    assert profile.counts() == {}


def test_every_sensitive_node_is_refused(profile):
    for node_id in TAXONOMY.sensitive_ids():
        with pytest.raises(PrivacyError):
            profile.record([topic(node_id)])
    assert profile.epochs() == []


def test_blocked_topics_are_never_recorded_and_their_counts_are_deleted(profile):
    cats = DOMAIN.ids[DOMAIN.labels.index("Cats")]
    profile.record([topic(cats), topic(DOMAIN.ids[0])])
    assert profile.block("cats") == cats  # labels match case-insensitively
    assert cats not in profile.counts()
    profile.record([topic(cats)])
    assert profile.counts() == {DOMAIN.ids[0]: 1}
    assert [b.id for b in profile.blocked()] == [cats]
    assert profile.unblock(cats) == cats
    profile.record([topic(cats)])
    assert profile.counts()[cats] == 1


def test_block_resolves_ids_labels_and_paths_with_clear_errors(profile):
    node = next(n for n in TAXONOMY.nodes if n.tier == 2 and not n.sensitive)
    assert profile.block(node.path.upper()) == node.id
    with pytest.raises(UsageError, match="unknown topic"):
        profile.block("definitely not a topic")
    sensitive = next(n for n in TAXONOMY.nodes if n.sensitive)
    with pytest.raises(UsageError, match="sensitive"):
        profile.block(sensitive.label)


def test_store_is_owner_only_wal_and_holds_no_text(tmp_path):
    with InterestProfile.open(tmp_path, clock=Clock()) as p:
        for topic_id in DOMAIN.ids[:20]:
            p.record([topic(topic_id, label=f"{MARKER} {topic_id}")])
        assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        files = sorted(tmp_path.glob("tokens.db*"))
        assert {f.name for f in files} >= {"tokens.db", "tokens.db-wal"}
        for f in files:
            assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
        raw = b"".join(f.read_bytes() for f in files)
    assert MARKER.encode() not in raw and b"0.8765" not in raw
    with InterestProfile.open(tmp_path) as p:
        tables = [t for (t,) in p.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        columns = {c[1] for t in tables for c in p.conn.execute(f"PRAGMA table_info({t})")}
    assert columns.isdisjoint({"text", "label", "score", "utterance", "time", "timestamp"}), columns
