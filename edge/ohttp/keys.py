"""Gateway keys and their public key configurations (RFC 9458 §3), listed as application/ohttp-keys.

A key configuration names the gateway's key (one byte), its KEM, its public key and the (KDF, AEAD) pairs it
accepts. RFC 9458 §3.2 prefixes each configuration with a two-byte length to form the `application/ohttp-keys`
list, which RFC 9540 serves at `/.well-known/ohttp-gateway`. This library speaks one suite:
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import struct
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from edge.ohttp.errors import OhttpError

KEYS_MEDIA_TYPE = "application/ohttp-keys"
KEM_X25519 = 0x0020
KDF_HKDF_SHA256 = 0x0001
AEAD_AES_128_GCM = 0x0001
SUPPORTED_SUITES = ((KDF_HKDF_SHA256, AEAD_AES_128_GCM),)
# Npk of every KEM in RFC 9180 §7.1, so a configuration for another KEM can still be parsed (and then skipped).
PUBLIC_KEY_SIZES = {0x0010: 65, 0x0011: 97, 0x0012: 133, KEM_X25519: 32, 0x0021: 56}
X25519_KEY_SIZE = 32
KEY_FILE_FORMAT = "edge.ohttp-gateway-key/1"


@dataclass(frozen=True)
class KeyConfig:
    """One key configuration. Construction checks every field, so any KeyConfig encodes."""

    key_id: int
    kem_id: int
    public_key: bytes
    suites: tuple[tuple[int, int], ...]  # (kdf_id, aead_id) pairs, in the gateway's order of preference

    def __post_init__(self) -> None:
        _check_uint(self.key_id, 8, "key id")
        _check_uint(self.kem_id, 16, "KEM id")
        if not isinstance(self.public_key, bytes):
            raise OhttpError("key configuration: the public key must be bytes")
        size = PUBLIC_KEY_SIZES.get(self.kem_id)
        if size is not None and len(self.public_key) != size:
            raise OhttpError(
                f"key configuration: KEM 0x{self.kem_id:04x} needs a {size}-byte public key, got {len(self.public_key)}"
            )
        if not self.suites:
            raise OhttpError("key configuration: no (KDF, AEAD) pair; list at least one")
        if len(self.suites) > 65532 // 4:
            raise OhttpError(f"key configuration: {len(self.suites)} (KDF, AEAD) pairs, at most 16383 fit")
        for kdf_id, aead_id in self.suites:
            _check_uint(kdf_id, 16, "KDF id")
            _check_uint(aead_id, 16, "AEAD id")

    def encode(self) -> bytes:
        suites = b"".join(struct.pack(">HH", kdf_id, aead_id) for kdf_id, aead_id in self.suites)
        return struct.pack(">BH", self.key_id, self.kem_id) + self.public_key + struct.pack(">H", len(suites)) + suites

    @classmethod
    def decode(cls, data: bytes) -> KeyConfig:
        """Parse exactly one key configuration; OhttpError if it is malformed or its KEM is unknown."""
        data = bytes(data)
        if len(data) < 3:
            raise OhttpError(f"key configuration: {len(data)} bytes is too short for a key id and KEM id")
        key_id, kem_id = struct.unpack_from(">BH", data)
        size = PUBLIC_KEY_SIZES.get(kem_id)
        if size is None:
            raise OhttpError(f"key configuration: unknown KEM 0x{kem_id:04x}, its public key cannot be parsed")
        end = 3 + size + 2
        if len(data) < end:
            raise OhttpError("key configuration: truncated inside its public key or algorithms length")
        public_key = data[3 : 3 + size]
        (suites_length,) = struct.unpack_from(">H", data, 3 + size)
        if suites_length < 4 or suites_length % 4:
            raise OhttpError(f"key configuration: algorithms length {suites_length} is not a positive multiple of 4")
        if len(data) != end + suites_length:
            raise OhttpError(f"key configuration: {len(data)} bytes, but its fields add up to {end + suites_length}")
        suites = tuple(struct.iter_unpack(">HH", data[end:]))
        return cls(key_id, kem_id, public_key, suites)

    def supported_suite(self) -> tuple[int, int] | None:
        """The first (KDF, AEAD) pair this library speaks, or None (also when the KEM is not X25519)."""
        if self.kem_id != KEM_X25519:
            return None
        return next((suite for suite in self.suites if suite in SUPPORTED_SUITES), None)


def encode_key_configs(configs: list[KeyConfig]) -> bytes:
    """The application/ohttp-keys body: each configuration with a two-byte length prefix (RFC 9458 §3.2)."""
    if not configs:
        raise OhttpError("application/ohttp-keys: the list needs at least one key configuration")
    out = bytearray()
    for config in configs:
        encoded = config.encode()
        out += struct.pack(">H", len(encoded)) + encoded
    return bytes(out)


def decode_key_configs(data: bytes) -> list[KeyConfig]:
    """The usable configurations of an application/ohttp-keys body, in order.

    Configurations for another KEM or without a supported suite are skipped; an encoding error anywhere
    rejects the whole list (RFC 9458 §3.2: clients MUST discard incorrectly encoded collections).
    """
    data = bytes(data)
    if not data:
        raise OhttpError("application/ohttp-keys: the body is empty")
    usable = []
    pos = 0
    while pos < len(data):
        if len(data) - pos < 2:
            raise OhttpError("application/ohttp-keys: the list ends inside a length prefix")
        (length,) = struct.unpack_from(">H", data, pos)
        entry = data[pos + 2 : pos + 2 + length]
        if len(entry) != length:
            raise OhttpError(f"application/ohttp-keys: a configuration claims {length} bytes, {len(entry)} remain")
        pos += 2 + length
        if len(entry) < 3:
            raise OhttpError(f"application/ohttp-keys: a {len(entry)}-byte configuration is too short")
        if struct.unpack_from(">H", entry, 1)[0] not in PUBLIC_KEY_SIZES:
            continue  # a KEM we do not know: its layout cannot be checked, only skipped
        config = KeyConfig.decode(entry)
        if config.supported_suite() is not None:
            usable.append(config)
    if not usable:
        raise OhttpError(
            "application/ohttp-keys: no configuration offers X25519 with HKDF-SHA256 and AES-128-GCM; "
            "the gateway must publish one"
        )
    return usable


@dataclass(frozen=True)
class GatewayKey:
    """The gateway's X25519 private key (raw 32 bytes) and the key id that requests name it by."""

    key_id: int
    private_key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        _check_uint(self.key_id, 8, "key id")
        if not isinstance(self.private_key, bytes) or len(self.private_key) != X25519_KEY_SIZE:
            raise OhttpError(f"gateway key: an X25519 private key is {X25519_KEY_SIZE} raw bytes")

    def config(self) -> KeyConfig:
        """The public key configuration to publish for this key."""
        public_key = X25519PrivateKey.from_private_bytes(self.private_key).public_key().public_bytes_raw()
        return KeyConfig(self.key_id, KEM_X25519, public_key, SUPPORTED_SUITES)

    @classmethod
    def generate(cls, key_id: int = 1) -> GatewayKey:
        return cls(key_id, X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_private_bytes(cls, key_id: int, private_key: bytes) -> GatewayKey:
        return cls(key_id, bytes(private_key))

    def save(self, path: Path) -> None:
        """Write the key to `path`: mode 0600 whatever the umask, atomically (temporary file, fsync, rename)."""
        path = Path(path)
        body = json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "key_id": self.key_id,
                "kem_id": KEM_X25519,
                "private_key": self.private_key.hex(),
            }
        ).encode("ascii")
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.fchmod(fd, 0o600)
                os.write(fd, body)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, path)
            _fsync_directory(path.parent)
        except OSError as err:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise OhttpError(f"cannot save the OHTTP gateway key to {path}: {err.strerror or err}") from None

    @classmethod
    def load(cls, path: Path) -> GatewayKey:
        """Read a key written by `save`; OhttpError says what is wrong with the file (never its content)."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise OhttpError(f"cannot read the OHTTP gateway key {path}: {err.strerror or err}") from None
        problem = f"{path} is not an OHTTP gateway key file ({KEY_FILE_FORMAT})"
        try:
            obj = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise OhttpError(f"{problem}: not JSON; restore it or generate a new key") from None
        if not isinstance(obj, dict) or obj.get("format") != KEY_FILE_FORMAT:
            raise OhttpError(f"{problem}: wrong or missing format field; restore it or generate a new key")
        key_id, kem_id, private_hex = obj.get("key_id"), obj.get("kem_id"), obj.get("private_key")
        if kem_id != KEM_X25519:
            raise OhttpError(f"{problem}: KEM {kem_id!r} is not X25519 (32)")
        if isinstance(key_id, bool) or not isinstance(key_id, int) or not 0 <= key_id <= 255:
            raise OhttpError(f"{problem}: key_id must be an integer 0-255")
        try:
            private_key = bytes.fromhex(private_hex) if isinstance(private_hex, str) else b""
        except ValueError:
            private_key = b""
        if len(private_key) != X25519_KEY_SIZE:
            raise OhttpError(f"{problem}: private_key must be {X25519_KEY_SIZE} bytes in hex; the file is damaged")
        return cls(key_id, private_key)


def _check_uint(value: int, bits: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1 << bits:
        raise OhttpError(f"key configuration: {what} {value!r} is not an integer 0-{(1 << bits) - 1}")


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); a platform without directory fds just skips it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
