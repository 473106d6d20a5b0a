"""`edge sync` (seal finished epochs, send what is due through the relay) and `edge relay serve`."""

from __future__ import annotations

import argparse
import json

from edge.errors import SyncError, UsageError

DEFAULT_RELAY_PORT = 8760


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help="seal finished epochs into uploads and send the due ones through the relay",
        description="Fetches the collector's parameters and clock through the relay, seals every epoch that is "
        "over, and sends each due upload as its own Oblivious HTTP message. Offline is normal: uploads stay "
        "queued and the command exits 0.",
    )
    p.add_argument("--endpoint", metavar="URL", help="collector base URL (default: $EDGE_SYNC_URL or config.toml)")
    p.add_argument("--relay", metavar="URL", help="relay base URL (default: $EDGE_SYNC_RELAY or config.toml)")
    p.add_argument(
        "--issuer",
        metavar="URL",
        help="token issuer base URL, for a collector that requires anonymous tokens "
        "(default: $EDGE_SYNC_ISSUER or config.toml; enrol first with `edge issuer enrol`)",
    )
    p.add_argument("--flush", action="store_true", help="seal the current epoch now (demos, tests)")
    p.add_argument(
        "--no-delay", action="store_true", help="send everything now, without the random timing (demos, tests)"
    )
    p.add_argument("--wait", action="store_true", help="stay until every queued upload has left, at its own moment")
    p.add_argument(
        "--accept-new-key", action="store_true", help="trust the collector's new Oblivious HTTP key (after a rotation)"
    )
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("relay", help="the Oblivious HTTP relay between devices and the collector")
    actions = p.add_subparsers(dest="relay_action", metavar="ACTION", required=True)
    s = actions.add_parser(
        "serve",
        help="forward encapsulated uploads to the gateway; sees who sends, never what",
        description="Forwards POST and GET of /.well-known/ohttp-gateway to the gateway and nothing else; adds no "
        "header that identifies a client and keeps no log of clients.",
    )
    s.add_argument("--gateway", required=True, metavar="URL", help="the collector's base URL (its OHTTP gateway)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=DEFAULT_RELAY_PORT, help=f"default {DEFAULT_RELAY_PORT}")
    s.add_argument("--cafile", metavar="PEM", help="CA bundle for an https gateway (default: the system store)")
    s.set_defaults(func=cmd_relay_serve)


def cmd_sync(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from edge.sync.client import sync

    result = sync(
        endpoint=args.endpoint,
        relay=args.relay,
        issuer=args.issuer,
        flush=args.flush,
        no_delay=args.no_delay,
        wait=args.wait,
        accept_new_key=args.accept_new_key,
    )
    print(json.dumps(asdict(result)) if args.json else result.message())
    if result.rejected:
        raise SyncError(
            f"the collector rejected {result.rejected} upload(s): {result.detail}; "
            "they stay in the outbox, see `edge profile --json`"
        )
    return 0


def cmd_relay_serve(args: argparse.Namespace) -> int:
    from edge.sync.relay import create_app
    from edge.web import serve

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a TCP port")
    serve(create_app(args.gateway, cafile=args.cafile), args.host, args.port, what=f"relay (to {args.gateway})")
    return 0
