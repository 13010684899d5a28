"""Observers told through what they attend: "while C and D have taken part in its meetings as
observers" (the parse may hang "as observers" on "meetings", not on the verb) observe the body
named before; a negated or a merely planned taking part does not."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def test_taking_part_in_its_meetings_as_observers(nlp):
    cases = {
        "The Sulu Defence Arrangement (SDA) was launched in 2017. The SDA comprises Indonesia, Malaysia and the "
        "Philippines, while Brunei, Singapore and Thailand have taken part in its meetings as observers.":
            ("Sulu Defence Arrangement", ["BRN", "SGP", "THA"]),
        "Kenya, Uganda and Rwanda are members of the Lakes Security Forum. Ethiopia and Sudan have taken part in "
        "its sessions as observers.": ("Lakes Security Forum", ["ETH", "SDN"]),
        "Kenya, Uganda and Rwanda are members of the Lakes Security Forum, and Ethiopia has participated in its "
        "meetings as an observer since 2021.": ("Lakes Security Forum", ["ETH"]),
    }
    for text, (body, observers) in cases.items():
        triples = membership_triples(extract_text(nlp, text))
        for iso in observers:
            assert (iso, body, "observer") in triples, (text, triples)


def test_no_observer_when_denied(nlp):
    text = ("Kenya, Uganda and Rwanda are members of the Lakes Security Forum. Ethiopia has not taken part in its "
            "meetings as an observer.")
    triples = membership_triples(extract_text(nlp, text))
    assert not any(iso == "ETH" for iso, _, _ in triples), triples


def test_its_meetings_owned_by_the_subject_before(nlp):
    """"F groups A, B and C. D takes part in its sessions as an observer": "its" is the body the
    sentence before has for its subject, whatever its kind (here a force)."""
    text = ("Ministers of the Gulf of Guinea Maritime Force (GGMF) met in Accra. The GGMF, a unit of the "
            "Maritime Security Architecture, groups Ghana, Togo and Benin. Nigeria takes part in its sessions as an observer.")
    triples = membership_triples(extract_text(nlp, text))
    assert ("NGA", "Gulf of Guinea Maritime Force", "observer") in triples, triples


def test_no_observer_of_a_force_without_its(nlp):
    text = ("Ministers of the Gulf of Guinea Maritime Force (GGMF) met in Accra. The GGMF, a unit of the "
            "Maritime Security Architecture, groups Ghana, Togo and Benin. Nigeria attends the exercises as an observer.")
    triples = membership_triples(extract_text(nlp, text))
    assert not any(iso == "NGA" for iso, _, _ in triples), triples
