"""`edge collector serve`: the collector (OHTTP gateway, parameters, aggregates) on one machine or many."""

from __future__ import annotations

import argparse
import time
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
    redeemer = _redeemer(args, params)
    storage = open_storage(db)
    try:
        collector = Collector(storage, key, params, redeemer=redeemer)
        serve(create_app(collector), args.host, args.port, what=f"collector (db {db})")
    finally:
        storage.close()
    return 0
