"""`kg ask` on questions worded by someone who had not read the parser (tests/asked/questions.json,
about the articles of tests/extra11 and tests/extra12): how many it understands, and how well.

The answers depend on the extractor too, so the F1 floor is loose; the share of questions
understood (a form matched and every name found) is mostly the parser's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import URIRef

from diplokg.ask import ask
from diplokg.errors import UsageError
from diplokg.evaluate import answer_f1, gold_person_spellings, load_facts
from diplokg.linking import Linker

TESTS = Path(__file__).resolve().parents[1]
QUESTIONS = json.loads((TESTS / "asked" / "questions.json").read_text("utf-8"))["questions"]


@pytest.fixture(scope="module")
def set_stores(tmp_path_factory):
    from diplokg.build import build
    from diplokg.store import KGStore

    stores = {}
    for name in sorted({q["set"] for q in QUESTIONS}):
        path = tmp_path_factory.mktemp(name) / "kg-store"
        build([TESTS / name / "articles"], path)
        store = KGStore.open(path)
        canonical: dict[str, str] = {}
        for gold in sorted((TESTS / name / "gold").glob("*.json")):
            canonical.update(gold_person_spellings(json.loads(gold.read_text("utf-8"))))
        stores[name] = (store, Linker.from_store(store), load_facts(store)[1], canonical)
    return stores


def test_most_independently_worded_questions_are_understood_and_answered(set_stores):
    understood, f1_total, not_understood = 0, 0.0, []
    for item in QUESTIONS:
        store, linker, labels, canonical = set_stores[item["set"]]
        try:
            answers = ask(store, item["q"], linker=linker).answers
            understood += 1
        except UsageError:
            answers = []
            not_understood.append(item["q"])
        got = [(a.text, labels.get(URIRef(a.iri), set()) if a.iri else set()) for a in answers]
        f1_total += answer_f1(got, item["answers"], canonical)
    assert len(QUESTIONS) == 60
    assert understood >= 52, not_understood  # 55 of 60 when written; 26 before the parser was widened
    assert f1_total / len(QUESTIONS) >= 0.45  # 0.56 when written; 0.30 before
