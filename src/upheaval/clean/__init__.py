"""Clean: undo text-extraction damage while keeping offsets mappable.

The passes run in this order, each on the output of the one before:

1. :func:`~upheaval.clean.unicode.normalize_characters`: odd spaces, soft
   hyphens, zero-width characters, ligatures, decomposed accents, CR/LF;
2. :func:`~upheaval.clean.lines.join_lines`: lines broken inside sentences,
   page-break blank lines, hyphenation; paragraph breaks become "\\n\\n";
3. :func:`~upheaval.clean.spaces.fix_spaces`: runs of spaces, spaces before
   punctuation, missing spaces after "," and "." between words;
4. :func:`~upheaval.clean.citations.remove_citations`: markers such as "(12)"
   become :class:`~upheaval.model.Citation` records.

Every pass carries an offset map, so ``CleanDocument.offsets[i]`` is the index
in ``document.text`` of cleaned character ``i``. The map is non-decreasing;
characters the cleaner inserted (a space after "Party,") point at the
character that follows them.
"""

from __future__ import annotations

from upheaval.clean.citations import remove_citations
from upheaval.clean.lines import join_lines
from upheaval.clean.spaces import fix_spaces
from upheaval.clean.unicode import normalize_characters
from upheaval.model import Citation, CleanDocument, Document

__all__ = ["clean_document", "clean_text"]


def clean_document(document: Document) -> CleanDocument:
    """Repair a document's text and record its citation markers.

    Args:
        document: the document as read by ingest.

    Returns:
        The cleaned document, with an offset map into ``document.text``.

    Example:
        >>> from upheaval.model import Document
        >>> clean_document(Document("d1", "It doubled its\\n\\nprice (3).", "x")).text
        'It doubled its price.'
    """
    text, offsets, citations = clean_text(document.text)
    return CleanDocument(document, text, tuple(offsets), tuple(citations))


def clean_text(text: str) -> tuple[str, list[int], list[Citation]]:
    """Clean a bare text: the passes of :func:`clean_document`.

    Args:
        text: the text as extracted.

    Returns:
        The cleaned text, its offset map into ``text`` and the citations.
    """
    offsets = list(range(len(text)))
    cleaned, offsets = normalize_characters(text, offsets)
    cleaned, offsets = join_lines(cleaned, offsets)
    cleaned, offsets = fix_spaces(cleaned, offsets)
    return remove_citations(cleaned, offsets)
