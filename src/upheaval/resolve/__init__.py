"""Resolve: dates to calendar days, places to GeoNames, actors to ACLED names.

``resolve_mentions`` turns the raw mentions of one cleaned document into
resolved ``Mention`` records. It knows no spaCy: the caller passes the
sentence spans and entity hints from annotate.
"""

from __future__ import annotations

import re
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
from upheaval.resolve.attach import (
    attach_places,
    capital_reference,
    national_seat,
    own_scope,
    place_told_after,
)
from upheaval.resolve.dateline import dateline_spans, mask_datelines
from upheaval.resolve.dates import SentenceTime, resolve_dates
from upheaval.resolve.discourse import (
    actor_countries,
    country_of,
    headline_sentence,
    inside,
    is_digest,
    located,
    nationwide,
    quoted_spans,
    story_countries,
)
from upheaval.resolve.places import (
    Gazetteer,
    PlaceScan,
    at_seat,
    detect_focus_country,
    find_places,
)
from upheaval.resolve.places.context import demonym_of_people

__all__ = ["DocumentContext", "may_be_coded", "resolve_mentions", "read_context"]


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
    # A multi-country digest: each paragraph's own country (discourse.py).
    stories: tuple[PlaceMention | None, ...] = ()
    # Start offsets of demonyms that name people or forces ("Israeli troops").
    people: frozenset[int] = frozenset()
    text: str = ""


def _paragraph_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    index = text.find("\n\n")
    while index != -1:
        starts.append(index + 2)
        index = text.find("\n\n", index + 2)
    return tuple(starts)


