"""Whose post an untold title is in a story told from the visitor's home: a post only one country
names so, when that country stands only in a list of members, and a post of a kind the home
country's own holder already holds: on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 5, 4)

VISIT_RELEASE = (
    "Raksha Mantri Shri Arvind Mehra will pay an official visit to Senegal from May 6-8, 2026. "
    "On arrival, Raksha Mantri is scheduled to call on the President of Senegal, Mr Malick Diouf, in Dakar. "
    "Delegation-level talks with the Minister of the Armed Forces, General Ousmane Ndiaye, are planned for May 7. "
    "Senegal is a member of the Francophonie alongside Benin, France, Gabon and Togo. "
    "India and Senegal have close ties, and India remains a trusted partner."
)


def test_a_post_of_a_country_listed_only_as_a_member_is_the_hosts(nlp):
    # the title is France's alone in the lexicon, but France is only one of a list of members here;
    # India's own defence post is Mehra's, so Ndiaye's is the host's
    found = holdings(extract_text(nlp, VISIT_RELEASE, PUBLISHED))
    assert ("Ousmane Ndiaye", "Armed Forces Minister", "SEN") in found
    assert not any(p == "Ousmane Ndiaye" and c in ("FRA", "IND") for p, _, c in found)


def test_the_same_title_told_from_its_own_country_stays_its(nlp):
    text = (
        "PARIS, May 3 -- The Minister of the Armed Forces, Claire Duval, visited troops in Toulon on Sunday. "
        "France and Belgium will hold joint drills, Duval said, and France will host the next round."
    )
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Claire Duval", "Armed Forces Minister", "FRA") in found


def test_a_home_post_of_another_kind_stays_home(nlp):
    # the home holder's post is a defence minister's; a foreign minister named without a country is home's
    text = VISIT_RELEASE + " Foreign Minister Shri Rohan Kapoor will also accompany Raksha Mantri to Dakar."
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Rohan Kapoor", "Foreign Affairs Minister", "IND") in found


CHIEFS_TALKS = (
    "ATHENS, May 3 (Reuters) - Greek Defence Minister Nikos Vlachos met his Portuguese counterpart Rui Barros in Athens on Monday. "
    "The two countries' military chiefs, General Dimitris Katsaros (Chief of the Defence Staff) and Admiral Joao Pinto (Chief of Defence), "
    "held talks at the Pentagon building on Tuesday. Greece and Portugal agreed to hold naval drills next year."
)


def test_a_second_top_military_post_of_another_name_is_the_other_countrys(nlp):
    # a country has one top military officer, whether it calls him Chief of Defence or of the
    # Defence Staff: the home country's is Katsaros, so Pinto's post is Portugal's
    found = holdings(extract_text(nlp, CHIEFS_TALKS, PUBLISHED))
    assert ("Dimitris Katsaros", "Chief of Defence Staff", "GRC") in found
    assert ("Joao Pinto", "Chief of Defence", "PRT") in found


def test_a_top_military_post_beside_a_service_chief_stays_home(nlp):
    # an army chief is not the top military officer: both posts are the home country's
    text = CHIEFS_TALKS.replace("Admiral Joao Pinto (Chief of Defence)", "General Petros Manolis (Army Chief)")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Petros Manolis", "Army Chief", "GRC") in found
