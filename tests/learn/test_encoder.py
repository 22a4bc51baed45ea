"""The packaged encoder: pinned files, the model's tokenizer, sentence vectors."""

from __future__ import annotations

import gzip
import hashlib
from importlib import resources

import numpy as np
import pytest

from upheaval.learn.encoder import DIMENSIONS, MODEL_SHA256, VOCAB_SHA256, Encoder, _model_file

pytestmark = pytest.mark.slow


def test_vocabulary_is_the_pinned_bert_uncased_one() -> None:
    data = resources.files("upheaval").joinpath("data/learn/vocab.txt.gz").read_bytes()
    raw = gzip.decompress(data)
    assert hashlib.sha256(raw).hexdigest() == VOCAB_SHA256
    vocab = raw.decode().splitlines()
    assert len(vocab) == 30522 and vocab[101] == "[CLS]" and vocab[102] == "[SEP]"


def test_model_file_is_the_pinned_one(encoder: Encoder) -> None:
    path = _model_file()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == MODEL_SHA256
    assert path.stat().st_size > 20_000_000  # the weights, not a pointer file


def test_tokenizer_lowercases_and_splits_word_pieces(encoder: Encoder) -> None:
    from upheaval.learn.encoder import _tokenizer

    tokenizer = _tokenizer()
    tokenizer.no_padding()
    tokens = tokenizer.encode("Protesters in Almaty clashed!").tokens
    assert tokens == ["[CLS]", "protesters", "in", "alma", "##ty", "clashed", "!", "[SEP]"]


def test_vectors_are_unit_length_and_order_is_kept(encoder: Encoder) -> None:
    texts = ["A long sentence about a strike by dock workers in Mombasa port.", "Hi.", ""]
    vectors = encoder.encode(texts)
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-4)
    alone = encoder.encode([texts[0]])
    assert np.allclose(alone[0], vectors[0], atol=1e-4)  # batching and sorting change nothing
    assert encoder.encode([]).shape == (0, DIMENSIONS)


def test_similar_sentences_are_closer_than_unrelated_ones(encoder: Encoder) -> None:
    protest, march, football = encoder.encode(
        [
            "Thousands of teachers protested in Bogota against the pension reform.",
            "Hundreds of nurses demonstrated in Lima demanding higher pay.",
            "The home side won the cup final after extra time.",
        ]
    )
    assert protest @ march > protest @ football + 0.2


def test_one_thread_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from upheaval.learn.encoder import _threads

    monkeypatch.delenv("UPHEAVAL_LEARN_THREADS", raising=False)
    assert _threads() == 1  # a process (a Dask worker) owns one core
    monkeypatch.setenv("UPHEAVAL_LEARN_THREADS", "2")
    assert _threads() == 2


def test_batches_group_sentences_of_like_length() -> None:
    from upheaval.learn.encoder import plan_batches

    # Word pieces of a Lagos wire story's sentences: three short quotes, two
    # long paragraphs of background, and sentences of some thirty pieces.
    lengths = [31, 9, 118, 30, 8, 29, 122, 10, 32, 28]
    batches = plan_batches(lengths, most=4, call_cost=20)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert all(1 <= len(batch) <= 4 for batch in batches)
    spans = [(min(lengths[i] for i in b), max(lengths[i] for i in b)) for b in batches]
    # The long sentences are not padded onto the short ones, nor these onto them.
    assert spans[0] == (8, 10) and spans[-1] == (118, 122)
    assert all(longest <= 1.25 * shortest for shortest, longest in spans)
    assert len(batches) <= 4
    assert plan_batches([]) == []
    # One more call costs more than a little padding: lengths 10 and 12 share a batch.
    assert plan_batches([10, 12], most=4, call_cost=20) == [[0, 1]]


def test_vectors_do_not_depend_on_the_batch(encoder: Encoder) -> None:
    texts = [
        "Riot police dispersed striking teachers outside parliament in Nairobi on Monday.",
        "Farmers blocked the highway near Ludhiana for a third day.",
        "Hundreds marched.",
        "Residents of the Quito suburb said the curfew, imposed after two nights of looting "
        "and clashes between youths and the police, had emptied the streets by eight.",
    ]
    together = encoder.encode(texts)
    for i, text in enumerate(texts):
        assert np.array_equal(encoder.encode([text])[0], together[i])
