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


def _points(page: Page) -> int:
    return int(page.locator("#map").get_attribute("data-points") or -1)


def _shown_markers(page: Page, want: int | None = None) -> int:
    """Events on the map as drawn: lone markers plus the counts of clusters.

    While the cluster layer animates a zoom (fitting the view), old and new
    markers are briefly both on the page: with ``want``, wait up to 5 s for
    the drawing to settle on it.
    """
    for _ in range(50):
        lone = page.locator("path.event-marker").count()
        clustered = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
        if want is None or lone + clustered == want:
            break
        page.wait_for_timeout(100)
    return lone + clustered


def test_dashboard_loads_events_map_and_table(dashboard: tuple[Page, Watch]) -> None:
    page, watch = dashboard
    assert page.locator("#status").inner_text() == "7 events"
    assert len(_rows(page)) == 7
    # Six events have a point; the nationwide curfew has none.
    assert _points(page) == 6
    expect(page.locator("path.event-marker, .marker-cluster")).not_to_have_count(0)
    assert _shown_markers(page, want=6) == 6
    # Country outlines drawn from the npm package, not from a tile server.
    page.locator(".leaflet-overlay-pane path").nth(50).wait_for(state="attached")
    assert any("/vendor/world-atlas/" in url for url in watch.requests)
    # Only the types present: three of the six.
    assert page.locator("#legend li").all_inner_texts() == [
        "Protests (5)", "Strategic developments (1)", "Riots (1)"]


def test_map_fits_the_data_with_admin1_outlines_and_town_labels(
        dashboard: tuple[Page, Watch]) -> None:
    page, watch = dashboard
    # Fitted to Kenya and Uganda: zoomed in past the world view.
    zoom_out = page.locator(".leaflet-control-zoom-out")
    assert "leaflet-disabled" not in (zoom_out.get_attribute("class") or "")
    expect(page.locator("#map")).to_have_attribute("data-admin1", "KE,UG")
    # Kenya's counties from the npm package: many more paths than countries.
    assert any(url.endswith("/geo/admin1/KE.json") for url in watch.requests)
    assert page.locator(".leaflet-admin1-pane path").count() >= 40
    # Drawn above the filled country outlines, so they are seen.
    z = page.evaluate("""() => ['.leaflet-admin1-pane', '.leaflet-overlay-pane'].map(
        (s) => Number(getComputedStyle(document.querySelector(s)).zIndex))""")
    assert z[0] > z[1]
    labels = page.locator(".town-label")
    expect(labels.first).to_be_attached()
    assert {"Nairobi", "Mombasa", "Kampala"} <= set(labels.all_inner_texts())


def test_country_outlines_cross_no_map(dashboard: tuple[Page, Watch]) -> None:
    """No outline runs across the whole map (the line along the equator)."""
    page, _ = dashboard
    page.locator(".leaflet-overlay-pane path").nth(50).wait_for(state="attached")
    widths = page.evaluate("""() => {
        const world = 256 * 2 ** 6;  // the world's width in pixels at the fitted zoom, at most
        return [...document.querySelectorAll('.leaflet-overlay-pane path')]
          .map((p) => p.getBBox()).filter((b) => b.height < 60).map((b) => b.width);
    }""")
    map_width = page.locator("#map").bounding_box()["width"]  # type: ignore[index]
    # A flat, map-wide path is a ring that jumped the antimeridian.
    assert widths and max(widths) < 4 * map_width


@pytest.mark.parametrize(
    ("field", "value", "places"),
    [
        ("country", "UG", ["Kampala"]),
        ("place", "mombasa", ["Mombasa"]),
    ],
)
def test_filter_form_reloads_from_the_api(dashboard: tuple[Page, Watch], field: str, value: str,
                                          places: list[str], browser: BrowserContext,
                                          sample_url: str) -> None:
    page, watch = dashboard
    page.locator(f"#filters [name='{field}']").fill(value)
    page.locator("#filters button[type='submit']").click()
    expect(page.locator("#status")).to_have_text(f"{len(places)} event" + "s" * (len(places) != 1))
    assert _rows(page) == places
    assert any(f"{field}={value}" in url for url in watch.requests)
    # The view is in the URL: opened again elsewhere, it shows the same.
    assert f"{field}={value}" in page.url
    shared, other = open_page(browser, page.url)
    try:
        assert shared.locator(f"#filters [name='{field}']").input_value() == value
        assert _rows(shared) == places
    finally:
        shared.close()
    other.assert_clean()
    page.go_back()
    expect(page.locator("#status")).to_have_text("7 events")


@pytest.mark.parametrize(
    ("query", "said"),
    [("?country=Kenia", "unknown country 'Kenia'"), ("?type=Riot", "unknown event type 'Riot'")],
)
def test_unknown_country_or_type_is_said(browser: BrowserContext, sample_url: str, query: str,
                                         said: str) -> None:
    page, watch = open_page(browser, sample_url + "/" + query)
    try:
        status = page.locator("#status")
        assert said in status.inner_text()
        assert "error" in (status.get_attribute("class") or "")
        assert _rows(page) == []
    finally:
        page.close()
    # The browser logs the API's 400 itself; nothing else may fail.
    assert watch.outside == []
    assert all("status of 400" in e for e in watch.console_errors), watch.console_errors


