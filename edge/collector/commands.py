"""`edge collector serve` and `edge collector aggregate`: the collector on one machine, or for a population.

One machine: `edge collector serve` (SQLite, in-process aggregates). A population: several `edge collector serve
--db postgresql://... --workers N` behind a load balancer, and `edge collector aggregate --epoch N --db
postgresql://... --runner FlinkRunner|SparkRunner|DataflowRunner -- BEAM_OPTIONS` publishing each epoch's
aggregate where the ingesters serve it from (`--aggregates`). See edge.collector.beam for the runners' options.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from edge.errors import UsageError

DEFAULT_COLLECTOR_PORT = 8750
KEY_FILE = "ohttp-gateway-key.json"
AGGREGATES_DIR = "aggregates"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("collector", help="the token collector (Oblivious HTTP gateway and aggregates)")
    actions = p.add_subparsers(dest="collector_action", metavar="ACTION", required=True)
    s = actions.add_parser(
        "serve",
        help="take uploads through the OHTTP gateway; serve /v1/config and /v1/aggregate?epoch=N",
        description="Publishes the mechanism's parameters, takes encapsulated uploads (through a relay), stores "
        "each once and releases an epoch's aggregate once it holds --min-reports reports.",
    )
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument(
        "--port", type=int, default=DEFAULT_COLLECTOR_PORT, help=f"default {DEFAULT_COLLECTOR_PORT}; 0 picks one"
    )
    s.add_argument(
        "--db",
        metavar="PATH|URL",
        help="a SQLite file (one machine; default: EDGE_HOME/collector/collector.db) or postgresql://USER@HOST/DB "
        "(several ingestion processes or hosts share it)",
    )
    s.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="ingestion processes sharing the port (default 1; one per core serves the most); each has its own "
        "database connections",
    )
    s.add_argument(
        "--aggregates",
        metavar="DIR",
        help="published aggregates (epoch-N.json from `edge collector aggregate`), served by /v1/aggregate instead "
        "of computing them (default: EDGE_HOME/collector/aggregates)",
    )
    s.add_argument(
        "--key",
        metavar="PATH",
        help=f"the gateway's private key (created 0600 when missing; default: EDGE_HOME/collector/{KEY_FILE})",
    )
    s.add_argument(
        "--min-reports",
        type=int,
        default=None,
        metavar="N",
        help="release an epoch's aggregate from N reports on (default 1000; small pilots and tests only)",
    )
    s.add_argument(
        "--issuer",
        metavar="URL",
        help="require an anonymous token (Privacy Pass) from this issuer with every upload; without it the "
        "collector runs in pilot mode and accepts uploads without tokens",
    )
    s.add_argument(
        "--origin",
        metavar="NAME",
        help="this collector's name in token challenges (default: HOST:PORT it listens on)",
    )
    s.set_defaults(func=cmd_collector_serve)
    a = actions.add_parser(
        "aggregate",
        help="aggregate an epoch with Apache Beam and publish it for /v1/aggregate",
        description="Exports the epoch's reports from the database (--db) or reads exported shards (--input), "
        "runs the Beam pipeline (DirectRunner here; the same code on FlinkRunner, SparkRunner or DataflowRunner) "
        "and writes the released aggregate where `edge collector serve` serves it from. Beam pipeline options "
        "follow a --, e.g. `-- --flink_master=HOST:8081 --environment_type=DOCKER`.",
    )
    a.add_argument("--epoch", type=int, required=True, help="the epoch to aggregate")
    a.add_argument(
        "--db",
        metavar="PATH|URL",
        help="export the epoch from this SQLite file or postgresql://... first (default, without --input: "
        "EDGE_HOME/collector/collector.db)",
    )
    a.add_argument(
        "--input", metavar="GLOB", help="exported shards instead of a database: 'DIR/epoch-N-*.jsonl', gs://..."
    )
    a.add_argument(
        "--shards", metavar="DIR", help="where --db exports the shards (default: a temporary folder, removed after)"
    )
    a.add_argument(
        "--output",
        metavar="PATH",
        help="the aggregate JSON (default: EDGE_HOME/collector/aggregates/epoch-N.json, which serve publishes)",
    )
    a.add_argument("--runner", default="DirectRunner", help="the Beam runner (default DirectRunner)")
    a.add_argument("--params", metavar="FILE", help="the collector's GET /v1/config JSON (default: this release's)")
    a.add_argument("--min-reports", type=int, metavar="N", help="release from N reports on (as serve's --min-reports)")
    a.add_argument("beam_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    a.set_defaults(func=cmd_collector_aggregate)


def load_or_create_key(path: Path):  # -> GatewayKey
    from edge.ohttp import GatewayKey, OhttpError

    try:
        return GatewayKey.load(path) if path.exists() else _create_key(path)
    except OhttpError as err:
        raise UsageError(f"{err}; fix --key or delete the file to make a new key") from None


def _redeemer(args: argparse.Namespace, params):  # -> Redeemer | None
    """The token check for --issuer, announced in one line; without --issuer, one line saying it is pilot mode."""
    from edge.collector.redemption import Redeemer, default_origin
    from edge.issuer.client import base_url

    if not args.issuer:
        if args.origin:
            raise UsageError("--origin names this collector in token challenges: it needs --issuer URL")
        print(
            "pilot mode: no --issuer, so this collector accepts unauthenticated uploads (anyone who reaches it can "
            "add reports); pass --issuer URL to require one anonymous token per upload",
            flush=True,
        )
        return None
    redeemer = Redeemer(
        base_url(args.issuer), args.origin or default_origin(args.host, args.port), params.epoch_seconds
    )
    current = params.epoch_of(time.time())
    keys = "keys fetched" if redeemer.refresh(current) else f"keys not fetched yet ({redeemer.last_error}; retrying)"
    print(
        f"uploads need an anonymous token from issuer {redeemer.issuer} for origin {redeemer.origin} ({keys})",
        flush=True,
    )
    return redeemer


def _create_key(path: Path):  # -> GatewayKey
    from edge.ohttp import GatewayKey

    key = GatewayKey.generate(key_id=1)
    key.save(path)
    return key


def cmd_collector_serve(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from edge.collector.app import create_app, new_metrics
    from edge.collector.service import Collector
    from edge.collector.storage import open_storage
    from edge.home import edge_home
    from edge.tokens.params import default_parameters
    from edge.web import serve_workers

    state = edge_home() / "collector"
    db = args.db or str(state / "collector.db")
    if not args.db:
        state.mkdir(parents=True, exist_ok=True, mode=0o700)
    params = default_parameters()
    if args.min_reports is not None:
        if args.min_reports < 1:
            raise UsageError("--min-reports must be at least 1")
        params = replace(params, min_reports=args.min_reports)
    key = load_or_create_key(Path(args.key) if args.key else state / KEY_FILE)
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    aggregates = Path(args.aggregates) if args.aggregates else state / AGGREGATES_DIR
    redeemer = _redeemer(args, params)
    metrics = new_metrics()  # before the workers fork: they share it

    @contextmanager
    def collector_app() -> Iterator[object]:  # in each worker: its own database connections
        storage = open_storage(db)
        try:
            collector = Collector(storage, key, params, redeemer=redeemer)
            yield create_app(collector, aggregates=aggregates, metrics=metrics)
        finally:
            storage.close()

    serve_workers(
        collector_app,
        args.host,
        args.port,
        what=f"collector (db {_describe(db)})",
        workers=args.workers,
        on_refusal=metrics.count_refusal,
    )
    return 0


def _describe(db: str) -> str:
    """The --db for messages, without a password."""
    if "://" not in db:
        return db
    from urllib.parse import urlsplit

    parts = urlsplit(db)
    host = parts.hostname or "localhost"
    return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def cmd_collector_aggregate(args: argparse.Namespace) -> int:
    from edge.collector.beam import aggregate_command

    return aggregate_command(args)
