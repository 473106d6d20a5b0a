"""The collector's page (`GET /`): one epoch's released topic shares as an SVG bar chart, with everything around them.

Plain HTML and inline SVG made here, no script and nothing fetched from elsewhere (the page's Content-Security-
Policy allows neither). It shows the epoch's uploads and whether its aggregate is released, the top topic shares
with their 95 % intervals (the numbers of `/v1/aggregate?epoch=N`, unrounded in `data-` attributes), uploads
rejected by reason, the mechanism's parameters and the privacy accountant's guarantee for the epoch.

The accountant's central epsilon takes seconds for 100,000 reports and grows with the count, so it is computed
for the count rounded down to 1, 2 or 5 times a power of ten, at most `ACCOUNTANT_MAX_REPORTS`, and cached: more
reports only make the guarantee stronger, so the figure shown is a true upper bound.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

from edge.tokens import accounting

TOP_TOPICS = 20
ACCOUNTANT_MAX_REPORTS = 100_000
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"

# chart geometry (px)
LABEL_W, BAR_W, VALUE_W, ROW_H, TOP_PAD = 260, 520, 120, 24, 28


@dataclass(frozen=True)
class Guarantee:
    """The accountant's figures for an epoch (edge.tokens.accounting.report)."""

    reports_used: int  # the count the central figure was computed for (<= the epoch's reports)
    delta: float
    local_epsilon_per_epoch: float
    central_epsilon_per_epoch: float | None  # None when there are no reports


@dataclass(frozen=True)
class Page:
    """What the page shows; `aggregate` is exactly what /v1/aggregate?epoch=N answers."""

    epoch: int
    current_epoch: int
    epochs: dict[int, int]  # epoch -> reports stored
    aggregate: dict[str, Any]
    source: str  # "published" (a file from `edge collector aggregate`) or "live" (computed from the database)
    rejections: dict[str, int]
    parameters: dict[str, Any]
    guarantee: Guarantee


def accountant_count(reports: int) -> int:
    """The largest 1, 2 or 5 x 10^k not above `reports` (and not above ACCOUNTANT_MAX_REPORTS); 0 for none."""
    if reports < 1:
        return 0
    capped = min(reports, ACCOUNTANT_MAX_REPORTS)
    power = 10 ** int(math.floor(math.log10(capped)))
    return max(m * power for m in (1, 2, 5) if m * power <= capped)


def guarantee(parameters: dict[str, Any], domain_size: int, reports: int) -> Guarantee:
    used = accountant_count(reports)
    figures = accounting.cached_report(
        float(parameters["epsilon"]),
        float(parameters["p_replace"]),
        domain_size,
        int(parameters["reports_per_epoch"]),
        int(parameters["epoch_seconds"]),
        max(used, 1),
    )
    central = figures.central_epsilon_per_epoch if used else None
    return Guarantee(used, accounting.DEFAULT_DELTA, figures.local_epsilon_per_epoch, central)


