"""Turn bytes into text, refusing binary files and unknown encodings.

Accepted: UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 with a BOM. Anything
else is reported, not guessed: a latin-1 guess would silently garble names.
"""

from __future__ import annotations

import codecs

from upheaval.ingest.skips import skip
from upheaval.model import Skip

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Only the start of a file is inspected for binary content.
SAMPLE_SIZE = 8192
# Share of control bytes above which undecodable data counts as binary, not
# as text in the wrong encoding (real text has almost none).
MAX_CONTROL_SHARE = 0.1
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def decode(data: bytes, source: str, line: int | None = None) -> str | Skip:
    """Decode a file's bytes, or say why they are not text.

    Args:
        data: the raw bytes.
        source: path for the Skip.
        line: line number for the Skip, if any.

    Returns:
        The text, or a Skip with E003 (binary) or E004 (encoding).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                return skip(source, "E004", _where(data, error), line)
    if is_binary(data[:SAMPLE_SIZE]):
        return skip(source, "E003", line=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return skip(source, "E004", _where(data, error), line)


def is_binary(sample: bytes) -> bool:
    """Whether a sample looks like binary data (NUL bytes or many controls).

    Args:
        sample: the first bytes of a file.

    Returns:
        True for binary data.
    """
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def _where(data: bytes, error: UnicodeDecodeError) -> str:
    return f"{error.start}, 0x{data[error.start]:02x}" if error.start < len(data) else "end"
