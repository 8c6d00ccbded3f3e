"""The event coder: who did what to whom, in CAMEO and PLOVER, with attribution and modality.

``EventStep`` sets ``Document.events`` from the parse (``doc.parsed``) and the actor mentions
(``doc.actors``).  The lexicon is package data (``events/data``); see ``docs/events.md``.
"""

from annalyst.events.coder import EventStep, code_parsed
from annalyst.events.lexicon import Lexicon, load_lexicon

__all__ = ["EventStep", "Lexicon", "code_parsed", "load_lexicon"]
