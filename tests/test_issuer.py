"""The token issuer on 127.0.0.1 (uvicorn in a thread): enrolment, issuance end to end, one token set per device
per epoch, key rotation, every rejection a 4xx with a reason, and a database that cannot link a token."""

from __future__ import annotations

import hashlib
import http.client
import json
import shutil
import socket
import sqlite3
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from edge.issuer import client
from edge.issuer.errors import IssuerUnavailable, NotEnrolled, RateLimited
from edge.issuer.keys import ISSUING_WINDOW, KeyRing, generate_key
from edge.issuer.server import MAX_BODY, IssuerConfig, RunningIssuer, bind
from edge.privacypass import tokens
from edge.privacypass.auth import from_b64url
from edge.privacypass.tokens import IssuerKey, Token

EPOCH_S = 604800
START = 2_930 * EPOCH_S + 1000.0  # some time inside epoch 2930


@dataclass
class Clock:
    now: float = START

    def __call__(self) -> float:
        return self.now


@dataclass
class Server:
    running: RunningIssuer
    thread: threading.Thread
    clock: Clock
    state: Path

    @property
    def url(self) -> str:
        return self.running.url

    def http(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None):
        host, port = self.url.removeprefix("http://").rsplit(":", 1)
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()


def start(state: Path, clock: Clock, **config: object) -> Server:
    running = bind(IssuerConfig(state, **config), "127.0.0.1", 0, clock)  # type: ignore[arg-type]
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    return Server(running, thread, clock, state)


def stop(server: Server) -> None:
    server.running.stop()
    server.thread.join(timeout=10)
    assert not server.thread.is_alive()


@pytest.fixture(scope="module")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """RSA keys for epochs 2930 and 2931, generated once; each server copies them instead of generating its own."""
    state = tmp_path_factory.mktemp("issuer-keys")
    server = start(state, Clock())
    stop(server)
    return state / "keys"


@pytest.fixture
def server(tmp_path: Path, keys_dir: Path) -> Iterator[Server]:
    state = tmp_path / "issuer"
    state.mkdir(mode=0o700)
    shutil.copytree(keys_dir, state / "keys")
    s = start(state, Clock(), body_deadline_s=0.5)
    yield s
    stop(s)


def device(server: Server, home: Path) -> client.Credential:
    home.mkdir(exist_ok=True)
    return client.enrol(server.url, home)


def challenge(epoch: int) -> tokens.TokenChallenge:
    return tokens.epoch_challenge("issuer.test", "collector.test", epoch)


def test_issuance_end_to_end_and_one_token_per_epoch(server: Server, tmp_path: Path) -> None:
    credential = device(server, tmp_path / "phone")
    published = client.fetch_keys(server.url)
    assert published.current_epoch == 2930 and published.epoch_seconds == EPOCH_S
    assert sorted(published.keys) == [2930, 2931]  # this epoch's key and the next one's, published ahead
    key = published.keys[2930]
    token = client.fetch_token(credential, key, challenge(2930))
    tokens.verify_token(token, key, challenge(2930))
    with pytest.raises(RateLimited, match="1 token\\(s\\) for epoch 2930 already") as refused:
        client.fetch_token(credential, key, challenge(2930))
    assert refused.value.retry_after_s == EPOCH_S - 1000  # seconds until epoch 2931 begins
    # The 429 on the wire: JSON reason, Retry-After until the next epoch.
    request, _ = tokens.begin_issuance(key, challenge(2930))
    status, headers, body = server.http("POST", "/v1/token-request", request.encode(), _headers(credential))
    assert status == 429 and json.loads(body)["ok"] is False and int(headers["retry-after"]) == EPOCH_S - 1000
    # Another device still gets its own token.
    other = device(server, tmp_path / "glasses")
    tokens.verify_token(client.fetch_token(other, key, challenge(2930)), key, challenge(2930))


