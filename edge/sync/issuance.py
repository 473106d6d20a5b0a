"""The device's anonymous rate-limit tokens: one per upload, obtained blinded from the issuer, kept until sealed.

When the collector requires tokens (its config names an issuer and a key ID per epoch), `IssuerTokens` is the
token source `seal_due_epochs` draws from. For an epoch it:

1. takes the issuer's key for the epoch and checks its ID against the one the collector publishes (key
   consistency: an issuer that handed this device a key of its own could recognise its token at the collector);
   a mismatch stops the sync with nothing sent;
2. runs one blinded issuance per missing token (the issuer sees a random-looking number, never the token) with
   the epoch's challenge, the same for every device;
3. keeps each token in the token store (`epoch_tokens`, committed before anything else happens), so a crash
   after the issuer counted a token does not lose it; sealing moves the tokens into the outbox rows of the
   epoch's uploads, and they are deleted here once sealed.

Tokens are fetched at a random moment of their epoch (`prefetch`, at the first sync after a moment drawn
uniformly over the epoch) rather than right before the upload leaves, so the issuer's clock and the collector's
cannot be lined up. A sync that seals an epoch without a token fetches it then. An unreachable issuer (offline,
5xx) makes the epoch wait (TokensUnavailable), as long as the collector still accepts it.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from edge.errors import SyncError, UsageError
from edge.issuer import client as issuer
from edge.issuer.client import Credential, EpochKeys
from edge.issuer.errors import IssuerUnavailable, NotEnrolled, RateLimited
from edge.issuer.policy import TokenPolicy
from edge.privacypass.errors import DecodeError
from edge.privacypass.tokens import Token
from edge.tokens import store
from edge.tokens.seal import TokensUnavailable

_DDL = (
    """CREATE TABLE IF NOT EXISTS epoch_tokens (
        epoch INTEGER NOT NULL, token BLOB NOT NULL, PRIMARY KEY (epoch, token)) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS token_fetch_at (epoch INTEGER PRIMARY KEY, at REAL NOT NULL) WITHOUT ROWID",
)


class KeyInconsistency(SyncError):
    """The issuer's key for an epoch is not the one the collector accepts: this device may have been singled out."""


def uniform() -> float:
    """A uniform float in [0, 1) from the OS's CSPRNG."""
    return secrets.randbits(53) / float(1 << 53)


