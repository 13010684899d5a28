"""Consistency of the held-out set (articles 200-207): the gold must say only what its article says.

These checks read the articles and the gold files, never the extractor's output: they guard the
annotations themselves (a typo in an evidence string or a participant's name would silently turn a
correct extraction into a miss).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from diplokg.read import read_inputs

HOLDOUT = Path(__file__).resolve().parent
ARTICLES = HOLDOUT / "articles"
GOLD = HOLDOUT / "gold"
DATE_LINE = re.compile(r"\A date (\d{4}-\d{2}-\d{2})\b")

ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))
GOLD_FILES = sorted(p for p in GOLD.glob("*.json") if p.name != "corpus.json")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def article_of(gold: dict) -> str:
    return (ARTICLES / gold["doc"]).read_text(encoding="utf-8")


def test_every_article_has_gold_and_every_gold_an_article():
    assert ARTICLE_FILES, "no held-out articles"
    assert {p.stem for p in ARTICLE_FILES} == {p.stem for p in GOLD_FILES}
    for path in GOLD_FILES:
        assert load(path)["doc"] == path.stem + ".txt"


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem[:3])
def test_article_is_named_like_the_seeds_and_of_seed_length(path: Path):
    assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", path.name)
    words = len(path.read_text(encoding="utf-8").split())
    assert 300 <= words <= 450, words


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_published_matches_the_date_line(path: Path):
    gold = load(path)
    text = article_of(gold)
    found = DATE_LINE.match(text)
    assert gold["published"] == (found.group(1) if found else None)
    # and the project's reader agrees with the gold about the publication date
    (document,) = read_inputs([ARTICLES / gold["doc"]]).documents
    assert (document.published.isoformat() if document.published else None) == gold["published"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_every_evidence_is_verbatim_in_its_article(path: Path):
    gold = load(path)
    text = article_of(gold)
    for meeting in gold["meetings"]:
        assert meeting["evidence"] in text, meeting["evidence"][:80]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_meetings_are_between_listed_persons_with_valid_fields(path: Path):
    gold = load(path)
    names = [p["name"] for p in gold["persons"]]
    assert len(names) == len(set(names))
    for meeting in gold["meetings"]:
        assert len(meeting["participants"]) >= 2
        assert set(meeting["participants"]) <= set(names), meeting["participants"]
        assert meeting["status"] in {"held", "planned"}
        if meeting["date"] is not None:
            date.fromisoformat(meeting["date"])
        if meeting["place"] is not None:
            assert meeting["place"] in article_of(gold)
    for event in gold.get("events", []):
        assert set(event.get("participants", [])) <= set(names)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_persons_and_frameworks_are_named_in_the_text(path: Path):
    """Every full name and alias is written in the article (the canonical name may be another
    article's spelling, but then the article's own spelling is among the aliases)."""
    gold = load(path)
    text = article_of(gold)
    for person in gold["persons"]:
        spellings = [person["name"], *person["aliases"]]
        assert any(s in text for s in spellings), person["name"]
        for alias in person["aliases"]:
            assert alias in text, alias
        for office in person["offices"]:
            assert office["title"] and office["country"]
    for framework in gold["frameworks"]:
        for spelling in [framework["name"], *framework.get("aliases", [])]:
            assert spelling.lower() in text.lower(), spelling
    frameworks = {f["name"] for f in gold["frameworks"]}
    for membership in gold.get("memberships", []):
        assert membership["framework"] in frameworks
        assert membership["countries"]


def test_corpus_refers_to_the_articles_and_their_persons():
    corpus = load(GOLD / "corpus.json")
    per_article = {load(p)["doc"][:3]: load(p) for p in GOLD_FILES}
    persons = corpus["persons"]
    for name, entry in persons.items():
        assert entry["docs"], name
        for doc in entry["docs"]:
            assert name in {p["name"] for p in per_article[doc]["persons"]}, (name, doc)
        for other in entry.get("not_same_as", []):
            assert other in persons and name in persons[other].get("not_same_as", [])
    for meeting in corpus["meetings"]:
        assert set(meeting["participants"]) <= set(persons), meeting["participants"]
        for doc in meeting["docs"]:
            reported = [set(m["participants"]) for m in per_article[doc]["meetings"]]
            assert set(meeting["participants"]) in reported, (meeting["participants"], doc)
    # every article's meeting is somewhere in the corpus
    for doc, gold in per_article.items():
        for m in gold["meetings"]:
            assert any(set(m["participants"]) == set(c["participants"]) and doc in c["docs"] for c in corpus["meetings"])


def test_a_meeting_reported_planned_then_held_is_one_held_meeting_in_the_corpus():
    corpus = load(GOLD / "corpus.json")
    merged = [m for m in corpus["meetings"] if len(m["docs"]) > 1]
    assert merged
    per_article = {load(p)["doc"][:3]: load(p) for p in GOLD_FILES}
    for meeting in merged:
        statuses = {
            m["status"]
            for doc in meeting["docs"]
            for m in per_article[doc]["meetings"]
            if set(m["participants"]) == set(meeting["participants"])
        }
        assert meeting["status"] == ("held" if "held" in statuses else "planned")
