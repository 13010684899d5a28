"""A press release's title with no article opening a sentence ("Raksha Mantri said", "Defence
Minister is scheduled to ...") is the person named earlier with that title, as "the Defence
Minister" is; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text

PUBLISHED = date(2025, 3, 4)
OPENING = (
    "Defence Minister Arvind Rao held a meeting with the Minister of Defence of Peru, Jorge Salas, in New Delhi "
    "on March 3. Separately, the Chief of the Naval Staff Admiral Vikram Das received the Chief of Staff of the "
    "Peruvian Navy, Admiral Luis Mora, in New Delhi on March 2.\n\n"
)


def _planned_pairs(x) -> set[frozenset[str]]:
    name = {p.key: p.name for p in x.persons}
    return {frozenset(name[k] for k in mt.participants) for mt in x.meetings if mt.status == "planned"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister is scheduled to travel to Lima later this month, where he is expected to hold talks with Chile's Defence Minister Ana Vera.",
        "Raksha Mantri is scheduled to travel to Lima later this month, where he is expected to hold talks with Chile's Defence Minister Ana Vera.",
        "Defence Minister will hold talks with Chile's Defence Minister Ana Vera in Lima later this month.",
        "The Defence Minister will hold talks with Chile's Defence Minister Ana Vera in Lima later this month.",
    ],
)
def test_a_bare_title_subject_is_the_person_named_with_it(nlp, sentence):
    x = extract_text(nlp, OPENING + sentence, PUBLISHED)
    assert frozenset({"Arvind Rao", "Ana Vera"}) in _planned_pairs(x)
    assert frozenset({"Vikram Das", "Ana Vera"}) not in _planned_pairs(x)


def test_a_bare_title_followed_by_a_name_is_that_name(nlp):
    # the title belongs to the name after it: a new person, no reference back
    x = extract_text(nlp, OPENING + "Defence Minister Ana Vera of Chile will hold talks with Das in Lima later this month.", PUBLISHED)
    assert frozenset({"Ana Vera", "Vikram Das"}) in _planned_pairs(x)
    assert frozenset({"Arvind Rao", "Ana Vera"}) not in _planned_pairs(x)


@pytest.mark.parametrize(
    "sentence",
    [
        "During the visit, Raksha Mantri is scheduled to hold talks with Chile's Defence Minister Ana Vera in Lima.",
        "On arrival, Defence Minister will hold talks with Chile's Defence Minister Ana Vera in Lima.",
    ],
)
def test_a_bare_title_subject_after_a_fronted_phrase(nlp, sentence):
    x = extract_text(nlp, OPENING + sentence, PUBLISHED)
    assert frozenset({"Arvind Rao", "Ana Vera"}) in _planned_pairs(x)


def test_a_bare_title_inside_a_list_after_a_comma_is_no_reference(nlp):
    # the comma closes a list item, not a phrase fronted before the verb: no person behind the title
    x = extract_text(nlp, OPENING + "Officials of the navy, Defence Minister and the army will hold talks with Chile's Defence Minister Ana Vera in Lima.", PUBLISHED)
    assert frozenset({"Arvind Rao", "Ana Vera"}) not in _planned_pairs(x)
