"""Resolve: dates to calendar days, places to GeoNames, actors to ACLED names.

``resolve_mentions`` turns the raw mentions of one cleaned document into
resolved ``Mention`` records. It knows no spaCy: the caller passes the
sentence spans and entity hints from annotate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date as date_type

from upheaval.model import (
    CleanDocument,
    DateMention,
    Evidence,
    Mention,
    Place,
    PlaceMention,
    RawMention,
    Span,
)
from upheaval.resolve.actors import name_actor
from upheaval.resolve.attach import attach_places, capital_reference, own_scope
from upheaval.resolve.dateline import dateline_spans, mask_datelines
from upheaval.resolve.dates import SentenceTime, resolve_dates
from upheaval.resolve.discourse import headline_sentence, inside, nationwide, quoted_spans
from upheaval.resolve.places import Gazetteer, detect_focus_country, find_places

__all__ = ["DocumentContext", "resolve_mentions", "read_context"]


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What resolution knows about one document as a whole."""

    sentences: tuple[tuple[int, int], ...]
    paragraphs: tuple[int, ...]
    times: tuple[SentenceTime, ...]
    places: tuple[PlaceMention, ...]
    country: PlaceMention | None
    quotes: tuple[tuple[int, int], ...] = ()
    datelines: tuple[tuple[int, int], ...] = ()


def _paragraph_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    index = text.find("\n\n")
    while index != -1:
        starts.append(index + 2)
        index = text.find("\n\n", index + 2)
    return tuple(starts)


def _most_named_country(places: Sequence[PlaceMention]) -> str | None:
    """The country most of a report's places lie in, when no country is named
    ("rallies in Karaganda and Temirtau" is about Kazakhstan)."""
    counts = Counter(p.place.iso for p in places if p.place.iso)
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    return best if n > rest[0][1] else None


def _country_mention(gazetteer: Gazetteer, iso: str | None) -> PlaceMention | None:
    place = gazetteer.country(iso) if iso else None
    if place is None:
        return None
    return PlaceMention(0, 0, place.name, place, geo_precision=3, reason="focus country")


def read_context(
    clean: CleanDocument,
    sentences: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    hints: Sequence[tuple[int, int, str]] = (),
) -> DocumentContext:
    """Find the dates, places and focus country of a whole document."""
    text = clean.text
    focus = detect_focus_country(text, gazetteer)
    places = find_places(text, gazetteer, focus=focus, hints=hints)
    focus = focus or _most_named_country(places)
    dated = mask_datelines(text)
    times = resolve_dates([dated[s:e] for s, e in sentences], clean.document.published)
    return DocumentContext(
        sentences=tuple(sentences),
        paragraphs=_paragraph_starts(text),
        times=tuple(times),
        places=tuple(places),
        country=_country_mention(gazetteer, focus),
        quotes=tuple(quoted_spans(text)),
        datelines=tuple(dateline_spans(text)),
    )


def _sentence_index(context: DocumentContext, offset: int) -> int:
    for index, (start, end) in enumerate(context.sentences):
        if start <= offset < end:
            return index
    return max(len(context.sentences) - 1, 0)


def _time_of(raw: RawMention, context: DocumentContext) -> SentenceTime | None:
    if not context.times:
        return None
    return context.times[_sentence_index(context, raw.trigger.start)]


def _date_of(raw: RawMention, context: DocumentContext) -> DateMention | None:
    if not context.times:
        return None
    index = _sentence_index(context, raw.trigger.start)
    start = context.sentences[index][0]
    return context.times[index].date_at(raw.trigger.start - start)


# A background event dated by its month ("the bombing of a hospital last
# March") is coded at month precision (time_precision 3) when it lies within
# the past year; one of earlier years ("the uprising of October 2019") is
# history, not an event the report codes.
BACKGROUND_DAYS = 366


def _is_background(date: DateMention, published: date_type | None) -> bool:
    # A year alone ("the riot of 2021", "last year") is background.
    if date.day is None:
        return True
    if date.precision < 3 or published is None:
        return False
    return (published - date.day).days > BACKGROUND_DAYS


def _is_future(date: DateMention, now: date_type | None) -> bool:
    # A report cannot tell of an event after its own publication (or after
    # the latest day heading of a live page): a strike called for next
    # Thursday is a plan, not an event.
    return now is not None and date.day is not None and date.day > now


# Crowds gather in places: a protest or riot placed only in a country is a
# summary. A state act, an air strike across a border, is placed nationally.
_CROWD_TYPES = frozenset({"Protests", "Riots"})


def _only_published(raw: RawMention, date: DateMention | None, place: PlaceMention) -> bool:
    """Dated only by publication (no day stated yet) and a crowd placed only
    in a country: a report's opening summary ("protests have taken place in
    almost every city"), not an event it tells."""
    if date is None or date.kind != "published" or raw.event_type not in _CROWD_TYPES:
        return False
    return place.place.kind == "country"


def _undated(date: DateMention | None, published: date_type | None) -> bool:
    """No day can be given honestly: the report carries no date of its own
    and states none (or states a day without any year to put it in)."""
    return published is None and (date is None or (date.day is None and date.kind != "year"))


def _told_as_event(raw: RawMention, text: str, context: DocumentContext) -> bool:
    """The report tells this in its own voice, in its body."""
    if headline_sentence(text, raw.sentence.start, raw.sentence.end):
        return False
    return not inside(raw.trigger.start, list(context.quotes))