def test_filter_form_by_type(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#filters [name='type']").select_option("Riots")
    page.locator("#filters button[type='submit']").click()
    expect(page.locator("#events tbody tr")).to_have_count(1)
    assert _rows(page) == ["Mombasa"]
    expect(page.locator("#spread-list li")).to_have_count(1)
    assert page.locator("#legend li").all_inner_texts() == ["Riots (1)"]


def test_dashboard_screenshot(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#events tbody tr", has_text="Mombasa").click()
    page.wait_for_selector("#evidence mark.evidence-span")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / "dashboard.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 20_000
    expect(page.locator("#spread-list li")).to_have_count(6)
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
    assert _points(page) == markers
    expect(page.locator("#spread-list")).to_have_attribute(
        "data-query", f"since={first_day}&until={last_day}")
    # The spread follows the range: only the places reached in it.
    spread = [p for p in places if p != "Kenya"]
    expect(page.locator("#spread-list li strong")).to_have_text(spread)
    assert f"range={first_day}..{last_day}" in page.url
    page.locator("#clear-range").click()
    assert len(_rows(page)) == 7
    expect(page.locator("#spread-list li")).to_have_count(6)


def test_evidence_panel_highlights_the_span(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#events tbody tr", has_text="Mombasa").click()
    mark = page.locator("#evidence mark.evidence-span")
    mark.wait_for()
    text = REPORTS["wire-ke-1"][1]
    start = text.index("Two people were killed")
    expected = text[start:text.index("on Thursday.") + len("on Thursday.")]
    assert mark.all_inner_texts() == [expected]
    assert "null" not in page.locator("#evidence").inner_text()
    assert page.locator("#evidence .report-text").inner_text().strip() == text.strip()
    assert page.locator("#events tbody tr.selected td:nth-child(4)").inner_text() == "Mombasa"


def test_marker_click_opens_evidence(browser: BrowserContext, sample_url: str) -> None:
    page, watch = open_page(browser, sample_url + "/?place=Nakuru")
    try:
        (marker,) = page.locator("path.event-marker").all()
        marker.dispatch_event("click")
        page.wait_for_selector("#evidence mark.evidence-span")
        assert "Nakuru" in page.locator("#evidence mark.evidence-span").inner_text()
        assert "event=" in page.url
    finally:
        page.close()
    watch.assert_clean()


def test_clusters_open_into_markers(dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    expect(page.locator(".marker-cluster").first).to_be_attached()
    before = page.locator("path.event-marker").count()
    page.locator(".marker-cluster").first.click()
    expect(page.locator("path.event-marker")).not_to_have_count(before)
    # Once the zoom has settled, every event is still shown once.
    page.wait_for_function("""() => !document.querySelector('.leaflet-zoom-anim')
        && [...document.querySelectorAll('.marker-cluster span')]
             .reduce((n, s) => n + Number(s.textContent), 0)
           + document.querySelectorAll('path.event-marker').length === 6""")
    assert _shown_markers(page) == 6


def test_evidence_leaves_when_the_filters_remove_its_event(
        dashboard: tuple[Page, Watch]) -> None:
    page, _ = dashboard
    page.locator("#events tbody tr", has_text="Mombasa").click()
    page.wait_for_selector("#evidence mark.evidence-span")
    _drag(page, "2024-06-25", "2024-06-26")
    expect(page.locator("#evidence mark")).to_have_count(0)
    assert "outside the filters" in page.locator("#evidence").inner_text()
    page.locator("#clear-range").click()
    page.locator("#events tbody tr", has_text="Mombasa").click()
    page.wait_for_selector("#evidence mark.evidence-span")
    page.locator("#filters [name='country']").fill("UG")
    page.locator("#filters button[type='submit']").click()
    page.locator("#events tbody tr", has_text="Mombasa").wait_for(state="detached")
    expect(page.locator("#evidence mark")).to_have_count(0)
    assert "outside the filters" in page.locator("#evidence").inner_text()


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
    # The spread loads once the events are drawn.
    expect(page.locator("#spread-list li strong")).to_have_text(
        ["Nairobi", "Kisumu", "Mombasa", "Nakuru", "Kampala", "Eldoret"])
    assert "null" not in page.locator("#spread-list").inner_text()
    slider = page.locator("#spread-day")
    for index, reached in [(0, 1), (2, 3), (5, 6)]:
        slider.fill(str(index))
        slider.dispatch_event("input")
        assert page.locator("path.spread-marker").count() == reached
        assert page.locator("#spread-list li.reached").count() == reached
        # Each marker is labelled with its order and place.
        # (a removed label fades out for 200 ms: wait for it to go)
        expect(page.locator(".spread-label")).to_have_count(reached)
        assert page.locator(".spread-label").first.inner_text().startswith("1. Nairobi")
    page.locator("#replay").click()
    assert page.locator("#replay").inner_text() == "Stop"
    # Six days at 0.9 s each, with room for a slow machine.
    expect(page.locator("#replay")).to_have_text("Replay", timeout=15000)
    assert page.locator("path.spread-marker").count() == 6
    # Lines from the source of each Kenyan town after the first; none to
    # Kampala: Uganda's first place came from no Kenyan town.
    assert page.locator("path.spread-line").count() == 4
    kampala = page.locator("#spread-list li", has_text="Kampala").inner_text()
    assert "from" not in kampala


def test_api_docs_page_works_offline(browser: BrowserContext, sample_url: str) -> None:
    page, watch = open_page(browser, sample_url + "/docs", ready=".swagger-ui .opblock")
    try:
        assert page.locator(".swagger-ui .opblock").count() >= 5
    finally:
        page.close()
    watch.assert_clean()
