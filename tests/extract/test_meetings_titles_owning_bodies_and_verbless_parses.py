"""A bare title owning a named body ("the King's Royal Guard") brings no one into a meeting; a
parse with no main verb ("X, Commander of ..., conferred with Y": the trigger hung on X as a
participle) still makes X the subject; "talks between X and the visiting minister" are the
visitor's (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, participant_names

PUBLISHED = date(2026, 12, 2)


def _participants(x) -> list[tuple[str, ...]]:
    """Each meeting's participants, once per meeting (a pair told twice shows twice)."""
    return sorted(tuple(participant_names(x, mt)) for mt in x.meetings)


LEAD = "AMMAN, Dec 2 -- King Talal bin Faisal received Spain's Minister of Defence Ana Lopez at the palace here today.\n\n"


def test_a_title_owning_a_named_body_is_no_participant(nlp):
    x = extract_text(nlp, LEAD + (
        "Major General Omar Haddad, Commander of the King's Royal Guard, met Lopez on Tuesday afternoon at the "
        "headquarters of the King's Royal Guard in Amman.\n"), PUBLISHED)
    assert _participants(x) == [("Ana Lopez", "Omar Haddad"), ("Ana Lopez", "Talal bin Faisal")]


SULTAN_LEAD = ("Muscat, Dec 2 -- His Majesty Sultan Talal bin Faisal received Spain's Minister of Defence Ana Lopez at "
               "the palace here today.\n\n")
TALKS_BETWEEN = ("Official talks between His Highness Sayyid Faris bin Nasser Al Said, Deputy Prime Minister for Defence "
                 "Affairs, and the visiting minister took place at the Ministry of Defence in Muscat yesterday.\n\n")


def test_the_person_a_verbless_parse_roots_on_is_the_subject(nlp):
    x = extract_text(nlp, SULTAN_LEAD + TALKS_BETWEEN + (
        "Vice Admiral Khalid bin Saeed Al Harthi, Chief of Staff of the Sultan's Armed Forces, conferred with Lopez "
        "and the accompanying delegation on Tuesday afternoon at the headquarters of the Chief of Staff of the "
        "Sultan's Armed Forces in Muscat.\n"), PUBLISHED)
    assert ("Ana Lopez", "Khalid bin Saeed Al Harthi") in _participants(x)
    assert ("Ana Lopez", "Khalid bin Saeed Al Harthi", "Talal bin Faisal") not in _participants(x)


def test_talks_between_a_host_and_the_visiting_minister(nlp):
    x = extract_text(nlp, SULTAN_LEAD + TALKS_BETWEEN, PUBLISHED)
    met = {mt.date.iso: participant_names(x, mt) for mt in x.meetings}
    assert met == {"2026-12-02": ["Ana Lopez", "Talal bin Faisal"], "2026-12-01": ["Ana Lopez", "Faris bin Nasser Al Said"]}


def test_talks_between_a_host_and_a_visitor_of_another_country_are_not_the_visitors(nlp):
    x = extract_text(nlp, SULTAN_LEAD + TALKS_BETWEEN.replace("the visiting minister", "the visiting Italian minister"),
                     PUBLISHED)
    assert _participants(x) == [("Ana Lopez", "Talal bin Faisal")]


def test_the_king_himself_met_when_named_as_the_host(nlp):
    x = extract_text(nlp, LEAD + "The King also met Lopez's deputy, Carlos Vidal, on Tuesday.\n", PUBLISHED)
    assert ("Carlos Vidal", "Talal bin Faisal") in meeting_pairs(x)
