"""warm_up loads what the stages load on first use, before a run."""

from __future__ import annotations

import pytest

from upheaval.pipeline import load_resources, warm_up

pytestmark = pytest.mark.slow


def test_warm_up_loads_the_encoder_and_stores_nothing() -> None:
    resources = load_resources()
    warm_up(resources)
    if resources.classifier is not None:
        # the warm-up report holds an event, so its sentence was encoded
        assert resources.classifier.encoder._session is not None
        assert resources.classifier.sentences >= 1
