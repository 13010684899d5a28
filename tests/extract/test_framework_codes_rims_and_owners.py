"""Framework names: codes of behaviour "Code for ...", associations of the states around a sea, a
name cut before its topic, and a body's possessive owner, on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds

_extract = partial(extract_text, published=date(2025, 3, 12))
LEAD = "Chile and Peru held defence talks in Lima on Monday. "


def test_code_for_names_an_agreement_and_keeps_at_sea(nlp):
    x = _extract(nlp, LEAD + "The ministers reaffirmed their commitment to the Code for Safe Conduct of Patrol Vessels at Sea, "
                 "which the navies adopted in 2019.")
    assert framework_kinds(x).get("Code for Safe Conduct of Patrol Vessels at Sea") == "Agreement"


def test_code_without_for_names_nothing(nlp):
    x = _extract(nlp, LEAD + "The officers were charged under the Military Code after the incident.")
    assert not any(name.startswith("Military Code") for name in framework_kinds(x))


def test_association_of_a_sea_rim_is_kept_when_merely_named(nlp):
    x = _extract(nlp, LEAD + "Both countries also work together in the Pacific Ocean Rim Association.")
    assert framework_kinds(x).get("Pacific Ocean Rim Association") == "Organisation"


def test_association_named_otherwise_is_not_kept(nlp):
    x = _extract(nlp, LEAD + "Both countries also work together in the Andean Veterans Association.")
    assert "Andean Veterans Association" not in framework_kinds(x)


def test_name_cut_before_its_topic_is_the_full_name(nlp):
    x = _extract(nlp, "Chile and Peru opened the fifth session of their Joint Standing Commission on Border Security in Lima on Monday. "
                 "The fourth session of the Joint Standing Commission was held in Arica in 2024.")
    names = framework_kinds(x)
    assert "Joint Standing Commission on Border Security" in names
    assert "Joint Standing Commission" not in names


def test_name_cut_before_one_of_two_topics_stays_apart(nlp):
    x = _extract(nlp, "Chile and Peru opened their Joint Standing Commission on Border Security and their Joint Standing "
                 "Commission on Fisheries in Lima on Monday. The Joint Standing Commission will meet again in 2026.")
    names = framework_kinds(x)
    assert {"Joint Standing Commission on Border Security", "Joint Standing Commission on Fisheries"} <= set(names)


def test_body_owner_in_the_possessive_is_not_in_the_name(nlp):
    x = _extract(nlp, LEAD + "The ministers welcomed the Coastal States Union's Maritime Security Council.")
    names = framework_kinds(x)
    assert "Maritime Security Council" in names
    assert not any("'s" in name for name in names)


def test_owner_not_ending_in_a_body_word_stays_in_the_name(nlp):
    x = _extract(nlp, LEAD + "The ministers welcomed the Andes Shipping Group's Maritime Security Council.")
    assert "Maritime Security Council" not in framework_kinds(x)
