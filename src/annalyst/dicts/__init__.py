"""User dictionaries layered over the package's knowledge base and lexicon (``docs/dictionaries.md``).

``load_resources(dicts, config)`` reads and validates the user's files (``--dict``, ``annalyst.toml``);
``activate(resources)`` makes this process code with them (``build_pipeline`` does it from
``PipelineOptions.dictionaries``, in the driver and in every worker); ``harvest`` lists the actors
stored events carry without a knowledge-base entry; ``petrarch`` converts PETRARCH/TABARI dictionaries.
"""

from annalyst.dicts.active import activate, active
from annalyst.dicts.config import load_resources
from annalyst.dicts.files import DictionaryError, Resources, UserFile, read_file, read_resources

__all__ = ["DictionaryError", "Resources", "UserFile", "activate", "active", "load_resources", "read_file",
           "read_resources"]
