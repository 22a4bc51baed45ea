"""The dashboard in a real browser, on the sample store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.api.sample import HOSTILE, REPORTS
from tests.web.conftest import SCREENSHOTS, Watch, open_page

pytestmark = pytest.mark.slow


@pytest.fixture
def dashboard(browser: BrowserContext, sample_url: str) -> Iterator[tuple[Page, Watch]]:
    page, watch = open_page(browser, sample_url + "/")
    yield page, watch
    page.close()
    watch.assert_clean()


def _rows(page: Page) -> list[str]:
    return page.locator("#events tbody tr td:nth-child(4)").all_inner_texts()


def test_dashboard_loads_events_map_and_table(dashboard: tuple[Page, Watch]) -> None:
    page, watch = dashboard
    assert page.locator("#status").inner_text() == "7 events"
    assert len(_rows(page)) == 7
    # Six events have a point; the nationwide curfew has none.
    assert page.locator("path.event-marker").count() == 6
    # Country outlines drawn from the npm package, not from a tile server.
    page.locator(".leaflet-overlay-pane path").nth(50).wait_for(state="attached")
    assert any("/vendor/world-atlas/" in url for url in watch.requests)
    assert page.locator("#legend li").count() == 6


@pytest.mark.parametrize(
    ("field", "value", "places"),
    [
        ("country", "UG", ["Kampala"]),
        ("place", "mombasa", ["Mombasa"]),
    ],
)
def test_filter_form_reloads_from_the_api(dashboard: tuple[Page, Watch], field: str, value: str,
                                          places: list[str]) -> None:
    page, watch = dashboard
    page.locator(f"#filters [name='{field}']").fill(value)
    page.locator("#filters button[type='submit']").click()
    expect(page.locator("#status")).to_have_text(f"{len(places)} event" + "s" * (len(places) != 1))
    assert _rows(page) == places
    assert any(f"{field}={value}" in url for url in watch.requests)


def test_filter_form_by_type(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#filters [name='type']").select_option("Riots")
    page.locator("#filters button[type='submit']").click()
    expect(page.locator("#events tbody tr")).to_have_count(1)
    assert _rows(page) == ["Mombasa"]
    assert page.locator("#spread-list li").count() == 1


def test_dashboard_screenshot(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#events tbody tr", has_text="Mombasa").click()
    page.wait_for_selector("#evidence mark.evidence-span")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / "dashboard.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 20_000
    page.locator("#spread-day").fill("4")
    page.locator("#spread-day").dispatch_event("input")
    spread = SCREENSHOTS / "dashboard-spread.png"
    page.locator(".map-panel").screenshot(path=str(spread))
    assert spread.stat().st_size > 10_000


def _drag(page: Page, first_day: str, last_day: str) -> None:
    start = page.locator(f"#timeline rect.bar[data-day='{first_day}']").first.bounding_box()
    end = page.locator(f"#timeline rect.bar[data-day='{last_day}']").first.bounding_box()
    assert start and end
    y = start["y"] + start["height"] / 2
    page.mouse.move(start["x"] + 1, y)
    page.mouse.down()
    page.mouse.move((start["x"] + end["x"]) / 2, y, steps=4)
    page.mouse.move(end["x"] + end["width"] - 1, y, steps=4)
    page.mouse.up()


@pytest.mark.parametrize(
    ("first_day", "last_day", "places", "markers"),
    [
        ("2024-06-25", "2024-06-26", ["Nairobi", "Kisumu"], 2),
        ("2024-06-27", "2024-06-27", ["Kenya", "Mombasa"], 1),
        ("2024-06-28", "2024-07-03", ["Nakuru", "Kampala", "Eldoret"], 3),
    ],
)
def test_timeline_brush_filters_table_and_map(dashboard: tuple[Page, Watch], first_day: str,
                                              last_day: str, places: list[str],
                                              markers: int) -> None:
    page, _ = dashboard
    _drag(page, first_day, last_day)
    assert sorted(_rows(page)) == sorted(places)
    assert page.locator("path.event-marker").count() == markers
    page.locator("#clear-range").click()
    assert len(_rows(page)) == 7


def test_evidence_panel_highlights_the_span(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#events tbody tr", has_text="Mombasa").click()
    mark = page.locator("#evidence mark.evidence-span")
    mark.wait_for()
    text = REPORTS["wire-ke-1"][1]
    start = text.index("Two people were killed")
    expected = text[start:text.index("on Thursday.") + len("on Thursday.")]
    assert mark.all_inner_texts() == [expected]
    assert page.locator("#evidence .report-text").inner_text().strip() == text.strip()
    assert page.locator("#events tbody tr.selected td:nth-child(4)").inner_text() == "Mombasa"


def test_marker_click_opens_evidence(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    # The fourth marker in date order is Nakuru's (the curfew has none).
    # dispatch_event: a real click at its centre could land on a neighbour on top.
    page.locator("path.event-marker").nth(3).dispatch_event("click")
    page.wait_for_selector("#evidence mark.evidence-span")
    assert "Nakuru" in page.locator("#evidence mark.evidence-span").inner_text()


def test_report_html_shows_as_text(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#events tbody tr", has_text="Eldoret").click()
    page.wait_for_selector("#evidence mark.evidence-span")
    assert HOSTILE in page.locator("#evidence mark.evidence-span").inner_text()
    assert HOSTILE in page.locator("#evidence h3").last.inner_text()  # the title
    actor = page.locator("#events tbody tr", has_text="Eldoret").locator("td").nth(5)
    assert actor.inner_text() == HOSTILE
    assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_spread_replay_moves_day_by_day(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    items = page.locator("#spread-list li strong").all_inner_texts()
    assert items == ["Nairobi", "Kisumu", "Mombasa", "Nakuru", "Kampala", "Eldoret"]
    slider = page.locator("#spread-day")
    for index, reached in [(0, 1), (2, 3), (5, 6)]:
        slider.fill(str(index))
        slider.dispatch_event("input")
        assert page.locator("path.spread-marker").count() == reached
        assert page.locator("#spread-list li.reached").count() == reached
    page.locator("#replay").click()
    assert page.locator("#replay").inner_text() == "Stop"
    # Six days at 0.9 s each, with room for a slow machine.
    expect(page.locator("#replay")).to_have_text("Replay", timeout=15000)
    assert page.locator("path.spread-marker").count() == 6


def test_api_docs_page_works_offline(browser: BrowserContext, sample_url: str) -> None:
    page, watch = open_page(browser, sample_url + "/docs", ready=".swagger-ui .opblock")
    try:
        assert page.locator(".swagger-ui .opblock").count() >= 5
    finally:
        page.close()
    watch.assert_clean()
