"""A real browser (Debian's chromium, driven by Playwright) on the real app.

Chromium runs headless, without sandbox or background networking, with a
fresh profile. Every request the page makes is checked: one that is not for
127.0.0.1 is blocked and recorded, and the test fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.api.needs import missing, need_module

CHROMIUM = os.environ.get("UPHEAVAL_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    missing(f"{CHROMIUM} not installed: run .ci/system/chromium.sh")
need_module("playwright.sync_api", "playwright (Python) not installed: pip install playwright")
need_module("fastapi", "the dashboard needs the 'serve' extra: pip install 'upheaval[serve]'")

from playwright.sync_api import BrowserContext, Page, sync_playwright  # noqa: E402

from tests.api.sample import fill_store  # noqa: E402
from tests.web.server import serving  # noqa: E402
from upheaval.store import open_store  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# Screenshots land here for people to look at (out/ is git-ignored).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
# Milliseconds to wait for the page: generous for a loaded 2-core CI machine.
PAGE_TIMEOUT = 20000


@dataclass
class Watch:
    """What the page did that a test must see: errors and outside requests."""

    console_errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.outside == [], f"requests left 127.0.0.1: {self.outside}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1100})
        context.set_default_timeout(PAGE_TIMEOUT)
        yield context
        context.close()


def open_page(context: BrowserContext, url: str,
              ready: str = "body[data-ready='true']") -> tuple[Page, Watch]:
    """A new tab on ``url`` with its errors and requests watched.

    Waits for the ``ready`` selector (the dashboard sets ``data-ready`` once
    its events are drawn).
    """
    watch = Watch()
    page = context.new_page()

    def route(target: Any) -> None:
        address = target.request.url
        watch.requests.append(address)
        if urlparse(address).hostname != "127.0.0.1" and not address.startswith("data:"):
            watch.outside.append(address)
            target.abort()
        else:
            target.continue_()

    page.route("**/*", route)
    page.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.console_errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector(ready)
    return page, watch


@pytest.fixture(scope="session")
def sample_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("web") / "sample.db")
    store = open_store(path)
    fill_store(store)
    store.close()
    with serving(path) as url:
        yield url
