"""A vision, strategy or policy whose name holds two countries joined by a hyphen ("the Chile-Peru
Vision 2035", "Shared Vision of Chile-Peru Maritime Cooperation") is the two states' joint
document, an Agreement, not one state's policy; a policy named without a pair stays a Policy."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_two_countries_vision_is_an_agreement(nlp):
    for text, name in (
            ("The two prime ministers adopted the Chile-Peru Vision 2035 in July.", "Chile-Peru Vision 2035"),
            ("In 2018 the two countries adopted the Shared Vision of Chile-Peru Maritime Cooperation in the Indo-Pacific.",
             "Shared Vision of Chile-Peru Maritime Cooperation in the Indo-Pacific"),
            ("Kenya and Uganda launched the Kenya–Uganda Maritime Strategy last year.", "Kenya–Uganda Maritime Strategy")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Agreement", text


def test_one_states_policy_stays_a_policy(nlp):
    for text, name in (("Chile pursues its Pacific Bridge Policy.", "Pacific Bridge Policy"),
                       ("Peru welcomed Chile's Andes First Policy.", "Andes First Policy")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Policy", text


def test_one_states_policy_about_a_pair_stays_its_policy(nlp):
    """Review mend: a pair in the name of a policy one state owns ("A's B-C Policy", "its B-C
    Strategy") makes no joint document; the owner stays."""
    x = extract_text(nlp, "Peru's Chile-Bolivia Policy has been criticised by analysts.")
    assert framework_kinds(x).get("Chile-Bolivia Policy") == "Policy"
    assert {f.name: f.owner for f in x.frameworks}.get("Chile-Bolivia Policy") == "PER"
    x = extract_text(nlp, "Brazil unveiled its new Chile-Bolivia Strategy on Monday.")
    assert framework_kinds(x).get("Chile-Bolivia Strategy") == "Policy"
