"""`kg ask "when/where did X meet Y"` asks about what has happened: a meeting the article only
plans is left out when a held one is recorded. Built from an invented article."""

from __future__ import annotations

import pytest

from diplokg.ask import ask
from diplokg.linking import Linker

ARTICLE = """ date 2026-03-12
NAIROBI: Kenyan Defence Cabinet Secretary Jomo Wafula held talks with Ghana's Minister of Defence Kofi Asante-Boateng in Nairobi on Tuesday. The two ministers discussed peacekeeping training.

Wafula will travel to Accra in May, where he is scheduled to meet Asante-Boateng again.
"""


@pytest.fixture(scope="module")
def store_and_linker(tmp_path_factory):
    from diplokg.build import build
    from diplokg.store import KGStore

    root = tmp_path_factory.mktemp("past-tense")
    (root / "article.txt").write_text(ARTICLE, "utf-8")
    build([root / "article.txt"], root / "kg-store")
    store = KGStore.open(root / "kg-store")
    return store, Linker.from_store(store)


def _texts(store_and_linker, question: str) -> set[str]:
    store, linker = store_and_linker
    return {a.text for a in ask(store, question, linker=linker).answers}


def test_where_did_they_meet_leaves_out_the_planned_meeting(store_and_linker):
    assert _texts(store_and_linker, "where did Wafula meet Asante-Boateng") == {"Nairobi"}
    assert _texts(store_and_linker, "when did Wafula meet Asante-Boateng") == {"2026-03-10"}


def test_where_will_they_meet_keeps_the_planned_meeting(store_and_linker):
    assert "Accra" in _texts(store_and_linker, "where will Wafula meet Asante-Boateng")
