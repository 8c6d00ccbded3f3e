"""The library function behind ``annalyst actors``: the mentions of a text and how each was resolved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from annalyst.errors import InputError
from annalyst.model import ActorRef, Entity

if TYPE_CHECKING:
    from annalyst.actors.resolver import ArticleHome


@dataclass
class ActorReport:
    source: str
    published: Optional[dt.date]
    actors: list[ActorRef] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    home: Optional["ArticleHome"] = None  # the state the text is about (actors.resolver.ArticleHome)
    era: Optional[dt.date] = None  # undated text: the day its known people were read on (Resolver._era)

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "as_of": self.published.isoformat() if self.published else None,
            "era": self.era.isoformat() if self.era else None,
            "home": self.home.to_json() if self.home is not None else None,
            "actors": [a.to_full_json() for a in self.actors],
            "entities": [e.to_json() for e in self.entities],
        }


def read_text_arg(text_or_path: str) -> tuple[str, str]:
    """(text, source): a path to an existing file is read; anything else is the text itself."""
    path = Path(text_or_path)
    try:
        is_file = len(text_or_path) < 4096 and "\n" not in text_or_path and path.is_file()
    except OSError:
        is_file = False
    if is_file:
        try:
            return path.read_text(encoding="utf-8", errors="replace"), str(path)
        except OSError as exc:
            raise InputError(f"Cannot read {path}: {exc}.", "Check the path and its permissions.") from exc
    return text_or_path, "<text>"


def describe_actors(text_or_path: str, when: Optional[dt.date] = None, *, clean: bool = True) -> ActorReport:
    """Resolve the actors of a text (or of the file at a path), as of ``when``.

    Files are cleaned first when the cleaner is available (spam lines and boilerplate removed, the
    publication date read from the byline), so offsets refer to the cleaned text, as in the pipeline.
    """
    from annalyst.actors.step import default_resolver
    from annalyst.model import Document

    text, source = read_text_arg(text_or_path)
    doc = Document(doc_id="actors", source=source, raw=text, text=text, published=when)
    if clean and source != "<text>":
        try:
            from annalyst.clean import clean_document
        except ImportError:  # the cleaner is another stage; without it the raw text is resolved
            clean_document = None
        if clean_document is not None:
            doc = clean_document(doc)
            doc.published = when or doc.published
    from annalyst.clean.dateline import story_datelines

    resolver = default_resolver()
    parsed = resolver.nlp(doc.text)
    datelines = story_datelines(doc.text)
    actors, entities = resolver.resolve_document(parsed, doc.published, [d.span for d in datelines],
                                                 any(d.run_on for d in datelines))
    from annalyst.actors.resolver import ERA_KEY, article_home

    era = parsed.user_data.get(ERA_KEY)
    return ActorReport(source=source, published=doc.published, actors=actors, entities=entities,
                       home=article_home(parsed), era=dt.date.fromisoformat(era) if era else None)
