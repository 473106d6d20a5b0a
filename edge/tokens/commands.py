"""Owner controls: `edge profile` (show, block, unblock), `edge forget`, `edge privacy report`."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from edge.errors import SyncError, UsageError


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
        help="wipe the interest profile and the outbox (the list of epochs already reported stays)",
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


# --- edge profile -----------------------------------------------------------------------------------


def _day(epoch: int, epoch_seconds: int) -> str:
    return datetime.fromtimestamp(epoch * epoch_seconds, tz=timezone.utc).strftime("%Y-%m-%d")


def profile_summary(home: Path | None = None) -> dict[str, Any]:
    """Everything `edge profile` shows, as plain data."""
    from edge.tokens.ledger import SentLedger
    from edge.tokens.outbox import Outbox
    from edge.tokens.params import known_parameters
    from edge.tokens.profile import InterestProfile

    params = known_parameters(home)
    with InterestProfile.open(home, epoch_seconds=params.epoch_seconds) as profile, SentLedger.open(home) as ledger:
        epoch = profile.current_epoch()
        outbox = Outbox(profile.conn)
        blocked = profile.blocked_ids()
        top = profile.top(epoch)
        candidates = [t for t in top if t.id not in blocked][: params.candidates]
        length = params.epoch_seconds
        reported = ledger.covers(epoch, length)
        return {
            "store": str(profile.path),
            "epoch": {
                "current": epoch,
                "from": _day(epoch, length),
                "to": _day(epoch + 1, length),
                "length_days": round(length / 86400, 4),
                "reported": reported,
            },
            "topics": [{"id": t.id, "label": t.label, "count": t.count} for t in top],
            "held_back": profile.held(epoch),
            "next_upload": {
                "epoch": epoch + 1 if reported else epoch,
                "candidates": [t.label for t in candidates],
                "reports": params.reports_per_epoch,
                "epsilon": params.epsilon,
                "p_replace": params.p_replace,
                "note": f"{params.reports_per_epoch} report(s), each a topic drawn from the top "
                f"{params.candidates}, swapped for a random one with probability p_replace, then sent only as a "
                "randomized bit vector through an Oblivious HTTP relay",
            },
            "earlier_epochs": [{"epoch": e, "topics": len(profile.counts(e))} for e in profile.epochs() if e < epoch],
            "blocked": [{"id": t.id, "label": t.label} for t in profile.blocked()],
            "reported": [
                {"epoch": s.epoch, "from": _day(s.epoch, s.epoch_seconds), "reports": s.reports, "epsilon": s.epsilon}
                for s in ledger.entries()
            ],
            "outbox": {
                "queued": len(outbox),
                "dropped": outbox.dropped(),
                "rejected": [{"epoch": q.epoch, "reason": q.rejected} for q in outbox.rejected()],
                "uploads": [json.loads(q.body) for q in outbox.pending()],
            },
        }


def cmd_profile(args: argparse.Namespace) -> int:
    summary = profile_summary()
    print(json.dumps(summary, indent=2) if args.json else format_summary(summary))
    return 0


def format_summary(s: dict[str, Any]) -> str:
    e, nxt, out = s["epoch"], s["next_upload"], s["outbox"]
    reported = "  [already reported]" if e["reported"] else ""
    lines = [
        f"interest profile: {s['store']}",
        f"epoch {e['current']}: {e['from']} to {e['to']} (UTC){reported}",
        f"  {'count':>5}  topic",
    ]
    lines += [f"  {t['count']:>5}  {t['label']} ({t['id']})" for t in s["topics"]] or ["      -  (no topics recorded)"]
    if s["held_back"]:
        lines.append("held back as sensitive: " + ", ".join(f"{c} {n}" for c, n in s["held_back"].items()))
    picked = ", ".join(nxt["candidates"]) or "none yet (a random topic)"
    lines.append(f"next upload (epoch {nxt['epoch']}): drawn from [{picked}]; {nxt['note']}")
    for earlier in s["earlier_epochs"]:
        lines.append(f"epoch {earlier['epoch']}: {earlier['topics']} topics, sealed at the next `edge sync`")
    if s["blocked"]:
        lines.append("blocked: " + ", ".join(f"{b['label']} ({b['id']})" for b in s["blocked"]))
    done = ", ".join(f"{x['epoch']} ({x['from']}, epsilon {x['epsilon']:.2f})" for x in s["reported"][-5:])
    lines.append(f"epochs reported: {done or 'none yet'}")
    lines.append(
        f"outbox: {out['queued']} queued, {len(out['rejected'])} rejected, {out['dropped']} dropped"
        + ("  (see them with --json)" if out["queued"] else "")
    )
    return "\n".join(lines)


def cmd_block(args: argparse.Namespace) -> int:
    from edge.tokens import InterestProfile

    with InterestProfile.open() as profile:
        topic_id = profile.block(args.topic)
        print(f"blocked {profile.domain.label(topic_id)} ({topic_id}): never recorded or sent; its counts are deleted")
    return 0


def cmd_unblock(args: argparse.Namespace) -> int:
    from edge.tokens import InterestProfile

    with InterestProfile.open() as profile:
        topic_id = profile.unblock(args.topic)
        print(f"unblocked {profile.domain.label(topic_id)} ({topic_id})")
    return 0


# --- edge forget ------------------------------------------------------------------------------------


def forget(home: Path | None = None) -> list[Path]:
    """Delete the token store (profile, outbox) with its WAL files; returns what was deleted.

    The sent ledger stays: it holds only which epochs were reported, and deleting it would let a device report
    an epoch twice.
    """
    from edge.tokens.store import db_path

    path = db_path(home)
    deleted = []
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            p.unlink()
            deleted.append(p)
        except FileNotFoundError:
            pass
        except OSError as err:
            raise SyncError(
                f"could not delete {p} ({err.strerror}); close other edge processes and try again"
            ) from None
    return deleted


def cmd_forget(args: argparse.Namespace) -> int:
    deleted = forget()
    if deleted:
        print(
            f"forgot everything: deleted the interest profile and the outbox ({deleted[0]}); the list of epochs "
            "already reported stays, so none is ever reported twice"
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
