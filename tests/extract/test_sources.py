"""Attribution, hedging and confidence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from upheaval.extract.attribution import confidence
from upheaval.model import RawMention

Extract = Callable[[str], list[RawMention]]

ATTRIBUTION_ROWS = [
    ("Some 5,000 people rallied in Tbilisi on Sunday, Reuters reported.", "Reuters"),
    ("Reuters journalists report that protesters blocked roads in Tirana.", "Reuters journalists"),
    (
        "According to the interior ministry, police detained 87 protesters in Tbilisi.",
        "the interior ministry",
    ),
    ("The agency reported that the internet was cut in Kirkuk on Wednesday.", "The agency"),
    ("Protesters blocked roads in Tirana on Wednesday.", None),
]


@pytest.mark.parametrize(("sentence", "source"), ATTRIBUTION_ROWS)
def test_attribution_names_source(extract: Extract, sentence: str, source: str | None) -> None:
    (mention,) = extract(sentence)
    assert mention.attribution == source


HEDGE_ROWS = [
    (
        "Some media went so far as to claim that soldiers had shot dead 30 protesters in Minsk.",
        True,
    ),
    ("Rioters allegedly looted shops in Osh on Tuesday.", True),
    ("Police reportedly fired tear gas at protesters in Dakar.", True),
    ("Police fired tear gas at protesters in Dakar, AFP reported.", False),
]


@pytest.mark.parametrize(("sentence", "is_hedged"), HEDGE_ROWS)
def test_hedged_when_text_distances_itself(
    extract: Extract, sentence: str, is_hedged: bool
) -> None:
    mentions = extract(sentence)
    assert mentions and all(m.hedged is is_hedged for m in mentions)


def test_confidence_orders_evidence(extract: Extract) -> None:
    sourced = extract("Police fired tear gas at protesters in Dakar on Friday, AFP reported.")[0]
    plain = extract("Police fired tear gas at protesters in Dakar on Friday.")[0]
    hedged = extract("Police reportedly fired tear gas at protesters in Dakar on Friday.")[0]
    assert sourced.confidence > plain.confidence > hedged.confidence


def test_confidence_bounds() -> None:
    assert confidence(1.0, is_hedged=False, source="x", present_undated=False) <= 0.99
    assert confidence(0.01, is_hedged=True, source=None, present_undated=True) >= 0.05
