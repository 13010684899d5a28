"""Members told without a verb's object or in a count: "C, the newest full member, joined in 2011"
joins the body just told of; "A is one of the 12 countries in the Dutch-led F" is a member of F
(a number in the count, a "<Demonym>-led" before the name, a "not" in another clause)."""

from __future__ import annotations

from extract_helpers import members_stated

BODY = ("Founded in 1990, the Lagoon Coast Organisation (LACO) brings together eight member states. "
        "Its members include Nigeria and Angola. ")


def test_a_joiner_apposed_a_member_joins_the_body_just_told_of(nlp):
    assert ("GHA", "Lagoon Coast Organisation", "member") in members_stated(BODY + "Ghana, the newest full member, joined in 2011.", nlp)


def test_joiners_apposed_members_on_the_second_of_them_join_too(nlp):
    # the parse hangs the apposition on the second country
    text = BODY + "Saint Lucia and Grenada, the newest full members, joined in 2011, and Ghana joined as an observer in 2019."
    assert {("LCA", "Lagoon Coast Organisation", "member"), ("GRD", "Lagoon Coast Organisation", "member")} <= members_stated(text, nlp)


def test_a_joiner_apposed_something_else_joins_nothing_told(nlp):
    assert not {mb for mb in members_stated(BODY + "Ghana, a coastal state, joined in 2011.", nlp) if mb[0] == "GHA"}


def test_one_of_a_counted_number_of_countries_in_a_led_body_is_a_member(nlp):
    text = ("Kenya is one of the 12 countries in the Dutch-led Northern Shield Initiative, which Ghana has so far "
            "declined to join, arguing that it should not depend on others.")
    assert members_stated(text, nlp) == {("KEN", "Northern Shield Initiative", "member")}


def test_a_negated_count_or_a_count_of_other_things_is_no_membership(nlp):
    for text in ("Kenya is not one of the 12 countries in the Northern Shield Initiative.",
                 "Kenya sent one of the 12 ships in the Dutch-led Northern Shield Initiative."):
        assert members_stated(text, nlp) == set(), text


def test_a_commission_read_as_a_dialogue_takes_a_bare_observer_or_joiner(nlp):
    # a "Commission" with no member list is classed as a dialogue, yet countries sit on it
    text = "The Permanent Commission on Border Security met in Doha on Monday. Bahrain has observer status."
    assert members_stated(text, nlp) == {("BHR", "Permanent Commission on Border Security", "observer")}
    text = "The Permanent Commission on Border Security met in Doha on Monday. Bahrain, the newest full member, joined in 2011."
    assert ("BHR", "Permanent Commission on Border Security", "member") in members_stated(text, nlp)


def test_bilateral_talks_take_no_bare_observer(nlp):
    assert not members_stated("The Chile-Peru Defence Policy Dialogue met in Lima. Bolivia has observer status.", nlp)
