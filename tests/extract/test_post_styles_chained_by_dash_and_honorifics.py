"""Long chained post styles before one name: two posts joined by a dash ("First Deputy Minister of
Defence - Chief of the General Staff, Major General X"), a President "of the Republic of <country>"
run into a further post, an honorific style's noun ("Leader of the Nation") that is no person, and
a namesake ("the Cadet College named after X") who is no one the story is about."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def _names(x):
    return {p.name for p in x.persons}


def test_two_posts_joined_by_a_dash(nlp):
    x = extract_text(nlp, "ASTANA, March 4 - Defence Minister Colonel General Karim Ostanov received a delegation from "
                          "Ruritania in Astana. Earlier in the day, the guests held a meeting with the First Deputy "
                          "Minister of Defense - Chief of the General Staff of the Armed Forces, Major General Anvar "
                          "Kholov. Kazakhstan and Ruritania agreed to train together.")
    assert ("Anvar Kholov", "First Deputy Defence Minister", "KAZ") in holdings(x)


def test_a_dash_between_a_title_and_other_words_joins_nothing(nlp):
    x = extract_text(nlp, "ASTANA, March 4 - Defence Minister Colonel General Karim Ostanov received a delegation from "
                          "Ruritania in Astana. The Defence Minister - who chaired the talks - thanked Major General "
                          "Anvar Kholov. Kazakhstan and Ruritania agreed to train together.")
    assert not any(h[0] == "Anvar Kholov" and h[1] == "Defence Minister" for h in holdings(x))


def test_president_of_the_republic_in_a_chain_after_an_honorific_style(nlp):
    x = extract_text(nlp, "ASTANA, March 4 - Defence Minister Karim Ostanov received Air Marshal Pavel Drak of Ruritania "
                          "in Astana. Minister Ostanov conveyed to the guest the greetings of the Founder of Peace and National Harmony - "
                          "Leader of the Nation, President of the Republic of Kazakhstan, "
                          "Commander-in-Chief of the Armed Forces, Bahrom Saidzoda.")
    assert "Nation" not in _names(x)
    assert ("Bahrom Saidzoda", "President", "KAZ") in holdings(x)
    assert ("Bahrom Saidzoda", "Commander-in-Chief of the Armed Forces", "KAZ") in holdings(x)


def test_a_namesake_is_no_person(nlp):
    x = extract_text(nlp, "ASTANA, March 4 - Defence Minister Karim Ostanov received Air Marshal Pavel Drak of Ruritania "
                          "in Astana. The delegation also visited the Cadet College named after Yerlan Tokbayev "
                          "and laid a wreath in Astana.")
    assert "Yerlan Tokbayev" not in _names(x)
    assert "Pavel Drak" in _names(x)


def test_a_person_named_after_a_meeting_is_still_a_person(nlp):
    x = extract_text(nlp, "OSLO, March 4 - The minister said after the talks that Colonel Lars Ostrov would lead the "
                          "new command. He thanked Ruta Sanvik for her work.")
    assert {"Lars Ostrov", "Ruta Sanvik"} <= _names(x)
