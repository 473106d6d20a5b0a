"""Token redemption at the collector (Privacy Pass origin, RFC 9577): the issuer's keys per epoch, and the check
every upload's `Authorization: PrivateToken token=...` must pass before the upload is stored.

The keys come from the issuer's `GET /v1/keys` and are cached per epoch: a published key never changes, so a
different key for an epoch already cached is an alarm, logged and never used. The cache is refreshed when an
epoch it needs is missing, at most once per `retry_s` (an unreachable issuer is not asked on every upload).
A token passes when it names the key of the upload's epoch, answers that epoch's challenge (the same for every
device) and its authenticator verifies; spending it is the storage's job (`Storage.add(..., token_nonce=...)`),
in the transaction that stores the upload.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from edge.errors import UsageError
from edge.issuer.client import EpochKeys, fetch_keys
from edge.issuer.errors import IssuerError
from edge.issuer.policy import TokenPolicy, server_name
from edge.privacypass import auth, tokens
from edge.privacypass.errors import DecodeError, InvalidSignature, UnknownKey, WrongChallenge
from edge.privacypass.tokens import IssuerKey

log = logging.getLogger("edge.collector")

ACCEPTED_EPOCHS = 3  # current - 2 .. current, as the service accepts uploads
RETRY_S = 30.0


class TokenRejected(Exception):
    """The upload's token does not pass: `kind` is the rejection counter's label, `status` the HTTP answer."""

    def __init__(self, kind: str, status: int, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.status = status
        self.reason = reason


class KeyUnavailable(Exception):
    """The issuer's key for an epoch is not known yet and the issuer cannot be reached now: retry later (503)."""


class Redeemer:
    """Verifies tokens from the issuer at `issuer_url` for this collector (`origin`); thread-safe."""

    def __init__(
        self,
        issuer_url: str,
        origin: str,
        epoch_seconds: int,
        *,
        fetch: Callable[[str], EpochKeys] = fetch_keys,
        retry_s: float = RETRY_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.issuer_url = issuer_url
        self.policy_names = TokenPolicy(server_name(issuer_url), origin)
        self.epoch_seconds = epoch_seconds
        self.fetch = fetch
        self.retry_s = retry_s
        self.monotonic = monotonic
        self.keys: dict[int, IssuerKey] = {}
        self.lock = threading.Lock()  # the cache
        self.fetching = threading.Lock()  # one fetch at a time
        self.last_attempt: float | None = None
        self.last_error = ""

    @property
    def issuer(self) -> str:
        return self.policy_names.issuer

    @property
    def origin(self) -> str:
        return self.policy_names.origin

    # --- keys ------------------------------------------------------------------------------------

    def refresh(self, current_epoch: int, *, force: bool = False) -> bool:
        """Fetch the issuer's keys unless the current epoch's is cached (or a fetch failed < retry_s ago).

        Returns whether the current epoch's key is known afterwards. One fetch at a time; readers of the cache
        (`policy`, also called on the event loop) never wait for the network.
        """
        with self.fetching:
            with self.lock:
                if current_epoch in self.keys and not force:
                    return True
                now = self.monotonic()
                if not force and self.last_attempt is not None and now - self.last_attempt < self.retry_s:
                    return False
                self.last_attempt = now
            try:
                published = self.fetch(self.issuer_url)
                if published.epoch_seconds != self.epoch_seconds:
                    raise IssuerError(
                        f"the issuer's epochs last {published.epoch_seconds} s, this collector's "
                        f"{self.epoch_seconds} s; start both with the same epoch length"
                    )
            except IssuerError as err:
                with self.lock:
                    self.last_error = str(err)
                log.warning("token issuer not usable: %s", err)
                return False
            with self.lock:
                for epoch, key in published.keys.items():
                    known = self.keys.get(epoch)
                    if known is None:
                        self.keys[epoch] = key
                    elif known.token_key_id != key.token_key_id:
                        log.warning(
                            "the issuer now publishes another key for epoch %d: ignored, the first one stays", epoch
                        )
                for epoch in [e for e in self.keys if e < current_epoch - (ACCEPTED_EPOCHS - 1)]:
                    del self.keys[epoch]
                self.last_error = ""
                return current_epoch in self.keys

    def policy(self, current_epoch: int) -> TokenPolicy:
        """What the collector publishes: the issuer and origin names, the key ID of every epoch it accepts."""
        with self.lock:
            ids = {
                e: k.token_key_id
                for e, k in self.keys.items()
                if current_epoch - (ACCEPTED_EPOCHS - 1) <= e <= current_epoch
            }
        return TokenPolicy(self.issuer, self.origin, ids)

    def key_for(self, epoch: int, current_epoch: int) -> IssuerKey:
        """The issuer key of `epoch`, fetched if missing. KeyUnavailable when the issuer cannot be asked now."""
        with self.lock:
            key = self.keys.get(epoch)
        if key is not None:
            return key
        self.refresh(current_epoch, force=False)
        with self.lock:
            key = self.keys.get(epoch)
            reached = self.last_error == "" and self.last_attempt is not None
        if key is not None:
            return key
        if reached:
            raise TokenRejected("token_wrong_key", 403, f"the issuer publishes no key for epoch {epoch}")
        raise KeyUnavailable(f"the issuer's key for epoch {epoch} is not available yet; retry later")

    # --- tokens ----------------------------------------------------------------------------------

    def check(self, authorization: str | None, epoch: int, current_epoch: int) -> bytes:
        """The nonce of the valid token in an Authorization value for an upload of `epoch` (what is spent).

        Raises TokenRejected, or KeyUnavailable when the epoch's key cannot be had now.
        """
        if not authorization:
            raise TokenRejected(
                "token_missing",
                401,
                "this collector requires an anonymous token with every upload (Authorization: PrivateToken "
                "token=...); enrol with the issuer and sync with --issuer",
            )
        try:
            token = auth.parse_authorization(authorization)
        except DecodeError as err:
            raise TokenRejected("token_malformed", 400, f"malformed token: {err}"[:200]) from None
        key = self.key_for(epoch, current_epoch)
        challenge = self.policy_names.challenge(epoch)
        try:
            tokens.verify_token(token, key, challenge)
        except UnknownKey:
            with self.lock:
                other_epochs = {k.token_key_id for e, k in self.keys.items() if e != epoch}
            if token.token_key_id in other_epochs:
                raise TokenRejected(
                    "token_wrong_epoch", 403, f"the token was issued for another epoch than the upload's ({epoch})"
                ) from None
            raise TokenRejected(
                "token_wrong_key", 403, "the token was issued under a key this collector does not accept"
            ) from None
        except WrongChallenge:
            raise TokenRejected(
                "token_wrong_epoch", 403, f"the token answers another challenge than epoch {epoch}'s at this collector"
            ) from None
        except InvalidSignature:
            raise TokenRejected(
                "token_invalid", 403, "the token's authenticator does not verify: forged or damaged"
            ) from None
        return token.nonce

    def www_authenticate(self, epoch: int, current_epoch: int) -> str | None:
        """RFC 9577 challenge for a 401: this epoch's TokenChallenge and the issuer key (None if it is unknown)."""
        try:
            key = self.key_for(epoch, current_epoch)
        except (TokenRejected, KeyUnavailable):
            return None
        return auth.www_authenticate(auth.AuthChallenge(self.policy_names.challenge(epoch).encode(), key.spki))


def default_origin(host: str, port: int) -> str:
    """The collector's name in token challenges when `--origin` is not given: the host:port it listens on."""
    if port == 0:
        raise UsageError("--issuer with --port 0 needs --origin NAME (the host[:port] devices use to reach it)")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
