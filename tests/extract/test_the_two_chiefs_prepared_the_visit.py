""""The two Army Chiefs had held a video conference to prepare the visit", told after their deputies'
staff talks: the pair that prepared the visit is the visitor's with his host, not the deputies of the
meeting told last; on an article written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 26)
LEAD = ("General Tomas Brenko, Chief of the General Staff of the Chilean Army, who is on an official visit to Peru "
        "from 24 to 28 March 2027 at the invitation of the Chief of the Army Staff of the Peruvian Army, General Ivo "
        "Radek, paid a courtesy call on General Radek at Army Headquarters in Lima today.\n\n"
        "The 4th Peru-Chile Army Staff Talks were held at Army Headquarters on 24 March 2027. The talks were "
        "co-chaired by the Chief of Staff of the Peruvian Army, Lieutenant General Oskar Vandel, and the Assistant "
        "Chief of the General Staff of the Chilean Army, Major General Piet Lammers.\n\n")


def _call_pair(nlp, purpose: str) -> tuple[str, ...]:
    x = extract_text(nlp, LEAD + f"The two Army Chiefs had held a video conference on 12 February 2027 {purpose}.", PUBLISHED)
    (pair,) = [names for names, mt in meetings_by_participants(x).items() if mt.date is not None and mt.date.iso == "2027-02-12"]
    return pair


def test_the_call_that_prepared_the_visit_is_the_visitor_and_his_host(nlp):
    assert _call_pair(nlp, "to prepare the visit") == ("Ivo Radek", "Tomas Brenko")


def test_a_call_for_another_purpose_stays_with_the_pair_told_last(nlp):
    assert _call_pair(nlp, "to review the exercise programme") == ("Oskar Vandel", "Piet Lammers")
