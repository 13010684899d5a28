"""A national news agency's story filed from abroad: its own officials named by the bare title, and
West African honorifics before a name (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings, person_names

_extract = partial(extract_text, published=date(2025, 11, 4))

_STORY = ("Lome, Nov. 4, 2025 ({agency}) The Minister of Defence, Alhaji Sani Danladi Musa, on Monday joined his "
          "counterparts from member states of the Gulf of Guinea Commission at a session of its council in Lome, Togo.\n\n"
          "The News Agency of Nigeria (NAN) reports that the session, chaired by Togo's Minister of the Armed Forces, "
          "Gen. Kossi Agbeko, adopted a maritime plan.\n\nMusa said Nigeria would send two patrol boats.")


def test_alhaji_is_an_honorific_not_a_given_name(nlp):
    assert person_names(_extract(nlp, _STORY.format(agency="NAN"))) == ["Kossi Agbeko", "Sani Danladi Musa"]


def test_the_bare_title_in_a_national_agencys_story_from_abroad_is_the_agencys_country(nlp):
    x = _extract(nlp, _STORY.format(agency="NAN"))
    assert ("Sani Danladi Musa", "Defence Minister", "NGA") in holdings(x)
    assert ("Kossi Agbeko", "Armed Forces Minister", "TGO") in holdings(x)


def test_an_international_agencys_story_keeps_the_place_of_the_sentence(nlp):
    x = _extract(nlp, _STORY.format(agency="Reuters"))
    assert ("Sani Danladi Musa", "Defence Minister", "NGA") not in holdings(x)


def test_an_official_the_agencys_minister_calls_on_abroad_is_the_hosts(nlp):
    x = _extract(nlp, "Accra, Nov. 4, 2025 (NAN) Defence Minister Sani Danladi Musa on Monday called on the Chief of Defence "
                      "Staff, Gen. Kofi Boateng, at the military headquarters in Accra, Ghana.\n\nMusa said Nigeria and Ghana "
                      "would hold joint drills, and Nigeria would send instructors.")
    assert ("Kofi Boateng", "Chief of Defence Staff", "NGA") not in holdings(x)


_FILED_FROM_A_BRACKETED_COUNTRY = (
    "Suva ({country}), Mar 3 ({agency}) Defence Minister Arvind Mehra on Tuesday described his visit to Fiji as a "
    "milestone, after talks with Prime Minister Josefa Naivalu at the Government Buildings in Suva.\n\n"
    "Mehra also met Home Affairs Minister Semi Korovou during the visit, an official said. Suva and New Delhi "
    "agreed to share hydrographic data, and Fiji and India are members of the Indian Ocean Rim Association.")


def test_the_agency_credited_after_a_bracketed_country_tells_the_story_from_home(nlp):
    x = _extract(nlp, _FILED_FROM_A_BRACKETED_COUNTRY.format(country="Fiji", agency="IANS"), published=date(2025, 3, 3))
    assert ("Arvind Mehra", "Defence Minister", "IND") in holdings(x)
    assert ("Josefa Naivalu", "Prime Minister", "FJI") in holdings(x)


def test_a_bracketed_country_is_no_agency_credit(nlp):
    x = _extract(nlp, _FILED_FROM_A_BRACKETED_COUNTRY.format(country="Fiji", agency="Reuters"), published=date(2025, 3, 3))
    assert ("Arvind Mehra", "Defence Minister", "IND") not in holdings(x)
