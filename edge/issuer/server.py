"""The issuer's HTTP service (ASGI, Starlette; served by uvicorn).

    POST /v1/enrol               -> 200 {"ok": true, "device_id", "secret"}: a device credential
    POST /v1/token-request       TokenRequest (application/private-token-request), Authorization: Bearer ID.SECRET
                                 -> 200 TokenResponse (application/private-token-response), RFC 9578 §6
    GET  /v1/keys                -> the per-epoch public keys: the issuing window and the next epoch
    GET  /.well-known/private-token-issuer-directory   -> the RFC 9578 §4 directory of the same keys
    GET  /v1/health              -> {"ok": true}

Every rejection is a 4xx with a JSON {"ok": false, "error": reason}: 401 unknown device, 411/413 missing or
oversized body, 408 body not received in time, 415 wrong media type, 422 a TokenRequest that is malformed or
names no current key, 429 the device has its tokens for that epoch (with Retry-After). A key signs for its
own epoch and the `ISSUING_WINDOW` epochs after it, so the epoch a token counts against is the key's epoch.

Enrolment here is open to anyone who can reach the issuer: a stand-in for device attestation (App Attest,
Play Integrity, a key in the glasses' secure element), which a real deployment must put in its place.
Nothing about a request is logged, and the database holds credentials' hashes and per-epoch counts only.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from edge.errors import UsageError
from edge.issuer.keys import ISSUING_WINDOW, KeyRing
from edge.issuer.store import Enrolment, IssuerStore
from edge.privacypass import tokens
from edge.privacypass.errors import DecodeError, SigningError
from edge.privacypass.tokens import TokenRequest
from edge.web import Limits, server_config

REQUEST_TYPE = "application/private-token-request"
RESPONSE_TYPE = "application/private-token-response"
DIRECTORY_TYPE = "application/private-token-issuer-directory"
MAX_BODY = 1024  # a TokenRequest is 259 bytes
BODY_DEADLINE_S = 10.0  # a client that has not sent its body by then gets a 408
CONNECTION_DEADLINE_S = 30.0  # a request's head must arrive this long after the connection opened (else 408)
MAX_CONCURRENT = 64  # edge.web answers 503 beyond this many open connections
MAX_REPORTS_PER_EPOCH = 1000
ROTATION_CHECK_S = 60.0  # how often the key rotation looks at the clock

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class IssuerConfig:
    state_dir: Path
    reports_per_epoch: int = 1
    epoch_seconds: int = 7 * 86400
    body_deadline_s: float = BODY_DEADLINE_S
    connection_deadline_s: float = CONNECTION_DEADLINE_S

    def __post_init__(self) -> None:
        if not 1 <= self.reports_per_epoch <= MAX_REPORTS_PER_EPOCH:
            raise UsageError(f"--reports-per-epoch must be 1..{MAX_REPORTS_PER_EPOCH}, got {self.reports_per_epoch}")
        if self.epoch_seconds < 60:
            raise UsageError(f"--epoch-seconds must be at least 60, got {self.epoch_seconds}")


class Issuer:
    """The issuer's state and decisions, independent of HTTP."""

    def __init__(self, config: IssuerConfig, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.clock = clock
        config.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.store = IssuerStore(config.state_dir / "issuer.db")
        self.keys = KeyRing(config.state_dir / "keys")
        self.rotated_for: int | None = None
        self.epoch()

    def epoch(self) -> int:
        """The current epoch by the issuer's clock; rotates keys and forgets old counts when it changes."""
        current = math.floor(self.clock() / self.config.epoch_seconds)
        if current != self.rotated_for:
            self.keys.rotate(current)
            self.store.forget_before(current - ISSUING_WINDOW)
            self.rotated_for = current
        return current

    def seconds_to_next_epoch(self) -> int:
        return max(1, math.ceil((self.epoch() + 1) * self.config.epoch_seconds - self.clock()))

    def keys_document(self) -> dict[str, Any]:
        current = self.epoch()
        return {
            "token_type": tokens.TOKEN_TYPE,
            "epoch_seconds": self.config.epoch_seconds,
            "current_epoch": current,
            "reports_per_epoch": self.config.reports_per_epoch,
            "keys": {
                str(k.epoch): {
                    "token_key_id": k.public.token_key_id.hex(),
                    "public_key": base64.b64encode(k.public.spki).decode(),
                    "issuing": k.epoch <= current,
                }
                for k in self.keys.published(current)
            },
        }

    def directory(self) -> dict[str, Any]:
        """RFC 9578 §4: preferred key first (the current epoch's), `not-before` for the next one."""
        current = self.epoch()
        ordered = sorted(self.keys.published(current), key=lambda k: (k.epoch != current, -k.epoch))
        return {
            "issuer-request-uri": "/v1/token-request",
            "token-keys": [
                {"token-type": tokens.TOKEN_TYPE, "token-key": base64.urlsafe_b64encode(k.public.spki).decode()}
                | ({"not-before": k.epoch * self.config.epoch_seconds} if k.epoch > current else {})
                for k in ordered
            ],
        }

    def enrol(self) -> Enrolment:
        return self.store.enrol(self.epoch())

    def issue(self, device_id: str, body: bytes) -> tuple[int, bytes | dict[str, Any]]:
        """One TokenRequest from an authenticated device -> (status, TokenResponse bytes or JSON error)."""
        try:
            request = TokenRequest.decode(body)
        except DecodeError as err:
            return 422, _error(str(err))
        current = self.epoch()
        key = self.keys.signing_key(current, request.truncated_token_key_id)
        if key is None:
            return 422, _error(
                f"TokenRequest names key ..{request.truncated_token_key_id:02x}, which signs for no current epoch; "
                "fetch GET /v1/keys"
            )
        if not self.store.take(device_id, key.epoch, self.config.reports_per_epoch):
            return 429, _error(
                f"this device has its {self.config.reports_per_epoch} token(s) for epoch {key.epoch} already; "
                f"ask again for the next epoch (in {self.seconds_to_next_epoch()} s)"
            ) | {"retry_after": self.seconds_to_next_epoch()}
        try:
            response = tokens.sign_request(key.private_key, request)
        except (DecodeError, SigningError) as err:
            self.store.give_back(device_id, key.epoch)
            return (422 if isinstance(err, DecodeError) else 500), _error(str(err))
        return 200, response.encode()

    def close(self) -> None:
        self.store.close()


def _error(reason: str) -> dict[str, Any]:
    return {"ok": False, "error": reason}


def _json(status: int, payload: dict[str, Any], headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(payload, status_code=status, headers=headers)


def _bearer(request: Request) -> tuple[str, str] | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    device_id, dot, secret = value.strip().partition(".")
    if scheme.lower() != "bearer" or not dot or not device_id or not secret:
        return None
    return device_id, secret


def make_app(issuer: Issuer) -> BodyLimits:
    async def enrol(request: Request) -> Response:
        enrolment = await run_in_threadpool(issuer.enrol)
        return _json(200, {"ok": True, "device_id": enrolment.device_id, "secret": enrolment.secret})

    async def token_request(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != REQUEST_TYPE:
            return _json(415, _error(f"Content-Type must be {REQUEST_TYPE}"))
        credential = _bearer(request)
        if credential is None or not await run_in_threadpool(issuer.store.authenticate, *credential):
            return _json(
                401,
                _error("unknown device: send Authorization: Bearer DEVICE_ID.SECRET from `edge issuer enrol`"),
                {"WWW-Authenticate": 'Bearer realm="edge-issuer"'},
            )
        status, answer = await run_in_threadpool(issuer.issue, credential[0], await request.body())
        if isinstance(answer, bytes):
            return Response(answer, status_code=status, media_type=RESPONSE_TYPE)
        headers = {"Retry-After": str(answer["retry_after"])} if status == 429 else None
        return _json(status, answer, headers)

    async def keys(request: Request) -> Response:
        document = await run_in_threadpool(issuer.keys_document)
        return _json(200, document, {"Cache-Control": "max-age=3600"})

    async def directory(request: Request) -> Response:
        document = await run_in_threadpool(issuer.directory)
        body = json.dumps(document, separators=(",", ":")).encode()
        return Response(body, media_type=DIRECTORY_TYPE, headers={"Cache-Control": "max-age=3600"})

    async def health(request: Request) -> Response:
        return _json(200, {"ok": True})

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        reason = {404: "unknown path; see GET /v1/keys", 405: "method not allowed on this path"}
        return _json(exc.status_code, _error(reason.get(exc.status_code, str(exc.detail))), exc.headers)

    routes = [
        Route("/v1/enrol", enrol, methods=["POST"]),
        Route("/v1/token-request", token_request, methods=["POST"]),
        Route("/v1/keys", keys, methods=["GET"]),
        Route("/.well-known/private-token-issuer-directory", directory, methods=["GET"]),
        Route("/v1/health", health, methods=["GET"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    return BodyLimits(app, issuer.config.body_deadline_s)


class BodyLimits:
    """Reads the whole body before the app sees it: Content-Length required, MAX_BODY at most, within a deadline."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], deadline_s: float) -> None:
        self.app = app
        self.deadline_s = deadline_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length_header = headers.get("content-length")
        if "transfer-encoding" in headers:
            return await _reject(send, 411, "chunked bodies are not accepted; send Content-Length")
        if length_header is None:
            if scope["method"] == "POST":
                return await _reject(send, 411, "Content-Length required")
            length = 0
        elif not length_header.isdigit():
            return await _reject(send, 400, "bad Content-Length")
        else:
            length = int(length_header)
        if length > MAX_BODY:
            return await _reject(send, 413, f"body of {length} bytes is over the {MAX_BODY}-byte limit")
        body = b""
        deadline = asyncio.get_running_loop().time() + self.deadline_s
        try:
            while len(body) < length:
                remaining = deadline - asyncio.get_running_loop().time()
                message = await asyncio.wait_for(receive(), timeout=max(remaining, 0.001))
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                if not message.get("more_body", False):
                    break
        except asyncio.TimeoutError:
            return await _reject(send, 408, f"body not received within {self.deadline_s:g} s")
        if len(body) != length:
            return await _reject(send, 400, "body length differs from Content-Length")
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _reject(send: Send, status: int, reason: str) -> None:
    body = json.dumps(_error(reason), separators=(",", ":")).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),  # the rest of a rejected request is never read
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


@dataclass
class RunningIssuer:
    """A bound, listening issuer: `url` answers as soon as this exists; `run()` serves until `stop()`."""

    url: str
    issuer: Issuer
    server: Any
    sock: socket.socket

    stopped: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        rotator = threading.Thread(target=self._rotate, name="issuer-key-rotation", daemon=True)
        rotator.start()
        try:
            self.server.run(sockets=[self.sock])
        finally:
            self.stopped.set()
            rotator.join()
            self.sock.close()
            self.issuer.close()

    def _rotate(self) -> None:
        """Rotate keys at each epoch boundary even when no request comes: the next key is always published."""
        while not self.stopped.wait(timeout=min(ROTATION_CHECK_S, self.issuer.seconds_to_next_epoch())):
            self.issuer.epoch()

    def stop(self) -> None:
        self.server.should_exit = True


def bind(
    config: IssuerConfig, host: str = "127.0.0.1", port: int = 0, clock: Callable[[], float] = time.time
) -> RunningIssuer:
    """Create the issuer and a listening socket (port 0 picks a free one); nothing is served until `run()`."""
    import uvicorn

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        issuer = Issuer(config, clock)
    except BaseException:
        sock.close()
        raise
    limits = Limits(  # uvicorn has no deadline for a request's head: edge.web's protocol adds it
        max_connections=MAX_CONCURRENT,
        header_timeout_s=config.connection_deadline_s,
        request_timeout_s=config.connection_deadline_s + config.body_deadline_s,
    )
    uv_config = server_config(make_app(issuer), limits=limits)  # no access log, banner or proxy headers
    bound_host, bound_port = sock.getsockname()[:2]
    url = f"http://[{bound_host}]:{bound_port}" if ":" in bound_host else f"http://{bound_host}:{bound_port}"
    return RunningIssuer(url, issuer, uvicorn.Server(uv_config), sock)
