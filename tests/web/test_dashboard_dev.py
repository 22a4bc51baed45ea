"""The dashboard on events the real pipeline extracts from the dev set.

Runs only where ``../shared`` (beside the repository) holds the dev set; a
user's clone has none. Nothing of the dev set is copied here: every expected
value is read from the store the pipeline fills.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

from tests.web.conftest import SCREENSHOTS, open_page
from tests.web.server import serving
from upheaval.export import is_national
from upheaval.model import Event
from upheaval.store import open_store

DEV_DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "docs.jsonl"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEV_DOCS.is_file(), reason=f"no dev set at {DEV_DOCS}"),
]


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[Event]]]:
    from upheaval.pipeline import run_extract

    path = str(tmp_path_factory.mktemp("dev") / "dev.db")
    store = open_store(path)
    try:
        report = run_extract([str(DEV_DOCS)], store)
        assert report.stored >= 1
        events = store.events()
    finally:
        store.close()
    yield path, events


def _placed(events: list[Event]) -> int:
    return sum(1 for e in events if e.latitude is not None and e.longitude is not None
               and not is_national(e))


def test_dashboard_shows_the_dev_set_events(browser: BrowserContext,
                                            dev_store: tuple[str, list[Event]]) -> None:
    path, events = dev_store
    assert events, "the pipeline found no events in the dev set"
    with serving(path) as url:
        page, watch = open_page(browser, url + "/")
        try:
            assert page.locator("#status").inner_text() == f"{len(events)} events"
            assert page.locator("#events tbody tr").count() == min(len(events), 500)
            assert page.locator("#map").get_attribute("data-points") == str(_placed(events))
            page.locator("#events tbody tr").first.click()
            mark = page.locator("#evidence mark.evidence-span").first
            mark.wait_for()
            first = events[0]
            # The first highlighted span is one of the event's evidence texts.
            shown = " ".join(mark.inner_text().split())
            assert shown in {" ".join(p["text"].split()) for p in first.evidence}
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "dashboard-dev.png"), full_page=True)
        finally:
            page.close()
        watch.assert_clean()
