"""A main clause's "it" stands for the one country the sentence before is about ("A chairs the X
until 2027. Together with B and C, it makes up the Y Troika"); a group of a body's chairs is no
"bloc" the next sentence counts members of (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated

LEAD = "Defence ministers of the East African Community (EAC) met in Arusha. "


def test_it_after_a_country_subject_makes_up_a_body(nlp):
    text = ("Kenya chairs the council until June 2027. Together with Uganda as incoming chair and Tanzania as outgoing chair, "
            "it makes up the Council Troika, which prepared the meeting.")
    x = extract_text(nlp, text)
    assert framework_kinds(x).get("Council Troika") == "Forum"
    assert members_stated(text, nlp) >= {("KEN", "Council Troika", "member"), ("UGA", "Council Troika", "member"),
                                         ("TZA", "Council Troika", "member")}


def test_it_after_a_body_subject_is_no_country(nlp):
    text = ("The council met in Nairobi on Monday. Together with Uganda and Tanzania, it makes up the Council Troika.")
    assert not any(iso == "KEN" for iso, _, _ in members_stated(text, nlp))


def test_the_bloc_is_not_its_chairs_group(nlp):
    text = LEAD + ("Kenya chairs the council until June 2027. Together with Uganda and Tanzania, it makes up the Council Troika. "
                   "All six member states of the bloc – Kenya, Uganda, Tanzania, Rwanda, Burundi and South Sudan – were represented.")
    stated = members_stated(text, nlp)
    assert ("RWA", "EAC", "member") in stated
    assert ("RWA", "Council Troika", "member") not in stated
