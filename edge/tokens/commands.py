"""Owner controls: `edge profile` (show, block, unblock), `edge forget`, `edge privacy report`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from edge.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "profile",
        help="what the on-device interest profile holds and what it will send",
        description="Show the stored topic counts, what the next upload is made of, the epochs already reported "
        "and the outbox; or block/unblock a topic.",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_profile)
    actions = p.add_subparsers(dest="profile_action", metavar="ACTION")
    b = actions.add_parser("block", help="never record or send TOPIC (id or label); deletes its counts")
    b.add_argument("topic", metavar="TOPIC", help="a taxonomy id or label, e.g. 'Cats' or 424")
    b.set_defaults(func=cmd_block)
    u = actions.add_parser("unblock", help="record TOPIC again")
    u.add_argument("topic", metavar="TOPIC")
    u.set_defaults(func=cmd_unblock)

    p = sub.add_parser(
        "forget",
        help="wipe the interest profile, the outbox and the uploads kept (the list of epochs reported stays)",
    )
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser("privacy", help="the privacy guarantee, computed")
    actions = p.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    r = actions.add_parser(
        "report",
        help="local and central epsilon per epoch and per year for a population",
        description="The guarantee of the collector's published parameters (as last fetched; this release's "
        "defaults before the first sync), for a population of N devices: local epsilon per report, epoch and "
        "year, and the central (epsilon, delta) after shuffling (Feldman, McMillan & Talwar 2021).",
    )
    r.add_argument("--devices", type=int, default=100_000, metavar="N", help="population size (default 100,000)")
    r.add_argument("--delta", type=float, default=1e-8, help="target delta per report (default 1e-8)")
    r.add_argument("--json", action="store_true", help="print one JSON object")
    r.set_defaults(func=cmd_privacy_report)


# --- edge profile ---------------------------------------------------------------------------------------
# The owner page shows the same: both read through edge.owner.view and change through edge.owner.controls.


def profile_summary(home: Path | None = None) -> dict[str, Any]:
    """Everything `edge profile` shows, as plain data."""
    from edge.owner.view import summary

    return summary(home)


def format_summary(summary: dict[str, Any]) -> str:
    from edge.owner.text import format_summary as text

    return text(summary)


def cmd_profile(args: argparse.Namespace) -> int:
    summary = profile_summary()
    print(json.dumps(summary, indent=2) if args.json else format_summary(summary))
    return 0


def cmd_block(args: argparse.Namespace) -> int:
    from edge.owner.controls import block

    topic_id, label = block(args.topic)
    print(f"blocked {label} ({topic_id}): never recorded or sent; its counts are deleted")
    return 0


def cmd_unblock(args: argparse.Namespace) -> int:
    from edge.owner.controls import unblock

    topic_id, label = unblock(args.topic)
    print(f"unblocked {label} ({topic_id})")
    return 0


# --- edge forget ------------------------------------------------------------------------------------


def forget(home: Path | None = None) -> list[Path]:
    """Delete the token store (profile, outbox, sent log); the sent ledger stays (`edge.owner.controls.forget`)."""
    from edge.owner.controls import forget as wipe

    return wipe(home)


def cmd_forget(args: argparse.Namespace) -> int:
    deleted = forget()
    if deleted:
        print(
            f"forgot everything: deleted the interest profile, the outbox and the uploads kept ({deleted[0]}); the "
            "list of epochs already reported stays, so none is ever reported twice"
        )
    else:
        print("nothing to forget: no interest profile stored")
    return 0


# --- edge privacy report ----------------------------------------------------------------------------


def cmd_privacy_report(args: argparse.Namespace) -> int:
    from edge.tokens import accounting
    from edge.tokens.domain import TokenDomain
    from edge.tokens.params import known_parameters

    if args.devices < 1:
        raise UsageError("--devices must be at least 1")
    if not 0 < args.delta < 1:
        raise UsageError("--delta must be between 0 and 1")
    params = known_parameters()
    r = accounting.report(
        epsilon=params.epsilon,
        p_replace=params.p_replace,
        domain_size=TokenDomain.load().size,
        reports_per_epoch=params.reports_per_epoch,
        epoch_seconds=params.epoch_seconds,
        devices=args.devices,
        delta=args.delta,
    )
    if args.json:
        print(json.dumps({**r.to_json(), "delta": r.central_delta_per_epoch}))  # the delta of the per-epoch epsilon
        return 0
    print(
        f"mechanism: {r.reports_per_epoch} report(s) per {r.epoch_days:g}-day epoch, OUE epsilon {r.epsilon_oue:g} "
        f"after random replacement (p={r.p_replace:g}) over {r.domain_size} topics\n"
        f"local (what one upload reveals, even to a collector that colludes with the relay):\n"
        f"  epsilon {r.local_epsilon_per_report:.3f} per report, {r.local_epsilon_per_epoch:.3f} per epoch, "
        f"{r.local_epsilon_per_year:.1f} per year ({r.epochs_per_year:.1f} epochs)\n"
        f"central (what the collector learns from {r.devices:,} devices' shuffled uploads):\n"
        f"  epsilon {r.central_epsilon_per_epoch:.4f} per epoch at delta {r.central_delta_per_epoch:.1e}; "
        f"{r.central_epsilon_per_year:.2f} per year at delta {r.central_delta_per_year:.1e}\n"
        f"  ({r.method})"
    )
    return 0