def render(page: Page) -> str:
    agg = page.aggregate
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>edge collector · epoch {page.epoch}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_STYLE}</style></head>
<body>
<header><h1>edge collector</h1><p class="muted">{escape(str(page.parameters.get("taxonomy", "")))} ·
schema {escape(str(page.parameters.get("schema", "")))} · current epoch {page.current_epoch}</p></header>
<nav aria-label="epochs">{_epoch_links(page)}</nav>
<section class="cards">
<div class="card"><span class="muted">epoch</span><b id="epoch">{page.epoch}</b></div>
<div class="card"><span class="muted">uploads</span><b id="uploads">{agg["reports"]:,}</b></div>
<div class="card"><span class="muted">released</span><b id="released">{"yes" if agg["released"] else "no"}</b>
<span class="muted" id="source">{"from `edge collector aggregate`" if page.source == "published" else "live"}</span></div>
{_guarantee_card(page.guarantee)}
</section>
<section><h2>Topic shares, 95 % intervals</h2>{_chart(agg)}</section>
<section class="columns">
<div><h2>Rejected uploads</h2>{_rejections(page.rejections)}</div>
<div><h2>Mechanism</h2>{_parameters(page.parameters)}</div>
</section>
<footer class="muted">The same numbers as <code>/v1/aggregate?epoch={page.epoch}</code>. The collector keeps no address,
no time finer than the epoch and nothing but each report's randomized bits.</footer>
</body></html>
"""


def _epoch_links(page: Page) -> str:
    epochs = sorted(set(page.epochs) | {page.current_epoch, page.epoch}, reverse=True)[:12]
    links = []
    for epoch in epochs:
        label = f"{epoch} ({page.epochs.get(epoch, 0):,})"
        current = ' aria-current="page"' if epoch == page.epoch else ""
        links.append(f'<a href="/?epoch={epoch}"{current}>{label}</a>')
    return " ".join(links)


def _guarantee_card(g: Guarantee) -> str:
    if g.central_epsilon_per_epoch is None:
        central = '<b id="central-epsilon">–</b><span class="muted">no reports yet</span>'
    else:
        central = (
            f'<b id="central-epsilon">{g.central_epsilon_per_epoch:.3f}</b>'
            f'<span class="muted">at δ = {g.delta:g}, shuffled among {g.reports_used:,} reports</span>'
        )
    return (
        f'<div class="card"><span class="muted">central ε per epoch</span>{central}</div>'
        f'<div class="card"><span class="muted">local ε per epoch</span>'
        f'<b id="local-epsilon">{g.local_epsilon_per_epoch:.3f}</b><span class="muted">each device</span></div>'
    )


def _chart(agg: dict[str, Any]) -> str:
    if not agg["released"]:
        return f'<p id="not-released">{escape(agg["message"])}</p>'
    topics = agg["topics"][:TOP_TOPICS]
    scale = max([t["share_ci95"][1] for t in topics] + [1e-9])
    height = TOP_PAD + ROW_H * len(topics) + 8
    width = LABEL_W + BAR_W + VALUE_W
    rows = []
    for i, t in enumerate(topics):
        y = TOP_PAD + i * ROW_H
        share, (low, high) = t["share"], t["share_ci95"]
        bar = BAR_W * share / scale
        x_low, x_high = LABEL_W + BAR_W * low / scale, LABEL_W + BAR_W * high / scale
        mid = y + ROW_H / 2
        rows.append(
            f'<g class="topic" data-id="{escape(t["id"])}" data-share="{share!r}" data-low="{low!r}" '
            f'data-high="{high!r}"><title>{escape(t["label"])}: {share:.2%} (95 % interval {low:.2%} to '
            f"{high:.2%}, about {t['estimate']:,.0f} reports)</title>"
            f'<text class="label" x="{LABEL_W - 8}" y="{mid + 4:.1f}" text-anchor="end">{escape(t["label"])}</text>'
            f'<rect class="bar" x="{LABEL_W}" y="{y + 4}" width="{bar:.2f}" height="{ROW_H - 8}"/>'
            f'<line class="ci" x1="{x_low:.2f}" x2="{x_high:.2f}" y1="{mid:.1f}" y2="{mid:.1f}"/>'
            f'<line class="ci" x1="{x_low:.2f}" x2="{x_low:.2f}" y1="{mid - 5:.1f}" y2="{mid + 5:.1f}"/>'
            f'<line class="ci" x1="{x_high:.2f}" x2="{x_high:.2f}" y1="{mid - 5:.1f}" y2="{mid + 5:.1f}"/>'
            f'<text class="value" x="{x_high + 6:.2f}" y="{mid + 4:.1f}">{share:.1%}</text></g>'
        )
    ticks = []
    for tick in _ticks(scale):
        x = LABEL_W + BAR_W * tick / scale
        ticks.append(
            f'<line class="grid" x1="{x:.2f}" x2="{x:.2f}" y1="{TOP_PAD - 6}" y2="{height - 8}"/>'
            f'<text class="tick" x="{x:.2f}" y="{TOP_PAD - 10}" text-anchor="middle">{tick:.0%}</text>'
        )
    shown = f"the top {len(topics)} of {len(agg['topics'])} topics" if len(agg["topics"]) > len(topics) else ""
    return (
        f'<svg id="shares" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="topic shares of epoch {agg["epoch"]}">{"".join(ticks)}{"".join(rows)}</svg>'
        f'<p class="muted">{shown}{"; " if shown else ""}bars: debiased share of reports; whiskers: 95 % interval. '
        f"{escape(agg['estimator'])}</p>"
    )


def _ticks(scale: float) -> list[float]:
    step = next(s for s in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0) if scale / s <= 6)
    return [step * k for k in range(int(scale / step) + 1)]


def _rejections(rejections: dict[str, int]) -> str:
    if not rejections:
        return '<p id="rejections">none</p>'
    rows = "".join(
        f'<tr data-reason="{escape(reason)}"><td>{escape(reason)}</td><td>{n:,}</td></tr>'
        for reason, n in sorted(rejections.items(), key=lambda item: -item[1])
    )
    return (
        f'<table id="rejections"><tr><th>reason</th><th>uploads</th></tr>{rows}</table><p class="muted">all epochs</p>'
    )


def _parameters(parameters: dict[str, Any]) -> str:
    rows = "".join(
        f'<tr data-name="{escape(k)}"><td>{escape(k)}</td><td>{escape(str(v))}</td></tr>'
        for k, v in parameters.items()
        if k != "token"
    )
    return f'<table id="parameters">{rows}</table>'


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 960px; color: #1b1f24; padding: 0 16px; }
h1 { margin: 0; font-size: 24px; } h2 { font-size: 17px; margin: 26px 0 8px; }
.muted { color: #5b6470; font-size: 13px; }
nav a { display: inline-block; margin: 10px 6px 0 0; padding: 2px 8px; border: 1px solid #c9d1d9; border-radius: 12px;
        color: #1b1f24; text-decoration: none; font-size: 13px; }
nav a[aria-current] { background: #1565c0; border-color: #1565c0; color: #fff; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
.card { border: 1px solid #d8dee4; border-radius: 8px; padding: 10px 14px; flex: 1 1 0; min-width: 110px;
        display: flex; flex-direction: column; }
.card b { font-size: 22px; }
svg .bar { fill: #1565c0; } svg .ci { stroke: #0b2e59; stroke-width: 1.5; } svg .grid { stroke: #e6eaef; }
svg text { font-size: 12px; fill: #1b1f24; } svg .tick { fill: #5b6470; font-size: 11px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
table { border-collapse: collapse; font-size: 14px; } td, th { padding: 3px 12px 3px 0; text-align: left; }
footer { margin-top: 28px; }
"""
