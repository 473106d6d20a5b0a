"""The sync client: POSTs queued token batches to the collector; offline is normal, not an error.

HTTP(S) with the stdlib (`http.client`): TLS verification against the system CA store (or a given CA file),
a timeout per request, retries with exponential backoff and full jitter (sleep uniform(0, min(cap,
base * 2^attempt))), and a random delay before each batch. Plain http is allowed to loopback addresses only.
The request carries the batch body and the headers http.client always sends (Host, Accept-Encoding,
Content-Length) plus Content-Type: nothing else, no User-Agent, no cookies.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import random
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from edge.errors import SyncError, UsageError
from edge.sync.config import SyncConfig
from edge.sync.outbox import Outbox, close_due_epochs
from edge.tokens.profile import InterestProfile

BATCHES_PATH = "/v1/batches"
MAX_RESPONSE = 64 * 1024


class Transient(Exception):
    """This attempt failed but a later one may work (no network, timeout, 5xx, 429)."""

    def __init__(self, reason: str, offline: bool) -> None:
        super().__init__(reason)
        self.offline = offline


class Rejected(Exception):
    """The collector refused the batch for good (4xx) and said why."""


@dataclass
class SyncResult:
    status: str = "ok"  # ok | offline | unavailable
    closed_epochs: list[int] = field(default_factory=list)
    sent: int = 0
    duplicates: int = 0
    rejected: int = 0
    queued: int = 0
    detail: str = ""

    def message(self) -> str:
        made = f"closed epoch(s) {', '.join(map(str, self.closed_epochs))}; " if self.closed_epochs else ""
        if self.status == "offline":
            return f"{made}offline, {self.queued} batches queued ({self.detail})"
        if self.status == "unavailable":
            return f"{made}collector unavailable, {self.queued} batches queued ({self.detail})"
        text = f"{made}sent {self.sent} batches ({self.duplicates} already stored), {self.queued} queued"
        return text + (f", {self.rejected} rejected ({self.detail})" if self.rejected else "")


class SyncClient:
    def __init__(
        self,
        endpoint: str,
        *,
        cafile: str | Path | None = None,
        timeout_s: float = 10.0,
        attempts: int = 4,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 30.0,
        send_delay_max_s: float = 0.0,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"bad collector endpoint {endpoint!r}: use https://HOST[:PORT][/PATH]")
        if parts.username or parts.password or parts.query or parts.fragment:
            raise UsageError(f"bad collector endpoint {endpoint!r}: no credentials, query or fragment allowed")
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise UsageError(f"refusing plain http to {parts.hostname}: use https:// (http is for localhost only)")
        try:
            self.port = parts.port
        except ValueError:
            raise UsageError(f"bad port in collector endpoint {endpoint!r}") from None
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.path = parts.path.rstrip("/") + BATCHES_PATH
        self.context = ssl.create_default_context(cafile=str(cafile) if cafile else None) if self.https else None
        self.timeout_s = timeout_s
        self.attempts = max(1, attempts)
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.send_delay_max_s = send_delay_max_s
        self.sleep = sleep
        self.rng = rng if rng is not None else random.SystemRandom()

    @classmethod
    def from_config(cls, config: SyncConfig, **kwargs: object) -> SyncClient:
        if not config.endpoint:
            raise UsageError(
                "no collector endpoint: pass --endpoint URL, set EDGE_SYNC_URL, or set endpoint "
                "in the [sync] table of config.toml under EDGE_HOME"
            )
        return cls(
            config.endpoint,
            cafile=config.cafile,
            timeout_s=config.timeout_s,
            attempts=config.attempts,
            send_delay_max_s=config.send_delay_max_s,
            **kwargs,
        )  # type: ignore[arg-type]

    # --- one request ------------------------------------------------------------------------------

    def post(self, body: bytes) -> tuple[int, dict]:
        """One POST; returns (status, JSON answer). Raises Transient for network trouble."""
        if self.https:
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                self.host, self.port, timeout=self.timeout_s, context=self.context
            )
        else:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout_s)
        try:
            conn.request("POST", self.path, body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            raw = response.read(MAX_RESPONSE)
            status = response.status
        except ssl.SSLCertVerificationError as err:
            raise SyncError(
                f"TLS certificate of {self.host} failed verification ({err.verify_message}); "
                "check the endpoint, or set [sync] cafile for a private CA"
            ) from None
        except TimeoutError:
            raise Transient(f"{self.host} timed out after {self.timeout_s:g} s", offline=True) from None
        except (ConnectionError, socket.gaierror) as err:
            raise Transient(f"cannot reach {self.host}: {type(err).__name__}", offline=True) from None
        except (OSError, http.client.HTTPException) as err:
            raise Transient(f"network error talking to {self.host}: {type(err).__name__}", offline=True) from None
        finally:
            conn.close()
        try:
            answer = json.loads(raw) if raw else {}
            if not isinstance(answer, dict):
                answer = {}
        except ValueError:
            answer = {}
        return status, answer

    def send(self, body: bytes, batch_id: str) -> bool:
        """Deliver one batch, retrying transient failures; returns True when the collector already had it."""
        last: Transient | None = None
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(self.rng.uniform(0.0, min(self.backoff_cap_s, self.backoff_base_s * 2**attempt)))
            try:
                status, answer = self.post(body)
            except Transient as err:
                last = err
                continue
            if 200 <= status < 300:
                if answer.get("ok") is True and answer.get("batch_id") == batch_id:
                    return bool(answer.get("duplicate", False))
                last = Transient(f"collector answered HTTP {status} without acknowledging the batch", offline=False)
            elif status in (408, 425, 429) or status >= 500:
                last = Transient(f"collector answered HTTP {status}", offline=False)
            else:
                reason = str(answer.get("error", "no reason given"))[:160]
                raise Rejected(f"HTTP {status}: {reason}")
        assert last is not None
        raise last

    # --- the outbox -------------------------------------------------------------------------------

    def drain(self, outbox: Outbox, result: SyncResult | None = None) -> SyncResult:
        """Send every pending batch, oldest first; stop at the first one that cannot get through."""
        result = result if result is not None else SyncResult()
        for queued in outbox.pending():
            if self.send_delay_max_s > 0:
                self.sleep(self.rng.uniform(0.0, self.send_delay_max_s))
            try:
                duplicate = self.send(queued.body, queued.batch_id)
            except Transient as err:
                result.status, result.detail = ("offline" if err.offline else "unavailable"), str(err)
                break
            except Rejected as err:
                outbox.reject(queued.batch_id, str(err))
                result.rejected += 1
                result.detail = f"epoch {queued.epoch}: {err}"
                continue
            outbox.ack(queued.batch_id)
            result.sent += 1
            result.duplicates += int(duplicate)
        result.queued = len(outbox)
        return result


def sync(
    home: Path | None = None,
    *,
    endpoint: str | None = None,
    flush: bool = False,
    client: SyncClient | None = None,
    profile: InterestProfile | None = None,
    config: SyncConfig | None = None,
) -> SyncResult:
    """Close finished epochs into the outbox, then send what is queued. Offline returns status "offline"."""
    config = config if config is not None else SyncConfig.load(home, endpoint=endpoint)
    own_profile = profile is None
    profile = profile if profile is not None else InterestProfile.open(home)
    try:
        result = SyncResult(
            closed_epochs=[b.epoch for b in close_due_epochs(profile, flush=flush, max_batches=config.outbox_max)]
        )
        outbox = Outbox(profile.conn, config.outbox_max)
        client = client if client is not None else SyncClient.from_config(config)
        return client.drain(outbox, result)
    finally:
        if own_profile:
            profile.close()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
