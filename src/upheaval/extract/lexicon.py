"""The taxonomy and actor lexicon, loaded once from the package's YAML data.

Rules and word lists live in ``upheaval/data/taxonomy.yaml`` and
``upheaval/data/actors.yaml`` so that a user can extend them without touching
code: :func:`load_taxonomy` accepts extra YAML files whose rules are tried
before the built-in ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from upheaval.errors import ConfigError
from upheaval.model import EVENT_TYPES, MEASURES

__all__ = ["Lexicon", "Rule", "load_lexicon", "load_taxonomy"]

# A rule's confidence when its YAML entry gives none: a clear trigger with all
# its conditions met is usually right, but parses of the small model are not.
DEFAULT_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Rule:
    """One trigger rule of the taxonomy (see the header of taxonomy.yaml)."""

    id: str
    event_type: str
    sub_type: str
    lemmas: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    pos: frozenset[str] = frozenset()
    measures: tuple[str, ...] = ()
    actor: str = "protesters"
    kind: str = "event"
    with_any: frozenset[str] = frozenset()
    with_any_deep: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    without_deep: frozenset[str] = frozenset()
    with_object: bool = False
    modifier_ok: bool = False
    governed_by: frozenset[str] = frozenset()
    subject_roles: frozenset[str] = frozenset()
    not_subject_roles: frozenset[str] = frozenset()
    object_roles: frozenset[str] = frozenset()
    object_roles_or_with: frozenset[str] = frozenset()
    not_roles_in_sentence: frozenset[str] = frozenset()
    deps: frozenset[str] = frozenset()
    allow: frozenset[str] = frozenset()
    confidence: float = DEFAULT_CONFIDENCE
    hops: int = 3
    object_place: bool = False
    target_people: bool = False
    found_by: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Everything extract needs from the data files."""

    rules: tuple[Rule, ...]
    irrealis: frozenset[str]
    unreal_modifiers: frozenset[str]
    modals: frozenset[str]
    background_preps: frozenset[str]
    roles: dict[str, str] = field(default_factory=dict)
    protest_subject_roles: frozenset[str] = frozenset()
    crosswalk: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    crosswalk_measures: dict[str, tuple[str, str]] = field(default_factory=dict)
    names: dict[str, tuple[str, int]] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    topic_verbs: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()


_SET_FIELDS = (
    "lemmas",
    "pos",
    "with_any",
    "with_any_deep",
    "without",
    "without_deep",
    "governed_by",
    "subject_roles",
    "not_subject_roles",
    "object_roles",
    "object_roles_or_with",
    "not_roles_in_sentence",
    "deps",
    "allow",
)


def _rule(entry: dict[str, Any], source: str) -> Rule:
    """Build a Rule from one YAML entry, checking its ACLED coding."""
    rule_id = str(entry.get("id", "?"))
    event_type, sub_type = entry.get("type"), entry.get("sub_type")
    if event_type not in EVENT_TYPES or sub_type not in EVENT_TYPES[event_type]:
        raise ConfigError(
            "E020", f"{source}: rule {rule_id}: bad ACLED type {event_type!r}/{sub_type!r}"
        )
    measures = tuple(entry.get("measures", ()))
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise ConfigError("E020", f"{source}: rule {rule_id}: unknown measures {unknown}")
    sets = {name: frozenset(str(v).lower() for v in entry.get(name, ())) for name in _SET_FIELDS}
    sets["pos"] = frozenset(str(v).upper() for v in entry.get("pos", ()))
    return Rule(
        id=rule_id,
        event_type=event_type,
        sub_type=sub_type,
        phrases=tuple(str(p).lower() for p in entry.get("phrases", ())),
        measures=measures,
        actor=str(entry.get("actor", "protesters")),
        kind=str(entry.get("kind", "event")),
        confidence=float(entry.get("confidence", DEFAULT_CONFIDENCE)),
        hops=int(entry.get("hops", 3)),
        object_place=bool(entry.get("object_place", False)),
        with_object=bool(entry.get("with_object", False)),
        modifier_ok=bool(entry.get("modifier_ok", False)),
        target_people=bool(entry.get("target_people", False)),
        found_by=bool(entry.get("found_by", False)),
        **sets,
    )


def _read_yaml(path: Path | Any) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError("E020", f"cannot read taxonomy {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError("E020", f"taxonomy {path} is not a mapping")
    return data


def _data_file(name: str) -> Any:
    return resources.files("upheaval").joinpath("data", name)


def _pairs(table: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {key: (str(v[0]), str(v[1])) for key, v in table.items()}


@lru_cache(maxsize=8)
def load_taxonomy(extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the built-in taxonomy, with user rule files tried first.

    Args:
        extra: paths of YAML files with a ``rules:`` list in the same format.

    Returns:
        The Lexicon.

    Raises:
        ConfigError: when a file cannot be read or a rule names an unknown
            ACLED type or measure.
    """
    base = _read_yaml(_data_file("taxonomy.yaml"))
    actors = _read_yaml(_data_file("actors.yaml"))
    rules: list[Rule] = []
    for path in extra:
        rules += [_rule(e, path) for e in _read_yaml(Path(path)).get("rules", ())]
    rules += [_rule(e, "taxonomy.yaml") for e in base["rules"]]
    roles = {str(word).lower(): role for role, words in actors["roles"].items() for word in words}
    return Lexicon(
        rules=tuple(rules),
        irrealis=frozenset(base["irrealis"]),
        unreal_modifiers=frozenset(base["unreal_modifiers"]),
        modals=frozenset(base["modals"]),
        background_preps=frozenset(base["background_preps"]),
        roles=roles,
        protest_subject_roles=frozenset(actors["protest_subject_roles"]),
        crosswalk={k: _pairs(v) for k, v in base["crosswalk"].items()},
        crosswalk_measures=_pairs(base["crosswalk_measures"]),
        names={k: (str(v[0]), int(v[1])) for k, v in actors["names"].items()},
        aliases={k: tuple(v) for k, v in actors["aliases"].items()},
        topic_verbs=frozenset(base.get("topic_verbs", ())),
        topic_nouns=frozenset(base.get("topic_nouns", ())),
        charge_words=frozenset(base.get("charge_words", ())),
    )


def load_lexicon() -> Lexicon:
    """The built-in lexicon (cached)."""
    return load_taxonomy(())
