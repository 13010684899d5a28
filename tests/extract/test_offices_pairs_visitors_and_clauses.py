"""Office countries: a pair of two parties joined by "and" (the place is the named one's), a
visiting lead (the story is told from the host country), a relative clause on a thing (its
country is the thing's), and a headline misparse of "X hosts <Country> counterpart"."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 9, 18)


@pytest.mark.parametrize("signing", [
    "The accord was signed in Nairobi on May 3 by Prime Minister Ewan Carrick and Kenyan President Daniel Mwangi.",
    "The accord, signed by Prime Minister Ewan Carrick and his Kenyan counterpart Daniel Mwangi in Nairobi, took effect in June.",
    "Prime Minister Ewan Carrick and Kenya's President Daniel Mwangi signed the accord in Nairobi on May 3.",
    "The accord was inked by Prime Minister Ewan Carrick and his then Kenyan counterpart Daniel Mwangi in Nairobi last year.",
])
def test_the_other_party_of_a_pair_owns_the_place(nlp, signing):
    text = (
        "Defence Minister Tom Hale held talks with Kenya's Defence Cabinet Secretary Ruth Otieno in Canberra on Monday. "
        f"{signing} Australia and Kenya have trained together since 2019, and Australia will host the next round."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Ewan Carrick", "Prime Minister", "AUS") in held
    assert ("Ewan Carrick", "Prime Minister", "KEN") not in held


def test_two_officials_joined_by_and_without_a_country_keep_the_place(nlp):
    # no country in the partner's title: nothing sets the two apart, the city still places them
    text = (
        "Prime Minister Ewan Carrick and Defence Minister Tom Hale met troops in Nairobi on Monday. "
        "Kenya and Australia have trained together since 2019, and Kenya hosts the drills."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Ewan Carrick", "Prime Minister", "KEN") in held


@pytest.mark.parametrize("lead", [
    "The Chief of Staff of the Peruvian Navy, Admiral Luis Cortez, who is on an official visit to Chile, held talks with the Commander-in-Chief of the Navy, Admiral Pablo Reyes, in Valparaiso on Tuesday.",
    "Peru's Army chief General Luis Cortez, on a four-day visit to Chile, called on the Commander-in-Chief of the Navy, Admiral Pablo Reyes, in Valparaiso on Tuesday.",
])
def test_a_visiting_lead_does_not_make_the_story_his_countrys(nlp, lead):
    text = (
        f"{lead} Defence Secretary Ana Soto said the talks went well. Peru and Chile will hold joint drills next year, "
        "and Peru will send cadets. Peru has trained with Chile since 2010, and Peru hosts the next round in Lima."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Ana Soto", "Defence Secretary", "CHL") in held


@pytest.mark.parametrize("clause", [
    "to prepare for the next summit of the Ocean Forum, which is expected to be hosted by Fiji in May",
    "ahead of the Ocean Forum summit, which Fiji will host in May",
    "on the maritime pact, which was ratified by Fiji last year",
])
def test_a_country_in_a_clause_on_a_thing_does_not_place_the_holder(nlp, clause):
    text = (
        "WELLINGTON: Defence Minister Rob Kerr met Samoa's Defence Minister Tala Ioane on Monday. "
        f"National Security Adviser Mere Tane held talks with Samoa's Defence Secretary Filo Vai {clause}. "
        "New Zealand and Samoa have trained together since 2019. New Zealand will send a ship."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Mere Tane", "National Security Advisor", "NZL") in held


@pytest.mark.parametrize("headline", [
    "Kerr hosts Samoa counterpart as treaty moves from paper to practice",
    "Kerr's Samoan counterpart arrives for talks",
])
def test_a_name_before_a_group_noun_is_not_of_that_group(nlp, headline):
    text = (
        f"{headline}\n\nDefence Minister Rob Kerr hosted Samoa's Defence Minister Tala Ioane in Wellington on Monday. "
        "New Zealand and Samoa have trained together since 2019. New Zealand will send a ship."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Rob Kerr", "Defence Minister", "NZL") in held
    assert ("Rob Kerr", "Defence Minister", "WSM") not in held


def test_members_named_after_their_group_still_take_its_country(nlp):
    text = (
        "WELLINGTON: Defence Minister Rob Kerr met Samoan officials, including Defence Secretary Filo Vai, on Monday. "
        "New Zealand and Samoa have trained together since 2019."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Filo Vai", "Defence Secretary", "WSM") in held


@pytest.mark.parametrize("principal", [
    "Perera, a retired Major General, serves as deputy to President Nimal Silva, who holds the defence portfolio.",
    "Perera is a close aide to President Nimal Silva.",
    "Perera, a trusted adviser of President Nimal Silva, led the talks.",
])
def test_the_principal_of_a_deputy_or_aide_is_of_the_aides_country(nlp, principal):
    text = (
        "NEW DELHI: Sri Lanka's Deputy Minister of Defence Ruwan Perera met Defence Minister Ravi Rao. India and "
        f"Sri Lanka signed a pact in New Delhi. India will train cadets. {principal}"
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Nimal Silva", "President", "LKA") in held


def test_one_who_meets_an_aide_is_no_principal(nlp):
    text = (
        "NEW DELHI: Sri Lanka's Deputy Minister of Defence Ruwan Perera met Defence Minister Ravi Rao. India and "
        "Sri Lanka signed a pact in New Delhi. India will train cadets. President Nimal Silva met a deputy to Perera."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Nimal Silva", "President", "LKA") not in held
