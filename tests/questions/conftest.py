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
