"""Further ways news reports state that countries belong to a grouping: "F's four members are A,
B ...", "F is composed of A and B", "F counts A and B as members", "F, to which A and B belong";
each with a negative a careless rule would read as a membership."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated, membership_triples


def _members(countries: tuple[str, ...], body: str) -> set[tuple[str, str, str]]:
    return {(iso, body, "member") for iso in countries}


def test_counted_members_after_a_possessive_name(nlp):
    assert members_stated("The Pacific Alliance's four members include Chile and Peru.", nlp) == _members(("CHL", "PER"), "Pacific Alliance")
    assert members_stated("The Andean Defence Alliance's three members are Chile, Peru and Bolivia.", nlp) == \
        _members(("CHL", "PER", "BOL"), "Andean Defence Alliance")


def test_year_after_a_possessive_name_starts_the_next_name(nlp):
    got = members_stated("Chile and Peru endorsed the Pacific Islands Forum's 2050 Strategy for the Blue Pacific Continent.", nlp)
    assert not any("Forum's" in body for _, body, _ in got)


def test_composed_of_countries(nlp):
    for text in ("The Pacific Alliance is composed of Chile, Peru, Colombia and Mexico.",
                 "The Pacific Alliance, composed of Chile, Peru, Colombia and Mexico, met in Lima."):
        assert members_stated(text, nlp) == _members(("CHL", "PER", "COL", "MEX"), "Pacific Alliance"), text


def test_composed_of_people_is_no_membership(nlp):
    assert members_stated("The delegation to the Pacific Alliance was composed of officials from Chile and Peru.", nlp) == set()


def test_counts_countries_as_members(nlp):
    assert members_stated("The Pacific Alliance counts Chile, Peru and Mexico as members.", nlp) == \
        _members(("CHL", "PER", "MEX"), "Pacific Alliance")


def test_counting_on_countries_is_no_membership(nlp):
    assert members_stated("The Pacific Alliance counts on Chile and Peru for funding.", nlp) == set()


def test_body_to_which_countries_belong(nlp):
    assert members_stated("NATO, to which Norway and Denmark belong, met in Brussels.", nlp) == _members(("NOR", "DNK"), "NATO")
    assert members_stated("The Pacific Alliance, to which Chile and Peru belong, met in Lima.", nlp) == \
        _members(("CHL", "PER"), "Pacific Alliance")


def test_body_to_which_countries_do_not_belong(nlp):
    assert members_stated("The Pacific Alliance, to which Chile and Peru do not belong, met in Lima.", nlp) == set()


def test_organisation_a_country_chairs_in_a_relative_clause(nlp):
    assert members_stated("The Shanghai Cooperation Organisation, which Kazakhstan chaired in 2024, met in Astana.", nlp) == \
        _members(("KAZ",), "SCO")
    assert members_stated("The Association of Southeast Asian Nations (ASEAN), which Malaysia chairs this year, met.", nlp) == \
        _members(("MYS",), "ASEAN")


def test_organisation_chaired_by_a_pronoun_is_kept_without_members(nlp):
    x = extract_text(nlp, "Australia has deepened ties with India through the Indian Ocean Rim Association, which it "
                          "chaired until 2023.")
    assert framework_kinds(x) == {"IORA": "Organisation"}
    assert membership_triples(x) == set()


def test_a_chaired_meeting_is_no_organisation(nlp):
    x = extract_text(nlp, "The summit, which Malaysia chaired, ended in Jakarta.")
    assert membership_triples(x) == set()


def test_countries_that_left_a_body_to_found_another(nlp):
    for text in ("Mali, Chad and Niger left the Sahel Union in January to form the Alliance of Desert States.",
                 "Mali, Chad and Niger broke away from the Sahel Union to form the Alliance of Desert States.",
                 "Mali, Chad and Niger withdrew from the Sahel Union to set up the Alliance of Desert States.",
                 "The bloc now has 12 members after Mali, Chad and Niger exited in January 2025 to form the "
                 "Alliance of Desert States (ADS)."):
        got = {(iso, body) for iso, body, _ in members_stated(text, nlp) if body == "Alliance of Desert States"}
        assert got == {(iso, "Alliance of Desert States") for iso in ("MLI", "TCD", "NER")}, text


def test_meeting_or_planning_to_found_is_no_membership(nlp):
    for text in ("Mali, Chad and Niger will leave the Sahel Union to form the Alliance of Desert States.",
                 "Mali, Chad and Niger met in Niamey to form the Alliance of Desert States."):
        assert not any(body == "Alliance of Desert States" for _, body, _ in members_stated(text, nlp)), text


def test_relative_subject_with_fellows_read_as_a_second_subject(nlp):
    text = "Chile, which along with Peru, Ecuador and Colombia makes up the Pacific Coast Defence Organisation, hosted talks."
    assert members_stated(text, nlp) == _members(("CHL", "PER", "ECU", "COL"), "Pacific Coast Defence Organisation")


def test_people_from_countries_are_no_member_countries(nlp):
    for text in ("Officers from Chile and Peru are members of the Andes Officers Association.",
                 "Companies from Chile and Peru are members of the Pacific Alliance.",
                 "Experts of Chile and Peru are members of the Pacific Alliance."):
        assert members_stated(text, nlp) == set(), text
    assert members_stated("The navies of Chile and Peru are members of the Pacific Alliance.", nlp) == \
        _members(("CHL", "PER"), "Pacific Alliance")


def test_role_not_held_yet_is_no_membership(nlp):
    for text in ("Prospective NATO members Sweden and Finland backed the plan.",
                 "Would-be ASEAN member Timor-Leste sent observers.",
                 "Timor-Leste is a prospective member of ASEAN.",
                 "Timor-Leste, a candidate member of ASEAN, sent observers.",
                 "Timor-Leste and Fiji, both aspiring members of ASEAN, sent observers."):
        assert members_stated(text, nlp) == set(), text
    assert members_stated("Norway and Denmark, both founding members of NATO, backed the plan.", nlp) == _members(("NOR", "DNK"), "NATO")


def test_possessive_role_set_off_after_the_countries(nlp):
    assert members_stated("Ecuador, the Pacific Alliance's newest member, hosted talks.", nlp) == _members(("ECU",), "Pacific Alliance")
    assert members_stated("Ecuador, NATO's newest member, hosted talks.", nlp) == _members(("ECU",), "NATO")
    assert members_stated("Chile and Peru, the Pacific Alliance's founding members, hosted talks.", nlp) == \
        _members(("CHL", "PER"), "Pacific Alliance")


def test_possessive_role_not_set_off_after_the_countries(nlp):
    assert members_stated("Ecuador, the Pacific Alliance's former member, hosted talks.", nlp) == set()
    got = members_stated("Chile criticised the Pacific Alliance's newest member, Peru, for delays.", nlp)
    assert got == _members(("PER",), "Pacific Alliance")


def test_joined_or_admitted_as_a_member(nlp):
    for text in ("Ecuador was admitted as the fifth member of the Pacific Alliance.",
                 "Ecuador joined as the fifth member of the Pacific Alliance in 2019.",
                 "Ecuador was accepted as a full member of the Pacific Alliance."):
        assert members_stated(text, nlp) == _members(("ECU",), "Pacific Alliance"), text


def test_joining_as_a_member_not_done_yet(nlp):
    for text in ("Ecuador will join as the fifth member of the Pacific Alliance.",
                 "Ecuador hopes to join as a member of the Pacific Alliance.",
                 "Ecuador was invited as a guest of the Pacific Alliance."):
        assert members_stated(text, nlp) == set(), text
