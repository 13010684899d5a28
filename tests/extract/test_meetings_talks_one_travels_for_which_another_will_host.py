""""A is expected to travel to X in the autumn for the third round of staff talks, which B will
host": the talks a journey is for, hosted by B in a relative clause, are a meeting to come of the
traveller and the host. "..., which B hosted last year" tells a past round, not this one.
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2026, 3, 12)
LEAD = ("Chile's Army Commander, General Tomas Brenik, held talks with Peru's Army Chief, General Harun Kelvari, "
        "in Lima on Tuesday. ")


def test_traveller_and_host_of_the_talks_meet(nlp):
    x = extract_text(nlp, LEAD + "Kelvari is expected to travel to Chile in the autumn for the third round of "
                     "Navy-to-Navy Staff Talks, which Brenik will host.\n", PUBLISHED)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1
    names = {p.key: p.name for p in x.persons}
    assert sorted(names[k] for k in planned[0].participants) == ["Harun Kelvari", "Tomas Brenik"]


def test_a_pronoun_traveller_after_a_who_clause(nlp):
    x = extract_text(nlp, LEAD + "Kelvari, who first met Brenik in Santiago last November, said the two armies "
                     "would start small. He is expected to travel to Chile in the autumn for the third round of "
                     "Navy-to-Navy Staff Talks, which Brenik will host.\n", PUBLISHED)
    assert any(mt.status == "planned" for mt in x.meetings)


def test_a_round_hosted_last_year_is_no_meeting_to_come(nlp):
    x = extract_text(nlp, LEAD + "Kelvari will travel to Chile in the autumn for the annual staff talks, which "
                     "Brenik hosted last year.\n", PUBLISHED)
    assert not any(mt.status == "planned" for mt in x.meetings)


def test_the_journeys_city_and_month_are_the_meetings(nlp):
    x = extract_text(nlp, LEAD + "Kelvari will travel to Santiago in June for the annual staff talks, which Brenik "
                     "will host.\n", PUBLISHED)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    places = {p.key: p.name for p in x.places}
    assert len(planned) == 1 and planned[0].date is not None and planned[0].date.iso == "2026-06"
    assert places.get(planned[0].place) == "Santiago"
