"""Days and places a meeting takes from its context: "He later met X" after a sentence with its
day; "will visit the Naval Command in Split on Friday, where he will meet X" (the visit's day); the
dateline's city for the lead's meeting of a visitor on a visit to that city's country."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name


def _meeting(nlp, text: str, published: date = date(2025, 3, 12)):
    met = meetings_by_participants(extract_text(nlp, text, published))
    assert len(met) == 1, met
    return next(iter(met.items()))


def test_he_later_met_takes_the_day_before(nlp):
    text = (
        "Kenyan Defence Cabinet Secretary Ruth Wanjiru arrived in Kampala on Monday for a three-day visit.\n\n"
        "On Tuesday morning, Wanjiru laid a wreath at the national monument. She later held talks with Ugandan "
        "Defence Minister Joseph Okello at the ministry."
    )
    (_, mt) = _meeting(nlp, text)
    assert mt.date.iso == "2025-03-11"


def test_then_met_takes_the_day_before(nlp):
    text = (
        "On Monday, Chilean Defence Minister Pablo Rojas toured the naval base at Talcahuano. He then met "
        "Argentine Defence Minister Diego Luna at the base."
    )
    (_, mt) = _meeting(nlp, text)
    assert mt.date.iso == "2025-03-10"


def test_will_then_meet_is_not_the_day_before(nlp):
    # a meeting still to come after "then" may be days later: no day from the sentence before
    text = (
        "Chilean Defence Minister Pablo Rojas will tour the naval base at Talcahuano on Thursday. He will then "
        "meet Argentine Defence Minister Diego Luna."
    )
    (_, mt) = _meeting(nlp, text)
    assert mt.date is None


def test_will_visit_a_command_in_a_city_on_a_day_where_he_will_meet(nlp):
    text = (
        "Croatian Defence Minister Ivan Horvat arrived in Athens on Monday. He is scheduled to visit the Naval "
        "Training Command in Thessaloniki on Friday, where he will meet Vice Admiral Nikos Pappas."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    mt = met[("Ivan Horvat", "Nikos Pappas")]
    assert mt.date.iso == "2025-03-14"
    assert mt.status == "planned"


def test_visited_an_academy_in_a_city_on_a_day_where_she_met(nlp):
    text = (
        "Estonian Defence Minister Kaja Tamm is on a visit to Latvia. On Monday, she visited the National Defence "
        "Academy in Riga, where she met Latvian Chief of Defence General Ilmars Ozols."
    )
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Ilmars Ozols", "Kaja Tamm")]
    assert mt.date.iso == "2025-03-10"
    assert place_name(x, mt) == "Riga"


def test_dateline_city_in_the_country_visited(nlp):
    text = (
        "WINDHOEK, March 12 - Chief of Defence Force General Tebogo Molefe, who is on an official visit to Namibia, "
        "called on President Anna Shikongo on Tuesday and discussed border security."
    )
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Anna Shikongo", "Tebogo Molefe")]
    assert place_name(x, mt) == "Windhoek"


def test_dateline_city_outside_the_country_visited_is_no_place(nlp):
    # the reporter writes from home about a visit abroad: the dateline is not where they met
    text = (
        "WINDHOEK, March 12 - Chief of Defence Force General Tebogo Molefe, who is on an official visit to Botswana, "
        "called on President Anna Shikongo on Tuesday and discussed border security."
    )
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Anna Shikongo", "Tebogo Molefe")]
    assert place_name(x, mt) != "Windhoek"
