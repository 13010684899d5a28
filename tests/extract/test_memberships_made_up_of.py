"""A name of no known kind set off before ", which is (currently) made up of A, B and C" gathers
those countries as "which comprises" does: a body, with them as members; not a list of people."""

from __future__ import annotations

from extract_helpers import members_stated


def test_made_up_of_countries(nlp):
    for text, name, members in (
            ("The Organ Troika, which is currently made up of Malawi, Tanzania and Zimbabwe, is expected to meet next month.",
             "Organ Troika", {"MWI", "TZA", "ZWE"}),
            ("The Reef Quartet, which is made up of Fiji, Tonga, Samoa and Vanuatu, met in Suva.", "Reef Quartet", {"FJI", "TON", "WSM", "VUT"}),
            ("The Andes Troika, which is now composed of Peru, Chile and Bolivia, met.", "Andes Troika", {"PER", "CHL", "BOL"})):
        stated = members_stated(text, nlp)
        assert {c for c, fw, role in stated if fw == name and role == "member"} == members, (text, stated)


def test_made_up_of_people_is_no_body(nlp):
    assert members_stated("The Reef Quartet, which was made up of former ministers from Fiji and Tonga, met in Suva.", nlp) == set()
