"""The collector's HTTP face, an ASGI application (Starlette), served by uvicorn under `edge.web`'s limits.

    POST /.well-known/ohttp-gateway   message/ohttp-req -> message/ohttp-res (the only way uploads arrive)
    GET  /.well-known/ohttp-gateway   the gateway's key configurations (application/ohttp-keys, RFC 9540)
    GET  /v1/config                   the mechanism's parameters and the current epoch (also served inside OHTTP)
    GET  /v1/aggregate?epoch=N        the epoch's released aggregate (or how many reports it still needs)
    GET  /healthz                     {"ok": true, ...}
    GET  /metrics                     Prometheus text format (edge.collector.metrics)
    GET  /[?epoch=N]                  the dashboard (edge.collector.dashboard)

`/v1/aggregate` serves the file `edge collector aggregate` published for the epoch in the aggregates folder
when there is one (header `X-Edge-Aggregate: published`), else computes it from the database (`live`).

No access log, no client address anywhere: behind the relay, the only address the collector could see is
the relay's. The upload path (POST to the gateway) is a plain ASGI function in front of Starlette, which
serves the rest: it is most of the collector's work, and Starlette's request and response objects would add a
tenth to it. Decapsulation runs on the event loop (a few hundred microseconds of cryptography), and so does
checking an upload; a valid upload then awaits its commit without holding a thread (SQLite's writer thread
wakes the loop), which saves a fifth of the collector's CPU per upload against a thread per request. Other
blocking work (the dashboard, aggregates, rejections, token checks) runs in a bounded pool of threads
(`pool_size`). The server (edge.web) bounds how long a request may take to arrive; the gateway bounds its size.
"""

from __future__ import annotations

import asyncio
import json
import re
import weakref
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from edge.collector.aggregate import read_published
from edge.collector.dashboard import CONTENT_SECURITY_POLICY, Page, guarantee, render
from edge.collector.metrics import MEDIA_TYPE as METRICS_MEDIA_TYPE
from edge.collector.metrics import Message, Metrics, Scope, timed
from edge.collector.service import ACCEPTED_EPOCHS, Collector
from edge.collector.storage import StorageError
from edge.ohttp import KEYS_MEDIA_TYPE, REQUEST_MEDIA_TYPE, RESPONSE_MEDIA_TYPE, OhttpError
from edge.tokens.wire import CONFIG_PATH, GATEWAY_PATH, MAX_ENCAPSULATED_REQUEST

_EPOCH = re.compile(r"[0-9]{1,10}")  # ASCII digits only: str.isdigit() accepts "²"
MAX_EPOCH_QUERY = 2**31 - 1
POOL_SIZE = 32
SHOWN_EPOCHS = 12  # the dashboard links the newest epochs that hold reports
ROUTES = ("gateway", "keys", "config", "aggregate", "dashboard", "metrics", "health", "other")
PATH_ROUTES = {GATEWAY_PATH: "gateway", CONFIG_PATH: "config", "/v1/aggregate": "aggregate", "/": "dashboard"}
PATH_ROUTES |= {"/metrics": "metrics", "/healthz": "health"}

T = TypeVar("T")
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def new_metrics() -> Metrics:
    """The collector's metrics; make them before forking workers so that they share them."""
    return Metrics(ROUTES)


