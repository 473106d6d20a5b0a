"""OHTTP key configurations (RFC 9458 §3, RFC 9540 application/ohttp-keys) and the gateway's key file."""

from __future__ import annotations

import json
import os
import stat
import struct

import pytest

from edge.ohttp import (
    AEAD_AES_128_GCM,
    KDF_HKDF_SHA256,
    KEM_X25519,
    GatewayKey,
    KeyConfig,
    OhttpError,
    decode_key_configs,
    encode_key_configs,
)

# RFC 9458 Appendix A: the gateway's X25519 secret key and the key configuration it publishes.
RFC_SECRET_KEY = bytes.fromhex("3c168975674b2fa8e465970b79c8dcf09f1c741626480bd4c6162fc5b6a98e1a")
RFC_KEY_CONFIG = bytes.fromhex(
    "01002031e1f05a740102115220e9af918f738674aec95f54db6e04eb705aae8e79815500080001000100010003"
)
RFC_PUBLIC_KEY = RFC_KEY_CONFIG[3:35]
AEAD_CHACHA20_POLY1305 = 0x0003
KEM_P256 = 0x0010


def test_rfc9458_key_configuration_both_directions():
    config = KeyConfig.decode(RFC_KEY_CONFIG)
    assert config == KeyConfig(
        1, KEM_X25519, RFC_PUBLIC_KEY, ((KDF_HKDF_SHA256, AEAD_AES_128_GCM), (KDF_HKDF_SHA256, AEAD_CHACHA20_POLY1305))
    )
    assert config.encode() == RFC_KEY_CONFIG
    assert config.supported_suite() == (KDF_HKDF_SHA256, AEAD_AES_128_GCM)


def test_the_rfc_secret_key_derives_the_rfc_public_key():
    derived = GatewayKey.from_private_bytes(1, RFC_SECRET_KEY).config()
    assert derived == KeyConfig(1, KEM_X25519, RFC_PUBLIC_KEY, ((KDF_HKDF_SHA256, AEAD_AES_128_GCM),))
    # The same configuration with only the suite this library speaks: the RFC's bytes less its ChaCha20 pair.
    assert derived.encode() == RFC_KEY_CONFIG[:35] + bytes.fromhex("000400010001")


def test_key_config_list_round_trips_with_length_prefixes():
    configs = [GatewayKey.generate(key_id).config() for key_id in (1, 2, 255)]
    body = encode_key_configs(configs)
    assert body[:2] == struct.pack(">H", len(configs[0].encode())) == b"\x00\x29"  # 1 + 2 + 32 + 2 + 4 = 41
    assert len(body) == 3 * (2 + 41)
    assert decode_key_configs(body) == configs


def test_unknown_kems_and_unsupported_suites_are_skipped():
    usable = GatewayKey.generate(7).config()
    unknown_kem = struct.pack(">BH", 3, 0x7777) + os.urandom(50) + b"\x00\x04\x00\x01\x00\x01"  # layout unknowable
    p256 = KeyConfig(4, KEM_P256, b"\x04" + os.urandom(64), ((KDF_HKDF_SHA256, AEAD_AES_128_GCM),))
    chacha_only = KeyConfig(5, KEM_X25519, os.urandom(32), ((KDF_HKDF_SHA256, AEAD_CHACHA20_POLY1305),))
    body = (
        struct.pack(">H", len(unknown_kem))
        + unknown_kem
        + encode_key_configs([p256, chacha_only, usable])
        + encode_key_configs([KeyConfig.decode(RFC_KEY_CONFIG)])
    )
    assert decode_key_configs(body) == [usable, KeyConfig.decode(RFC_KEY_CONFIG)]
    with pytest.raises(OhttpError, match="no configuration offers X25519 with HKDF-SHA256 and AES-128-GCM"):
        decode_key_configs(encode_key_configs([p256, chacha_only]))


