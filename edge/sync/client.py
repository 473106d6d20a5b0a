"""`edge sync`: learn the collector's parameters and clock, seal finished epochs, send what is due. Offline is normal.

Every message is its own Oblivious HTTP request through the relay, on its own connection, at its own moment:
each upload waits for a random moment up to `send_spread_s` after it was sealed, and two messages are never
closer than a random gap of `send_gap_min_s`..`send_gap_max_s`, so a backlog leaves as a trickle, never a burst.
`edge sync` sends what is due and says when the next one is; `--wait` stays until the outbox is empty;
`--no-delay` sends everything now (tests and demos: it gives up the timing protection).

A collector that requires anonymous rate-limit tokens says so in its config (`edge.issuer.policy`): then every
upload is sealed with a token for its epoch from the issuer (`edge.sync.issuance`) and sent with it in an
`Authorization: PrivateToken token=...` header inside the encapsulated request, which still fits the one message
size. Without an issuer configured the device refuses, in one line, to send to such a collector.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edge.errors import SyncError, UsageError
from edge.issuer.policy import BadPolicy, TokenPolicy
from edge.privacypass import auth
from edge.privacypass.tokens import Token
from edge.settings import SyncSettings
from edge.sync.issuance import token_source
from edge.sync.oblivious import ObliviousClient
from edge.sync.transport import Transient
from edge.tokens.ledger import SentLedger
from edge.tokens.outbox import Outbox, QueuedUpload
from edge.tokens.params import Parameters, UnsafeParameters, remember_parameters
from edge.tokens.profile import InterestProfile
from edge.tokens.randomness import Randomness, SystemRandomness
from edge.tokens.seal import ACCEPTED_EPOCHS, seal_due_epochs
from edge.tokens.wire import CONFIG_PATH, REPORTS_PATH


class Rejected(Exception):
    """The collector refused an upload for good (4xx) and said why."""


@dataclass
class SyncResult:
    status: str = "ok"  # ok | offline | unavailable
    collector_epoch: int | None = None
    sealed_epochs: list[int] = field(default_factory=list)
    expired_epochs: list[int] = field(default_factory=list)
    waiting: dict[int, str] = field(default_factory=dict)  # epoch -> why it waits for its token(s)
    sent: int = 0
    duplicates: int = 0
    rejected: int = 0
    queued: int = 0
    next_due_in_s: float | None = None
    detail: str = ""

    def message(self) -> str:
        made = f"sealed epoch(s) {', '.join(map(str, self.sealed_epochs))}; " if self.sealed_epochs else ""
        if self.expired_epochs:
            made += f"epoch(s) {', '.join(map(str, self.expired_epochs))} too old for the collector, dropped; "
        for epoch, reason in sorted(self.waiting.items()):
            made += f"epoch {epoch} waits for its token ({reason}); "
        if self.status != "ok":
            where = "offline" if self.status == "offline" else "collector unavailable"
            return f"{made}{where}, {self.queued} upload(s) queued ({self.detail})"
        text = f"{made}sent {self.sent} upload(s) ({self.duplicates} already stored), {self.queued} queued"
        if self.next_due_in_s is not None:
            text += (
                f"; the next leaves in {_duration(self.next_due_in_s)} (run `edge sync` again, or `edge sync --wait`)"
            )
        return text + (f", {self.rejected} rejected ({self.detail})" if self.rejected else "")


@dataclass(frozen=True)
class CollectorState:
    params: Parameters
    current_epoch: int
    token: TokenPolicy | None = None  # None: the collector takes uploads without tokens (pilot mode)


def fetch_state(client: ObliviousClient) -> CollectorState:
    """The collector's parameters and current epoch (its clock), through the relay."""
    response = client.request("GET", CONFIG_PATH)
    if response.status >= 500 or response.status == 429:
        raise Transient(f"collector answered HTTP {response.status} for its config", offline=False)
    answer = _json(response.content)
    if response.status != 200:
        raise SyncError(f"the collector refused its config (HTTP {response.status}): {answer.get('error', '')}"[:200])
    params = Parameters.from_json(answer)
    epoch = answer.get("current_epoch")
    if not isinstance(epoch, int) or isinstance(epoch, bool) or epoch < 0:
        raise UnsafeParameters("the collector's config has no valid current_epoch")
    try:
        token = TokenPolicy.from_config(answer)
    except BadPolicy as err:
        raise UnsafeParameters(f"the collector's token requirement is unusable: {err}") from None
    return CollectorState(params, epoch, token)


