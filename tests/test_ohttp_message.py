"""Encapsulated requests and responses (RFC 9458 §4): Appendix A byte for byte, tampering, sizes."""

from __future__ import annotations

import struct

import pytest

from edge.ohttp import (
    REQUEST_OVERHEAD,
    RESPONSE_OVERHEAD,
    GatewayKey,
    KeyConfig,
    OhttpError,
    Request,
    Response,
    decapsulate_request,
    decode_request,
    decode_response,
    encapsulate_request,
    encode_request,
    encode_response,
)
from edge.ohttp.message import _info, _response_key_and_nonce

# RFC 9458 Appendix A, in the order the RFC gives them.
RFC_SECRET_KEY = bytes.fromhex("3c168975674b2fa8e465970b79c8dcf09f1c741626480bd4c6162fc5b6a98e1a")
RFC_KEY_CONFIG = bytes.fromhex(
    "01002031e1f05a740102115220e9af918f738674aec95f54db6e04eb705aae8e79815500080001000100010003"
)
RFC_REQUEST = bytes.fromhex("00034745540568747470730b6578616d706c652e636f6d012f")
RFC_EPHEMERAL_KEY = bytes.fromhex("bc51d5e930bda26589890ac7032f70ad12e4ecb37abb1b65b1256c9c48999c73")
RFC_ENC = bytes.fromhex("4b28f881333e7c164ffc499ad9796f877f4e1051ee6d31bad19dec96c208b472")
RFC_INFO = bytes.fromhex("6d6573736167652f626874747020726571756573740001002000010001")
RFC_ENC_REQUEST = bytes.fromhex(
    "010020000100014b28f881333e7c164ffc499ad9796f877f4e1051ee6d31bad19dec96c208b4726374e469135906992e1268c594d2a1"
    "0c695d858c40a026e7965e7d86b83dd440b2c0185204b4d63525"
)
RFC_RESPONSE = bytes.fromhex("0140c8")
RFC_RESPONSE_NONCE = bytes.fromhex("c789e7151fcba46158ca84b04464910d")
RFC_AEAD_KEY = bytes.fromhex("5d0172a080e428b16d298c4ea0db620d")
RFC_AEAD_NONCE = bytes.fromhex("f6bf1aeb88d6df87007fa263")
RFC_ENC_RESPONSE = bytes.fromhex("c789e7151fcba46158ca84b04464910d86f9013e404feea014e7be4a441f234f857fbd")

RFC_KEY = GatewayKey.from_private_bytes(1, RFC_SECRET_KEY)


def test_rfc9458_request_encapsulation_byte_for_byte():
    assert _info(RFC_ENC_REQUEST[:7]) == RFC_INFO
    enc_request, _ = encapsulate_request(KeyConfig.decode(RFC_KEY_CONFIG), RFC_REQUEST, _ephemeral=RFC_EPHEMERAL_KEY)
    assert enc_request == RFC_ENC_REQUEST
    assert enc_request[7:39] == RFC_ENC
    # 25 + 55 bytes. (The example's HTTP framing says Content-Length 78 and 38; its hex has 80 and 35 bytes.)
    assert len(RFC_ENC_REQUEST) == 80 == len(RFC_REQUEST) + REQUEST_OVERHEAD


def test_rfc9458_request_decapsulation_and_response_byte_for_byte():
    request, server = decapsulate_request(RFC_KEY, RFC_ENC_REQUEST)
    assert request == RFC_REQUEST
    assert decode_request(request) == Request("GET", "https", "example.com", "/")
    assert _response_key_and_nonce(server._context, RFC_ENC, RFC_RESPONSE_NONCE) == (RFC_AEAD_KEY, RFC_AEAD_NONCE)
    assert server.encapsulate_response(RFC_RESPONSE, _nonce=RFC_RESPONSE_NONCE) == RFC_ENC_RESPONSE
    assert len(RFC_ENC_RESPONSE) == 35 == len(RFC_RESPONSE) + RESPONSE_OVERHEAD


def test_rfc9458_response_decapsulation_by_the_client():
    _, client = encapsulate_request(KeyConfig.decode(RFC_KEY_CONFIG), RFC_REQUEST, _ephemeral=RFC_EPHEMERAL_KEY)
    assert _response_key_and_nonce(client._context, RFC_ENC, RFC_RESPONSE_NONCE) == (RFC_AEAD_KEY, RFC_AEAD_NONCE)
    response = client.decapsulate_response(RFC_ENC_RESPONSE)
    assert response == RFC_RESPONSE
    assert decode_response(response) == Response(200)


def test_a_padded_upload_round_trip_and_the_bytes_on_the_wire():
    key = GatewayKey.generate(3)
    body = b'{"schema":"edge.tokens/2","epoch":2900,"report":"AAAA"}'
    request = Request(
        "POST", "https", "collector.invalid", "/v1/reports", (("content-type", "application/json"),), body
    )
    enc_request, client = encapsulate_request(key.config(), encode_request(request, pad_to=1024))
    assert len(enc_request) == 1024 + 55 == 1079
    inner, server = decapsulate_request(key, enc_request)
    assert len(inner) == 1024
    assert decode_request(inner) == request
    response = Response(200, (("content-type", "application/json"),), b'{"ok": true}')
    enc_response = server.encapsulate_response(encode_response(response, pad_to=2048))
    assert len(enc_response) == 2048 + 32 == 2080
    assert decode_response(client.decapsulate_response(enc_response)) == response
    assert body not in enc_request and b"collector.invalid" not in enc_request and b'"ok"' not in enc_response
    assert (REQUEST_OVERHEAD, RESPONSE_OVERHEAD) == (55, 32)


