"""A policy's title ends before "of the" and a body already named: "the Common Defence Policy
of the African Union" names the body whose policy it is, a framework of its own (not more title);
a name that is no policy, or a place after "of the", is read as before."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_policy_of_a_named_body_is_cut_before_the_body(nlp):
    for text, policy, body in (
            ("Kenya remains committed to the Common African Defence and Security Policy of the African Union.",
             "Common African Defence and Security Policy", "AU"),
            ("Estonia backs the Common Security and Defence Policy of the European Union, the minister said.",
             "Common Security and Defence Policy", "EU"),
            ("Fiji welcomed the Blue Ocean Strategy of the Pacific Islands Forum on Monday.", "Blue Ocean Strategy", "PIF")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert policy in kinds and body in kinds, (text, kinds)
        assert not any(name.startswith(policy + " of") for name in kinds), (text, kinds)


def test_a_body_of_a_body_and_a_policy_of_a_place_are_unchanged(nlp):
    kinds = framework_kinds(extract_text(nlp, "The Joint Defence Council of the Gulf Cooperation Council met in Doha."))
    assert "Joint Defence Council" in kinds
    kinds = framework_kinds(extract_text(nlp, "Chile signed the Charter of the Andean Defence Forum in Lima."))
    assert not any(name == "Charter" for name in kinds), kinds


def test_body_named_only_as_the_owner_of_a_framework_is_kept(nlp):
    for text, owned, body in (
            ("Delegates will also discuss the African Union's Silent Guns declaration and a proposal for a training centre.",
             "Silent Guns declaration", "AU"),
            ("The ministers welcomed the Pacific Islands Forum's Blue Lagoon declaration.", "Blue Lagoon declaration", "PIF")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert owned in kinds and body in kinds, (text, kinds)


def test_body_owning_no_framework_stays_a_bystander(nlp):
    for text in ("The ministers praised the African Union's work in the region.",
                 "The African Union's summit was held in Accra.",
                 "Chile and Peru are members of the African Union's Silent Guns Initiative."):
        assert "AU" not in framework_kinds(extract_text(nlp, text)), text


def test_two_owners_bodies_of_the_same_name_stay_apart(nlp):
    text = ("The Andean Union and NATO both sent delegations. The Andean Union Military Committee met in Lima on Monday, "
            "while the NATO Military Committee met in Mons on Tuesday.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert {"Andean Union Military Committee", "NATO Military Committee"} <= set(kinds)


def test_a_bodys_possessive_name_is_its_owner_prefixed_name(nlp):
    text = ("Ministers prepared for the meeting of the Andean Union Joint Defence Council in Lima. "
            "The Andean Union comprises Peru, Chile and Bolivia. "
            "The Andean Union's Joint Defence Council brings together Peru, Chile and Bolivia.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert "Andean Union Joint Defence Council" in kinds
    assert not any(name.endswith("'s Joint Defence Council") for name in kinds)


def test_body_named_only_before_a_convention_it_hosts_stays_a_bystander(nlp):
    text = "Peru and Chile held talks under the African Union's Convention on Maritime Borders."
    kinds = framework_kinds(extract_text(nlp, text))
    assert "Convention on Maritime Borders" in kinds and "AU" not in kinds, kinds


def test_body_named_only_as_the_owner_of_its_members_forces_is_kept(nlp):
    for text, body in (("Finland strengthens NATO's northern flank, the minister said.", "NATO"),
                       ("Both countries have troops in the African Union's standby forces in the region.", "AU")):
        assert body in framework_kinds(extract_text(nlp, text)), text
    assert "AU" not in framework_kinds(extract_text(nlp, "The African Union's summit in Accra ended on Monday.")), "summit"
