"""`kg ask` on questions worded by someone who had not read the parser (tests/asked: questions.json
about the articles of tests/extra11 and extra12, questions-extra9-10.json about extra9 and extra10,
questions-extra13-holdout4.json about extra13 and holdout4, questions-holdout9-10.json about holdout9 and
holdout10, questions-holdout6-12.json about holdout6 and holdout12): how many it understands, and how well.

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
# Written the same way about extra9 and extra10, and held out while the parser was widened on the above.
HELD_OUT = json.loads((TESTS / "asked" / "questions-extra9-10.json").read_text("utf-8"))["questions"]
# Written the same way about extra13 and holdout4 in a later session, scored once before it was read.
THIRD = json.loads((TESTS / "asked" / "questions-extra13-holdout4.json").read_text("utf-8"))["questions"]
# And about holdout9 and holdout10, scored once before it was read (47 of 60 understood, F1 0.43 by exact text).
FOURTH = json.loads((TESTS / "asked" / "questions-holdout9-10.json").read_text("utf-8"))["questions"]
# And about holdout6 and holdout12 (47 of 60 understood when first scored).
FIFTH = json.loads((TESTS / "asked" / "questions-holdout6-12.json").read_text("utf-8"))["questions"]


@pytest.fixture(scope="module")
def set_stores(tmp_path_factory):
    from diplokg.build import build
    from diplokg.store import KGStore

    stores = {}
    for name in sorted({q["set"] for q in QUESTIONS + HELD_OUT + THIRD + FOURTH + FIFTH}):
        path = tmp_path_factory.mktemp(name) / "kg-store"
        build([TESTS / name / "articles"], path)
        store = KGStore.open(path)
        canonical: dict[str, str] = {}
        for gold in sorted((TESTS / name / "gold").glob("*.json")):
            canonical.update(gold_person_spellings(json.loads(gold.read_text("utf-8"))))
        stores[name] = (store, Linker.from_store(store), load_facts(store)[1], canonical)
    return stores


def _score(set_stores, questions):
    understood, f1_total, not_understood = 0, 0.0, []
    for item in questions:
        store, linker, labels, canonical = set_stores[item["set"]]
        try:
            answers = ask(store, item["q"], linker=linker).answers
            understood += 1
        except UsageError:
            answers = []
            not_understood.append(item["q"])
        got = [(a.text, labels.get(URIRef(a.iri), set()) if a.iri else set()) for a in answers]
        f1_total += answer_f1(got, item["answers"], canonical)
    return understood, f1_total / len(questions), not_understood


def test_most_independently_worded_questions_are_understood_and_answered(set_stores):
    understood, mean_f1, not_understood = _score(set_stores, QUESTIONS)
    assert len(QUESTIONS) == 60
    assert understood >= 52, not_understood  # 57 of 60 at 1512612; 26 before the parser was widened
    assert mean_f1 >= 0.6  # 0.73 at 1512612; 0.30 before


def test_most_held_out_questions_are_understood_and_answered(set_stores):
    understood, mean_f1, not_understood = _score(set_stores, HELD_OUT)
    assert len(HELD_OUT) == 60
    assert understood >= 50, not_understood  # 50 of 60 at 1512612, when first read (27 before the parser was widened); 55 after reading it
    assert mean_f1 >= 0.55  # 0.62 at 1512612 (0.60 by exact answer texts; 0.31 before the parser was widened); 0.67 after


def test_most_questions_of_the_third_set_are_understood_and_answered(set_stores):
    understood, mean_f1, not_understood = _score(set_stores, THIRD)
    assert len(THIRD) == 60
    assert understood >= 48, not_understood  # 40 of 60 when first scored (at f9bad41), 51 at 65cff9a after reading it
    assert mean_f1 >= 0.55  # 0.61 at 65cff9a (0.47 by exact answer texts when first scored, 0.63 after)


def test_most_questions_of_the_fourth_set_are_understood_and_answered(set_stores):
    understood, mean_f1, not_understood = _score(set_stores, FOURTH)
    assert len(FOURTH) == 60
    assert understood >= 53, not_understood  # 47 of 60 when first scored, 56 after reading it
    assert mean_f1 >= 0.48  # 0.56 after reading it (by eval's metric; 0.52 by exact text)


def test_most_questions_of_the_fifth_set_are_understood_and_answered(set_stores):
    understood, mean_f1, not_understood = _score(set_stores, FIFTH)
    assert len(FIFTH) == 60
    assert understood >= 55, not_understood  # 47 of 60 when first scored, 58 after reading it
    assert mean_f1 >= 0.52  # 0.60 after reading it (by eval's metric)
