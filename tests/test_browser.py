"""The headless-Chromium harness (tests/browser.py) on a tiny page served from 127.0.0.1."""

from __future__ import annotations

import functools
import struct
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported at run time by pytest_plugins, so pytest can rewrite its asserts
    from tests.browser import Browser

pytest_plugins = ["tests.browser"]

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>harness</title></head>
<body>
  <h1 id="title">Static page</h1>
  <button id="add">add</button> <span id="count">0</span>
  <svg id="chart" width="200" height="60"></svg>
  <script>
    // rendered after load, as a chart library would: the harness must wait for it
    setTimeout(() => {
      const svg = document.getElementById("chart");
      [10, 30, 50].forEach((h, i) => {
        const bar = document.createElementNS("http://www.w3.org/2000/svg", "rect");
        bar.setAttribute("class", "bar"); bar.setAttribute("x", 20 + 60 * i); bar.setAttribute("y", 60 - h);
        bar.setAttribute("width", 40); bar.setAttribute("height", h); bar.setAttribute("fill", "#1565c0");
        svg.appendChild(bar);
      });
      const done = document.createElement("p"); done.id = "rendered"; done.textContent = "3 bars";
      document.body.appendChild(done);
    }, 300);
    document.getElementById("add").addEventListener("click", () => {
      const c = document.getElementById("count"); c.textContent = String(Number(c.textContent) + 1);
    });
  </script>
</body></html>
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(PAGE)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_renders_waits_clicks_and_screenshots(browser: Browser, site: str, tmp_path: Path) -> None:
    browser.open(site)
    assert browser.text("#title") == "Static page"
    assert browser.text("#rendered") == "3 bars"  # appears 300 ms after load
    heights = [int(bar.get_attribute("height")) for bar in browser.elements("#chart rect.bar")]
    assert heights == [10, 30, 50]
    browser.click("#add")
    browser.click("#add")
    assert browser.wait_for("#count", text="2").text == "2"
    shot = browser.screenshot(tmp_path / "shots" / "page.png")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == tuple(browser.script("return [window.innerWidth, window.innerHeight]"))


def test_a_missing_element_times_out_with_one_line(browser: Browser, site: str) -> None:
    from tests.browser import BrowserTimeout

    browser.open(site)
    with pytest.raises(BrowserTimeout, match=r"waited 0.3 s for '#nothing' in http://127\.0\.0\.1:\d+/index\.html"):
        browser.wait_for("#nothing", timeout_s=0.3)
