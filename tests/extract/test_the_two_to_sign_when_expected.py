""""X is expected in CITY in MONTH, when the two ministers plan to sign ...": a meeting to come of
the pair (the one named and whom they met first), in the city told with the time; on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, place_name

PUBLISHED = date(2025, 3, 11)

LEAD = (
    "Italian Defence Minister Paolo Ricci held talks with Greek Defence Minister Nikos Pappas at the "
    "ministry in Rome on Monday.\n\n"
    "Mr Ricci had received Spain's Defence Minister, Elena Ortiz, at the same ministry that morning.\n\n"
)


def _planned(x):
    names = {p.key: p.name for p in x.persons}
    return [(sorted(names[k] for k in mt.participants), place_name(x, mt)) for mt in x.meetings if mt.status == "planned"]


def test_the_pair_plans_to_sign_in_the_city_the_visitor_is_expected_in(nlp):
    text = LEAD + "Mr Pappas is expected in Athens again in June, when the two ministers plan to sign the new agreement."
    assert _planned(extract_text(nlp, text, PUBLISHED)) == [(["Nikos Pappas", "Paolo Ricci"], "Athens")]


def test_the_two_ministers_signing_with_no_one_named_are_no_new_meeting(nlp):
    text = LEAD + "The current accord expires in June. The two ministers also signed a letter of intent on training."
    assert _planned(extract_text(nlp, text, PUBLISHED)) == []


def test_a_treaty_the_two_prime_ministers_signed_is_no_meeting_of_the_ministers(nlp):
    text = (LEAD + "Mr Pappas will meet Mr Ricci in Athens in June. The two sides would then review the "
            "accord that the two Prime Ministers signed in Athens in August.")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(e.rule == "meeting.joint-sign" for mt in x.meetings for e in mt.evidence)
