"""The owner's controls: block or unblock a topic, forget everything. `edge profile block|unblock`, `edge forget`
and the owner page all call these."""

from __future__ import annotations

from pathlib import Path

from edge.errors import SyncError


def block(topic: str, home: Path | None = None) -> tuple[str, str]:
    """Never record or send `topic` (an id, label or path) again and delete its counts; (id, label)."""
    from edge.tokens.profile import InterestProfile

    with InterestProfile.open(home) as profile:
        topic_id = profile.block(topic)
        return topic_id, profile.domain.label(topic_id)


def unblock(topic: str, home: Path | None = None) -> tuple[str, str]:
    """Record `topic` again; (id, label)."""
    from edge.tokens.profile import InterestProfile

    with InterestProfile.open(home) as profile:
        topic_id = profile.unblock(topic)
        return topic_id, profile.domain.label(topic_id)


def forget(home: Path | None = None) -> list[Path]:
    """Delete the token store (profile, held-back counts, outbox, sent log) with its WAL files; what was deleted.

    The sent ledger stays: it holds only which epochs were reported, and deleting it would let a device report
    an epoch twice.
    """
    from edge.tokens.store import db_path

    path = db_path(home)
    deleted = []
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            p.unlink()
            deleted.append(p)
        except FileNotFoundError:
            pass
        except OSError as err:
            raise SyncError(
                f"could not delete {p} ({err.strerror}); close other edge processes and try again"
            ) from None
    return deleted
