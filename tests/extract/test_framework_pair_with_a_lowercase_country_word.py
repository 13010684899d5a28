"""A country pair whose country name holds a lowercase elided word ("Côte d'Ivoire") stays the
prefix of the body named after it, on either side of the hyphen, and the short name said later is
the same body (invented bodies, no sentences from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_pair_with_an_elided_particle_keeps_its_prefix(nlp):
    for text, name in (
            ("The ministers co-chaired the 2nd session of the Ghana-Côte d'Ivoire Coastal Patrol Commission in Accra.",
             "Ghana-Côte d'Ivoire Coastal Patrol Commission"),
            ("The Côte d'Ivoire-Ghana Maritime Policy Dialogue met in Abidjan on Monday.",
             "Côte d'Ivoire-Ghana Maritime Policy Dialogue")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)
        assert not any(other.startswith(("Coastal", "Maritime", "d'Ivoire")) for other in kinds), kinds


def test_short_name_later_is_the_pair_body(nlp):
    text = ("The ministers co-chaired the 2nd session of the Ghana-Côte d'Ivoire Coastal Patrol Commission in Accra. "
            "The Coastal Patrol Commission will meet again in June.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert set(kinds) == {"Ghana-Côte d'Ivoire Coastal Patrol Commission"}, kinds


def test_lowercase_word_after_a_country_is_no_name_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "Ghana signed the Coastal Patrol Agreement with Côte d'Ivoire in Accra."))
    assert set(kinds) == {"Coastal Patrol Agreement"}, kinds
