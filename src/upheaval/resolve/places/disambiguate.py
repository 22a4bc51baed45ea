"""Choose which gazetteer entry a name refers to, and say why.

Each entry gets a score: the log of its population, plus bonuses for being
in the document's focus country, in a country the document mentions, in a
region the document names, and for fitting the kind word next to the name.
Every weight is on the scale of the population term: one point is a factor
of ten in population.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from upheaval.model import Place
from upheaval.resolve.places.context import Reading
from upheaval.resolve.places.gazetteer import Entry

# A country name or demonym refers to the country, whatever town shares it
# ("Chile" in Turkey, "Russia" in Ohio): more than any population gap.
COUNTRY_BONUS = 10.0
# "X region"/"X province" names the region: again decisive.
REGION_TERM_BONUS = 10.0
# A bare name that is both a region and a major town is more often the town
# (regions are named after their capitals): worth a factor of 30. A region
# named like a lesser town ("Mangistau" region, whose seat has another name) is scored
# like a town's own name instead (PRIMARY_BONUS).
BARE_REGION_PENALTY = 1.5
# Being in the document's focus country outweighs a 1000-fold population gap,
# so a regional capital of the focus country beats a foreign metropolis, but
# a village (pop. 500) of the focus country does not beat a foreign city of a
# million that the text names with its country.
FOCUS_BONUS = 3.0
# Another country the document names: half the focus bonus.
MENTIONED_BONUS = 1.5
# Inside a region the text names ("in Atyrau province"): a strong local cue.
NAMED_REGION_BONUS = 2.5
# A town's own name rather than an alternate (old, foreign) name of another
# town: worth a factor of 100, so "New Delhi" is New Delhi, not Delhi (35
# times larger, with "New Delhi" among its alternates), yet "Bombay" stays
# Mumbai, not a hamlet of 740 in New Zealand.
PRIMARY_BONUS = 2.0
# "Kisumu, Kenya", "Portland, Oregon": the country or region written right
# after the name settles it, short of a 100000-fold population gap.
QUALIFIER_BONUS = 5.0
# Places from the user gazetteer were listed on purpose for these reports.
USER_BONUS = 5.0
# "Almaty city": the town, not the region.
TOWN_TERM_BONUS = 2.0
# The least population of a GeoNames cities500 town.
TOWN_FLOOR = 500
# A national capital named bare is the capital more often than a namesake of
# the focus country: "Dhaka University" in a note that also names Delhi is
# not Dhāka, a town of 42,000 in Bihar. A factor of ten.
CAPITAL_BONUS = 1.0


Qualifier = frozenset[str | tuple[str, str | None]]


@dataclass(slots=True)
class DocumentEvidence:
    """What the whole document says about where it is.

    Attributes:
        focus: ISO2 of the country the report is about.
        countries: how often each country is named (names and demonyms).
        regions: (iso, admin1) of regions the text names with a kind word.
        bare: GeoNames ids of towns the text names by themselves, without a
            kind or site word (a site named after one of them is in it).
        capitals: GeoNames ids of national capitals.
    """

    focus: str | None = None
    countries: Counter[str] = field(default_factory=Counter)
    regions: set[tuple[str, str]] = field(default_factory=set)
    bare: set[int] = field(default_factory=set)
    capitals: frozenset[int] = frozenset()


def _kind_score(entry: Entry, reading: Reading, seated: frozenset[int]) -> tuple[float, str]:
    kind = entry.place.kind
    if kind == "country":
        return COUNTRY_BONUS, "country name"
    if kind == "region":
        if reading.term == "region":
            return REGION_TERM_BONUS, "named as region"
        if entry.place.geonameid in seated:
            return -BARE_REGION_PENALTY, "bare region name, seat named alike"
        return PRIMARY_BONUS, "region name"
    if kind == "facility" or entry.place.geonameid is None:
        return USER_BONUS, "user place"
    if reading.term == "town":
        return TOWN_TERM_BONUS, "named as town"
    return 0.0, ""


def score_entry(
    entry: Entry,
    reading: Reading,
    evidence: DocumentEvidence,
    qualifier: Qualifier = frozenset(),
    seated: frozenset[int] = frozenset(),
) -> tuple[float, str]:
    """Score one entry for a mention.

    Args:
        entry: a gazetteer entry the name may refer to.
        reading: the mention's surroundings.
        evidence: what the document says about its countries and regions.
        qualifier: countries (iso) and regions ((iso, admin1)) written right
            after the name ("Aden, Yemen").
        seated: GeoNames ids of candidate regions that share the name with a
            major town of their country ("Aktobe" region and Aktobe town).

    Returns:
        The score and a short account of its parts.
    """
    place = entry.place
    # GeoNames gives 0 for an unknown population; a town in cities500 has
    # 500 people or is an administrative seat, so 0 means "at least 500".
    population = max(place.population, TOWN_FLOOR) if place.kind == "city" else place.population
    score = math.log10(population + 1)
    parts = [f"pop {place.population}"]
    bonus, why = _kind_score(entry, reading, seated)
    score += bonus
    if why:
        parts.append(why)
    if place.iso == evidence.focus:
        score += FOCUS_BONUS
        parts.append(f"focus {place.iso}")
    elif evidence.countries.get(place.iso):
        score += MENTIONED_BONUS
        parts.append(f"{place.iso} mentioned")
    if place.admin1 and (place.iso, place.admin1) in evidence.regions and place.kind == "city":
        score += NAMED_REGION_BONUS
        parts.append(f"in named region {place.admin1}")
    if entry.primary and place.kind == "city":
        score += PRIMARY_BONUS
    if place.geonameid in evidence.capitals and place.kind == "city" and entry.primary:
        score += CAPITAL_BONUS
        parts.append("capital")
    if place.iso in qualifier or (place.iso, place.admin1) in qualifier:
        score += QUALIFIER_BONUS
        parts.append("qualified")
    return score, ", ".join(parts)


def choose(
    entries: list[Entry],
    reading: Reading,
    evidence: DocumentEvidence,
    qualifier: Qualifier = frozenset(),
    seated: frozenset[int] = frozenset(),
) -> tuple[Entry, str, int]:
    """Pick the best entry.

    Returns:
        The winning entry, the reason, and how many distinct places were weighed.
    """
    best: dict[Place, tuple[float, str, Entry]] = {}
    for entry in entries:
        score, why = score_entry(entry, reading, evidence, qualifier, seated)
        if entry.place not in best or score > best[entry.place][0]:
            best[entry.place] = (score, why, entry)
    ranked = sorted(best.values(), key=lambda item: (-item[0], -item[2].place.population))
    score, why, winner = ranked[0]
    reason = f"{winner.place.name} ({winner.place.iso}) {score:.1f}: {why}"
    if len(ranked) > 1:
        runner = ranked[1]
        reason += f"; over {runner[2].place.name} ({runner[2].place.iso}) {runner[0]:.1f}"
    return winner, reason, len(ranked)
