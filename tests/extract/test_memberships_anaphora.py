"""Membership lists whose framework is named by a description ("the council", "the 10-member bloc",
"its dialogue partners"), by a relative clause, by another name ("known as", "dubbed"), or shared by
two frameworks; each with a negative a careless rule would read as a membership."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import (
    extract_text,
    framework_kinds,
    members_stated,
    membership_triples,
)

_extract = partial(extract_text, published=date(2025, 3, 12))



def test_the_council_is_not_the_owner_named_after_of(nlp):
    text = ("The talks precede the session of the Joint Defence Council of the Andean Community (CAN). "
            "The council brings together the defence ministers of the CAN member states, Bolivia, Colombia, Ecuador and Peru.")
    got = members_stated(text, nlp)
    assert {(iso, "Joint Defence Council", "member") for iso in ("BOL", "COL", "ECU", "PER")} <= got


def test_a_council_of_ministers_is_no_description(nlp):
    text = ("Estonia hosted the Council of Defence Ministers of Baltic States in May. "
            "The council of ministers of Finland comprises Sweden and Norway, an official said wrongly.")
    got = members_stated(text, nlp)
    assert not any(iso in ("SWE", "NOR") for iso, _, _ in got)


def test_the_bloc_which_a_country_joined(nlp):
    text = ("Jakarta will chair the Association of Southeast Asian Nations next year. "
            "The 11-member bloc, which Timor-Leste joined as its newest member, meets in March.")
    assert ("TLS", "ASEAN", "member") in members_stated(text, nlp)


def test_not_a_member_but_one_of_its_dialogue_partners(nlp):
    text = ("Canberra wants to involve Chile in the work of the Pacific Islands Forum. "
            "Chile is not a member of the forum, but is one of its dialogue partners.")
    got = members_stated(text, nlp)
    assert ("CHL", "PIF", "dialogue partner") in got
    assert ("CHL", "PIF", "member") not in got


def test_dash_list_of_partners_in_a_relative_clause(nlp):
    text = ("Vietnam will host the ADMM-Plus, which gathers the ASEAN member states and its three dialogue "
            "partners - Canada, Chile and Peru.")
    got = members_stated(text, nlp)
    for iso in ("CAN", "CHL", "PER"):
        assert (iso, "ADMM-Plus", "dialogue partner") in got
    assert ("VNM", "ADMM-Plus", "member") not in got  # the host is not said to be a member here


def test_one_of_the_foundingmembers_stated(nlp):
    text = "Kenya is also one of the founding members of the Indian Ocean Rim Association."
    assert members_stated(text, nlp) == {("KEN", "IORA", "member")}


def test_standing_ministers_meeting_with_its_acronym_is_a_forum(nlp):
    text = ("The Nordic Defence Ministers' Meeting (NDMM), which brings together Norway, Sweden and Finland, "
            "was hosted in Oslo. Iceland and Estonia attend as observers.")
    x = _extract(nlp, text)
    assert framework_kinds(x).get("Nordic Defence Ministers' Meeting") == "Forum"
    got = membership_triples(x)
    assert {(iso, "Nordic Defence Ministers' Meeting", "member") for iso in ("NOR", "SWE", "FIN")} <= got
    assert {(iso, "Nordic Defence Ministers' Meeting", "observer") for iso in ("ISL", "EST")} <= got


def test_known_as_names_the_framework_and_the_list_ends_with_it(nlp):
    text = ("The countries cooperate through the Baltic Naval Coordination Group, known as the Baltic Four, "
            "which comprises Estonia, Latvia, Lithuania and Poland and sends patrol support to Moldova.")
    got = members_stated(text, nlp)
    assert {(iso, "Baltic Naval Coordination Group", "member") for iso in ("EST", "LVA", "LTU", "POL")} == got


def test_members_of_two_frameworks(nlp):
    text = ("Kenya and Tanzania, both members of the East African Community and of the Indian Ocean Rim Association, "
            "have sharply expanded military ties since 2020. India is a member of the SCO and Japan of the Quad.")
    got = members_stated(text, nlp)
    assert {(iso, fw, "member") for iso in ("KEN", "TZA") for fw in ("EAC", "IORA")} <= got
    assert ("IND", "Quad", "member") not in got and ("IND", "SCO", "member") in got


def test_joined_as_observers_without_object(nlp):
    text = ("The Lome Initiative comprises Benin, Togo and Cote d'Ivoire, while Mali and Niger joined as observers "
            "in 2019. Guinea joined as a guest speaker at the summit of another body.")
    got = members_stated(text, nlp)
    assert {(iso, "Lome Initiative", "member") for iso in ("BEN", "TGO", "CIV")} <= got
    assert {(iso, "Lome Initiative", "observer") for iso in ("MLI", "NER")} <= got
    assert not any(iso == "GIN" for iso, _, _ in got)


def test_countries_then_a_grouping_dubbed(nlp):
    text = ('The navy chiefs of Chile, Peru and Colombia, a grouping informally dubbed the "Andean Trio," met in Lima. '
            'Chile\'s minister, dubbed the "Hawk," spoke with Peru and Colombia.')
    got = members_stated(text, nlp)
    assert got == {(iso, "Andean Trio", "member") for iso in ("CHL", "PER", "COL")}


def test_a_known_framework_owning_a_named_policy_is_not_in_its_name(nlp):
    x = _extract(nlp, "The ministers endorsed the Pacific Islands Forum's 2050 Strategy for the Blue Pacific Continent.")
    assert "2050 Strategy for the Blue Pacific Continent" in framework_kinds(x)
    assert not any("Forum's" in name for name in framework_kinds(x))


def test_a_country_chairing_an_organisation_is_a_member(nlp):
    got = members_stated("Malaysia will chair the Association of Southeast Asian Nations (ASEAN) in 2027, officials said.", nlp)
    assert got == {("MYS", "ASEAN", "member")}
    got = members_stated("Thailand did not chair ASEAN in 2024, and Laos chaired the ASEAN summit.", nlp)
    assert not any(iso in ("THA", "LAO") for iso, _, _ in got)


def test_exercises_listed_after_a_colon_with_their_services(nlp):
    text = ("Chile and Peru hold three regular bilateral exercises: Condor Gale for the armies, Southern Breeze "
            "for the air forces and Pacific Lance for the navies.")
    kinds = framework_kinds(_extract(nlp, text))
    assert {name for name, kind in kinds.items() if kind == "Exercise"} == {"Condor Gale", "Southern Breeze", "Pacific Lance"}
    kinds = framework_kinds(_extract(nlp, "Chile and Peru held exercises: officials said the drills went well."))
    assert not any(kind == "Exercise" for kind in kinds.values())


def test_countries_set_off_by_dashes_after_a_framework(nlp):
    got = members_stated("The Andean Defence Forum (ADF) - Chile, Peru and Colombia - will meet in Lima.", nlp)
    assert got == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "COL")}
    got = members_stated("The Andean Defence Forum (ADF) members – Chile and Peru – met in Lima.", nlp)
    assert got == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER")}
    got = members_stated("Bolivia hosted the Andean Defence Forum (ADF) - a meeting with Chile, Peru and Colombia - last year.", nlp)
    assert got == set()


def test_counted_among_itsmembers_stated(nlp):
    got = members_stated("Chile is a member of the Andean Defence Forum (ADF), which also counts Peru and Bolivia among its members.", nlp)
    assert {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "BOL")} <= got
    got = members_stated("The Andean Defence Forum (ADF) counts Spain among its trading partners.", nlp)
    assert got == set()


def test_the_confederation_is_the_body_named_before(nlp):
    text = ("Mali, Niger and Burkina Faso, the three members of the Liptako Defence League, met in Bamako. Guinea, which was "
            "admitted as an observer to the confederation in May, sent its defence minister.")
    assert ("GIN", "Liptako Defence League", "observer") in members_stated(text, nlp)


def test_the_confederation_with_no_body_before_is_nothing(nlp):
    text = "Guinea, which was admitted as an observer to the confederation in May, sent its defence minister."
    assert not members_stated(text, nlp)


def test_the_symposium_is_a_known_body_named_by_its_acronym(nlp):
    # the gazetteer's name is the acronym: "the symposium" is the last word of its expansion
    text = ("The navies met at the IONS session in Mombasa. IONS brings together 25 member states. "
            "Uganda joined the symposium as a member in 2024.")
    assert members_stated(text, nlp) == {("UGA", "IONS", "member")}


def test_a_symposium_no_body_is_named_for_is_no_membership(nlp):
    text = "Kenya and Tanzania are members of the African Union. Uganda joined the symposium as a speaker in 2024."
    assert ("UGA", "AU", "member") not in members_stated(text, nlp)
