"""The owner's view as terminal text: `edge profile` and the end of `edge demo`. Headed columns, tier-1 and tier-2
topics apart, epochs as dates, uploads decoded."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

WIDTH = 100


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], indent: str = "  ") -> list[str]:
    """Columns under their headers; a column whose header is "count", "reports" or starts with "epsilon" is
    right-aligned."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    right = [h in ("count", "reports") or h.startswith("epsilon") for h in headers]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right)]
        return (indent + "  ".join(parts)).rstrip()

    return [line(headers)] + [line(r) for r in cells]


def wrapped(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent if first is None else first, subsequent_indent=indent + "  "
    )


def epoch_lines(e: dict[str, Any]) -> list[str]:
    days = f"{e['length_days']:g}"
    where = f", day {e['day']} of {days}" if "day" in e else ""
    return wrapped(
        f"epoch {e['current']}: {e['from']} to {e['to']} (UTC){where}. An epoch is the {days}-day period the "
        "device sends one report for; nothing it keeps or sends is timed more finely.",
        "",
    )


def topic_tables(topics: Sequence[dict[str, Any]]) -> list[str]:
    """Tier-1 topics, then tier-2 topics with their tier-1 parents, each with its count."""
    broad = [t for t in topics if t.get("tier") == 1]
    specific = [t for t in topics if t.get("tier") != 1]
    if not topics:
        return ["  (no topics recorded this epoch)"]
    lines: list[str] = []
    if broad:
        lines += table(["tier 1 (broad)", "id", "count"], [(t["label"], t["id"], t["count"]) for t in broad])
    if specific:
        lines += [""] if broad else []
        lines += table(
            ["tier 2 (specific)", "tier 1 parent", "id", "count"],
            [(t["label"], t.get("tier1") or "?", t["id"], t["count"]) for t in specific],
        )
    return lines


def held_line(held: dict[str, int]) -> str:
    counts = ", ".join(f"{category} {n}" for category, n in held.items()) or "none"
    return f"held back as sensitive this epoch (utterances per category, no text kept): {counts}"


def upload_lines(decoded: dict[str, Any], indent: str = "  ") -> list[str]:
    """What one upload says and what it cannot say."""
    return wrapped(f"says: {decoded['says']}", indent) + wrapped(f"cannot say: {decoded['cannot_say']}", indent)


def format_summary(s: dict[str, Any]) -> str:
    """`edge profile`."""
    e, nxt, out, budget = s["epoch"], s["next_upload"], s["outbox"], s["budget"]
    lines = [f"interest profile: {s['store']} (on this device only)", *epoch_lines(e)]
    if e["reported"]:
        lines.append("  this epoch is already reported: what is counted now goes into the next one")
    lines += ["", "topics counted this epoch (never sent as such):", *topic_tables(s["topics"]), ""]
    lines.append(held_line(s["held_back"]))
    if s["blocked"]:
        blocked = ", ".join(f"{b['label']} ({b['id']})" for b in s["blocked"])
        lines += wrapped(f"blocked (never recorded or sent): {blocked}", "")
    for earlier in s["earlier_epochs"]:
        lines.append(f"epoch {earlier['epoch']}: {earlier['topics']} topics, sealed at the next `edge sync`")
    picked = ", ".join(nxt["candidates"]) or "none yet (then a random topic)"
    lines += [""] + wrapped(
        f"next upload (epoch {nxt['epoch']}, sealed when it ends): one topic drawn from [{picked}], swapped for a "
        f"random one with probability {nxt['p_replace']:g}, sent only as a randomized {nxt['bits']}-bit vector "
        "through an Oblivious HTTP relay",
        "",
    )
    lines += wrapped(
        f"privacy budget (local epsilon): {budget['this_epoch']:.2f} spent this epoch, {budget['total']:.2f} in "
        f"total over {budget['epochs_reported']} reported epoch(s); each epoch spends {budget['per_epoch']:.2f} at "
        "the published parameters (`edge privacy report`: the guarantee)",
        "",
    )
    if s["reported"]:
        lines += ["", "epochs reported:"]
        lines += table(
            ["epoch", "from", "to", "reports", "epsilon"],
            [(r["epoch"], r["from"], r["to"], r["reports"], f"{r['epsilon']:.2f}") for r in s["reported"]],
        )
    lines += ["", f"outbox: {out['queued']} queued, {len(out['rejected'])} rejected, {out['dropped']} dropped"]
    for queued in out["uploads"]:
        lines += upload_lines(queued)
    for rejected in out["rejected"]:
        lines += wrapped(f"rejected (epoch {rejected['epoch']}): {rejected['reason']}")
    if s["sent"]:
        lines += ["", f"uploads sent ({len(s['sent'])}, kept on this device until `edge forget`):"]
        for sent in s["sent"]:
            lines += upload_lines(sent)
    return "\n".join(lines)
