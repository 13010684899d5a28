""""A and B sat down together in X on Monday": a joint subject that sat down together met, as
"sat down with" and "sat down for talks" already said; "The defence ministers of P, Q and R sat
down together in X yesterday" is the group's meeting, named in the sentence after. Publication
date 2025-03-12 (a Wednesday)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_a_named_pair_that_sat_down_together_met(nlp):
    x = extract_text(nlp, "Chilean Defence Minister Ana Rojas Vidal and her Bolivian counterpart Marco Quispe sat down "
                          "together in Lima on Monday.")
    met = meetings_by_participants(x).get(("Ana Rojas Vidal", "Marco Quispe"))
    assert met is not None and met.date is not None and met.date.iso == "2025-03-10" and place_name(x, met) == "Lima"


def test_a_group_that_sat_down_together_gives_its_day_to_the_meeting_named_next(nlp):
    x = extract_text(nlp, "The defence ministers of Chile, Bolivia and Brazil sat down together in Lima yesterday. "
                          "Chile's Defence Minister Ana Rojas Vidal hosted her Bolivian and Brazilian counterparts, "
                          "Marco Quispe and Jose Almeida, at the ministry.")
    met = meetings_by_participants(x).get(("Ana Rojas Vidal", "Jose Almeida", "Marco Quispe"))
    assert met is not None and met.date is not None and met.date.iso == "2025-03-11" and place_name(x, met) == "Lima"


def test_one_person_sitting_down_is_no_meeting(nlp):
    # must not fire: no partner, and no one named sat down together
    x = extract_text(nlp, "Chilean Defence Minister Ana Rojas Vidal sat down in the front row on Monday. Delegates sat "
                          "down together for lunch.")
    assert not x.meetings
