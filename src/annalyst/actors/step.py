"""``ActorStep``: the pipeline stage that fills ``Document.actors``."""

from __future__ import annotations

from functools import lru_cache

from annalyst.actors.resolver import Resolver
from annalyst.clean.dateline import story_datelines
from annalyst.model import Document
from annalyst.pipeline.base import Step


def default_resolver() -> Resolver:
    """One resolver (and its phrase matchers) per process over the packaged knowledge base and the active user
    dictionaries (``annalyst.dicts``)."""
    from annalyst.dicts.active import active

    return _resolver_for(active())


@lru_cache(maxsize=2)
def _resolver_for(resources) -> Resolver:
    return Resolver()


class ActorStep(Step):
    """Sets ``doc.actors``: every actor mention of ``doc.text``, resolved as of ``doc.published``."""

    name = "actors"
    sets = ("actors",)

    def __init__(self, resolver: Resolver | None = None) -> None:
        self._resolver = resolver

    @property
    def resolver(self) -> Resolver:
        return self._resolver or default_resolver()

    def prepare(self) -> None:
        """Load the knowledge base and build the resolver's matchers and spelling index before the first
        record (``Step.prepare``): otherwise the first document pays for them.  Idempotent."""
        self.resolver.prepare()

    def process(self, doc: Document) -> Document:
        parsed = doc.parsed
        if parsed is None:
            # a record that skipped the parse step (library use): parse here with the same model
            parsed = self.resolver.nlp(doc.text)
            doc.parsed = parsed
        datelines = story_datelines(doc.text)
        # the filing place of a wire story ("JAKARTA, March 2 - ") is not an actor: the resolver drops it
        doc.actors, doc.entities = self.resolver.resolve_document(
            parsed, doc.published, [d.span for d in datelines], any(d.run_on for d in datelines))
        return doc
