"""Every article the project has (seeds and the own test sets) goes through the extractor without an
error. A rule that raises on one sentence makes `kg build` skip the whole article, which an
evaluation only shows as lower recall; this test names the article and the error instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplokg.build import extract_batch
from diplokg.read import read_inputs

TESTS = Path(__file__).resolve().parents[1]
ARTICLE_DIRS = sorted(p for p in TESTS.glob("*/articles") if p.is_dir())


@pytest.mark.parametrize("articles", ARTICLE_DIRS, ids=lambda p: p.parent.name)
def test_every_article_of_the_set_is_extracted_without_error(nlp, articles: Path) -> None:
    docs = read_inputs([articles]).documents
    assert docs
    failures = {d.doc_id: r for d, r in zip(docs, extract_batch(nlp, docs)) if isinstance(r, str)}
    assert failures == {}


def test_every_seed_is_extracted_without_error(nlp, seeds_dir: Path) -> None:
    docs = read_inputs([seeds_dir]).documents
    assert len(docs) == 5
    assert [r for r in extract_batch(nlp, docs) if isinstance(r, str)] == []