def test_a_malformed_entry_rejects_the_whole_list():
    good = encode_key_configs([GatewayKey.generate(1).config()])
    broken_entry = RFC_KEY_CONFIG[:-1]  # algorithms length says 8, 7 bytes follow
    body = good + struct.pack(">H", len(broken_entry)) + broken_entry
    with pytest.raises(OhttpError, match="fields add up to"):
        decode_key_configs(body)
    for end in range(1, len(good)):
        with pytest.raises(OhttpError):
            decode_key_configs(good + good[:end])
    with pytest.raises(OhttpError, match="the body is empty"):
        decode_key_configs(b"")
    with pytest.raises(OhttpError, match="too short"):
        decode_key_configs(b"\x00\x00" + good)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (RFC_KEY_CONFIG[:2], "too short for a key id and KEM id"),
        (RFC_KEY_CONFIG[:30], "truncated inside its public key"),
        (RFC_KEY_CONFIG[:-4], "fields add up to"),
        (RFC_KEY_CONFIG + b"\x00", "fields add up to"),
        (RFC_KEY_CONFIG[:35] + b"\x00\x00", "algorithms length 0 is not a positive multiple of 4"),
        (RFC_KEY_CONFIG[:35] + b"\x00\x03\x00\x01\x00", "algorithms length 3"),
        (b"\x01\x00\x99" + bytes(40), "unknown KEM 0x0099"),
    ],
)
def test_malformed_key_configurations_say_what_is_wrong(data, message):
    with pytest.raises(OhttpError, match=message):
        KeyConfig.decode(data)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ((256, KEM_X25519, bytes(32), ((1, 1),)), "key id 256"),
        ((1, KEM_X25519, bytes(31), ((1, 1),)), "needs a 32-byte public key, got 31"),
        ((1, KEM_X25519, bytes(32), ()), "no \\(KDF, AEAD\\) pair"),
        ((1, KEM_X25519, bytes(32), ((1, 0x10000),)), "AEAD id 65536"),
    ],
)
def test_key_configurations_are_checked_when_built(fields, message):
    with pytest.raises(OhttpError, match=message):
        KeyConfig(*fields)
    with pytest.raises(OhttpError, match="at least one"):
        encode_key_configs([])


def test_gateway_key_save_and_load(tmp_path):
    key = GatewayKey.generate(9)
    path = tmp_path / "gateway" / "ohttp-key.json"
    key.save(path)
    assert GatewayKey.load(path) == key
    assert GatewayKey.load(path).config() == key.config()


def test_key_file_is_private_whatever_the_umask_and_replaced_atomically(tmp_path):
    path = tmp_path / "ohttp-key.json"
    previous = os.umask(0)
    try:
        GatewayKey.generate(1).save(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        path.chmod(0o644)
        replacement = GatewayKey.generate(2)
        replacement.save(path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # a new file took its place, not a rewrite of the old one
    assert GatewayKey.load(path) == replacement
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ohttp-key.json"]  # no temporary file left behind


def test_a_failed_save_is_a_clear_error_and_leaves_no_temporary_file(tmp_path):
    occupied = tmp_path / "ohttp-key.json"
    (occupied / "something").mkdir(parents=True)  # rename onto a non-empty directory fails at the last step
    with pytest.raises(OhttpError, match=f"cannot save the OHTTP gateway key to {occupied}"):
        GatewayKey.generate(2).save(occupied)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ohttp-key.json"]
    assert [p.name for p in occupied.iterdir()] == ["something"]
    not_a_folder = tmp_path / "file"
    not_a_folder.write_bytes(b"")
    with pytest.raises(OhttpError, match="cannot save the OHTTP gateway key"):
        GatewayKey.generate(2).save(not_a_folder / "ohttp-key.json")


def _key_file(**fields):
    obj = {"format": "edge.ohttp-gateway-key/1", "key_id": 1, "kem_id": 32, "private_key": RFC_SECRET_KEY.hex()}
    obj.update(fields)
    return json.dumps(obj).encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\xff binary", "not JSON"),
        (b"[1, 2]", "wrong or missing format"),
        (_key_file(format="pem"), "wrong or missing format"),
        (_key_file(kem_id=16), "KEM 16 is not X25519"),
        (_key_file(key_id=300), "key_id must be an integer 0-255"),
        (_key_file(key_id="1"), "key_id must be an integer 0-255"),
        (_key_file(private_key=RFC_SECRET_KEY.hex()[:-2]), "private_key must be 32 bytes in hex"),
        (_key_file(private_key="zz" + RFC_SECRET_KEY.hex()[2:]), "private_key must be 32 bytes in hex"),
        (_key_file(private_key=None), "private_key must be 32 bytes in hex"),
    ],
)
def test_bad_key_files_say_what_is_wrong_and_never_show_the_key(tmp_path, content, message):
    path = tmp_path / "ohttp-key.json"
    path.write_bytes(content)
    with pytest.raises(OhttpError, match=message) as caught:
        GatewayKey.load(path)
    assert str(path) in str(caught.value)
    assert RFC_SECRET_KEY.hex()[:16] not in str(caught.value)


def test_a_missing_key_file_is_a_clear_error(tmp_path):
    with pytest.raises(OhttpError, match="cannot read the OHTTP gateway key .*No such file"):
        GatewayKey.load(tmp_path / "absent.json")


def test_the_private_key_never_shows_in_repr():
    key = GatewayKey.from_private_bytes(1, RFC_SECRET_KEY)
    assert RFC_SECRET_KEY.hex()[:16] not in repr(key)
    assert repr(RFC_SECRET_KEY)[2:20] not in repr(key)
    with pytest.raises(OhttpError, match="32 raw bytes"):
        GatewayKey.from_private_bytes(1, RFC_SECRET_KEY[:31])
    with pytest.raises(OhttpError, match="key id -1"):
        GatewayKey.from_private_bytes(-1, RFC_SECRET_KEY)
