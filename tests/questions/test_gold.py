"""Every question in tests/gold answered with F1 = 1 against the gold answers, and every saved
query run with its example parameters on the seeds' store.

corpus.json's questions are asked of the store built from all seeds (`seed_store`). A
per-article gold file records what a reader finds in that article alone ("who is Rajnath Singh
scheduled to meet?" in 004 announces meetings that 003 later reports as held), so its
questions are asked of a store built from that article only.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from diplokg import queries
from diplokg.ask import ask

GOLD = Path(__file__).resolve().parents[1] / "gold"


def _questions() -> list[tuple[str, str, list[str]]]:
    items = []
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        scope = "corpus" if path.stem == "corpus" else path.stem
        items.extend((scope, q["q"], q["answers"]) for q in data.get("questions", []))
    return items


def _spellings() -> dict[str, str]:
    """Every spelling a gold file gives for a person -> the gold name ("Khaled Nordin" ->
    "Mohamed Khaled Nordin"): an article that only says "Khaled Nordin" is answered so."""
    names: dict[str, str] = {}
    for path in sorted(GOLD.glob("*.json")):
        persons = json.loads(path.read_text("utf-8")).get("persons", {})
        entries = persons.items() if isinstance(persons, dict) else ((p["name"], p) for p in persons)
        for name, person in entries:
            for spelling in [*person.get("aliases", []), *person.get("spellings", [])]:
                if len(spelling.split()) > 1:  # full names only: a surname alone names nobody
                    names.setdefault(spelling.casefold(), name.casefold())
    return names


QUESTIONS = _questions()
SPELLINGS = _spellings()


def f1(got: list[str], want: list[str]) -> float:
    g = {SPELLINGS.get(x.casefold(), x.casefold()) for x in got}
    w = {x.casefold() for x in want}
    hits = len(g & w)
    if not hits:
        return 0.0
    precision, recall = hits / len(g), hits / len(w)
    return 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def article_stores(tmp_path_factory, seeds_dir):
    """scope -> a store built from that one seed article (built on first use)."""
    from diplokg.build import build
    from diplokg.store import KGStore

    stores: dict[str, KGStore] = {}

    def get(scope: str) -> KGStore:
        if scope not in stores:
            path = tmp_path_factory.mktemp(f"article-{scope[:3]}") / "kg-store"
            build([seeds_dir / f"{scope}.txt"], path)
            stores[scope] = KGStore.open(path)
        return stores[scope]

    return get


@pytest.mark.parametrize(("scope", "question", "answers"), QUESTIONS, ids=[f"{s[:3]}: {q}" for s, q, _ in QUESTIONS])
def test_gold_question(seed_store, article_stores, scope, question, answers):
    store = seed_store if scope == "corpus" else article_stores(scope)
    result = ask(store, question)
    got = [a.text for a in result.answers]
    assert f1(got, answers) == 1.0, f"got {got}, gold {answers} ({result.message})"
    assert all(a.evidence for a in result.answers)


def _example_params(query: queries.SavedQuery) -> dict[str, str]:
    words = shlex.split(query.examples[0])
    return {v.partition("=")[0]: v.partition("=")[2] for flag, v in zip(words, words[1:]) if flag in ("--param", "-p")}


@pytest.mark.parametrize("name", sorted(q.name for q in queries.saved_queries()))
def test_saved_query_example_on_the_seeds(seed_store, name):
    query = queries.load_query(name)
    result = queries.run(seed_store, query, queries.bind_params(seed_store, query, _example_params(query)))
    assert result.rows, f"{name} {_example_params(query)} returned no rows on the seeds"


def test_meetings_on_the_seeds_follow_the_contract(seed_store):
    rows = queries.select(seed_store, queries.load_query("meetings"))
    meetings = {str(r["meeting"]) for r in rows}
    assert len(meetings) >= 10  # corpus gold: 11 meetings
    for row in rows:
        assert str(row["status"]) in ("held", "planned")
        assert row["participant"] is not None and row["source"] is not None
        if row["date"] is not None:
            assert str(row["date"].datatype).rsplit("#", 1)[-1] in ("date", "gYearMonth", "gYear")
