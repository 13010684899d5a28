"""Posts heading a multinational force or body written with "of" before its name, when the head word
is no title of the lexicon ("Deputy Commander of the Combined Maritime Forces", "chairman of
ECOWAS") or the title takes the body in ("Force Commander of the Multinational Joint Task Force"):
the body's office, of no country; and the look-alikes that stay a country's post, on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2025, 9, 16)


def _posts(nlp, text: str) -> dict[str, list[tuple[str, str, str | None]]]:
    return posts_held(extract_text(nlp, text, PUBLISHED))


def test_a_head_word_before_a_known_body_is_the_bodys_post(nlp):
    text = ("Commodore Tariq Mansoor, Maritime Component Commander of the Combined Maritime Forces, called on "
            "Ghana's Defence Minister Kwesi Boateng in Accra on Monday.")
    assert _posts(nlp, text)["Tariq Mansoor"] == [("Maritime Component Commander", "", "CMF")]


def test_a_lower_case_deputy_commander(nlp):
    text = ("Defence Minister Kwesi Boateng received Rear Admiral Lars Nyberg, deputy commander of the Combined "
            "Maritime Forces, in Accra on Monday.")
    assert _posts(nlp, text)["Lars Nyberg"] == [("Deputy Commander", "", "CMF")]


def test_a_title_naming_a_multinational_force(nlp):
    text = ("ACCRA, Sept 15 - Ghana's Defence Minister Kwesi Boateng met Major General Idris Sanda, Force Commander "
            "of the Multinational Joint Task Force, in Accra on Monday. Ghana's army chief also attended.")
    assert _posts(nlp, text)["Idris Sanda"] == [("Force Commander", "", "Multinational Joint Task Force")]


def test_a_body_the_frameworks_name_only_opens_is_not_the_frameworks(nlp):
    # "the European Union ... Force" is another body than the EU: no EU post
    text = ("Defence Minister Kwesi Boateng met Rear Admiral Piet Janssen, Deputy Commander of the European Union "
            "Maritime Task Force, in Accra on Monday.")
    assert all(body != "EU" for _, _, body in _posts(nlp, text).get("Piet Janssen", []))


def test_a_countrys_fleet_stays_the_countrys_post(nlp):
    text = ("Rear Admiral Kofi Addo, Commander of the Western Fleet of the Ghana Navy, met Defence Minister "
            "Kwesi Boateng in Accra on Monday.")
    assert all(country == "GHA" and body is None for _, country, body in _posts(nlp, text)["Kofi Addo"])
