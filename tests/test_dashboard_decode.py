"""Uploads decoded for the owner (`edge.owner.decode`): the bits are the report's, and what the page says a reader can
infer is the exact Bayesian posterior of the mechanism, bounded by the accountant's local epsilon. The sent log
that the page shows: filled on acknowledgement, bounded, wiped by forget."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from edge.owner.controls import forget
from edge.owner.decode import chances, decode
from edge.tokens import InterestProfile, Outbox, Upload, accounting, ldp
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.topics.taxonomy import Taxonomy

DOMAIN = TokenDomain.load()
TAXONOMY = Taxonomy.load()
PARAMS = default_parameters()


def posterior_by_brute_force(bits: np.ndarray, epsilon: float, p_replace: float) -> np.ndarray:
    """P(topic j | bits) for a uniform prior, straight from the mechanism: replace with p_replace, then flip every
    bit (1/2 for the topic's, q for the others), each likelihood summed in log space."""
    p, q = ldp.flip_probabilities(epsilon)
    other = np.where(bits, math.log(q), math.log1p(-q))  # log P(bit | not the topic)
    own = np.where(bits, math.log(p), math.log1p(-p))  # log P(bit | the topic)
    oue = other.sum() - other + own  # log P(bits | OUE of topic i), for every i
    mixed = (1 - p_replace) * np.exp(oue - oue.max()) + p_replace * np.exp(oue - oue.max()).mean()
    return mixed / mixed.sum()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_chances_shown_are_the_mechanisms_posterior(seed: int) -> None:
    (upload,) = Anonymizer(DOMAIN, PARAMS, SeededRandomness(seed)).uploads(2900, {DOMAIN.ids[7]: 3})
    decoded = decode(upload.encode(), DOMAIN, TAXONOMY, PARAMS.epoch_seconds)
    bits = ldp.unpack(upload.report, DOMAIN.size)
    assert [b.index for b in decoded.set_bits] == np.flatnonzero(bits).tolist()
    assert [b.label for b in decoded.set_bits] == [DOMAIN.labels[i] for i in np.flatnonzero(bits)]
    truth = posterior_by_brute_force(bits, PARAMS.epsilon, PARAMS.p_replace)
    assert truth[bits] == pytest.approx(decoded.chance_if_set, rel=1e-9)
    assert truth[~bits] == pytest.approx(decoded.chance_if_unset, rel=1e-9)
    assert decoded.chance_before == pytest.approx(1 / 299)
    # What a reader learns is bounded by the guarantee the accountant computes.
    ratio = decoded.chance_if_set / decoded.chance_if_unset
    assert 1 < ratio < math.exp(accounting.local_epsilon(PARAMS.epsilon, PARAMS.p_replace, DOMAIN.size))
    assert decoded.says().startswith(f"epoch 2900 ({decoded.epoch_from} to {decoded.epoch_to}): {bits.sum()} of 299")
    assert f"{decoded.chance_if_set:.2%} on each set topic" in decoded.cannot_say()
    assert json.loads(decoded.body) == upload.to_json()


def test_one_set_bit_reaches_exactly_the_local_epsilon() -> None:
    e_local = math.exp(accounting.local_epsilon(PARAMS.epsilon, PARAMS.p_replace, DOMAIN.size))
    if_set, if_unset = chances(DOMAIN.size, 1, PARAMS.epsilon, PARAMS.p_replace)
    assert if_set / if_unset == pytest.approx(e_local, rel=1e-12)
    for k in (0, 1, 36, 299):
        s, u = chances(DOMAIN.size, k, PARAMS.epsilon, PARAMS.p_replace)
        assert k * s + (DOMAIN.size - k) * u == pytest.approx(1.0)  # a distribution over the topics


def test_an_upload_of_another_taxonomy_is_shown_without_names_and_junk_is_refused() -> None:
    other = Upload("iab-9.9/1", "oue", 2.0, 0.05, 2900, "0" * 32, bytes([0xFF]) * 40)
    decoded = decode(other.encode(), DOMAIN, TAXONOMY, PARAMS.epoch_seconds)
    assert not decoded.readable and decoded.set_bits == () and "iab-9.9/1" in decoded.says()
    for junk in (b"", b"{}", b"[1]", b'{"report": "!!"}', json.dumps({**other.to_json(), "report": ""}).encode()):
        with pytest.raises(ValueError, match="not an upload"):
            decode(junk, DOMAIN, TAXONOMY, PARAMS.epoch_seconds)


def test_acknowledged_uploads_are_kept_for_the_owner_bounded_and_forgotten(tmp_path: Path) -> None:
    anonymizer = Anonymizer(DOMAIN, PARAMS, SeededRandomness(4))
    with InterestProfile.open(tmp_path) as profile:
        outbox = Outbox(profile.conn, max_sent=3)
        uploads = [anonymizer.uploads(2900 + n, {})[0] for n in range(5)]
        for upload in uploads:
            outbox.put(upload, not_before=0.0)
        assert outbox.sent() == []
        for upload in uploads:
            outbox.ack(upload.report_id)
            outbox.ack(upload.report_id)  # a second acknowledgement changes nothing
        kept = outbox.sent()
        assert [q.report_id for q in kept] == [u.report_id for u in uploads[2:]]  # the newest three
        assert [q.body for q in kept] == [u.encode() for u in uploads[2:]] and len(outbox) == 0
        columns = {c[1] for c in profile.conn.execute("PRAGMA table_info(sent)")}
    assert columns == {"seq", "report_id", "epoch", "body"}  # no time finer than the epoch
    assert forget(tmp_path)
    with InterestProfile.open(tmp_path) as profile:
        assert Outbox(profile.conn).sent() == []
