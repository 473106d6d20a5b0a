"""`edge issuer serve` (the token issuer) and `edge issuer enrol` (give this device a credential)."""

from __future__ import annotations

import argparse
from pathlib import Path

from edge.errors import UsageError

DEFAULT_ISSUER_PORT = 8770  # the relay defaults to 8760, the collector to 8750


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("issuer", help="the Privacy Pass token issuer: one token per device per epoch")
    actions = p.add_subparsers(dest="issuer_action", metavar="ACTION", required=True)

    s = actions.add_parser(
        "serve",
        help="serve enrolment, token issuance (RFC 9578 type 2) and the per-epoch keys",
        description="Enrolment is open to anyone who reaches the issuer: a stand-in for device attestation.",
    )
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=DEFAULT_ISSUER_PORT, help=f"default {DEFAULT_ISSUER_PORT}; 0 picks one")
    s.add_argument("--reports-per-epoch", type=int, default=1, metavar="N", help="tokens per device per epoch (1)")
    s.add_argument(
        "--epoch-seconds", type=int, default=7 * 86400, metavar="S", help="epoch length; the collector's (604800)"
    )
    s.add_argument("--state", metavar="DIR", help="keys and database (default: EDGE_HOME/issuer)")
    s.set_defaults(func=cmd_serve)

    e = actions.add_parser("enrol", help="get a device credential from an issuer; stored in EDGE_HOME (mode 0600)")
    e.add_argument("--issuer", required=True, metavar="URL", help="issuer base URL, e.g. http://127.0.0.1:8770")
    e.add_argument("--force", action="store_true", help="replace an existing credential")
    e.set_defaults(func=cmd_enrol)


def cmd_serve(args: argparse.Namespace) -> int:
    from edge.home import edge_home
    from edge.issuer.server import IssuerConfig, bind
    from edge.privacypass import blindrsa

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0..65535, got {args.port}")
    state = Path(args.state).expanduser() if args.state else edge_home() / "issuer"
    config = IssuerConfig(state, reports_per_epoch=args.reports_per_epoch, epoch_seconds=args.epoch_seconds)
    try:
        running = bind(config, args.host, args.port)
    except OSError as err:
        raise UsageError(f"cannot listen on {args.host}:{args.port} ({err.strerror}); pick another --port") from None
    print(
        f"issuer listening on {running.url} (state {state}; {config.reports_per_epoch} token(s) per device per "
        f"{config.epoch_seconds} s epoch); enrolment is open: a stand-in for device attestation; Ctrl-C to stop",
        flush=True,
    )
    print(f"private-key operation: {blindrsa.POWMOD}", flush=True)
    try:
        running.run()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from edge.issuer.client import credential_path, enrol

    credential = enrol(args.issuer, force=args.force)
    print(f"enrolled with {credential.issuer} as device {credential.device_id}; credential in {credential_path()}")
    return 0
