"""The owner page's HTML: what this device keeps and sends, with the owner's controls as plain forms.

Made here from `edge.owner.view.summary`, with no script and nothing fetched from elsewhere (the Content-Security-
Policy allows neither). Every form posts to the page's own secret path (`base`); every value shown is escaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)


@dataclass(frozen=True)
class Guarantee:
    """The accountant's figures for the published parameters (edge.tokens.accounting.report)."""

    devices: int
    delta: float
    local_per_report: float
    local_per_epoch: float
    local_per_year: float
    central_per_epoch: float


def render(summary: dict[str, Any], guarantee: Guarantee, base: str, notice: str = "") -> str:
    """The whole page. `base` is the page's secret path ("/TOKEN"), `notice` a line about the last action."""
    e = summary["epoch"]
    shown = f'<p class="notice" id="notice">{escape(notice)}</p>' if notice else ""
    return _document(
        f"edge · what this device keeps · epoch {e['current']}",
        f"""<header><h1>What this device keeps</h1>
<p class="muted">Everything below lives in <code>{escape(summary["store"])}</code> on this device. Only the
randomized uploads at the bottom ever left it.</p></header>
{shown}
<section class="cards">
<div class="card"><span class="muted">epoch</span><b id="epoch">{e["current"]}</b>
<span class="muted" id="epoch-dates">{e["from"]} to {e["to"]} (UTC), day {e["day"]} of {e["length_days"]:g}</span></div>
{_budget_cards(summary["budget"], guarantee)}
</section>
<p class="muted">An epoch is the {e["length_days"]:g}-day period the device sends one report for; nothing it keeps or
sends is timed more finely.{" This epoch is already reported." if e["reported"] else ""}</p>
<section id="topics"><h2>Topics counted this epoch</h2>{_topics(summary["topics"], base)}</section>
<section class="columns">
<div id="blocked"><h2>Blocked topics</h2>{_blocked(summary["blocked"], base)}</div>
<div id="held"><h2>Held back as sensitive</h2>{_held(summary["held_back"])}</div>
</section>
<section id="next"><h2>Next upload</h2>{_next(summary["next_upload"])}</section>
<section id="budget"><h2>Privacy budget</h2>{_budget(summary, guarantee)}</section>
<section id="outbox"><h2>Outbox</h2>{_outbox(summary["outbox"])}</section>
<section id="sent"><h2>Uploads sent</h2>{_sent(summary["sent"])}</section>
<section id="forget"><h2>Forget everything</h2>
<p>Deletes the topic counts, the held-back counts, the block list, the outbox and the uploads kept here. The list of
epochs already reported stays, so that none is ever reported twice.</p>
<p><a class="button danger" id="forget-start" href="{base}/forget">Forget everything…</a></p></section>
<footer class="muted">This page answers on 127.0.0.1 only, at a secret address made for this run of
<code>edge dashboard</code>; it changes only through the same code as <code>edge profile block|unblock</code> and
<code>edge forget</code>.</footer>""",
    )


def render_confirm_forget(summary: dict[str, Any], base: str) -> str:
    """The confirmation step of forget-all: says exactly what goes and what stays."""
    topics, held = len(summary["topics"]), sum(summary["held_back"].values())
    kept = len(summary["sent"]) + summary["outbox"]["queued"]
    return _document(
        "edge · forget everything?",
        f"""<header><h1>Forget everything?</h1></header>
<p>This deletes, for good: {topics} counted topic(s), {held} held-back count(s), {len(summary["blocked"])} blocked
topic(s) and {kept} upload(s) in the outbox or kept after sending (<code>{escape(summary["store"])}</code>).</p>
<p>It keeps the list of the {len(summary["reported"])} epoch(s) already reported, so that none is reported twice.</p>
<form method="post" action="{base}/forget"><input type="hidden" name="confirm" value="yes">
<button class="danger" id="forget-confirm" type="submit">Yes, delete everything</button>
<a class="button" id="forget-cancel" href="{base}/">Cancel</a></form>""",
    )


def render_error(status: int, reason: str, base: str | None) -> str:
    back = f'<p><a href="{base}/">Back to the owner page</a></p>' if base else ""
    return _document(f"edge · {status}", f'<h1>{status}</h1><p class="error" id="error">{escape(reason)}</p>{back}')