class Sender:
    """Delivers queued uploads one message at a time, retrying transient failures with backoff and jitter."""

    def __init__(
        self,
        client: ObliviousClient,
        settings: SyncSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        jitter: random.Random | None = None,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 30.0,
    ) -> None:
        self.client = client
        self.settings = settings
        self.sleep = sleep
        self.clock = clock
        self.jitter = jitter if jitter is not None else random.SystemRandom()
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s

    def send(self, upload: QueuedUpload) -> bool:
        """One upload; True when the collector already had it. Raises Transient or Rejected."""
        headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
        if upload.token is not None:
            headers += (("authorization", auth.authorization(Token.decode(upload.token))),)
        last: Transient | None = None
        for attempt in range(self.settings.attempts):
            if attempt:
                self.sleep(self.jitter.uniform(0.0, min(self.backoff_cap_s, self.backoff_base_s * 2**attempt)))
            try:
                response = self.client.request("POST", REPORTS_PATH, upload.body, headers=headers)
            except Transient as err:
                last = err
                continue
            answer = _json(response.content)
            if 200 <= response.status < 300:
                if answer.get("ok") is True and answer.get("report_id") == upload.report_id:
                    return bool(answer.get("duplicate", False))
                last = Transient(f"collector answered {response.status} without acknowledging the upload", False)
            elif response.status in (408, 425, 429) or response.status >= 500:
                last = Transient(f"collector answered HTTP {response.status}", offline=False)
            else:
                raise Rejected(f"HTTP {response.status}: {str(answer.get('error', 'no reason given'))[:160]}")
        assert last is not None
        raise last

    def gap(self) -> float:
        return self.jitter.uniform(self.settings.send_gap_min_s, self.settings.send_gap_max_s)

    def drain(
        self,
        outbox: Outbox,
        result: SyncResult,
        *,
        no_delay: bool = False,
        wait: bool = False,
        token_required: bool = False,
    ) -> None:
        """Send due uploads, earliest first, each in its own message; stop at the first that cannot get through.

        With `token_required`, an upload sealed without a token (while the collector took uploads without) is
        marked rejected here and never sent: the collector would refuse it.
        """
        earliest_next = 0.0
        while True:
            pending = outbox.pending()
            if not pending:
                break
            upload = pending[0]
            if token_required and upload.token is None:
                outbox.reject(upload.report_id, "sealed without a token; the collector now requires one")
                result.rejected += 1
                result.detail = f"epoch {upload.epoch}: sealed without a token; the collector now requires one"
                continue
            now = self.clock()
            due = now if no_delay else max(upload.not_before, earliest_next)
            if due > now:
                if not wait:
                    result.next_due_in_s = due - now
                    break
                self.sleep(due - now)
            try:
                duplicate = self.send(upload)
            except Transient as err:
                result.status, result.detail = ("offline" if err.offline else "unavailable"), str(err)
                break
            except Rejected as err:
                outbox.reject(upload.report_id, str(err))
                result.rejected += 1
                result.detail = f"epoch {upload.epoch}: {err}"
                continue
            outbox.ack(upload.report_id)
            result.sent += 1
            result.duplicates += int(duplicate)
            earliest_next = self.clock() + self.gap()
            outbox.defer(earliest_next)  # also for the next `edge sync`, however soon it runs


def sync(
    home: Path | None = None,
    *,
    endpoint: str | None = None,
    relay: str | None = None,
    issuer: str | None = None,
    flush: bool = False,
    no_delay: bool = False,
    wait: bool = False,
    accept_new_key: bool = False,
    settings: SyncSettings | None = None,
    client: ObliviousClient | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
    rng: Randomness | None = None,
) -> SyncResult:
    """One sync: the collector's state through the relay, seal what is over, send what is due."""
    settings = (
        settings if settings is not None else SyncSettings.load(home, endpoint=endpoint, relay=relay, issuer=issuer)
    )
    if client is None:
        if not settings.endpoint:
            raise UsageError(
                "no collector: pass --endpoint URL, set EDGE_SYNC_URL, or set endpoint in [sync] of config.toml"
            )
        if not settings.relay:
            raise UsageError(
                "no relay: pass --relay URL, set EDGE_SYNC_RELAY, or set relay in [sync] of config.toml "
                "(uploads only ever travel through an Oblivious HTTP relay)"
            )
        client = ObliviousClient(
            settings.endpoint,
            settings.relay,
            home=home,
            cafile=settings.cafile,
            timeout_s=settings.timeout_s,
            accept_new_key=accept_new_key,
        )
    sender = Sender(client, settings, sleep=sleep, clock=clock)
    result = SyncResult()
    with InterestProfile.open(home, clock=clock) as profile, SentLedger.open(home) as ledger:
        outbox = Outbox(profile.conn, settings.outbox_max)
        try:
            state = fetch_state(client)
        except Transient as err:
            result.status, result.detail = ("offline" if err.offline else "unavailable"), str(err)
            result.queued = len(outbox)
            return result
        remember_parameters(state.params, home)
        result.collector_epoch = state.current_epoch
        if profile.epoch_seconds != state.params.epoch_seconds:
            # Counts kept under another epoch length cannot be placed in the collector's epochs.
            for epoch in profile.epochs():
                profile.drop_epoch(epoch)
            profile.epoch_seconds = state.params.epoch_seconds
        tokens = None
        if state.token is not None:
            tokens = token_source(
                profile.conn,
                settings.issuer,
                state.token,
                home=home,
                epoch_seconds=state.params.epoch_seconds,
                clock=clock,
            )
        sealed = seal_due_epochs(
            profile,
            outbox,
            ledger,
            state.params,
            state.current_epoch,
            flush=flush,
            spread_s=0.0 if no_delay else settings.send_spread_s,
            rng=rng if rng is not None else SystemRandomness(),
            clock=clock,
            tokens=tokens,
        )
        result.sealed_epochs, result.expired_epochs, result.waiting = sealed.epochs, sealed.expired, sealed.waiting
        if tokens is not None:
            oldest = state.current_epoch - (ACCEPTED_EPOCHS - 1)
            tokens.forget(sealed.epochs + sealed.already_reported, before=oldest)
            if state.current_epoch in profile.epochs():  # this epoch will be reported: its token, at a random moment
                tokens.prefetch(state.current_epoch, state.params.reports_per_epoch)
        sender.drain(outbox, result, no_delay=no_delay, wait=wait, token_required=state.token is not None)
        result.queued = len(outbox)
    return result


def _json(content: bytes) -> dict[str, Any]:
    try:
        answer = json.loads(content) if content else {}
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
