"""The owner page (`edge dashboard`) in headless Chromium and over plain HTTP: it shows what the token store holds,
its buttons change the profile through the same code as `edge profile block|unblock` and `edge forget`, and
nothing but the page itself can change anything (secret path, same-origin POSTs, local Host only).
Keeps a screenshot in docs/owner-page.png."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from edge.owner.app import create_app
from edge.owner.decode import decode
from edge.owner.page import CONTENT_SECURITY_POLICY
from edge.tokens import InterestProfile, Outbox, SentLedger, seal_due_epochs
from edge.tokens.outbox import QueuedUpload
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.topics.taxonomy import Taxonomy
from edge.types import Topic
from edge.web import background
from tests.browser import docs_screenshot

pytest_plugins = ["tests.browser"]

DAY = 86_400.0
NOW = 1_800_000_000.0 + 3 * DAY  # a fixed clock: the epoch cannot turn during a test
PARAMS = default_parameters()
EPOCH = int(NOW // PARAMS.epoch_seconds)
SECRET = "owner-page-test-secret-0123456789"
CATS, DINING_OUT = "424", "218"
THIS_EPOCH = [["Food & Drink", "Dining Out"], ["Food & Drink", "Dining Out"], ["Automotive"], ["Travel"]]
THIS_EPOCH += [["Pets", "Cats"], ["Sports", "Basketball"], ["Food & Drink"]]


def record(home: Path, when: float, labels: list[str]) -> None:
    with InterestProfile.open(home, clock=lambda: when) as profile:
        profile.record([Topic(profile.resolve(label), label, label, 0.9) for label in labels])


def seed(home: Path) -> QueuedUpload:
    """Last epoch reported and its upload acknowledged (as `edge sync` leaves it); this epoch's topics and
    held-back counts. Returns the sent upload."""
    earlier = NOW - PARAMS.epoch_seconds
    for _ in range(3):
        record(home, earlier, ["Pets", "Cats"])
    with InterestProfile.open(home, clock=lambda: NOW) as profile, SentLedger.open(home) as ledger:
        outbox = Outbox(profile.conn)
        sealed = seal_due_epochs(profile, outbox, ledger, PARAMS, EPOCH, rng=SeededRandomness(3), clock=lambda: NOW)
        assert sealed.epochs == [EPOCH - 1]
        (sent,) = outbox.pending()
        outbox.ack(sent.report_id)  # the collector stored it
    for labels in THIS_EPOCH:
        record(home, NOW, labels)
    with InterestProfile.open(home, clock=lambda: NOW) as profile:
        for categories in (["health"], ["health", "religion"]):
            profile.record_held(categories)
    return sent


@dataclass
class Served:
    url: str  # the page: http://127.0.0.1:PORT/SECRET/
    home: Path
    sent: QueuedUpload

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        parts = urlsplit(self.url)
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
        finally:
            conn.close()

    def post(self, action: str, form: str, **headers: str) -> tuple[int, dict[str, str], str]:
        sent = {"Content-Type": "application/x-www-form-urlencoded", **headers}
        return self.request("POST", f"/{SECRET}/{action}", form.encode(), sent)


@pytest.fixture()
def served(edge_home: Path) -> Iterator[Served]:
    sent = seed(edge_home)
    with background(create_app(edge_home, SECRET, clock=lambda: NOW)) as base:
        yield Served(f"{base}/{SECRET}/", edge_home, sent)


def profile_state(home: Path) -> dict[str, Any]:
    with InterestProfile.open(home, clock=lambda: NOW) as profile, SentLedger.open(home) as ledger:
        return {
            "counts": profile.counts(),
            "blocked": set(profile.blocked_ids()),
            "held": profile.held(),
            "sent": [q.report_id for q in Outbox(profile.conn).sent()],
            "ledger": [s.epoch for s in ledger.entries()],
        }


def test_the_page_shows_the_store_and_its_buttons_change_the_profile(
    browser: Any, served: Served, tmp_path: Path
) -> None:
    browser.open(served.url)
    assert browser.text("#epoch") == str(EPOCH)
    assert browser.text("#epoch-dates").startswith("2027-01-14 to 2027-01-21 (UTC), day 5 of 7")
    # Topics: tier 1 and tier 2 apart, each tier-2 topic with its tier-1 parent, counts as recorded.
    tier1 = {r.get_attribute("data-id"): r.text for r in browser.elements("#tier-1 tr.topic")}
    tier2 = {r.get_attribute("data-id"): r.text for r in browser.elements("#tier-2 tr.topic")}
    taxonomy = Taxonomy.load()
    assert all(taxonomy[i].tier == 1 for i in tier1) and all(taxonomy[i].tier == 2 for i in tier2)
    assert tier1["210"].startswith("Food & Drink") and " 3 " in f" {tier1['210']} "  # three utterances
    assert tier2[DINING_OUT].startswith("Dining Out Food & Drink") and tier2[CATS].startswith("Cats Pets")
    counts = profile_state(served.home)["counts"]
    assert {i: int(browser.attribute(f'tr.topic[data-id="{i}"]', "data-count")) for i in counts} == counts
    # Held back (counts only), the budget from the sent ledger, the accountant's figure.
    assert [r.text for r in browser.elements("#held-counts tr[data-category]")] == ["health 2", "religion 1"]
    assert browser.text("#spent-epoch") == "0.00" and browser.text("#spent-total") == "1.95"
    assert browser.text("#central-epsilon") == "0.057"
    assert browser.text(f'#reported tr[data-epoch="{EPOCH - 1}"]').startswith(f"{EPOCH - 1} 2027-01-07 to 2027-01-14")
    # The upload sent, decoded: its set bits drawn and named, what it cannot say.
    decoded = decode(served.sent.body, InterestProfile.open(served.home).domain, taxonomy, PARAMS.epoch_seconds)
    article = browser.wait_for("article.upload.sent")
    assert int(article.get_attribute("data-bits")) == len(decoded.set_bits) > 0
    assert len(browser.elements("article.upload.sent .bits i")) == 299
    titles = [c.get_attribute("title") for c in browser.elements("article.upload.sent .bits i.on")]
    assert titles == [b.label for b in decoded.set_bits]
    assert decoded.says() in article.text and "What it cannot say" in article.text
    assert f"{decoded.chance_if_set:.2%} on each set topic" in article.text
    # The whole page, for docs/.
    browser.driver.set_window_size(1280, int(browser.script("return document.body.scrollHeight")) + 200)
    assert browser.screenshot(docs_screenshot("owner-page.png", tmp_path)).stat().st_size > 10_000

    # Block a counted topic with its button: the profile forgets its counts and lists it as blocked.
    browser.click(f"#block-{CATS}")
    browser.wait_for("#notice", text="Blocked Cats (424)")
    state = profile_state(served.home)
    assert CATS in state["blocked"] and CATS not in state["counts"]
    assert browser.text(f'#blocked tr.blocked[data-id="{CATS}"]').startswith("Cats")
    assert not browser.elements(f'tr.topic[data-id="{CATS}"]')
    # Block by name through the form; a name that is no topic is a 400 with the reason.
    browser.wait_for("#block-topic").send_keys("dining out")
    browser.click("#block-any")
    browser.wait_for("#notice", text="Blocked Dining Out (218)")
    assert DINING_OUT in profile_state(served.home)["blocked"]
    browser.wait_for("#block-topic").send_keys("no such topic at all")
    browser.click("#block-any")
    browser.wait_for("#error", text="unknown topic 'no such topic at all'")
    browser.open(served.url)
    # Unblock.
    browser.click(f"#unblock-{CATS}")
    browser.wait_for("#notice", text="Unblocked Cats (424)")
    assert profile_state(served.home)["blocked"] == {DINING_OUT}

    # Forget everything, after a confirmation that says what goes and what stays.
    browser.click("#forget-start")
    browser.wait_for("body", text="1 upload(s) in the outbox or kept after sending")
    browser.click("#forget-cancel")
    assert profile_state(served.home)["held"] == {"health": 2, "religion": 1}  # cancel changed nothing
    browser.click("#forget-start")
    browser.click("#forget-confirm")
    assert browser.text("#notice").startswith("Forgot everything")
    assert profile_state(served.home) == {"counts": {}, "blocked": set(), "held": {}, "sent": [], "ledger": [EPOCH - 1]}
    assert browser.text("#no-topics") and browser.text("#sent-none")


def test_a_form_on_another_site_cannot_block_a_topic(browser: Any, served: Served) -> None:
    """Even with the secret address, a form that another origin submits is refused: the browser says who sent it."""
    evil_page = (
        f'<!doctype html><form method="post" action="{served.url}block"><input type="hidden" name="topic" '
        f'value="{CATS}"><button id="prize" type="submit">claim your prize</button></form>'
    ).encode()

    async def evil(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/html")]})
        await send({"type": "http.response.body", "body": evil_page})

    with background(evil) as elsewhere:  # another port: another origin
        browser.open(f"{elsewhere}/")
        browser.click("#prize")
        browser.wait_for("#error", text="another web page")
    assert CATS not in profile_state(served.home)["blocked"]


def test_only_the_page_itself_gets_answers(served: Served) -> None:
    page = f"/{SECRET}/"
    status, headers, body = served.request("GET", page)
    assert status == 200 and headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "same-origin"
    assert "<script" not in body.lower() and "http://" not in body and "https://" not in body  # nothing from elsewhere
    for path in ("/", "/not-the-secret/", f"/{SECRET}", f"/{SECRET[:-1]}/", f"/{SECRET}/nothing"):
        assert served.request("GET", path)[0] == 404, path
    status, _, body = served.request("GET", page, headers={"Host": "attacker.example:80"})  # DNS rebinding
    assert status == 403 and SECRET not in body
    assert all(SECRET not in served.request("GET", f"/{SECRET[:-1]}/{path}")[2] for path in ("", "block"))
    before = profile_state(served.home)

    refusals = [
        (served.post("block", f"topic={CATS}", Origin="http://attacker.example"), 403, "another web page"),
        (served.post("block", f"topic={CATS}", **{"Sec-Fetch-Site": "cross-site"}), 403, "another web page"),
        (served.post("block", f"topic={CATS}", Origin="null"), 403, "another web page"),
        (served.post("block", "topic=%ff%fe"), 400, "not valid"),
        (served.post("block", "topic="), 400, "give one topic"),
        (served.post("block", "topic=Cats&topic=Pets"), 400, "give one topic"),
        (served.post("block", "topic=" + "x" * 500), 400, "at most 120 characters"),
        (served.post("block", "topic=" + "x" * 5000), 413, "limit"),
        (served.post("block", "topic=no+such+thing"), 400, "unknown topic"),
        (served.post("block", "topic=Weight+Loss"), 400, "sensitive topic"),
        (served.post("forget", ""), 400, "confirm=yes"),
        (served.post("forget", "confirm=no"), 400, "confirm=yes"),
        (served.request("POST", f"{page}block", b'{"topic": "424"}', {"Content-Type": "application/json"}), 415, ""),
        (served.request("GET", f"{page}block"), 405, ""),
    ]
    for (status, headers, body), want, reason in refusals:
        assert status == want, (want, reason, body[-300:])
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert reason in body
    assert profile_state(served.home) == before

    # A client that is no browser (no Origin header) still needs the secret; with it, the change is made.
    status, headers, _ = served.post("block", "topic=Cats")
    assert status == 303 and headers["location"] == f"{page}?did=block&topic={CATS}"
    assert CATS in profile_state(served.home)["blocked"]
    status, _, _ = served.post("forget", "confirm=yes", Origin=served.url.rsplit("/", 2)[0])  # the page's origin
    assert status == 303 and profile_state(served.home)["ledger"] == [EPOCH - 1]


def test_edge_dashboard_serves_on_loopback_at_a_new_secret_address(edge_home: Path) -> None:
    seed(edge_home)
    urls = []
    for _ in range(2):
        proc = subprocess.Popen(
            [sys.executable, "-m", "edge.cli", "dashboard", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "EDGE_HOME": str(edge_home)},
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            found = re.search(r"owner page listening on (http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{22}/); Ctrl-C", line)
            assert found, line
            urls.append(found.group(1))
            parts = urlsplit(found.group(1))
            conn = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=30)
            conn.request("GET", parts.path)
            response = conn.getresponse()
            assert response.status == 200 and "What this device keeps" in response.read().decode()
            conn.close()
        finally:
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=30) == 0
    assert urlsplit(urls[0]).path != urlsplit(urls[1]).path  # a new secret every run
