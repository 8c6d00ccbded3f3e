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
