"""Whose post an untold title is when the first sentence's subject meets, in a city of the other
side's country, someone whose title names that country ("called on the Greek Air Force Commander Y
in Athens", "held talks with her Danish counterpart Y in Copenhagen"): the subject is the visitor,
of the one country left that no title names, even one the article names only once; on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_a_counterpart_in_their_own_capital_makes_the_subject_the_visitor(nlp):
    text = ("Foreign Minister Lena Markovic held talks with her Danish counterpart Soren Holm in Copenhagen on Sunday. "
            "Serbia and Denmark launched a strategic dialogue in 2019.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Lena Markovic", "Foreign Affairs Minister", "SRB") in found
    assert ("Soren Holm", "Foreign Affairs Minister", "DNK") in found


def test_calling_on_a_foreign_commander_in_his_city_is_no_post_of_his_country(nlp):
    text = ("Chief of the Air Staff Air Marshal Tomas Horak, accompanied by Colonel Jan Novy, called on the Greek "
            "Air Force Commander, Lieutenant General Nikos Andreou, in Athens on Tuesday. Poland and Greece conduct "
            "a joint air exercise.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Horak", "Chief of Air Staff", "POL") in found
    assert not any(p == "Tomas Horak" and c == "GRC" for p, _, c in found)


def test_with_no_other_country_named_the_visitor_has_no_post_of_the_hosts(nlp):
    text = ("Chief of the Air Staff Air Marshal Tomas Horak called on the Greek Air Force Commander, Lieutenant "
            "General Nikos Andreou, in Athens on Tuesday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(p == "Tomas Horak" and c == "GRC" for p, _, c in found)


def test_a_counterpart_received_in_the_subjects_own_city_still_places_the_host(nlp):
    # the city is not the other side's: its country is the subject's, as before
    text = ("Foreign Minister Lena Markovic held talks with her Danish counterpart Soren Holm in Belgrade on Sunday. "
            "Serbia and Denmark launched a strategic dialogue in 2019.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Lena Markovic", "Foreign Affairs Minister", "SRB") in found
