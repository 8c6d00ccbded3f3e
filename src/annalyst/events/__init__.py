"""The event coder: who did what to whom, in CAMEO and PLOVER, with attribution and modality.

``EventStep`` sets ``Document.events`` from the parse (``doc.parsed``) and the actor mentions
(``doc.actors``).  The lexicon and word classes are the language bundle (``lang/en``), the CAMEO decisions the
code rules (``codes/data/code_rules.tsv``); see ``docs/events.md`` and ``docs/language-bundle.md``.
"""

from annalyst.events.coder import EventStep, code_parsed
from annalyst.events.lexicon import Lexicon, load_lexicon

__all__ = ["EventStep", "Lexicon", "code_parsed", "load_lexicon"]
