""""The two officials had prepared the session in a video conference earlier this month": a video
conference in an "in" ("during") phrase of the verb whose subject is the pair just told (counted
"the two officials", or named) is a virtual meeting of that pair. Not a video conference of others
("of NATO ministers"), one taken part in, nor one where someone spoke to reporters. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 3, 28)

TALKS = ("Estonian Defence Secretary Arvo Kellan met Iceland's Undersecretary of Defence Brandur Olafsson "
         "in Reykjavik on Wednesday.\n\n")


def _virtual(x):
    return [m for m in x.meetings if m.kind == "virtual"]


def test_counted_officials_prepared_the_session_in_a_video_conference(nlp):
    x = extract_text(nlp, TALKS + "The two officials had prepared the session in a video conference on March 4.\n", PUBLISHED)
    calls = _virtual(x)
    assert len(calls) == 1 and calls[0].date is not None and calls[0].date.iso == "2027-03-04"
    assert participant_names(x, calls[0]) == ["Arvo Kellan", "Brandur Olafsson"]


def test_counted_officials_held_a_video_conference(nlp):
    x = extract_text(nlp, TALKS + "The two officials had held a video conference in February.\n", PUBLISHED)
    calls = _virtual(x)
    assert len(calls) == 1 and participant_names(x, calls[0]) == ["Arvo Kellan", "Brandur Olafsson"]


def test_named_pair_discussed_it_in_a_video_conference(nlp):
    x = extract_text(nlp, TALKS + "Kellan and Olafsson had discussed the agenda in a video conference on March 4.\n", PUBLISHED)
    assert len(_virtual(x)) == 1


def test_video_conference_of_others_taken_part_in_is_no_meeting(nlp):
    x = extract_text(nlp, TALKS + "Kellan and Olafsson took part in a video conference of NATO defence ministers on March 4.\n",
                     PUBLISHED)
    assert _virtual(x) == []
    x = extract_text(nlp, TALKS + "Kellan and Olafsson announced the plan in a video conference with journalists on March 4.\n",
                     PUBLISHED)
    assert _virtual(x) == []


def test_telling_reporters_in_a_video_conference_is_no_meeting(nlp):
    x = extract_text(nlp, TALKS + "Kellan told reporters in a video conference on March 4 that Estonia would help.\n", PUBLISHED)
    assert _virtual(x) == []
