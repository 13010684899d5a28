"""A talk noun the parse made the subject of the next verb ("X held talks with Y and the two sides
reviewed ..."): the hold verb right before it, left without an object, still gives the meeting its
subject and its day."""

from __future__ import annotations

from extract_helpers import meetings_by_participants, extract_text, place_name


def test_talks_read_as_subject_of_the_next_verb_after_a_wire_dateline(nlp):
    text = (
        "LIMA, Apr 8 (EFE) Defence Minister Carlos Ruiz Vega on Tuesday held talks with Chile's Undersecretary "
        "of Defence Paula Soto and the two sides reviewed progress in naval training, officials said."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Carlos Ruiz Vega", "Paula Soto")]
    assert meeting.date.iso == "2025-03-11"
    assert place_name(x, meeting) == "Lima"


def test_talks_with_adjective_then_the_two_delegations(nlp):
    text = (
        "QUITO, Apr 8 (EFE) Army chief Gen Carlos Ruiz Vega on Tuesday held detailed talks with Colombia's "
        "Vice Minister of Defence Paula Soto and the two delegations agreed to expand training, the army said."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Carlos Ruiz Vega", "Paula Soto")]
    assert meeting.date.iso == "2025-03-11"


def test_talks_then_the_two_sides_without_dateline(nlp):
    text = (
        "Defence Secretary Carlos Ruiz Vega held talks with Chile's Undersecretary of Defence Paula Soto and "
        "the two sides discussed naval training."
    )
    assert set(meetings_by_participants(extract_text(nlp, text))) == {("Carlos Ruiz Vega", "Paula Soto")}


def test_held_that_talks_had_stalled_is_no_meeting(nlp):
    text = "Defence Minister Carlos Ruiz Vega held that talks with Chile's Undersecretary of Defence Paula Soto had stalled."
    assert extract_text(nlp, text).meetings == []


def test_talks_after_following_keep_their_own_place_and_not_the_arrival_day(nlp):
    # review mend: with no hold verb before the noun, a noun hung on "following" does not take in
    # the clause of the verb it follows ("arrived in Lima on Monday")
    text = ("Brazilian Defence Minister Jose Mucio arrived in Lima on Monday following his talks with Chilean "
            "Defence Minister Maya Fernandez in Santiago.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Jose Mucio", "Maya Fernandez")]
    assert place_name(x, meeting) == "Santiago"
    assert meeting.date is None


def test_talks_for_which_a_visit_was_made_take_the_visit_clause(nlp):
    text = "Brazilian Defence Minister Jose Mucio visited Lima on Monday for talks with Peruvian Defence Minister Walter Astudillo."
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Jose Mucio", "Walter Astudillo")]
    assert place_name(x, meeting) == "Lima"
    assert meeting.date.iso == "2025-03-10"
