"""The dashboard on 50,000 generated events: ready in under 2 s, still usable.

The store is generated once per session (``tests.web.bigdata``); the page is
timed by the dashboard itself, from the start of its request for the events
to the last cluster drawn (``body[data-ready-ms]``), the best of three
loads so one burst of load on a shared machine does not decide.

The 2 s are for this machine (2 cores) when it is not oversubscribed: while
other work keeps more than two cores' worth of processes runnable (load
average over the core count), the budget grows in proportion, and the test
says so in its message.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.web.bigdata import generate
from tests.web.conftest import SCREENSHOTS, open_page
from tests.web.server import serving
from upheaval.web import find_node_modules
from upheaval.web.geo import admin1_outline

pytestmark = pytest.mark.slow

N_EVENTS = 50_000
READY_MS = 2000
TRIES = 3


@pytest.fixture(scope="session")
def big_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("big") / "big.db")
    generate(path, N_EVENTS)
    modules = find_node_modules()
    if modules is not None:
        admin1_outline(modules, "KE")  # split the outlines now, not while a page is timed
    with serving(path) as url:
        yield url


def _budget_ms() -> float:
    """2 s, stretched by how oversubscribed the cores are right now."""
    return READY_MS * max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))


def _load(browser: BrowserContext, url: str) -> tuple[Page, int]:
    page, watch = open_page(browser, url)
    watch.assert_clean()
    return page, int(page.locator("body").get_attribute("data-ready-ms") or 10**9)


def test_fifty_thousand_events_ready_in_under_two_seconds(browser: BrowserContext,
                                                          big_url: str) -> None:
    timings: list[tuple[int, str]] = []
    for _ in range(TRIES):
        page, ready_ms = _load(browser, big_url + "/")
        try:
            assert page.locator("#status").inner_text() == f"{N_EVENTS} events"
            assert page.locator("#map").get_attribute("data-points") == str(N_EVENTS)
            # Clustered: a few dozen icons at the world view, not 50,000 paths.
            clusters = page.locator(".marker-cluster").count()
            assert 0 < clusters < 500
            assert page.locator("path.event-marker").count() < 500
            assert page.locator("#events tbody tr").count() == 500
            timings.append((ready_ms, page.locator("body").get_attribute("data-timing") or ""))
            # Let the spread (loaded after ready) finish before the next try.
            expect(page.locator("#spread-list")).to_have_attribute("data-query", "",
                                                                   timeout=60000)
            if ready_ms < _budget_ms():
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / "dashboard-50k.png"), full_page=True)
                break
        finally:
            page.close()
    best = min(t for t, _ in timings)
    budget = _budget_ms()
    assert best < budget, (f"ready in {timings} ms (fetch/parse/draw/cluster); budget "
                           f"{budget:.0f} ms at load {os.getloadavg()[0]:.1f}")


def test_fifty_thousand_events_stay_interactive(browser: BrowserContext, big_url: str) -> None:
    page, _ = _load(browser, big_url + "/")
    try:
        # Five years of events: a bar per month, each year on the axis.
        timeline = page.locator("#timeline")
        assert timeline.get_attribute("data-unit") == "month"
        ticks = " ".join(page.locator("#timeline text.tick").all_text_contents())
        for year in range(2019, 2024):
            assert str(year) in ticks
        assert page.locator("#timeline-title").inner_text() == "Events per month"
        # A brush over a few months redraws the map and the table quickly.
        bars = page.locator("#timeline rect.bar[data-day='2021-03-01']").first.bounding_box()
        last = page.locator("#timeline rect.bar[data-day='2021-05-01']").first.bounding_box()
        assert bars and last
        began = time.monotonic()
        y = bars["y"] + bars["height"] / 2
        page.mouse.move(bars["x"] + 1, y)
        page.mouse.down()
        page.mouse.move(last["x"] + last["width"] - 1, y, steps=3)
        page.mouse.up()
        expect(page.locator("#range")).to_have_text("2021-03-01 to 2021-05-31")
        shown = int(page.locator("#map").get_attribute("data-points") or 0)
        assert 0 < shown < N_EVENTS / 10
        assert time.monotonic() - began < 3
        first = page.locator("#events tbody tr td").first.inner_text()
        assert "2021-03-01" <= first <= "2021-05-31"
        # A cluster opens on a click.
        zoom_before = page.locator(".marker-cluster").count()
        page.locator(".marker-cluster").first.click()
        page.wait_for_function("() => !document.querySelector('.leaflet-zoom-anim')")
        assert page.locator(".marker-cluster").count() != zoom_before or \
            page.locator("path.event-marker").count() > 0
    finally:
        page.close()


@pytest.mark.parametrize(("since", "until", "unit"),
                         [("2020-01-01", "2020-02-15", "day"), ("2020-01-01", "2020-09-30", "week"),
                          ("2020-01-01", "2023-12-31", "month")])
def test_timeline_bins_follow_the_range(browser: BrowserContext, big_url: str, since: str,
                                        until: str, unit: str) -> None:
    page, _ = _load(browser, f"{big_url}/?country=IN&since={since}&until={until}")
    try:
        assert page.locator("#timeline").get_attribute("data-unit") == unit
        starts = page.evaluate("""() => [...new Set([...document.querySelectorAll(
            '#timeline rect.bar')].map((r) => r.dataset.day))]""")
        # The first bin holds the first day (a week may start before it).
        first = date.fromisoformat(min(starts))
        assert first <= date.fromisoformat(since) < first + timedelta(days=31)
        assert all(s <= until for s in starts)
        if unit == "week":  # weeks start on Monday
            assert all(time.strptime(s, "%Y-%m-%d").tm_wday == 0 for s in starts)
        if unit == "month":
            assert all(s.endswith("-01") for s in starts)
        assert any(since[:4] in t for t in page.locator("#timeline text.tick").all_text_contents())
        timing = json.loads(page.locator("body").get_attribute("data-timing") or "{}")
        assert set(timing) >= {"fetch", "cluster"}
    finally:
        page.close()
