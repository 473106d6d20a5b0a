"""Anonymous rate-limit tokens on the upload path, on 127.0.0.1: a real issuer, relay and collector, several devices.

Every device enrols, obtains its epoch's token blinded, seals it with its upload and sends it inside the OHTTP
request; forged uploads (no token, another epoch's, another issuer's, a damaged or a reused one) are refused
and change nothing stored; the issuer's records and the collector's share nothing that links an upload to a
device; the relay hops never show a token.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from edge.collector.app import create_app as collector_app
from edge.collector.redemption import Redeemer
from edge.collector.service import Collector
from edge.collector.storage import Storage, open_storage
from edge.errors import SyncError, UsageError
from edge.issuer import client
from edge.issuer.errors import NotEnrolled, RateLimited
from edge.issuer.server import IssuerConfig, RunningIssuer, bind
from edge.ohttp import GatewayKey, Request, encode_request
from edge.privacypass import auth, tokens
from edge.privacypass.tokens import Token
from edge.settings import SyncSettings
from edge.sync.client import sync
from edge.sync.oblivious import ObliviousClient
from edge.sync.relay import create_app as relay_app
from edge.tokens import InterestProfile
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.ledger import SentLedger
from edge.tokens.outbox import Outbox
from edge.tokens.params import Parameters, default_parameters
from edge.tokens.upload import Upload
from edge.tokens.wire import INNER_REQUEST_SIZE, REPORTS_PATH
from edge.web import background
from tests.conftest import REPO
from tests.tokenpath import DOMAIN, Tap, quick_settings, tcp_tap, topics

pytestmark = pytest.mark.usefixtures("one_epoch")  # the real clock: run inside one epoch (conftest)

pytest_plugins = ["tests.postgres"]

EPOCH_S = 604800
E = 2930  # the epoch the tests run in
PARAMS: Parameters = replace(default_parameters(DOMAIN.version), min_reports=1)
ORIGIN = "collector.test"


@dataclass
class Clock:
    """One clock for issuer, collector and devices, so that they agree on the epoch."""

    now: float = E * EPOCH_S + 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Issuer:
    running: RunningIssuer
    thread: threading.Thread
    state: Path

    @property
    def url(self) -> str:
        return self.running.url

    def stop(self) -> None:
        self.running.stop()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()


def start_issuer(state: Path, clock: Clock, port: int = 0) -> Issuer:
    running = bind(IssuerConfig(state, epoch_seconds=EPOCH_S), "127.0.0.1", port, clock)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    return Issuer(running, thread, state)


@dataclass
class World:
    clock: Clock
    issuer: Issuer
    collector: Collector
    storage: Storage
    collector_url: str
    relay_url: str
    db: Path
    device_hop: Tap | None = None
    relay_hop: Tap | None = None
    issuer_hop: Tap | None = None

    def settings(self, issuer: str | None = None) -> SyncSettings:
        return quick_settings(self.collector_url, self.relay_url, issuer=issuer)

    def device_issuer_url(self) -> str:
        return self.issuer_hop.url if self.issuer_hop is not None else self.issuer.url


@contextmanager
def world(tmp_path: Path, clock: Clock | None = None, *, tap: bool = False) -> Iterator[World]:
    """Issuer, collector (SQLite, requiring its tokens) and relay on 127.0.0.1; with `tap`, every hop recorded."""
    clock = clock if clock is not None else Clock()
    issuer = start_issuer(tmp_path / "issuer", clock)
    db = tmp_path / "collector.db"
    storage = open_storage(db)
    redeemer = Redeemer(issuer.url, ORIGIN, EPOCH_S)
    collector = Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN, clock=clock, redeemer=redeemer)
    with ExitStack() as stack:
        stack.callback(storage.close)
        collector_url = stack.enter_context(background(collector_app(collector)))
        relay_hop = stack.enter_context(tcp_tap(collector_url)) if tap else None
        relay_url = stack.enter_context(background(relay_app(relay_hop.url if relay_hop else collector_url)))
        device_hop = stack.enter_context(tcp_tap(relay_url)) if tap else None
        issuer_hop = stack.enter_context(tcp_tap(issuer.url)) if tap else None
        w = World(
            clock,
            issuer,
            collector,
            storage,
            collector_url,
            device_hop.url if device_hop else relay_url,
            db,
            device_hop,
            relay_hop,
            issuer_hop,
        )
        try:
            yield w
        finally:
            w.issuer.stop()  # the one running now (a test may have restarted it)


def record(home: Path, clock: Clock, *indices: int) -> None:
    with InterestProfile.open(home, clock=clock) as profile:
        profile.record(topics(*indices))


def stored(db: Path) -> dict[str, list[tuple]]:
    """Every row the collector keeps about uploads and tokens (the rejection counters apart)."""
    with sqlite3.connect(db) as conn:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in ("reports", "spent_tokens")
        }


def post(w: World, home: Path, upload: Upload, authorization: str | None) -> tuple[int, dict, dict]:
    """A forged upload through the real relay: (status, JSON answer, inner response headers)."""
    oblivious = ObliviousClient(w.collector_url, w.relay_url, home=home)
    headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
    if authorization is not None:
        headers += (("authorization", authorization),)
    response = oblivious.request("POST", REPORTS_PATH, upload.encode(), headers=headers)
    return response.status, json.loads(response.content), dict(response.headers)


def forged_upload(epoch: int) -> Upload:
    """A schema-valid upload, as anyone who reaches the collector could make one."""
    with_counts = {DOMAIN.ids[3]: 2}
    return Anonymizer(DOMAIN, PARAMS).uploads(epoch, with_counts)[0]


def token_for(w: World, credential: client.Credential, key_epoch: int, challenge_epoch: int) -> Token:
    key = client.fetch_keys(w.issuer.url).keys[key_epoch]
    challenge = tokens.epoch_challenge(w.collector.redeemer.issuer, ORIGIN, challenge_epoch)  # type: ignore[union-attr]
    return client.fetch_token(credential, key, challenge)


def forms(value: bytes) -> list[bytes]:
    """A value as raw bytes, hex, base64 and base64url: how it could sit in a file."""
    return [
        value,
        value.hex().encode(),
        base64.b64encode(value).rstrip(b"="),
        base64.urlsafe_b64encode(value).rstrip(b"="),
    ]


def files_bytes(*paths: Path) -> bytes:
    return b"".join(
        p.read_bytes() for path in paths for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file()
    )


# --- devices -----------------------------------------------------------------------------------------------


def test_devices_upload_with_tokens_and_the_issuer_and_collector_records_share_nothing(tmp_path: Path) -> None:
    with world(tmp_path, tap=True) as w:
        homes = [tmp_path / f"device-{n}" for n in range(3)]
        held: list[bytes] = []
        for n, home in enumerate(homes):
            home.mkdir()
            client.enrol(w.device_issuer_url(), home)
            record(home, w.clock, n, n + 10, n + 20)
            settings = replace(w.settings(w.device_issuer_url()), send_spread_s=10 * EPOCH_S)
            sealed = sync(home, settings=settings, flush=True, clock=w.clock)  # sealed with its token, not sent yet
            assert (sealed.sealed_epochs, sealed.sent, sealed.queued) == ([E], 0, 1)
            with InterestProfile.open(home, clock=w.clock) as profile:
                (queued,) = Outbox(profile.conn).pending()
                assert profile.conn.execute("SELECT COUNT(*) FROM epoch_tokens").fetchone() == (0,)  # moved, not kept
            assert queued.token is not None
            held.append(queued.token)
            sent = sync(home, settings=settings, no_delay=True, clock=w.clock)
            assert (sent.status, sent.sent, sent.queued, sent.rejected) == ("ok", 1, 0, 0)

        # The collector stored each upload once and spent each token's nonce for the epoch.
        assert w.storage.count(E) == 3
        nonces = [Token.decode(t).nonce for t in held]
        assert stored(w.db)["spent_tokens"] == sorted((E, n) for n in nonces)
        assert w.storage.rejections() == {}

        # Every device message is 1,079 bytes (a 1,024-byte inner request) though an upload carries its token,
        # and no hop outside the ciphertext shows the token or any part of it.
        assert w.device_hop is not None and w.relay_hop is not None and w.issuer_hop is not None
        device_bytes = b"".join(c.upstream for c in w.device_hop.connections)
        relay_bytes = b"".join(c.upstream + c.downstream for c in w.relay_hop.connections)
        bodies = [
            c.upstream.partition(b"\r\n\r\n")[2] for c in w.device_hop.connections if c.upstream.startswith(b"POST")
        ]
        assert len(bodies) == 3 * 3 and {len(b) for b in bodies} == {INNER_REQUEST_SIZE + 55}
        for token in held:
            parsed = Token.decode(token)
            for secret in (token, parsed.nonce, parsed.authenticator, auth.authorization(parsed).encode()):
                for form in forms(secret):
                    assert form not in device_bytes and form not in relay_bytes
        assert b"PrivateToken" not in device_bytes + relay_bytes

        # One set of tokens per device per epoch: asking again is refused.
        credential = client.load_credential(homes[0])
        assert credential is not None
        with pytest.raises(RateLimited, match=f"for epoch {E} already"):
            token_for(w, replace(credential, issuer=w.issuer.url), E, E)
        issuer_db = sqlite3.connect(w.issuer.state / "issuer.db")
        assert issuer_db.execute("SELECT epoch, tokens FROM issued").fetchall() == [(E, 1)] * 3
        issuer_db.close()

        # What each side saw of an issuance: the device->issuer hop holds the blinded messages and blind signatures.
        issuer_hop = w.issuer_hop.connections
        blinded = [
            c.upstream.partition(b"\r\n\r\n")[2][3:] for c in issuer_hop if b"/v1/token-request" in c.upstream[:40]
        ]
        signatures = [
            c.downstream.partition(b"\r\n\r\n")[2] for c in issuer_hop if b"/v1/token-request" in c.upstream[:40]
        ]
        assert len(blinded) == 3 and {len(b) for b in blinded + signatures} == {tokens.NK}

    # Linking search: every byte of the issuer's state (database, WAL, keys) against every value the collector
    # keeps and every token value; every byte of the collector's database against every value the issuer keeps
    # and everything the device sent the issuer. Epoch numbers and counts are shared by design and not searched.
    issuer_files = files_bytes(tmp_path / "issuer")
    collector_files = files_bytes(*tmp_path.glob("collector.db*"))
    with sqlite3.connect(w.db) as conn:
        collector_values = [bytes.fromhex(r) for (r,) in conn.execute("SELECT report_id FROM reports")]
        collector_values += [bytes(r) for (r,) in conn.execute("SELECT report FROM reports")]
        collector_values += [bytes.fromhex(d) for (d,) in conn.execute("SELECT body_sha256 FROM reports")]
        collector_values += [bytes(n) for (n,) in conn.execute("SELECT nonce FROM spent_tokens")]
    with sqlite3.connect(w.issuer.state / "issuer.db") as conn:
        issuer_values = [bytes.fromhex(d) for (d,) in conn.execute("SELECT device_id FROM devices")]
        issuer_values += [bytes(s) for (s,) in conn.execute("SELECT secret_sha256 FROM devices")]
    credentials = [client.load_credential(home) for home in homes]
    issuer_values += [bytes.fromhex(c.secret) for c in credentials if c is not None]
    token_values = [v for t in held for v in (t, Token.decode(t).authenticator, Token.decode(t).nonce)]
    assert len(collector_values) == 4 * 3 and len(issuer_values) == 3 * 3
    # The search finds what is there: each side's own values are in its own files.
    assert all(value in collector_files for value in collector_values[-3:])  # the spent nonces
    assert all(value in issuer_files for value in issuer_values[3:6])  # the secrets' digests
    for value in collector_values + token_values:
        for form in forms(value):
            assert form not in issuer_files
    for value in issuer_values + blinded + signatures + token_values[1::3]:
        for form in forms(value):
            assert form not in collector_files
    assert all(c is not None and c.device_id.encode() not in collector_files for c in credentials)


def test_forged_uploads_are_refused_and_change_nothing(tmp_path: Path) -> None:
    clock = Clock(now=(E - 1) * EPOCH_S + 1000.0)  # start in the epoch before, to hold one of its tokens
    with world(tmp_path, clock) as w:
        forger = tmp_path / "forger"
        forger.mkdir()
        credential = client.enrol(w.issuer.url, forger)
        last_epochs = token_for(w, credential, E - 1, E - 1)
        clock.now = E * EPOCH_S + 1000.0
        assert w.collector.current_epoch() == E
        own_key_other_challenge = token_for(w, credential, E, E - 1)
        other_issuer = start_issuer(tmp_path / "other-issuer", clock)
        try:
            other_credential = client.enrol(other_issuer.url, forger / "other")
            other_key = client.fetch_keys(other_issuer.url).keys[E]
            challenge = w.collector.redeemer.policy(E).challenge(E)  # type: ignore[union-attr]
            other_issuers = client.fetch_token(other_credential, other_key, challenge)
        finally:
            other_issuer.stop()
        second = forger / "second"
        second.mkdir()
        valid = token_for(w, client.enrol(w.issuer.url, second), E, E)

        before = stored(w.db)
        upload = forged_upload(E)
        refused = [
            (None, 401, "token_missing"),
            ('PrivateToken token="AAAA"', 400, "token_malformed"),
            (auth.authorization(last_epochs), 403, "token_wrong_epoch"),
            (auth.authorization(own_key_other_challenge), 403, "token_wrong_epoch"),
            (auth.authorization(other_issuers), 403, "token_wrong_key"),
            (auth.authorization(flipped(valid)), 403, "token_invalid"),
        ]
        for authorization, status, kind in refused:
            got, answer, headers = post(w, forger, upload, authorization)
            assert (got, answer["ok"]) == (status, False), (kind, answer)
            if kind == "token_missing":  # a 401 names what it wants: the epoch's challenge and the issuer key
                (wanted,) = auth.parse_www_authenticate(headers["www-authenticate"])
                assert wanted.challenge == w.collector.redeemer.policy(E).challenge(E).encode()  # type: ignore[union-attr]
                assert wanted.token_key == client.fetch_keys(w.issuer.url).keys[E].spki
        assert stored(w.db) == before == {"reports": [], "spent_tokens": []}
        counted = w.storage.rejections()
        assert counted == {
            "token_missing": 1,
            "token_malformed": 1,
            "token_wrong_epoch": 2,
            "token_wrong_key": 1,
            "token_invalid": 1,
        }

        # The valid token passes once; a resend of the same upload is a duplicate, not a double spend.
        assert post(w, forger, upload, auth.authorization(valid))[:2] == (
            200,
            {"ok": True, "report_id": upload.report_id, "duplicate": False},
        )
        after = stored(w.db)
        assert after["spent_tokens"] == [(E, valid.nonce)] and len(after["reports"]) == 1
        assert post(w, forger, upload, auth.authorization(valid))[1]["duplicate"] is True
        # The same token with another upload: spent, refused, nothing stored.
        status, answer, _ = post(w, forger, forged_upload(E), auth.authorization(valid))
        assert (status, answer["ok"]) == (403, False) and "spent" in answer["error"]
        assert stored(w.db) == after and w.storage.rejections()["token_spent"] == 1
        # The last epoch's token was refused for this epoch only: with an upload of its own epoch it passes.
        assert post(w, forger, forged_upload(E - 1), auth.authorization(last_epochs))[0] == 200


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_token_sent_with_many_uploads_at_once_stores_one(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Verifying and spending race on both storage backends: the spend is in the transaction that stores."""
    target = str(tmp_path / "c.db") if backend == "sqlite" else str(request.getfixturevalue("postgres_url"))
    clock = Clock()
    issuer = start_issuer(tmp_path / "issuer", clock)
    storage = open_storage(target)
    try:
        redeemer = Redeemer(issuer.url, ORIGIN, EPOCH_S)
        collector = Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN, clock=clock, redeemer=redeemer)
        (tmp_path / "forger").mkdir()
        credential = client.enrol(issuer.url, tmp_path / "forger")
        token = client.fetch_token(credential, client.fetch_keys(issuer.url).keys[E], redeemer.policy(E).challenge(E))
        uploads = [forged_upload(E) for _ in range(8)]
        start = threading.Barrier(len(uploads))

        def submit(upload: Upload) -> int:
            start.wait()
            return collector.submit(upload.encode(), auth.authorization(token))[0]

        with ThreadPoolExecutor(len(uploads)) as pool:
            statuses = sorted(pool.map(submit, uploads))
        assert statuses == [200] + [403] * 7
        assert storage.count(E) == 1 and storage.rejections() == {"token_spent": 7}
    finally:
        storage.close()
        issuer.stop()


