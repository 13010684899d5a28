"""Capitalised words taken for a person's name: a title-case headline's verb and the words after
it ("Defence Minister Meets Visiting Kenyan Delegation", "... Inaugurates X Hostel"), and an event
named after a person ("the Admiral X Memorial Seminar"). A person the headline names after its
verb, or one who addresses a memorial event, stays a person. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_headline_verb_and_the_words_after_it(nlp):
    text = ("Defence Minister Meets Visiting Brazilian Delegation\n"
            "Defence Minister Arvel Chandan met Brazilian Defence Minister Paulo Ribanta in New Delhi on Saturday. "
            "Ribanta invited India to an exhibition in Rio de Janeiro.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert sorted(names) == ["Arvel Chandan", "Paulo Ribanta"]


def test_headline_verb_before_a_hostel_named_after_a_person(nlp):
    text = ("Defence Minister Inaugurates Kalpana Shenoy Hostel\n"
            "Defence Minister Sunil Bharadan inaugurated the Kalpana Shenoy Hostel at the National Defence Academy on Friday. "
            "He also met the Kazakh Defence Minister, Col Gen Ruslan Zhakenov.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert not any("Kalpana" in n or "Hostel" in n for n in names)
    assert "Sunil Bharadan" in names


def test_person_named_in_the_headline_after_its_verb(nlp):
    # must not fire: the headline names the counterpart after "Meets"
    text = ("Defence Minister Meets Paulo Ribanta\n"
            "Defence Minister Arvel Chandan met Brazilian Defence Minister Paulo Ribanta in New Delhi on Saturday.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert sorted(names) == ["Arvel Chandan", "Paulo Ribanta"]


def test_memorial_seminar_named_after_a_person(nlp):
    text = ("Chief of the Naval Staff Admiral Deepan Rawat addressed the Admiral Ravi Kohlan Memorial Seminar on Thursday. "
            "He later met the Omani Navy commander, Rear Admiral Saif Al Harqi.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert not any("Kohlan" in n for n in names)
    assert "Deepan Rawat" in names


def test_person_addressing_a_memorial_event_stays_a_person(nlp):
    # must not fire: the name is the speaker's, the event named apart
    text = ("Admiral Ravi Kohlan addressed the Memorial Seminar at the Naval War College on Thursday. "
            "He later met the Omani Navy commander, Rear Admiral Saif Al Harqi.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Ravi Kohlan" in names
