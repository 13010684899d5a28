"""A regional command's head by the service's abbreviation ("AOC-in-C", "GOC-in-C", "FOC-in-C"),
with the command in commas or after "of", as the posts written in full are: named in full, the
abbreviated form kept as an alias. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def _aliases(x, title):
    return next(o.aliases for o in x.offices if o.title == title)


def test_air_command_head_abbreviated_with_the_command_in_commas(nlp):
    x = extract_text(nlp, "NEW DELHI: Air Marshal Kiran Varadan, AOC-in-C, Southern Air Command, met Sri Lanka's Commander "
                          "of the Air Force Air Marshal Udara Rajapaksha in Colombo. India and Sri Lanka signed a training pact.\n", PUBLISHED)
    assert ("Kiran Varadan", "Air Officer Commanding-in-Chief, Southern Air Command", "IND") in holdings(x)
    assert "AOC-in-C, Southern Air Command" in _aliases(x, "Air Officer Commanding-in-Chief, Southern Air Command")


def test_air_command_head_abbreviated_with_the_command_after_of(nlp):
    held = holdings(extract_text(nlp, "NEW DELHI: Air Marshal Rohit Kapur, AOC-in-C of Western Air Command, received the "
                                      "passing out cadets at the academy on Monday.\n", PUBLISHED))
    assert ("Rohit Kapur", "Air Officer Commanding-in-Chief of Western Air Command", "IND") in held


def test_naval_command_head_abbreviated(nlp):
    held = holdings(extract_text(nlp, "VISAKHAPATNAM: Vice Admiral Arvind Sharan, FOC-in-C, Eastern Naval Command, received "
                                      "Indonesia's Navy Chief of Staff Admiral Muhammad Aziz on Monday.\n", PUBLISHED))
    assert ("Arvind Sharan", "Flag Officer Commanding-in-Chief, Eastern Naval Command", "IND") in held


def test_the_abbreviation_without_a_name_makes_no_holder(nlp):
    # must not fire: no one is named beside the post
    held = holdings(extract_text(nlp, "NEW DELHI: The AOC-in-C of Central Air Command reviewed the parade on Saturday.\n", PUBLISHED))
    assert not held
