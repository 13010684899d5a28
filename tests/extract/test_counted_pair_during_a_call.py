""""the two ministers first discussed X during a telephone conversation on <day>": a talk noun in a
"during" phrase whose verb's subject is "the two ministers" is a meeting of the pair the article
just told; when the meeting told last is of one of them with someone holding no minister's post,
of the latest pair of ministers. Not a "during" phrase of no talk noun ("during a press
conference"). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)

TALKS = ("The Minister of Defence, Dr Lina Oskarsdottir Vale, hosted her Estonian counterpart, Mr Arvo Kellan, "
         "for talks at the ministry in Reykjavik yesterday.\n\n")


def test_counted_pair_during_a_telephone_conversation(nlp):
    x = extract_text(nlp, TALKS + "According to a statement from the ministry, the two ministers first discussed the "
                     "agreement during a telephone conversation on 24/12/2025, when the dates of the visit were agreed.\n",
                     PUBLISHED)
    days = sorted(m.date.iso for m in x.meetings if m.date)
    assert "2025-12-24" in days
    call = next(m for m in x.meetings if m.date and m.date.iso == "2025-12-24")
    assert call.kind == "telephone"
    assert len(call.participants) == 2 and call.participants == meetings_by_participants(x)[("Arvo Kellan", "Lina Oskarsdottir Vale")].participants


def test_counted_pair_past_a_meeting_with_a_general(nlp):
    x = extract_text(nlp, TALKS + "After meeting the Chief of Defence, General Brandur Olafsson, at the headquarters "
                     "on Tuesday, Mr Kellan said Estonia was ready to help.\n\nAccording to a statement from the "
                     "ministry, the two ministers first discussed the agreement during a telephone conversation on "
                     "24/12/2025.\n", PUBLISHED)
    calls = [m for m in x.meetings if m.date and m.date.iso == "2025-12-24"]
    names = {p.key: p.name for p in x.persons}
    assert len(calls) == 1
    assert sorted(names[k] for k in calls[0].participants) == ["Arvo Kellan", "Lina Oskarsdottir Vale"]


def test_counted_pair_during_a_press_conference_is_no_meeting(nlp):
    x = extract_text(nlp, TALKS + "The two ministers later spoke about the agreement during a press conference on "
                     "Friday.\n", PUBLISHED)
    assert len(x.meetings) == 1
