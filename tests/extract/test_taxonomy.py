"""The taxonomy as data: loading, validation, user rules, crosswalk."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from upheaval.errors import ConfigError
from upheaval.extract import crosswalk, extract_sentence, load_taxonomy
from upheaval.model import EVENT_TYPES, MEASURES


def test_taxonomy_rules_are_valid_acled() -> None:
    lexicon = load_taxonomy()
    assert len(lexicon.rules) > 40
    for rule in lexicon.rules:
        assert rule.sub_type in EVENT_TYPES[rule.event_type]
        assert all(m in MEASURES for m in rule.measures)
        assert rule.lemmas or rule.phrases


def test_taxonomy_covers_all_types() -> None:
    covered = {rule.event_type for rule in load_taxonomy().rules}
    assert covered == set(EVENT_TYPES)


def test_user_rules_extend_taxonomy(tmp_path: Path, nlp: Language) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "rules:\n"
        "  - id: cacerolazo\n"
        "    lemmas: [cacerolazo]\n"
        "    type: Protests\n"
        "    sub_type: Peaceful protest\n"
        "    actor: protesters\n",
        encoding="utf-8",
    )
    lexicon = load_taxonomy((str(extra),))
    sent = next(nlp("Residents held a cacerolazo in Santiago on Friday.").sents)
    mentions = extract_sentence(sent, "d", lexicon)
    assert [(m.event_type, m.trigger.text) for m in mentions] == [("Protests", "cacerolazo")]
    assert extract_sentence(sent, "d") == []


def test_bad_user_rule_is_config_error(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text(
        "rules:\n  - id: x\n    lemmas: [x]\n    type: Protests\n    sub_type: Picnic\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="bad ACLED type"):
        load_taxonomy((str(extra),))


CROSSWALK_ROWS = [
    ("Protests", "Peaceful protest", (), {"plover": "PROTEST", "cameo": "14"}),
    ("Riots", "Violent demonstration", (), {"plover": "PROTEST", "cameo": "14"}),
    ("Riots", "Mob violence", (), {"plover": "ASSAULT", "cameo": "18"}),
    ("Battles", "Armed clash", (), {"plover": "ASSAULT", "cameo": "19"}),
    ("Explosions/Remote violence", "Suicide bomb", (), {"plover": "ASSAULT", "cameo": "18"}),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
        (),
        {"plover": "ASSAULT", "cameo": "18"},
    ),
    ("Strategic developments", "Arrests", (), {"plover": "COERCE", "cameo": "17"}),
    ("Strategic developments", "Agreement", (), {"plover": "AGREE", "cameo": "05"}),
    ("Strategic developments", "Other", ("curfew",), {"plover": "COERCE", "cameo": "17"}),
    (
        "Strategic developments",
        "Other",
        ("military_deployment",),
        {"plover": "MOBILIZE", "cameo": "15"},
    ),
    ("Strategic developments", "Other", ("price_control",), {"plover": "CONCEDE", "cameo": "08"}),
]


@pytest.mark.parametrize(("event_type", "sub_type", "measures", "expected"), CROSSWALK_ROWS)
def test_crosswalk_root_codes(
    event_type: str, sub_type: str, measures: tuple[str, ...], expected: dict[str, str]
) -> None:
    assert crosswalk(event_type, sub_type, measures) == expected


def test_crosswalk_every_subtype_has_codes() -> None:
    for event_type, subs in EVENT_TYPES.items():
        for sub in subs:
            codes = crosswalk(event_type, sub)
            assert codes["plover"].isupper() and codes["cameo"].isdigit()


def test_crosswalk_rejects_unknown() -> None:
    with pytest.raises(ConfigError):
        crosswalk("Protests", "Mob violence")
