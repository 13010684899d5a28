"""One person named in several forms in one article: given names cut to initials, a headline's short
form before the full name, courtesy words before a rank (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings, person_names

_extract = partial(extract_text, published=date(2025, 6, 4))


# -- "Lieutenant General K. Adeyemi" after "Lieutenant General Kunle Adeyemi" -------------------

def test_initials_of_the_given_names_are_the_person_named_in_full(nlp):
    x = _extract(nlp, "The meeting was attended by the Minister of Defence of Ghana Lieutenant General Kunle Adeyemi and the "
                      "Minister of Defence of Togo Colonel General Dossou Mensah.\n\nOn the sidelines, Colonel General "
                      "D. Mensah held a bilateral with Lieutenant General Ko. Adeyemi in Accra.")
    assert person_names(x) == ["Dossou Mensah", "Kunle Adeyemi"]


def test_an_initial_that_is_not_the_given_names_first_letter_stays_apart(nlp):
    x = _extract(nlp, "The Minister of Defence of Ghana Lieutenant General Kunle Adeyemi met his Togolese counterpart "
                      "in Accra.\n\nColonel General P. Adeyemi, a retired officer, also attended the talks.")
    assert "Kunle Adeyemi" in person_names(x)
    assert "Kunle Adeyemi" not in [p.name for p in x.persons if "P. Adeyemi" in p.aliases]


# -- a headline's "Abdul Rahman Hamid" before "Datuk Seri Abdul Rahman Hamid Salleh" -------------

def test_a_headlines_leading_names_are_the_full_name_given_later(nlp):
    x = extract_text(nlp, "Malaysia, Oman to expand naval drills - Abdul Rahman Hamid\n\nMUSCAT, June 3 (Bernama) -- Defence "
                          "Minister Datuk Seri Abdul Rahman Hamid Salleh met Oman's Minister Responsible for Defence Affairs, "
                          "Sayyid Badr bin Saud Al Busaidi, in Muscat today.\n\nAbdul Rahman Hamid said the two sides agreed to "
                          "hold the exercise next year.", published=date(2025, 6, 3))
    assert person_names(x) == ["Abdul Rahman Hamid Salleh", "Badr bin Saud Al Busaidi"]
    assert ("Abdul Rahman Hamid Salleh", "Defence Minister", "MYS") in holdings(x)


# -- "Minister, Pehin <title words> Major General X," -----------------------------------------------

def test_courtesy_words_before_a_rank_after_a_comma_are_no_person(nlp):
    x = _extract(nlp, "Defence Minister Anan Wongsiri held talks with Brunei's Deputy Minister of Defence, Pehin Orang Kaya "
                      "Pekerma Major General (Rtd) Dato Paduka Seri Haji Aziz bin Haji Rahman, in Bandar Seri Begawan today.")
    assert "Orang Kaya Pekerma" not in " ".join(person_names(x))
    assert "Aziz bin Haji Rahman" in person_names(x)