def create_app(
    collector: Collector,
    *,
    aggregates: str | Path | None = None,
    metrics: Metrics | None = None,
    pool_size: int = POOL_SIZE,
) -> Any:
    """The ASGI app for `collector`; `aggregates` is the folder of published aggregates (None: always live)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    metrics = metrics if metrics is not None else new_metrics()
    pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="edge-collector")

    async def blocking(function: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(pool, function, *args)

    def refused(status: int, reason: str) -> Response:
        return JSONResponse({"ok": False, "error": reason}, status_code=status)

    async def gateway(scope: Scope, receive: Receive, send: Send) -> None:
        """POST /.well-known/ohttp-gateway: one encapsulated request in, its encapsulated answer out."""
        headers = dict(scope["headers"])
        if headers.get(b"content-type", b"").split(b";")[0].strip().lower() != REQUEST_MEDIA_TYPE.encode():
            return await refuse(send, 415, f"Content-Type must be {REQUEST_MEDIA_TYPE}", "content_type")
        declared = headers.get(b"content-length")
        if declared is not None and not declared.isdigit():
            return await refuse(send, 400, "bad Content-Length", "body")
        if declared is not None and int(declared) > MAX_ENCAPSULATED_REQUEST:
            reason = f"body of {int(declared)} bytes is over the {MAX_ENCAPSULATED_REQUEST}-byte limit"
            return await refuse(send, 413, reason, "size")
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client left, or the server cut the request off at its deadline (and answered)
            body += message.get("body", b"")
            if len(body) > MAX_ENCAPSULATED_REQUEST:
                return await refuse(send, 413, f"body is over the {MAX_ENCAPSULATED_REQUEST}-byte limit", "size")
            if not message.get("more_body", False):
                break
        try:
            inner, context = collector.decapsulate(bytes(body))
        except OhttpError:
            reason = "the request could not be decapsulated (wrong key or damaged message)"
            return await refuse(send, 400, reason, "decapsulation")
        sealed = collector.seal(context, await collector.handle_inner_async(inner, blocking))
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", RESPONSE_MEDIA_TYPE.encode()), (b"content-length", b"%d" % len(sealed))],
            }
        )
        await send({"type": "http.response.body", "body": sealed})

    async def refuse(send: Send, status: int, reason: str, kind: str) -> None:
        await blocking(collector.count_rejection, kind)
        body = json.dumps({"ok": False, "error": reason}, separators=(",", ":")).encode()
        start = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": status, "headers": start})
        await send({"type": "http.response.body", "body": body})

    async def keys(request: Request) -> Response:
        return Response(collector.key_configs(), media_type=KEYS_MEDIA_TYPE, headers={"Cache-Control": "max-age=60"})

    async def config(request: Request) -> Response:
        return JSONResponse(collector.config())

    def released(epoch: int) -> tuple[dict[str, Any], str]:
        published = read_published(aggregates, epoch) if aggregates is not None else None
        if published is not None:
            return published, "published"
        return collector.aggregate(epoch), "live"

    async def aggregate(request: Request) -> Response:
        epoch = _epoch_query(request, required=True)
        if epoch is None:
            return refused(400, "give exactly one epoch=N (a non-negative integer)")
        try:
            result, source = await blocking(released, epoch)
        except StorageError as err:
            return refused(503, str(err))
        return JSONResponse(result, headers={"X-Edge-Aggregate": source})

    def page(epoch: int | None) -> str:
        current = collector.current_epoch()
        storage = collector.storage
        epochs = {e: storage.count(e) for e in storage.epochs()[-SHOWN_EPOCHS:]}
        if epoch is None:  # the newest epoch that still takes uploads and holds some, else the current one
            open_epochs = [e for e in epochs if e >= current - ACCEPTED_EPOCHS + 1]
            epoch = max(open_epochs or [current])
        result, source = released(epoch)
        parameters = collector.config()
        return render(
            Page(
                epoch=epoch,
                current_epoch=current,
                epochs=epochs,
                aggregate=result,
                source=source,
                rejections=storage.rejections(),
                parameters=parameters,
                guarantee=guarantee(parameters, collector.domain.size, int(result["reports"])),
            )
        )

    async def dashboard(request: Request) -> Response:
        epoch = _epoch_query(request, required=False)
        if epoch is None and request.query_params:
            return refused(400, "give at most one epoch=N (a non-negative integer)")
        try:
            html = await blocking(page, None if epoch is None else epoch)
        except StorageError as err:
            return refused(503, str(err))
        return HTMLResponse(
            html,
            headers={
                "Content-Security-Policy": CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-store",
            },
        )

    def exposition() -> str:
        storage = collector.storage
        current = collector.current_epoch()
        reports = {e: storage.count(e) for e in range(max(current - ACCEPTED_EPOCHS + 1, 0), current + 1)}
        return metrics.render(reports, storage.rejections())

    async def metrics_text(request: Request) -> Response:
        try:
            text = await blocking(exposition)
        except StorageError as err:
            return refused(503, str(err))
        return Response(text, media_type=METRICS_MEDIA_TYPE)

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "schema": collector.params.schema, "taxonomy": collector.params.taxonomy})

    async def not_found(request: Request) -> Response:
        return refused(404, "unknown path; see GET /, GET /v1/config, GET /v1/aggregate?epoch=N, GET /metrics")

    app = Starlette(
        routes=[
            Route(GATEWAY_PATH, keys, methods=["GET"]),
            Route(CONFIG_PATH, config, methods=["GET"]),
            Route("/v1/aggregate", aggregate, methods=["GET"]),
            Route("/metrics", metrics_text, methods=["GET"]),
            Route("/healthz", health, methods=["GET"]),
            Route("/", dashboard, methods=["GET"]),
            Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
        ]
    )

    async def front(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == GATEWAY_PATH:
            await gateway(scope, receive, send)
        else:
            await app(scope, receive, send)

    weakref.finalize(front, pool.shutdown, wait=False)
    return timed(front, metrics, lambda path: PATH_ROUTES.get(path, "other"))


def _epoch_query(request: Any, *, required: bool) -> int | None:
    """The one epoch=N of the query (ASCII digits, at most MAX_EPOCH_QUERY), else None."""
    values = request.query_params.getlist("epoch")
    if len(values) != 1 or not _EPOCH.fullmatch(values[0]) or int(values[0]) > MAX_EPOCH_QUERY:
        return None
    if not required and len(request.query_params) != 1:
        return None
    return int(values[0])