def _opening_sentences(
    sentences: Sequence[tuple[int, int]], paragraphs: Sequence[int]
) -> frozenset[int]:
    """Indices of the sentences that open a paragraph."""
    opening: set[int] = set()
    for start in paragraphs:
        first = next((i for i, (s, e) in enumerate(sentences) if e > start), None)
        if first is not None:
            opening.add(first)
    return frozenset(opening)


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
    scan = PlaceScan(text, gazetteer)  # the gazetteer's names read once for both
    focus = detect_focus_country(text, gazetteer, scan=scan)
    places = find_places(text, gazetteer, focus=focus, hints=hints, scan=scan)
    focus = focus or _most_named_country(places)
    paragraphs = _paragraph_starts(text)
    countries = story_countries(paragraphs, places, text)
    digest = is_digest(countries)
    dated = mask_datelines(text)
    opening = _opening_sentences(sentences, paragraphs)
    times = resolve_dates(
        [dated[s:e] for s, e in sentences], clean.document.published, opening, digest=digest
    )
    return DocumentContext(
        sentences=tuple(sentences),
        paragraphs=paragraphs,
        times=tuple(times),
        places=tuple(places),
        country=_country_mention(gazetteer, focus),
        quotes=tuple(quoted_spans(text)),
        datelines=tuple(dateline_spans(text)),
        stories=tuple(_country_mention(gazetteer, iso) for iso in countries) if digest else (),
        people=frozenset(p.start for p in places if demonym_of_people(p, text)),
        text=text,
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


# Battles too are fought somewhere: "jihadists in Burkina Faso killed 50
# soldiers", "fighting in Ukraine" with no day and no town sum up a war.
_PLACED_TYPES = _CROWD_TYPES | {"Battles"}


def _only_published(raw: RawMention, date: DateMention | None, place: PlaceMention) -> bool:
    """Dated only by publication (no day stated yet) and a crowd or a battle
    placed only in a country: a report's summary ("protests have taken place
    in almost every city", "the war in the east grinds on"), not an event it
    tells."""
    if date is None or date.kind != "published" or raw.event_type not in _PLACED_TYPES:
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


def _paragraph_end(context: DocumentContext, paragraph: int) -> int:
    return min((p for p in context.paragraphs if p > paragraph), default=2**62)


def _local_country(
    raw: RawMention, context: DocumentContext, gazetteer: Gazetteer
) -> PlaceMention | None:
    """The country an event's story is about: in a digest, the country its
    sentence names, else its paragraph's; elsewhere the report's focus."""
    if not context.stories:
        return context.country
    named = [
        p
        for p in context.places
        if raw.sentence.start <= p.start < raw.sentence.end and p.start not in context.people
    ]
    iso = country_of(named, context.text)
    if iso is not None:
        return _country_mention(gazetteer, iso)
    index = context.paragraphs.index(_paragraph_of(context, raw.sentence.start))
    return context.stories[index] or context.country


def _places_of(
    raw: RawMention,
    siblings: Sequence[RawMention],
    context: DocumentContext,
    gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """The places of a mention; a dateline's town only as a last resort.

    A demonym naming people or forces ("Israeli troops", "American strikes")
    says who acted, not where. In a digest, a story's places are its own
    paragraph's and its country is its own (``_local_country``).
    """
    datelines = list(context.datelines)
    in_dateline = [p for p in context.places if inside(p.start + 1, datelines)]
    usable = [p for p in context.places if p not in in_dateline and p.start not in context.people]
    paragraph = _paragraph_of(context, raw.sentence.start)
    if context.stories:
        end = _paragraph_end(context, paragraph)
        usable = [p for p in usable if paragraph <= p.start < end]
    raw, body = own_scope(raw, siblings, usable)
    actors = actor_countries((raw.clause.start, raw.clause.end), body, context.text)
    body = [p for p in body if p.start not in actors]
    if raw.event_type == "Strategic developments" and nationwide(raw.clause.text):
        raw = replace(raw, national=True, place_args=())
    country = _local_country(raw, context, gazetteer)
    capital = _capital_of(raw, body, country, gazetteer) or _seat_of_state(
        raw, body, country, gazetteer
    )
    if capital is not None:
        return [capital]
    found = attach_places(raw, body, country, paragraph)
    unstated = not found or found[0].place.kind == "country" or "discourse" in found[0].reason
    told = place_told_after(raw, body, context.text) if unstated and not raw.national else None
    if told is not None:
        return [told]
    fallback = not found or (found[0].place.kind == "country" and found[0].start == 0)
    if fallback and in_dateline and not raw.national:
        # The town a story was filed from: likely, not stated for this event.
        return [replace(in_dateline[0], geo_precision=max(in_dateline[0].geo_precision, 2))]
    return found


def _capital_of(
    raw: RawMention,
    places: Sequence[PlaceMention],
    country: PlaceMention | None,
    gazetteer: Gazetteer,
) -> PlaceMention | None:
    """ "In the capital" with no town named in the argument: the capital."""
    if country is None or not capital_reference(raw):
        return None
    if any(a.start <= p.start and p.end <= a.end for a in raw.place_args for p in places):
        return None  # "the capital, Nairobi": the name itself resolves
    city = gazetteer.capital(country.place.iso)
    if city is None:
        return None
    arg = next(a for a in raw.place_args if "capital" in a.text)
    return PlaceMention(arg.start, arg.end, arg.text, city, 1, reason="the capital")


def _seat_of_state(
    raw: RawMention,
    places: Sequence[PlaceMention],
    country: PlaceMention | None,
    gazetteer: Gazetteer,
) -> PlaceMention | None:
    """ "In Kenya supporters held a rally outside the Supreme Court": with no
    town named in the clause, a national institution places the act in the
    capital."""
    seat = national_seat(raw)
    if country is None or seat is None:
        return None
    clause = (raw.clause.start, raw.clause.end)
    if any(clause[0] <= p.start < clause[1] and p.place.kind != "country" for p in places):
        return None
    city = gazetteer.capital(country.place.iso)
    if city is None:
        return None
    return PlaceMention(seat.start, seat.end, seat.text, city, 1, reason="a seat of the state")


# Words opening a sentence that carry the story on from the one before:
# "Then", "Later that day", "They", "Police then".
_CONTINUATIONS = frozenset(
    {
        "then",
        "later",
        "afterwards",
        "afterward",
        "subsequently",
        "soon",
        "shortly",
        "next",
        "meanwhile",
        "there",
        "they",
        "he",
        "she",
    }
)
# How many sentences back a continuation may reach for the episode it
# continues: a report tells an episode's details in the next sentence or two.
CONTINUE_BACK = 2


def _dated(index: int, context: DocumentContext) -> bool:
    """Whether a sentence states a day of its own ("on Monday", "the same day")."""
    return index < len(context.times) and any(
        m.day is not None for m in context.times[index].mentions
    )


def _placed(start: int, end: int, context: DocumentContext) -> bool:
    """Whether a stretch of text names a place (not a dateline's)."""
    datelines = list(context.datelines)
    return any(
        start <= p.start and p.end <= end and not inside(p.start + 1, datelines)
        for p in context.places
    )


# A location argument that points at a place even when no gazetteer name is
# in it: "in the city", "outside the university", "at the border crossing".
_SITE = re.compile(
    r"\b(city|town|village|capital|square|street|road|highway|campus|university|college|"
    r"school|hospital|mosque|church|temple|market|bazaar|camp|district|upazila|province|"
    r"region|county|state|border|crossing|port|office|headquarters|building|parliament|"
    r"court|embassy|station|factory|mine|plant|area|neighbou?rhood|suburb|club|stadium)s?\b"
    r"|\b[A-Z][a-z]+",
)


def _own_anchor(raw: RawMention, index: int, context: DocumentContext) -> bool:
    """Whether a mention states its own date or place in its sentence: a
    date phrase, a named place (not a dateline's), or a location argument
    that names a site ("in separate shootings" names none)."""
    if _dated(index, context):  # a day, not a duration ("for three hours")
        return True
    if any(_SITE.search(a.text) for a in raw.place_args):
        return True
    return _placed(raw.sentence.start, raw.sentence.end, context)


# Crowd events (_CROWD_TYPES): ACLED codes them where they happened, never at
# a country as a whole ("thousands took to the streets in Pakistan").


def _country_only(raw: RawMention, place: PlaceMention) -> bool:
    """A crowd event placed at a whole country, or said to be nationwide with
    no town of its own ("a second day of nationwide industrial action")."""
    if raw.event_type not in _CROWD_TYPES:
        return False
    if place.place.kind == "country":
        return True
    own = any(a.start <= place.start and place.end <= a.end for a in raw.place_args)
    return _nationwide_act(raw) and not own


# "nationwide", "countrywide" as an adjective: it qualifies the noun after it.
_NATIONWIDE_ADJECTIVE = re.compile(r"\b(?:nation|country)-?wide\s+(?:[\w-]+\s+){0,2}", re.I)


def _nationwide_act(raw: RawMention) -> bool:
    """Whether the act itself is said to cover the country: "a nationwide
    strike", "protests across the country"; not a town's riot "during the
    nationwide blockade", where the word qualifies another noun."""
    clause = raw.clause.text
    if not nationwide(clause):
        return False
    trigger = raw.trigger.start - raw.clause.start
    for match in _NATIONWIDE_ADJECTIVE.finditer(clause):
        if not match.start() <= trigger <= match.end():
            clause = clause[: match.start()] + " " * len(match.group()) + clause[match.end() :]
    return nationwide(clause)


def _continues(raw: RawMention, index: int, context: DocumentContext, anchored: set[int]) -> bool:
    """Whether a mention with no date and no place of its own carries on an
    episode told just before it in the same paragraph: within two sentences
    of one whose event has its own date or place, or of one that gives both a
    day and a place ("On 2 May a body was found in Kushtia. Assailants had
    killed him."), or opening with words that carry
    the story on ("Then", "Later", "Police then") after a dated or placed
    sentence."""
    paragraph = _paragraph_of(context, raw.sentence.start)
    previous = [
        j
        for j in range(max(index - CONTINUE_BACK, 0), index)
        if context.sentences[j][0] >= paragraph
    ]
    if any(
        j in anchored or _dated(j, context) and _placed(*context.sentences[j], context)
        for j in previous
    ):
        return True
    words = raw.sentence.text.lstrip(" \t\n\"'\u201c\u2018(").split(maxsplit=2)[:2]
    cue = any(w.lower().strip(",;:") in _CONTINUATIONS for w in words)
    return cue and any(
        j in anchored or _dated(j, context) or _placed(*context.sentences[j], context)
        for j in previous
    )


# A clash and what is told after it: the casualties, the gunfire and the
# damage belong to that clash ("Two groups clashed in Kushtia on Monday. Five
# people were injured in the clash."). A bombing or an air strike told after
# fighting is an act of its own.
_CLASHES = frozenset({"Riots", "Battles"})
_CASUALTIES = frozenset({"Riots", "Battles", "Violence against civilians"})


def _same_episode(
    coding: tuple[str, str, tuple[str, ...]], told: tuple[str, str, tuple[str, ...]]
) -> bool:
    """Whether a continuation coded ``coding`` retells an event coded ``told``."""
    if coding == told:
        return True
    if coding[2] or told[2]:
        return False  # each state measure is its own event
    if coding[1] == "Arrests" and told[0] != "Strategic developments":
        return True  # "Four militants were arrested.": the raid's, the riot's, the protest's
    if coding[0] == "Protests" and told[0] == "Riots":
        return True  # the march that turned violent is coded once, as the riot
    looting = coding[1] == "Looting/property destruction"
    return told[0] in _CLASHES and (coding[0] in _CASUALTIES or looting)


# What may stand between two days of one act: "on Saturday and Sunday",
# "on 3, 5 and 7 May" is read by dates as one span, not here.
_DAY_JOINERS = frozenset({" and ", ", ", ", and ", " & ", " and on ", ", and on "})


def _coordinated(
    date: DateMention | None, index: int, raw: RawMention, context: DocumentContext
) -> list[DateMention]:
    """Further days joined to a mention's own date ("clashed on Saturday and
    Sunday"): each day is an event of its own, as ACLED codes them."""
    if date is None or index >= len(context.times) or date not in context.times[index].mentions:
        return []
    mentions = context.times[index].mentions
    text = raw.sentence.text
    out: list[DateMention] = []
    current = date
    for later in mentions[mentions.index(date) + 1 :]:
        between = text[current.end : later.start].lower()
        if between not in _DAY_JOINERS or later.day is None or later.end_day is not None:
            break
        if later.day != current.day:
            out.append(later)
        current = later
    return out


def _confidence(raw: RawMention, date: DateMention | None, place: PlaceMention) -> float:
    # Start from the extractor's belief and discount what was inferred rather
    # than stated: each step of imprecision costs a little, hedging a lot.
    score = raw.confidence
    score -= 0.05 * ((date.precision if date else 4) - 1)
    score -= 0.05 * (place.geo_precision - 1)
    if raw.hedged:
        score -= 0.15
    return round(min(max(score, 0.05), 1.0), 3)


# Roles a country's name or demonym before the act says whose forces they are.
_STATE_ROLES = frozenset({"police", "military", "security", "government"})


def _acting_country(
    raw: RawMention, context: DocumentContext, gazetteer: Gazetteer
) -> Place | None:
    """The country whose state acted, when the clause names it before the act
    ("Iran also hit targets in Iraq", "Israeli forces stormed ...")."""
    before = [
        p
        for p in context.places
        if raw.sentence.start <= p.start < raw.trigger.start and p.place.kind == "country"
    ]
    # a demonym of people ("Israeli forces") or a country named with no
    # locative word before it ("Iran hit ...", not "in Iraq")
    acting = [p for p in before if p.start in context.people or not located(p, context.text)]
    return gazetteer.country(acting[0].place.iso) if acting else None


def _build(
    raw: RawMention,
    clean: CleanDocument,
    date: DateMention | None,
    place: PlaceMention,
    country: Place | None,
    acting: Place | None = None,
) -> Mention:
    country_name = country.name if country else None
    actors = [
        name_actor(ref, acting.name if acting and ref.role in _STATE_ROLES else country_name)
        if ref
        else (None, None)
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


def may_be_coded(raw: RawMention, clean: CleanDocument, context: DocumentContext) -> bool:
    """Whether :func:`resolve_mentions` can keep a mention at all: it is told
    in the report's own voice, in its body, and its day is neither
    background, history nor after the report. These tests read only the
    mention's position and the document, never its coding nor the other
    mentions, so a mention failing them is dropped whatever the classifier
    says of it (the pipeline does not ask)."""
    if not _told_as_event(raw, clean.text, context):
        return False
    published = clean.document.published
    date = _date_of(raw, context)
    if _undated(date, published):
        return True
    time = _time_of(raw, context)
    now = time.anchor if time is not None else published
    return not (date is None or _is_background(date, published) or _is_future(date, now))


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
    A mention with neither a date nor a place of its own is dropped unless it
    continues an episode told with one in the sentence or two before it, in
    the same paragraph: the last date and place seen do not make a trigger
    word an event. A continuation coded like an event just before it retells
    that event and is dropped too (one act, one event).
    A mention with several places ("spread to A, B and C") gives one Mention
    per place.
    """
    resolved: list[Mention] = []
    published = clean.document.published
    anchored: set[int] = set()  # sentences holding an event with its own date or place
    codings: dict[int, set[tuple[str, str, tuple[str, ...]]]] = {}  # kept, per sentence
    for raw in raw_mentions:
        if not may_be_coded(raw, clean, context):
            continue
        date = _date_of(raw, context)
        if _undated(date, published):
            date = None  # kept with no day: never dated relative to today
        index = _sentence_index(context, raw.trigger.start)
        coding = (raw.event_type, raw.sub_event_type, raw.measures)
        if _own_anchor(raw, index, context):
            anchored.add(index)
        elif not _continues(raw, index, context, anchored):
            continue  # inherits both its day and its place: no sign it is an event
        elif any(
            _same_episode(coding, told)
            for j in range(index - CONTINUE_BACK, index)
            for told in codings.get(j, ())
        ):
            continue  # retells the act just told: "They blocked the highway."
        codings.setdefault(index, set()).add(coding)
        siblings = [m for m in raw_mentions if m.sentence.start == raw.sentence.start]
        days = [date, *_coordinated(date, index, raw, context)]
        acting = _acting_country(raw, context, gazetteer)
        for place in _places_of(raw, siblings, context, gazetteer):
            if _country_only(raw, place) or _only_published(raw, date, place):
                continue
            place = at_seat(place, gazetteer)
            country = gazetteer.country(place.place.iso) or (
                context.country.place if context.country else None
            )
            resolved.extend(_build(raw, clean, day, place, country, acting) for day in days)
    return resolved
