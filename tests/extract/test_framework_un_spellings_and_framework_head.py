"""The "U.N." spelling of a known UN body, and "Framework" as a framework's head word (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_un_body_spelled_with_stops_is_the_known_body(nlp):
    x = _extract(nlp, "Norway is a member of the U.N. Security Council.")
    assert ("NOR", "UNSC", "member") in membership_triples(x)


def test_resolutions_of_a_un_body_cite_no_framework(nlp):
    fws = framework_kinds(_extract(nlp, "They called the launches clear violations of U.N. Security Council resolutions."))
    assert "Security Council" not in fws


def test_capitalised_framework_is_a_framework(nlp):
    fws = framework_kinds(_extract(nlp, "They reviewed the Quadrilateral Maritime Cooperation Framework, which the four "
                                        "countries signed in Lima."))
    assert fws.get("Quadrilateral Maritime Cooperation Framework") == "Agreement"


def test_lowercase_framework_nation_is_none(nlp):
    fws = framework_kinds(_extract(nlp, "The United Kingdom acts as the framework nation of the group."))
    assert not any("framework" in name.lower() for name in fws)


def test_one_states_own_framework_is_a_policy(nlp):
    # "its National Security Framework": one state's document, not an agreement between states
    fws = framework_kinds(_extract(nlp, "Peru released its National Security Framework on Monday."))
    assert fws.get("National Security Framework") == "Policy"


def test_framework_of_two_states_is_an_agreement(nlp):
    fws = framework_kinds(_extract(nlp, "Chile and Peru signed the Chile-Peru Maritime Framework in Lima on Monday."))
    assert fws.get("Chile-Peru Maritime Framework") == "Agreement"
