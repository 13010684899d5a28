"""Consistency of the extra (untuned) articles and their gold: every gold fact must be readable
from its own article, so the set can score the extractor on text nobody tuned on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EXTRA = Path(__file__).resolve().parent
ARTICLES = EXTRA / "articles"
GOLD = EXTRA / "gold"

ARTICLE_PATHS = sorted(ARTICLES.glob("*.txt"))
DOC_GOLD_PATHS = sorted(p for p in GOLD.glob("*.json") if p.name != "corpus.json")
DATE_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b")
DOC_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _text(gold: dict) -> str:
    return (ARTICLES / gold["doc"]).read_text(encoding="utf-8")


def _names(gold: dict) -> set[str]:
    return {person["name"] for person in gold["persons"]}


def _framework_names(gold: dict) -> set[str]:
    return {framework["name"] for framework in gold.get("frameworks", [])}


def test_every_article_has_exactly_one_gold_file() -> None:
    assert ARTICLE_PATHS, "no extra articles found"
    assert [p.stem for p in ARTICLE_PATHS] == [p.stem for p in DOC_GOLD_PATHS]
    for path in ARTICLE_PATHS:
        assert DOC_NAME.match(path.name), path.name


@pytest.mark.parametrize("gold_path", DOC_GOLD_PATHS, ids=lambda p: p.stem[:3])
def test_gold_names_its_article_and_publication_date(gold_path: Path) -> None:
    gold = _load(gold_path)
    assert gold["doc"] == gold_path.stem + ".txt"
    first_line = _text(gold).split("\n", 1)[0]
    match = DATE_LINE.match(first_line)
    assert gold["published"] == (match.group(1) if match else None)


@pytest.mark.parametrize("gold_path", DOC_GOLD_PATHS, ids=lambda p: p.stem[:3])
def test_every_evidence_is_verbatim_in_its_article(gold_path: Path) -> None:
    gold = _load(gold_path)
    text = _text(gold)
    for meeting in gold["meetings"]:
        assert meeting["evidence"] in text, meeting["evidence"][:80]


@pytest.mark.parametrize("gold_path", DOC_GOLD_PATHS, ids=lambda p: p.stem[:3])
def test_meetings_are_between_listed_persons(gold_path: Path) -> None:
    gold = _load(gold_path)
    names = _names(gold)
    for meeting in gold["meetings"]:
        participants = meeting["participants"]
        assert len(participants) >= 2 and len(set(participants)) == len(participants)
        assert set(participants) <= names, participants
        assert meeting["status"] in {"held", "planned"}
        if meeting["date"] is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meeting["date"])
        if "framework" in meeting:
            assert meeting["framework"] in _framework_names(gold)


@pytest.mark.parametrize("gold_path", DOC_GOLD_PATHS, ids=lambda p: p.stem[:3])
def test_every_person_spelling_occurs_in_the_article(gold_path: Path) -> None:
    gold = _load(gold_path)
    text = _text(gold)
    for person in gold["persons"]:
        # The canonical name may be another article's spelling; some spelling must be here.
        spellings = [person["name"], *person["aliases"]]
        assert any(s in text for s in spellings), person["name"]
        for alias in person["aliases"]:
            assert alias in text, alias
        assert person["offices"], person["name"]


@pytest.mark.parametrize("gold_path", DOC_GOLD_PATHS, ids=lambda p: p.stem[:3])
def test_memberships_and_events_refer_to_listed_frameworks(gold_path: Path) -> None:
    gold = _load(gold_path)
    frameworks = _framework_names(gold)
    for membership in gold.get("memberships", []):
        assert membership["framework"] in frameworks
        assert membership["countries"]
    for event in gold.get("events", []):
        if "framework" in event:
            assert event["framework"] in frameworks
        assert set(event.get("participants", [])) <= _names(gold)


def test_corpus_is_consistent_with_the_article_gold() -> None:
    corpus = _load(GOLD / "corpus.json")
    by_prefix = {p.stem[:3]: _load(p) for p in DOC_GOLD_PATHS}
    for name, person in corpus["persons"].items():
        for doc in person["docs"]:
            assert name in _names(by_prefix[doc]), (name, doc)
        for other in person.get("not_same_as", []):
            assert other in corpus["persons"] and other != name
    for meeting in corpus["meetings"]:
        assert set(meeting["participants"]) <= set(corpus["persons"])
        for doc in meeting["docs"]:
            reported = [set(m["participants"]) for m in by_prefix[doc]["meetings"]]
            assert set(meeting["participants"]) in reported, (meeting["participants"], doc)
    # Every article-level meeting is accounted for in the corpus.
    for prefix, gold in by_prefix.items():
        for meeting in gold["meetings"]:
            assert any(
                set(m["participants"]) == set(meeting["participants"]) and prefix in m["docs"]
                for m in corpus["meetings"]
            ), (prefix, meeting["participants"])


def test_a_planned_meeting_reported_later_is_one_held_meeting() -> None:
    corpus = _load(GOLD / "corpus.json")
    merged = [m for m in corpus["meetings"] if len(m["docs"]) > 1]
    assert merged
    by_prefix = {p.stem[:3]: _load(p) for p in DOC_GOLD_PATHS}
    for meeting in merged:
        statuses = {
            m["status"]
            for doc in meeting["docs"]
            for m in by_prefix[doc]["meetings"]
            if set(m["participants"]) == set(meeting["participants"])
        }
        assert meeting["status"] == ("held" if "held" in statuses else "planned")


def test_questions_have_answers() -> None:
    for path in [*DOC_GOLD_PATHS, GOLD / "corpus.json"]:
        for question in _load(path)["questions"]:
            assert question["q"].strip() and question["answers"], (path.name, question)
