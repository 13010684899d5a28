""""On 14 May, Joint Secretary (Policy) Mr A and <country>'s Deputy Minister B will co-chair ...": a
subject's post with a bracketed remit may end the parser's sentence at ")", the name after it read as
the subject of a sentence of its own without the fronted day; the titles and the fronted phrase are
hung back on the name and its verb, so the co-chairs meet on that day. A bracket that is no remit of
a post before a name changes nothing. Invented persons and bodies."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 5, 11)
PAIR = ("Amal Varkey", "Ivo Marten")


def _meetings(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    return {k: ((mt.date.iso if mt.date else None), place_name(x, mt)) for k, mt in meetings_by_participants(x).items()}


def test_fronted_day_before_a_remit_and_an_honorific(nlp):
    text = ("On May 14, Joint Secretary (Planning) Shri Amal Varkey and Peru's Deputy Minister of "
            "Defence, Col Ivo Marten, will co-chair the 5th meeting of the Chile-Peru Joint Working Group in Lima.\n")
    assert _meetings(nlp, text)[PAIR] == ("2026-05-14", "Lima")


def test_fronted_weekday_before_a_remit_and_co_chaired(nlp):
    text = ("On Thursday, Additional Secretary (Defence Policy) Mr Amal Varkey and Peru's Director General of Defence "
            "Policy, Rear Admiral Ivo Marten, co-chaired the Chile-Peru Defence Policy Dialogue in Lima.\n")
    assert _meetings(nlp, text)[PAIR] == ("2026-05-07", "Lima")


def test_fronted_date_before_a_remit_with_mr(nlp):
    text = ("On 12 May, Deputy Secretary (Policy) Mr Amal Varkey and Peru's Vice Minister of Defence Ivo Marten "
            "held talks in Lima.\n")
    assert _meetings(nlp, text)[PAIR] == ("2026-05-12", "Lima")


def test_a_bracket_of_no_post_changes_nothing(nlp):
    text = ("On May 14, the Peruvian Navy (PN) Amal Varkey and Ivo Marten were in Lima.\n")
    assert PAIR not in _meetings(nlp, text)
