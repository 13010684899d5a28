"""A deputy minister's portfolio narrowed to its policy ("Deputy Minister for National Defense Policy
X"): "Policy" ends the title, never opens the holder's name. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 3, 12)


def test_policy_ends_a_deputy_ministers_title(nlp):
    x = extract_text(nlp, "South Korea's Deputy Minister for National Defense Policy Cho Min-seok met Indonesia's Vice "
                          "Minister of Defence Donny Hartono in Seoul on Tuesday.\n", PUBLISHED)
    assert "Cho Min-seok" in person_names(x)
    assert ("Cho Min-seok", "Deputy Minister for National Defence Policy", "KOR") in holdings(x)


def test_policy_ends_an_under_secretarys_title(nlp):
    x = extract_text(nlp, "Japan's Deputy Minister of Defense Policy Kenta Morioka held talks with Philippine officials "
                          "in Manila on Monday.\n", PUBLISHED)
    assert "Kenta Morioka" in person_names(x)


def test_policy_as_a_noun_after_a_named_minister_stays_out(nlp):
    # must not fire: "Policy" after a full name is no part of the title
    x = extract_text(nlp, "South Korea's Defence Minister Cho Min-seok said Policy reviews would follow, after meeting "
                          "Indonesian officials in Seoul.\n", PUBLISHED)
    assert ("Cho Min-seok", "Defence Minister", "KOR") in holdings(x)
