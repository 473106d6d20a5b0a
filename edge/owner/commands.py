"""`edge dashboard`: the owner page, served on this machine only."""

from __future__ import annotations

import argparse
import importlib.util

from edge.errors import UsageError

DEFAULT_DASHBOARD_PORT = 8780  # the collector 8750, the relay 8760, the issuer 8770


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "dashboard",
        help="the owner page: what this device keeps and sends, block topics, forget everything",
        description="Serves the owner page on 127.0.0.1 at a secret address printed at start (new every run): "
        "the epoch, the topics counted, blocked topics, what was held back as sensitive, the privacy budget, the "
        "outbox and every upload sent, decoded. Ctrl-C stops it.",
    )
    p.add_argument(
        "--port", type=int, default=DEFAULT_DASHBOARD_PORT, help=f"default {DEFAULT_DASHBOARD_PORT}; 0 picks one"
    )
    p.set_defaults(func=cmd_dashboard)


def cmd_dashboard(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0..65535, got {args.port}")
    missing = [name for name in ("starlette", "uvicorn") if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(f"edge dashboard needs {' and '.join(missing)}: pip install 'edge[server]'")
    from edge.owner.app import create_app, new_secret
    from edge.web import serve

    secret = new_secret()
    try:
        serve(create_app(secret=secret), "127.0.0.1", args.port, what="owner page", url_path=f"/{secret}/")
    except KeyboardInterrupt:
        pass
    return 0
