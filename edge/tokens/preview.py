"""`edge demo`'s last step: show what the device would send for the topics the demo recorded.

A preview only: the uploads are made by the real anonymizer with the published default parameters, but neither
queued nor sent, and no epoch is claimed (nothing leaves this screen). `edge sync --flush` makes the real ones.
The text shows the upload decoded (`edge.owner.decode`): what its bits say and what they cannot say.
"""

from __future__ import annotations

import json

from edge.owner import text
from edge.owner.decode import day, decode
from edge.owner.view import describe_topic
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.params import known_parameters
from edge.tokens.profile import InterestProfile
from edge.topics.taxonomy import Taxonomy


def show(as_json: bool = False) -> int:
    params = known_parameters()
    taxonomy = Taxonomy.load()
    with InterestProfile.open(epoch_seconds=params.epoch_seconds) as profile:
        epoch = profile.current_epoch()
        top = profile.top(epoch)
        held = profile.held(epoch)
        uploads = Anonymizer(profile.domain, params).uploads(epoch, profile.counts(epoch), profile.blocked_ids())
        domain = profile.domain
    bodies = [u.encode() for u in uploads]
    decoded = [decode(b, domain, taxonomy, params.epoch_seconds) for b in bodies]
    if as_json:
        print(
            json.dumps(
                {
                    "type": "upload_preview",
                    "profile": [{"id": t.id, "label": t.label, "count": t.count} for t in top],
                    "held_back": held,
                    "uploads": [json.loads(b) for b in bodies],
                    "bytes": [len(b) for b in bodies],
                    "decoded": [{k: v for k, v in d.to_json().items() if k != "upload"} for d in decoded],
                }
            )
        )
        return 0
    epoch_info = {
        "current": epoch,
        "from": day(epoch, params.epoch_seconds),
        "to": day(epoch + 1, params.epoch_seconds),
        "length_days": params.epoch_seconds / 86400,
    }
    topics = [{**describe_topic(taxonomy, t.id, t.label), "count": t.count} for t in top]
    lines = ["", "on-device interest profile (never leaves the device)", *text.epoch_lines(epoch_info)]
    lines += text.topic_tables(topics) + [text.held_line(held), ""]
    lines.append(f"what would leave the device for epoch {epoch} (preview, not sent; nothing is queued):")
    for d, body in zip(decoded, bodies):
        lines += text.upload_lines(d.to_json())
        lines += text.wrapped(
            f"the upload: {len(body)} bytes of JSON holding the schema, the collector's parameters, the epoch, "
            "a random report id and these bits (`edge demo --json` shows it verbatim); it travels encapsulated "
            "through a relay, so the collector never sees the device's address"
        )
    print("\n".join(lines))
    return 0
