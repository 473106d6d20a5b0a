"""The on-device interest profile: ids and counts only, owner-only file, refuses sensitive ids, block list, epochs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from edge.errors import PrivacyError, UsageError
from edge.tokens import InterestProfile, TokenDomain
from edge.tokens.params import DAY_S, PARAMS_FILE, Parameters, remember_parameters
from edge.topics.taxonomy import Taxonomy
from edge.types import Topic

DOMAIN = TokenDomain.load()
TAXONOMY = Taxonomy.load()
MARKER = "zanzibar-utterance-marker"  # must never reach the disk
WEEK = 7 * DAY_S


class Clock:
    def __init__(self, t: float = 1_700_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def topic(topic_id: str, label: str = MARKER) -> Topic:
    return Topic(id=topic_id, label=label, tier1=MARKER, score=0.87654)


@pytest.fixture()
def profile(tmp_path: Path):
    with InterestProfile.open(tmp_path, clock=Clock()) as p:
        yield p


def test_domain_is_the_allowed_ids_in_taxonomy_order() -> None:
    allowed = TAXONOMY.allowed_ids()
    assert set(DOMAIN.ids) == allowed and len(DOMAIN.ids) == len(allowed) == 299
    assert list(DOMAIN.ids) == [n.id for n in TAXONOMY.nodes if n.id in allowed]
    assert DOMAIN.version == TAXONOMY.version and DOMAIN.packed_bytes == 38
    assert not set(DOMAIN.ids) & TAXONOMY.sensitive_ids()


def test_record_counts_ids_once_per_utterance(profile) -> None:
    a, b = DOMAIN.ids[0], DOMAIN.ids[10]
    assert profile.record([topic(a), topic(b), topic(a)]) == 2  # one utterance counts a topic once
    profile.record([topic(a)])
    assert profile.counts() == {a: 2, b: 1}
    assert [t.id for t in profile.top()] == [a, b]
    assert profile.top()[0].label == DOMAIN.label(a)  # labels come from the taxonomy, not the caller
    assert profile.record([]) == 0


def test_top_breaks_ties_by_taxonomy_order(profile) -> None:
    profile.record([topic(DOMAIN.ids[20]), topic(DOMAIN.ids[5]), topic(DOMAIN.ids[12])])
    assert [t.id for t in profile.top()] == [DOMAIN.ids[5], DOMAIN.ids[12], DOMAIN.ids[20]]
    assert [t.id for t in profile.top(n=2)] == [DOMAIN.ids[5], DOMAIN.ids[12]]


def test_epoch_is_floor_of_time_over_the_epoch_length(tmp_path: Path) -> None:
    clock = Clock(10 * WEEK + 5)
    with InterestProfile.open(tmp_path, clock=clock) as p:
        assert p.epoch_seconds == WEEK and p.current_epoch() == 10
        p.record([topic(DOMAIN.ids[0])])
        clock.t = 11 * WEEK - 0.001
        assert p.current_epoch() == 10
        clock.t = 11 * WEEK
        assert p.current_epoch() == 11
        p.record([topic(DOMAIN.ids[1])])
        assert p.epochs() == [10, 11]
        assert p.counts(10) == {DOMAIN.ids[0]: 1} and p.counts() == {DOMAIN.ids[1]: 1}
    with InterestProfile.open(tmp_path, clock=clock, epoch_seconds=DAY_S) as p:
        assert p.current_epoch() == 77


def test_epoch_length_is_the_one_the_collector_last_published(tmp_path: Path) -> None:
    clock = Clock(5 * DAY_S + 1)
    remember_parameters(Parameters(taxonomy=DOMAIN.version, epoch_seconds=DAY_S), tmp_path)
    with InterestProfile.open(tmp_path, clock=clock) as p:
        assert p.epoch_seconds == DAY_S and p.current_epoch() == 5
    (tmp_path / PARAMS_FILE).write_text('{"epoch_seconds": 60')  # damaged: back to this release's default
    with InterestProfile.open(tmp_path, clock=clock) as p:
        assert p.epoch_seconds == WEEK and p.current_epoch() == 0


@pytest.mark.parametrize("bad_id", sorted(TAXONOMY.sensitive_ids())[:3] + ["no-such-id", ""])
def test_sensitive_or_unknown_ids_are_refused_and_nothing_of_the_call_is_recorded(profile, bad_id: str) -> None:
    with pytest.raises(PrivacyError, match="refused to record") as caught:
        profile.record([topic(DOMAIN.ids[3]), topic(bad_id)])
    assert "\n" not in str(caught.value) and MARKER not in str(caught.value)
    assert profile.counts() == {} and profile.epochs() == []


def test_every_sensitive_node_is_refused(profile) -> None:
    for node_id in TAXONOMY.sensitive_ids():
        with pytest.raises(PrivacyError):
            profile.record([topic(node_id)])
    assert profile.epochs() == []


def test_blocked_topics_are_never_recorded_and_their_counts_are_deleted(profile) -> None:
    cats = DOMAIN.ids[DOMAIN.labels.index("Cats")]
    profile.record([topic(cats), topic(DOMAIN.ids[0])])
    assert profile.block("cats") == cats  # labels match case-insensitively
    assert cats not in profile.counts() and profile.blocked_ids() == frozenset({cats})
    assert profile.record([topic(cats)]) == 0
    assert profile.counts() == {DOMAIN.ids[0]: 1}
    assert [b.id for b in profile.blocked()] == [cats]
    assert profile.unblock(cats) == cats
    profile.record([topic(cats)])
    assert profile.counts()[cats] == 1 and profile.blocked() == []


def test_block_resolves_ids_labels_and_paths_with_clear_errors(profile) -> None:
    node = next(n for n in TAXONOMY.nodes if n.tier == 2 and not n.sensitive)
    assert profile.block(node.path.upper()) == node.id
    assert profile.block(f"  {node.id} ") == node.id
    with pytest.raises(UsageError, match="unknown topic"):
        profile.block("definitely not a topic")
    sensitive = next(n for n in TAXONOMY.nodes if n.sensitive)
    with pytest.raises(UsageError, match="sensitive topic"):
        profile.block(sensitive.label)


def test_held_back_utterances_are_counted_per_category_and_epoch(tmp_path: Path) -> None:
    clock = Clock(10 * WEEK)
    with InterestProfile.open(tmp_path, clock=clock) as p:
        p.record_held(["health"])
        p.record_held(["health", "religion", "health"])
        p.record_held([])
        p.record_held(["x" * 100])
        assert p.held() == {"health": 2, "religion": 1, "unspecified": 1, "x" * 40: 1}
        clock.t += WEEK
        assert p.held() == {}
        p.record_held(["political"])
        assert p.held() == {"political": 1} and p.held(10)["health"] == 2
        assert p.counts() == {} and p.epochs() == []  # nothing of a held utterance counts as a topic


def test_drop_epoch_forgets_only_that_epoch(tmp_path: Path) -> None:
    clock = Clock(10 * WEEK)
    with InterestProfile.open(tmp_path, clock=clock) as p:
        p.record([topic(DOMAIN.ids[0])])
        clock.t += WEEK
        p.record([topic(DOMAIN.ids[1])])
        p.drop_epoch(10)
        assert p.epochs() == [11] and p.counts(10) == {}


def test_store_is_owner_only_wal_and_holds_no_text(tmp_path: Path) -> None:
    with InterestProfile.open(tmp_path, clock=Clock()) as p:
        for topic_id in DOMAIN.ids[:20]:
            p.record([topic(topic_id, label=f"{MARKER} {topic_id}")])
        p.record_held(["health"])
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
