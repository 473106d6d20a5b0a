"""What one upload says, and what it cannot say: its randomized bit vector decoded for the owner.

An upload's report has one bit per allowed topic (d = 299). The device's topic (after a swap for a random topic
with probability r) keeps its bit with probability 1/2; every other bit is set with probability
q = 1 / (e^eps + 1). So each set bit names a topic that is as likely noise as the device's, and the device's own
topic is missing half the time.

How much one upload tells, exactly. For a reader who knows the mechanism and starts with every topic equally
likely (1/d), the chance that topic j was the device's, given the bits y with k of them set, is

    P(j | y) = ((1 - r) w_j + r m) / (d m),    w_j = e^eps if bit j is set else 1,    m = (k e^eps + d - k) / d

(OUE's likelihood of y given j is proportional to w_j because p = 1/2; the swap mixes in the average m). Every
set topic gets one value, every unset topic another; their ratio is at most e^local_epsilon
(`edge.tokens.accounting.local_epsilon`, reached when one bit is set): the guarantee, seen from one upload.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any

from edge.tokens import ldp
from edge.tokens.domain import TokenDomain
from edge.topics.taxonomy import Taxonomy


@dataclass(frozen=True)
class BitTopic:
    """A topic whose bit is set in a report."""

    index: int  # the bit's position: the topic's place in the token domain
    id: str
    label: str
    tier1: str


@dataclass(frozen=True)
class DecodedUpload:
    epoch: int
    epoch_from: str  # the epoch's first day (UTC), the finest time an upload holds
    epoch_to: str  # the day after its last
    report_id: str  # random, once: lets the collector store a resent upload once
    taxonomy: str
    epsilon: float
    p_replace: float
    bits: int  # one per allowed topic
    set_bits: tuple[BitTopic, ...]  # empty with `readable` False: another taxonomy than this device's
    readable: bool
    noise_bits: float  # set bits expected by chance alone: (d - 1) q
    chance_before: float  # 1 / d
    chance_if_set: float  # P(j | y) for a set topic
    chance_if_unset: float  # P(j | y) for an unset one
    body: str  # the upload exactly as sent (JSON)

    def says(self) -> str:
        if not self.readable:
            return (
                f"epoch {self.epoch} ({self.epoch_from} to {self.epoch_to}): a {self.bits}-bit report of taxonomy "
                f"{self.taxonomy}, which this device no longer has, so its bits cannot be named"
            )
        names = ", ".join(t.label for t in self.set_bits) or "none"
        return (
            f"epoch {self.epoch} ({self.epoch_from} to {self.epoch_to}): {len(self.set_bits)} of {self.bits} "
            f"topic bits set: {names}"
        )

    def cannot_say(self) -> str:
        q = 1.0 / (math.exp(self.epsilon) + 1.0)
        swap = f"1 in {1 / self.p_replace:.0f}" if self.p_replace > 0 else "no"
        return (
            f"which of these, if any, you talked about: every bit was set at random with probability {q:.0%} "
            f"(about {self.noise_bits:.0f} of {self.bits} by chance alone), your topic's own bit only half the "
            f"time, after a {swap} chance of swapping your topic for a random one. Even knowing all that, a reader "
            f"of these bits puts {self.chance_if_set:.2%} on each set topic and {self.chance_if_unset:.2%} on each "
            f"unset one, against {self.chance_before:.2%} before"
        )

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["set_bits"] = [asdict(t) for t in self.set_bits]
        out["upload"] = json.loads(self.body)
        del out["body"]
        out["says"], out["cannot_say"] = self.says(), self.cannot_say()
        return out


def day(epoch: int, epoch_seconds: int) -> str:
    """The UTC date an epoch starts on."""
    return datetime.fromtimestamp(epoch * epoch_seconds, tz=timezone.utc).strftime("%Y-%m-%d")


def chances(bits: int, set_count: int, epsilon: float, p_replace: float) -> tuple[float, float]:
    """P(j | y) for a set and for an unset topic j of a report with `set_count` of `bits` bits set (see above)."""
    e = math.exp(epsilon)
    m = (set_count * e + bits - set_count) / bits
    return ((1 - p_replace) * e + p_replace * m) / (bits * m), ((1 - p_replace) + p_replace * m) / (bits * m)


def decode(body: bytes, domain: TokenDomain, taxonomy: Taxonomy, epoch_seconds: int) -> DecodedUpload:
    """An upload (as queued or sent by this device) decoded; ValueError when it is not one."""
    try:
        upload = json.loads(body)
        report = base64.b64decode(upload["report"], validate=True)
        epoch, epsilon, p_replace = int(upload["epoch"]), float(upload["epsilon"]), float(upload["p_replace"])
        version, report_id = str(upload["taxonomy"]), str(upload["report_id"])
    except (ValueError, TypeError, KeyError, binascii.Error) as err:
        raise ValueError(f"not an upload ({type(err).__name__})") from None
    readable = version == domain.version and len(report) == domain.packed_bytes
    size = domain.size if readable else len(report) * 8
    if size == 0:
        raise ValueError("not an upload (an empty report)")
    bits = ldp.unpack(report, size)
    shown = tuple(
        BitTopic(i, domain.ids[i], domain.labels[i], _tier1(taxonomy, domain.ids[i]))
        for i in (bits.nonzero()[0].tolist() if readable else [])
    )
    if_set, if_unset = chances(size, int(bits.sum()), epsilon, p_replace)
    return DecodedUpload(
        epoch=epoch,
        epoch_from=day(epoch, epoch_seconds),
        epoch_to=day(epoch + 1, epoch_seconds),
        report_id=report_id,
        taxonomy=version,
        epsilon=epsilon,
        p_replace=p_replace,
        bits=size,
        set_bits=shown,
        readable=readable,
        noise_bits=(size - 1) / (math.exp(epsilon) + 1.0),
        chance_before=1.0 / size,
        chance_if_set=if_set,
        chance_if_unset=if_unset,
        body=body.decode("utf-8"),
    )


def _tier1(taxonomy: Taxonomy, topic_id: str) -> str:
    node = taxonomy.get(topic_id)
    return node.tier1 if node is not None else ""
