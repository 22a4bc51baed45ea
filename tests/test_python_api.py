"""``upheaval.extract_text``: the events of one text, without a database."""

from __future__ import annotations

from datetime import date

import pytest

import upheaval
from upheaval.model import EVENT_FIELDS


@pytest.mark.slow
def test_extract_text_returns_events_read_against_the_publication_day() -> None:
    text = (
        "Dock workers went on strike in Mombasa on Tuesday over unpaid wages. "
        "On Wednesday, police fired tear gas at traders who blocked a road in Nakuru."
    )
    events = upheaval.extract_text(text, published="2025-03-13")
    found = {(e.location, e.event_date) for e in events}
    assert ("Mombasa", "2025-03-11") in found and ("Nakuru", "2025-03-12") in found
    assert all(list(e.to_record()) == list(EVENT_FIELDS) for e in events)
    # a date object works too, and another day moves the weekdays with it
    later = upheaval.extract_text(text, published=date(2025, 3, 20))
    assert ("Mombasa", "2025-03-18") in {(e.location, e.event_date) for e in later}


@pytest.mark.slow
def test_extract_text_rejects_a_date_that_is_no_date() -> None:
    with pytest.raises(ValueError):
        upheaval.extract_text("Protesters marched in Nairobi.", published="yesterday")


def test_pipeline_version_names_the_release_and_the_code() -> None:
    version = upheaval.pipeline_version()
    assert version.startswith(upheaval.__version__ + "+") and len(version.split("+")[1]) == 12
