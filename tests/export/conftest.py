"""Stores for the export tests: the hand-written fixture (always) and the seeds' store."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplokg.store import KGStore, load_rdf_file

FIXTURE = Path(__file__).with_name("fixture.trig")


@pytest.fixture(scope="session")
def fixture_store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export-fixture") / "kg-store"
    load_rdf_file(FIXTURE, path)
    return path


@pytest.fixture(scope="session")
def fixture_store(fixture_store_path) -> KGStore:
    return KGStore.open(fixture_store_path)


@pytest.fixture(scope="session", params=["fixture", "seeds"])
def any_store(request) -> KGStore:
    """Each test using this runs on the fixture dataset and on the store built from the seeds."""
    if request.param == "fixture":
        return request.getfixturevalue("fixture_store")
    return request.getfixturevalue("seed_store")
