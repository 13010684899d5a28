"""Name forms and posts of invented probes: a family name written first and named alone later
("Lim" of "Lim Wei Ming"), short forms keeping their particles ("Van der Berg"), the Moro and Malay
title "Datu", a bare "Vice Minister", and a chairwoman of a body."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, posts_held


def _aliases(x, name: str) -> list[str]:
    return next(p.aliases for p in x.persons if p.name == name)


# -- a family name first, named alone later ---------------------------------------------------------

@pytest.mark.parametrize("text, full, short", [
    ("Singapore's Defence Minister Lim Wei Ming met his Thai counterpart Somchai Wongsawat on Tuesday. "
     "Lim said the two navies would train together.", "Lim Wei Ming", "Lim"),
    ("Chinese Defence Minister Zhao Guo Hua hosted Pakistan's army chief General Tariq Mahmood in Beijing. "
     "Speaking after the talks, Zhao called the visit a milestone.", "Zhao Guo Hua", "Zhao"),
    ("Vietnamese Defence Minister Phan Van Hung received Laotian Defence Minister Khamla Sivongsa on Friday. "
     "The two ministers then signed a plan, and Phan thanked his guest.", "Phan Van Hung", "Phan"),
])
def test_family_name_first_named_alone(nlp, text, full, short):
    x = extract_text(nlp, text)
    assert short in _aliases(x, full)
    assert short not in [p.name for p in x.persons]


def test_family_name_shared_by_two_is_nobodys_short_form(nlp):
    x = extract_text(nlp, "Singapore's Defence Minister Lim Wei Ming met Malaysian Defence Minister Lim Boon Keat "
                          "on Tuesday. Lim said the talks went well.")
    assert "Lim" not in _aliases(x, "Lim Wei Ming") and "Lim" not in _aliases(x, "Lim Boon Keat")


# -- short forms with their particles ---------------------------------------------------------------

@pytest.mark.parametrize("text, full, short", [
    ("Dutch Defence Minister Jan van der Berg met Belgian Defence Minister Pieter Claes in The Hague on Monday. "
     "Van der Berg said both nations would buy drones.", "Jan van der Berg", "Van der Berg"),
    ("Belgian Defence Minister Pieter de Smet hosted his Dutch counterpart Jan Visser in Brussels on Monday. "
     "Afterwards De Smet told reporters the talks were frank.", "Pieter de Smet", "De Smet"),
    ("Portuguese Defence Minister Ana dos Santos hosted Brazilian Defence Minister Paulo Ribeiro in Lisbon. "
     "Dos Santos said the talks had gone well.", "Ana dos Santos", "Dos Santos"),
])
def test_short_form_keeps_its_particles(nlp, text, full, short):
    x = extract_text(nlp, text)
    assert short in _aliases(x, full)
    assert sorted(p.name for p in x.persons if full.split()[-1] in p.name) == [full]


def test_capitalised_middle_name_is_no_particle(nlp):
    # "Van" of a Vietnamese name is a middle name: "Hung" alone is the short form, not "Van Hung"
    x = extract_text(nlp, "Vietnamese Defence Minister Phan Van Hung received Laotian Defence Minister Khamla Sivongsa. "
                          "Hung said the border was calm.")
    assert "Hung" in _aliases(x, "Phan Van Hung") and "Van Hung" not in _aliases(x, "Phan Van Hung")


# -- "Datu" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Philippine Defence Secretary Datu Rahman Ampatuan met Malaysian Defence Minister Azmi Hassan in Manila.", "Rahman Ampatuan"),
    ("Malaysian Defence Minister Azmi Hassan called on Datu Ismael Mangudadatu, the Philippine Defence Secretary, in Manila.",
     "Ismael Mangudadatu"),
    ("Datu Haji Salleh Mokhtar, Malaysia's Deputy Defence Minister, received Brunei's Defence Minister Halbi Yusof.",
     "Salleh Mokhtar"),
])
def test_datu_is_no_part_of_the_name(nlp, text, name):
    x = extract_text(nlp, text)
    assert name in [p.name for p in x.persons]
    assert not any(p.name.startswith("Datu ") for p in x.persons)


# -- a bare "Vice Minister" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, title, country", [
    ("Indian Defence Secretary Anil Verma met Japan's Vice Minister Hiroshi Sato in Tokyo on Monday.",
     "Hiroshi Sato", "Vice Minister", "JPN"),
    ("Vietnamese Vice-Minister Hoang Van Long received Indian Defence Secretary Anil Verma in Hanoi.",
     "Hoang Van Long", "Vice Minister", "VNM"),
    ("Kenyan Defence Secretary John Otieno held talks with the Thai Vice Minister, Somsak Chaiyaporn, in Bangkok.",
     "Somsak Chaiyaporn", "Vice Minister", "THA"),
])
def test_bare_vice_minister_is_a_post(nlp, text, name, title, country):
    x = extract_text(nlp, text)
    assert (title, country, None) in posts_held(x).get(name, [])


def test_junior_minister_with_a_portfolio_keeps_it(nlp):
    x = extract_text(nlp, "South Korean Vice Minister of National Defense Kim Dong-su received Philippine Defence "
                          "Undersecretary Carlos Reyes in Seoul.")
    assert [t for t, _, _ in posts_held(x)["Kim Dong-su"]] == ["Vice Defence Minister"]


# -- a chairwoman of a body --------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, title", [
    ("Indonesian Ambassador Budi Santoso met the Chairwoman of the Senate Defence Committee, Margaret Ellison, in Canberra.",
     "Margaret Ellison", "Chairwoman of the Senate Defence Committee"),
    ("Polish Defence Minister Tomasz Nowak called on Senator Joan Pike, chairwoman of the Senate Armed Services "
     "Committee, in Washington on Tuesday.", "Joan Pike", "Chairwoman of the Senate Armed Services Committee"),
    ("In Ottawa, Polish Defence Minister Tomasz Nowak met Linda Marsh, the chairwoman of the Standing Committee on "
     "National Defence.", "Linda Marsh", "Chairwoman of the Standing Committee on National Defence"),
])
def test_chairwoman_of_a_body(nlp, text, name, title):
    x = extract_text(nlp, text)
    assert title in [t for t, _, _ in posts_held(x).get(name, [])]


def test_former_chairwoman_holds_no_post(nlp):
    x = extract_text(nlp, "Polish Defence Minister Tomasz Nowak met Joan Pike, a former chairwoman of the Senate Armed "
                          "Services Committee, in Washington on Tuesday.")
    assert not posts_held(x).get("Joan Pike")
