"""The on-device interest profile: per epoch, how often each allowed topic came up. Topic ids and counts only.

Epoch number = floor(unix_time / epoch length), the length the collector publishes (7 days by default):
coarse on purpose, the finest time the profile or an upload ever holds. Beside the topics, the profile counts
per epoch how many utterances the privacy gate held back, per sensitive category (counts only, for the owner).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from edge.errors import PrivacyError, UsageError
from edge.tokens import store
from edge.tokens.domain import TokenDomain
from edge.tokens.params import known_parameters
from edge.types import Topic

_DDL = (
    """CREATE TABLE IF NOT EXISTS counts (
        epoch INTEGER NOT NULL, topic_id TEXT NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (epoch, topic_id)) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS blocked (topic_id TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS held (
        epoch INTEGER NOT NULL, category TEXT NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (epoch, category)) WITHOUT ROWID""",
    "DROP TABLE IF EXISTS budget",  # edge 0.1's ledger; the sent ledger lives in its own file now
)


@dataclass(frozen=True)
class TopicCount:
    id: str
    label: str
    count: int


class InterestProfile:
    """Counts of allowed topics per epoch in the owner-only token store; refuses sensitive or unknown ids."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        domain: TokenDomain,
        epoch_seconds: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.conn = conn
        self.path = path
        self.domain = domain
        self.epoch_seconds = int(epoch_seconds)
        self.clock = clock
        with store.transaction(conn):
            for ddl in _DDL:
                conn.execute(ddl)

    @classmethod
    def open(
        cls,
        home: Path | None = None,
        *,
        epoch_seconds: int | None = None,
        clock: Callable[[], float] = time.time,
        domain: TokenDomain | None = None,
    ) -> InterestProfile:
        """The profile under `home` (edge_home() by default), epochs as long as the collector last said."""
        path = store.db_path(home)
        if epoch_seconds is None:
            epoch_seconds = known_parameters(path.parent).epoch_seconds
        domain = domain if domain is not None else TokenDomain.load()
        return cls(store.connect(path), path, domain, epoch_seconds, clock)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> InterestProfile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- epochs -----------------------------------------------------------------------------------

    def epoch_of(self, unix_time: float) -> int:
        return int(unix_time // self.epoch_seconds)

    def current_epoch(self) -> int:
        return self.epoch_of(self.clock())

    def epochs(self) -> list[int]:
        """Epochs that hold counts, oldest first."""
        return [int(e) for (e,) in store.read(self.conn, "SELECT DISTINCT epoch FROM counts ORDER BY epoch")]

    # --- recording --------------------------------------------------------------------------------

    def record(self, topics: Iterable[Topic]) -> int:
        """Count each topic of one allowed utterance once in the current epoch; returns how many were counted.

        Raises PrivacyError (and records nothing of the call) when any id is sensitive or unknown: the gate
        should have stopped that utterance, so the whole utterance is treated as blocked. Blocked topics are
        skipped. (Counts of an epoch already reported are dropped when the device next seals its uploads.)
        """
        ids = list(dict.fromkeys(t.id for t in topics))
        for topic_id in ids:
            if topic_id not in self.domain:
                raise PrivacyError(
                    f"refused to record topic id {str(topic_id)[:16]!r}: not an allowed "
                    "(non-sensitive) taxonomy id; nothing of this utterance was recorded"
                )
        epoch = self.current_epoch()
        with store.transaction(self.conn):
            blocked = self._blocked()
            counted = [i for i in ids if i not in blocked]
            self.conn.executemany(
                "INSERT INTO counts (epoch, topic_id, count) VALUES (?, ?, 1) "
                "ON CONFLICT (epoch, topic_id) DO UPDATE SET count = count + 1",
                [(epoch, i) for i in counted],
            )
        return len(counted)

    def record_held(self, categories: Iterable[str]) -> None:
        """Count one utterance the privacy gate held back, under each of its sensitive categories (no text)."""
        names = list(dict.fromkeys(str(c)[:40] for c in categories)) or ["unspecified"]
        epoch = self.current_epoch()
        with store.transaction(self.conn):
            self.conn.executemany(
                "INSERT INTO held (epoch, category, count) VALUES (?, ?, 1) "
                "ON CONFLICT (epoch, category) DO UPDATE SET count = count + 1",
                [(epoch, c) for c in names],
            )

    def held(self, epoch: int | None = None) -> dict[str, int]:
        """Utterances held back as sensitive in an epoch (the current one by default), per category."""
        epoch = self.current_epoch() if epoch is None else epoch
        rows = store.read(self.conn, "SELECT category, count FROM held WHERE epoch = ? ORDER BY category", (epoch,))
        return {str(c): int(n) for c, n in rows}

    def counts(self, epoch: int | None = None) -> dict[str, int]:
        epoch = self.current_epoch() if epoch is None else epoch
        rows = store.read(self.conn, "SELECT topic_id, count FROM counts WHERE epoch = ?", (epoch,))
        return {str(i): int(c) for i, c in rows}

    def top(self, epoch: int | None = None, n: int | None = None) -> list[TopicCount]:
        """Counted topics, most frequent first (ties by taxonomy order)."""
        counts = self.counts(epoch)
        ranked = sorted(
            counts.items(), key=lambda kv: (-kv[1], self.domain.index(kv[0]) if kv[0] in self.domain else 0)
        )
        return [TopicCount(i, self.domain.label(i) if i in self.domain else i, c) for i, c in ranked[:n]]

    def drop_epoch(self, epoch: int) -> None:
        """Forget an epoch's counts (done in the transaction that seals its uploads)."""
        with store.transaction(self.conn):
            self.conn.execute("DELETE FROM counts WHERE epoch = ?", (epoch,))

    # --- owner's block list -----------------------------------------------------------------------

    def _blocked(self) -> frozenset[str]:
        return frozenset(str(i) for (i,) in store.read(self.conn, "SELECT topic_id FROM blocked"))

    def blocked(self) -> list[TopicCount]:
        return [
            TopicCount(i, self.domain.label(i) if i in self.domain else i, 0)
            for i in sorted(self._blocked(), key=lambda i: self.domain.index(i) if i in self.domain else 0)
        ]

    def blocked_ids(self) -> frozenset[str]:
        return self._blocked()

    def resolve(self, topic: str) -> str:
        """A topic id from an id, a label or a path ("Sports > Baseball"), case-insensitive; UsageError if none."""
        wanted = topic.strip()
        if wanted in self.domain:
            return wanted
        from edge.topics.taxonomy import Taxonomy

        taxonomy = Taxonomy.load()
        folded = wanted.casefold()
        matches = [n for n in taxonomy.nodes if folded in (n.id.casefold(), n.label.casefold(), n.path.casefold())]
        if not matches:
            raise UsageError(f"unknown topic {wanted[:60]!r}; use a taxonomy id or label as shown by `edge profile`")
        if len(matches) > 1:
            raise UsageError(
                f"{wanted[:60]!r} names {len(matches)} topics; use its id or full path instead: "
                + ", ".join(f"{n.id} ({n.path})" for n in matches[:5])
            )
        node = matches[0]
        if node.sensitive:
            raise UsageError(f"{node.label!r} is a sensitive topic: it is never recorded or sent, nothing to block")
        return node.id

    def block(self, topic: str) -> str:
        """Never record or send `topic` again, and delete its stored counts; returns its id."""
        topic_id = self.resolve(topic)
        with store.transaction(self.conn):
            self.conn.execute("INSERT OR IGNORE INTO blocked (topic_id) VALUES (?)", (topic_id,))
            self.conn.execute("DELETE FROM counts WHERE topic_id = ?", (topic_id,))
        return topic_id

    def unblock(self, topic: str) -> str:
        topic_id = self.resolve(topic)
        with store.transaction(self.conn):
            self.conn.execute("DELETE FROM blocked WHERE topic_id = ?", (topic_id,))
        return topic_id
