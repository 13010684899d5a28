""""X, who heads <country>'s <body>,": a relative clause in the present whose verb heads a body's
capitalised name gives the person that body's head ("Head of the <body>", "Commander of the
<body>" for "commands"), of the country written with it; not a post once held ("who headed"), a
country's service alone ("who leads the Estonian Navy") nor an unnamed group ("the delegation")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_who_heads_a_countrys_agency(nlp):
    x = extract_text(nlp, "General Arvo Kask, who heads Estonia's Defence Intelligence Agency, met Latvian Defence "
                          "Minister Ilze Rudens in Riga on Monday.")
    assert ("Arvo Kask", "Head of the Defence Intelligence Agency", "EST") in holdings(x)


def test_who_heads_an_agency_of_a_country_and_who_commands_a_fleet(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Ilze Rudens met Colonel Tarmo Lepp, who heads the Military "
                          "Intelligence Service of Estonia, and Rear Admiral Peeter Vold, who commands the Estonian "
                          "Baltic Fleet, in Tallinn on Monday.")
    found = holdings(x)
    assert ("Tarmo Lepp", "Head of the Military Intelligence Service", "EST") in found
    assert ("Peeter Vold", "Commander of the Estonian Baltic Fleet", "EST") in found


def test_a_past_head_a_service_or_a_delegation_is_no_post_here(nlp):
    # must not fire: "who headed" (a post once held), "who leads the Estonian Navy" (a service whose
    # post has a name of its own), "who leads the Estonian delegation" (no body's name)
    x = extract_text(nlp, "Admiral Arvo Kask, who leads the Estonian Navy, met Ilze Rudens, who headed Latvia's Defence "
                          "Intelligence Agency until 2020, and Colonel Tarmo Lepp, who leads the Estonian delegation, "
                          "in Riga on Monday.")
    assert not any(t.startswith(("Head of", "Commander of")) for _, t, _ in holdings(x))
