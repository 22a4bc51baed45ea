"""Find and resolve every place a text names.

Two passes: the first finds candidate names and reads their surroundings,
which gives the document's countries and named regions; the second scores
each candidate's entries against that evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from upheaval.model import Place, PlaceMention
from upheaval.resolve.places.clues import clue_votes
from upheaval.resolve.places.context import Reading, read_context, with_hints
from upheaval.resolve.places.disambiguate import DocumentEvidence, Qualifier, choose
from upheaval.resolve.places.gazetteer import Entry, Gazetteer
from upheaval.resolve.places.lists import Found as _Found
from upheaval.resolve.places.lists import list_items, listed, share_prepositions
from upheaval.resolve.places.matcher import Candidate, find_candidates, named_candidates
from upheaval.resolve.places.normalize import Token, tokenize
from upheaval.resolve.places.plausible import FOREIGN_MINOR, foreign, site_town, weak
from upheaval.resolve.places.sources import read_word_list
from upheaval.resolve.places.terms import ADMIN_UNIT_WORDS, GENERIC_WORDS

# Focus detection: a country named (or its demonym) counts this much; a town
# counts one point for the country of its best candidate when that candidate
# clearly dominates the others.
COUNTRY_VOTE = 3.0
TOWN_VOTE = 1.0
# A country named as the subject or owner of something ("India's new law")
# rather than after a locative ("in India") says less about where the report
# is; a demonym ("Indian border guards", "an Indian national") less again:
# people and forces of one country act in another.
COUNTRY_ACTOR_VOTE = 2.0
DEMONYM_VOTE = 1.5
# A national capital or a city of a million is a stronger clue than a town.
MAJOR_TOWN_VOTE = 2.0
MILLION = 1000000
# A town's best candidate dominates when it is this many times more populous
# than the runner-up in another country.
DOMINANCE = 10.0
# A town of the same name holding this share of a region's population is
# taken to be its seat, and a bare name then means the town: regional capitals
# hold 10-50% of their region's people; a lesser namesake (a town of 31k in a
# region of 350k, whose seat is another town) holds less.
SEAT_SHARE = 0.1
# A town of 100k or more is a major town whatever its region's size: a bare
# "Oaxaca" is the city of 250k before the state of 4 million.
MAJOR_TOWN = 100000
# Fewer votes than this name no focus: one town alone is not enough, unless
# no other country has a place of that name ("Habiganj", not "Raipur").
FOCUS_MIN_VOTES = 2.0
UNIQUE_TOWN_VOTE = 2.0


@lru_cache(maxsize=1)
def _first_names() -> set[str]:
    return read_word_list("first_names.txt")


def _person_like(reading: Reading) -> bool:
    if reading.place_hint or reading.term in ("region", "site", "town"):
        return False
    if reading.title or reading.name_hint:
        return True
    return (
        reading.first_name
        and (reading.exact_person or reading.next_capitalised)
        and not reading.locative
    )


def _acceptable(found: _Found) -> bool:
    reading, candidate = found.reading, found.candidate
    if reading.term in ("org", "water") or _person_like(reading):
        return False
    # "the Ak Orda": part of a longer name, unless NER calls it a place.
    prefixed = reading.prefixed and not reading.place_hint and reading.term is None
    if prefixed and not any(e.demonym for e in candidate.entries):
        return False
    if candidate.common and not (reading.place_hint or reading.locative or reading.term):
        return False
    if (candidate.variant or candidate.lowercase) and not (reading.place_hint or reading.locative):
        return False
    # "Mobile internet was cut": an English word opening a sentence.
    return not (
        candidate.word
        and reading.sentence_start
        and reading.next_lowercase
        and not reading.place_hint
    )


class PlaceScan:
    """The gazetteer names of one text and their surroundings, read once.

    Finding the candidates and reading their surroundings is most of the
    work of :func:`detect_focus_country` and :func:`find_places`; a scan
    holds what does not depend on spaCy's entity hints, so one text is
    scanned once for both (``scan=``). The clue votes are counted once too.

    Example:
        >>> scan = PlaceScan(text, gazetteer)  # doctest: +SKIP
        >>> focus = detect_focus_country(text, gazetteer, scan=scan)  # doctest: +SKIP
        >>> find_places(text, gazetteer, focus=focus, hints=hints, scan=scan)  # doctest: +SKIP
    """

    __slots__ = ("_clues", "_named", "focus", "items", "text", "tokens")
    tokens: list[Token]
    _named: list[Candidate]

    def __init__(
        self,
        text: str,
        gazetteer: Gazetteer,
        focus: str | None = None,
        *,
        like: PlaceScan | None = None,
    ) -> None:
        """Scan ``text``; ``like``, a scan of the same text with another focus,
        lends its tokens and gazetteer names (only near spellings depend on
        the focus), so a rescan with the focus found costs little."""
        self.text = text
        self.focus = focus
        if like is not None and like.text == text:
            self.tokens, self._named = like.tokens, like._named
        else:
            self.tokens = tokenize(text)
            self._named = named_candidates(text, self.tokens, gazetteer)
        candidates = find_candidates(text, self.tokens, gazetteer, focus, named=self._named)
        # Words of country names and demonyms ("Kazakh", "Nigerian") may stand
        # before a town without making it part of a longer name.
        covered = frozenset(
            i
            for c in candidates
            if any(e.place.kind == "country" for e in c.entries)
            for i in range(c.first, c.last + 1)
        )
        self.items: list[_Found] = []
        for candidate in candidates:
            reading = read_context(text, self.tokens, candidate, (), _first_names(), covered)
            # "Trade Centre mall", "the Central market": kind words before a
            # site word name the site, not a region called "Centre".
            words = self.tokens[candidate.first : candidate.last + 1]
            generic = all(t.key in GENERIC_WORDS for t in words)
            if not (generic and reading.term in ("site", "street")):
                self.items.append(_Found(candidate, reading))
        self._clues: dict[str, float] | None = None

    def clues(self) -> dict[str, float]:
        """Votes of the country clues of the text (``clues.clue_votes``)."""
        if self._clues is None:
            self._clues = clue_votes(self.text)
        return self._clues

    def found(self, hints: Sequence[tuple[int, int, str]]) -> list[_Found]:
        """The acceptable names with these entity hints weighed, each with a
        reading of its own (later steps change readings)."""
        found = []
        for item in self.items:
            reading = with_hints(item.reading, self.text, self.tokens, item.candidate, hints)
            fresh = _Found(item.candidate, reading)
            if _acceptable(fresh):
                found.append(fresh)
        share_prepositions(self.text, found)
        return found


def _countries(found: list[_Found]) -> Counter[str]:
    """How often each country is named (by its name or a demonym)."""
    counts: Counter[str] = Counter()
    for item in found:
        for iso in {e.place.iso for e in item.candidate.entries if e.place.kind == "country"}:
            counts[iso] += 1
    return counts


def _country_votes(found: list[_Found]) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    for item in found:
        countries = [e for e in item.candidate.entries if e.place.kind == "country"]
        if not countries:
            continue
        if all(e.demonym for e in countries):
            weight = DEMONYM_VOTE
        elif item.reading.preposition:
            weight = COUNTRY_VOTE
        else:
            weight = COUNTRY_ACTOR_VOTE
        for iso in {e.place.iso for e in countries}:
            votes[iso] += weight
    return votes


def _town_vote(entries: list[Entry]) -> tuple[str, float] | None:
    # Towns and first-level regions alike: "Khulna", "Mangistau" say where.
    towns = sorted(
        (e.place for e in entries if e.place.kind in ("city", "region")),
        key=lambda p: -p.population,
    )
    if not towns:
        return None
    others = [p.population for p in towns[1:] if p.iso != towns[0].iso]
    if others and towns[0].population < DOMINANCE * max(others[0], 1):
        return None
    major = towns[0].population >= MILLION
    return towns[0].iso, MAJOR_TOWN_VOTE if major else TOWN_VOTE


def _unique(item: _Found) -> bool:
    """A name written as the gazetteer spells it, of places in one country
    only, and read as a place ("in Habiganj", "Kisumu town"; not "Lal
    Pataka", part of a longer name)."""
    candidate, reading = item.candidate, item.reading
    if candidate.variant or candidate.lowercase or candidate.common or candidate.word:
        return False
    placed = reading.preposition or reading.bracketed or reading.term in ("town", "region")
    if reading.next_capitalised or not placed:
        return False
    entries = candidate.entries
    return len({e.place.iso for e in entries}) == 1 and not any(
        e.demonym or e.abbreviation for e in entries
    )


def _focus(
    found: list[_Found],
    text: str = "",
    clues: dict[str, float] | None = None,
    enclosing: Sequence[_Within] = (),
) -> str | None:
    votes: dict[str, float] = defaultdict(float)
    for iso, vote in _country_votes(found).items():
        votes[iso] += vote
    named: set[tuple[str, ...]] = set()
    for position, item in enumerate(found):
        if not any(e.place.kind == "country" for e in item.candidate.entries):
            # "(Raipur, Lakshmipur)": a name held by places of one country
            # votes for its namesake there, not for a larger one abroad.
            within = enclosing[position].isos if enclosing else frozenset()
            entries = [e for e in item.candidate.entries if e.place.iso in within]
            town = _town_vote(entries or item.candidate.entries)
            if town and _unique(item):
                town = (town[0], max(town[1], UNIQUE_TOWN_VOTE))
            # Each distinct name once: a note repeating "Dhaka" is one clue.
            key = tuple(sorted({e.place.name for e in item.candidate.entries}))
            if town and key not in named:
                named.add(key)
                votes[town[0]] += town[1]
    for iso, vote in (clue_votes(text) if clues is None else clues).items():
        votes[iso] += vote
    if not votes:
        return None
    ranked = sorted(votes, key=lambda iso: (-votes[iso], iso))
    best = ranked[0]
    # A tie ("India's new law" against Dhaka) names no focus.
    if len(ranked) > 1 and votes[ranked[1]] >= votes[best]:
        return None
    return best if votes[best] >= FOCUS_MIN_VOTES else None


def detect_focus_country(
    text: str, gazetteer: Gazetteer, *, scan: PlaceScan | None = None
) -> str | None:
    """The ISO2 code of the country a report is about.

    Counts country names and demonyms, towns and regions whose best
    candidate clearly lies in one country, and clues that point to a country
    without naming it: parties, armed groups, currencies, administrative
    units ("upazila", "barangay").

    Args:
        text: the report's text.
        gazetteer: the gazetteer.
        scan: the text's :class:`PlaceScan`, when the caller has one.

    Returns:
        ISO2 code, or None when the text names no country clearly.
    """
    scan = scan if scan is not None and scan.text == text else PlaceScan(text, gazetteer)
    found = scan.found(())
    return _focus(found, text, scan.clues(), _enclosing(text, found))


def _evidence(
    found: list[_Found], focus: str | None, capitals: frozenset[int] = frozenset()
) -> DocumentEvidence:
    regions = {
        (e.place.iso, e.place.admin1 or "")
        for item in found
        if item.reading.term == "region"
        for e in item.candidate.entries
        if e.place.kind == "region"
    }
    bare = {
        e.place.geonameid
        for item in found
        if item.reading.term is None
        for e in item.candidate.entries
        if e.place.kind == "city" and e.place.geonameid is not None
    }
    return DocumentEvidence(focus, _countries(found), regions, bare, capitals)


def _town_of_region(gazetteer: Gazetteer, region: Place) -> Place | None:
    towns = [
        p
        for p in gazetteer.lookup(region.name, region.iso)
        if p.kind == "city" and p.admin1 == region.admin1
    ]
    return towns[0] if towns else None


def at_seat(mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """A region-level place at the region's town of its name, when that town
    is its seat ("Mopti region" at Mopti, "Chittagong division" at
    Chittagong): ACLED codes an event known only to a region at its capital,
    with geo_precision 3. Other regions keep their own point."""
    region = mention.place
    if region.kind != "region":
        return mention
    town = _town_of_region(gazetteer, region)
    if town is None or not (
        town.population >= SEAT_SHARE * region.population or town.population >= MAJOR_TOWN
    ):
        return mention
    return replace(
        mention, place=town, geo_precision=3, reason=mention.reason + "; at the region's seat"
    )


# "Dhaka - Paltan", "Nairobi \u2013 Kibera": a town, a spaced dash, its quarter.
_QUARTER_DASH = re.compile(r" [-\u2013] ")


def _qualifiers(text: str, found: list[_Found]) -> list[Qualifier]:
    """For each mention, the country or region written right after it."""
    qualifiers: list[Qualifier] = []
    for position, item in enumerate(found):
        after = found[position + 1] if position + 1 < len(found) else None
        qualifier: set[str | tuple[str, str | None]] = set()
        gap = text[item.reading.end : after.reading.start].strip() if after else ""
        # "Aden, Yemen", "Boni (Mopti region)"; not "Bogota, Medellin, Potosi"
        if after is not None and gap in (",", "(") and not list_items(text, found, position):
            for entry in after.candidate.entries:
                if entry.demonym:  # "township, Chinese-owned factories"
                    continue
                if entry.place.kind == "country":
                    qualifier.add(entry.place.iso)
                elif entry.place.kind == "region":
                    qualifier.add((entry.place.iso, entry.place.admin1))
        before = found[position - 1] if position else None
        if before is not None and _QUARTER_DASH.fullmatch(
            text, before.reading.end, item.reading.start
        ):
            # "Dhaka - Mohammadpur": the quarter of the town before the dash.
            qualifier |= {
                (e.place.iso, e.place.admin1)
                for e in before.candidate.entries
                if e.place.kind in ("city", "region") and not e.demonym
            }
        qualifiers.append(frozenset(qualifier))
    return qualifiers


# Words between a place and the larger place that holds it: "Mirpur area of
# Kushtia", "Kalikapur village, Singra upazila", "Gulistan area, Dhaka city".
_UNIT = (
    r"(?:area|areas|village|villages|union|upazila|upazilla|upozila|thana|district|municipal|"
    r"sub-district|subdistrict|municipality|town|city|locality|neighbou?rhood|ward|"
    r"tehsil|taluka?|county|commune|quarter|suburb|camp)"
)
_HOLDER = re.compile(rf"\s*((?:{_UNIT}\s*)*)(\(|,|\bof\b|\bin\b)", re.IGNORECASE)
# "X (Y": at most this many words between a name and its bracket.
_BRACKET_WORDS = 2
# A place lies at most this far from a town said to hold it ("X upazila
# (Y district)"): farther, the name is a namesake the gazetteer lacks there.
HOLDER_KM = 100.0
# "(Y, Z)": at most this many characters from the bracket to its first name.
_BRACKET_REACH = 40


def _isos(item: _Found) -> set[str]:
    return {e.place.iso for e in item.candidate.entries if not e.demonym}


def _inside_bracket(found: list[_Found], position: int, opening: int, closing: int) -> list[int]:
    return [
        i for i in range(position + 1, len(found)) if opening < found[i].reading.start < closing
    ]


def _holder(text: str, found: list[_Found], position: int) -> list[int] | None:
    """The mentions that say which larger place holds the one at ``position``."""
    item = found[position]
    match = _HOLDER.match(text, item.reading.end)
    if match is None:
        return None
    units, link = match.group(1).strip(), match.group(2)
    if link == "(":
        closing = text.find(")", match.end())
        inner = _inside_bracket(found, position, match.end() - 1, closing) if closing > 0 else []
        return inner or None
    after = found[position + 1] if position + 1 < len(found) else None
    if after is None or text[match.end() : after.reading.start].strip():
        return None
    # "A, B and C" is a list: only a unit word ("X village, Y") makes B hold
    # A, or a bracket of holders ("village (Raipur, Lakshmipur)"); "A in B"
    # ("Kotwali in Dhaka city") always does.
    listing = link == "," and not _bracket_pair(text, item, after)
    if listing and not units and item.reading.term not in ("region", "site", "town"):
        return None
    return [position + 1]


def _bracket_pair(text: str, item: _Found, after: _Found) -> bool:
    """Both names stand in one bracket: "(Raipur, Lakshmipur)"."""
    opening = text.rfind("(", 0, item.reading.start)
    if opening < 0 or item.reading.start - opening > _BRACKET_REACH:
        return False
    closing = text.find(")", after.reading.end)
    inside = text[opening + 1 : closing]
    # "(Dhaka, Khulna and Sylhet)" lists; "(Pangsha, Rajbari, Dhaka)" holds.
    return (
        closing >= 0
        and closing - opening <= 2 * _BRACKET_REACH
        and not any(mark in inside for mark in "()\n")
        and not re.search(r"\b(?:and|or)\b|&", inside)
    )


def _list_allies(text: str, found: list[_Found]) -> list[frozenset[str]]:
    """For each mention, the countries of major towns listed with it.

    "pickets in London, Brixton and Hackney": a lesser town abroad listed
    with a major town of its country is placed by the list.
    """
    groups: list[list[int]] = []
    for position, item in enumerate(found):
        if groups and listed(text, found[groups[-1][-1]], item):
            groups[-1].append(position)
        else:
            groups.append([position])
    allies: list[frozenset[str]] = [frozenset()] * len(found)
    for group in groups:
        major = frozenset(
            e.place.iso
            for i in group
            for e in found[i].candidate.entries
            if e.place.kind == "city" and e.place.population >= FOREIGN_MINOR and e.primary
        )
        for i in group:
            allies[i] = major if len(group) > 1 else frozenset()
    return allies


@dataclass(frozen=True, slots=True)
class _Within:
    """What the larger places said to hold a mention tell about it."""

    isos: frozenset[str] = frozenset()
    # (iso, admin1) of the towns and regions among the holders
    regions: frozenset[tuple[str, str]] = frozenset()


def _enclosing(text: str, found: list[_Found]) -> list[_Within]:
    """For each mention, the countries and regions of the larger places said
    to hold it.

    ACLED-style notes place a village by its sub-district, district and
    division: "Pirpur village (Raypura upazila, Narsingdi)", "Mirpur area of
    Kushtia District, Khulna". Whatever holds a place lies in its country,
    so a town abroad sharing the name is not meant, and a namesake in the
    region of the holder is meant before one elsewhere. A name in such
    brackets is placed by them, as by a preposition.
    """
    enclosing: list[_Within] = [_Within()] * len(found)
    for position in range(len(found) - 1, -1, -1):
        holders = _holder(text, found, position)
        if not holders:
            continue
        common: set[str] | None = None
        regions: set[tuple[str, str]] = set()
        for index in holders:
            isos = _isos(found[index])
            if enclosing[index].isos:
                isos &= enclosing[index].isos
            common = isos if common is None else common & isos
            regions |= {
                (e.place.iso, e.place.admin1)
                for e in found[index].candidate.entries
                if e.place.kind in ("city", "region") and e.place.admin1 and not e.demonym
            }
            # a holder is read as after a preposition: "(Lakhai, Habiganj)"
            found[index].reading.preposition = True
        enclosing[position] = _Within(frozenset(common or ()), frozenset(regions))
    return enclosing


def _fallback(item: _Found, qualifier: Qualifier, gazetteer: Gazetteer) -> Place | None:
    """The country or region named after a town the gazetteer lacks there
    ("El Alto, Bolivia", "Boni (Mopti region)")."""
    entries = item.candidate.entries
    if len(qualifier) != 1 or any(e.place.kind != "city" for e in entries):
        return None
    named = next(iter(qualifier))
    iso = named if isinstance(named, str) else named[0]
    if any(e.place.iso == iso for e in entries):
        return None
    if isinstance(named, str):
        return gazetteer.country(named)
    return gazetteer.region(named[0], named[1]) if named[1] else None


def _seated(entries: list[Entry]) -> frozenset[int]:
    """Regions that share the name with a major town of their country."""
    # Region and town need not share admin1: a capital is often its own
    # first-level division (Buenos Aires city beside Buenos Aires province).
    towns = [e.place for e in entries if e.place.kind == "city"]
    return frozenset(
        e.place.geonameid
        for e in entries
        if e.place.kind == "region"
        and e.place.geonameid is not None
        and any(
            t.iso == e.place.iso
            and (t.population >= SEAT_SHARE * e.place.population or t.population >= MAJOR_TOWN)
            for t in towns
        )
    )


def _placed(
    place: Place, reading: Reading, gazetteer: Gazetteer, reason: str
) -> tuple[Place, int, str]:
    """The place a mention stands for, its geo_precision, and the reason."""
    if place.kind == "region" and reading.term == "site":
        # "Lagos State University": a site is in a town; take the region's
        # town of the same name when there is one.
        town = _town_of_region(gazetteer, place)
        if town is not None:
            return town, 2, reason + "; town of the region named"
    if place.kind in ("country", "region"):
        return place, 3, reason
    if place.kind == "facility" or reading.term == "site":
        return place, 2, reason
    if reading.term == "region":
        region = gazetteer.region(place.iso, place.admin1) if place.admin1 else None
        reason += "; region of the town named"
        return (region, 3, reason) if region else (place, 2, reason)
    return place, 1, reason


def _mention(
    text: str,
    item: _Found,
    gazetteer: Gazetteer,
    evidence: DocumentEvidence,
    qualifier: Qualifier,
    within: _Within = _Within(),
    allies: frozenset[str] = frozenset(),
) -> PlaceMention | None:
    reading = item.reading
    span = (reading.start, reading.end, text[reading.start : reading.end])
    fallback = _fallback(item, qualifier, gazetteer)
    if fallback is not None:
        reason = f"no such town in {fallback.iso}; {fallback.kind} named with it"
        weighed = len(item.candidate.entries)
        return PlaceMention(*span, fallback, geo_precision=3, candidates=weighed, reason=reason)
    entries = item.candidate.entries
    if within.isos:
        inside = [e for e in entries if e.place.iso in within.isos]
        if not inside and not any(e.place.kind == "country" for e in entries):
            return None  # "Raipura upazila (Narsingdi)": no town abroad
        entries = inside or entries
    # "Chandrapur (Kaliganj, Lalmonirhat)": the Kaliganj of that district.
    entries = [e for e in entries if (e.place.iso, e.place.admin1) in within.regions] or entries
    # "London, Brixton and Hackney": a town of the countries its list is in.
    if not qualifier:
        entries = [e for e in entries if e.place.iso in allies] or entries
    entry, reason, weighed = choose(entries, reading, evidence, qualifier, _seated(entries))
    unit = reading.term == "site" and tokenize(span[2])[-1].key in ADMIN_UNIT_WORDS
    if not site_town(entry, reading, evidence, unit):
        return None
    if weak(entry, reading, evidence, item.candidate.english, allies) and not qualifier:
        return None
    if item.candidate.variant and evidence.focus and foreign(entry, evidence) and not qualifier:
        # A spelling variant is a guess ("Boni" ~ Bonn, "Singhu" ~ Xinyu): it
        # may reach a town of a country the report is about, never one abroad.
        return None
    place, precision, reason = _placed(entry.place, reading, gazetteer, reason)
    if entry.district:
        # Known only as a district: placed at its main town, as ACLED does.
        precision, reason = max(precision, 2), "district; " + reason
    if entry.demonym:
        reason = "demonym; " + reason
    if item.candidate.variant:
        reason = "spelling variant; " + reason
    return PlaceMention(*span, place, geo_precision=precision, candidates=weighed, reason=reason)


def find_places(
    text: str,
    gazetteer: Gazetteer,
    *,
    focus: str | None = None,
    hints: Sequence[tuple[int, int, str]] = (),
    scan: PlaceScan | None = None,
) -> list[PlaceMention]:
    """Every place named in a text, resolved, non-overlapping, in text order.

    Args:
        text: the text to search.
        gazetteer: the gazetteer (``load_gazetteer()``).
        focus: ISO2 of the report's country; detected from the text if None.
        hints: spaCy entity spans (start_char, end_char, label), used as
            evidence: a GPE/LOC/FAC hint lets a doubtful name through; a
            PERSON/ORG span reaching beyond the name is evidence against.
        scan: the text's :class:`PlaceScan`, when the caller has one (from
            :func:`detect_focus_country` on the same text).

    Returns:
        Place mentions with offsets relative to ``text``.
    """
    if scan is None or scan.text != text or (focus is not None and scan.focus != focus):
        # a focus country admits near spellings of its towns: scan with it
        scan = PlaceScan(text, gazetteer, focus, like=scan)
    found = scan.found(hints)
    enclosing = _enclosing(text, found)
    focus = focus or _focus(found, text, scan.clues(), enclosing)
    evidence = _evidence(found, focus, gazetteer.capital_ids())
    qualifiers = _qualifiers(text, found)
    allies = _list_allies(text, found)
    resolved = [
        _mention(text, item, gazetteer, evidence, qualifier, within, listed_with)
        for item, qualifier, within, listed_with in zip(
            found, qualifiers, enclosing, allies, strict=True
        )
    ]
    _drop_misplaced(text, found, resolved)
    _drop_quarter_namesakes(text, found, resolved)
    for position in range(len(resolved) - 1):
        if qualifiers[position]:
            resolved[position + 1] = _as_qualifier(
                resolved[position], resolved[position + 1], found[position + 1]
            )
    return [mention for mention in resolved if mention is not None]


def _drop_misplaced(text: str, found: list[_Found], resolved: list[PlaceMention | None]) -> None:
    """A spelling guess lying in another region than the places said to hold
    it ("Doharo village (Shailkupa, Jhenaidah)" is not Dohar, Dhaka) guessed
    wrong: the holders place the event. So does a town held by places
    elsewhere ("Kaliganj upazila (Gazipur, Dhaka)" is not the Kaliganj of
    Khulna, "Kotwali in Dhaka city" not a Kotwali of Rangpur): a namesake of
    a place the gazetteer lacks."""
    for position in range(len(found)):
        guess = resolved[position]
        if guess is None or guess.place.kind == "country":
            continue
        indexes = _holder(text, found, position) or []
        holders = [resolved[i] for i in indexes]
        regions = {
            h.place.admin1
            for h in holders
            if h is not None and h.place.kind != "country" and h.place.iso == guess.place.iso
        }
        # "Shibganj upazila (Chapai Nawabganj, Rajshahi)": not the Shibganj
        # 120 km away in Bogra; a district's town is near its sub-districts.
        # A town that names its region too ("Kushtia (Khulna)") may mean the
        # region: it says nothing of distance.
        towns = [
            h.place
            for i, h in zip(indexes, holders, strict=True)
            if h is not None
            and h.place.kind == "city"
            and h.place.iso == guess.place.iso
            and not any(e.place.kind == "region" for e in found[i].candidate.entries)
        ]
        far = any((guess.place.km_to(town) or 0.0) > HOLDER_KM for town in towns)
        if (regions and guess.place.admin1 not in regions) or far:
            resolved[position] = None


def _drop_quarter_namesakes(
    text: str, found: list[_Found], resolved: list[PlaceMention | None]
) -> None:
    """ "Dhaka - Mohammadpur": a quarter resolved to a namesake in another
    region than its town is one the gazetteer lacks; the town places it."""
    for position in range(1, len(found)):
        town, quarter = resolved[position - 1], resolved[position]
        if town is None or quarter is None or town.place.kind == "country":
            continue
        dashed = _QUARTER_DASH.fullmatch(
            text, found[position - 1].reading.end, found[position].reading.start
        )
        same_country = town.place.iso == quarter.place.iso
        if dashed and same_country and town.place.admin1 != quarter.place.admin1:
            resolved[position] = None


def _as_qualifier(
    town: PlaceMention | None, qualifier: PlaceMention | None, item: _Found
) -> PlaceMention | None:
    """ "Atlanta, Georgia": the qualifier is the region the town lies in.

    A name after a town and a comma that is both a country and a region (the
    US state of Georgia) is the region when the town resolved inside it.
    """
    if town is None or qualifier is None or qualifier.place.kind == "region":
        return qualifier
    for entry in item.candidate.entries:
        place = entry.place
        if (
            place.kind == "region"
            and place.iso == town.place.iso
            and place.admin1 == town.place.admin1
            and place != qualifier.place
        ):
            return replace(
                qualifier,
                place=place,
                geo_precision=3,
                reason=f"region of {town.place.name}; " + qualifier.reason,
            )
    return qualifier
