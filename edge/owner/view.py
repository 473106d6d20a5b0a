"""Everything the owner can see of the device's token state, as plain data: `edge profile` and the owner page.

Read from the token store (profile, outbox, sent log), the sent ledger and the cached parameters; nothing is
changed (opening the store creates an empty one where there is none, as `edge profile` always has). Topics carry their tier and tier-1 parent; uploads are decoded (`edge.owner.decode`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edge.owner.decode import day, decode

if TYPE_CHECKING:
    from edge.topics.taxonomy import Taxonomy


def summary(home: Path | None = None, *, clock: Callable[[], float] = time.time) -> dict[str, Any]:
    """What `edge profile --json` prints and the owner page shows."""
    from edge.tokens.ledger import SentLedger
    from edge.tokens.outbox import Outbox
    from edge.tokens.params import known_parameters
    from edge.tokens.profile import InterestProfile
    from edge.tokens.seal import epoch_epsilon
    from edge.topics.taxonomy import Taxonomy

    params = known_parameters(home)
    length = params.epoch_seconds
    taxonomy = Taxonomy.load()

    with InterestProfile.open(home, epoch_seconds=length, clock=clock) as profile, SentLedger.open(home) as ledger:
        epoch = profile.current_epoch()
        outbox = Outbox(profile.conn)
        blocked = profile.blocked_ids()
        top = profile.top(epoch)
        candidates = [t for t in top if t.id not in blocked][: params.candidates]
        reported = ledger.covers(epoch, length)
        entries = ledger.entries()

        def decoded(body: bytes) -> dict[str, Any]:
            return decode(body, profile.domain, taxonomy, length).to_json()

        start, end = epoch * length, (epoch + 1) * length
        return {
            "store": str(profile.path),
            "epoch": {
                "current": epoch,
                "from": day(epoch, length),
                "to": day(epoch + 1, length),
                "length_days": round(length / 86400, 4),
                "day": int((clock() - start) // 86400) + 1,
                "reported": reported,
            },
            "topics": [{**describe_topic(taxonomy, t.id, t.label), "count": t.count} for t in top],
            "held_back": profile.held(epoch),
            "next_upload": {
                "epoch": epoch + 1 if reported else epoch,
                "candidates": [t.label for t in candidates],
                "reports": params.reports_per_epoch,
                "epsilon": params.epsilon,
                "p_replace": params.p_replace,
                "bits": profile.domain.size,
                "note": f"{params.reports_per_epoch} report(s), each a topic drawn from the top "
                f"{params.candidates}, swapped for a random one with probability p_replace, then sent only as a "
                f"randomized {profile.domain.size}-bit vector through an Oblivious HTTP relay",
            },
            "earlier_epochs": [{"epoch": e, "topics": len(profile.counts(e))} for e in profile.epochs() if e < epoch],
            "blocked": [describe_topic(taxonomy, t.id, t.label) for t in profile.blocked()],
            "reported": [
                {
                    "epoch": s.epoch,
                    "from": day(s.epoch, s.epoch_seconds),
                    "to": day(s.epoch + 1, s.epoch_seconds),
                    "reports": s.reports,
                    "epsilon": s.epsilon,
                }
                for s in entries
            ],
            "budget": {
                "this_epoch": sum(
                    s.epsilon
                    for s in entries
                    if s.epoch * s.epoch_seconds < end and start < (s.epoch + 1) * s.epoch_seconds
                ),
                "total": sum(s.epsilon for s in entries),
                "per_epoch": epoch_epsilon(params, profile.domain.size),
                "epochs_reported": len(entries),
            },
            "parameters": params.to_json(),
            "outbox": {
                "queued": len(outbox),
                "dropped": outbox.dropped(),
                "rejected": [{"epoch": q.epoch, "reason": q.rejected} for q in outbox.rejected()],
                "uploads": [decoded(q.body) for q in outbox.pending()],
            },
            "sent": [decoded(q.body) for q in outbox.sent()],
        }


def describe_topic(taxonomy: Taxonomy, topic_id: str, label: str) -> dict[str, Any]:
    """A topic with its tier and tier-1 parent (None where the taxonomy does not know the id)."""
    node = taxonomy.get(topic_id)
    return {
        "id": topic_id,
        "label": label,
        "tier": node.tier if node is not None else None,
        "tier1": node.tier1 if node is not None else None,
    }
