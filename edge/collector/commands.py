"""`edge collector serve`: the collector (OHTTP gateway, parameters, aggregates) on one machine or many."""

from __future__ import annotations

import argparse
from pathlib import Path

from edge.errors import UsageError

DEFAULT_COLLECTOR_PORT = 8750
KEY_FILE = "ohttp-gateway-key.json"


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
        "--db", metavar="PATH|URL", help="SQLite file or postgresql://... (default: EDGE_HOME/collector/collector.db)"
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
    s.set_defaults(func=cmd_collector_serve)


def load_or_create_key(path: Path):  # -> GatewayKey
    from edge.ohttp import GatewayKey, OhttpError

    try:
        return GatewayKey.load(path) if path.exists() else _create_key(path)
    except OhttpError as err:
        raise UsageError(f"{err}; fix --key or delete the file to make a new key") from None


def _create_key(path: Path):  # -> GatewayKey
    from edge.ohttp import GatewayKey

    key = GatewayKey.generate(key_id=1)
    key.save(path)
    return key


def cmd_collector_serve(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from edge.collector.app import create_app
    from edge.collector.service import Collector
    from edge.collector.storage import open_storage
    from edge.home import edge_home
    from edge.tokens.params import default_parameters
    from edge.web import serve

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
    storage = open_storage(db)
    try:
        collector = Collector(storage, key, params)
        serve(create_app(collector), args.host, args.port, what=f"collector (db {db})")
    finally:
        storage.close()
    return 0
