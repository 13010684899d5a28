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
