"""Actors: who is who, and when.  An offline knowledge base and a resolver over parsed text.

Sets ``Document.actors`` (``ActorStep``).  Public: ``load_kb()``, ``Resolver(kb).resolve(parsed_doc, when)``,
``Resolver.resolve_text(text, when)``, ``describe_actors(text, when)`` (behind ``annalyst actors``).
"""

from annalyst.actors.describe import ActorReport, describe_actors
from annalyst.actors.kb import Actor, KnowledgeBase, Person, SectorWord, Term, build_kb, load_kb
from annalyst.actors.resolver import Resolver
from annalyst.actors.step import ActorStep, default_resolver

__all__ = [
    "Actor", "ActorReport", "ActorStep", "KnowledgeBase", "Person", "Resolver", "SectorWord", "Term",
    "build_kb", "default_resolver", "describe_actors", "load_kb",
]
