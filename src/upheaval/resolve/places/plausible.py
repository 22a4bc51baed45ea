"""Whether a resolved town is plausible enough to report.

A name may match only a place the report cannot mean: a hamlet abroad that
shares a surname, a foreign town that shares the name of a square. These
tests drop such matches; the event then takes its place from context.
"""

from __future__ import annotations

from upheaval.resolve.places.context import Reading
from upheaval.resolve.places.disambiguate import DocumentEvidence
from upheaval.resolve.places.gazetteer import Entry

# A village below this population, in a country the document never names,
# with no locative word, kind word or place hint, is more likely a surname
# or a word than the place meant; reports introduce such places with more.
# The same holds for a foreign town found only by an alternate name (a word
# in a quoted slogan that is an old name of a town abroad).
WEAK_POPULATION = 5000
# An exonym or old name (not a spelling variant) of a foreign town stands for
# it only when the town is a major one ("Peking", "Uralsk", "Leningrad"):
# GeoNames lists exonyms of small towns in many languages, and they collide
# with local places it lacks.
EXONYM_POPULATION = 100000
# A report about one country that names a town abroad without its country
# names a major one ("solidarity marches in London"); a bare name that only
# matches a foreign town below this size ("on the Alameda" in a Chilean
# report: a town of 78k in California) is a local street, square or quarter
# the gazetteer lacks. 100k is the "major town" size used throughout.
FOREIGN_MINOR = 100000
# A site named after a town ("X University", "X airport") falls back to the
# town only when the town matters: GeoNames' cities15000 threshold. Below it
# a hamlet sharing a person's name ("Moi University") is more likely.
SITE_TOWN_POPULATION = 15000


# In a report about another country, an old or foreign-language name of a
# town abroad ("Boni", an alternate name of Bonn, in a report about Mali;
# "Raipura", an alternate of Raipur, India, in a note about Bangladesh)
# stands for it only when the town is a world city ("Peking", "Bombay",
# "Calcutta"): 3 million is about the size of the smallest of those.
FOCUSED_EXONYM_POPULATION = 3000000


def foreign(entry: Entry, evidence: DocumentEvidence) -> bool:
    """The entry lies in a country the report neither focuses on nor names."""
    iso = entry.place.iso
    return iso != evidence.focus and not evidence.countries.get(iso)


def weak(
    entry: Entry,
    reading: Reading,
    evidence: DocumentEvidence,
    english: bool = False,
    allies: frozenset[str] = frozenset(),
) -> bool:
    """A doubtful town: small, known by another name, or opening a sentence, in
    a country the text never names, with nothing around it that says "place".

    Args:
        entry: the entry chosen for a mention.
        reading: the mention's surroundings.
        evidence: what the document says about its countries.
        english: the name is also an English word ("Marches", "Lakes").
        allies: countries of major towns listed with the name ("London,
            Brixton and Hackney").

    Returns:
        True when the mention should be dropped.
    """
    place = entry.place
    if place.geonameid is None or not foreign(entry, evidence):
        return False
    # "(Bagerhat sadar)": a bracket is no sentence start, and names in one
    # say where the place before lies, as a preposition would.
    opening = reading.sentence_start and reading.next_lowercase and not reading.bracketed
    if place.kind == "region":
        # "Marches were held": a plural noun opening a sentence, not the
        # Italian region, in a report about elsewhere.
        return english and opening and not reading.place_hint
    if place.kind != "city":
        return False
    if _minor_abroad(entry, evidence) and entry.place.iso not in allies:
        return True
    if place.population >= WEAK_POPULATION and entry.primary and not opening:
        return False
    if not (entry.primary or entry.spelling) and place.population < EXONYM_POPULATION:
        return True
    if evidence.focus and not entry.primary and place.population < FOCUSED_EXONYM_POPULATION:
        return True
    if reading.place_hint or reading.term:
        return False
    # At a sentence start a capital letter says nothing: "Metro stations
    # were burned" is no town abroad, even after a locative.
    # In a bracket of holders "(Rajarhat, Kurigram)": a district, or a town
    # of unknown size (the gazetteer's district seats), not a village abroad.
    held = reading.bracketed and (entry.district or place.population == 0)
    return opening or not (reading.locative or held)


def _minor_abroad(entry: Entry, evidence: DocumentEvidence) -> bool:
    """A lesser foreign town in a report about another country that never
    names the town's country ("on the Alameda", "at Kalikapur village" in a
    note about Bangladesh, for a hamlet of India).

    A preposition is no evidence here: notes place local villages the
    gazetteer lacks with "at" and "in" too. Nor is an entity hint: NER calls
    any capitalised name after "on the" a place, and it does not know the
    name is foreign. Only a qualifier ("Hamilton, Ontario") or the town's
    country named in the text lets such a town through.
    """
    return evidence.focus is not None and entry.place.population < FOREIGN_MINOR


def site_town(
    entry: Entry, reading: Reading, evidence: DocumentEvidence, unit: bool = False
) -> bool:
    """Whether a site named after a town ("Chiang Mai University") may stand
    for that town.

    Streets and squares never do ("Moi Avenue", "Mombasa Road" in Nairobi).
    Other sites do when the town is in a country the report is about and is
    either sizeable or named by itself elsewhere in the text, or is a major
    town abroad. An administrative unit (``unit``: "Gaibandha district",
    "Sarail upazila") is named after its town: any town of the report's
    country will do.
    """
    if reading.term == "street":
        return False
    place = entry.place
    if reading.term != "site" or place.kind != "city" or place.geonameid is None:
        return True
    if entry.district or unit:  # "Noakhali district": the district itself
        return evidence.focus is None or not foreign(entry, evidence)
    if evidence.focus is not None and foreign(entry, evidence):
        # "the University of Nairobi"; not "Raipura upazila" for Raipur,
        # India, in a note about Bangladesh: an alternate name of a town
        # abroad is a local unit the gazetteer lacks.
        return place.population >= FOREIGN_MINOR and entry.primary
    return place.population >= SITE_TOWN_POPULATION or place.geonameid in evidence.bare
