""""X, head of the international relations department of the Y Forces", "X, director for Western
Hemisphere affairs on the Joint Staff": a post written in lower case after its holder's name and
comma, named by the unit it heads (a department, directorate, division, office or bureau, maybe
after a ministry's possessive), by its remit ("for ... affairs") or, for a director-general, by the
directorate's work before the body it serves, is the holder's post, named capitalised. An
ordinary description after a name ("head of the delegation", "director of the film") or a post
without a name before it is none."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, posts_held

LEAD = "LIMA - Peruvian Defence Minister Anselmo Quiroga held talks with Chilean Defence Minister Rosa Valdivieso in Lima on Monday.\n\n"


def _titles_of(nlp, sentence: str, name: str) -> list[str]:
    return [title for title, _, _ in posts_held(extract_text(nlp, LEAD + sentence)).get(name, [])]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Chilean side included Brigadier General Tomás Errázuriz, head of the international cooperation department of the "
     "General Staff, who attended the talks.", "Head of the International Cooperation Department"),
    ("Colonel Tomás Errázuriz, chief of the joint planning directorate, briefed the delegation.",
     "Chief of the Joint Planning Directorate"),
    ("Also present was Tomás Errázuriz, head of the defence ministry's international military cooperation department.",
     "Head of the International Military Cooperation Department"),
    ("Captain Tomás Errázuriz, director of the strategic analysis division at the Chilean Navy, took part.",
     "Director of the Strategic Analysis Division"),
])
def test_lowercase_unit_a_post_heads_after_a_name(nlp, sentence, title):
    assert _titles_of(nlp, sentence, "Tomás Errázuriz") == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Rear Admiral Tomás Errázuriz, director for South American affairs on the Joint Staff, briefed the delegation.",
     "Director for South American Affairs"),
    ("The talks were joined by Tomás Errázuriz, director for Southeast Asian affairs at the foreign ministry.",
     "Director for Southeast Asian Affairs"),
    ("Tomás Errázuriz, head for legal and consular affairs, signed the record.", "Head for Legal and Consular Affairs"),
])
def test_lowercase_remit_of_affairs_after_a_name(nlp, sentence, title):
    assert _titles_of(nlp, sentence, "Tomás Errázuriz") == [title]


def test_director_general_of_a_directorates_work_before_its_ministry(nlp):
    sentence = "Tomás Errázuriz, director-general of international policy at Chile's defence ministry, briefed the delegation."
    assert _titles_of(nlp, sentence, "Tomás Errázuriz") == ["Director General of International Policy"]


@pytest.mark.parametrize("sentence", [
    "Colonel Tomás Errázuriz, head of the delegation, thanked the hosts.",
    "Tomás Errázuriz, director of the film, attended the screening.",
    "Tomás Errázuriz, director of communications at the club, spoke.",
    "Tomás Errázuriz, head of the family business, spoke.",
])
def test_ordinary_lowercase_description_is_no_post(nlp, sentence):
    assert _titles_of(nlp, sentence, "Tomás Errázuriz") == []


def test_unit_head_with_no_name_before_is_no_post(nlp):
    x = extract_text(nlp, LEAD + "The head of the planning department said the talks went well.")
    assert not any(title.startswith("Head of the Planning") for posts in posts_held(x).values() for title, _, _ in posts)
