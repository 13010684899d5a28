"""A body's name that ends with the region it serves: "<Body> on/for ... in <continent>", "<Body> of
the <sea or coast>" (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def test_conference_on_a_topic_in_a_continent(nlp):
    got = members_stated("Mongolia is a founding member of the Conference on Mutual Trust and Confidence-Building Measures in Asia.", nlp)
    assert ("MNG", "Conference on Mutual Trust and Confidence-Building Measures in Asia", "member") in got


def test_forum_for_a_purpose_in_a_continent(nlp):
    got = members_stated("Senegal and Mali are members of the Forum for Maritime Safety in Africa.", nlp)
    assert {("SEN", "Forum for Maritime Safety in Africa", "member"), ("MLI", "Forum for Maritime Safety in Africa", "member")} <= got


def test_commission_of_the_gulf_of_a_country(nlp):
    names = framework_kinds(extract_text(nlp, "Benin and Togo signed a protocol under the Coastal Patrol Commission "
                                              "of the Gulf of Guinea on Monday."))
    assert "Coastal Patrol Commission of the Gulf of Guinea" in names


def test_council_of_a_body_named_after_a_gulf_stays_apart(nlp):
    names = framework_kinds(extract_text(nlp, "The Naval Council of the Gulf of Aden Commission met in Djibouti on Monday."))
    assert "Naval Council of the Gulf of Aden" not in names
    assert "Gulf of Aden Commission" in names


def test_travel_to_a_continent_is_no_framework(nlp):
    names = framework_kinds(extract_text(nlp, "The minister travelled to Europe on Monday and met his Dutch counterpart in The Hague."))
    assert not names
