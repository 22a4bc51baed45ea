"""Crosswalk from ACLED types to PLOVER event types and CAMEO root codes."""

from __future__ import annotations

from collections.abc import Iterable

from upheaval.errors import ConfigError
from upheaval.extract.lexicon import load_lexicon
from upheaval.model import EVENT_TYPES

__all__ = ["crosswalk"]


def crosswalk(event_type: str, sub_event_type: str, measures: Iterable[str] = ()) -> dict[str, str]:
    """PLOVER event type and CAMEO root code of an ACLED event type.

    Args:
        event_type: one of the six ACLED event types.
        sub_event_type: one of its sub-event types.
        measures: for Strategic developments / Other, the measures, which
            refine the code (a price cap concedes, a curfew coerces).

    Returns:
        {"plover": "PROTEST", "cameo": "14"} and the like.

    Raises:
        ConfigError: for a type or sub-type ACLED does not have.

    Example:
        >>> crosswalk("Protests", "Peaceful protest")
        {'plover': 'PROTEST', 'cameo': '14'}
    """
    if event_type not in EVENT_TYPES or sub_event_type not in EVENT_TYPES[event_type]:
        raise ConfigError("E020", f"unknown ACLED type {event_type!r} / {sub_event_type!r}")
    lexicon = load_lexicon()
    table = lexicon.crosswalk[event_type]
    plover, cameo = table.get(sub_event_type, table["default"])
    if sub_event_type == "Other":
        for measure in measures:
            if measure in lexicon.crosswalk_measures:
                plover, cameo = lexicon.crosswalk_measures[measure]
                break
    return {"plover": plover, "cameo": cameo}
