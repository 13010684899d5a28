"""Membership phrasings: an alias set off after a grouping noun ("The group, also known as X,
brings together ..."), "whose other members include" (the subject is a member too), a second
body joined by a repeated preposition ("a member of F1, ..., and of F2"), a bare "Both are members
of F", "a member of F's eastern flank", and a relative clause between the country and its verb;
each with a negative a careless rule would over-read."""

from __future__ import annotations

from extract_helpers import extract_text, members_stated


def _members(countries: tuple[str, ...], body: str, role: str = "member") -> set[tuple[str, str, str]]:
    return {(iso, body, role) for iso in countries}


def test_alias_set_off_after_a_grouping_noun(nlp):
    lead = "Officials met in Lisbon last week to discuss the Atlantic Ports group of coastal states. "
    for text in (lead + "The group, also known as ATL5, brings together Portugal, Spain, Ireland, Morocco and Senegal.",
                 lead + "The grouping, informally known as ATL5, comprises Portugal, Spain, Ireland, Morocco and Senegal.",
                 lead + "The bloc, sometimes dubbed ATL5, unites Portugal, Spain, Ireland, Morocco and Senegal.",
                 lead + "The group (also known as ATL5) brings together Portugal, Spain, Ireland, Morocco and Senegal."):
        assert members_stated(text, nlp) == _members(("PRT", "ESP", "IRL", "MAR", "SEN"), "ATL5"), text


def test_known_as_needs_a_grouping_noun_before_the_comma(nlp):
    # a person's nickname is no grouping's name
    text = "The minister, also known as ATL5, met officials from Portugal and Spain."
    assert "ATL5" not in {f.name for f in extract_text(nlp, text).frameworks}


def test_sometimes_dubbed_quoted_grouping(nlp):
    text = ("Kenya, Uganda and Rwanda, together with Tanzania, make up an informal grouping sometimes dubbed "
            "the \"Lakes Four,\" whose defence chiefs meet twice a year.")
    assert members_stated(text, nlp) == _members(("KEN", "UGA", "RWA", "TZA"), "Lakes Four")


def test_subject_among_other_members(nlp):
    for text in ("Togo also contributes troops to the Coastal Joint Force (CJF), whose other members include Ghana and Benin.",
                 "Togo sends troops to the Coastal Joint Force (CJF), whose other members are Ghana and Benin.",
                 "In 2021 Togo joined the Coastal Joint Force (CJF), whose other member states include Ghana and Benin."):
        assert members_stated(text, nlp) == _members(("TGO", "GHA", "BEN"), "Coastal Joint Force"), text


def test_whose_members_without_other_leaves_the_subject_out(nlp):
    for text in ("Togo praised the Coastal Joint Force (CJF), whose members include Ghana and Benin.",
                 "Togo never joined the Coastal Joint Force (CJF), whose other members include Ghana and Benin."):
        assert members_stated(text, nlp) == _members(("GHA", "BEN"), "Coastal Joint Force"), text


def test_second_body_after_a_repeated_preposition(nlp):
    for text in ("Fiji is also a member of the Coral Sea Forum, the regional body it helped found in 1971, "
                 "and of the Melanesian Spearhead Group (MSG).",
                 "Fiji is a member of the Coral Sea Forum and of the Melanesian Spearhead Group.",
                 "Fiji is a founding member of the Coral Sea Forum as well as of the Melanesian Spearhead Group."):
        assert members_stated(text, nlp) == (_members(("FJI",), "Coral Sea Forum")
                                             | _members(("FJI",), "Melanesian Spearhead Group")), text


def test_another_role_after_and_is_not_a_second_membership(nlp):
    text = "Fiji is a member of the Coral Sea Forum and the host of talks on the Melanesian Spearhead Group."
    assert members_stated(text, nlp) == _members(("FJI",), "Coral Sea Forum")


def test_bare_both_stands_for_the_pair_before(nlp):
    lead = "Chile and Peru signed a fisheries pact on Monday in Lima. "
    for text in (lead + "Both are members of the Pacific Alliance.",
                 lead + "Both are also founding members of the Pacific Alliance."):
        assert members_stated(text, nlp) == _members(("CHL", "PER"), "Pacific Alliance"), text


def test_member_of_a_bodys_flank(nlp):
    for text in ("Romania is a key member of NATO's eastern flank.",
                 "Romania, which borders Ukraine, is a member of NATO's southern flank."):
        assert members_stated(text, nlp) == _members(("ROU",), "NATO"), text


def test_a_bodys_other_things_are_not_membership(nlp):
    text = "Romania is a member of NATO's planning committee staff."
    assert members_stated(text, nlp) == set()


def test_relative_clause_between_country_and_role(nlp):
    for text in ("Estonia, which hosts a multinational battlegroup, is a member of the Baltic Defence Council.",
                 "Estonia, which spends 3% of its GDP on defence, remains a member of the Baltic Defence Council."):
        assert members_stated(text, nlp) == _members(("EST",), "Baltic Defence Council"), text


def test_relative_clause_of_a_person_names_no_member(nlp):
    text = "Mr Kallas, which Estonia sent to Riga, is a member of the Baltic Defence Council secretariat."
    assert members_stated(text, nlp) == set()


def test_dashed_countries_mechanism_is_a_dialogue(nlp):
    from extract_helpers import framework_kinds
    for text, name in (
            ("The ministers will meet in Quito under the Chile-Peru-Ecuador trilateral cooperation mechanism, launched in 2014.",
             "Chile-Peru-Ecuador trilateral cooperation mechanism"),
            ("Talks were held under the Kenya-Uganda security consultation mechanism.", "Kenya-Uganda security consultation mechanism"),
            ("The Japan-Philippines-US trilateral mechanism met in Manila.", "Japan-Philippines-US trilateral mechanism")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Dialogue", text


def test_a_bare_pair_mechanism_is_no_framework(nlp):
    # no description between the pair and "mechanism": nothing says what it is
    text = "Peru and Chile agreed on a new mechanism for border talks. The Chile-Peru mechanism will meet yearly."
    assert not any("mechanism" in f.name for f in extract_text(nlp, text).frameworks)


def test_singular_member_state_after_a_bodys_name(nlp):
    for text, expected in (("Turkey is a NATO member state.", _members(("TUR",), "NATO")),
                           ("Turkey is a NATO member country.", _members(("TUR",), "NATO")),
                           ("Turkey, a NATO member state, hosted the talks.", _members(("TUR",), "NATO")),
                           ("Cyprus is a European Union member state.", _members(("CYP",), "EU"))):  # the known body's name
        assert members_stated(text, nlp) == expected, text


def test_singular_member_state_negated_or_future_is_none(nlp):
    for text in ("Cyprus is not an EU member state.",
                 "Cyprus will become an EU member state next year."):
        assert members_stated(text, nlp) == set(), text
