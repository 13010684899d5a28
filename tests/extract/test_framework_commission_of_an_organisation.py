"""An organisation's commission ("the President of the ECOWAS Commission") is the organisation's
executive organ: the article names the organisation (known from the gazetteer), written with its
organ's name as an alias, not a commission of its own (a "Joint Commission" of two countries)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, posts_held


def test_the_commission_of_a_known_organisation_is_the_organisation(nlp):
    x = extract_text(nlp, "Defence Minister Arlo Venn met the President of the ECOWAS Commission, Omar Kanteh, "
                          "in Abuja on Monday.")
    kinds = framework_kinds(x)
    assert "ECOWAS Commission" not in kinds
    assert kinds.get("ECOWAS") == "Organisation"
    fw = next(f for f in x.frameworks if f.name == "ECOWAS")
    assert "ECOWAS Commission" in fw.aliases
    assert posts_held(x)["Omar Kanteh"] == [("President", "", "ECOWAS")]


def test_the_commission_joins_the_organisation_named_elsewhere(nlp):
    x = extract_text(nlp, "The Chairperson of the African Union Commission, Idriss Mahamat, met Defence Minister "
                          "Arlo Venn in Addis Ababa on Monday. Ghana and Kenya are members of the African Union.")
    kinds = framework_kinds(x)
    assert "African Union Commission" not in kinds
    assert kinds.get("AU") == "Organisation"
    fw = next(f for f in x.frameworks if f.name == "AU")
    assert {"African Union", "African Union Commission"} <= set(fw.aliases)


def test_a_joint_commission_of_two_countries_stays(nlp):
    x = extract_text(nlp, "The Kenya-Ghana Joint Commission met in Accra on Monday.")
    assert "Kenya-Ghana Joint Commission" in framework_kinds(x)
