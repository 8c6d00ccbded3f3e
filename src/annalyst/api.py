"""Importable functions behind the CLI commands that run the pipeline (``code``, ``demo``)."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from annalyst.errors import InputError
from annalyst.model import Document
from annalyst.pipeline.base import RunSummary
from annalyst.pipeline.default import PipelineOptions, build_pipeline

EXAMPLE_NAME = "000_dd4d3651488d8164.txt"


def example_path() -> Path:
    """The bundled founding article (verbatim, junk included)."""
    return Path(str(resources.files("annalyst.examples").joinpath(EXAMPLE_NAME)))


def code_documents(docs: Iterable[Document], options: Optional[PipelineOptions] = None) -> Iterator[Document]:
    """Run the pipeline over records and yield them finished (events in ``doc.events``)."""
    pipeline = build_pipeline(options)
    yield from pipeline.iter_processed(docs, batch_size=(options or PipelineOptions()).batch_size)


def code_paths(inputs: Sequence[str], options: Optional[PipelineOptions] = None, **read_options) -> Iterator[Document]:
    """Read files/folders/globs (or ``-`` for stdin) and yield coded documents."""
    from annalyst.read import iter_documents

    yield from code_documents(iter_documents(inputs, **read_options), options)


def publication_date(value: object) -> Optional[dt.date]:
    """``code_text``'s ``published``: a date, a datetime (its day) or a date string as the readers take
    it ("2005-11-01", "Nov 1, 2005").  Later stages compare it with dates, so a string is never passed
    on as it is; one that names no date is refused rather than dropped, since the caller meant one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from annalyst.read.records import parse_date

        parsed = parse_date(value)
        if parsed is not None:
            return parsed
    raise InputError(f"published={value!r} is not a date.",
                     "Pass a datetime.date, a datetime, or a date string such as '2005-11-01'.")


def code_text(text: str, *, published=None, doc_id: str = "text", options: Optional[PipelineOptions] = None) -> Document:
    """Code one raw text (no reader): convenient for tests and notebooks.  ``published`` is the story's
    date (see ``publication_date`` for what it accepts)."""
    doc = Document(doc_id=doc_id, source="<text>", raw=text, published=publication_date(published))
    return next(code_documents([doc], options))


def summarize(docs: Iterable[Document]) -> RunSummary:
    summary = RunSummary()
    for doc in docs:
        summary.add(doc)
    return summary
