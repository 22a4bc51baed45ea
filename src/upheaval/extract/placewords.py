"""Word lists that decide which phrases can place an event (see arguments)."""

from __future__ import annotations

PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "to",
        "across",
        "throughout",
        "near",
        "outside",
        "into",
        "inside",
        "around",
        "on",
        "onto",
        "towards",
        "toward",
        "along",
        "within",
        "through",
    }
)
# Objects of "in"/"at"/"on" that are no place: "in response", "at least".
NOT_PLACES = frozenset(
    {
        "response",
        "protest",
        "solidarity",
        "support",
        "statement",
        "interview",
        "morning",
        "evening",
        "afternoon",
        "night",
        "week",
        "day",
        "hour",
        "attempt",
        "bid",
        "effort",
        "way",
        "order",
        "addition",
        "part",
        "turn",
        "total",
        "connection",
        "reaction",
        "air",  # "fired into the air"
        "sky",
        "ground",
        "least",
        "time",
        "moment",
        "case",
        "fact",
        "favour",
        "favor",
        "opposition",
        "defiance",
        "view",
        "light",
        "power",
        "control",
        "charge",
        "custody",
        "court",
        "danger",
        "anger",
        "memory",
        "honour",
        "honor",
        "demand",
        "accordance",
        "line",
        "clash",
        "death",  # "stabbed to death"
        "violence",
        "unrest",
        "wake",
        "aftermath",
        "name",
        "lieu",
        "behalf",
        "end",
        "beginning",
        "start",
        "face",
        "most",
        "once",
        "first",
        "last",
        "all",
        "country",
        "nation",
        "nationwide",
        "prison",
        "jail",
        "detention",
        "exile",
    }
)
# Objects that are places: "captured the town of Bunia", "stormed the capital".
TOWN_WORDS = frozenset(
    [
        "town",
        "city",
        "village",
        "capital",
        "district",
        "province",
        "region",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "base",
        "airport",
        "port",
        "area",
        "outskirts",
        "part",
        "centre",
        "center",
        "control",
        "territory",
        "stronghold",
        "locality",
        "commune",
        "settlement",
    ]
)
# Prepositions introducing a target whose own place phrase places the event.
TARGET_PREPS = frozenset({"against", "at", "on", "upon", "into", "with", "under", "beneath"})
# Verbs of motion, whose "from" phrase is an origin, not where the event is.
MOTION = frozenset(
    {
        "spread",
        "march",
        "move",
        "travel",
        "come",
        "arrive",
        "flee",
        "walk",
        "drive",
        "return",
        "expand",
        "extend",
        "go",
        "escape",
        "withdraw",
    }
)
STREET_WORDS = frozenset(
    {"square", "street", "avenue", "road", "highway", "boulevard", "bridge", "campus", "roundabout"}
)
SPLIT_DEPS = frozenset({"conj", "cc", "punct"})
# Modifiers that describe a place rather than name it: "Tyre, where the
# company operates"; "the square (the centre of the city)".
DESCRIPTIVE_DEPS = frozenset({"relcl", "acl", "parataxis", "advcl"})
