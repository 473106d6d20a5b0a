"""`edge demo`'s last step: show what the device would send for the topics the demo recorded.

A preview only: the batch is made by the real anonymizer but neither queued nor sent, and no privacy budget
is spent (it never leaves this screen). `edge sync --flush` makes and sends the real one.
"""

from __future__ import annotations

import json

from edge.tokens import Anonymizer, InterestProfile


def show(as_json: bool = False) -> int:
    with InterestProfile.open() as profile:
        epoch = profile.current_epoch()
        top = profile.top(epoch)
        batch = Anonymizer(profile.domain, profile.config).batch(epoch, profile.counts(epoch), profile.blocked_ids())
    body = batch.encode()
    if as_json:
        print(
            json.dumps(
                {
                    "type": "token_batch_preview",
                    "profile": [{"id": t.id, "label": t.label, "count": t.count} for t in top],
                    "batch": json.loads(body),
                    "bytes": len(body),
                }
            )
        )
        return 0
    print("\non-device interest profile (never leaves the device):")
    for t in top:
        print(f"  {t.count:>4}  {t.label} ({t.id})")
    if not top:
        print("  (no topics recorded)")
    print(f"\nwhat would leave the device at the end of epoch {epoch} ({len(body)} bytes, preview: not sent):")
    print(f"  {body.decode()}")
    print(
        "  every report is a randomized bit vector over all allowed topics (epsilon "
        f"{profile.config.epsilon:g} each); `edge sync --flush --endpoint URL` sends the real batch"
    )
    return 0
