"""The collector's `GET /metrics`: Prometheus text format (version 0.0.4), written out by hand.

Two sources. From the database, so the same for every ingestion process and host: reports stored per epoch and
uploads rejected per reason (`Storage.rejections`). From this server, in memory shared by its worker processes
(allocated before they fork): requests answered per route and status class, their latency as a histogram, and
connections refused by the server's limits (`edge.web`). Labels take fixed values only (route names, reasons
from the service's set), never a path, header or anything else a client wrote.
"""

from __future__ import annotations

import bisect
import multiprocessing
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import numpy as np

from edge.web import REFUSALS

BUCKETS_S = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
CLASSES = ("2xx", "3xx", "4xx", "5xx")
MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]


class Metrics:
    """Per-route request counters and latency histograms, and refusal counters, in shared memory."""

    def __init__(self, routes: tuple[str, ...]) -> None:
        self.routes = routes
        self._row = len(CLASSES) + len(BUCKETS_S) + 2  # status classes, buckets, +Inf, sum of seconds
        size = len(routes) * self._row + len(REFUSALS)
        self._lock = multiprocessing.Lock()
        self._values = np.frombuffer(multiprocessing.RawArray("d", size), dtype=np.float64)

    def observe(self, route: str, status: int, seconds: float) -> None:
        base = self.routes.index(route) * self._row
        status_class = min(max(status // 100 - 2, 0), len(CLASSES) - 1)
        bucket = bisect.bisect_left(BUCKETS_S, seconds)  # the first bound >= seconds; len(BUCKETS_S): +Inf
        with self._lock:
            self._values[base + status_class] += 1
            self._values[base + len(CLASSES) + bucket] += 1
            self._values[base + self._row - 1] += seconds

    def count_refusal(self, label: str) -> None:
        with self._lock:
            self._values[len(self.routes) * self._row + REFUSALS.index(label)] += 1

    def snapshot(self) -> np.ndarray:
        with self._lock:
            return self._values.copy()

    def render(self, reports: dict[int, int], rejections: dict[str, int]) -> str:
        """The exposition text: `reports` (epoch -> stored) and `rejections` (reason -> count) from storage."""
        values = self.snapshot()
        lines = [
            "# HELP edge_collector_reports Reports stored for the epoch (the database: every process and host).",
            "# TYPE edge_collector_reports gauge",
            *(f'edge_collector_reports{{epoch="{epoch}"}} {n}' for epoch, n in sorted(reports.items())),
            "# HELP edge_collector_rejections_total Uploads and messages rejected, by reason (the database).",
            "# TYPE edge_collector_rejections_total counter",
            *(f'edge_collector_rejections_total{{reason="{r}"}} {n}' for r, n in sorted(rejections.items())),
            "# HELP edge_collector_refusals_total Connections refused by this server's limits, by reason.",
            "# TYPE edge_collector_refusals_total counter",
        ]
        refusals = values[len(self.routes) * self._row :]
        lines += [f'edge_collector_refusals_total{{reason="{r}"}} {int(n)}' for r, n in zip(REFUSALS, refusals)]
        lines += [
            "# HELP edge_collector_requests_total HTTP requests answered by this server, by route and status class.",
            "# TYPE edge_collector_requests_total counter",
        ]
        rows = [values[i * self._row : (i + 1) * self._row] for i in range(len(self.routes))]
        for route, row in zip(self.routes, rows):
            lines += [
                f'edge_collector_requests_total{{route="{route}",code="{c}"}} {int(n)}' for c, n in zip(CLASSES, row)
            ]
        lines += [
            "# HELP edge_collector_request_duration_seconds Time from a request's head to the end of its answer.",
            "# TYPE edge_collector_request_duration_seconds histogram",
        ]
        for route, row in zip(self.routes, rows):
            cumulative = np.cumsum(row[len(CLASSES) : len(CLASSES) + len(BUCKETS_S) + 1])
            name = "edge_collector_request_duration_seconds"
            for bound, n in zip((*(f"{b:g}" for b in BUCKETS_S), "+Inf"), cumulative):
                lines.append(f'{name}_bucket{{route="{route}",le="{bound}"}} {int(n)}')
            lines.append(f'{name}_sum{{route="{route}"}} {row[-1]:.6f}')
            lines.append(f'{name}_count{{route="{route}"}} {int(cumulative[-1])}')
        return "\n".join(lines) + "\n"


def timed(app: ASGIApp, metrics: Metrics, route_of: Callable[[str], str]) -> ASGIApp:
    """`app` with every HTTP request counted and timed under the route `route_of(path)` names."""

    async def timed_app(
        scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
    ) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await app(scope, receive, send_status)
        finally:
            metrics.observe(route_of(scope["path"]), status, time.perf_counter() - started)

    return timed_app
