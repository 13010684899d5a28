"""A name written family name first, in capitals, as a Japanese government release writes it
("Minister of Defense KOBAYAMA Taro"): one person, named given name first ("Taro Kobayama"), whom
the later "Minister Kobayama" names too. An acronym before a name is no family name ("NATO
Secretary General X", "the IAF Chief X"). Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs, person_names

PUBLISHED = date(2027, 2, 26)

RELEASE = (
    "Press Release, Ministry of Defense, Japan\n\n"
    "1. Minister of Defense KOBAYAMA Taro held a meeting with the Minister of Defense of Estonia, Mr. Lauri Vaher, "
    "at the Ministry of Defense in Tokyo yesterday.\n\n"
    "2. Minister Kobayama explained Japan's efforts for regional security.\n\n"
    "3. Earlier the same day, Mr. Vaher paid a courtesy call on the Chief of Staff, Joint Staff, General NAKAHARA Ichiro.\n\n"
    "4. On February 24, State Minister of Defense OKUDA Mariko received Mr. Vaher at the Ministry of Defense.\n\n"
    "5. Mr. Vaher is scheduled to call on Prime Minister HOSHINO Keiko in Tokyo today.\n"
)


def test_family_name_in_capitals_is_one_person_given_name_first(nlp):
    x = extract_text(nlp, RELEASE, PUBLISHED)
    names = person_names(x)
    for name in ("Taro Kobayama", "Ichiro Nakahara", "Mariko Okuda", "Keiko Hoshino"):
        assert name in names, (name, names)
    assert "Kobayama" not in names, names
    kobayama = next(p for p in x.persons if p.name == "Taro Kobayama")
    assert "KOBAYAMA Taro" in kobayama.aliases


def test_posts_and_meetings_of_names_in_capitals(nlp):
    x = extract_text(nlp, RELEASE, PUBLISHED)
    held = {(h[0], h[1]) for h in holdings(x)}
    assert ("Taro Kobayama", "Defence Minister") in held or ("Taro Kobayama", "Defense Minister") in held, held
    assert any(h[0] == "Mariko Okuda" for h in held), held
    assert ("Keiko Hoshino", "Lauri Vaher") in meeting_pairs(x) or ("Lauri Vaher", "Keiko Hoshino") in meeting_pairs(x)
    assert ("Lauri Vaher", "Taro Kobayama") in meeting_pairs(x)


def test_an_acronym_before_a_name_is_no_family_name(nlp):
    # must not fire
    x = extract_text(nlp, "NATO Secretary General Lars Ovegaard met Estonian Defence Minister Lauri Vaher in Tallinn "
                          "on Monday. The IAF Chief Rohan Desai also met him, and AVM Tunde Okafor attended.\n", PUBLISHED)
    names = person_names(x)
    for name in ("Lars Ovegaard", "Lauri Vaher", "Rohan Desai"):
        assert name in names, (name, names)
    assert not any(n.startswith(("Secretary", "Chief", "Tunde Avm", "Avm")) or n.endswith(("Nato", "Iaf")) for n in names), names
