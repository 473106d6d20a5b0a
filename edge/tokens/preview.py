"""`edge demo`'s last step: show what the device would send for the topics the demo recorded.

A preview only: the uploads are made by the real anonymizer with the published default parameters, but neither
queued nor sent, and no epoch is claimed (nothing leaves this screen). `edge sync --flush` makes the real ones.
"""

from __future__ import annotations

import json

from edge.tokens import accounting
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.params import known_parameters
from edge.tokens.profile import InterestProfile


def show(as_json: bool = False) -> int:
    params = known_parameters()
    with InterestProfile.open(epoch_seconds=params.epoch_seconds) as profile:
        epoch = profile.current_epoch()
        top = profile.top(epoch)
        uploads = Anonymizer(profile.domain, params).uploads(epoch, profile.counts(epoch), profile.blocked_ids())
        eps = accounting.local_epsilon(params.epsilon, params.p_replace, profile.domain.size)
    bodies = [u.encode() for u in uploads]
    if as_json:
        print(
            json.dumps(
                {
                    "type": "upload_preview",
                    "profile": [{"id": t.id, "label": t.label, "count": t.count} for t in top],
                    "uploads": [json.loads(b) for b in bodies],
                    "bytes": [len(b) for b in bodies],
                }
            )
        )
        return 0
    print("\non-device interest profile (never leaves the device):")
    for t in top:
        print(f"  {t.count:>4}  {t.label} ({t.id})")
    if not top:
        print("  (no topics recorded)")
    print(f"\nwhat would leave the device for epoch {epoch} (preview, not sent):")
    for body in bodies:
        print(f"  {body.decode()}  ({len(body)} bytes)")
    print(
        f"  one report: a topic drawn from the top {params.candidates}, swapped at random with p={params.p_replace:g}, "
        f"then randomized bit by bit (OUE, local epsilon {eps:.2f}); it travels encapsulated through a relay"
    )
    return 0