def flipped(token: Token) -> Token:
    return replace(token, authenticator=token.authenticator[:-1] + bytes([token.authenticator[-1] ^ 1]))


def test_an_unreachable_issuer_makes_the_epoch_wait_until_it_is_back(tmp_path: Path) -> None:
    with world(tmp_path) as w:
        home = tmp_path / "phone"
        home.mkdir()
        client.enrol(w.issuer.url, home)
        record(home, w.clock, 1, 2)
        w.collector.redeemer.refresh(E)  # type: ignore[union-attr]  # keys cached, as after any device's sync
        port = int(w.issuer.url.rsplit(":", 1)[1])
        w.issuer.stop()
        settings = w.settings(w.issuer.url)
        result = sync(home, settings=settings, flush=True, no_delay=True, clock=w.clock)
        assert (result.status, result.sealed_epochs, result.sent) == ("ok", [], 0)
        assert "cannot reach the issuer" in result.waiting[E] and f"epoch {E} waits for its token" in result.message()
        with InterestProfile.open(home, clock=w.clock) as profile:
            assert profile.epochs() == [E]  # counts kept
        with SentLedger.open(home) as ledger:
            assert ledger.entries() == []  # not claimed: it can still be reported
        w.issuer = start_issuer(w.issuer.state, w.clock, port)  # back, same state
        result = sync(home, settings=settings, flush=True, no_delay=True, clock=w.clock)
        assert (result.sealed_epochs, result.sent, result.waiting) == ([E], 1, {})
        assert w.storage.count(E) == 1


