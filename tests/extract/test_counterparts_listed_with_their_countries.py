"""A counterpart's name followed by others each after its country's possessive ("his Danish
counterpart X, Finland's Y, Sweden's Z"): each is a counterpart of its own country, and a name the
model reads as an organisation after "<country>'s" is a person when named alone later, on articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2027, 2, 8)

LIST = ("OSLO: Norwegian Defence Minister Arne Vik chaired the meeting, which was attended by his Danish counterpart "
        "Mads Holm Berg, Finland's {fin}, Sweden's Nils Ekdahl and Iceland's Minister for Foreign Affairs, Sigrún Jónsdóttir.")


def test_each_listed_counterpart_holds_the_post_in_its_own_country(nlp):
    x = extract_text(nlp, LIST.format(fin="Juha Virtanen") + "\n\nLater, Vik hosted Virtanen and Ekdahl for talks.\n", PUBLISHED)
    held = holdings(x)
    assert ("Mads Holm Berg", "Defence Minister", "DNK") in held
    assert ("Juha Virtanen", "Defence Minister", "FIN") in held
    assert ("Nils Ekdahl", "Defence Minister", "SWE") in held
    assert ("Sigrún Jónsdóttir", "Foreign Affairs Minister", "ISL") in held
    assert {p.name: p.country for p in x.persons}["Juha Virtanen"] == "FIN"


def test_a_name_after_a_countrys_possessive_named_alone_later_is_a_person(nlp):
    x = extract_text(nlp, LIST.format(fin="Antti Kärkkäinen") + "\n\nLater, Vik hosted Kärkkäinen and Ekdahl for talks.\n", PUBLISHED)
    assert {"Antti Kärkkäinen", "Nils Ekdahl"} <= set(person_names(x))
    assert "Kärkkäinen" not in person_names(x)


def test_a_company_after_a_countrys_possessive_stays_no_person(nlp):
    text = ("OSLO: Defence Minister Arne Vik visited Sweden's Nordvik Ordnance works on Tuesday. Vik said the order "
            "would be signed in May.\n")
    assert "Nordvik Ordnance" not in person_names(extract_text(nlp, text, PUBLISHED))
