"""The upload format: strict decode (every way an upload can be wrong has a reason and a kind), compact encode."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import Parameters, default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.upload import FIELDS, MAX_EPOCH, Upload, UploadError, new_report_id

DOMAIN = TokenDomain.load()
PARAMS = default_parameters(DOMAIN.version)
EPOCH = 2970


def valid(seed: int = 0, epoch: int = EPOCH, params: Parameters = PARAMS) -> Upload:
    (upload,) = Anonymizer(DOMAIN, params, SeededRandomness(seed)).uploads(epoch, {DOMAIN.ids[3]: 2})
    return upload


def body_with(**changes: Any) -> bytes:
    obj = valid().to_json()
    obj.update(changes)
    return json.dumps(obj).encode()


def decode(body: bytes, params: Parameters = PARAMS) -> Upload:
    return Upload.decode(body, params, DOMAIN)


def spare_bits_set() -> str:
    raw = bytearray(DOMAIN.packed_bytes)
    raw[-1] = 0x01  # the last bit of the padding: beyond the 299 topics
    return base64.b64encode(bytes(raw)).decode()


def test_the_domain_leaves_spare_bits_to_check() -> None:
    assert DOMAIN.size == 299 and DOMAIN.packed_bytes == 38  # 304 bits: 5 must stay clear


@pytest.mark.parametrize(
    ("body", "reason", "status", "kind"),
    [
        (b"{", "malformed JSON", 400, "malformed"),
        (b"\xff\xfe{}", "not UTF-8", 400, "malformed"),
        (b"[" * 100_000 + b"]" * 100_000, "malformed JSON", 400, "malformed"),
        (b'{"schema":"a","schema":"b"}', "duplicate field", 400, "malformed"),
        (body_with().replace(b'"epsilon": 2.0', b'"epsilon": NaN'), "NaN is not allowed", 400, "malformed"),
        (body_with().replace(b'"epsilon": 2.0', b'"epsilon": Infinity'), "Infinity is not allowed", 400, "malformed"),
        (body_with().replace(b'"p_replace": 0.05', b'"p_replace": -Infinity'), "-Infinity", 400, "malformed"),
        (b"[]", "JSON object", 422, "invalid"),
        (b'"upload"', "JSON object", 422, "invalid"),
        (body_with(device_id="abc"), "unknown field.*device_id", 422, "invalid"),
        (body_with(timestamp=1_800_000_000), "unknown field.*timestamp", 422, "invalid"),
        (body_with(schema="edge.tokens/1"), "unsupported schema", 422, "schema"),
        (body_with(taxonomy="iab-2.2"), "unknown taxonomy", 422, "schema"),
        (body_with(mechanism="rappor"), "mechanism differs", 422, "parameters"),
        (body_with(epsilon=0.001), "epsilon differs from this collector's parameters", 422, "parameters"),
        (body_with(epsilon=1e-300), "epsilon differs", 422, "parameters"),
        (body_with(epsilon="2.0"), "epsilon differs", 422, "parameters"),
        (body_with().replace(b'"epsilon": 2.0', b'"epsilon": 1e400'), "epsilon differs", 422, "parameters"),
        (body_with(p_replace=0.5), "p_replace differs", 422, "parameters"),
        (body_with(p_replace=0), "p_replace differs", 422, "parameters"),
        (body_with(epoch="2970"), "epoch must be an integer", 422, "invalid"),
        (body_with(epoch=2970.5), "epoch must be an integer", 422, "invalid"),
        (body_with(epoch=True), "epoch must be an integer", 422, "invalid"),
        (body_with(epoch=-1), "epoch must be an integer", 422, "invalid"),
        (body_with(epoch=MAX_EPOCH + 1), "epoch must be an integer", 422, "invalid"),
        (body_with(epoch=10**400), "epoch must be an integer", 422, "invalid"),
        (body_with(epoch=None), "epoch must be an integer", 422, "invalid"),
        (body_with(report_id="ABC"), "report_id", 422, "invalid"),
        (body_with(report_id="F" * 32), "report_id", 422, "invalid"),
        (body_with(report_id="0" * 31), "report_id", 422, "invalid"),
        (body_with(report_id="0" * 33), "report_id", 422, "invalid"),
        (body_with(report_id="0" * 31 + "\n"), "report_id", 422, "invalid"),
        (body_with(report_id=12345), "report_id", 422, "invalid"),
        (body_with(report=123), "base64 string", 422, "invalid"),
        (body_with(report=["AAAA"]), "base64 string", 422, "invalid"),
        (body_with(report="!!!!"), "not valid base64", 422, "invalid"),
        (body_with(report="AAA"), "not valid base64", 422, "invalid"),
        (body_with(report="AAAA\n"), "not valid base64", 422, "invalid"),
        (body_with(report="é"), "not valid base64", 422, "invalid"),
        (body_with(report="AAAA"), "report has 3 bytes.*needs 38", 422, "invalid"),
        (body_with(report=base64.b64encode(bytes(39)).decode()), "report has 39 bytes", 422, "invalid"),
        (body_with(report=spare_bits_set()), "outside the taxonomy", 422, "invalid"),
    ],
)
def test_decode_refuses_with_a_reason_a_status_and_a_kind(body: bytes, reason: str, status: int, kind: str) -> None:
    with pytest.raises(UploadError, match=reason) as caught:
        decode(body)
    err = caught.value
    assert (err.status, err.kind) == (status, kind)
    assert err.reason == str(err) and "\n" not in err.reason


@pytest.mark.parametrize("name", FIELDS)
def test_each_missing_field_is_named(name: str) -> None:
    obj = valid().to_json()
    del obj[name]
    with pytest.raises(UploadError, match=f"missing field\\(s\\): {name}$") as caught:
        decode(json.dumps(obj).encode())
    assert caught.value.kind == "invalid"


def test_booleans_are_not_numbers_even_where_they_compare_equal() -> None:
    one = replace(PARAMS, epsilon=1.0, p_replace=0.0)  # True == 1.0 and False == 0.0 in Python
    assert decode(valid(params=one).encode(), one).epsilon == 1.0
    for field, value in (("epsilon", True), ("p_replace", False)):
        obj = valid(params=one).to_json()
        obj[field] = value
        with pytest.raises(UploadError, match=f"{field} differs") as caught:
            decode(json.dumps(obj).encode(), one)
        assert caught.value.kind == "parameters"


def test_the_declared_parameters_must_equal_the_collectors_own() -> None:
    """An upload cannot choose its epsilon: the same body is valid for one collector and refused by another."""
    body = valid().encode()
    assert decode(body).epsilon == PARAMS.epsilon
    for other in (replace(PARAMS, epsilon=1.0), replace(PARAMS, p_replace=0.1)):
        with pytest.raises(UploadError, match="differs from this collector's parameters") as caught:
            decode(body, other)
        assert caught.value.kind == "parameters" and caught.value.status == 422
    with pytest.raises(UploadError, match="unknown taxonomy"):
        decode(body, replace(PARAMS, taxonomy="iab-3.0-t2/0"))  # the collector's domain is another version


def test_a_json_integer_equal_to_the_parameter_is_the_parameter() -> None:
    upload = valid()
    two = upload.encode().replace(b'"epsilon":2.0', b'"epsilon":2')
    assert b'"epsilon":2,' in two
    assert decode(two) == upload


def test_encode_is_compact_in_schema_order_and_round_trips() -> None:
    upload = valid()
    body = upload.encode()
    text = body.decode("ascii")
    assert " " not in text and "\n" not in text
    assert tuple(json.loads(body)) == FIELDS
    keys = re.findall(r'"([a-z_]+)":', text)
    assert tuple(keys) == FIELDS
    assert decode(body) == upload
    assert json.loads(body)["schema"] == "edge.tokens/2" and json.loads(body)["mechanism"] == "oue"


def test_every_upload_of_a_population_has_one_size() -> None:
    sizes = set()
    rng = SeededRandomness(7)
    for epoch in (EPOCH - 2, EPOCH - 1, EPOCH):
        for counts in ({}, {DOMAIN.ids[0]: 1}, {i: n for n, i in enumerate(DOMAIN.ids[:40], 1)}):
            for upload in Anonymizer(DOMAIN, PARAMS, rng).uploads(epoch, counts):
                sizes.add(len(upload.encode()))
    assert sizes == {len(valid().encode())}
    assert len(valid().encode()) < 1024 - 128  # fits one padded inner request with room for the headers


def test_report_ids_are_128_random_bits() -> None:
    ids = {new_report_id() for _ in range(2000)}
    assert len(ids) == 2000 and all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
    ones = sum(bin(int(i, 16)).count("1") for i in ids)  # ~ half of 256,000 bits
    assert abs(ones / (128 * 2000) - 0.5) < 0.01


FUZZ_BASE = valid().to_json()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(FIELDS), value=json_values)
def test_any_json_value_in_any_field_decodes_only_to_what_the_schema_allows(field: str, value: Any) -> None:
    obj = dict(FUZZ_BASE)
    obj[field] = value
    try:
        upload = decode(json.dumps(obj).encode())
    except UploadError as err:
        assert err.kind in {"malformed", "invalid", "schema", "parameters"} and err.reason
        return
    # Accepted: then the field held a value the schema allows, and the upload says exactly that.
    assert upload.to_json()[field] == value and type(value) is not bool
    if field == "epoch":
        assert isinstance(value, int) and 0 <= value <= MAX_EPOCH


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=600))
def test_arbitrary_bytes_are_refused(body: bytes) -> None:
    with pytest.raises(UploadError):
        decode(body)
