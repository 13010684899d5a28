""""A invited B to visit X, and the two are expected to meet again in Y": the counted pair are the two
the sentence names before it, not the pair of the meeting told last (A and an officer); a bare
surname two persons share, a paragraph on, is the one it named so far ("Velk" for the minister, not
the Air Force commander of that surname named since). Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 2, 19)
LEAD = ("Uruguayan Defence Minister Tomas Velk met Estonian Defence Minister Orla Brennick at the Ministry of Defence "
        "in Tallinn on Tuesday.\n\n")


def _planned(x):
    return [participant_names(x, mt) for mt in x.meetings if mt.status == "planned"]


def test_the_two_are_the_inviter_and_the_invited(nlp):
    x = extract_text(nlp, LEAD + "After meeting the commander of the Estonian Air Force, Brigadier General Rauno Kask, at "
                     "the air show in Tartu on Thursday, Velk said the air force had accepted an invitation.\n\n"
                     "Velk invited Brennick to visit Uruguay, and the two are expected to meet again in Montevideo "
                     "later this year.\n", PUBLISHED)
    assert _planned(x) == [["Orla Brennick", "Tomas Velk"]]


def test_the_two_after_one_named_stay_the_pair_just_told(nlp):
    # one person named before "the two": the pair of the meeting just told, as before
    x = extract_text(nlp, LEAD + "Velk said the visit had been fruitful, and the two are expected to meet again in "
                     "Montevideo later this year.\n", PUBLISHED)
    assert _planned(x) == [["Orla Brennick", "Tomas Velk"]]


def test_a_shared_surname_keeps_the_one_it_named_so_far(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Orla Brennick held talks with Uruguayan Defence Minister Tomas "
                     "Velk in Tallinn on Tuesday.\n\nBrennick and Velk then visited the naval base.\n\n"
                     "On Thursday, Brennick met the commander of the Uruguayan Air Force, Brigadier General Ana Velk, "
                     "at the air show in Tartu.\n\nIndustry pavilions drew large crowds at the show.\n\n"
                     "Brennick invited Velk to visit Estonia again, and the two are expected to meet in Tallinn in "
                     "September.\n", PUBLISHED)
    assert ["Orla Brennick", "Tomas Velk"] in _planned(x)
    assert ["Ana Velk", "Orla Brennick"] not in _planned(x)
