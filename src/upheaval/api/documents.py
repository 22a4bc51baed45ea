"""``/api/documents``: list and read stored reports; ingest one with a token."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Response
from pydantic import BaseModel, Field

from upheaval.api.errors import ApiError
from upheaval.api.events import DEFAULT_PAGE, ERRORS, MAX_PAGE
from upheaval.api.limits import MAX_BODY_BYTES
from upheaval.api.models import DocumentDetail, DocumentPage, ErrorResponse, IngestResult
from upheaval.api.params import reject_unknown_parameters
from upheaval.api.state import ApiState, get_state
from upheaval.ingest.jsonl import read_line
from upheaval.model import Skip
from upheaval.store import EventFilter

__all__ = ["router", "DocumentIn"]

router = APIRouter(
    prefix="/api",
    tags=["documents"],
    dependencies=[Depends(reject_unknown_parameters)],
    responses=ERRORS,
)

State = Annotated[ApiState, Depends(get_state)]
DocId = Annotated[str, Path(max_length=2000)]


class DocumentIn(BaseModel):
    """A report to ingest: the fields of one line of a JSONL input file."""

    id: str | None = Field(None, max_length=2000, description="stable id; else a content hash")
    text: str | None = Field(None, max_length=MAX_BODY_BYTES, description="the report's text")
    html: str | None = Field(
        None, max_length=MAX_BODY_BYTES, description="a web page, when there is no text"
    )
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD")
    language: str | None = Field(None, max_length=16)


@router.get(
    "/documents", summary="List stored documents, newest first", response_model=DocumentPage
)
def list_documents(
    state: State,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Documents without their text (``GET /api/documents/{id}`` has it)."""
    total = state.store.counts()["documents"]
    found = state.store.documents(limit=limit, offset=offset)
    following = offset + len(found)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": following if found and following < total else None,
        "documents": found,
    }


@router.get(
    "/documents/{doc_id:path}",
    summary="One document with its text and events",
    response_model=DocumentDetail,
    responses={404: {"model": ErrorResponse, "description": "no such document"}},
)
def get_document(state: State, doc_id: DocId) -> dict[str, Any]:
    """The cleaned text, citation markers and the events found in it."""
    document = state.store.document(doc_id)
    if document is None:
        raise ApiError(404, "not_found", f"no document {doc_id!r}")
    events = state.store.events(EventFilter(doc_ids=(doc_id,)))
    return {"document": document, "events": [event.to_record() for event in events]}


@router.post(
    "/documents",
    status_code=201,
    summary="Ingest a report (needs the token)",
    response_model=IngestResult,
    responses={
        200: {"model": IngestResult, "description": "stored already: nothing changed"},
        401: {"model": ErrorResponse, "description": "missing or wrong token"},
        403: {"model": ErrorResponse, "description": "the API is read-only (no token configured)"},
        413: {"model": ErrorResponse, "description": "body too large"},
    },
)
def post_document(
    state: State,
    body: DocumentIn,
    response: Response,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Run the pipeline on one report and store it with its events.

    Answers 201 with the events found, or 200 when the document was stored
    before (ingest is idempotent).
    """
    state.check_token(authorization)
    document = read_line(json.dumps(body.model_dump(exclude_none=True)), "api", 1, None)
    if isinstance(document, Skip):
        raise ApiError(422, document.reason, document.message)
    stored = state.store.has_document(document.doc_id)
    if not stored:
        from upheaval.pipeline import process_documents  # spaCy: only when ingesting

        with state.lock:
            (processed,) = process_documents([document], state.resources())
            stored = not state.store.save_document(processed.clean, processed.events)
    if stored:
        response.status_code = 200
    events = state.store.events(EventFilter(doc_ids=(document.doc_id,)))
    return {
        "doc_id": document.doc_id,
        "created": not stored,
        "events": [event.to_record() for event in events],
    }