def test_a_device_sends_no_tokenless_upload_to_a_collector_that_requires_tokens(tmp_path: Path) -> None:
    with world(tmp_path) as w:
        home = tmp_path / "phone"
        home.mkdir()
        record(home, w.clock, 7)
        with pytest.raises(SyncError, match="requires an anonymous token from issuer .* nothing was sent"):
            sync(home, settings=w.settings(), flush=True, no_delay=True, clock=w.clock)
        with pytest.raises(NotEnrolled, match="run `edge issuer enrol --issuer http://127.0.0.1:"):
            sync(home, settings=w.settings(w.issuer.url), flush=True, no_delay=True, clock=w.clock)
        client.save_credential(client.Credential("http://127.0.0.1:9", "0" * 32, "1" * 64), home)
        with pytest.raises(UsageError, match="enrolled with http://127.0.0.1:9, not"):
            sync(home, settings=w.settings(w.issuer.url), flush=True, no_delay=True, clock=w.clock)
        with InterestProfile.open(home, clock=w.clock) as profile:
            assert profile.epochs() == [E]
            # An upload sealed while the collector took uploads without tokens: never sent to it now.
            Outbox(profile.conn).put(forged_upload(E - 1), not_before=0.0)
        client.enrol(w.issuer.url, home, force=True)
        result = sync(home, settings=w.settings(w.issuer.url), flush=True, no_delay=True, clock=w.clock)
        assert (result.sealed_epochs, result.sent, result.rejected) == ([E], 1, 1)
        assert "sealed without a token" in result.detail
        assert w.storage.epochs() == [E] and "token_missing" not in w.storage.rejections()


