"""A known city written with "City" after its name ("Taguig City") is that city, and a call's place
is the city after the base it was held at even when the parse makes a title's word ("commanding
general") a clause; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

from diplokg import refdata

LEAD = ("MANILA, Jan. 26 (PNA) – Defense Secretary Ramon Dizon met Malaysian Defence Minister Hakim Rahman at Camp "
        "Bonifacio in Quezon City on Monday. ")


def test_a_city_written_with_city_after_its_name():
    cities = refdata.cities()
    assert cities["Taguig City"].name == "Taguig"
    # a name that is another city's stays that city: "Quezon City", "Mexico City"
    assert cities["Quezon City"].name == "Quezon City"
    assert cities["Mexico City"].country == "MEX"


def test_the_visit_to_a_capital_written_with_city(nlp):
    text = "On Tuesday, the Minister of Defence, Kadri Tamm, welcomed her Latvian counterpart, Janis Ozols, for a working visit to Tallinn City."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Janis Ozols", "Kadri Tamm")]) == "Tallinn"


def test_a_call_at_a_base_in_a_city_past_a_commanding_general(nlp):
    text = LEAD + ("Air Chief Marshal Azlan Yusof, a member of the delegation, separately paid a call on Philippine "
                   "Air Force commanding general Lt. Gen. Mario Santos at Basa Air Base in Taguig City.")
    x = extract_text(nlp, text, published=date(2026, 1, 27))
    met = meetings_by_participants(x)
    assert place_name(x, met[("Azlan Yusof", "Mario Santos")]) == "Taguig"
    assert place_name(x, met[("Hakim Rahman", "Ramon Dizon")]) == "Quezon City"


def test_a_clause_after_the_call_keeps_its_own_place(nlp):
    # a real clause hung on the partner ("who served in X") is still cut off: its city is not the meeting's
    text = LEAD + ("Air Chief Marshal Azlan Yusof later called on Lt. Gen. Mario Santos, who served as a squadron "
                   "commander in Taguig City until May.")
    x = extract_text(nlp, text, published=date(2026, 1, 27))
    met = meetings_by_participants(x)
    assert place_name(x, met[("Azlan Yusof", "Mario Santos")]) != "Taguig"
