"""Memberships told far from the countries they are of, and bodies of countries named in ways the
name rules missed, on invented articles, each with a case that must not give a membership."""

from __future__ import annotations

from extract_helpers import members_stated

FILLER = ("The talks lasted three hours. Officials said the mood was good. A joint statement was issued. "
          "Reporters were not allowed in. The ministers then toured the port. A dinner followed in the evening. "
          "Coast guard officers briefed the delegations. The next round is due in the spring. "
          "Fishing crews welcomed the plan. ")


def test_the_counted_countries_far_from_the_lead_are_the_leads_group(nlp):
    text = ("The defence ministers of Peru, Chile, Ecuador and Bolivia met in Lima on Monday to discuss coastal patrols. "
            + FILLER + "The four countries are also among the nine members of the Pacific Shore Fisheries Council "
            "(PSFC), alongside Panama.")
    assert members_stated(text, nlp) == {(iso, "Pacific Shore Fisheries Council", "member")
                                         for iso in ("PER", "CHL", "ECU", "BOL", "PAN")}


def test_a_lead_of_another_count_gives_no_group(nlp):
    text = ("The defence ministers of Peru, Chile and Bolivia met in Lima on Monday to discuss coastal patrols. "
            + FILLER + "The four countries are among the nine members of the Pacific Shore Fisheries Council (PSFC).")
    assert members_stated(text, nlp) == set()


LEAD = "The defence ministers of Chile, Peru and Bolivia met in Lima on Monday. "


def test_the_counted_countries_form_make_up_or_belong_to_a_body(nlp):
    for said in ("The three countries form the Pacific Shore Community, a bloc created in 1980.",
                 "The three countries make up the Pacific Shore Organisation.",
                 "The three countries belong to the Pacific Shore Organisation."):
        got = members_stated(LEAD + said, nlp)
        body = {fw for _, fw, _ in got}
        assert len(body) == 1 and {iso for iso, _, _ in got} == {"CHL", "PER", "BOL"}, said


def test_the_counted_countries_are_all_the_article_named_before(nlp):
    text = ("The defence ministers of Chile, Peru and Bolivia met in Lima on Monday. Ecuador's minister joined "
            "them by video. The four countries form the Pacific Shore Community, a bloc created in 1980.")
    assert members_stated(text, nlp) == {(iso, "Pacific Shore Community", "member") for iso in ("CHL", "PER", "BOL", "ECU")}
    # five countries named before: "the four" is none of them in particular
    text = ("The defence ministers of Chile, Peru and Bolivia met in Lima on Monday. Ecuador's and Panama's ministers "
            "joined them by video. The four countries form the Pacific Shore Community, a bloc created in 1980.")
    assert members_stated(text, nlp) == set()


def test_countries_forming_a_body_but_not_a_document(nlp):
    assert members_stated("Chile and Peru formed the Pacific Shore Organisation in 1980.", nlp) == {
        ("CHL", "Pacific Shore Organisation", "member"), ("PER", "Pacific Shore Organisation", "member")}
    assert members_stated("Chile and Peru formed the Lima Shore Agreement in 1980.", nlp) == set()
    # a count the lead does not match stands for no group
    assert members_stated(LEAD + "The four countries make up the Pacific Shore Organisation.", nlp) == set()


def test_a_counted_group_told_by_where_it_is_is_not_resolved(nlp):
    text = (LEAD + "Panama, Cuba and Haiti attend its meetings as observers. "
            "All three countries at the talks also belong to the Pacific Shore Organisation.")
    assert not {fw for _, fw, _ in members_stated(text, nlp)} & {"Pacific Shore Organisation"}


def test_countries_a_joiner_was_followed_by_join_too(nlp):
    for text in ("Ghana joined the Gulf Shore Initiative in 2009 and was followed within months by Togo, Benin and Nigeria.",
                 "Ghana joined the Gulf Shore Initiative in 2009, followed by Togo, Benin and Nigeria in 2011."):
        assert members_stated(text, nlp) == {(iso, "Gulf Shore Initiative", "member") for iso in ("GHA", "TGO", "BEN", "NGA")}, text


def test_what_follows_a_join_that_is_no_country_joins_nothing(nlp):
    for text in ("Ghana joined the Gulf Shore Initiative in 2009 and was followed by a delegation from Togo.",
                 "Ghana joined the Gulf Shore Initiative in 2009, followed by talks with Togo and Benin."):
        assert members_stated(text, nlp) == {("GHA", "Gulf Shore Initiative", "member")}, text


def test_of_which_both_were_founding_members(nlp):
    text = ("Brazil and Mexico share a long history of cooperation dating back to the Latin Defence Movement, "
            "of which both were founding members.")
    assert members_stated(text, nlp) == {("BRA", "Latin Defence Movement", "member"), ("MEX", "Latin Defence Movement", "member")}
    # "both" of a subject of three names no pair; a clause telling no role names no members
    text = "Brazil, Mexico and Chile met under the Latin Defence Movement, of which both were founding members."
    assert members_stated(text, nlp) == set()
    assert members_stated("Brazil and Mexico signed the Lima Defence Accord, of which officials said little.", nlp) == set()


def test_co_chairs_of_a_body_described_before_the_relative(nlp):
    text = ("Their ministers presided over the 5th meeting of the Ghana-Togo Border Commission (GTBC), "
            "a mechanism that Ghana and Togo co-chair and which meets every year.")
    assert members_stated(text, nlp) == {("GHA", "Ghana-Togo Border Commission", "co-chair"),
                                         ("TGO", "Ghana-Togo Border Commission", "co-chair")}
    # a verb between the name and the relative: the clause is not on the name
    text = "Their ministers presided over the Ghana-Togo Border Commission, set up in 2001 by a treaty that Ghana and Togo co-chair."
    assert members_stated(text, nlp) == set()


def test_countries_a_joiner_joined_after_had_joined_before(nlp):
    assert members_stated("Ghana joined the Gulf Shore Initiative in 1999, several years after Togo and Benin.", nlp) == {
        (iso, "Gulf Shore Initiative", "member") for iso in ("GHA", "TGO", "BEN")}
    for text in ("Ghana joined the Gulf Shore Initiative in 1999, after talks with Togo and Benin.",
                 "Ghana joined the Gulf Shore Initiative after Togo's president visited Accra."):
        assert members_stated(text, nlp) == {("GHA", "Gulf Shore Initiative", "member")}, text
