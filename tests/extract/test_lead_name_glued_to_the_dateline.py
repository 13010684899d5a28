""""Porthaven [Ruritania], March 11 (RNA): Ruritania's Minister of Defence, Gen X, will be on a visit
to Y ...": the parse may make the dateline's city the subject of the lead's verb and hang the lead's
name on the dateline's words; that name is still the subject, whose visit makes him "the visiting
Minister" a later sentence meets. A lead whose subject is no dateline word is read as before.
Invented persons and places."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 11)
PAIR = ("Harun Kelvari", "Tomas Brenik")


def _talks(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    return {k: ((mt.date.iso if mt.date else None), place_name(x, mt)) for k, mt in meetings_by_participants(x).items()}


def test_will_be_on_a_visit_then_talks_with_the_visiting_minister(nlp):
    text = ("Lima [Peru], March 11 (ANI): Uruguay's Minister of Defence, Lt Gen Tomas Brenik, will be on an official "
            "visit to Peru from March 12 to 14, the Ministry of Defence said on Wednesday.\n\n"
            "Defence Minister Harun Kelvari will hold talks with the visiting Minister at the Defence Ministry in Lima on "
            "Thursday, officials said.\n")
    assert _talks(nlp, text)[PAIR] == ("2026-03-12", "Lima")


def test_is_on_a_visit_then_met_the_visiting_general(nlp):
    text = ("Lima [Peru], March 11 (ANI): Uruguay's Army Chief, General Tomas Brenik, is on a three-day visit to Peru, "
            "officials said.\n\n"
            "Peru's Defence Minister Harun Kelvari held talks with the visiting general in Lima on Wednesday.\n")
    assert _talks(nlp, text)[PAIR] == ("2026-03-11", "Lima")


def test_begins_a_visit_then_receives_the_guest(nlp):
    text = ("Lima [Peru], March 11 (ANI): Uruguay's Minister of National Defence, Tomas Brenik, will begin a "
            "two-day visit to Peru on Thursday, the ministry said.\n\n"
            "Defence Minister Harun Kelvari will hold delegation-level talks with the visiting Minister in Lima on Friday.\n")
    assert _talks(nlp, text)[PAIR] == ("2026-03-13", "Lima")


def test_a_lead_whose_subject_is_no_dateline_word_names_no_visitor(nlp):
    text = ("Lima [Peru], March 11 (ANI): The ministry said a delegation from Uruguay's Ministry of Defence, led by "
            "Colonel Tomas Brenik, would arrive next month.\n\n"
            "Defence Minister Harun Kelvari will hold talks with the visiting Minister in Lima on Thursday.\n")
    assert PAIR not in _talks(nlp, text)
