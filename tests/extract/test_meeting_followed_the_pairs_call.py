""""It followed the two ministers' video teleconference on December 14": a talk noun object of
"follow", owned by "their" or by "the (two) <post>s'", is an earlier meeting of the story's pair,
with its own day and no place. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 2, 27)

LEAD = ("TALLINN - Latvian Defence Minister Orla Brennick held a meeting with Chilean Defence Minister Tomas Velk "
        "in Tallinn yesterday. ")


def _remote(x):
    return [mt for mt in x.meetings if mt.kind in ("telephone", "virtual")]


def test_the_two_ministers_teleconference_followed(nlp):
    for owner in ("the two Ministers'", "their"):
        x = extract_text(nlp, LEAD + f"It was their first meeting since 2023, and it followed {owner} video "
                         "teleconference on December 14, 2026.\n", PUBLISHED)
        (call,) = _remote(x)
        assert participant_names(x, call) == ["Orla Brennick", "Tomas Velk"]
        assert call.date.iso == "2026-12-14" and call.place is None


def test_the_meeting_followed_their_call_has_no_place_of_the_meeting(nlp):
    x = extract_text(nlp, LEAD + "The meeting followed the ministers' telephone call in December.\n", PUBLISHED)
    (call,) = _remote(x)
    assert call.date.iso == "2026-12" and call.place is None


def test_an_unowned_or_foreign_teleconference_is_none_of_theirs(nlp):
    for owner in ("a", "the Nordic ministers'"):
        x = extract_text(nlp, LEAD + f"It followed {owner} video teleconference on December 14, 2026.\n", PUBLISHED)
        assert not _remote(x)


def test_the_same_day_after_it_is_the_meetings_day(nlp):
    x = extract_text(nlp, LEAD + "It followed their video teleconference on December 14, 2026.\n\n"
                     "Earlier the same day, Minister Brennick paid a courtesy call on the Chief of Defence, General Arvo Lindqvist.\n",
                     PUBLISHED)
    (call_on,) = [mt for mt in x.meetings if "Arvo Lindqvist" in participant_names(x, mt)]
    assert call_on.date.iso == "2027-02-26"
