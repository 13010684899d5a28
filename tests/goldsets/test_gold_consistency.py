"""The project's own gold sets (tests/extra, extra2, holdout, holdout2, holdout3) say only what their
articles say.

These checks read the articles and the hand-written gold, never the extractor's output: they
guard the annotations themselves (a typo in an evidence string or a participant's name would
silently turn a correct extraction into a miss). One set of checks for every set, so a set
cannot be held to weaker rules than another.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from diplokg.read import read_inputs

TESTS = Path(__file__).resolve().parents[1]
SETS = ("extra", "holdout", "holdout2", "extra2", "holdout3", "extra3", "extra4", "holdout4", "extra6", "extra5", "holdout5", "extra7", "extra8", "extra9", "extra10", "holdout6", "holdout7", "extra11", "extra12", "holdout8", "holdout9", "extra13", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41")
DATE_LINE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")
DOC_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
ROLES = {"member", "dialogue partner", "co-chair", "observer"}
# Conventions that differ between the sets (see each set's README): where framework names are
# always written as in the article (elsewhere some are descriptive: "Egypt-Greece-Cyprus trilateral
# cooperation mechanism"), and where every alias is verbatim (holdout2 also lists a name without
# its generational suffix, "Lloyd Austin" for "Lloyd J. Austin III").
VERBATIM_FRAMEWORK_NAMES = {"holdout"}
VERBATIM_ALIASES = {"extra", "holdout"}


def _gold_files(name: str) -> list[Path]:
    return sorted(p for p in (TESTS / name / "gold").glob("*.json") if p.name != "corpus.json")


DOC_GOLD = [pytest.param(name, path, id=f"{name}-{path.stem[:3]}") for name in SETS for path in _gold_files(name)]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _article_path(name: str, gold: dict) -> Path:
    return TESTS / name / "articles" / gold["doc"]


def _answered_or_explained(question: dict) -> bool:
    """A question has answers, or is a deliberate negative case whose note says why it has none."""
    return bool(question["answers"]) or bool(question.get("note"))


def _per_article(name: str) -> dict[str, dict]:
    return {p.stem[:3]: _load(p) for p in _gold_files(name)}


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_one_gold_file_and_is_named_and_sized_like_the_seeds(name: str) -> None:
    articles = sorted((TESTS / name / "articles").glob("*.txt"))
    assert len(articles) >= 8, f"{name}: too few articles"
    assert [p.stem for p in articles] == [p.stem for p in _gold_files(name)]
    for path in articles:
        assert DOC_NAME.fullmatch(path.name), path.name
        assert 300 <= len(path.read_text(encoding="utf-8").split()) <= 450, path.name


@pytest.mark.parametrize(("name", "path"), DOC_GOLD)
def test_gold_names_its_article_and_publication_date(name: str, path: Path) -> None:
    gold = _load(path)
    assert gold["doc"] == path.stem + ".txt"
    article = _article_path(name, gold)
    match = DATE_LINE.match(article.read_text(encoding="utf-8"))
    assert gold["published"] == (match.group(1) if match else None)
    # and the project's reader agrees with the gold about the publication date
    (document,) = read_inputs([article]).documents
    assert (document.published.isoformat() if document.published else None) == gold["published"]


@pytest.mark.parametrize(("name", "path"), DOC_GOLD)
def test_meetings_are_quoted_verbatim_between_listed_persons(name: str, path: Path) -> None:
    gold = _load(path)
    text = _article_path(name, gold).read_text(encoding="utf-8")
    names = [p["name"] for p in gold["persons"]]
    assert len(names) == len(set(names))
    frameworks = {f["name"] for f in gold.get("frameworks", [])}
    for meeting in gold["meetings"]:
        assert meeting["evidence"] in text, meeting["evidence"][:80]
        participants = meeting["participants"]
        assert len(participants) >= 2 and len(set(participants)) == len(participants)
        assert set(participants) <= set(names), participants
        assert meeting["status"] in {"held", "planned"}
        if meeting["date"] is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meeting["date"])
            date.fromisoformat(meeting["date"])
        if meeting["place"] is not None:
            assert meeting["place"] in text, meeting["place"]
        if "framework" in meeting:
            assert meeting["framework"] in frameworks


@pytest.mark.parametrize(("name", "path"), DOC_GOLD)
def test_persons_and_frameworks_are_written_in_the_article(name: str, path: Path) -> None:
    gold = _load(path)
    text = _article_path(name, gold).read_text(encoding="utf-8")
    for person in gold["persons"]:
        # The canonical name may be another article's spelling; then the article's own spelling
        # is among the aliases.
        assert any(s in text for s in [person["name"], *person["aliases"]]), person["name"]
        if name in VERBATIM_ALIASES:
            for alias in person["aliases"]:
                assert alias in text, alias
        assert person["offices"], person["name"]
        for office in person["offices"]:
            assert office["title"] and "country" in office  # None for an organisation's post
    if name in VERBATIM_FRAMEWORK_NAMES:
        for framework in gold.get("frameworks", []):
            for spelling in [framework["name"], *framework.get("aliases", [])]:
                assert spelling.lower() in text.lower(), spelling


@pytest.mark.parametrize(("name", "path"), DOC_GOLD)
def test_memberships_events_and_answers_refer_to_listed_things(name: str, path: Path) -> None:
    gold = _load(path)
    names = {p["name"] for p in gold["persons"]}
    frameworks = {f["name"] for f in gold.get("frameworks", [])}
    for membership in gold.get("memberships", []):
        assert membership["framework"] in frameworks
        assert membership["role"] in ROLES
        assert membership["countries"]
    for event in gold.get("events", []):
        if "framework" in event:
            assert event["framework"] in frameworks
        assert set(event.get("participants", [])) <= names
    for question in gold["questions"]:
        assert question["q"].strip() and _answered_or_explained(question), question
        if question["q"].startswith("who "):
            assert set(question["answers"]) <= names, question


@pytest.mark.parametrize("name", SETS)
def test_corpus_is_consistent_with_the_article_gold(name: str) -> None:
    corpus = _load(TESTS / name / "gold" / "corpus.json")
    per_article = _per_article(name)
    persons = corpus["persons"]
    for person, entry in persons.items():
        assert entry["docs"], person
        for doc in entry["docs"]:
            assert person in {p["name"] for p in per_article[doc]["persons"]}, (person, doc)
        for other in entry.get("not_same_as", []):
            assert other in persons and other != person
            assert person in persons[other].get("not_same_as", []), (person, other)  # symmetric
    for doc, gold in per_article.items():
        for person in gold["persons"]:
            assert doc in persons[person["name"]]["docs"], (person["name"], doc)
    for meeting in corpus["meetings"]:
        assert set(meeting["participants"]) <= set(persons), meeting["participants"]
        for doc in meeting["docs"]:
            reported = [set(m["participants"]) for m in per_article[doc]["meetings"]]
            assert set(meeting["participants"]) in reported, (meeting["participants"], doc)
    for question in corpus["questions"]:
        assert question["q"].strip() and _answered_or_explained(question), question
        if question["q"].startswith("who "):
            assert set(question["answers"]) <= set(persons), question


@pytest.mark.parametrize("name", SETS)
def test_corpus_counts_every_article_meeting_once(name: str) -> None:
    corpus = _load(TESTS / name / "gold" / "corpus.json")
    reported = sorted((doc, tuple(sorted(m["participants"]))) for doc, g in _per_article(name).items() for m in g["meetings"])
    covered = sorted((doc, tuple(sorted(m["participants"]))) for m in corpus["meetings"] for doc in m["docs"])
    assert covered == reported


@pytest.mark.parametrize("name", SETS)
def test_a_meeting_reported_in_several_articles_takes_the_latest_status(name: str) -> None:
    corpus = _load(TESTS / name / "gold" / "corpus.json")
    per_article = _per_article(name)
    merged = [m for m in corpus["meetings"] if len(m["docs"]) > 1]
    assert merged, f"{name}: no meeting is reported by two articles"
    for meeting in merged:
        statuses = {
            m["status"]
            for doc in meeting["docs"]
            for m in per_article[doc]["meetings"]
            if set(m["participants"]) == set(meeting["participants"])
        }
        assert meeting["status"] == ("held" if "held" in statuses else "planned")
