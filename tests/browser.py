"""Headless Chromium for tests of web pages (Debian's `chromium` + `chromium-driver`, driven by selenium).

    pytest_plugins = ["tests.browser"]             # in a test module: the `browser` fixture

    def test_page(browser):
        browser.open(url)
        assert browser.text("#total") == "42"
        browser.screenshot(path)

Each browser gets a fresh profile in a temporary folder (also its HOME and caches, so nothing lands outside it)
and is started with networking that talks to nothing but the page: no background requests, component updates,
sync or first-run pages. Where chromium or chromedriver is missing the tests skip with one line.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--metrics-recording-only",
    "--password-store=basic",
)
DEFAULT_TIMEOUT_S = 10.0


def chromium_binaries() -> tuple[str, str] | None:
    """(chromium, chromedriver) paths, or None when either is missing."""
    browser = next((p for p in ("/usr/lib/chromium/chromium",) if os.access(p, os.X_OK)), None)
    browser = browser or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or next(
        (p for p in ("/usr/lib/chromium/chromedriver", "/usr/bin/chromedriver") if os.access(p, os.X_OK)), None
    )
    return (browser, driver) if browser and driver else None


class BrowserTimeout(AssertionError):
    """An element did not appear (or did not match) before the deadline."""


class Browser:
    """A thin layer over a selenium Chrome driver: load, wait with a deadline, click, read, screenshot."""

    def __init__(self, driver: Any, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.driver = driver
        self.timeout_s = timeout_s

    def open(self, url: str) -> None:
        """Load `url` and wait until the document has finished loading."""
        self.driver.get(url)
        self._until(lambda d: d.execute_script("return document.readyState") == "complete", f"{url} to load")

    def wait_for(self, css: str, timeout_s: float | None = None, text: str | None = None) -> Any:
        """The first element matching `css` once it is displayed (and, with `text`, contains it)."""
        from selenium.webdriver.common.by import By

        def ready(driver: Any) -> Any:
            for element in driver.find_elements(By.CSS_SELECTOR, css):
                if element.is_displayed() and (text is None or text in element.text):
                    return element
            return False

        what = f"{css!r}" + (f" containing {text!r}" if text is not None else "")
        return self._until(ready, what, timeout_s)

    def elements(self, css: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return list(self.driver.find_elements(By.CSS_SELECTOR, css))

    def click(self, css: str, timeout_s: float | None = None) -> None:
        self.wait_for(css, timeout_s).click()

    def text(self, css: str, timeout_s: float | None = None) -> str:
        return str(self.wait_for(css, timeout_s).text)

    def attribute(self, css: str, name: str, timeout_s: float | None = None) -> str | None:
        value = self.wait_for(css, timeout_s).get_attribute(name)
        return None if value is None else str(value)

    def script(self, source: str, *args: Any) -> Any:
        """Run JavaScript in the page and return its result."""
        return self.driver.execute_script(source, *args)

    def screenshot(self, path: str | Path) -> Path:
        """Save the viewport as a PNG at `path` (folders created); returns the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.driver.save_screenshot(str(path)):
            raise OSError(f"chromium could not write a screenshot to {path}")
        return path

    def _until(self, condition: Any, what: str, timeout_s: float | None = None) -> Any:
        from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait

        deadline = self.timeout_s if timeout_s is None else timeout_s
        # An element found on the page a click is leaving goes stale: look again on the next poll.
        wait = WebDriverWait(
            self.driver, deadline, poll_frequency=0.05, ignored_exceptions=(StaleElementReferenceException,)
        )
        try:
            return wait.until(condition)
        except TimeoutException:
            raise BrowserTimeout(f"waited {deadline:g} s for {what} in {self.driver.current_url}") from None


@contextmanager
def headless_chromium(width: int = 1280, height: int = 900, timeout_s: float = DEFAULT_TIMEOUT_S) -> Iterator[Browser]:
    """A headless Chromium with a fresh temporary profile; quit and removed on exit."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binaries = chromium_binaries()
    if binaries is None:
        raise FileNotFoundError("chromium or chromedriver not found (apt-get install chromium chromium-driver)")
    browser_path, driver_path = binaries
    profile = Path(tempfile.mkdtemp(prefix="edge-chromium-"))
    try:
        options = webdriver.ChromeOptions()
        options.binary_location = browser_path
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile / 'profile'}")
        options.add_argument(f"--disk-cache-dir={profile / 'cache'}")
        options.add_argument(f"--window-size={width},{height}")
        env = {**os.environ, "HOME": str(profile), "XDG_CONFIG_HOME": str(profile), "XDG_CACHE_HOME": str(profile)}
        service = Service(executable_path=driver_path, env=env, log_output=os.devnull)
        driver = webdriver.Chrome(options=options, service=service)
        try:
            driver.set_page_load_timeout(timeout_s)
            yield Browser(driver, timeout_s)
        finally:
            driver.quit()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser() -> Iterator[Browser]:
    """A fresh headless Chromium per test (skips where chromium or chromedriver is missing)."""
    if chromium_binaries() is None:
        pytest.skip("chromium or chromedriver not found (apt-get install chromium chromium-driver)")
    with headless_chromium() as instance:
        yield instance


def docs_screenshot(name: str, tmp_path: Path) -> Path:
    """Where a test keeps a page's screenshot: `docs/NAME`, the README's picture, refreshed by every run; in
    `tmp_path` instead when EDGE_KEEP_DOCS=1 (a run that must leave the checkout as it was)."""
    if os.environ.get("EDGE_KEEP_DOCS") == "1":
        return tmp_path / name
    return Path(__file__).resolve().parent.parent / "docs" / name
