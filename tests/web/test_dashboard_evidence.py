"""The evidence panel on a merged event: every report listed, every span in view."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.api.sample import Town, _event
from tests.web.conftest import open_page
from tests.web.server import serving
from upheaval.model import CleanDocument, Document
from upheaval.store import open_store

pytestmark = pytest.mark.slow

SANTIAGO = Town("Santiago", "Chile", "CL", "Santiago Metropolitan", -33.45694, -70.64827, 3871336)

# Long reports: background first, the event near the end, as wire stories
# and blog round-ups often run.
BACKGROUND = " ".join(
    f"Paragraph {i}: fares on the metro rose again this year, and student unions said "
    "their members could no longer afford the daily commute across the city." for i in range(40))
REPORTS = {
    "wire-cl-1": ("Chile: students storm metro stations", BACKGROUND + "\n\n"
                  "On Friday hundreds of students jumped the turnstiles at stations across "
                  "Santiago in protest against the fare rise. Police watched."),
    "blog-cl-2": ("Week in review", BACKGROUND + "\n\n"
                  "Late on Friday the fare-dodging protest in Santiago grew as office workers "
                  "joined the students. The week closed quietly elsewhere."),
}
SPANS = {
    "wire-cl-1": ("On Friday hundreds", "against the fare rise."),
    "blog-cl-2": ("Late on Friday", "joined the students."),
}


@pytest.fixture(scope="module")
def merged_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("merged") / "merged.db")
    store = open_store(path)
    try:
        for doc_id, (title, text) in REPORTS.items():
            start = text.index(SPANS[doc_id][0])
            end = text.index(SPANS[doc_id][1]) + len(SPANS[doc_id][1])
            event = _event("wire-ke-1", "2024-06-28", SANTIAGO, ("Protests", "Peaceful protest"),
                           ("Thousands", "them."))
            event = replace(event, doc_ids=[doc_id], evidence=[
                {"doc_id": doc_id, "start": start, "end": end, "text": text[start:end]}])
            document = Document(doc_id=doc_id, text=text, source=f"{doc_id}.txt", title=title)
            store.save_document(CleanDocument(document, text, tuple(range(len(text)))), [event])
        (merged,) = store.events()
        assert sorted(merged.doc_ids) == sorted(REPORTS)  # the store merged the two reports
    finally:
        store.close()
    with serving(path) as url:
        yield url


def test_merged_event_lists_all_evidence_with_its_documents(browser: BrowserContext,
                                                            merged_url: str) -> None:
    page, watch = open_page(browser, merged_url + "/")
    try:
        page.locator("#events tbody tr").first.click()
        marks = page.locator("#evidence mark.evidence-span")
        expect(marks).to_have_count(2)
        # Both reports, each with its title and its span marked.
        assert sorted(page.locator("#evidence article.report h3").all_inner_texts()) == sorted(
            title for title, _ in REPORTS.values())
        for doc_id, (_, text) in REPORTS.items():
            start = text.index(SPANS[doc_id][0])
            end = text.index(SPANS[doc_id][1]) + len(SPANS[doc_id][1])
            mark = page.locator(f"#evidence article[data-doc='{doc_id}'] mark.evidence-span")
            assert mark.inner_text() == text[start:end]
        items = page.locator("#evidence .evidence-list li")
        expect(items).to_have_count(2)
        assert "Evidence: 2 spans in 2 reports" in page.locator("#evidence h4").inner_text()

        def in_view(selector: str, box_selector: str) -> bool:
            return bool(page.evaluate(
                """([m, b]) => { const mark = document.querySelector(m).getBoundingClientRect();
                    const box = document.querySelector(b).getBoundingClientRect();
                    return mark.top >= box.top - 1 && mark.bottom <= box.bottom + 1; }""",
                [selector, box_selector]))

        docs = page.locator("#evidence article.report").evaluate_all(
            "(nodes) => nodes.map((n) => n.dataset.doc)")
        assert sorted(docs) == sorted(REPORTS)
        first = f"#evidence article[data-doc='{docs[0]}'] mark.evidence-span"
        second = f"#evidence article[data-doc='{docs[1]}'] mark.evidence-span"
        # Each span sits after 40 paragraphs: scrolled into view in its report
        # box, and the first one in the panel too.
        assert in_view(first, f"#evidence article[data-doc='{docs[0]}'] .report-text")
        assert in_view(first, "#evidence")
        assert in_view(second, f"#evidence article[data-doc='{docs[1]}'] .report-text")
        assert not in_view(second, "#evidence")
        # A click on the second report's evidence item brings its span into view.
        items.filter(has_text=REPORTS[docs[1]][0]).click()
        page.wait_for_function(
            """(m) => { const r = document.querySelector(m).getBoundingClientRect();
                const p = document.querySelector('#evidence').getBoundingClientRect();
                return r.top >= p.top - 1 && r.bottom <= p.bottom + 1; }""", arg=second)
    finally:
        page.close()
    watch.assert_clean()
