"""The decision rule: veto only when sure, relabel only within the type, agreement as confidence."""

from __future__ import annotations

import numpy as np

from upheaval.learn import Classifier
from upheaval.learn.combine import Opinion, judge, opinion_of
from upheaval.learn.encoder import Encoder
from upheaval.learn.head import NONE, SUB_TYPES, TYPE_OF, Head, Thresholds
from upheaval.model import RawMention, Span

SENTENCE = "Riot police stood guard outside the parliament in Nairobi on Monday."


def raw(
    event_type: str = "Protests",
    sub_type: str = "Peaceful protest",
    measures: tuple[str, ...] = (),
    sentence: str = SENTENCE,
    confidence: float = 0.8,
) -> RawMention:
    span = Span(0, len(sentence), sentence)
    return RawMention(
        doc_id="d1",
        trigger=Span(0, 4, sentence[:4]),
        sentence=span,
        clause=span,
        event_type=event_type,
        sub_event_type=sub_type,
        measures=measures,
        confidence=confidence,
    )


def head(thresholds: Thresholds | None = None) -> Head:
    labels = (NONE, *SUB_TYPES)
    return Head(
        labels,
        np.zeros((4, len(labels)), np.float32),
        np.zeros(len(labels), np.float32),
        thresholds or Thresholds(),
    )


def opinion(p_none: float, subs: dict[str, float]) -> Opinion:
    p_type: dict[str, float] = {}
    for sub, p in subs.items():
        p_type[TYPE_OF[sub]] = p_type.get(TYPE_OF[sub], 0.0) + p
    return Opinion(p_none, p_type, subs)


def test_confident_no_event_vetoes_the_rule() -> None:
    verdict = judge(raw(), opinion(0.95, {"Peaceful protest": 0.01, "Arrests": 0.04}), head())
    assert verdict.action == "veto" and verdict.mention is None


def test_no_veto_when_unsure_or_when_the_type_is_credible() -> None:
    unsure = judge(raw(), opinion(0.8, {"Peaceful protest": 0.02, "Arrests": 0.18}), head())
    assert unsure.action == "keep" and unsure.mention is not None
    credible = judge(raw(), opinion(0.9, {"Peaceful protest": 0.1}), head())
    assert credible.action == "keep"


def test_a_measure_is_never_vetoed_nor_relabelled() -> None:
    curfew = raw("Strategic developments", "Other", ("curfew",))
    verdict = judge(curfew, opinion(0.97, {"Arrests": 0.03}), head())
    assert verdict.action == "keep"
    assert verdict.mention is not None and verdict.mention.sub_event_type == "Other"


def test_a_mention_with_its_own_day_and_place_is_never_vetoed() -> None:
    from dataclasses import replace

    told = replace(
        raw(),
        date_args=(Span(54, 63, "on Monday"),),
        place_args=(Span(43, 50, "Nairobi"),),
    )
    verdict = judge(told, opinion(0.95, {"Peaceful protest": 0.01, "Arrests": 0.04}), head())
    assert verdict.action == "keep" and verdict.mention is not None
    # with only one of them the classifier may still veto
    dated = replace(raw(), date_args=(Span(54, 63, "on Monday"),))
    assert judge(dated, opinion(0.95, {"Peaceful protest": 0.01}), head()).action == "veto"


def test_relabel_within_the_type_when_confident() -> None:
    subs = {"Peaceful protest": 0.05, "Protest with intervention": 0.85, "Arrests": 0.05}
    verdict = judge(raw(), opinion(0.05, subs), head())
    assert verdict.action == "relabel"
    assert verdict.mention is not None
    assert verdict.mention.event_type == "Protests"
    assert verdict.mention.sub_event_type == "Protest with intervention"


def test_never_relabel_across_types_nor_on_a_thin_margin() -> None:
    other_type = {"Peaceful protest": 0.1, "Armed clash": 0.85}
    verdict = judge(raw(), opinion(0.05, other_type), head())
    assert verdict.action == "keep"
    assert verdict.mention is not None and verdict.mention.event_type == "Protests"
    assert verdict.mention.sub_event_type == "Peaceful protest"
    thin = {"Peaceful protest": 0.4, "Protest with intervention": 0.55}
    assert judge(raw(), opinion(0.05, thin), head()).action == "keep"


def test_confidence_rises_with_agreement() -> None:
    agree = judge(raw(), opinion(0.02, {"Peaceful protest": 0.95}), head()).mention
    disagree = judge(raw(), opinion(0.5, {"Armed clash": 0.5}), head()).mention
    assert agree is not None and disagree is not None
    assert agree.confidence > 0.8 > disagree.confidence
    assert 0.0 <= disagree.confidence <= 1.0


