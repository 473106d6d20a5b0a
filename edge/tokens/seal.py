"""Closing epochs: profile counts -> anonymizer -> sealed uploads in the outbox, each epoch at most once, ever.

The collector's clock decides which epochs are over (a device whose clock runs ahead cannot close an epoch
early), its parameters decide the mechanism, and the sent ledger decides whether an epoch was reported before
(whatever the clock, the config or the files say). Per epoch, in this order:

1. skip an epoch that is not over by the collector's clock (the current one too, unless `flush`);
2. drop the counts of an epoch older than the collector accepts (current - 2), or already in the ledger;
3. when the collector requires anonymous rate-limit tokens: get the epoch's tokens from the token source (the
   caller's: `edge.sync.issuance` asks the issuer); without them the epoch is not sealed and waits, counts kept;
4. make the uploads, claim the epoch in the ledger (committed: from here on it can never be reported again);
5. in one transaction of the token store: queue the uploads, each with its token and its own random moment to
   leave, and drop the epoch's counts.

A crash between 4 and 5 loses that epoch's report and never sends two.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from edge.tokens import accounting, store
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.ledger import AlreadyReported, SentLedger
from edge.tokens.outbox import Outbox
from edge.tokens.params import Parameters
from edge.tokens.profile import InterestProfile
from edge.tokens.randomness import Randomness, SystemRandomness

ACCEPTED_EPOCHS = 3  # the collector takes epochs current - 2 .. current

TokenSource = Callable[[int, int], list[bytes]]
"""(epoch, count) -> `count` encoded tokens for that epoch's uploads, or TokensUnavailable: the epoch waits."""


class TokensUnavailable(Exception):
    """No tokens for an epoch now (issuer offline, its key not published yet, ...): the epoch is sealed later."""


@dataclass
class Sealed:
    """What one call sealed, and what it let go."""

    epochs: list[int] = field(default_factory=list)
    uploads: int = 0
    expired: list[int] = field(default_factory=list)  # too old for the collector: counts dropped
    already_reported: list[int] = field(default_factory=list)  # in the ledger: counts dropped
    waiting: dict[int, str] = field(default_factory=dict)  # epoch -> why its tokens are not there yet: counts kept


def epoch_epsilon(params: Parameters, domain_size: int) -> float:
    """The local epsilon one epoch's uploads spend (what the ledger records)."""
    return params.reports_per_epoch * accounting.local_epsilon(params.epsilon, params.p_replace, domain_size)


def seal_due_epochs(
    profile: InterestProfile,
    outbox: Outbox,
    ledger: SentLedger,
    params: Parameters,
    collector_epoch: int,
    *,
    flush: bool = False,
    spread_s: float = 0.0,
    rng: Randomness | None = None,
    clock: Callable[[], float] = time.time,
    tokens: TokenSource | None = None,
) -> Sealed:
    """Seal every epoch that is over by the collector's clock (and its current one when `flush`).

    With `tokens`, each upload is queued with a token for its epoch; an epoch whose tokens cannot be had waits.
    """
    rng = rng if rng is not None else SystemRandomness()
    anonymizer = Anonymizer(profile.domain, params, rng)
    result = Sealed()
    oldest = collector_epoch - (ACCEPTED_EPOCHS - 1)
    for epoch in profile.epochs():
        if epoch > collector_epoch or (epoch == collector_epoch and not flush):
            continue
        if epoch < oldest:
            profile.drop_epoch(epoch)
            result.expired.append(epoch)
            continue
        if ledger.covers(epoch, params.epoch_seconds):
            profile.drop_epoch(epoch)
            result.already_reported.append(epoch)
            continue
        held: list[bytes | None] = [None] * params.reports_per_epoch
        if tokens is not None:
            try:
                held = list(tokens(epoch, params.reports_per_epoch))
            except TokensUnavailable as err:
                result.waiting[epoch] = str(err)
                continue
        uploads = anonymizer.uploads(epoch, profile.counts(epoch), profile.blocked_ids())
        if len(held) != len(uploads):
            raise ValueError(f"{len(uploads)} uploads for epoch {epoch} but {len(held)} tokens")
        try:
            ledger.claim(epoch, params.epoch_seconds, len(uploads), epoch_epsilon(params, profile.domain.size))
        except AlreadyReported:  # another edge process sealed it a moment ago
            profile.drop_epoch(epoch)
            result.already_reported.append(epoch)
            continue
        now = clock()
        with store.transaction(profile.conn):
            for upload, token in zip(uploads, held):
                outbox.put(upload, not_before=now + spread_s * _uniform(rng), token=token)
            profile.drop_epoch(epoch)
        result.epochs.append(epoch)
        result.uploads += len(uploads)
    outbox.drop_expired(oldest)
    return result


def _uniform(rng: Randomness) -> float:
    """A uniform float in [0, 1) with 53 random bits."""
    return int(rng.uint64(1)[0] >> 11) / float(1 << 53)
