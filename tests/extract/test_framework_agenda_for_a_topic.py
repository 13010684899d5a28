"""A capitalised "Agenda" named for what it is for: "the objectives of the HARBOR Agenda for Coastal
Growth" (invented), an acronym word opening it, is a policy; not "the agenda for the talks" nor a
bare capitalised "Agenda" with no topic after it."""

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
