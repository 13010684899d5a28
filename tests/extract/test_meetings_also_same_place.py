""""X is to hold talks with Y in Z. He is also expected to call on W on Thursday": a pronoun subject
with "also" goes on with his meeting told in the sentence right before, in the same place."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_also_expected_to_call_on_is_where_the_talks_are(nlp):
    text = (
        "STOCKHOLM, March 12 - Defence Minister Lars Berg will travel to Tallinn on Wednesday to attend a meeting of "
        "Baltic defence ministers.\n\n"
        "Berg is scheduled to hold talks with Estonian Defence Minister Kaja Tamm on the sidelines of the meeting. "
        "He is also expected to call on President Alar Kask on Thursday."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)
    assert place_name(x, met[("Kaja Tamm", "Lars Berg")]) == "Tallinn"
    mt = met[("Alar Kask", "Lars Berg")]
    assert place_name(x, mt) == "Tallinn"
    assert mt.status == "planned"


def test_he_will_also_call_on_after_a_home_dateline(nlp):
    # the dateline is the visitor's capital: the call is where the talks before it are, not there
    text = (
        "OSLO, March 12 - Defence Minister Erik Dahl will travel to Helsinki on Monday to attend a meeting of "
        "Nordic defence ministers.\n\n"
        "Dahl is scheduled to hold talks with Finnish Defence Minister Mikko Laine on the sidelines of the meeting. "
        "He will also call on President Sauli Niemi on Tuesday."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)
    assert place_name(x, met[("Erik Dahl", "Mikko Laine")]) == "Helsinki"
    assert place_name(x, met[("Erik Dahl", "Sauli Niemi")]) == "Helsinki"


def test_also_after_a_call_takes_no_place(nlp):
    # a telephone call has no place to go on with
    text = (
        "Defence Minister Lars Berg held a telephone conversation with Estonian Defence Minister Kaja Tamm on Monday. "
        "He is also expected to call on President Alar Kask on Thursday."
    )
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Alar Kask", "Lars Berg")]
    assert place_name(x, mt) is None


def test_also_by_someone_else_takes_no_place(nlp):
    text = (
        "Defence Minister Lars Berg will hold talks with Estonian Defence Minister Kaja Tamm in Tallinn on Wednesday.\n\n"
        "Separately, Latvian Defence Minister Ilze Ozola is also expected to call on President Alar Kask on Thursday."
    )
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Alar Kask", "Ilze Ozola")]
    assert place_name(x, mt) != "Tallinn"
