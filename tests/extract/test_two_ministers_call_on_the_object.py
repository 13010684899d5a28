""""The two ministers had discussed the preparations for the visit in a telephone conversation on
<day>": the parse hangs the call on the object's noun; still the pair's call. After the visitor's
call on a Prime Minister, "the two ministers" of a call before the story are the story's pair of
ministers, not the visitor and the head of government (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 2, 4)

TALKS = "Defence Minister Piet Varnow held talks with Defence Minister Olen Markaj in Brelt on February 2. "
CALL = "\n\nThe two ministers had discussed the preparations for the visit in a telephone conversation on January 14."


def _calls(x):
    return [participant_names(x, mt) for mt in x.meetings if mt.date and mt.date.iso == "2027-01-14"]


def test_call_hung_on_the_object_is_the_pairs(nlp):
    x = extract_text(nlp, TALKS + CALL, PUBLISHED)
    assert _calls(x) == [["Olen Markaj", "Piet Varnow"]]


def test_the_two_ministers_past_a_call_on_a_prime_minister(nlp):
    x = extract_text(nlp, TALKS + "On February 4, Minister Varnow was received by Prime Minister Tomas Reyl. Prime "
                     "Minister Tomas Reyl said ties were good." + CALL, PUBLISHED)
    assert _calls(x) == [["Olen Markaj", "Piet Varnow"]]


def test_the_two_prime_ministers_still_hold_their_post(nlp):
    # must not fire: "the two prime ministers" are the prime ministers just told
    x = extract_text(nlp, "Prime Minister Piet Varnow held talks with Prime Minister Olen Markaj in Brelt on February 2.\n\n"
                     "The two prime ministers had discussed the preparations for the visit in a telephone conversation "
                     "on January 14.", PUBLISHED)
    assert _calls(x) == [["Olen Markaj", "Piet Varnow"]]
