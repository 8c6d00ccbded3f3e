from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def kb():
    from annalyst.actors import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def resolver(kb, nlp):
    from annalyst.actors import Resolver

    return Resolver(kb, nlp=nlp)


@pytest.fixture(scope="session")
def home_refs(resolver, nlp):
    """``home_refs(text, when)``: the article's home (``ArticleHome``) and its actors as (text, code or country,
    resolved_by), the text's wire dateline passed as the pipeline passes it."""
    from annalyst.actors.resolver import article_home
    from annalyst.clean.dateline import story_datelines

    def resolve(text, when):
        parsed = nlp(text)
        datelines = story_datelines(text)
        refs = resolver.resolve(parsed, when, [d.span for d in datelines], any(d.run_on for d in datelines))
        return article_home(parsed), [(a.text, a.code or a.country, a.resolved_by) for a in refs]

    return resolve
