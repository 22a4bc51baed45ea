"""Places, dates and clauses of mentions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from upheaval.model import RawMention

Extract = Callable[[str], list[RawMention]]

PLACE_ROWS: list[tuple[str, list[list[str]]]] = [
    ("Rebels captured the town of Bunia on Tuesday.", [["the town of Bunia"]]),
    # a share of places is those places: one span each
    (
        "Authorities cut mobile internet across parts of Sindh and Balochistan on Tuesday.",
        [["Sindh", "Balochistan"]],
    ),
    ("Troops imposed a curfew in parts of Jos and Bukuru on Sunday.", [["Jos", "Bukuru"]]),
    ("Strikes spread to much of Khuzestan.", [["Khuzestan"]]),
    ("A landmine exploded under a minibus near Kidal on Monday.", [["Kidal"]]),
    ("Police dispersed a crowd with tear gas in Bamenda on Friday.", [["Bamenda"]]),
    ("Women in Mahabad cut their hair and chanted slogans.", [["Mahabad"]]),
    ("Residents marched in Gulu, demanding the release of the detained MP.", [["Gulu"]]),
    (
        "On 9 May, protests spread to Osorno, Temuco and Valdivia.",
        [["Osorno", "Temuco", "Valdivia"]],
    ),
    ("On 2 April, protests spread from the Puno region to Juliaca.", [["Juliaca"]]),
    (
        "Police fired tear gas at protesters who gathered in the city of Lagos on Monday.",
        [["the city of Lagos"]],
    ),
    (
        "Army units sided with the marchers in towns such as Kassala, Atbara and Gedaref.",
        [["Kassala", "Atbara", "Gedaref"]],
    ),
    ("Demonstrators threw stones at the Lagos city hall.", [["the Lagos city hall"]]),
    (
        "Protests broke out in the mining town of Potosi, which lies high in the Andes.",
        [["the mining town of Potosi"]],
    ),
    ("Protesters clashed with police in Santiago on Friday.", [["Santiago"]]),
    (
        "Rioters set fire to 16 police cars and looted 120 shops in Durban.",
        [["Durban"], ["Durban"]],
    ),
    ("The government declared a state of emergency.", [[]]),
    ("The authorities restricted WhatsApp across the country.", [[]]),
    (
        "Workers struck at the port of Durban, and truck drivers blocked the N3 highway.",
        [["the port of Durban"], []],
    ),
    (
        "Crowds seized rifles from a police armoury in Kumasi.",
        [["a police armoury in Kumasi"]],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_ROWS, ids=[s[:50] for s, _ in PLACE_ROWS])
def test_place_args_one_span_per_conjunct(
    extract: Extract, sentence: str, expected: list[list[str]]
) -> None:
    mentions = extract(sentence)
    assert [[p.text for p in m.place_args] for m in mentions] == expected


DATE_ROWS: list[tuple[str, list[list[str]]]] = [
    (
        "On 12 July, Saied dissolved the cabinet and imposed price controls on bread.",
        [["On 12 July"], ["On 12 July"]],
    ),
    ("Some 5,000 people rallied in Tbilisi on Sunday.", [["on Sunday"]]),
    ("The rally that took place in Lusaka on 3 May drew thousands.", [["on 3 May"]]),
    ("A curfew was imposed in Bishkek from 8 pm to 6 am.", [["from 8 pm to 6 am"]]),
]


@pytest.mark.parametrize(("sentence", "expected"), DATE_ROWS, ids=[s[:50] for s, _ in DATE_ROWS])
def test_date_args_reach_conjuncts(
    extract: Extract, sentence: str, expected: list[list[str]]
) -> None:
    assert [[d.text for d in m.date_args] for m in extract(sentence)] == expected


def test_clause_separates_conjuncts(extract: Extract) -> None:
    text = (
        "The government declared a state of emergency in Quito, shut down mobile internet"
        " and called in the army."
    )
    clauses = [m.clause.text for m in extract(text)]
    assert "Quito" in clauses[0]
    assert "internet" not in clauses[0]
    assert "internet" in clauses[1] and "Quito" not in clauses[1]
    assert clauses[2].startswith("called in the army")


def test_offsets_point_into_text(extract: Extract) -> None:
    text = (
        "Headline words here.\nThousands of miners went on strike near Kitwe on Monday,"
        " Reuters reported."
    )
    (mention,) = extract(text)
    for span in (
        mention.trigger,
        mention.sentence,
        mention.clause,
        *mention.place_args,
        *mention.date_args,
    ):
        assert text[span.start : span.end] == span.text
    assert mention.trigger.text == "strike"


def test_national_for_state_act_without_place(extract: Extract) -> None:
    first, second = extract("The cabinet was dismissed on Monday and a curfew was imposed in Osh.")
    assert first.national and first.measures == ("government_dismissal",)
    assert not second.national and [p.text for p in second.place_args] == ["Osh"]
