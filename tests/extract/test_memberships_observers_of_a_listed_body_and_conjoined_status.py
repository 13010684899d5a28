"""Observers a sentence names after the members: "A has attended the ministerial meetings as an
observer" observes the framework whose members were just listed, whatever its kind (an
"Initiative" too); "A joined G in 2020 and has held observer status at F since 2002": the
subjectless second verb shares its subject, so A observes F. Not a status still sought, nor an
initiative no country is told a member of."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples

MEMBERS = "Fiji, Tonga and Samoa are the three members of the Coral Defence Initiative, which was launched in 2004. "


def test_attending_the_meetings_of_a_listed_initiative_as_an_observer(nlp):
    for second in ("Vanuatu has attended the ministerial meetings as an observer since 2023.",
                   "Vanuatu attends its meetings as an observer.",
                   "Vanuatu and Nauru have taken part in the annual sessions as observers since 2019."):
        triples = membership_triples(extract_text(nlp, MEMBERS + second))
        assert ("VUT", "Coral Defence Initiative", "observer") in triples, (second, triples)


def test_no_observer_of_an_initiative_without_members(nlp):
    text = "The Coral Defence Initiative was launched in 2004 by Fiji. Vanuatu has attended the ministerial meetings as an observer."
    assert not any(role == "observer" for _, _, role in membership_triples(extract_text(nlp, text)))


def test_observer_status_in_a_second_subjectless_clause(nlp):
    cases = {
        "Chile joined the Andean Forum in 2020 and has held observer status at the Coral Sea Forum since 2002.":
            ("CHL", "Coral Sea Forum"),
        "Ghana signed the accord in 2019 and holds observer status in the Lakes Security Forum.":
            ("GHA", "Lakes Security Forum"),
        "Peru left the Pacific Rim Group in 2018 but has had observer status with the Andean Security Council since 2021.":
            ("PER", "Andean Security Council"),
    }
    for text, (iso, body) in cases.items():
        triples = membership_triples(extract_text(nlp, text))
        assert (iso, body, "observer") in triples, (text, triples)


def test_no_observer_status_still_sought(nlp):
    triples = membership_triples(extract_text(nlp, "Ghana joined the Andean Forum and will seek observer status at the Coral Sea Forum."))
    assert not any(role == "observer" for _, _, role in triples), triples


def test_no_observer_of_a_listed_initiative_from_exercises_attended(nlp):
    # a body's members need not hold the exercises a country attends: no observer of the initiative
    triples = membership_triples(extract_text(nlp, MEMBERS + "Vanuatu attends the exercises as an observer."))
    assert not any(iso == "VUT" for iso, _, _ in triples), triples
