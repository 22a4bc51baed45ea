"""Word classes around a place name that change what it means.

All words are folded (lower case, no diacritics). Written for upheaval. Each
class is one string of words split at spaces, to keep the lists compact.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "Atyrau province", "Lagos State": the name is a first-level region.
REGION_WORDS = _words(
    "canton departement department division emirate governorate krai kray oblast oblys oblysy "
    "prefecture province provinces region regions state territory vilayet voivodeship wilaya"
)

# "Lagos State University", "Chiang Mai campus", "Osh bazaar", "Savar
# upazila": a site (or a unit below the district) in a town that is usually
# named after that town; the place falls back to the
# town (geo_precision 2) when the town is a plausible one (find.py).
TOWN_SITE_WORDS = _words(
    "academy airfield airport akimat arena barracks base bazaar borough building camp campus "
    "cathedral center centre church college compound consulate court courthouse district "
    "downtown embassy factory field fields hakimiyat hall harbor harbour hospital hotel "
    "institute jail mall market mine mosque municipality neighborhood neighbourhood oilfield "
    "oilfields outskirts palace park parliament plant polytechnic port prison quarter raion "
    "rayon refinery school stadium station suburb suburbs tehsil temple terminal thana township "
    "university upazila upazilla upozila ward"
)

# The administrative units among them: "Gaibandha district", "Sarail
# upazila", "Mardan tehsil", "Kibera ward". A unit is named after a place, not
# after a person, so its town counts however small the gazetteer says it is.
ADMIN_UNIT_WORDS = _words(
    "borough district municipality raion rayon tehsil thana township upazila upazilla upozila ward"
)

# "Moi Avenue", "Mombasa Road", "San Francisco square": streets, squares and
# roads are named after persons, dates and the towns they lead to, so the
# name says nothing about the town the site is in.
STREET_WORDS = _words(
    "avenue bypass boulevard bridge causeway circle crossing drive esplanade expressway "
    "flyover freeway highway highways interchange junction lane motorway overpass plaza "
    "promenade road roads roundabout square street streets"
)

# Every site word: after a name, the name is no town by itself.
SITE_WORDS = TOWN_SITE_WORDS | STREET_WORDS

# Words that open the name of a street or square in the languages reports
# quote them in: "Plaza de Mayo", "Avenida Paulista", "Rue de Rivoli",
# "Jalan Thamrin", "Praça da Sé", "Maidan Nezalezhnosti".
STREET_PREFIXES = _words(
    "av avda avenida avenue boulevard bulevar calle carrera jalan jl largo maidan meydan "
    "meydani piazza piazzale plaza plazuela prospekt praca pl rua rue ulitsa"
)

# Words that may stand between a name and its site word: "Rumaila oil field",
# "Kotoka International Airport", "Kumasi Central Market", "Dhaka Medical
# College", "Kisumu Government Hospital".
SITE_MODIFIERS = _words(
    "agricultural cadet central dental engineering general government high international main "
    "medical municipal national oil gas primary regional secondary sports teaching technical"
)

# "Almaty city", "the town of Osh": the town itself.
TOWN_WORDS = _words("city town")

# "Almaty Times", "Kazakhstan Airlines": the name is part of an organisation.
ORG_WORDS = _words(
    "accord accords agency agreement agreements air airlines airways association bank "
    "broadcaster channel club committee company convention corp corporation council daily "
    "declaration exchange fc federation format foundation front gazette group herald holding "
    "holdings inc index journal league ltd magazine media movement network news newspaper "
    "outlet party portal post press process protocol radio summit syndrome telecom "
    "television times treaty tribune tv united website"
)

# "Nairobi City Hall", "Lagos city council": after a town word, a site.
TOWN_SITES = _words(
    "administration airport center centre council court government hall hospital market "
    "park police prison square stadium"
)

# Titles before a person's name: "President Jordan", "Mr Paris".
TITLE_WORDS = _words(
    "activist actor actress ambassador bishop blogger captain chairman chairwoman coach col "
    "colonel commander dear deputy dr father gen general gov governor imam journalist judge "
    "justice king lady lawyer lieutenant lord mayor minister miss mr mrs ms officer pastor "
    "player premier president prince princess prof professor queen rep secretary sen senator "
    "sergeant sheikh singer sir spokesman spokeswoman"
)

# Words before a place that mark it as one: "in Kisumu", "near Mobile".
LOCATIVES = _words(
    "across and around at between entered from in inside into left near of outside reached "
    "through throughout to toward towards via visited within"
)

# Lower-case words allowed inside a place name ("Rostov-on-Don", "Ras al Khaimah").
PARTICLES = _words(
    "a aan ad al am an and ar as ash au aux az bei ben bin by da das de del della den der "
    "des di do dos du e ed el en es et ez i ibn im la le les lez lo na nad o of on op po pod "
    "sobre sous sub sul sur ter the ul under upon van von y zu zum zur"
)

# Entity labels of spaCy that say "a place".
PLACE_LABELS = _words("GPE LOC FAC")
# Entity labels that say "a person or an organisation".
NAME_LABELS = _words("PERSON ORG NORP WORK_OF_ART EVENT PRODUCT LAW")

# Words that say what kind of place or body something is; a "name" made only
# of them ("Plaza", "Central Station") is no name, though GeoNames has towns
# so called.
GENERIC_WORDS = (
    REGION_WORDS
    | SITE_WORDS
    | TOWN_WORDS
    | ORG_WORDS
    | TOWN_SITES
    | _words("metro north south east west central new old upper lower")
)

# Capitalised words before a name that do not make it part of a longer proper
# noun: directions ("Northern Nigeria"), and words of Title Case headlines.
OPEN_BEFORE = (
    LOCATIVES
    | PARTICLES
    | _words(
        "after against amid as by central clashes downtown east eastern for greater inner "
        "lower metropolitan north northeastern northern northwestern occupied on outer over "
        "protest protests rally riots rural said says south southeastern southern "
        "southwestern strike upper west western with"
    )
)
