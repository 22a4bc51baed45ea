"""Headlines and captions that repeat the body are no events of their own."""

from __future__ import annotations

from collections.abc import Callable

from upheaval.model import RawMention

Extract = Callable[..., list[RawMention]]


def test_headline_repeating_body_is_skipped(extract: Extract) -> None:
    text = (
        "Protesters storm city hall in Valparaiso\n"
        "On Wednesday, protesters stormed the city hall in Valparaiso and set it on fire."
    )
    mentions = extract(text)
    assert [m.trigger.text for m in mentions] == ["stormed"]


def test_caption_is_skipped(extract: Extract) -> None:
    text = (
        "Photo: Police fire tear gas at protesters in Nairobi.\n"
        "The finance bill was passed on Tuesday."
    )
    assert extract(text) == []


def test_title_is_skipped(extract: Extract) -> None:
    title = "Workers strike at Kitwe copper mine"
    text = f"{title}\nThousands of miners went on strike near Kitwe on Monday."
    mentions = extract(text, title)
    assert len(mentions) == 1 and mentions[0].sentence.start > len(title)


def test_single_line_without_body_is_kept(extract: Extract) -> None:
    assert [m.event_type for m in extract("Miners strike at Kitwe copper mine")] == ["Protests"]


def test_police_followup_folds_into_protest(extract: Extract) -> None:
    text = (
        "On 9 March, garment workers staged a demonstration in Gazipur demanding unpaid wages. "
        "Police intervened and detained 12 of them."
    )
    (mention,) = extract(text)
    assert mention.sub_event_type == "Protest with intervention"
    assert mention.actor2 is not None and mention.actor2.role == "police"


def test_followup_with_own_place_stays(extract: Extract) -> None:
    text = (
        "Workers demonstrated in Gazipur on Monday. "
        "Police arrested two union leaders in Dhaka on Tuesday."
    )
    assert [m.sub_event_type for m in extract(text)] == ["Peaceful protest", "Arrests"]
