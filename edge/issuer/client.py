"""The device side of the issuer: enrol once, fetch the per-epoch keys, obtain a token for an epoch.

The credential lives in EDGE_HOME/issuer-credential.json (mode 0600). A token request carries it in
`Authorization: Bearer ID.SECRET` with a blinded message the issuer cannot link to the token it yields; the
token itself never leaves the device here (phase 2 stores it with the upload and sends it inside the OHTTP
request). HTTP with the stdlib (`http.client`); plain http only to loopback addresses.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import json
import os
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from edge.errors import UsageError
from edge.issuer.errors import IssuerError, IssuerUnavailable, NotEnrolled, RateLimited
from edge.privacypass import tokens
from edge.privacypass.errors import DecodeError
from edge.privacypass.tokens import IssuerKey, Token, TokenChallenge, TokenResponse

CREDENTIAL_FILE = "issuer-credential.json"
MAX_RESPONSE = 64 * 1024


@dataclass(frozen=True)
class Credential:
    issuer: str
    device_id: str
    secret: str = field(repr=False)

    def authorization(self) -> str:
        return f"Bearer {self.device_id}.{self.secret}"


@dataclass(frozen=True)
class EpochKeys:
    """What GET /v1/keys publishes: the issuer's clock, and a key per epoch."""

    current_epoch: int
    epoch_seconds: int
    reports_per_epoch: int
    keys: dict[int, IssuerKey]


def credential_path(home: Path | None = None) -> Path:
    from edge.home import edge_home

    return (home or edge_home()) / CREDENTIAL_FILE


def load_credential(home: Path | None = None) -> Credential | None:
    path = credential_path(home)
    try:
        data = json.loads(path.read_text())
        return Credential(str(data["issuer"]), str(data["device_id"]), str(data["secret"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise IssuerError(
            f"{path} is not a readable issuer credential; delete it and run `edge issuer enrol`"
        ) from None


def save_credential(credential: Credential, home: Path | None = None) -> Path:
    """Write the credential atomically, readable by its owner only."""
    path = credential_path(home)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    body = json.dumps({"issuer": credential.issuer, "device_id": credential.device_id, "secret": credential.secret})
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, body.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def enrol(issuer_url: str, home: Path | None = None, *, force: bool = False) -> Credential:
    """Ask the issuer for a device credential and store it; refuses to replace one unless `force`."""
    existing = load_credential(home)
    if existing is not None and not force:
        raise UsageError(
            f"already enrolled with {existing.issuer} (device {existing.device_id}); pass --force to enrol again"
        )
    status, answer, _ = _request(issuer_url, "POST", "/v1/enrol", b"", {})
    if status != 200:
        raise IssuerError(f"enrolment refused: HTTP {status}: {_reason(answer)}")
    try:
        reply = json.loads(answer)
        credential = Credential(base_url(issuer_url), str(reply["device_id"]), str(reply["secret"]))
    except (ValueError, KeyError, TypeError):
        raise IssuerError("the issuer's enrolment answer is not the expected JSON; check the --issuer URL") from None
    save_credential(credential, home)
    return credential


def fetch_keys(issuer_url: str) -> EpochKeys:
    """The issuer's published keys, each checked (RSASSA-PSS SPKI, 2048-bit) and matched to its key ID."""
    status, answer, _ = _request(issuer_url, "GET", "/v1/keys", None, {})
    if status != 200:
        raise IssuerUnavailable(f"issuer answered HTTP {status} for its keys: {_reason(answer)}")
    try:
        doc = json.loads(answer)
        keys = {}
        for epoch, entry in doc["keys"].items():
            key = IssuerKey.from_spki(base64.b64decode(entry["public_key"], validate=True))
            if key.token_key_id.hex() != entry["token_key_id"]:
                raise IssuerError(f"issuer key for epoch {epoch} does not match its token_key_id; do not use it")
            keys[int(epoch)] = key
        return EpochKeys(int(doc["current_epoch"]), int(doc["epoch_seconds"]), int(doc["reports_per_epoch"]), keys)
    except (ValueError, KeyError, TypeError, AttributeError, DecodeError) as err:
        raise IssuerError(f"the issuer's key document is malformed ({err}); check the --issuer URL") from None


def fetch_token(credential: Credential, key: IssuerKey, challenge: TokenChallenge) -> Token:
    """Run one issuance (RFC 9578 §6) for `challenge` under `key`; the issuer sees only the blinded message."""
    request, pending = tokens.begin_issuance(key, challenge)
    headers = {
        "Content-Type": "application/private-token-request",
        "Accept": "application/private-token-response",
        "Authorization": credential.authorization(),
    }
    status, answer, retry_after = _request(credential.issuer, "POST", "/v1/token-request", request.encode(), headers)
    if status == 401:
        raise NotEnrolled(f"the issuer does not know this device ({_reason(answer)}); run `edge issuer enrol --force`")
    if status == 429:
        raise RateLimited(f"issuer: {_reason(answer)}", retry_after)
    if status >= 500:
        raise IssuerUnavailable(f"issuer answered HTTP {status}: {_reason(answer)}")
    if status != 200:
        raise IssuerError(f"issuer refused the token request: HTTP {status}: {_reason(answer)}")
    return tokens.finish_issuance(key, pending, TokenResponse.decode(answer))


# --- HTTP -----------------------------------------------------------------------------------------------------


def base_url(url: str) -> str:
    """The checked issuer base URL (http only to loopback), without a trailing slash; UsageError otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"bad issuer URL {url!r}: use https://HOST[:PORT]")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UsageError(f"bad issuer URL {url!r}: no credentials, query or fragment allowed")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise UsageError(f"refusing plain http to {parts.hostname}: use https:// (http is for localhost only)")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _request(
    url: str, method: str, path: str, body: bytes | None, headers: dict[str, str], timeout_s: float = 10.0
) -> tuple[int, bytes, int | None]:
    """One request -> (status, body, Retry-After seconds). Raises IssuerUnavailable for network trouble."""
    base = urlsplit(base_url(url))
    host = base.hostname or ""
    try:
        port = base.port
    except ValueError:
        raise UsageError(f"bad port in issuer URL {url!r}") from None
    if base.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=timeout_s, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout_s)
    try:
        conn.request(method, base.path + path, body=body, headers=headers)
        response = conn.getresponse()
        answer = response.read(MAX_RESPONSE)
        retry = response.getheader("Retry-After")
        return response.status, answer, int(retry) if retry and retry.isdigit() else None
    except ssl.SSLCertVerificationError as err:
        raise IssuerError(f"TLS certificate of {host} failed verification ({err.verify_message})") from None
    except TimeoutError:
        raise IssuerUnavailable(f"issuer {host} timed out after {timeout_s:g} s") from None
    except (OSError, socket.gaierror, http.client.HTTPException) as err:
        raise IssuerUnavailable(f"cannot reach the issuer at {host}: {type(err).__name__}") from None
    finally:
        conn.close()


def _reason(answer: bytes) -> str:
    try:
        reply: Any = json.loads(answer)
        return str(reply.get("error", "no reason given"))[:200]
    except (ValueError, AttributeError):
        return "no reason given"
