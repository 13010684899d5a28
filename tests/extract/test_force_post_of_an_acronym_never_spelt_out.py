"""A force's post, then "of the" and the force by an acronym the text never spelt out, then a comma
and the holder's rank ("Chief of the Defence Force of the F-FDTL, Major General X") names the post
and its holder as "Chief of the Defence Force, Major General X" would; the country comes from the
context as for the bare post. Invented names."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_chief_of_a_defence_force_by_its_acronym_where_the_visitor_is(nlp):
    x = extract_text(nlp, "Ghana's Defence Minister Kofi Mensah arrived in Abuja on Monday. He later met the Chief of the "
                          "Defence Force of the NAF, Air Marshal Bala Sani, at the air base.")
    assert ("Bala Sani", "Chief of Defence Forces", "NGA") in holdings(x)


def test_army_commander_by_the_armys_acronym_in_the_host_city(nlp):
    x = extract_text(nlp, "The Commander of the Army of the BDF, Brigadier Kago Molefe, received the delegation in Gaborone on Tuesday.")
    assert ("Kago Molefe", "Army Commander", "BWA") in holdings(x)


def test_hyphened_acronym_of_the_visited_countrys_force(nlp):
    x = extract_text(nlp, "During his visit to Fiji, New Zealand's Defence Minister Tom Reid called on the Commander of the "
                          "Force of the R-FMF, Rear Admiral Jone Kalouniwai, in Suva.")
    assert ("Jone Kalouniwai", "Commander of the Force", "FJI") in holdings(x)


def test_acronym_with_no_holder_after_it_names_no_one(nlp):
    x = extract_text(nlp, "The Chief of the Defence Force of the F-FDTL said the boats would be ready in Dili.")
    assert holdings(x) == set()