def test_the_token_is_fetched_at_a_random_moment_of_its_epoch_and_spent_when_it_ends(tmp_path: Path) -> None:
    clock = Clock(now=E * EPOCH_S)  # the epoch's first instant: its random fetch moment lies ahead
    with world(tmp_path, clock) as w:
        home = tmp_path / "glasses"
        home.mkdir()
        credential = client.enrol(w.issuer.url, home)
        record(home, clock, 4, 5)
        settings = w.settings(w.issuer.url)
        store = w.issuer.running.issuer.store
        assert sync(home, settings=settings, clock=clock).sealed_epochs == []
        assert store.issued(credential.device_id, E) == 0
        clock.now = (E + 1) * EPOCH_S - 0.001  # the last instant: the moment has passed
        assert sync(home, settings=settings, clock=clock).sealed_epochs == []
        assert store.issued(credential.device_id, E) == 1
        with InterestProfile.open(home, clock=clock) as profile:
            assert profile.conn.execute("SELECT epoch FROM epoch_tokens").fetchall() == [(E,)]
        clock.now = (E + 1) * EPOCH_S + 60.0  # the epoch is over: sealed with the token kept, no second issuance
        result = sync(home, settings=settings, no_delay=True, clock=clock)
        assert (result.sealed_epochs, result.sent) == ([E], 1)
        assert store.issued(credential.device_id, E) == 1 and w.storage.count(E) == 1