def _paragraph_of(context: DocumentContext, offset: int) -> int:
    return max((p for p in context.paragraphs if p <= offset), default=0)


def _places_of(
    raw: RawMention,
    siblings: Sequence[RawMention],
    context: DocumentContext,
    gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """The places of a mention; a dateline's town only as a last resort."""
    datelines = list(context.datelines)
    in_dateline = [p for p in context.places if inside(p.start + 1, datelines)]
    raw, body = own_scope(raw, siblings, [p for p in context.places if p not in in_dateline])
    if raw.event_type == "Strategic developments" and nationwide(raw.clause.text):
        raw = replace(raw, national=True, place_args=())
    capital = _capital_of(raw, body, context, gazetteer)
    if capital is not None:
        return [capital]
    paragraph = _paragraph_of(context, raw.sentence.start)
    found = attach_places(raw, body, context.country, paragraph)
    fallback = not found or (found[0].place.kind == "country" and found[0].start == 0)
    if fallback and in_dateline and not raw.national:
        # The town a story was filed from: likely, not stated for this event.
        return [replace(in_dateline[0], geo_precision=max(in_dateline[0].geo_precision, 2))]
    return found


def _capital_of(
    raw: RawMention,
    places: Sequence[PlaceMention],
    context: DocumentContext,
    gazetteer: Gazetteer,
) -> PlaceMention | None:
    """ "In the capital" with no town named in the argument: the capital."""
    if context.country is None or not capital_reference(raw):
        return None
    if any(a.start <= p.start and p.end <= a.end for a in raw.place_args for p in places):
        return None  # "the capital, Nairobi": the name itself resolves
    city = gazetteer.capital(context.country.place.iso)
    if city is None:
        return None
    arg = next(a for a in raw.place_args if "capital" in a.text)
    return PlaceMention(arg.start, arg.end, arg.text, city, 1, reason="the capital")


def _confidence(raw: RawMention, date: DateMention | None, place: PlaceMention) -> float:
    # Start from the extractor's belief and discount what was inferred rather
    # than stated: each step of imprecision costs a little, hedging a lot.
    score = raw.confidence
    score -= 0.05 * ((date.precision if date else 4) - 1)
    score -= 0.05 * (place.geo_precision - 1)
    if raw.hedged:
        score -= 0.15
    return round(min(max(score, 0.05), 1.0), 3)


def _build(
    raw: RawMention,
    clean: CleanDocument,
    date: DateMention | None,
    place: PlaceMention,
    country: Place | None,
) -> Mention:
    country_name = country.name if country else None
    actors = [
        name_actor(ref, country_name) if ref else (None, None)
        for ref in (raw.actor1, raw.assoc_actor_1, raw.actor2, raw.assoc_actor_2)
    ]
    sentence = raw.sentence
    trimmed = sentence.text.rstrip()
    if len(trimmed) != len(sentence.text):
        sentence = Span(sentence.start, sentence.start + len(trimmed), trimmed)
    return Mention(
        doc_id=raw.doc_id,
        trigger=raw.trigger.text,
        event_type=raw.event_type,
        sub_event_type=raw.sub_event_type,
        evidence=Evidence(raw.doc_id, sentence.start, sentence.end, sentence.text),
        date=date,
        place=place,
        country=country,
        measures=raw.measures,
        actor1=actors[0][0],
        assoc_actor_1=actors[1][0],
        actor2=actors[2][0],
        assoc_actor_2=actors[3][0],
        inter1=actors[0][1],
        inter2=actors[2][1],
        fatalities=raw.fatalities,
        size=raw.size,
        figures=raw.figures,
        citations=clean.citations_between(sentence.start, sentence.end),
        attribution=raw.attribution,
        hedged=raw.hedged,
        confidence=_confidence(raw, date, place),
    )


def resolve_mentions(
    clean: CleanDocument,
    raw_mentions: Sequence[RawMention],
    context: DocumentContext,
    gazetteer: Gazetteer,
) -> list[Mention]:
    """Resolve the raw mentions of one document.

    A mention whose day cannot be resolved (an undated background event, a
    year-only reference) is dropped: it is background, not an event of the
    report; one dated only by a month within the past year keeps month
    precision, an older one is history. In a report
    with no publication date and no day of its own, mentions are kept with
    no date (never dated relative to today).
    A mention with several places ("spread to A, B and C") gives one Mention
    per place.
    """
    resolved: list[Mention] = []
    published = clean.document.published
    for raw in raw_mentions:
        if not _told_as_event(raw, clean.text, context):
            continue
        date = _date_of(raw, context)
        time = _time_of(raw, context)
        now = time.anchor if time is not None else published
        if _undated(date, published):
            date = None  # kept with no day: never dated relative to today
        elif date is None or _is_background(date, published) or _is_future(date, now):
            continue
        siblings = [m for m in raw_mentions if m.sentence.start == raw.sentence.start]
        for place in _places_of(raw, siblings, context, gazetteer):
            if _only_published(raw, date, place):
                continue
            country = gazetteer.country(place.place.iso) or (
                context.country.place if context.country else None
            )
            resolved.append(_build(raw, clean, date, place, country))
    return resolved
