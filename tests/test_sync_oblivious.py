"""End to end through a real relay and collector: who sees what on each hop, and what the collector stores."""

from __future__ import annotations

import json
import re

import pytest

from edge.sync.client import sync
from edge.tokens import InterestProfile
from edge.tokens.wire import INNER_REQUEST_SIZE
from tests.tokenpath import DOMAIN, quick_settings, token_stack, topics

pytestmark = pytest.mark.usefixtures("one_epoch")  # the real clock: run inside one epoch (conftest)


def record(home, *indices: int) -> None:
    with InterestProfile.open(home) as profile:
        profile.record(topics(*indices))


def requests_of(data: bytes) -> list[tuple[bytes, bytes]]:
    """(head, body) of each HTTP/1.1 request in a client->server byte stream."""
    out = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        match = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        length = int(match.group(1)) if match else 0
        out.append((head, rest[:length]))
        data = rest[length:]
    return out


def test_several_devices_sync_through_the_relay_and_each_hop_sees_only_its_share(tmp_path):
    with token_stack(tmp_path, tap=True) as stack:
        homes = [tmp_path / f"device-{n}" for n in range(4)]
        for n, home in enumerate(homes):
            record(home, n, n + 10, n + 20)
            result = sync(
                home, settings=quick_settings(stack.collector_url, stack.relay_url), flush=True, no_delay=True
            )
            assert (result.status, result.sent, result.queued, result.rejected) == ("ok", 1, 0, 0)
        epoch = stack.collector.current_epoch()
        assert stack.storage.count(epoch) == 4

        device_hop, relay_hop = stack.device_hop, stack.relay_hop
        assert device_hop is not None and relay_hop is not None
        # Device -> relay: per device one key fetch and two messages (config, upload), each on its own connection.
        device_posts = [r for c in device_hop.connections for r in requests_of(c.upstream) if r[0].startswith(b"POST")]
        assert len(device_posts) == 8
        assert all(len(requests_of(c.upstream)) == 1 for c in device_hop.connections)  # no connection reuse
        sizes = {len(body) for _, body in device_posts}
        assert sizes == {INNER_REQUEST_SIZE + 55}  # a config fetch and an upload look the same: 1,079 bytes
        everything_device_sent = b"".join(c.upstream for c in device_hop.connections)
        for marker in (b"report_id", b"edge.tokens", b"/v1/reports", b"/v1/config", b"oue", b"epoch"):
            assert marker not in everything_device_sent
        for head, _ in device_posts:
            names = {line.split(b":")[0].lower() for line in head.split(b"\r\n")[1:]}
            assert names <= {b"host", b"accept-encoding", b"content-type", b"content-length"}

        # Relay -> collector: the same ciphertext, and nothing that tells who sent it, on connections the relay
        # keeps open (they carry every device's requests alike).
        relay_posts = [r for c in relay_hop.connections for r in requests_of(c.upstream) if r[0].startswith(b"POST")]
        assert sorted(body for _, body in relay_posts) == sorted(body for _, body in device_posts)
        assert len(relay_hop.connections) < len(relay_posts)
        for head, _ in relay_posts:
            lowered = head.lower()
            for header in (b"forwarded", b"x-forwarded", b"via:", b"x-real-ip", b"user-agent", b"cookie"):
                assert header not in lowered

        # The collector's store holds reports, nothing about senders.
        aggregate = stack.collector.aggregate(epoch)
        assert aggregate["released"] and aggregate["reports"] == 4


def test_the_relay_forwards_nothing_but_the_gateway(tmp_path):
    import http.client

    with token_stack(tmp_path) as stack:
        port = int(stack.relay_url.rsplit(":", 1)[1])
        for method, path in (("GET", "/v1/config"), ("GET", "/v1/aggregate?epoch=1"), ("POST", "/v1/reports")):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request(method, path, body=b"{}" if method == "POST" else None)
            response = conn.getresponse()
            assert response.status == 404 and b"forwards only" in response.read()
            conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("POST", "/.well-known/ohttp-gateway", body=b"x" * 100, headers={"Content-Type": "text/plain"})
        assert conn.getresponse().status == 415
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request(
            "POST", "/.well-known/ohttp-gateway", body=b"x" * 9000, headers={"Content-Type": "message/ohttp-req"}
        )
        assert conn.getresponse().status == 413
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request(
            "POST", "/.well-known/ohttp-gateway", body=b"\x01" * 200, headers={"Content-Type": "message/ohttp-req"}
        )
        response = conn.getresponse()
        assert response.status == 400  # the gateway could not open it; nothing stored
        conn.close()
        assert stack.storage.epochs() == []
        assert stack.storage.rejections().get("decapsulation") == 1


def test_a_changed_gateway_key_stops_every_send_until_accepted(tmp_path, edge_home):
    from edge.errors import SyncError
    from edge.ohttp import GatewayKey

    record(edge_home, 1, 2)
    with token_stack(tmp_path / "a", key_cache_s=0) as stack:
        settings = quick_settings(stack.collector_url, stack.relay_url)
        assert sync(settings=settings).status == "ok"  # pins the key, seals nothing yet (epoch not over)
        stack.collector.use_key(GatewayKey.generate(key_id=2))  # the operator (or a relay in the middle) swaps it
        with pytest.raises(SyncError, match="key changed.*accept-new-key"):
            sync(settings=settings, flush=True, no_delay=True)
        with InterestProfile.open(edge_home) as profile:
            assert profile.epochs() != []  # nothing was sealed or sent
        result = sync(settings=settings, flush=True, no_delay=True, accept_new_key=True)
        assert result.sent == 1


def test_offline_relay_is_normal_and_seals_nothing(tmp_path, edge_home):
    record(edge_home, 1)
    result = sync(settings=quick_settings("http://127.0.0.1:9", "http://127.0.0.1:9"), flush=True, no_delay=True)
    assert result.status == "offline" and result.sealed_epochs == [] and result.queued == 0
    with InterestProfile.open(edge_home) as profile:
        assert profile.epochs() != []  # the counts wait for the collector's clock


def test_config_fetch_through_the_relay_gives_the_collector_parameters(tmp_path, edge_home):
    from edge.tokens.params import known_parameters

    with token_stack(tmp_path) as stack:
        sync(settings=quick_settings(stack.collector_url, stack.relay_url))
        assert known_parameters(edge_home) == stack.collector.params
        mode = (edge_home / "parameters.json").stat().st_mode & 0o777
        assert mode == 0o600
        assert json.loads((edge_home / "gateway-keys.json").read_text())  # the pin
    assert DOMAIN.size == 299
