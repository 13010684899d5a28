"""A body's head named with the body's acronym before the sentence that reads the body as a
framework, and a national-security portfolio, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 11, 4)


def test_a_bodys_executive_director_is_its_post_when_the_body_is_read_later(nlp):
    # the body is taken for a framework only in the second sentence; the post is still the body's
    text = ("The Executive Director of the ECCGF, Captain John Baptiste, was received by Saint Lucia's Prime Minister "
            "Philip Pierre on Tuesday. Grenada and Dominica are members of the ECCGF.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("John Baptiste", "Executive Director", "") in held
    assert ("Philip Pierre", "Prime Minister", "LCA") in held


def test_a_national_agencys_executive_director_is_no_bodys_post(nlp):
    text = ("Saint Lucia's Prime Minister Philip Pierre met ministers in Castries on Monday. The Executive Director "
            "of the National Crime Agency, John Baptiste, said the patrols would start in May.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(person == "John Baptiste" and country == "" for person, _, country in held)


def test_a_minister_for_national_security_in_a_relative_clause(nlp):
    text = ("Saint Lucia's Prime Minister Philip Pierre, who is also the island's Minister for National Security, "
            "opened the session in Castries.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert {("Philip Pierre", "Prime Minister", "LCA"), ("Philip Pierre", "National Security Minister", "LCA")} <= held


def test_a_national_security_adviser_stays_an_adviser(nlp):
    text = "Saint Lucia's National Security Adviser Mary Joseph briefed the council in Castries."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Mary Joseph", "National Security Advisor", "LCA") in held
    assert not any(title == "National Security Minister" for _, title, _ in held)
