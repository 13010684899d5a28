"""Bodies nobody lists in the gazetteer whose members the text gives: a name before ", which comprises
A, B and C", a quoted name set off as "an informal grouping ... whose members include", a long name
with a participle ("... States Bordering the X Sea and the Y"), "the council" right after a "Council of
...", countries that "take part in" an organisation ("both countries" for the pair named before), and
"the F nations together with A and B"; each with a negative a careless rule would over-read."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def test_unknown_body_before_which_comprises_a_list(nlp):
    text = ("Peru and Chile are also partners in the Andean Pacific Cooperation, which comprises five member countries: "
            "Peru, Chile, Ecuador, Colombia and Bolivia.")
    x = extract_text(nlp, text)
    assert "Andean Pacific Cooperation" in framework_kinds(x)
    got = members_stated(text, nlp)
    assert {(iso, "Andean Pacific Cooperation", "member") for iso in ("PER", "CHL", "ECU", "COL", "BOL")} <= got


def test_no_body_when_no_list_follows_the_verb(nlp):
    text = "Officials praised the Andean Defence Cooperation, which includes training for Peruvian officers in Chile and Ecuador."
    assert "Andean Defence Cooperation" not in framework_kinds(extract_text(nlp, text))


def test_quoted_grouping_whose_members_include(nlp):
    text = ("Brazil and Chile held talks in Brasilia. They also belong to the so-called \"Tetrad\", an informal grouping of "
            "navy chiefs whose members include Brazil, Chile, Peru and Argentina.")
    got = members_stated(text, nlp)
    assert {(iso, "Tetrad", "member") for iso in ("BRA", "CHL", "PER", "ARG")} <= got


def test_quoted_name_set_off_as_something_else_is_no_grouping(nlp):
    text = ("Brazil and Chile held talks in Brasilia about the so-called \"Blue Line\", a boundary drawn in 1990 "
            "whose markers include posts in Brazil, Chile and Peru.")
    x = extract_text(nlp, text)
    assert "Blue Line" not in framework_kinds(x)
    assert not x.memberships


def test_participle_inside_a_long_name_and_the_council_after_it(nlp):
    text = ("Kenya and Tanzania are founding members of the Council of Coastal States Bordering the Indian Ocean and the "
            "Mozambique Channel, whose charter was signed in Nairobi in 2019. The council comprises Kenya, Tanzania, "
            "Mozambique and Madagascar.")
    name = "Council of Coastal States Bordering the Indian Ocean and the Mozambique Channel"
    assert name in framework_kinds(extract_text(nlp, text))
    got = members_stated(text, nlp)
    assert {(iso, name, "member") for iso in ("KEN", "TZA", "MOZ", "MDG")} <= got


def test_the_council_is_not_a_council_of_named_before_another_body(nlp):
    text = ("Kenya hosted the Council of Coastal States in May. Ministers later met officials of the Joint Maritime "
            "Commission in Mombasa. The council comprises Kenya, Tanzania and Mozambique.")
    got = members_stated(text, nlp)
    assert not any(fw == "Council of Coastal States" for _, fw, _ in got)


def test_past_form_in_a_title_cased_line_does_not_extend_a_name(nlp):
    text = "Ghana Defence Council Reviewed the Coastal Patrol Plan on Monday."
    assert not any("Reviewed" in name for name in framework_kinds(extract_text(nlp, text)))


def test_both_countries_take_part_in_an_organisation(nlp):
    text = ("Ghana and Togo are founding members of the Gulf of Guinea Commission. The commission comprises Ghana, Togo, "
            "Benin and Nigeria. Both countries also take part in the West African Maritime Coalition (WAMC), "
            "headquartered in Accra, which brings together 12 member states.")
    got = members_stated(text, nlp)
    assert {("GHA", "West African Maritime Coalition", "member"), ("TGO", "West African Maritime Coalition", "member")} <= got
    assert not any(fw == "West African Maritime Coalition" and iso in ("BEN", "NGA") for iso, fw, _ in got)


def test_taking_part_in_an_exercise_or_later_is_no_membership(nlp):
    text = ("Ghana and Togo take part in Exercise Obangame Express every year. Ghana and Togo will take part in the "
            "West African Maritime Coalition (WAMC), which brings together 12 member states.")
    got = members_stated(text, nlp)
    assert not any(fw in ("Obangame Express", "West African Maritime Coalition") for _, fw, _ in got)


def test_another_bodys_nations_in_a_gathered_list(nlp):
    text = ("The Black Sea Naval Group brings together Romania, Bulgaria and Turkey. The Black Sea Forum, a looser "
            "format than the group, comprises five countries: the Black Sea Naval Group nations together with "
            "Georgia and Moldova.")
    got = members_stated(text, nlp)
    assert {(iso, "Black Sea Forum", "member") for iso in ("ROU", "BGR", "TUR", "GEO", "MDA")} <= got


def test_another_bodys_nations_outside_a_gathered_list(nlp):
    text = ("The Black Sea Naval Group brings together Romania, Bulgaria and Turkey. The Black Sea Forum thanked the "
            "Black Sea Naval Group nations and Georgia for their support.")
    got = members_stated(text, nlp)
    assert not any(fw == "Black Sea Forum" for _, fw, _ in got)


def test_unknown_body_that_gathers_countries(nlp):
    text = "The Andes Maritime Organisation unites Chile, Peru and Ecuador."
    got = members_stated(text, nlp)
    assert {(iso, "Andes Maritime Organisation", "member") for iso in ("CHL", "PER", "ECU")} <= got


def test_unknown_body_countries_make_up_or_take_part_in(nlp):
    got = members_stated("Chile, Peru and Ecuador make up the Andes Maritime Organisation.", nlp)
    assert {(iso, "Andes Maritime Organisation", "member") for iso in ("CHL", "PER", "ECU")} <= got
    got = members_stated("Chile and Peru take part in the Andes Maritime Organisation, which has 12 member states.", nlp)
    assert {(iso, "Andes Maritime Organisation", "member") for iso in ("CHL", "PER")} <= got


def test_no_unknown_body_without_a_country_list_or_country_subject(nlp):
    text = ("The Andes Maritime Organisation includes training for officers from Chile. Chilean cadets take part in the "
            "Andes Naval Cadets Association every year.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert "Andes Maritime Organisation" not in kinds and "Andes Naval Cadets Association" not in kinds


def test_the_two_countries_are_members_of_an_unknown_body(nlp):
    text = "Chile and Peru met in Lima. The two countries are founding members of the Andes Maritime Organisation."
    got = members_stated(text, nlp)
    assert {("CHL", "Andes Maritime Organisation", "member"), ("PER", "Andes Maritime Organisation", "member")} <= got


def test_they_after_a_sentence_whose_subject_is_countries(nlp):
    text = "Chile and Peru held talks in Lima. They also belong to the Andes Defence Forum."
    got = members_stated(text, nlp)
    assert {("CHL", "Andes Defence Forum", "member"), ("PER", "Andes Defence Forum", "member")} <= got


def test_they_after_a_sentence_whose_subject_is_people(nlp):
    text = "The defence ministers of Chile and Peru held talks in Lima. They are members of the Andes Defence Forum."
    assert not any(fw == "Andes Defence Forum" for _, fw, _ in members_stated(text, nlp))


def test_bodies_named_authority_arrangements_or_by_a_number(nlp):
    for name in ("Andes Maritime Authority", "Five Power Andes Arrangements", "Andes Nine", "Andes Triangle"):
        got = members_stated(f"Chile, Peru and Ecuador are members of the {name}.", nlp)
        assert {(iso, name, "member") for iso in ("CHL", "PER", "ECU")} <= got, name


def test_a_numbered_name_without_members_is_no_body(nlp):
    text = "The Andes Nine, a band from Lima, played for the Chilean and Peruvian delegations."
    assert "Andes Nine" not in framework_kinds(extract_text(nlp, text))


def test_unknown_organisation_whose_members_a_later_sentence_lists(nlp):
    text = "Chile hosted a meeting of the Andes Maritime Organisation. Its members are Chile, Peru and Ecuador."
    got = members_stated(text, nlp)
    assert {(iso, "Andes Maritime Organisation", "member") for iso in ("CHL", "PER", "ECU")} <= got


def test_unknown_organisation_founded_by_countries(nlp):
    got = members_stated("The Andes Maritime Organisation was founded by Chile, Peru and Ecuador in 1990.", nlp)
    assert {(iso, "Andes Maritime Organisation", "member") for iso in ("CHL", "PER", "ECU")} <= got


def test_a_national_organisation_without_members_is_no_framework(nlp):
    text = ("Chile's Naval Research Organisation tested a sonar with Peru. The Chilean Space Association also took part. "
            "Chile and Peru sent observers to the Andes Maritime Organisation.")
    x = extract_text(nlp, text)
    assert not {"Naval Research Organisation", "Chilean Space Association", "Andes Maritime Organisation"} & set(framework_kinds(x))
    assert not any(mb.role == "member" for mb in x.memberships)


def test_countries_named_in_apposition_to_countries_join(nlp):
    got = members_stated("Three countries, Chile, Peru and Ecuador, joined the Andes Maritime Organisation in 2001.", nlp)
    assert {(iso, "Andes Maritime Organisation", "member") for iso in ("CHL", "PER", "ECU")} <= got


def test_a_countrys_people_or_service_joining_is_no_membership(nlp):
    got = members_stated("Chile's navy joined the Andes Maritime Organisation exercise. Peruvian cadets joined NATO courses.", nlp)
    assert not got


def test_founders_listed_together_with_the_subject(nlp):
    got = members_stated("Peru founded the Andean Defence Council in 1979 together with Bolivia, Colombia and Ecuador, "
                         "while Chile takes part as an observer.", nlp)
    assert {(iso, "Andean Defence Council", "member") for iso in ("PER", "BOL", "COL", "ECU")} <= got


def test_together_with_help_from_a_country_is_no_founder(nlp):
    got = members_stated("Peru founded the Andean Defence Council in 1979 together with help from Bolivia.", nlp)
    assert ("BOL", "Andean Defence Council", "member") not in got
