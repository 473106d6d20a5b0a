"""The Oblivious HTTP relay (RFC 9458 §4): it sees who sends, never what; the collector sees what, never who.

    edge relay serve --port 8760 --gateway http://127.0.0.1:8750

Forwards exactly two things to the gateway, on connections it keeps open to it (each carries the requests of
many devices; a device's own hop never reuses one), and nothing else:

    POST /.well-known/ohttp-gateway   message/ohttp-req  -> the gateway's message/ohttp-res back
    GET  /.well-known/ohttp-gateway   the gateway's key configurations (application/ohttp-keys, RFC 9540)

It adds no Forwarded, X-Forwarded-For, Via or any other header that could identify the client, sends on only
Content-Type and Content-Length, keeps no log of clients (no access log), and stores nothing. Key
configurations are cached for a minute, so every client is handed the same key.
"""

from __future__ import annotations

import time
from typing import Any

from edge.ohttp import KEYS_MEDIA_TYPE, REQUEST_MEDIA_TYPE, RESPONSE_MEDIA_TYPE
from edge.sync.transport import Endpoint, KeptAlive, Reply, Transient
from edge.tokens.wire import GATEWAY_PATH, MAX_ENCAPSULATED_REQUEST, MAX_ENCAPSULATED_RESPONSE, MAX_KEY_CONFIGS
from edge.web import BodyError, read_body

KEY_CACHE_S = 60.0


def create_app(
    gateway: str, *, cafile: str | None = None, timeout_s: float = 10.0, key_cache_s: float = KEY_CACHE_S
) -> Any:
    """The relay as an ASGI application forwarding to the gateway at the base URL `gateway`."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    target = Endpoint.parse(gateway, "gateway")
    cache: dict[str, Any] = {"at": 0.0, "reply": None}

    gateway_connections = KeptAlive(target, timeout_s=timeout_s, cafile=cafile)

    def forward(method: str, body: bytes | None, content_type: str | None, limit: int) -> Reply:
        return gateway_connections.exchange(method, GATEWAY_PATH, body, content_type=content_type, max_response=limit)

    def refused(status: int, reason: str) -> Response:
        return JSONResponse({"ok": False, "error": reason}, status_code=status)

    async def relay(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != REQUEST_MEDIA_TYPE:
            return refused(415, f"Content-Type must be {REQUEST_MEDIA_TYPE}")
        try:
            body = await read_body(request, MAX_ENCAPSULATED_REQUEST)
        except BodyError as err:
            return refused(err.status, err.reason)
        try:
            reply = await run_in_threadpool(forward, "POST", body, REQUEST_MEDIA_TYPE, MAX_ENCAPSULATED_RESPONSE)
        except Transient:
            return refused(502, "the gateway cannot be reached; retry later")
        if reply.status == 200 and reply.content_type == RESPONSE_MEDIA_TYPE:
            return Response(reply.body, media_type=RESPONSE_MEDIA_TYPE)
        return refused(502 if reply.status >= 500 else reply.status, f"the gateway answered HTTP {reply.status}")

    async def keys(request: Request) -> Response:
        now = time.monotonic()
        if cache["reply"] is None or now - cache["at"] >= key_cache_s:
            try:
                reply = await run_in_threadpool(forward, "GET", None, None, MAX_KEY_CONFIGS)
            except Transient:
                return refused(502, "the gateway cannot be reached; retry later")
            if reply.status != 200 or reply.content_type != KEYS_MEDIA_TYPE:
                return refused(502, f"the gateway answered HTTP {reply.status} for its keys")
            cache.update(at=now, reply=reply)
        return Response(cache["reply"].body, media_type=KEYS_MEDIA_TYPE)

    async def not_found(request: Request) -> Response:
        return refused(404, f"this relay forwards only {GATEWAY_PATH}")

    return Starlette(
        routes=[
            Route(GATEWAY_PATH, relay, methods=["POST"]),
            Route(GATEWAY_PATH, keys, methods=["GET"]),
            Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
        ]
    )
