""""the President of <a town or region>, Dr X": a title followed by "of" and a place that is no
country is that place's post (in the place's country), not the country's President told before;
its holder's name may follow the place, also through a second title joined by "and". A bare
"the President of <town>" is not the country's President. Not "the President of <country>" (the
country's post as before). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, posts_held

PUBLISHED = date(2025, 3, 12)  # a Wednesday

OPENING = ("Defence Minister Arvo Kellan of Estonia arrived in Peru on Monday. He called on the President of "
           "Peru, Dr. Marisol Cuaderra Vintal, at the Government Palace in Lima.\n\n")


def test_post_of_a_town_joined_to_a_second_title(nlp):
    x = extract_text(nlp, OPENING + "Kellan plans to hold talks with the President of Arequipa and Chairman of the "
                     "Regional Council, Dr. Rufino Quispeña Atahual, in Arequipa on Thursday.\n", PUBLISHED)
    held = posts_held(x)
    assert ("President of Arequipa", "PER", None) in held["Rufino Quispeña Atahual"]
    assert ("President", "PER", None) in held["Marisol Cuaderra Vintal"]
    meetings = meetings_by_participants(x)
    assert ("Arvo Kellan", "Rufino Quispeña Atahual") in meetings
    # the country's President is not met in the town
    assert all(m.date is None or m.date.iso != "2025-03-13" for k, m in meetings.items() if "Marisol Cuaderra Vintal" in k)


def test_post_of_a_town_with_the_name_after_it(nlp):
    x = extract_text(nlp, OPENING + "Kellan is expected to call on the President of Arequipa, Dr Rufino Quispeña "
                     "Atahual, at the Regional House in Arequipa today.\n", PUBLISHED)
    assert ("President of Arequipa", "PER", None) in posts_held(x)["Rufino Quispeña Atahual"]
    meetings = meetings_by_participants(x)
    assert ("Arvo Kellan", "Rufino Quispeña Atahual") in meetings
    assert len([k for k in meetings if "Marisol Cuaderra Vintal" in k]) == 1


def test_bare_post_of_a_town_is_not_the_countrys_president(nlp):
    x = extract_text(nlp, OPENING + "Kellan will travel on to Arequipa on Thursday to hold talks with the President "
                     "of Arequipa.\n", PUBLISHED)
    assert len([k for k in meetings_by_participants(x) if "Marisol Cuaderra Vintal" in k]) == 1


def test_president_of_the_country_stays_the_countrys(nlp):
    x = extract_text(nlp, OPENING + "On Thursday Kellan will again hold talks with the President of Peru and "
                     "Captain General of the Armed Forces, Dr. Marisol Cuaderra Vintal, in Arequipa.\n", PUBLISHED)
    held = posts_held(x)["Marisol Cuaderra Vintal"]
    assert ("President", "PER", None) in held
    assert not any(t.startswith("President of") for t, _, _ in held)
