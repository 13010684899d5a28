""""The academy, which is commanded by Air Vice Marshal X (Commandant), has trained officers from
more than 20 friendly countries, including Latvia.": a country given as an example of a group
("including", "such as") tells where no one of the sentence is from; X is of the story's host."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

LEAD = ("Riga - 9 February 2027\n\nGeneral Ivo Tamm, Chief of Defence of the Estonian Defence Forces, who is on an official "
        "visit to Latvia, called on General Andris Kalnins, Commander of the Latvian National Armed Forces, in Riga today.\n\n"
        "Tomorrow, the visiting General will visit the Latvian Military Academy at Adazi. ")


def test_a_country_after_including_gives_no_post_its_country(nlp):
    for tail in ("including Estonia.", "such as Estonia."):
        text = LEAD + "The academy, which is commanded by Brigadier General Janis Ozols (Commandant), has trained officers from more than 20 friendly countries, " + tail
        held = holdings(extract_text(nlp, text, date(2027, 2, 9)))
        assert not any(person == "Janis Ozols" and country == "EST" for person, _, country in held), tail
