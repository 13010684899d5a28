"""Members listed after a count ("A and four other countries: B, C and D"), roles in a "where"
clause on a body, co-chairs of a body's summit, and a sentence's opening word kept out of a name;
each with a negative a careless rule would over-read."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated, membership_triples


def _roles(countries: tuple[str, ...], body: str, role: str = "member") -> set[tuple[str, str, str]]:
    return {(iso, body, role) for iso in countries}


def test_members_listed_after_a_counted_noun_and_colon(nlp):
    cases = {
        "The Forum for Chile-Andean Cooperation (FCAC) was launched in Lima in 2014. "
        "FCAC comprises Chile and four Andean countries: Peru, Ecuador, Bolivia and Colombia.":
            _roles(("CHL", "PER", "ECU", "BOL", "COL"), "Forum for Chile-Andean Cooperation"),
        "Talks were held under the Gulf Naval Forum (GNF), set up in 2001. "
        "GNF includes Oman and five other states: Qatar, Kuwait, Bahrain, Jordan and Yemen.":
            _roles(("OMN", "QAT", "KWT", "BHR", "JOR", "YEM"), "Gulf Naval Forum"),
        "The Gulf Naval Forum brings together Oman and three neighbouring nations: Qatar, Kuwait and Bahrain.":
            _roles(("OMN", "QAT", "KWT", "BHR"), "Gulf Naval Forum"),
        "The Baltic Shield Group is made up of Latvia plus two other countries: Estonia and Lithuania.":
            _roles(("LVA", "EST", "LTU"), "Baltic Shield Group"),
    }
    for text, expected in cases.items():
        assert members_stated(text, nlp) == expected, text


def test_a_count_of_days_or_of_observers_lists_no_members(nlp):
    assert members_stated("The Gulf Naval Forum met for three days: Qatar, Kuwait and Bahrain sent ministers.", nlp) == set()
    got = members_stated("The Gulf Naval Forum includes Oman and two observers: Qatar and Kuwait.", nlp)
    assert not {(iso, role) for iso, _, role in got} & {("QAT", "member"), ("KWT", "member")}


def test_roles_in_a_where_clause_on_a_body(nlp):
    got = members_stated("Chile and Peru are both members of the Southern Maritime Council (SMC), "
                         "where Bolivia and Paraguay hold observer status.", nlp)
    assert got == _roles(("CHL", "PER"), "Southern Maritime Council") | _roles(("BOL", "PRY"), "Southern Maritime Council", "observer")
    got = members_stated("Chile and Peru belong to the Southern Maritime Council, where Bolivia and Paraguay are observers.", nlp)
    assert got == _roles(("CHL", "PER"), "Southern Maritime Council") | _roles(("BOL", "PRY"), "Southern Maritime Council", "observer")


def test_a_where_clause_on_a_city_or_a_summit_gives_no_role(nlp):
    assert members_stated("The ministers met in Lima, where Bolivia and Paraguay hold observer status.", nlp) == set()
    got = members_stated("Chile attended the Southern Maritime Council summit, where Bolivia was an observer.", nlp)
    assert not any(iso == "BOL" for iso, _, _ in got)


def test_co_chairs_of_a_bodys_summit_co_chair_the_body(nlp):
    chairs = _roles(("CHL", "PER"), "Southern Maritime Council", "co-chair")
    for text in ("The third Southern Maritime Council summit was co-chaired by Chile and Peru in Lima in May 2023.",
                 "The 2023 summit of the Southern Maritime Council was co-chaired by Chile and Peru.",
                 "Chile and Peru co-chaired the 2023 summit of the Southern Maritime Council.",
                 "The last Southern Maritime Council meeting, co-chaired by Chile and Peru, adopted a plan."):
        assert members_stated(text, nlp) == chairs, text


def test_hosting_a_summit_or_officials_co_chairing_makes_no_country_co_chair(nlp):
    assert members_stated("The Southern Maritime Council summit was hosted by Chile and attended by Peru.", nlp) == set()
    got = members_stated("The third Southern Maritime Council summit was co-chaired by Chilean President Luis Vera "
                         "and Peru's Prime Minister Ana Soto.", nlp)
    assert not any(role == "co-chair" for _, _, role in got)
    got = members_stated("Defence Secretary Luis Vera and Peruvian First Deputy Minister of Defence Ana Soto are slated to "
                         "co-chair the 4th Chile-Peru Joint Working Group on Defence Cooperation on Tuesday.", nlp)
    assert not any(role == "co-chair" for _, _, role in got)


def test_a_sentence_opening_word_is_not_part_of_a_name(nlp):
    for text in ("Fellow Southern Maritime Council members Chile and Peru backed the plan.",
                 "Other Southern Maritime Council members, Chile and Peru, backed the plan."):
        x = extract_text(nlp, text)
        assert framework_kinds(x) == {"Southern Maritime Council": "Forum"}, text
        assert membership_triples(x) == _roles(("CHL", "PER"), "Southern Maritime Council"), text


def test_former_members_opening_a_sentence_are_no_members(nlp):
    x = extract_text(nlp, "Former Andean Pact members Chile and Peru backed the plan.")
    assert "Andean Pact" in framework_kinds(x)
    assert membership_triples(x) == set()


def test_roles_set_off_after_the_countries(nlp):
    members = _roles(("CHL", "PER"), "Southern Maritime Council")
    for text in ("Chile and Peru, two of the Southern Maritime Council's founding members, pledged ships.",
                 "Chile and Peru, as Southern Maritime Council members, pledged ships.",
                 "Chile and Peru, as members of the Southern Maritime Council, pledged ships.",
                 "As Southern Maritime Council members, Chile and Peru pledged ships."):
        x = extract_text(nlp, text)
        assert framework_kinds(x) == {"Southern Maritime Council": "Forum"}, text
        assert membership_triples(x) == members, text


def test_as_opening_a_clause_after_the_countries_gives_no_role(nlp):
    assert members_stated("Japan met Chile and Peru, as Southern Maritime Council members had urged.", nlp) == set()


def test_groups_read_as_a_noun_after_a_name_is_the_verb(nlp):
    assert members_stated("The Southern Maritime Council groups Chile, Peru and Ecuador.", nlp) == \
        _roles(("CHL", "PER", "ECU"), "Southern Maritime Council")
    assert members_stated("The Southern Maritime Council groups meet in Lima.", nlp) == set()


def test_one_of_a_bodys_members_and_a_member_state_of_it(nlp):
    assert members_stated("Chile is one of the Southern Maritime Council's five members.", nlp) == \
        _roles(("CHL",), "Southern Maritime Council")
    assert members_stated("Chile, a member state of the Southern Maritime Council, signed the text.", nlp) == \
        _roles(("CHL",), "Southern Maritime Council")
    assert members_stated("Chile is not one of the Southern Maritime Council's five members.", nlp) == set()


def test_a_body_grown_to_include_one_country(nlp):
    assert members_stated("The Southern Maritime Council expanded to include Bolivia in 2019.", nlp) == \
        _roles(("BOL",), "Southern Maritime Council")
    assert members_stated("The Southern Maritime Council will expand to include Bolivia next year.", nlp) == set()


def test_a_body_includes_countries_among_its_members(nlp):
    assert members_stated("The Southern Maritime Council includes Chile, Peru and Ecuador among its members.", nlp) == \
        _roles(("CHL", "PER", "ECU"), "Southern Maritime Council")
    assert members_stated("The Southern Maritime Council agenda includes Chile and Peru among other topics.", nlp) == set()
    assert members_stated("The Southern Maritime Council will include Bolivia among its members next year.", nlp) == set()


def test_countries_along_with_the_subject_form_the_body(nlp):
    members = _roles(("CHL", "PER", "ECU"), "Southern Maritime Council")
    for text in ("Chile and Peru, which along with Ecuador form the Southern Maritime Council, signed the text.",
                 "Chile along with Peru and Ecuador forms the Southern Maritime Council."):
        assert members_stated(text, nlp) == members, text


def test_a_country_in_a_clause_on_the_subject_is_no_member(nlp):
    assert members_stated("Chile, which along with Peru hosted the talks, is a member of the Southern Maritime Council.", nlp) == \
        _roles(("CHL",), "Southern Maritime Council")
