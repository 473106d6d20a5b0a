"""Egress audit: every byte a device sends, on the wire to the relay and as the collector opens it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_sync_oblivious import requests_of

from edge.collector.service import Blocking
from edge.ohttp import Request, Response
from edge.sync.client import sync
from edge.tokens import InterestProfile
from edge.tokens.upload import FIELDS
from edge.types import Topic
from tests.conftest import SAMPLE_LINES
from tests.tokenpath import DOMAIN, Stack, quick_settings, token_stack


def conversation_topics() -> list[list[Topic]]:
    """What the real topic classifier finds in each line of the bundled sample conversation (allowed ids only)."""
    from edge.pipeline import TextAnalyzer

    analyzer = TextAnalyzer.load(
        gate=False
    )  # the gate is not what this test is about; the profile refuses sensitive ids
    per_line = [[t for t in analyzer.analyze(line).topics if t.id in DOMAIN] for line in SAMPLE_LINES]
    assert any(per_line), "the sample conversation should yield some topics to send"
    return per_line


def opened(stack: Stack) -> list[Request]:
    """Record every request the collector decapsulates (the collector's own view), answering as before."""
    seen: list[Request] = []
    handle = stack.collector.handle_inner_async

    async def recording(request: Request, blocking: Blocking) -> Response:
        seen.append(request)
        return await handle(request, blocking)

    stack.collector.handle_inner_async = recording  # type: ignore[method-assign]
    return seen


def sync_now(home: Path, stack: Stack) -> None:
    result = sync(home, settings=quick_settings(stack.collector_url, stack.relay_url), flush=True, no_delay=True)
    assert (result.status, result.sent) == ("ok", 1)


def test_no_transcript_word_topic_or_extra_field_leaves_the_device(tmp_path, edge_home):
    words = {w.lower() for line in SAMPLE_LINES for w in re.findall(r"[A-Za-z']+", line) if len(w) >= 4}
    with token_stack(tmp_path, tap=True) as stack:
        inner = opened(stack)
        with InterestProfile.open(edge_home) as profile:
            for topics in conversation_topics():
                profile.record(topics)
            recorded = {t.label.lower() for t in profile.top()} | {t.id for t in profile.top() if len(t.id) > 3}
        sync_now(edge_home, stack)

        # What the collector opens: the config fetch and one upload, with nothing but the schema's fields.
        assert [(r.method, r.path) for r in inner] == [("GET", "/v1/config"), ("POST", "/v1/reports")]
        upload = inner[1]
        assert dict(upload.headers) == {"content-type": "application/json"} and upload.trailers == ()
        assert inner[0].headers == () and inner[0].content == b""
        body = json.loads(upload.content)
        assert tuple(body) == FIELDS and re.fullmatch(r"[0-9a-f]{32}", body["report_id"])
        readable = json.dumps({k: v for k, v in body.items() if k != "report"}).lower()
        assert not [w for w in words if re.search(rf"\b{re.escape(w)}\b", readable)]
        assert not [label for label in recorded if re.search(rf"\b{re.escape(label)}\b", readable)]

        # What crosses the device's network: ciphertext of one size, no word, label or field name in clear.
        device_hop = stack.device_hop
        assert device_hop is not None
        sent = b"".join(c.upstream for c in device_hop.connections).lower()
        assert not [w for w in words if len(w) >= 5 and w.encode() in sent]
        assert not [label for label in recorded if len(label) >= 5 and label.encode() in sent]
        for name in FIELDS:
            assert name.encode() not in sent


def test_every_upload_has_the_same_size_whatever_was_recorded(tmp_path):
    n_devices = 4
    with token_stack(tmp_path, tap=True) as stack:
        inner = opened(stack)
        for n in range(n_devices):
            home = tmp_path / f"device{n}"
            with InterestProfile.open(home) as profile:
                if n == 0:  # an epoch whose most frequent topic got blocked
                    profile.record([Topic(DOMAIN.ids[5], "x", "x", 1.0), Topic(DOMAIN.ids[6], "x", "x", 1.0)])
                    profile.record([Topic(DOMAIN.ids[5], "x", "x", 1.0)])
                    profile.block(DOMAIN.ids[5])
                else:
                    for i in range(n * n * 3):  # 3, 12, 27 distinct topics
                        profile.record([Topic(DOMAIN.ids[i], "x", "x", 1.0)])
            sync_now(home, stack)
        device_hop = stack.device_hop
        assert device_hop is not None
        posts = [r for c in device_hop.connections for r in requests_of(c.upstream) if r[0].startswith(b"POST")]
        assert len(posts) == 2 * n_devices and len({len(body) for _, body in posts}) == 1
        uploads = [r.content for r in inner if r.path == "/v1/reports"]
        assert len(uploads) == n_devices and len({len(u) for u in uploads}) == 1
