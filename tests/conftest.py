"""Fixtures shared by every test folder: paths, the spaCy pipeline (loaded once), the seeds' store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline with diplokg's components, loaded once per test session."""
    from diplokg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seeds_dir):
    """A store built from the bundled seeds, once per test session (read-only for tests)."""
    from diplokg.build import build
    from diplokg.store import KGStore

    path = tmp_path_factory.mktemp("seed-store") / "kg-store"
    build([seeds_dir], path)
    return KGStore.open(path)
