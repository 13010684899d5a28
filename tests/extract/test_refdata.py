"""Reference data: countries, demonyms, cities, regions and office titles from libraries + lexicon."""

from __future__ import annotations

import pytest

from diplokg import refdata


@pytest.mark.parametrize(
    "written, iso3",
    [
        ("Maldivian", "MDV"),
        ("Malaysian", "MYS"),
        ("American", "USA"),
        ("US", "USA"),
        ("Indian", "IND"),
        ("Philippine", "PHL"),
        ("Lao PDR", "LAO"),
        ("the Philippines", "PHL"),
        ("Japanese", "JPN"),
        ("British", "GBR"),
        ("Korea", "KOR"),  # "Korea" alone is the Republic of Korea in defence news ("the Korea-US alliance")
        ("North Korea", "PRK"),
        ("Micronesia", "FSM"),  # pycountry has only "Micronesia, Federated States of"
    ],
)
def test_country_names_and_demonyms_give_iso3(written, iso3):
    assert refdata.country_iso3(written) == iso3


def test_surnames_are_not_countries():
    for word in ("Singh", "Khaleel", "Male"):
        assert refdata.country_iso3(word) is None


def test_native_spellings_that_are_english_words_or_given_names_are_not_countries():
    # countryinfo lists "Island" (Iceland), "Mann" (Isle of Man) and "Dominique" (Dominica) as spellings
    for word in ("Island", "Mann", "Dominique"):
        assert refdata.country_iso3(word) is None
    assert [refdata.country_iso3(n) for n in ("Iceland", "Isle of Man", "Dominica", "Suomi")] == ["ISL", "IMN", "DMA", "FIN"]


def test_capitals_are_cities_with_their_country():
    male = refdata.cities()["Male"]
    assert (male.kind, male.country) == ("City", "MDV")
    assert refdata.cities()["Kuala Lumpur"].country == "MYS"


def test_ior_is_a_region_not_a_country():
    assert refdata.regions()["IOR"].name == "Indian Ocean Region"
    assert refdata.country_iso3("IOR") is None


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Minister of Defence", "Defence Minister"),
        ("Defense Minister", "Defence Minister"),
        ("defence minister", "Defence Minister"),
        ("Minister of Foreign Affairs", "Foreign Affairs Minister"),
        ("Foreign Minister", "Foreign Affairs Minister"),
        ("Secretary of Defense", "Secretary of Defence"),
        ("Secretary of War", "Secretary of War"),
        ("Foreign Secretary", "Foreign Secretary"),
        ("National Security Adviser", "National Security Advisor"),
        ("EAM", "External Affairs Minister"),
    ],
)
def test_titles_are_normalised(written, canonical):
    assert refdata.normalise_title(written) == canonical


def test_one_us_post_with_two_titles():
    assert "Secretary of Defence" in refdata.office_aliases("Secretary of War", "USA")
    assert refdata.office_aliases("Secretary of War", "IND") == []


def test_counterpart_of_external_affairs_minister_is_foreign_affairs_minister():
    assert refdata.counterpart_title("External Affairs Minister") == "Foreign Affairs Minister"
    assert refdata.counterpart_title("Defence Minister") == "Defence Minister"


def test_informal_title_of_a_post_gives_its_formal_title():
    assert refdata.formal_title("Defence Secretary", "USA") == "Secretary of Defence"
    assert refdata.formal_title("Defence Secretary", "IND") == "Defence Secretary"


def test_states_and_provinces_are_known_with_and_without_accents():
    names = refdata.subdivision_names()
    assert "Tamil Nadu" in names and "Uttar Pradesh" in names
    assert "Rajnath Singh" not in names


def test_one_word_and_unaccented_subdivisions_from_one_walk():
    # one-word names (and their unaccented forms) only in the one table, names of several words
    # and "<name> <kind>" only in the other (both built from refdata._subdivision_rows)
    one_word = refdata.one_word_subdivision_countries()
    assert one_word.get("Kerala") == "IND" and one_word.get("Gujarat") == "IND" and one_word.get("Gujarāt") == "IND"
    assert "Tamil Nadu" not in one_word
    several = refdata.subdivision_countries_unaccented()
    assert several.get("Tamil Nadu") == "IND" and several.get("Kwara State") == "NGA"
    assert "Kerala" not in several
