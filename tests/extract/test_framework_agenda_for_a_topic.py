"""A capitalised "Agenda" named for what it is for: "the objectives of the HARBOR Agenda for Coastal
Growth" (invented), an acronym word opening it, is a policy; not "the agenda for the talks" nor a
bare capitalised "Agenda" with no topic after it. A titled "Agenda" of a state's forces is a policy
without one ("the Defence Force Transformation Agenda"); a title about anything else is not ("the
Digital Economy Agenda")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_acronym_agenda_for_a_topic(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister pledged that the navy would support the objectives of the "
                                              "HARBOR Agenda for Coastal Growth by patrolling the coast."))
    assert kinds.get("HARBOR Agenda for Coastal Growth") == "Policy"


def test_the_agenda_for_the_talks_is_no_policy(nlp):
    kinds = framework_kinds(extract_text(nlp, "The two ministers discussed the agenda for the Joint Defence Committee "
                                              "and the Reform Agenda."))
    assert not any("agenda" in k.lower() for k in kinds)


def test_titled_agenda_of_the_forces_is_a_policy(nlp):
    cases = {
        "The visit will support the Navy Renewal Agenda launched by the Ostravian Navy in 2024.": "Navy Renewal Agenda",
        "The ministers of Chile and Peru discussed the Army Modernisation Agenda adopted by Chile last year.": "Army Modernisation Agenda",
        "Peru will fund the National Security Reform Agenda from next year, the minister said.": "National Security Reform Agenda",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Policy", text


def test_titled_agenda_of_no_forces_is_no_policy(nlp):
    for text in ("The Digital Economy Agenda of Chile was discussed by the two ministers.",
                 "The government's Reform Agenda was debated in parliament."):
        assert not any("Agenda" in k for k in framework_kinds(extract_text(nlp, text))), text