def test_opinion_of_sums_sub_types_into_types() -> None:
    h = head()
    row = np.zeros(len(h.labels), np.float32)
    row[h.labels.index(NONE)] = 0.2
    row[h.labels.index("Peaceful protest")] = 0.5
    row[h.labels.index("Protest with intervention")] = 0.3
    seen = opinion_of(h, row)
    assert abs(seen.p_none - 0.2) < 1e-6
    assert abs(seen.p_type["Protests"] - 0.8) < 1e-6
    best, p = seen.best_in("Protests")
    assert best == "Peaceful protest" and abs(p - 0.625) < 1e-6


class FixedEncoder(Encoder):
    """Encodes a sentence to one of two directions: 'police' in it or not."""

    def encode(self, texts):  # type: ignore[no-untyped-def]
        return np.array(
            [[1, 0, 0, 0] if "police" in t else [0, 1, 0, 0] for t in texts], np.float32
        )


def test_classifier_reviews_each_sentence_once_and_counts_actions() -> None:
    h = head()
    weights = np.zeros((4, len(h.labels)), np.float32)
    weights[0, h.labels.index(NONE)] = 10.0  # "police" sentences: no event
    weights[1, h.labels.index("Peaceful protest")] = 10.0
    h = Head(h.labels, weights, h.bias, h.thresholds)
    classifier = Classifier(h, encoder=FixedEncoder())
    march = "Thousands marched in Kisumu."
    kept = classifier.review([raw(), raw(sentence=SENTENCE), raw(sentence=march)])
    assert [m.sentence.text for m in kept] == [march]
    assert classifier.sentences == 2
    assert classifier.actions["veto"] == 2 and classifier.actions["keep"] == 1
    assert "2 vetoed" in classifier.summary()


def test_no_relabel_when_the_classifier_doubts_the_type() -> None:
    # Within Protests it prefers intervention 9 to 1, but gives Protests only 0.1 in all.
    subs = {"Peaceful protest": 0.01, "Protest with intervention": 0.09, "Armed clash": 0.3}
    verdict = judge(raw(), opinion(0.6, subs), head())
    assert verdict.action == "keep"
    assert verdict.mention is not None and verdict.mention.sub_event_type == "Peaceful protest"


def test_an_intervention_the_rules_saw_is_never_made_peaceful() -> None:
    # The police action was in the next sentence: this one reads as a peaceful march.
    subs = {"Peaceful protest": 0.9, "Protest with intervention": 0.02}
    verdict = judge(raw(sub_type="Protest with intervention"), opinion(0.02, subs), head())
    assert verdict.action == "keep"
    assert verdict.mention is not None
    assert verdict.mention.sub_event_type == "Protest with intervention"
    # The other way, a rule's peaceful protest may still become an intervention.
    subs = {"Peaceful protest": 0.05, "Protest with intervention": 0.9}
    assert judge(raw(), opinion(0.02, subs), head()).action == "relabel"


class CountingEncoder(FixedEncoder):
    """FixedEncoder that records each call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.calls.append(list(texts))
        return super().encode(texts)


def test_documents_reviewed_together_as_one_by_one() -> None:
    h = head()
    weights = np.zeros((4, len(h.labels)), np.float32)
    weights[0, h.labels.index(NONE)] = 10.0
    weights[1, h.labels.index("Peaceful protest")] = 10.0
    h = Head(h.labels, weights, h.bias, h.thresholds)
    march = "Thousands marched in Kisumu."
    documents = [[raw(), raw(sentence=march)], [], [raw(sentence=march), raw(sentence=SENTENCE)]]
    alone = Classifier(h, encoder=FixedEncoder())
    expected = [alone.review(mentions) for mentions in documents]
    encoder = CountingEncoder()
    together = Classifier(h, encoder=encoder)
    assert together.review_documents(documents) == expected
    assert len(encoder.calls) == 1  # one call to the model for the batch
    assert together.sentences == alone.sentences and together.actions == alone.actions


def test_sentences_of_mentions_that_cannot_be_coded_are_not_read() -> None:
    h = head()
    weights = np.zeros((4, len(h.labels)), np.float32)
    weights[0, h.labels.index(NONE)] = 10.0  # "police" sentences: no event
    weights[1, h.labels.index("Peaceful protest")] = 10.0
    h = Head(h.labels, weights, h.bias, h.thresholds)
    march = "Thousands marched in Kisumu."
    history = "In 2019 the police broke up a rally in Nakuru."
    documents = [[raw(sentence=march), raw(sentence=history)], [raw(sentence=history)]]
    encoder = CountingEncoder()
    classifier = Classifier(h, encoder=encoder)
    reviewed = classifier.review_documents(documents, [[True, False], [False]])
    assert encoder.calls == [[march]]  # the history sentence is never encoded
    # ... and its mentions pass as the rules coded them (the resolver drops them)
    assert reviewed[0][1] == documents[0][1] and reviewed[1] == documents[1]
    assert reviewed[0][0] == Classifier(h, encoder=FixedEncoder()).review([documents[0][0]])[0]
    assert classifier.sentences == 1 and classifier.actions["veto"] == 0
