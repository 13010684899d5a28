"""Consistency of the holdout2 gold annotations with their articles.

The gold is hand-written; these checks catch the slips a hand makes: evidence that is not
verbatim in the article, participants or answers that name nobody the gold lists, a publication
date that disagrees with the article's date line, corpus entries pointing at missing articles.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"
DATE_LINE = re.compile(r"\A date (\d{4}-\d{2}-\d{2})\b")
ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
GOLD_FILES = sorted(p for p in GOLD.glob("*.json") if p.name != "corpus.json")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _article(gold: dict) -> str:
    return (ARTICLES / gold["doc"]).read_text(encoding="utf-8")


def test_every_article_has_gold_and_vice_versa() -> None:
    articles = {p.stem for p in ARTICLES.glob("*.txt")}
    golds = {p.stem for p in GOLD_FILES}
    assert articles == golds
    assert len(articles) >= 8


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_doc_and_published_match_the_article(path: Path) -> None:
    gold = _load(path)
    assert gold["doc"] == path.stem + ".txt"
    match = DATE_LINE.match(_article(gold))
    assert gold["published"] == (match.group(1) if match else None)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_evidence_is_verbatim_in_the_article(path: Path) -> None:
    gold = _load(path)
    text = _article(gold)
    for meeting in gold["meetings"]:
        assert meeting["evidence"] in text, meeting["evidence"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_meetings_are_well_formed(path: Path) -> None:
    gold = _load(path)
    names = {p["name"] for p in gold["persons"]}
    frameworks = {f["name"] for f in gold.get("frameworks", [])}
    for meeting in gold["meetings"]:
        assert len(meeting["participants"]) >= 2
        assert set(meeting["participants"]) <= names, meeting["participants"]
        assert meeting["status"] in {"held", "planned"}
        assert meeting["date"] is None or ISO_DATE.match(meeting["date"])
        if "framework" in meeting:
            assert meeting["framework"] in frameworks


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_persons_and_their_names_occur_in_the_article(path: Path) -> None:
    gold = _load(path)
    text = _article(gold)
    for person in gold["persons"]:
        # the canonical name may be the corpus spelling; at least one spelling is in this text
        spellings = [person["name"], *person["aliases"]]
        assert any(s in text for s in spellings), person["name"]
        assert person["offices"], person["name"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_memberships_name_listed_frameworks(path: Path) -> None:
    gold = _load(path)
    frameworks = {f["name"] for f in gold.get("frameworks", [])}
    for membership in gold.get("memberships", []):
        assert membership["framework"] in frameworks
        assert membership["role"] in {"member", "dialogue partner", "co-chair", "observer"}
        assert membership["countries"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_person_answers_name_listed_persons(path: Path) -> None:
    gold = _load(path)
    names = {p["name"] for p in gold["persons"]}
    for question in gold["questions"]:
        if question["q"].startswith("who "):
            assert set(question["answers"]) <= names, question


def test_corpus_is_consistent_with_the_articles() -> None:
    corpus = _load(GOLD / "corpus.json")
    by_prefix = {p.stem[:3]: _load(p) for p in GOLD_FILES}
    persons = corpus["persons"]
    for name, entry in persons.items():
        for doc in entry["docs"]:
            assert name in {p["name"] for p in by_prefix[doc]["persons"]}, (name, doc)
        for other in entry.get("not_same_as", []):
            assert other in persons
    # every person of every article is a corpus person
    for prefix, gold in by_prefix.items():
        for person in gold["persons"]:
            assert prefix in persons[person["name"]]["docs"], (person["name"], prefix)
    for meeting in corpus["meetings"]:
        assert set(meeting["participants"]) <= set(persons)
        for doc in meeting["docs"]:
            reported = [set(m["participants"]) for m in by_prefix[doc]["meetings"]]
            assert set(meeting["participants"]) in reported, (meeting["participants"], doc)
    for question in corpus["questions"]:
        if question["q"].startswith("who "):
            assert set(question["answers"]) <= set(persons), question


def test_corpus_counts_every_article_meeting_once() -> None:
    corpus = _load(GOLD / "corpus.json")
    reported = sorted(
        (p.stem[:3], tuple(sorted(m["participants"]))) for p in GOLD_FILES for m in _load(p)["meetings"]
    )
    covered = sorted((doc, tuple(sorted(m["participants"]))) for m in corpus["meetings"] for doc in m["docs"])
    assert covered == reported
