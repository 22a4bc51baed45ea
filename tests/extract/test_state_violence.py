"""The forces' violence on people outside any demonstration is violence
against civilians (ACLED): fire on traders at a border, torture and deaths
in custody; an arrest told with it is part of the attack (sentences written
for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.extract.conftest import expand, observed
from upheaval.model import RawMention

# ruff: noqa: E501
ROWS: list[tuple[str, list[str]]] = [
    # fire on people with no demonstration in sight
    ("Border guards fired rubber bullets at six cattle traders near Kasba on Friday, wounding them.", ["VA security"]),
    ("Soldiers fired live rounds at villagers in Rakhine, killing three.", ["VA military"]),
    ("Border police shot dead a smuggler near the Wagah border on Friday.", ["VA police"]),
    # ... at protesters, or after a march in the paragraph, it is the protest's intervention
    ("Police fired rubber bullets at protesters in Santiago, wounding six.", ["PI protesters"]),
    ("Thousands marched in Nairobi on Tuesday. Police fired live bullets, killing two.", ["PX protesters"]),
    # tear gas is fired at a crowd even when the sentence names none
    ("Police fired tear gas in Lahore on Friday, witnesses said.", ["PI protesters"]),
    # torture and deaths in custody; the arrest is part of the attack
    ("A man died due to police torture in Lalmonirhat on Sunday.", ["VA police"]),
    ("A detainee died due to torture by jail guards in Kaduna on Friday.", ["VA security"]),
    ("A prisoner died in police custody in Lahore on Sunday.", ["VA police"]),
    ("Police arrested and tortured a reporter in Satkhira on Monday.", ["VA police"]),
    ("Police arrested twelve students in Kampala on Monday.", ["SA police"]),
    # "due to" a plan stays unreal
    ("The strike is due to begin in Accra on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[t[:50] for t, _ in ROWS])
def test_state_violence(
    extract: Callable[[str], list[RawMention]], text: str, expected: list[str]
) -> None:
    assert [observed(m) for m in extract(text)] == [expand(c) for c in expected]