class IssuerTokens:
    """Token source for `seal_due_epochs`: tokens of the issuer at `issuer_url` for the collector's `policy`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        issuer_url: str,
        credential: Credential,
        policy: TokenPolicy,
        *,
        epoch_seconds: int,
        clock: Callable[[], float] = time.time,
        random: Callable[[], float] = uniform,
    ) -> None:
        self.conn = conn
        self.issuer_url = issuer_url
        self.credential = credential
        self.policy = policy
        self.epoch_seconds = epoch_seconds
        self.clock = clock
        self.random = random
        self._keys: EpochKeys | None = None
        with store.transaction(conn):
            for ddl in _DDL:
                conn.execute(ddl)

    def __call__(self, epoch: int, count: int) -> list[bytes]:
        """`count` tokens for `epoch`: the ones kept, plus fresh ones from the issuer. TokensUnavailable if not now."""
        held = self.held(epoch)
        while len(held) < count:
            token = self._issue(epoch)
            with store.transaction(self.conn):
                self.conn.execute("INSERT INTO epoch_tokens (epoch, token) VALUES (?, ?)", (epoch, token))
            held.append(token)
        return held[:count]

    def prefetch(self, epoch: int, count: int) -> bool:
        """During `epoch`: fetch its tokens if its random fetch moment has passed. True when they are all held."""
        rows = store.read(self.conn, "SELECT at FROM token_fetch_at WHERE epoch = ?", (epoch,))
        if rows:
            at = float(rows[0][0])
        else:
            at = (epoch + self.random()) * self.epoch_seconds
            with store.transaction(self.conn):
                self.conn.execute("INSERT OR IGNORE INTO token_fetch_at (epoch, at) VALUES (?, ?)", (epoch, at))
        if self.clock() < at:
            return False
        try:
            self(epoch, count)
        except TokensUnavailable:
            return False
        return True

    def held(self, epoch: int) -> list[bytes]:
        """The kept tokens of `epoch` that still answer the collector's challenge under its key (others deleted)."""
        rows = store.read(self.conn, "SELECT token FROM epoch_tokens WHERE epoch = ?", (epoch,))
        good, stale = [], []
        for (raw,) in rows:
            if self._usable(bytes(raw), epoch):
                good.append(bytes(raw))
            else:
                stale.append(bytes(raw))
        if stale:
            with store.transaction(self.conn):
                self.conn.executemany(
                    "DELETE FROM epoch_tokens WHERE epoch = ? AND token = ?", [(epoch, t) for t in stale]
                )
        return good

    def forget(self, epochs: Iterable[int] = (), *, before: int | None = None) -> None:
        """Delete what is kept for sealed epochs, and for every epoch before `before` (too old to upload)."""
        with store.transaction(self.conn):
            for table in ("epoch_tokens", "token_fetch_at"):
                self.conn.executemany(f"DELETE FROM {table} WHERE epoch = ?", [(e,) for e in epochs])
                if before is not None:
                    self.conn.execute(f"DELETE FROM {table} WHERE epoch < ?", (before,))

    # --- one issuance -----------------------------------------------------------------------------

    def _usable(self, raw: bytes, epoch: int) -> bool:
        try:
            token = Token.decode(raw)
        except DecodeError:
            return False
        key_id = self.policy.key_ids.get(epoch)
        return token.challenge_digest == self.policy.challenge(epoch).digest() and (
            key_id is None or token.token_key_id == key_id
        )

    def _issue(self, epoch: int) -> bytes:
        expected = self.policy.key_ids.get(epoch)
        if expected is None:
            raise TokensUnavailable(f"the collector publishes no issuer key for epoch {epoch} yet")
        try:
            if self._keys is None or epoch not in self._keys.keys:
                self._keys = issuer.fetch_keys(self.issuer_url)
            key = self._keys.keys.get(epoch)
            if key is None:
                raise TokensUnavailable(f"the issuer publishes no key for epoch {epoch}")
            if key.token_key_id != expected:
                raise KeyInconsistency(
                    f"the issuer's key for epoch {epoch} ({key.token_key_id.hex()[:16]}…) is not the one the collector "
                    f"accepts ({expected.hex()[:16]}…): this device may be singled out; nothing was sent"
                )
            return issuer.fetch_token(self.credential, key, self.policy.challenge(epoch)).encode()
        except IssuerUnavailable as err:
            raise TokensUnavailable(f"issuer unavailable: {err}") from None
        except RateLimited:
            raise TokensUnavailable(
                f"the issuer counted this device's token(s) for epoch {epoch} already but none is kept here; "
                "the epoch cannot be reported"
            ) from None


def token_source(
    conn: sqlite3.Connection,
    issuer_url: str | None,
    policy: TokenPolicy,
    *,
    home: Path | None,
    epoch_seconds: int,
    clock: Callable[[], float] = time.time,
) -> IssuerTokens:
    """The token source for a collector that requires tokens; a one-line error when this device cannot get any."""
    if not issuer_url:
        raise SyncError(
            f"the collector requires an anonymous token from issuer {policy.issuer} with every upload and this "
            "device has no issuer: enrol once with `edge issuer enrol --issuer URL`, then sync with --issuer URL "
            "(or EDGE_SYNC_ISSUER, or issuer in [sync] of config.toml); nothing was sent"
        )
    base = issuer.base_url(issuer_url)
    credential = issuer.load_credential(home)
    if credential is None:
        raise NotEnrolled(f"this device is not enrolled with the issuer: run `edge issuer enrol --issuer {base}`")
    if credential.issuer != base:
        raise UsageError(
            f"this device is enrolled with {credential.issuer}, not {base}: run `edge issuer enrol --issuer {base} "
            "--force`, or sync with the issuer it is enrolled with"
        )
    return IssuerTokens(conn, base, credential, policy, epoch_seconds=epoch_seconds, clock=clock)
