"""Day headings of live blogs and timelines are text, never page furniture."""

from __future__ import annotations

import pytest

from upheaval.clean import clean_text

LIVE = (
    "Kenya finance bill protests: live\n\n"
    "{0}\n\nPolice fired tear gas at marchers in Nairobi.\n\n"
    "{1}\n\nShops in Mombasa stayed shut.\n\n"
    "{2}\n\nProtesters set fire to part of parliament.\n\n"
    "{3}\n\nThe president withdrew the bill."
)


@pytest.mark.parametrize(
    "days",
    [
        ("23 June", "24 June", "25 June", "26 June"),
        ("June 23", "June 24", "June 25", "June 26"),
        ("Sunday 23 June 2024", "Monday 24 June 2024", "Tuesday 25 June 2024", "Wed 26 June 2024"),
        ("2024-06-23 09:00", "2024-06-24 09:00", "2024-06-25 09:00", "2024-06-26 09:00"),
    ],
)
def test_recurring_day_headings_are_kept(days: tuple[str, ...]) -> None:
    text = LIVE.format(*days)
    cleaned, _, _ = clean_text(text)
    for heading in days:
        assert f"\n\n{heading}\n\n" in cleaned


def test_running_headers_are_still_dropped_next_to_day_headings() -> None:
    page = "Weekly bulletin | {n}\n\n{day}\n\nWorkers struck at the port of {town}.\n\n"
    text = "Front page.\n\n" + "".join(
        page.format(n=n, day=day, town=town)
        for n, day, town in [(2, "3 May", "Durban"), (3, "4 May", "Lagos"), (4, "5 May", "Tema")]
    )
    cleaned, _, _ = clean_text(text)
    assert "Weekly bulletin" not in cleaned
    assert all(day in cleaned for day in ("3 May", "4 May", "5 May"))
