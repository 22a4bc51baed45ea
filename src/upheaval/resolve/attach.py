"""Attach a place to an event mention.

Order of preference, each step only when the one before found nothing:

1. places named inside the trigger's location arguments ("in Aktobe", "to A,
   B and C"): every one is its own event;
2. the place in the event's own clause nearest the trigger (a town before a
   region before a country);
3. a national act of a government with no place: the country, precision 3;
4. a town or region elsewhere in the same sentence (the last one before the
   trigger, else the first after it);
5. the place the discourse is about: the last town or region named earlier in
   the paragraph, else earlier in the report, with geo_precision at least 2;
6. the report's focus country, precision 3: an event is never dropped for want
   of a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from upheaval.extract.tolls import TOLD_WHERE
from upheaval.model import PlaceMention, RawMention, Span

__all__ = [
    "attach_places",
    "capital_reference",
    "national_seat",
    "own_scope",
    "place_told_after",
]

# "in the capital", "the country's capital", "the Kenyan capital": the
# focus country's capital, unless the phrase names the city itself.
_CAPITAL = re.compile(
    r"\bthe (?:(?:country|nation|state)['\u2019]s |[A-Z][a-z]+ |national |federal )?capital\b"
)

_KIND_RANK = {"facility": 0, "city": 0, "region": 1, "country": 2}


def _inside(mention: PlaceMention, span: Span) -> bool:
    return span.start <= mention.start and mention.end <= span.end


# The last word of a site named after a town: "Dhaka University", "Sylhet
# MAG Osmani Medical College Hospital".
_SITE_END = re.compile(
    r"\b(?:university|college|hospital|campus|school|madrasa|madrassa|institute|academy|"
    r"polytechnic|stadium|airport|station|market|bazaar|mosque|temple|church)$",
    re.IGNORECASE,
)


def _named_site(place: PlaceMention) -> bool:
    return place.place.kind == "city" and bool(_SITE_END.search(place.text))


def _sites_give_way(places: list[PlaceMention]) -> list[PlaceMention]:
    """ "Dhaka University of Engineering in Gazipur city", "in Hathazari town,
    Chittagong University students": a site named after a town is in the
    town the text names, when it names one; the site's name is no place."""
    towns = [p for p in places if not _named_site(p) and p.place.kind in ("city", "facility")]
    return [p for p in places if not (towns and _named_site(p))]


# "in southern Gaza, especially around Khan Younis": the places after it are
# where the act was; the wider place before them only holds them.
_NARROWING = re.compile(
    r"\b(?:especially|particularly|notably|mainly|mostly|chiefly|above all)\b\W*(?:\w+\W+)?$",
    re.IGNORECASE,
)


def _narrowed(raw: RawMention, args: Sequence[Span]) -> list[Span]:
    """The place arguments without those a later "especially ..." narrows."""
    kept = list(args)
    for i in range(1, len(args)):
        gap = _gap(raw, args[i - 1].end, args[i].start)
        if gap is not None and _NARROWING.search(gap):
            kept = [a for a in kept if a.start >= args[i].start]
    return kept