def _headers(credential: client.Credential, content_type: str = "application/private-token-request") -> dict:
    return {"Content-Type": content_type, "Authorization": credential.authorization()}


def test_reports_per_epoch_and_concurrent_requests(tmp_path: Path, keys_dir: Path) -> None:
    state = tmp_path / "issuer"
    shutil.copytree(keys_dir, state / "keys")
    server = start(state, Clock(), reports_per_epoch=3)
    try:
        credential = device(server, tmp_path / "phone")
        key = client.fetch_keys(server.url).keys[2930]
        results: list[int] = []

        def ask() -> None:
            request, _ = tokens.begin_issuance(key, challenge(2930))
            status, _, _ = server.http("POST", "/v1/token-request", request.encode(), _headers(credential))
            results.append(status)

        threads = [threading.Thread(target=ask) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(results) == [200, 200, 200, 429, 429]  # five at once: exactly three signed
    finally:
        stop(server)


def test_epochs_roll_over_keys_rotate_and_old_counts_are_forgotten(server: Server, tmp_path: Path) -> None:
    credential = device(server, tmp_path / "phone")
    first = client.fetch_keys(server.url)
    client.fetch_token(credential, first.keys[2930], challenge(2930))
    server.clock.now += EPOCH_S  # epoch 2931: a token for it; epoch 2930's key still signs, but not twice
    now = client.fetch_keys(server.url)
    assert now.current_epoch == 2931 and sorted(now.keys) == [2930, 2931, 2932]
    assert now.keys[2931] == first.keys[2931]  # the key published ahead is the one that signs
    token = client.fetch_token(credential, now.keys[2931], challenge(2931))
    tokens.verify_token(token, now.keys[2931], challenge(2931))
    with pytest.raises(RateLimited, match="epoch 2930"):
        client.fetch_token(credential, now.keys[2930], challenge(2930))
    late = device(server, tmp_path / "late")  # a device that seals epoch 2930 after it ended still gets a token
    tokens.verify_token(client.fetch_token(late, now.keys[2930], challenge(2930)), now.keys[2930], challenge(2930))

    server.clock.now += (ISSUING_WINDOW + 1) * EPOCH_S  # epoch 2934: 2930 and 2931 can no longer be signed for
    later = client.fetch_keys(server.url)
    assert sorted(later.keys) == [2932, 2934, 2935]  # the clock jumped over 2933: never next, it got no key
    assert sorted(p.name for p in (server.state / "keys").iterdir()) == [f"epoch-{e}.pem" for e in (2932, 2934, 2935)]
    request, _ = tokens.begin_issuance(now.keys[2931], challenge(2931))
    status, _, body = server.http("POST", "/v1/token-request", request.encode(), _headers(credential))
    assert status == 422 and "no current epoch" in json.loads(body)["error"]
    with sqlite3.connect(server.state / "issuer.db") as db:
        assert db.execute("SELECT COUNT(*) FROM issued WHERE epoch < 2932").fetchone() == (0,)
    ids = [k.truncated_token_key_id for k in later.keys.values()]
    assert len(set(ids)) == len(ids)  # one byte names exactly one key


def test_unknown_devices_get_401(server: Server, tmp_path: Path) -> None:
    credential = device(server, tmp_path / "phone")
    key = client.fetch_keys(server.url).keys[2930]
    forged = client.Credential(credential.issuer, credential.device_id, "00" * 32)
    with pytest.raises(NotEnrolled, match="unknown device"):
        client.fetch_token(forged, key, challenge(2930))
    stranger = client.Credential(credential.issuer, "f" * 32, credential.secret)
    with pytest.raises(NotEnrolled):
        client.fetch_token(stranger, key, challenge(2930))
    request, _ = tokens.begin_issuance(key, challenge(2930))
    for auth in ("", "Bearer", f"Basic {credential.device_id}.{credential.secret}", f"Bearer {credential.device_id}"):
        headers = {"Content-Type": "application/private-token-request", "Authorization": auth}
        status, answer_headers, body = server.http("POST", "/v1/token-request", request.encode(), headers)
        assert status == 401 and answer_headers["www-authenticate"].startswith("Bearer")
        assert "edge issuer enrol" in json.loads(body)["error"]
    # None of these used up the real device's token.
    tokens.verify_token(client.fetch_token(credential, key, challenge(2930)), key, challenge(2930))


def test_bad_requests_get_4xx_with_a_reason(server: Server, tmp_path: Path) -> None:
    credential = device(server, tmp_path / "phone")
    key = client.fetch_keys(server.url).keys[2930]
    request, _ = tokens.begin_issuance(key, challenge(2930))
    good = request.encode()
    other_id = next(i for i in range(256) if i not in {k.truncated_token_key_id for k in _published(server)})
    cases = [
        ("POST", "/v1/token-request", good, _headers(credential, "application/json"), 415, "Content-Type"),
        ("POST", "/v1/token-request", good[:-1], _headers(credential), 422, "259 bytes"),
        ("POST", "/v1/token-request", b"\x00\x01" + good[2:], _headers(credential), 422, "0x0001"),
        (
            "POST",
            "/v1/token-request",
            good[:2] + bytes([other_id]) + good[3:],
            _headers(credential),
            422,
            "GET /v1/keys",
        ),
        ("POST", "/v1/token-request", bytes(MAX_BODY + 1), _headers(credential), 413, "limit"),
        ("GET", "/v1/token-request", None, {}, 405, "not allowed"),
        ("GET", "/v1/tokens", None, {}, 404, "unknown path"),
    ]
    for method, path, body, headers, want, reason in cases:
        status, _, answer = server.http(method, path, body, headers)
        assert (status, reason in json.loads(answer)["error"]) == (want, True), (path, status, answer)
    # Malformed requests cost the device nothing: its one token is still there.
    tokens.verify_token(client.fetch_token(credential, key, challenge(2930)), key, challenge(2930))


def _published(server: Server) -> list[IssuerKey]:
    return list(client.fetch_keys(server.url).keys.values())


def test_slow_and_oversized_requests_are_cut_off(tmp_path: Path, keys_dir: Path) -> None:
    """On the raw socket: a body that does not come, a chunked or oversized body, a client that says nothing."""
    shutil.copytree(keys_dir, tmp_path / "issuer" / "keys")
    server = start(tmp_path / "issuer", Clock(), body_deadline_s=0.2, connection_deadline_s=1.2)
    host, port = server.url.removeprefix("http://").rsplit(":", 1)

    def raw(request: bytes) -> bytes:
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(request)
            chunks = []
            while chunk := sock.recv(4096):  # until the server closes the connection
                chunks.append(chunk)
            return b"".join(chunks)

    try:
        slow = raw(b"POST /v1/token-request HTTP/1.1\r\nHost: x\r\nContent-Length: 259\r\n\r\n" + bytes(10))
        assert slow.startswith(b"HTTP/1.1 408") and b"body not received within 0.2 s" in slow
        chunked = raw(b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        assert chunked.startswith(b"HTTP/1.1 411") and b"Content-Length" in chunked
        oversized = raw(b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n")
        assert oversized.startswith(b"HTTP/1.1 413") and b"1024-byte limit" in oversized
        unfinished = raw(b"GET /v1/hea")  # an unfinished request head: cut off at the connection deadline
        assert unfinished.startswith(b"HTTP/1.1 408") and b"not received within 1.2 s" in unfinished
    finally:
        stop(server)


def test_issuer_state_cannot_link_a_token(server: Server, tmp_path: Path) -> None:
    """Everything the issuer stores, byte for byte, holds no token value, nonce, blinded message or signature,
    nor their SHA-256 (nor the device secret in the clear)."""
    credential = device(server, tmp_path / "phone")
    key = client.fetch_keys(server.url).keys[2930]
    request, pending = tokens.begin_issuance(key, challenge(2930))
    status, _, response = server.http("POST", "/v1/token-request", request.encode(), _headers(credential))
    assert status == 200
    token = tokens.finish_issuance(key, pending, tokens.TokenResponse.decode(response))
    tokens.verify_token(Token.decode(token.encode()), key, challenge(2930))
    values = [token.encode(), token.nonce, token.authenticator, request.blinded_msg, response, pending.token_input]
    needles = [s for v in values for s in (v, hashlib.sha256(v).digest())]
    needles += [credential.secret.encode(), bytes.fromhex(credential.secret)]  # its SHA-256 is stored, by design
    needles += [n.hex().encode() for n in needles]
    stored = b"".join(p.read_bytes() for p in server.state.rglob("*") if p.is_file())
    assert stored and not [n for n in needles if n in stored]
    with sqlite3.connect(server.state / "issuer.db") as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"devices", "issued"}
        assert db.execute("SELECT epoch, tokens FROM issued").fetchall() == [(2930, 1)]


def test_files_are_private(server: Server, tmp_path: Path) -> None:
    device(server, tmp_path / "phone")

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(client.credential_path(tmp_path / "phone")) == 0o600
    assert mode(server.state / "keys") == 0o700 and mode(server.state / "issuer.db") == 0o600
    assert {mode(p) for p in (server.state / "keys").iterdir()} == {0o600}


def test_directory_and_keys_documents(server: Server) -> None:
    status, headers, body = server.http("GET", "/v1/keys")
    doc = json.loads(body)
    assert status == 200 and doc["current_epoch"] == 2930 and doc["token_type"] == 2
    assert {e: v["issuing"] for e, v in doc["keys"].items()} == {"2930": True, "2931": False}
    status, headers, body = server.http("GET", "/.well-known/private-token-issuer-directory")
    assert status == 200 and headers["content-type"] == "application/private-token-issuer-directory"
    directory = json.loads(body)
    keys = client.fetch_keys(server.url).keys
    first, second = directory["token-keys"]  # the key to use now first; the next one with its not-before
    assert first["token-type"] == second["token-type"] == 2
    assert IssuerKey.from_spki(from_b64url(first["token-key"], "token-key")) == keys[2930]
    assert IssuerKey.from_spki(from_b64url(second["token-key"], "token-key")) == keys[2931]
    assert second["not-before"] == 2931 * EPOCH_S and "not-before" not in first


def test_offline_issuer_is_a_transient_error(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connections are refused
        with pytest.raises(IssuerUnavailable, match="cannot reach"):
            client.enrol(f"http://127.0.0.1:{port}", tmp_path)
    assert not client.credential_path(tmp_path).exists()


def test_a_new_key_never_reuses_the_truncated_id_of_a_key_that_just_expired(tmp_path: Path) -> None:
    """The generator first offers a key with the expiring key's truncated ID: the ring must refuse it, or a late
    request blinded for the expired key would be signed (uselessly) by the new one and use up the device's count."""
    ring = KeyRing(tmp_path / "keys")
    ring.rotate(10)  # keys for epochs 10 and 11
    expiring = ring.keys[10]
    offered = [expiring.private_key]
    ring.generate = lambda: offered.pop() if offered else generate_key()
    ring.rotate(10 + ISSUING_WINDOW + 1)  # epoch 10 can no longer sign; two new keys are made
    assert not offered, "the generator was asked for a key"
    assert 10 not in ring.keys and sorted(ring.keys) == [11, 13, 14]
    ids = [k.public.truncated_token_key_id for k in ring.keys.values()]
    assert expiring.public.truncated_token_key_id not in ids and len(set(ids)) == len(ids)
    assert ring.signing_key(13, expiring.public.truncated_token_key_id) is None
