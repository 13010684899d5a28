"""A name set off before "the <country adj> <ministry or force>'s <title>" ("X, the Latvian Defence
Ministry's Permanent Secretary, met ..."): the post is the name's, of the body's country, and is also
written head first with its body ("Permanent Secretary of the Defence Ministry", "Chief of Staff of
the Latvian Army"), as the gold writes such posts; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 3, 12)


def _aliases(x, person: str) -> set[str]:
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    return {form for h in x.holdings if names[h.person] == person
            for form in (offices[h.office].title, *offices[h.office].aliases)}


def test_a_ministrys_post_after_the_name_is_the_names(nlp):
    text = ("General Kwabena Tetteh of Ghana met Ilze Vanaga, the Latvian Defence Ministry's Permanent Secretary, "
            "in Riga on Monday.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Ilze Vanaga", "Permanent Secretary", "LVA") in holdings(x)
    assert "Permanent Secretary of the Defence Ministry" in _aliases(x, "Ilze Vanaga")


def test_a_ministrys_directors_post_after_the_name(nlp):
    text = ("General Kwabena Tetteh of Ghana met Ilze Vanaga, the Latvian Defence Ministry's Director General of "
            "Defence Strategy, in Riga on Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Ilze Vanaga", "Director General of Defence Strategy", "LVA") in found


def test_a_forces_post_is_also_written_head_first_with_the_force(nlp):
    text = ("General Kwabena Tetteh of Ghana met Lieutenant General Aivars Ozols, the Latvian Army's Chief of Staff, "
            "in Riga on Monday.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Aivars Ozols", "Chief of Staff", "LVA") in holdings(x)
    assert "Chief of Staff of the Latvian Army" in _aliases(x, "Aivars Ozols")


def test_a_word_before_the_comma_that_is_no_name_takes_no_post(nlp):
    text = ("On Monday, the Latvian Defence Ministry's Permanent Secretary, Ilze Vanaga, met General Kwabena "
            "Tetteh of Ghana in Riga.")
    x = extract_text(nlp, text, PUBLISHED)
    assert "Monday" not in person_names(x)
    assert ("Ilze Vanaga", "Permanent Secretary", "LVA") in holdings(x)


def test_a_ministry_with_no_country_gives_none(nlp):
    # "the ministry's Permanent Secretary": no country written with the body, the post's is the context's
    text = ("Ilze Vanaga, the ministry's Permanent Secretary, met General Kwabena Tetteh of Ghana in Accra on "
            "Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(p == "Ilze Vanaga" and c == "LVA" for p, _, c in found)


def test_a_post_the_lexicon_lacks_after_a_forces_possessive(nlp):
    # "the <country adj> <force>'s Fleet Commander": a capitalised phrase ending in a post's head word
    text = ("Vice Admiral Jonas Petrauskas, the Lithuanian Navy's Fleet Commander, met Rear Admiral Kwame Boadu of "
            "Ghana in Klaipeda on Monday.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Jonas Petrauskas", "Fleet Commander", "LTU") in holdings(x)
    assert "Fleet Commander of the Lithuanian Navy" in _aliases(x, "Jonas Petrauskas")


def test_two_posts_joined_after_a_forces_possessive_are_both_the_names(nlp):
    # "the <country adj> <force>'s Fleet Commander and Chief of Staff, X": both posts are X's
    text = ("General Kwabena Tetteh of Ghana met the Lithuanian Navy's Fleet Commander and Chief of Staff, Rear "
            "Admiral Jonas Petrauskas, in Klaipeda on Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Jonas Petrauskas", "Fleet Commander", "LTU") in found
    assert ("Jonas Petrauskas", "Chief of Staff", "LTU") in found


def test_a_post_joined_to_a_plain_noun_is_no_post(nlp):
    # must not fire: "the Lithuanian Navy's Fleet Commander and staff" (no second post, no name set off)
    text = ("General Kwabena Tetteh of Ghana met the Lithuanian Navy's Fleet Commander and staff in Klaipeda on "
            "Monday, said Rear Admiral Jonas Petrauskas.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(t == "Fleet Commander" for _, t, _ in found)


def test_a_post_with_its_remit_after_a_forces_possessive_before_the_name(nlp):
    text = ("The Ghanaian delegation was received by the Lithuanian Navy's Chief of Training, Rear Admiral Jonas "
            "Petrauskas, in Klaipeda on Tuesday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Jonas Petrauskas", "Chief of Training", "LTU") in found


def test_a_forces_bare_commander_is_the_services_post(nlp):
    text = ("General Kwabena Tetteh of Ghana met Rear Admiral Jonas Petrauskas, the Lithuanian Navy's commander, "
            "in Klaipeda on Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Jonas Petrauskas", "Navy Commander", "LTU") in found


def test_no_post_from_a_unit_or_a_plain_noun_after_a_forces_possessive(nlp):
    # "the Lithuanian Navy's Western Flotilla", "the Lithuanian Navy's guest": no post's head word
    text = ("Rear Admiral Jonas Petrauskas, the Lithuanian Navy's guest, met Kwame Boadu, the Ghanaian Navy's "
            "Western Flotilla, in Klaipeda on Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(p in ("Jonas Petrauskas", "Kwame Boadu") for p, _, _ in found)


def test_a_hyphened_director_generals_remit_stays_in_the_post(nlp):
    # "Director-General of Defence Policy at <country>'s Ministry of Defence": the remit is the post's,
    # the ministry's country its country (not the meeting place's)
    text = ("RIGA, March 10 - Director-General of Defence Policy at Latvia's Ministry of Defence, Aiko Vanaga, met "
            "Brigadier Kwame Boadu of Ghana in Accra on Monday. Latvia and Ghana agreed to expand training.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Aiko Vanaga", "Director-General of Defence Policy", "LVA") in found


def test_a_director_general_of_a_ministry_names_no_remit(nlp):
    text = ("Brigadier Kwame Boadu of Ghana met the Director-General of the Latvian Defence Ministry, Aiko Vanaga, "
            "in Riga on Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(t.startswith("Director-General of") and "Ministry" not in t for p, t, _ in found if p == "Aiko Vanaga")
    assert any(p == "Aiko Vanaga" and c == "LVA" for p, _, c in found)


def test_a_ministrys_spokesman_after_its_possessive(nlp):
    text = ("General Kwabena Tetteh of Ghana met Andris Kalnins, the Latvian Defence Ministry's spokesman, in Riga "
            "on Monday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Andris Kalnins", "Defence Ministry spokesman", "LVA") in found


def test_a_spokesman_of_a_ministry_with_no_country_is_no_post_here(nlp):
    # "the ministry's spokesman": no country's body written before it
    text = "Andris Kalnins, the ministry's spokesman, met General Kwabena Tetteh of Ghana in Accra on Monday."
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(t.endswith("spokesman") and c == "LVA" for p, t, c in found)


def test_a_lowercase_post_and_remit_after_a_forces_possessive(nlp):
    text = ("The delegation also included Captain Andris Kalnins, the Latvian Navy's director of naval training, who "
            "will lead the course in Riga.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Andris Kalnins", "Director of Naval Training", "LVA") in holdings(x)
    assert "director of naval training of the Latvian Navy" in _aliases(x, "Andris Kalnins")


def test_a_lowercase_remit_holding_a_proper_adjective(nlp):
    # "director of Arctic operations": a capitalised proper adjective inside the lower-case remit
    text = ("The delegation also included Captain Edvins Rulle, the Latvian Navy's director of Arctic operations, who "
            "will lead the patrol. Commander Ilga Sprude, the Latvian Navy's head of Baltic fleet logistics, "
            "also attended.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Edvins Rulle", "Director of Arctic Operations", "LVA") in holdings(x)
    assert ("Ilga Sprude", "Head of Baltic Fleet Logistics", "LVA") in holdings(x)


def test_a_remit_ending_in_a_capitalised_word_or_not_set_off_is_no_post(nlp):
    # must not fire: the remit's last word capitalised ("director of Arctic"), or no comma after the remit
    text = ("Captain Edvins Rulle met General Kwabena Tetteh of Ghana in Riga on Monday, the Latvian Navy's "
            "director of Arctic operations said. The Latvian Navy's director of Arctic, Commander Ilga Sprude, "
            "also attended.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(t.startswith("Director of Arctic") for _, t, _ in found)


def test_a_lowercase_head_of_a_remit_running_into_a_verb_is_no_post(nlp):
    # must not fire: "the Latvian Navy's head of training said": no comma sets the post off
    text = ("Captain Andris Kalnins met General Kwabena Tetteh of Ghana in Riga on Monday, the Latvian Navy's head of "
            "training said.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(t.startswith("Head of") for _, t, _ in found)
