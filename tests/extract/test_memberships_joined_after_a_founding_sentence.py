""""F was launched in 2015 by A and B. C and D joined later.": an objectless join in the sentence right
after one whose main verb tells a body's founding joins that body (invented names, no sentence from the
tuning sets); not after a sentence of a meeting, not a join still to come."""

from __future__ import annotations

from extract_helpers import members_stated


def test_joined_in_a_year_after_a_body_set_up_by_countries(nlp):
    got = members_stated("The Lagoon Maritime Council was set up in 2015 by Ghana and Nigeria. Togo and Benin joined in 2018.", nlp)
    assert {c for c, fw, role in got if fw == "Lagoon Maritime Council" and role == "member"} == {"GHA", "NGA", "TGO", "BEN"}


def test_joined_years_later_after_countries_founded_a_forum(nlp):
    got = members_stated("Chile and Peru founded the Andean Coast Guard Forum in 2009. Ecuador joined three years later.", nlp)
    assert ("ECU", "Andean Coast Guard Forum", "member") in got


def test_has_since_joined_after_a_body_was_created(nlp):
    got = members_stated("The Coral Sea Security Organisation was created in 2001 by Fiji and Tonga. Samoa has since joined.", nlp)
    assert ("WSM", "Coral Sea Security Organisation", "member") in got


def test_joined_later_after_a_meeting_joins_no_body(nlp):
    got = members_stated("Ghana and Nigeria met in Accra on Monday to discuss the Lagoon Maritime Council. Togo joined later.", nlp)
    assert not got


def test_a_join_to_come_after_a_founding_makes_no_member(nlp):
    got = members_stated("The Lagoon Maritime Council was set up in 2015 by Ghana and Nigeria. Togo will join in 2026.", nlp)
    assert "TGO" not in {c for c, _, _ in got}
