"""The collector's HTTP face, an ASGI application (Starlette), served by uvicorn.

    POST /.well-known/ohttp-gateway   message/ohttp-req -> message/ohttp-res (the only way uploads arrive)
    GET  /.well-known/ohttp-gateway   the gateway's key configurations (application/ohttp-keys, RFC 9540)
    GET  /v1/config                   the mechanism's parameters and the current epoch (also served inside OHTTP)
    GET  /v1/aggregate?epoch=N        the epoch's released aggregate (or how many reports it still needs)
    GET  /healthz                     {"ok": true}

No access log, no client address anywhere: behind the relay, the only address the collector could see is
the relay's. Storage work runs in a bounded thread pool, off the event loop.
"""

from __future__ import annotations

import re
from typing import Any

from edge.collector.service import Collector
from edge.ohttp import KEYS_MEDIA_TYPE, REQUEST_MEDIA_TYPE, RESPONSE_MEDIA_TYPE, OhttpError
from edge.tokens.wire import CONFIG_PATH, GATEWAY_PATH, MAX_ENCAPSULATED_REQUEST
from edge.web import BodyError, read_body

_EPOCH = re.compile(r"[0-9]{1,10}")  # ASCII digits only: str.isdigit() accepts "²"
MAX_EPOCH_QUERY = 2**31 - 1


def create_app(collector: Collector) -> Any:
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    def refused(status: int, reason: str) -> Response:
        return JSONResponse({"ok": False, "error": reason}, status_code=status)

    async def gateway(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != REQUEST_MEDIA_TYPE:
            collector.count_rejection("content_type")
            return refused(415, f"Content-Type must be {REQUEST_MEDIA_TYPE}")
        try:
            body = await read_body(request, MAX_ENCAPSULATED_REQUEST)
        except BodyError as err:
            collector.count_rejection("size" if err.status == 413 else "body")
            return refused(err.status, err.reason)
        try:
            answer = await run_in_threadpool(collector.handle_encapsulated, body)
        except OhttpError:
            return refused(400, "the request could not be decapsulated (wrong key or damaged message)")
        return Response(answer, media_type=RESPONSE_MEDIA_TYPE)

    async def keys(request: Request) -> Response:
        return Response(collector.key_configs(), media_type=KEYS_MEDIA_TYPE, headers={"Cache-Control": "max-age=60"})

    async def config(request: Request) -> Response:
        return JSONResponse(collector.config())

    async def aggregate(request: Request) -> Response:
        values = request.query_params.getlist("epoch")
        if len(values) != 1 or not _EPOCH.fullmatch(values[0]) or int(values[0]) > MAX_EPOCH_QUERY:
            return refused(400, "give exactly one epoch=N (a non-negative integer)")
        result = await run_in_threadpool(collector.aggregate, int(values[0]))
        return JSONResponse(result)

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "schema": collector.params.schema, "taxonomy": collector.params.taxonomy})

    async def not_found(request: Request) -> Response:
        return refused(404, "unknown path; see GET /v1/config, GET /v1/aggregate?epoch=N")

    return Starlette(
        routes=[
            Route(GATEWAY_PATH, gateway, methods=["POST"]),
            Route(GATEWAY_PATH, keys, methods=["GET"]),
            Route(CONFIG_PATH, config, methods=["GET"]),
            Route("/v1/aggregate", aggregate, methods=["GET"]),
            Route("/healthz", health, methods=["GET"]),
            Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
        ]
    )