def _document(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<style>{_STYLE}</style></head>
<body>
{body}
</body></html>
"""


def _button(base: str, action: str, topic_id: str, text: str, label: str) -> str:
    return (
        f'<form class="inline" method="post" action="{base}/{action}"><input type="hidden" name="topic" '
        f'value="{escape(topic_id)}"><button type="submit" id="{action}-{escape(topic_id)}" '
        f'aria-label="{escape(text)} {escape(label)}">{escape(text)}</button></form>'
    )


def _topics(topics: Sequence[dict[str, Any]], base: str) -> str:
    if not topics:
        return '<p id="no-topics">No topic counted yet this epoch.</p>'
    scale = max(t["count"] for t in topics)
    broad = [t for t in topics if t.get("tier") == 1]
    specific = [t for t in topics if t.get("tier") != 1]
    return (
        _topic_table("tier-1", "Tier 1: broad topics", broad, scale, base, parent=False)
        + _topic_table(
            "tier-2", "Tier 2: specific topics, under their tier-1 parent", specific, scale, base, parent=True
        )
        + '<p class="muted">Counts of utterances per topic. They never leave the device as such: at the end of the '
        "epoch one topic is drawn from the top ones and sent only as randomized bits (below). Block a topic to "
        "delete its counts and never record or send it again.</p>"
    )


def _topic_table(
    css_id: str, title: str, topics: Sequence[dict[str, Any]], scale: int, base: str, *, parent: bool
) -> str:
    if not topics:
        return f'<h3>{escape(title)}</h3><p class="muted" id="{css_id}">none</p>'
    rows = []
    for t in topics:
        width = 100 * t["count"] / scale
        rows.append(
            f'<tr class="topic" data-id="{escape(t["id"])}" data-count="{t["count"]}">'
            f'<td class="label">{escape(t["label"])}</td>'
            + (f'<td class="parent">{escape(t.get("tier1") or "")}</td>' if parent else "")
            + f'<td class="bar-cell"><span class="bar" style="width:{width:.1f}%"></span></td>'
            f'<td class="count">{t["count"]}</td><td>{_button(base, "block", t["id"], "Block", t["label"])}</td></tr>'
        )
    head = "<th>topic</th>" + ("<th>tier-1 parent</th>" if parent else "") + "<th></th><th>count</th><th></th>"
    return f'<h3>{escape(title)}</h3><table class="chart" id="{css_id}"><tr>{head}</tr>{"".join(rows)}</table>'


def _blocked(blocked: Sequence[dict[str, Any]], base: str) -> str:
    rows = "".join(
        f'<tr class="blocked" data-id="{escape(b["id"])}"><td>{escape(b["label"])}</td>'
        f'<td class="muted">{escape(b.get("tier1") or "")}</td><td>{_button(base, "unblock", b["id"], "Unblock", b["label"])}</td></tr>'
        for b in blocked
    )
    listed = f"<table>{rows}</table>" if rows else '<p class="muted" id="none-blocked">none</p>'
    return (
        f'{listed}<form method="post" action="{base}/block" class="block-any">'
        '<label for="block-topic">Block a topic by name or id</label> '
        '<input id="block-topic" name="topic" maxlength="120" placeholder="e.g. Cats or 424" required> '
        '<button type="submit" id="block-any">Block</button></form>'
        '<p class="muted">A blocked topic is never recorded or sent; its counts are deleted when you block it.</p>'
    )


def _held(held: dict[str, int]) -> str:
    if not held:
        return '<p id="held-none">none this epoch</p>'
    rows = "".join(
        f'<tr data-category="{escape(c)}"><td>{escape(c)}</td><td class="count">{n}</td></tr>' for c, n in held.items()
    )
    return (
        f'<table id="held-counts"><tr><th>category</th><th>utterances</th></tr>{rows}</table>'
        '<p class="muted">Utterances the privacy gate stopped this epoch, counted per sensitive category. Their text '
        "was never kept; they gave no topic and nothing of them leaves the device.</p>"
    )


def _next(nxt: dict[str, Any]) -> str:
    picked = ", ".join(escape(c) for c in nxt["candidates"]) or "none yet (then a random topic)"
    return (
        f'<p id="next-upload">Epoch {nxt["epoch"]}, sealed when it ends: {nxt["reports"]} report(s), each one topic '
        f"drawn from <b>{picked}</b>, swapped for a random topic with probability {nxt['p_replace']:g}, then sent "
        f"only as a randomized {nxt['bits']}-bit vector (OUE, ε = {nxt['epsilon']:g}) through an Oblivious HTTP "
        "relay.</p>"
    )


def _budget_cards(budget: dict[str, Any], g: Guarantee) -> str:
    return (
        f'<div class="card"><span class="muted">ε spent this epoch</span><b id="spent-epoch">'
        f'{budget["this_epoch"]:.2f}</b><span class="muted">local, by this device\'s uploads</span></div>'
        f'<div class="card"><span class="muted">ε spent in total</span><b id="spent-total">{budget["total"]:.2f}</b>'
        f'<span class="muted">over {budget["epochs_reported"]} reported epoch(s)</span></div>'
        f'<div class="card"><span class="muted">central ε per epoch</span><b id="central-epsilon">'
        f'{g.central_per_epoch:.3f}</b><span class="muted">shuffled among {g.devices:,} devices, δ = {g.delta:g}'
        "</span></div>"
    )


def _budget(summary: dict[str, Any], g: Guarantee) -> str:
    rows = "".join(
        f'<tr data-epoch="{r["epoch"]}"><td>{r["epoch"]}</td><td>{r["from"]} to {r["to"]}</td><td>{r["reports"]}</td>'
        f"<td>{r['epsilon']:.3f}</td></tr>"
        for r in summary["reported"]
    )
    reported = (
        f'<table id="reported"><tr><th>epoch</th><th>dates (UTC)</th><th>reports</th><th>local ε</th></tr>{rows}</table>'
        if rows
        else '<p id="reported">No epoch reported yet.</p>'
    )
    return (
        f"{reported}<p>At the collector's published parameters each epoch spends local ε = {g.local_per_epoch:.3f} "
        f"({g.local_per_report:.3f} per report), {g.local_per_year:.1f} per year: what one device's uploads reveal "
        "even to a collector that colludes with the relay. Shuffled through the relay among "
        f"{g.devices:,} devices, the collector learns at most ε = {g.central_per_epoch:.3f} per epoch at δ = "
        f"{g.delta:g} (Feldman, McMillan &amp; Talwar 2021; <code>edge privacy report</code>).</p>"
    )


def _outbox(out: dict[str, Any]) -> str:
    head = (
        f'<p id="outbox-counts">{out["queued"]} queued, {len(out["rejected"])} rejected by the collector, '
        f"{out['dropped']} dropped (outbox full).</p>"
    )
    rejected = "".join(
        f'<p class="error">Epoch {r["epoch"]}: rejected ({escape(str(r["reason"]))}); never resent.</p>'
        for r in out["rejected"]
    )
    return head + rejected + "".join(_upload(u, "queued") for u in out["uploads"])


def _sent(sent: Sequence[dict[str, Any]]) -> str:
    if not sent:
        return '<p id="sent-none">No upload sent yet.</p>'
    return (
        f'<p class="muted">{len(sent)} upload(s), kept on this device (exactly as sent, no time finer than the epoch) '
        "until you forget everything.</p>" + "".join(_upload(u, "sent") for u in reversed(sent))
    )


def _upload(u: dict[str, Any], kind: str) -> str:
    return f"""<article class="upload {kind}" data-epoch="{u["epoch"]}" data-bits="{len(u["set_bits"])}">
<h3>Epoch {u["epoch"]}: {u["epoch_from"]} to {u["epoch_to"]} ({kind})</h3>
{_bit_grid(u)}
<p><b>What it says:</b> {escape(u["says"])}</p>
<p><b>What it cannot say:</b> {escape(u["cannot_say"])}</p>
<details><summary>The upload exactly as {"it will be " if kind == "queued" else ""}sent</summary>
<pre>{escape(_compact(u["upload"]))}</pre></details>
</article>"""


def _bit_grid(u: dict[str, Any]) -> str:
    """One cell per topic bit; set bits dark, each titled with its topic."""
    if not u["readable"]:
        return ""
    on = {b["index"]: b["label"] for b in u["set_bits"]}
    cells = "".join(f'<i class="on" title="{escape(on[i])}"></i>' if i in on else "<i></i>" for i in range(u["bits"]))
    return f'<div class="bits" role="img" aria-label="{len(on)} of {u["bits"]} bits set">{cells}</div>'


def _compact(upload: dict[str, Any]) -> str:
    return json.dumps(upload, separators=(",", ":"))


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1040px; color: #1b1f24; padding: 0 16px; }
h1 { margin: 0; font-size: 24px; } h2 { font-size: 18px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 16px 0 6px; }
.muted { color: #5b6470; font-size: 13px; }
.notice { background: #e8f1fb; border: 1px solid #9cc0e6; border-radius: 6px; padding: 8px 12px; }
.error { color: #b3261e; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
.card { border: 1px solid #d8dee4; border-radius: 8px; padding: 10px 14px; flex: 1 1 0; min-width: 150px;
        display: flex; flex-direction: column; }
.card b { font-size: 22px; }
table { border-collapse: collapse; font-size: 14px; } td, th { padding: 3px 12px 3px 0; text-align: left; }
th { color: #5b6470; font-weight: 600; font-size: 13px; }
table.chart { width: 100%; } .chart .label { width: 30%; } .chart .parent { width: 20%; color: #5b6470; }
.bar-cell { width: 40%; } .bar { display: inline-block; height: 14px; background: #1565c0; border-radius: 2px; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
form.inline { display: inline; margin: 0; }
button, a.button { font: inherit; font-size: 13px; padding: 2px 10px; border: 1px solid #8c959f; border-radius: 6px;
        background: #f6f8fa; color: #1b1f24; cursor: pointer; text-decoration: none; }
.danger { border-color: #b3261e; color: #b3261e; }
.block-any { margin-top: 10px; } .block-any input { font: inherit; font-size: 13px; padding: 2px 6px; }
.upload { border: 1px solid #d8dee4; border-radius: 8px; padding: 4px 14px 8px; margin: 10px 0; }
.bits { display: grid; grid-template-columns: repeat(46, 12px); gap: 2px; margin: 6px 0; }
.bits i { width: 12px; height: 12px; background: #e6eaef; border-radius: 2px; }
.bits i.on { background: #1565c0; }
pre { white-space: pre-wrap; word-break: break-all; font-size: 12px; background: #f6f8fa; padding: 8px; }
footer { margin-top: 28px; }
"""
