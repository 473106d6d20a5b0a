"""The issuer's signing keys: one RSA-2048 key per epoch, generated one epoch ahead, deleted when it expires.

Token type 0x0002 fixes the size: Nk = 256 bytes, a 2048-bit modulus (RFC 9578 §8.2.2); a 4096-bit key would
be another token type, cost about 7 times as much per signature and double every request, response and token.
Short-lived keys limit the damage of a leaked key instead: a key signs for its epoch and the `ISSUING_WINDOW`
epochs after it (an upload is sealed after its epoch ends), then its private half is deleted.

Each key is a PKCS#8 PEM file `epoch-N.pem` (mode 0600) in the key folder (mode 0700). A new key's truncated
key ID (the one byte a TokenRequest carries) differs from every other stored key's and from those expiring as it is
made, so a request always names exactly one key (RFC 9578 §6.5).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from edge.issuer.errors import IssuerError
from edge.privacypass.tokens import KEY_BITS, IssuerKey

ISSUING_WINDOW = 2  # epochs after its own that a key still signs for: the collector accepts uploads this old
_FILE = re.compile(r"epoch-(\d+)\.pem")


def generate_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


@dataclass(frozen=True)
class EpochKey:
    epoch: int
    private_key: rsa.RSAPrivateKey = field(repr=False)
    public: IssuerKey


class KeyRing:
    """Per-epoch keys in one folder, loaded once and kept in memory; thread-safe."""

    def __init__(self, folder: Path, generate: Callable[[], rsa.RSAPrivateKey] = generate_key) -> None:
        self.folder = folder
        self.generate = generate
        self.lock = threading.Lock()
        self.keys: dict[int, EpochKey] = {}
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            folder.chmod(0o700)
            for path in folder.iterdir():
                match = _FILE.fullmatch(path.name)
                if match:
                    self.keys[int(match.group(1))] = self._load(int(match.group(1)), path)
        except OSError as err:
            raise IssuerError(f"cannot use the key folder {folder} ({err.strerror}); check --state") from None

    def _load(self, epoch: int, path: Path) -> EpochKey:
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except ValueError:
            raise IssuerError(f"{path} is not a PEM private key; move it away or restore it from backup") from None
        if not isinstance(key, rsa.RSAPrivateKey) or key.key_size != KEY_BITS:
            raise IssuerError(f"{path} is not an RSA-{KEY_BITS} key; move it away or restore it from backup")
        return EpochKey(epoch, key, IssuerKey.from_public_key(key.public_key()))

    def rotate(self, current: int) -> None:
        """Make sure the current and the next epoch have keys; delete keys that can no longer sign.

        New keys are made before expired ones are deleted, so a new key's truncated ID differs from the keys that
        just expired too: a late request for an expired key is refused instead of being signed by a key it was
        not blinded for (a useless signature that would use up the device's token for the current epoch).
        """
        with self.lock:
            for epoch in (current, current + 1):
                if epoch not in self.keys:
                    self.keys[epoch] = self._create(epoch)
            for epoch in sorted(self.keys):
                if epoch < current - ISSUING_WINDOW:
                    (self.folder / f"epoch-{epoch}.pem").unlink(missing_ok=True)
                    del self.keys[epoch]

    def _create(self, epoch: int) -> EpochKey:
        taken = {k.public.truncated_token_key_id for k in self.keys.values()}
        while True:
            key = self.generate()
            public = IssuerKey.from_public_key(key.public_key())
            if public.truncated_token_key_id not in taken:
                break
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        path = self.folder / f"epoch-{epoch}.pem"
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, pem)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        return EpochKey(epoch, key, public)

    def signing_key(self, current: int, truncated_token_key_id: int) -> EpochKey | None:
        """The key a TokenRequest names, among those that may sign now (this epoch and the window before it)."""
        with self.lock:
            for epoch in range(current, current - ISSUING_WINDOW - 1, -1):
                key = self.keys.get(epoch)
                if key is not None and key.public.truncated_token_key_id == truncated_token_key_id:
                    return key
        return None

    def published(self, current: int) -> list[EpochKey]:
        """The keys a verifier or device may need: the issuing window and the next epoch, oldest first."""
        with self.lock:
            return [self.keys[e] for e in range(current - ISSUING_WINDOW, current + 2) if e in self.keys]
