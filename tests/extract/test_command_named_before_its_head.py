"""A command named before its head's word, the country's short form opening the command's name
("U.S. Southern Command commander Gen. X", "US Africa Command chief General Y"): the command's
head, of that country, also written head first with and without "the". Articles written for these
tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2026, 3, 12)


def _posts(x):
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    return {names[h.person]: (offices[h.office].title, offices[h.office].country, offices[h.office].aliases) for h in x.holdings}


def test_command_then_lower_case_commander_then_rank(nlp):
    posts = _posts(extract_text(nlp, "U.S. Southern Command commander Admiral Alvin Halsey met Guyana's Chief of Defence "
                                     "Staff Brigadier Omar Karim in Georgetown on Monday.\n", PUBLISHED))
    title, country, aliases = posts["Alvin Halsey"]
    assert (title, country) == ("Commander of the Southern Command", "USA")
    assert "Commander of U.S. Southern Command" in aliases


def test_command_with_its_acronym_in_brackets(nlp):
    posts = _posts(extract_text(nlp, "ASUNCION, Paraguay — U.S. Southern Command (SOUTHCOM) commander Gen. Alan T. Rourke met "
                                     "with Paraguayan Minister of National Defense Luis Benitez in Asuncion on Monday.\n", PUBLISHED))
    title, country, aliases = posts["Alan T. Rourke"]
    assert (title, country) == ("Commander of the Southern Command", "USA")
    assert "Commander of U.S. Southern Command" in aliases
    assert not any("(" in a for a in aliases if a.startswith("Commander"))


def test_command_with_a_region_word_then_chief(nlp):
    posts = _posts(extract_text(nlp, "U.S. Central Command chief Admiral Brad Cooperson visited Bahrain on Tuesday and met "
                                     "Bahraini officials.\n", PUBLISHED))
    title, country, aliases = posts["Brad Cooperson"]
    assert (title, country) == ("Commander of the Central Command", "USA")


def test_command_after_a_possessive_country(nlp):
    posts = _posts(extract_text(nlp, "Pakistan's Southern Command commander Lieutenant General Asad Rauf met Iranian "
                                     "officers in Quetta on Monday.\n", PUBLISHED))
    assert posts["Asad Rauf"][:2] == ("Commander of the Southern Command", "PAK")


def test_command_without_a_holder_named_makes_no_post(nlp):
    # must not fire: the command's chief is not named, "commander" is followed by a verb
    posts = _posts(extract_text(nlp, "The U.S. Southern Command commander said on Monday that Admiral Alvin Halsey "
                                     "would visit Guyana.\n", PUBLISHED))
    assert "Commander of the Southern Command" not in {p[0] for p in posts.values()}
