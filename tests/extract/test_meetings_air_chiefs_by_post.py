""""the Nepalese Air Chief was received by X": news's short "Air Chief" is the Chief of Air Staff
named before; "a telephone conversation between the two Air Chiefs": a counted plural title is
the two persons named with that post. With three holders named, "the two" picks no one."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

LEAD = ("COLOMBO, 9 February 2027 - Air Marshal Rovan Delkara Menthis, Chief of Air Staff of the Nepalese Air Force, "
        "who is on an official visit to Sri Lanka, called on Defence Secretary Tharu Kolvane in Colombo today.\n\n")
HOST = "Air Marshal Sunil Pelvatte Arandor, Chief of the Air Staff, Sri Lanka Air Force"
PAIR = ["Rovan Delkara Menthis", "Sunil Pelvatte Arandor"]


def _meetings(text: str, nlp):
    x = extract_text(nlp, text, published=date(2027, 2, 9))
    return [(participant_names(x, mt), mt.kind, mt.date.iso if mt.date else None) for mt in x.meetings]


def test_air_chief_subject_of_a_passive_is_the_chief_of_air_staff(nlp):
    text = LEAD + f"Earlier, on his arrival in Colombo yesterday, the Nepalese Air Chief was received by {HOST}."
    assert any(p == PAIR and d == "2027-02-08" for p, _, d in _meetings(text, nlp))


def test_call_between_the_two_air_chiefs(nlp):
    text = LEAD + (f"Earlier, the Nepalese Air Chief was received by {HOST}.\n\n"
                   "The visit had been agreed during a telephone conversation between the two Air Chiefs on 21 January 2027.")
    assert (PAIR, "telephone", "2027-01-21") in _meetings(text, nlp)


def test_two_of_three_holders_of_the_post_are_no_pair(nlp):
    text = LEAD + (f"Earlier, the Nepalese Air Chief was received by {HOST}. Air Marshal Kiran Obeth Salvanis, "
                   "Chief of Air Staff of the Maldives, also attended.\n\n"
                   "The visit had been agreed during a telephone conversation between the two Air Chiefs on 21 January 2027.")
    assert not any(k == "telephone" for _, k, _ in _meetings(text, nlp))
