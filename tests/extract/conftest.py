"""Shared fixtures for extract tests: spaCy is loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from upheaval.annotate import load_nlp
from upheaval.extract import extract_mentions
from upheaval.model import CleanDocument, Document, RawMention

# Short codes for (event type, sub-event type) used by the test tables.
CODES: dict[str, tuple[str, str]] = {
    "P": ("Protests", "Peaceful protest"),
    "PI": ("Protests", "Protest with intervention"),
    "PX": ("Protests", "Excessive force against protesters"),
    "RV": ("Riots", "Violent demonstration"),
    "RM": ("Riots", "Mob violence"),
    "SA": ("Strategic developments", "Arrests"),
    "SL": ("Strategic developments", "Looting/property destruction"),
    "SO": ("Strategic developments", "Other"),
    "SC": ("Strategic developments", "Change to group/activity"),
    "SG": ("Strategic developments", "Agreement"),
    "SW": ("Strategic developments", "Disrupted weapons use"),
    "SH": ("Strategic developments", "Headquarters or base established"),
    "ST": ("Strategic developments", "Non-violent transfer of territory"),
    "BA": ("Battles", "Armed clash"),
    "BN": ("Battles", "Non-state actor overtakes territory"),
    "BG": ("Battles", "Government regains territory"),
    "EA": ("Explosions/Remote violence", "Air/drone strike"),
    "ES": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "EI": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "EB": ("Explosions/Remote violence", "Suicide bomb"),
    "EG": ("Explosions/Remote violence", "Grenade"),
    "EC": ("Explosions/Remote violence", "Chemical weapon"),
    "VA": ("Violence against civilians", "Attack"),
    "VK": ("Violence against civilians", "Abduction/forced disappearance"),
    "VS": ("Violence against civilians", "Sexual violence"),
}


def expand(code: str) -> tuple[str, str, tuple[str, ...], str]:
    """ "SO government curfew" -> (type, sub-type, measures, actor-1 role)."""
    parts = code.split()
    event_type, sub_type = CODES[parts[0]]
    measures = tuple(parts[2:])
    return event_type, sub_type, measures, parts[1]


def observed(mention: RawMention) -> tuple[str, str, tuple[str, ...], str]:
    role = mention.actor1.role if mention.actor1 else "-"
    return mention.event_type, mention.sub_event_type, mention.measures, role


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def extract(nlp: Language) -> Callable[[str], list[RawMention]]:
    """Extract the mentions of a text, as the pipeline would."""

    def run(text: str, title: str | None = None) -> list[RawMention]:
        document = Document(doc_id="t", text=text, source="test", title=title)
        clean = CleanDocument(document=document, text=text, offsets=tuple(range(len(text))))
        return extract_mentions(nlp(text), clean)

    return run
