"""Posts and persons in styles invented probes found failing: the head of the office of a post, a
long office name with a country's possessive, a bracketed post ending in its country, Brunei's
Pehin titles before a rank, two-word towns the gazetteer lacks (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


# -- "Head of the Office of the President of <country>, X" ----------------------------------------

def test_head_of_the_office_of_a_post_is_that_post(nlp):
    x = extract_text(nlp, "Indian Defence Secretary Karel Dostan met Tamas Veridov, Head of the Office of the President of "
                          "Moldova, in Chisinau on Monday.")
    assert ("Tamas Veridov", "Head of the Office of the President", "MDA") in holdings(x)
    assert not any(title == "President" for _, title, _ in holdings(x))


def test_head_of_the_office_before_the_name(nlp):
    x = extract_text(nlp, "Head of the Office of the Prime Minister of Moldova, Tamas Veridov, met Indian Defence Secretary "
                          "Karel Dostan in Chisinau on Monday.")
    assert ("Tamas Veridov", "Head of the Office of the Prime Minister", "MDA") in holdings(x)


def test_the_president_himself_is_still_the_president(nlp):
    x = extract_text(nlp, "Indian Defence Secretary Karel Dostan met the President of Moldova, Tamas Veridov, in Chisinau "
                          "on Monday.")
    assert ("Tamas Veridov", "President", "MDA") in holdings(x)


# -- "Deputy Director of the Office for X of <country>'s <body>, Major General Y" -------------------

def test_long_office_name_with_a_countrys_possessive(nlp):
    x = extract_text(nlp, "Deputy Director of the Office for International Military Cooperation of China's Central Military "
                          "Commission, Major General Zhou Wenpo, met Indian Defence Secretary Karel Dostan in Beijing on Monday.")
    assert ("Zhou Wenpo", "Deputy Director of the Office for International Military Cooperation", "CHN") in holdings(x)


def test_office_without_a_head_word_is_no_post(nlp):
    x = extract_text(nlp, "The Office for International Military Cooperation of China's Central Military Commission said "
                          "Major General Zhou Wenpo met Indian Defence Secretary Karel Dostan in Beijing on Monday.")
    assert not any(person == "Zhou Wenpo" and "Office" in title for person, title, _ in holdings(x))


# -- "X (Director of Military Cooperation of Oman)" -------------------------------------------------

def test_bracketed_unknown_post_ends_before_its_country(nlp):
    x = extract_text(nlp, "Brigadier Tamas Veridov (Director of Military Cooperation of Oman) met Indian Defence Secretary "
                          "Karel Dostan in New Delhi on Monday.")
    assert ("Tamas Veridov", "Director of Military Cooperation", "OMN") in holdings(x)


def test_bracketed_post_ending_in_a_firm_named_after_a_country_is_not_cut(nlp):
    x = extract_text(nlp, "Brigadier Tamas Veridov (Director of Military Cooperation of Oman Airways) met Indian Defence "
                          "Secretary Karel Dostan in New Delhi on Monday.")
    assert ("Tamas Veridov", "Director of Military Cooperation", "OMN") not in holdings(x)


# -- "Yang Berhormat Pehin <title words> Major General (Retired) Dato ... X bin Y" -------------------

def test_pehin_title_words_opening_a_sentence_are_no_person(nlp):
    x = extract_text(nlp, "Yang Berhormat Pehin Datu Perwira Major General (Retired) Dato Paduka Seri Haji Awang Jalil bin "
                          "Haji Mohd Sani, Minister of Defence II, met Indian Defence Secretary Karel Dostan in Bandar Seri "
                          "Begawan on Monday.")
    assert person_names(x) == ["Awang Jalil bin Haji Mohd Sani", "Karel Dostan"]


def test_pehin_title_words_after_a_comma_are_no_person(nlp):
    x = extract_text(nlp, "Indian Defence Secretary Karel Dostan met the Minister of Defence II, Yang Berhormat Pehin Datu "
                          "Perwira Major General (Retired) Dato Paduka Seri Haji Awang Jalil bin Haji Mohd Sani, in Bandar "
                          "Seri Begawan on Monday.")
    assert person_names(x) == ["Awang Jalil bin Haji Mohd Sani", "Karel Dostan"]


def test_a_name_before_a_rank_without_courtesy_words_stays(nlp):
    x = extract_text(nlp, "Indian Defence Secretary Karel Dostan met Dato Jalil Sani and Major General Rosli Hamid in Bandar "
                          "Seri Begawan on Monday.")
    assert {"Jalil Sani", "Rosli Hamid"} <= set(person_names(x))


# -- "in Puerto X", "to Port Y": a town, never a person ---------------------------------------------

def test_town_with_a_port_word_after_to_is_no_person(nlp):
    x = extract_text(nlp, "The two ministers travelled to Puerto Lempo, where Peruvian Defence Minister Ana Quispe met "
                          "Bolivian counterpart Karel Dostan on Monday.")
    assert "Puerto Lempo" not in person_names(x)
    assert x.meetings and {p.name for p in x.places} >= {"Puerto Lempo"}


def test_san_after_to_may_open_a_burmese_name(nlp):
    x = extract_text(nlp, "Myanmar's Defence Minister Ana Quispe spoke to San Lwin Oo, the Thai envoy, on Monday in "
                          "Naypyitaw.")
    assert "San Lwin Oo" in person_names(x)


# -- "Parliamentary Secretary for Defence X", "Secretary-General of the Ministry of Defence X" --------

def test_secretary_of_a_portfolio_before_a_name_the_model_took_into_it(nlp):
    x = extract_text(nlp, "Parliamentary Secretary for Defence Tamas Veridov met Indian Defence Secretary Karel Dostan in "
                          "Canberra on Monday. Australia and India are partners.")
    assert ("Tamas Veridov", "Parliamentary Secretary for Defence", "AUS") in holdings(x)


def test_secretary_of_a_portfolio_with_no_name_after_is_no_post(nlp):
    x = extract_text(nlp, "The Parliamentary Secretary for Defence Industry Policy met Indian Defence Secretary Karel Dostan "
                          "in Canberra on Monday.")
    assert person_names(x) == ["Karel Dostan"]


def test_official_of_a_ministry_before_a_name_the_model_took_into_it(nlp):
    x = extract_text(nlp, "Secretary-General of the Ministry of Defence Tamas Veridov met Indian Defence Secretary Karel "
                          "Dostan in Jakarta on Monday.")
    assert "Tamas Veridov" in person_names(x)
    assert any(person == "Tamas Veridov" and "Secretary" in title for person, title, _ in holdings(x))


def test_ministry_of_a_longer_portfolio_is_no_name(nlp):
    x = extract_text(nlp, "The Secretary-General of the Ministry of Defence Industry said Indian Defence Secretary Karel "
                          "Dostan met Tamas Veridov in Jakarta on Monday.")
    assert not any(person == "Tamas Veridov" for person, _, _ in holdings(x))
    assert "Defence Industry" not in " ".join(person_names(x))