def test_an_upload_with_its_token_fits_the_one_message_size() -> None:
    largest = Upload.make(PARAMS, 2**31 - 1, b"\xff" * ((DOMAIN.size + 7) // 8))
    token = Token(b"\xff" * 32, b"\xff" * 32, b"\xff" * 32, b"\xff" * tokens.NK)
    authority = "collector.example.org:65535"
    request = Request(
        "POST",
        "https",
        authority,
        REPORTS_PATH,
        (("content-type", "application/json"), ("authorization", auth.authorization(token))),
        largest.encode(),
    )
    unpadded = len(encode_request(request))
    assert len(encode_request(request, pad_to=INNER_REQUEST_SIZE)) == INNER_REQUEST_SIZE
    assert INNER_REQUEST_SIZE - unpadded >= 100, unpadded  # room for a longer collector name


def test_an_issuer_that_changes_an_epochs_key_gets_no_upload_through(tmp_path: Path) -> None:
    """Key consistency: the collector keeps the first key it saw for an epoch; a device refuses any other."""
    with world(tmp_path) as w:
        home = tmp_path / "phone"
        home.mkdir()
        client.enrol(w.issuer.url, home)
        record(home, w.clock, 3)
        first = client.fetch_keys(w.issuer.url).keys[E]
        assert w.collector.redeemer.refresh(E)  # type: ignore[union-attr]
        port = int(w.issuer.url.rsplit(":", 1)[1])
        w.issuer.stop()
        (w.issuer.state / "keys" / f"epoch-{E}.pem").unlink()  # the issuer makes a new key for the epoch
        w.issuer = start_issuer(w.issuer.state, w.clock, port)
        second = client.fetch_keys(w.issuer.url).keys[E]
        assert second.token_key_id != first.token_key_id
        with pytest.raises(SyncError, match=f"issuer's key for epoch {E} .* not the one the collector accepts"):
            sync(home, settings=w.settings(w.issuer.url), flush=True, no_delay=True, clock=w.clock)
        with InterestProfile.open(home, clock=w.clock) as profile:
            assert profile.epochs() == [E]  # nothing sealed
        assert w.collector.redeemer.refresh(E, force=True)  # type: ignore[union-attr]
        assert w.collector.redeemer.policy(E).key_ids[E] == first.token_key_id  # type: ignore[union-attr]
        # A token under the new key (what the issuer hands out now) is refused by the collector.
        token = client.fetch_token(
            client.load_credential(home),  # type: ignore[arg-type]
            second,
            w.collector.redeemer.policy(E).challenge(E),  # type: ignore[union-attr]
        )
        status, answer, _ = post(w, home, forged_upload(E), auth.authorization(token))
        assert status == 403 and w.storage.rejections() == {"token_wrong_key": 1} and w.storage.epochs() == []


def edge_cli(*args: str, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "EDGE_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "edge.cli", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def first_line(proc: subprocess.Popen[str]) -> str:
    """The process's first line of output; then, once it says it listens (so that the signal does not land in
    its start-up), Ctrl-C."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    later = line
    while later and "listening on" not in later:
        later = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, 130), err
    return line


def test_the_commands_say_whether_tokens_are_required(tmp_path: Path, edge_home: Path) -> None:
    """`edge collector serve` says pilot mode in one line, or names its issuer; `edge sync --issuer` sends tokens."""
    from edge.cli import main

    base = ("collector", "serve", "--port", "0", "--db", str(tmp_path / "c.db"), "--key", str(tmp_path / "k.json"))
    pilot = edge_cli(*base, home=edge_home)
    assert first_line(pilot).startswith("pilot mode: no --issuer, so this collector accepts unauthenticated uploads")
    assert main([*base, "--origin", "c.test"]) == UsageError.exit_code  # --origin means nothing without --issuer
    assert main([*base, "--issuer", "http://127.0.0.1:9"]) == UsageError.exit_code  # port 0 needs --origin

    clock = Clock(now=time.time())  # the CLI runs on the real clock
    with world(tmp_path / "w", clock) as w:
        issuer_name = w.issuer.url.removeprefix("http://")
        served = edge_cli(*base, "--issuer", w.issuer.url, "--origin", "c.test", home=edge_home)
        assert first_line(served) == (
            f"uploads need an anonymous token from issuer {issuer_name} for origin c.test (keys fetched)\n"
        )
        clock.now = time.time()
        assert main(["issuer", "enrol", "--issuer", w.issuer.url]) == 0
        with InterestProfile.open(edge_home) as profile:
            profile.record(topics(8, 9))
        sync_args = ["sync", "--endpoint", w.collector_url, "--relay", w.relay_url, "--flush", "--no-delay"]
        assert main(sync_args) == SyncError.exit_code  # no issuer: refused in one line
        clock.now = time.time()
        assert main([*sync_args, "--issuer", w.issuer.url]) == 0
        assert sum(w.storage.count(e) for e in w.storage.epochs()) == 1
