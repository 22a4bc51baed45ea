"""When: date phrases attached to a trigger's clause (resolve turns them into days)."""

from __future__ import annotations

from spacy.tokens import Token

from upheaval.extract.arguments import is_date, pobj_of, tokens_span
from upheaval.extract.syntax import clause_head, doc_text
from upheaval.model import Span

__all__ = ["date_args"]


def date_args(anchor: Token) -> tuple[Span, ...]:
    """Date phrases attached to the event's clause, or to the clause it is
    conjoined to when they open the sentence ("On 5 January X did A and B")."""
    text = doc_text(anchor.doc)
    head = clause_head(anchor)
    own = [anchor, head]
    if anchor.pos_ in {"NOUN", "PROPN"}:
        # "the rally that took place on Monday": the relative clause dates it
        own += [c for c in anchor.children if c.dep_ in {"relcl", "acl"}]
    found = [s for host in own for child in host.children for s in _date_spans(text, child)]
    if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ == "dobj":
        # "describing Russia's bombing of a hospital in Mariupol last March":
        # a date right after the object phrase, hung on its verb, dates it
        found += [
            s
            for child in anchor.head.children
            if child.left_edge.i == anchor.right_edge.i + 1
            for s in _date_spans(text, child)
        ]
    current = head
    while current.dep_ == "conj" and current.head != current:
        current = current.head
        # only the first conjunct's opening date phrase is shared
        found += [
            s for child in current.children if child.i < current.i for s in _date_spans(text, child)
        ]
    unique = {(s.start, s.end): s for s in found}
    return tuple(sorted(unique.values(), key=lambda s: s.start))


def _date_spans(text: str, child: Token) -> list[Span]:
    if child.dep_ == "prep":
        pobj = pobj_of(child)
        if pobj is not None and is_date(pobj):
            return [tokens_span(text, list(child.subtree))]
    if child.dep_ in {"npadvmod", "tmod", "advmod", "nmod"} and is_date(child):
        return [tokens_span(text, list(child.subtree))]
    return []
