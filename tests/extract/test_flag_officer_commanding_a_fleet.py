""""Flag Officer Commanding Eastern Fleet Rear Admiral X": a flag officer commanding a fleet or a
naval area, its name written after, holds one post as written (not the lexicon's "Flag Officer
Commanding-in-Chief"). Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_a_fleet_or_area_after_the_flag_officer(nlp):
    for command in ("Western Fleet", "Karnataka Naval Area"):
        x = extract_text(nlp, f"Indian Navy's Flag Officer Commanding {command} Rear Admiral Rohan Deshmukhar received the "
                              "Sri Lankan ships at Karwar on Monday.\n", PUBLISHED)
        assert ("Rohan Deshmukhar", f"Flag Officer Commanding {command}", "IND") in holdings(x), command


def test_the_commander_in_chief_is_as_before(nlp):
    x = extract_text(nlp, "Vice Admiral Rohan Deshmukhar, Flag Officer Commanding-in-Chief, Eastern Naval Command, received "
                          "Indonesia's Navy Chief of Staff Admiral Budi Alimsyah in Visakhapatnam on Monday.\n", PUBLISHED)
    assert ("Rohan Deshmukhar", "Flag Officer Commanding-in-Chief, Eastern Naval Command", "IND") in holdings(x)
