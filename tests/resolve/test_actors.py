"""ACLED-style actor names and inter codes."""

from __future__ import annotations

import pytest

from upheaval.model import ActorRef
from upheaval.resolve.actors import actor_key, canonical_name, name_actor, same_actor

NAME_ROWS = [
    (ActorRef("protesters"), "Kenya", ("Protesters (Kenya)", 6)),
    (ActorRef("police"), "Kenya", ("Police Forces of Kenya", 1)),
    (ActorRef("rioters"), "Chile", ("Rioters (Chile)", 5)),
    (ActorRef("mob"), "India", ("Rioters (India)", 5)),
    (ActorRef("labor"), "Zambia", ("Labor Group (Zambia)", 6)),
    (ActorRef("military"), "Myanmar", ("Military Forces of Myanmar", 1)),
    (ActorRef("government"), "Sri Lanka", ("Government of Sri Lanka", 1)),
    (ActorRef("civilians"), "Mali", ("Civilians (Mali)", 7)),
    (ActorRef("students"), "Bangladesh", ("Students (Bangladesh)", 6)),
    (ActorRef("rebels"), "DR Congo", ("Rebels (DR Congo)", 2)),
    (ActorRef("armed"), "Nigeria", ("Unidentified Armed Group (Nigeria)", 3)),
    (ActorRef("protesters"), None, ("Protesters", 6)),
    (ActorRef("police"), None, ("Police Forces", 1)),
    (ActorRef("government"), None, ("Government", 1)),
    (
        ActorRef("party", "the United Party for National Development"),
        "Zambia",
        ("United Party for National Development", None),
    ),
    (ActorRef("group", "Hizbollah"), "Lebanon", ("Hezbollah", None)),
    (ActorRef("group", "ECOWAS"), "Niger", ("Economic Community of West African States", None)),
    (ActorRef("person", "Shavkat Mirziyoyev"), "Uzbekistan", ("Shavkat Mirziyoyev", None)),
    (ActorRef("wizards"), "Kenya", (None, None)),
]


@pytest.mark.parametrize(("ref", "country", "expected"), NAME_ROWS)
def test_name_actor_acled_style(
    ref: ActorRef, country: str | None, expected: tuple[str | None, int | None]
) -> None:
    assert name_actor(ref, country) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenskyy", "Zelensky"),
        ("Lukashenko", "Lukashenka"),
        ("Dzhalal-Abad", "Jalal-Abad"),
        ("Al-Shabaab", "al Shabab"),
        ("Mirziyoyev", "Mirziyoev"),
        ("Hezbollah", "Hizbollah"),
        ("Shavkat Mirziyoyev", "Shavkat Mirziyoev"),
    ],
)
def test_same_actor_transliterations(a: str, b: str) -> None:
    assert same_actor(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hamas", "Amal"),
        ("UN", "EU"),
        ("Lukashenko", "Zelensky"),
        ("Democratic Party", "Republican Party"),
    ],
)
def test_same_actor_distinct_names(a: str, b: str) -> None:
    assert not same_actor(a, b)


def test_actor_key_folds_spelling() -> None:
    assert actor_key("Zelenskyy") == actor_key("Zelenskiy")
    assert actor_key("Erdoğan") == actor_key("Erdogan")


def test_canonical_name_keeps_unknown_names() -> None:
    assert canonical_name("The  Socialist Workers Movement") == "Socialist Workers Movement"
    assert canonical_name("Al Shabab") == "Al-Shabaab"


@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("United States", "Military Forces of the United States"),
        ("Philippines", "Military Forces of the Philippines"),
        ("The Netherlands", "Military Forces of the Netherlands"),
        ("Central African Republic", "Military Forces of the Central African Republic"),
        ("Kenya", "Military Forces of Kenya"),
    ],
)
def test_country_names_take_the_article_after_of(country: str, name: str) -> None:
    assert name_actor(ActorRef("military"), country)[0] == name
    # in brackets the name stands as it is
    assert name_actor(ActorRef("protesters"), country)[0] == f"Protesters ({country})"
