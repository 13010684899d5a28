"""Fixtures for the questions tests: the hand-written fixture graph, in memory and on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURE = Path(__file__).with_name("fixture.trig")


@pytest.fixture(scope="session")
def fixture_store():
    import rdflib

    from diplokg.store import KGStore

    dataset = rdflib.Dataset()
    dataset.parse(FIXTURE)
    return KGStore.in_memory(dataset.quads((None, None, None, None)))


@pytest.fixture(scope="session")
def fixture_store_path(tmp_path_factory) -> Path:
    """The fixture written as an on-disk store, for the CLI."""
    from diplokg.store import load_rdf_file

    path = tmp_path_factory.mktemp("questions") / "kg-store"
    load_rdf_file(FIXTURE, path)
    return path


@pytest.fixture(scope="session")
def fixture_linker(fixture_store):
    from diplokg.linking import Linker

    return Linker.from_store(fixture_store)


@pytest.fixture(scope="module")
def article_answers(tmp_path_factory, request):
    """The module's ARTICLE (an invented article) built into a store; returns ask(question) -> the
    set of answer texts."""
    from diplokg.ask import ask
    from diplokg.build import build
    from diplokg.linking import Linker
    from diplokg.store import KGStore

    root = tmp_path_factory.mktemp("article")
    (root / "article.txt").write_text(request.module.ARTICLE, "utf-8")
    build([root / "article.txt"], root / "kg-store")
    store = KGStore.open(root / "kg-store")
    linker = Linker.from_store(store)
    return lambda question: {a.text for a in ask(store, question, linker=linker).answers}


@pytest.fixture(scope="module")
def store_and_linker(request):
    """The module's GRAPH (inline TriG of an invented graph) in an in-memory store, with its linker."""
    import rdflib

    from diplokg.linking import Linker
    from diplokg.store import KGStore

    dataset = rdflib.Dataset()
    dataset.parse(data=request.module.GRAPH, format="trig")
    store = KGStore.in_memory(dataset.quads((None, None, None, None)))
    return store, Linker.from_store(store)
