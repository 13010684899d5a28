"""A speaker named after a comma at a sentence's end ("..., palace spokesman X said") attributes the
clause before: a guest's country adjective in that clause is not the speaker's post's country."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_speaker_takes_no_adjective_of_the_guest_before(nlp):
    x = extract_text(nlp, "King Harald Voss received the Bolivian minister, Royal Court spokesman Erik Lund said.")
    assert not any(person == "Erik Lund" and country == "BOL" for person, _, country in holdings(x))


def test_two_posts_joined_before_one_name_share_the_country(nlp):
    x = extract_text(nlp, "The Bolivian Minister of State and Minister of Defence Luis Arce said on Monday that the talks went well.")
    assert ("Luis Arce", "Defence Minister", "BOL") in holdings(x)