def _in_args(raw: RawMention, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    for arg in _narrowed(raw, raw.place_args):
        found.extend(p for p in places if _inside(p, arg) and p not in found)
    return _sites_give_way([p for p in found if not any(_qualifies(p, town) for town in found)])


def _whole_arg(raw: RawMention, place: PlaceMention) -> bool:
    """Whether a location argument is this name alone ("in Iraq and Syria")."""
    return any(
        _inside(place, arg) and re.sub(r"^the\s+", "", arg.text.strip(), flags=re.I) == place.text
        for arg in raw.place_args
    )


def _qualifies(region: PlaceMention, town: PlaceMention) -> bool:
    """ "Atlanta, Georgia": a region written right after a town it contains
    says where the town is; it is no second place of the event."""
    if region.place.kind != "region" or town.place.kind not in ("city", "facility"):
        return False
    # ", " (or a space) between the two names: at most two characters.
    adjacent = 0 < region.start - town.end <= 2
    same = town.place.iso == region.place.iso and town.place.admin1 in (
        region.place.admin1,
        region.place.name,
    )
    return adjacent and same


# Words between a place and the larger place that holds it ("Mirpur area of
# Kushtia", "Kalikapur village, Singra upazila", "Savar upazila (Dhaka").
_UNITS = (
    r"(?:area|areas|village|villages|union|upazila|upazilla|upozila|thana|district|municipal|"
    r"sub-district|subdistrict|municipality|town|city|locality|neighbou?rhood|ward|"
    r"tehsil|taluka?|county|commune|quarter|suburb|camp|sadar|saddar)"
)
_HELD_BY = re.compile(rf"\s*(?:{_UNITS}\s*)*(?:,|of|in)\s*(?:the\s+)?", re.IGNORECASE)
_UNIT_GAP = re.compile(rf"\s*(?:{_UNITS}\s*)+(?:,|of|in)\s*(?:the\s+)?", re.IGNORECASE)
# "Mehendiganj upazila in Barisal", "Pabna District in Rajshahi": a place
# "in" or "of" another of its own province lies in it.
_IN_GAP = re.compile(r"\s+(?:of|in|under)\s+(?:the\s+)?", re.IGNORECASE)
# "Satkania upazila of Chittagong district": a name written as a region's
# holds the place before it, even when it resolves to the region's chief town.
_REGION_NAMED = re.compile(
    r"\b(?:district|division|province|region|state|county|governorate|prefecture|oblast)$",
    re.IGNORECASE,
)
# "Dakkin (Keraniganj": a capitalised name the gazetteer lacks, then its holder.
_UNKNOWN_BEFORE = re.compile(r"[A-Z][\w'\-]*(?:\s+[\w'\-]+){0,2}\s*\([^()]*$")


def _gap(raw: RawMention, left: int, right: int) -> str | None:
    """The sentence's text between two offsets, None outside the sentence."""
    start = raw.sentence.start
    if not (start <= left <= right <= raw.sentence.end):
        return None
    return raw.sentence.text[left - start : right - start]


def _holders(raw: RawMention, places: Sequence[PlaceMention]) -> set[int]:
    """Indices of places that only say where the place before them lies.

    "Savar upazila (Dhaka, Dhaka)", "Gulistan area, Dhaka city", "Mirpur
    area of Kushtia District": the first is the event's place; the rest hold
    it. A plain list ("in Kushtia, Jhenaidah and Magura") holds nothing.
    """
    held: set[int] = set()
    bracket = False
    for index in range(1, len(places)):
        town, holder = places[index - 1], places[index]
        gap = _gap(raw, town.end, holder.start)
        if gap is None or town.place.iso != holder.place.iso:
            bracket = False
            continue
        if "(" in gap and ")" not in gap and len(gap.split()) <= 3:
            bracket = True
        elif bracket and gap.strip() == ",":
            pass  # "(Dhaka, Dhaka)": still inside the bracket
        elif (
            _UNIT_GAP.fullmatch(gap)
            or (
                (holder.place.kind == "region" or _REGION_NAMED.search(holder.text))
                and _HELD_BY.fullmatch(gap)
            )
            or (
                _IN_GAP.fullmatch(gap) is not None
                and holder.place.kind != "country"
                and town.place.admin1 is not None
                and town.place.admin1 == holder.place.admin1
            )
        ):
            bracket = False
        else:
            bracket = False
            continue
        if town.place.kind in ("city", "facility") or index - 1 in held:
            held.add(index)
    return held


def _towns_of_quarters(raw: RawMention, places: Sequence[PlaceMention]) -> set[int]:
    """Indices of towns written before a quarter of theirs: "Dhaka - Paltan",
    "Nairobi \u2013 Kibera". The quarter is the place; the town holds it.
    (A namesake of the quarter in another region was dropped by find.)
    """
    held: set[int] = set()
    for index in range(len(places) - 1):
        town, quarter = places[index], places[index + 1]
        gap = _gap(raw, town.end, quarter.start)
        if gap not in (" - ", " \u2013 ") or town.place.iso != quarter.place.iso:
            continue
        if quarter.place.kind not in ("city", "facility") or town.place.kind == "country":
            continue
        if town.place.admin1 == quarter.place.admin1:
            held.add(index)
    return held


def _holds_unknown(raw: RawMention, place: PlaceMention) -> bool:
    """ "in Dakkin (Keraniganj, Dhaka)": the place holds one the gazetteer
    lacks; the event is near it, not in it."""
    gap = _gap(raw, raw.sentence.start, place.start)
    return gap is not None and bool(_UNKNOWN_BEFORE.search(gap))


def _in_clause(raw: RawMention, places: Sequence[PlaceMention]) -> PlaceMention | None:
    candidates = _sites_give_way([p for p in places if _inside(p, raw.clause)])
    if not candidates:
        return None

    def weight(p: PlaceMention) -> tuple[int, int]:
        return (_KIND_RANK.get(p.place.kind, 0), abs(p.start - raw.trigger.start))

    return min(candidates, key=weight)


def _in_sentence(raw: RawMention, places: Sequence[PlaceMention]) -> PlaceMention | None:
    # A conjunct verb shares its head's location ("In Kisumu, crowds blocked
    # roads and burned tyres"), which the parse attaches to the head only.
    candidates = [p for p in places if _inside(p, raw.sentence) and p.place.kind != "country"]
    if not candidates:
        return None
    before = [p for p in candidates if p.start < raw.trigger.start]
    return before[-1] if before else candidates[0]


def _from_discourse(
    raw: RawMention, places: Sequence[PlaceMention], paragraph_start: int
) -> PlaceMention | None:
    earlier = [p for p in places if p.end <= raw.sentence.start and p.place.kind != "country"]
    if not earlier:
        return None
    same_paragraph = [p for p in earlier if p.start >= paragraph_start]
    chosen = (same_paragraph or earlier)[-1]
    # Taken from context, not from the event's own clause: the town is likely
    # but not stated, which ACLED codes as precision 2 at best.
    return replace(
        chosen,
        geo_precision=max(chosen.geo_precision, 2),
        reason=chosen.reason + "; from discourse context",
    )


def attach_places(
    raw: RawMention,
    places: Sequence[PlaceMention],
    country: PlaceMention | None,
    paragraph_start: int,
) -> list[PlaceMention]:
    """Choose the place(s) of one event mention.

    Args:
        raw: the mention.
        places: every place named in the document, in text order.
        country: the report's focus country as a place mention, if known.
        paragraph_start: offset where the mention's paragraph starts.

    Returns:
        One place per event the mention yields (several for "spread to A, B
        and C"); empty only when the report has no place and no country.
    """
    # "Kushtia (Khulna)", "Comilla, Chittagong": the region says where the
    # town is; the town is the place, here and for later sentences.
    places = [p for p in places if not any(_qualifies(p, town) for town in places)]
    held = _holders(raw, places) | _towns_of_quarters(raw, places)
    places = [p for i, p in enumerate(places) if i not in held]
    named = _in_args(raw, places)
    towns = [p for p in named if p.place.kind != "country"]
    if towns:
        return [_near(raw, p) for p in towns]
    # "hit targets in Iraq and Syria": an act in each country of the list
    # (not "the India-Bangladesh border", one place naming two).
    countries = list({p.place.iso: p for p in named if _whole_arg(raw, p)}.values())
    if len(countries) > 1:
        return countries
    own = _in_clause(raw, places)
    if own is not None and (own.place.kind != "country" or not raw.national):
        return [_near(raw, own)]
    if raw.national and (own or country):
        return [own or country]  # type: ignore[list-item]
    same = _in_sentence(raw, places)
    if same is not None:
        return [_near(raw, same)]
    context = _from_discourse(raw, places, paragraph_start)
    if context is not None:
        return [context]
    return [country] if country is not None else []


def place_told_after(
    raw: RawMention, places: Sequence[PlaceMention], text: str
) -> PlaceMention | None:
    """The place the next sentence gives the event ("The incident took place
    in X"), when that sentence says nothing else."""
    match = TOLD_WHERE.match(text, raw.sentence.end)
    if match is None:
        return None
    told = [
        p
        for p in places
        if match.start() <= p.start and p.end <= match.end() and p.place.kind != "country"
    ]
    told = [p for p in told if not any(_qualifies(p, town) for town in told)]
    if not told:
        return None
    return replace(told[0], reason=told[0].reason + "; where the next sentence says")


def _near(raw: RawMention, place: PlaceMention) -> PlaceMention:
    if place.geo_precision >= 2 or not _holds_unknown(raw, place):
        return place
    return replace(place, geo_precision=2, reason=place.reason + "; holds a place not known")


def capital_reference(raw: RawMention) -> bool:
    """Whether the mention's location argument is "the capital"."""
    return any(_CAPITAL.search(arg.text) for arg in raw.place_args)


# "a rally outside the Supreme Court", "stormed parliament": the seats of a
# state's institutions stand in its capital.
_NATIONAL_SEAT = re.compile(
    r"\b(?:outside|in front of|at|near|inside|into|to|stormed|besieged|surrounded)\s+"
    r"(?:the\s+)?(?:country's\s+|national\s+|federal\s+)?"
    r"(?:Supreme Court|[Pp]arliament|National Assembly|[Pp]residential [Pp]alace|State House|"
    r"Congress|Senate|Knesset|Duma|Majlis|[Pp]residency|[Pp]rime [Mm]inister's [Oo]ffice)\b"
)


def national_seat(raw: RawMention) -> Span | None:
    """Where the clause places its act at a national institution, if it does."""
    match = _NATIONAL_SEAT.search(raw.clause.text)
    if match is None:
        return None
    start = raw.clause.start + match.start()
    return Span(start, raw.clause.start + match.end(), match.group())


def own_scope(
    raw: RawMention, siblings: Sequence[RawMention], places: Sequence[PlaceMention]
) -> tuple[RawMention, list[PlaceMention]]:
    """Give each place to the innermost mention whose clause holds it.

    A head verb's clause spans its conjuncts ("declared a state of emergency,
    ordered a curfew in the capital and sent troops to X"): the places of a
    conjunct's own clause belong to that conjunct, not to the head.

    Returns:
        The mention with the location arguments it owns, and the places it
        may use.
    """
    inner = [
        s.clause
        for s in siblings
        if s is not raw
        and raw.clause.start <= s.clause.start
        and s.clause.end <= raw.clause.end
        and (s.clause.end - s.clause.start) < (raw.clause.end - raw.clause.start)
        and not (s.clause.start <= raw.trigger.start < s.clause.end)
    ]
    if not inner:
        return raw, list(places)

    def owned(start: int, end: int) -> bool:
        return not any(c.start <= start and end <= c.end for c in inner)

    args = tuple(a for a in raw.place_args if owned(a.start, a.end))
    usable = [p for p in places if owned(p.start, p.end)]
    return replace(raw, place_args=args), usable
