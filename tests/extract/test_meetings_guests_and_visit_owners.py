"""Who a meeting is with, from the sentence around it: the guests who attended a dinner or a
reception someone hosted are not the host's meeting partners; "The visit is X's second to the
region this year. In February he met Y": "he" is X."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs, place_name


def test_attendees_of_a_hosted_dinner_are_not_the_hosts_partners(nlp):
    text = (
        "Chile's Ambassador to Peru Rosa Lagos hosted a dinner for the visiting minister on Friday evening, "
        "attended by former Peruvian Army chief General Jorge Salas."
    )
    assert ("Jorge Salas", "Rosa Lagos") not in meeting_pairs(extract_text(nlp, text))


def test_hosting_a_delegation_attended_by_officials_is_still_a_meeting(nlp):
    text = (
        "Peruvian Defence Minister Jorge Salas hosted Chilean Defence Minister Rosa Lagos on Friday, "
        "in talks attended by senior officials."
    )
    assert ("Jorge Salas", "Rosa Lagos") in meeting_pairs(extract_text(nlp, text))


def test_he_after_a_sentence_about_whose_visit_it_is(nlp):
    text = (
        "British Defence Secretary Tom Hale met Omani Defence Minister Salim Al Busaidi in Muscat on Monday. "
        "Italian Defence Minister Marco Rossi had met Al Busaidi in Rome in April. "
        "The visit is Hale's second to the Gulf this year. In February he met Kuwait's Crown Prince Sabah Al Jaber in Kuwait City."
    )
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Sabah Al Jaber", "Tom Hale") in pairs
    assert ("Marco Rossi", "Sabah Al Jaber") not in pairs


def test_he_after_a_sentence_about_something_else_of_a_person(nlp):
    text = (
        "British Defence Secretary Tom Hale met Omani Defence Minister Salim Al Busaidi in Muscat on Monday. "
        "Italian Defence Minister Marco Rossi had met Al Busaidi in Rome in April. "
        "The deal is Hale's second in the Gulf this year. In February he met Kuwait's Crown Prince Sabah Al Jaber in Kuwait City."
    )
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Sabah Al Jaber", "Tom Hale") not in pairs


def test_visit_during_a_meeting_told_as_background_moves_no_one(nlp):
    text = (
        "Indian Defence Secretary Anil Mehra called on Oman's Deputy Prime Minister Ahmed Al Harthy on Monday. "
        "Al Harthy had held talks with Defence Minister Vikram Rao during a visit to New Delhi in December 2023. "
        "The defence secretary also met Vice Admiral Salim Al Busaidi, the commander of the Royal Navy of Oman, on Monday evening."
    )
    x = extract_text(nlp, text)
    met = {tuple(sorted(p.name for p in x.persons if p.key in mt.participants)): mt for mt in x.meetings}
    assert place_name(x, met[("Anil Mehra", "Salim Al Busaidi")]) != "New Delhi"
    assert place_name(x, met[("Ahmed Al Harthy", "Vikram Rao")]) == "New Delhi"