def test_every_encapsulation_is_fresh():
    config = RFC_KEY.config()
    (first, client), (second, _) = (encapsulate_request(config, RFC_REQUEST) for _ in range(2))
    assert first[:7] == second[:7] and first[7:39] != second[7:39] and first[39:] != second[39:]
    _, server = decapsulate_request(RFC_KEY, first)
    one, two = server.encapsulate_response(RFC_RESPONSE), server.encapsulate_response(RFC_RESPONSE)
    assert one[:16] != two[:16]
    assert client.decapsulate_response(one) == client.decapsulate_response(two) == RFC_RESPONSE


def test_a_request_for_another_key_id_is_refused():
    other = GatewayKey.from_private_bytes(2, RFC_SECRET_KEY)
    with pytest.raises(OhttpError, match="names key id 1, but the gateway's key is 2"):
        decapsulate_request(other, RFC_ENC_REQUEST)


def test_a_request_sealed_for_another_key_with_the_same_id_does_not_decrypt():
    with pytest.raises(OhttpError, match="does not decrypt with key id 1"):
        decapsulate_request(GatewayKey.generate(1), RFC_ENC_REQUEST)


@pytest.mark.parametrize(
    ("kem_id", "kdf_id", "aead_id"),
    [(0x0020, 0x0001, 0x0003), (0x0020, 0x0001, 0x0002), (0x0020, 0x0002, 0x0001), (0x0010, 0x0001, 0x0001)],
)
def test_an_unsupported_suite_is_refused(kem_id, kdf_id, aead_id):
    tampered = struct.pack(">BHHH", 1, kem_id, kdf_id, aead_id) + RFC_ENC_REQUEST[7:]
    with pytest.raises(OhttpError, match="this gateway accepts only X25519 with HKDF-SHA256 and AES-128-GCM"):
        decapsulate_request(RFC_KEY, tampered)


def test_a_client_refuses_a_configuration_without_a_supported_suite():
    chacha_only = KeyConfig(1, 0x0020, RFC_KEY.config().public_key, ((0x0001, 0x0003),))
    with pytest.raises(OhttpError, match="offers no supported suite"):
        encapsulate_request(chacha_only, RFC_REQUEST)
    p256 = KeyConfig(1, 0x0010, b"\x04" + bytes(64), ((0x0001, 0x0001),))
    with pytest.raises(OhttpError, match="KEM 0x0010"):
        encapsulate_request(p256, RFC_REQUEST)
    low_order = KeyConfig(1, 0x0020, bytes(32), ((0x0001, 0x0001),))
    with pytest.raises(OhttpError, match="not usable"):
        encapsulate_request(low_order, RFC_REQUEST)


def test_every_flipped_bit_of_an_encapsulated_request_is_refused():
    for bit in range(8 * len(RFC_ENC_REQUEST)):
        tampered = bytearray(RFC_ENC_REQUEST)
        tampered[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(OhttpError):
            decapsulate_request(RFC_KEY, bytes(tampered))


def test_every_truncation_of_an_encapsulated_request_is_refused():
    enc_request, _ = encapsulate_request(
        RFC_KEY.config(), encode_request(Request("GET", "https", "a", "/"), pad_to=300)
    )
    for end in range(len(enc_request)):
        with pytest.raises(OhttpError):
            decapsulate_request(RFC_KEY, enc_request[:end])
    with pytest.raises(OhttpError, match="shorter than its 7-byte header"):
        decapsulate_request(RFC_KEY, enc_request[:6])
    with pytest.raises(OhttpError, match="shorter than header, key share and tag \\(55\\)"):
        decapsulate_request(RFC_KEY, enc_request[:54])


def test_every_flipped_bit_or_truncation_of_an_encapsulated_response_is_refused():
    _, client = encapsulate_request(KeyConfig.decode(RFC_KEY_CONFIG), RFC_REQUEST, _ephemeral=RFC_EPHEMERAL_KEY)
    for bit in range(8 * len(RFC_ENC_RESPONSE)):
        tampered = bytearray(RFC_ENC_RESPONSE)
        tampered[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(OhttpError, match="does not decrypt"):
            client.decapsulate_response(bytes(tampered))
    for end in range(len(RFC_ENC_RESPONSE)):
        with pytest.raises(OhttpError):
            client.decapsulate_response(RFC_ENC_RESPONSE[:end])


def test_a_response_to_another_request_does_not_decrypt():
    config = RFC_KEY.config()
    enc_first, first_client = encapsulate_request(config, RFC_REQUEST)
    enc_second, second_client = encapsulate_request(config, RFC_REQUEST)
    _, first_server = decapsulate_request(RFC_KEY, enc_first)
    _, second_server = decapsulate_request(RFC_KEY, enc_second)
    answer_to_second = second_server.encapsulate_response(RFC_RESPONSE)
    assert second_client.decapsulate_response(answer_to_second) == RFC_RESPONSE
    with pytest.raises(OhttpError, match="not the answer to this request"):
        first_client.decapsulate_response(answer_to_second)
    with pytest.raises(OhttpError, match="not the answer to this request"):
        first_client.decapsulate_response(RFC_ENC_RESPONSE)  # the RFC's answer, to the RFC's request only


def test_a_fixed_response_nonce_must_have_the_right_length():
    _, server = decapsulate_request(RFC_KEY, RFC_ENC_REQUEST)
    with pytest.raises(OhttpError, match="nonce must be 16 bytes"):
        server.encapsulate_response(RFC_RESPONSE, _nonce=bytes(12))
