"""Owner controls: `edge profile` (show, block, unblock), `edge forget`, `edge sync`, `edge collector serve`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from edge.errors import SyncError

DEFAULT_COLLECTOR_PORT = 8750


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "profile",
        help="what the on-device interest profile holds and what it will send",
        description="Show the stored topic counts, what the next batch is made of, the epsilon "
        "spent and the outbox; or block/unblock a topic.",
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

    p = sub.add_parser("forget", help="wipe the interest profile, the outbox and the budget ledger")
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser(
        "sync",
        help="close finished epochs into token batches and send the queued ones",
        description="Offline is normal: batches stay queued and the command exits 0.",
    )
    p.add_argument("--endpoint", metavar="URL", help="collector base URL (default: $EDGE_SYNC_URL or config.toml)")
    p.add_argument("--flush", action="store_true", help="close the current epoch now (demos, tests)")
    p.add_argument("--no-delay", action="store_true", help="skip the random delay before each batch")
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("collector", help="the reference token collector")
    actions = p.add_subparsers(dest="collector_action", metavar="ACTION", required=True)
    s = actions.add_parser("serve", help="serve POST /v1/batches and GET /v1/aggregate?epoch=N")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument(
        "--port", type=int, default=DEFAULT_COLLECTOR_PORT, help=f"default {DEFAULT_COLLECTOR_PORT}; 0 picks one"
    )
    s.add_argument("--db", metavar="PATH", help="SQLite file (default: EDGE_HOME/collector.db)")
    s.set_defaults(func=cmd_collector_serve)


# --- edge profile -----------------------------------------------------------------------------------


def profile_summary() -> dict[str, Any]:
    """Everything `edge profile` shows, as plain data."""
    from edge.sync.outbox import Outbox
    from edge.tokens import InterestProfile

    with InterestProfile.open() as profile:
        config, epoch = profile.config, profile.current_epoch()
        outbox = Outbox(profile.conn)
        top = profile.top(epoch)
        chosen = [t for t in top if t.id not in profile.blocked_ids()][: config.top_k]
        reported = profile.budget.closed(epoch)
        return {
            "store": str(profile.path),
            "epoch": {"current": epoch, "length_days": round(config.epoch_seconds / 86400, 4), "reported": reported},
            "topics": [{"id": t.id, "label": t.label, "count": t.count} for t in top],
            "next_batch": {
                "epoch": epoch + 1 if reported else epoch,
                "top_topics": [t.label for t in chosen],
                "padding": config.top_k - len(chosen),
                "reports": config.top_k,
                "epsilon_per_report": config.epsilon,
                "p_replace": config.p_replace,
                "note": "each top topic is swapped for a random one with probability p_replace, then sent only "
                "as a randomized-response bit vector; padding reports look the same as real ones",
            },
            "earlier_epochs": [{"epoch": e, "topics": len(profile.counts(e))} for e in profile.epochs() if e < epoch],
            "blocked": [{"id": t.id, "label": t.label} for t in profile.blocked()],
            "budget": {
                "epoch_limit": config.budget,
                "spent": [
                    {"epoch": s.epoch, "epsilon": s.epsilon_spent, "reports": s.reports}
                    for s in profile.budget.ledger()
                ],
            },
            "outbox": {
                "queued": len(outbox),
                "dropped": outbox.dropped(),
                "rejected": [{"epoch": q.epoch, "reason": q.rejected} for q in outbox.rejected()],
                "batches": [json.loads(q.body) for q in outbox.pending()],
            },
        }


def cmd_profile(args: argparse.Namespace) -> int:
    summary = profile_summary()
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(format_summary(summary))
    return 0


def format_summary(s: dict[str, Any]) -> str:
    e, nb, budget, out = s["epoch"], s["next_batch"], s["budget"], s["outbox"]
    lines = [
        f"interest profile: {s['store']}",
        f"epoch {e['current']} ({e['length_days']:g} days){'  [already reported]' if e['reported'] else ''}:",
    ]
    lines += [f"  {t['count']:>5}  {t['label']} ({t['id']})" for t in s["topics"]] or ["  (no topics recorded)"]
    picked = ", ".join(nb["top_topics"]) or "none"
    lines.append(
        f"next batch (epoch {nb['epoch']}): {nb['reports']} reports: top topics [{picked}] + {nb['padding']} random padding; "
        f"each swapped at random with p={nb['p_replace']:g}, then randomized (OUE, epsilon "
        f"{nb['epsilon_per_report']:g} per report)"
    )
    for earlier in s["earlier_epochs"]:
        lines.append(f"epoch {earlier['epoch']}: {earlier['topics']} topics, reported at the next `edge sync`")
    if s["blocked"]:
        lines.append("blocked: " + ", ".join(f"{b['label']} ({b['id']})" for b in s["blocked"]))
    spent = ", ".join(f"epoch {x['epoch']}: {x['epsilon']:g}" for x in budget["spent"][-5:]) or "nothing yet"
    lines.append(f"epsilon spent (limit {budget['epoch_limit']:g} per epoch): {spent}")
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
    """Delete the token store (profile, budget ledger, outbox) with its WAL files; returns what was deleted."""
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
        print(f"forgot everything: deleted the interest profile, outbox and budget ledger ({deleted[0]})")
    else:
        print("nothing to forget: no interest profile stored")
    return 0


# --- edge sync --------------------------------------------------------------------------------------


def cmd_sync(args: argparse.Namespace) -> int:
    from dataclasses import asdict, replace

    from edge.sync.client import sync
    from edge.sync.config import SyncConfig

    config = SyncConfig.load(endpoint=args.endpoint)
    if args.no_delay:
        config = replace(config, send_delay_max_s=0.0)
    result = sync(flush=args.flush, config=config)
    print(json.dumps(asdict(result)) if args.json else result.message())
    if result.rejected:
        raise SyncError(
            f"the collector rejected {result.rejected} batch(es): {result.detail}; "
            "they stay in the outbox, see `edge profile --json`"
        )
    return 0


# --- edge collector serve ---------------------------------------------------------------------------


def cmd_collector_serve(args: argparse.Namespace) -> int:
    from edge.home import edge_home
    from edge.sync.collector import make_server

    db = Path(args.db) if args.db else edge_home() / "collector.db"
    try:
        server = make_server(db, args.host, args.port)
    except OSError as err:
        raise SyncError(f"cannot listen on {args.host}:{args.port} ({err.strerror}); pick another --port") from None
    print(f"collector listening on {server.url} (db {db}); Ctrl-C to stop", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.store.close()
    return 0
