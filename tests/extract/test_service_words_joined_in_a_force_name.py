""""the French Air and Space Force": a service's kind word joined by "and" to the rest of a force's
name is no person (the model took "Air" for one, met by the visitor). Articles written for these
tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)


def test_air_of_an_air_and_space_force_is_no_person(nlp):
    x = extract_text(nlp, "Indian Air Force chief Air Chief Marshal R.K. Sehgal held talks with General Marc Delorme-Vautrin, "
                          "Chief of Staff of the French Air and Space Force, in Paris on March 4.\n", PUBLISHED)
    names = person_names(x)
    assert "Air" not in names
    assert {"R.K. Sehgal", "Marc Delorme-Vautrin"} <= set(names)
    assert len(x.meetings) == 1


def test_a_name_joined_by_and_to_a_person_stays(nlp):
    # must not fire: a person's name before "and" another titled person is no service word
    names = person_names(extract_text(nlp, "General Marc Delorme-Vautrin and Air Marshal Pierre Castagnet met Indian "
                                           "Air Force chief R.K. Sehgal in Paris on March 4.\n", PUBLISHED))
    assert {"Marc Delorme-Vautrin", "Pierre Castagnet", "R.K. Sehgal"} <= set(names)
