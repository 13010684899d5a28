"""A post named by a force whose name opens with its country, dotted or written with "of"
("commander of U.S. Forces Japan", "Commander of the Republic of Korea Marine Corps"): the post is
the force's, named without the country (however the country is written: one post, one title; the
written form is kept as an alias), and its country is the one the name opens with. On sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    "text, holding",
    [
        ("TOKYO: On Tuesday, Defence Minister Taro Sato received Gen. Paul Reed, commander of U.S. Forces Japan, at the "
         "ministry in Tokyo. Japan and the United States agreed to train.",
         ("Paul Reed", "Commander of the Forces Japan", "USA")),
        ("SEOUL: Defence Minister Kim Do-hyun met the Commander of the Republic of Korea Marine Corps, Lieutenant General "
         "Park Min-soo, in Seoul on Monday. South Korea will train more marines.",
         ("Park Min-soo", "Marine Corps Commander", "KOR")),
        ("SUVA: She also met the Commander of the Republic of Fiji Military Forces, Major-General Tomasi Vuki, in Suva on "
         "Monday. Fiji and Chile agreed to train together.",
         ("Tomasi Vuki", "Commander of the Military Forces", "FJI")),
    ],
)
def test_a_force_named_with_its_country_first_makes_the_post(nlp, text, holding):
    assert holding in _held(nlp, text)


def test_a_countrys_own_post_after_its_long_name_is_no_forces(nlp):
    text = ("SEOUL: Defence Minister Taro Sato of Japan met President of the Republic of Korea Lee Jae-myung in Seoul on "
            "Monday. South Korea and Japan agreed.")
    assert ("Lee Jae-myung", "President", "KOR") in _held(nlp, text)


@pytest.mark.parametrize(
    "written",
    ["commander of U.S. Forces Japan", "Commander of US Forces Japan", "Commander of the U.S. Forces Japan"],
)
def test_one_post_whichever_way_its_country_is_written(nlp, written):
    x = extract_text(nlp, f"TOKYO: On Tuesday, Defence Minister Taro Sato received Gen. Paul Reed, {written}, at the "
                          "ministry in Tokyo. Japan and the United States agreed to train.", PUBLISHED)
    (office,) = [o for o in x.offices if o.country == "USA"]
    assert office.title == "Commander of the Forces Japan"
    assert written in office.aliases


@pytest.mark.parametrize("force", ["the Republic of Fiji Military Forces", "the Fiji Military Forces"])
def test_a_countrys_long_and_short_names_make_one_post(nlp, force):
    text = f"SUVA: She also met the Commander of {force}, Major-General Tomasi Vuki, in Suva on Monday. Fiji and Chile agreed to train together."
    assert ("Tomasi Vuki", "Commander of the Military Forces", "FJI") in _held(nlp, text)


def test_air_of_a_royal_air_force_opens_no_rank_in_the_forces_name(nlp):
    from extract_helpers import extract_text, holdings
    text = ("MUSCAT, June 2 - Separately, the Commander of the Royal Air Force of Jordan, Air Vice Marshal Karim Al Haddad, "
            "received the visiting air chief.")
    assert ("Karim Al Haddad", "Commander of the Royal Air Force", "JOR") in holdings(extract_text(nlp, text))


def test_a_rank_after_a_fleets_name_still_ends_the_name(nlp):
    from extract_helpers import extract_text, holdings
    text = "YANGON, June 2 - The envoy met the Commander of the Eastern Fleet Vice Admiral Ko Tan of Myanmar on Monday."
    assert ("Ko Tan", "Commander of the Eastern Fleet", "MMR") in holdings(extract_text(nlp, text))
