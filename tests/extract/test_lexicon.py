"""Reference data beyond the seeds: posts, ranks, places and frameworks as news worldwide write them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from diplokg import refdata
from diplokg.nlp import skip_honorifics


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Vice Minister of National Defense", "Vice Defence Minister"),
        ("Minister of National Defence", "Defence Minister"),
        ("State Minister of Defense", "Minister of State for Defence"),
        ("Minister for the Armed Forces", "Armed Forces Minister"),
        ("Federal Minister of Defence", "Defence Minister"),
        ("Union Defence Minister", "Defence Minister"),
        ("Cabinet Secretary for Defence", "Cabinet Secretary for Defence"),
        ("Secretary of State for Defence", "Secretary of State for Defence"),
        ("Under Secretary of Defense", "Under Secretary of Defence"),
        ("Minister for Europe and Foreign Affairs", "Foreign Affairs Minister"),
        ("Minister of the Interior", "Interior Minister"),
        ("Videsh Mantri", "External Affairs Minister"),
        ("Commander of the Air Force", "Air Force Commander"),
        ("Chief of Staff of the Armed Forces", "Armed Forces Chief of Staff"),
        ("Commander-in-Chief of the Navy", "Commander-in-Chief of the Navy"),
        ("Commander General of the Navy", "Commander General of the Navy"),
        ("Secretary of the Navy", "Secretary of the Navy"),
        ("Defense Attaché", "Defence Attache"),
        ("Director-General", "Director General"),
        ("Minister-Delegate for Defense", "Minister Delegate for Defence"),
    ],
)
def test_posts_written_in_other_ways_get_one_title(written, canonical):
    assert refdata.normalise_title(written) == canonical


@pytest.mark.parametrize(
    "title, country, alias",
    [
        ("Chief of Naval Staff", "IND", "Chief of the Naval Staff"),
        ("Chief of Defence Staff", "FRA", "Chief of the Defence Staff"),
        ("Armed Forces Minister", "FRA", "Minister for the Armed Forces"),
        ("Foreign Affairs Minister", "FRA", "Minister for Europe and Foreign Affairs"),
        ("Armed Forces Chief of Staff", "ARE", "Chief of Staff of the Armed Forces"),
        ("Navy Commander", "IDN", "Commander of the Navy"),
        ("Secretary of Defence", "LKA", "Defence Secretary"),
        ("Cabinet Secretary for Defence", "KEN", "Defence Minister"),
    ],
)
def test_a_post_carries_its_other_titles(title, country, alias):
    assert alias in refdata.office_aliases(title, country)


def test_country_lines_win_over_general_lines():
    assert "Secretary of War" in refdata.office_aliases("Secretary of Defence", "USA")
    assert "Secretary of War" not in refdata.office_aliases("Secretary of Defence", "LKA")
    assert "Minister for Europe and Foreign Affairs" not in refdata.office_aliases("Foreign Affairs Minister", "DEU")


def _skipped(words: list[str]) -> list[str]:
    doc = Doc(Vocab(), words=words)
    return words[skip_honorifics(doc, 0, len(doc)) :]


@pytest.mark.parametrize(
    "words, name",
    [
        (["Air", "Vice", "Marshal", "(", "Retd", ")", "Sampath", "Perera"], ["Sampath", "Perera"]),
        (["Gen", "(", "retd", ".", ")", "Ali", "Khan"], ["Ali", "Khan"]),
        (["Lt", "-", "Gen", "Asim", "Khan"], ["Asim", "Khan"]),
        (["Senior", "Lieutenant", "General", "Hoang", "Xuan", "Chien"], ["Hoang", "Xuan", "Chien"]),
        (["HRH", "Prince", "Faisal", "Saud"], ["Faisal", "Saud"]),
        (["Rear", "-", "Admiral", "Ko", "Tan"], ["Ko", "Tan"]),
    ],
)
def test_ranks_retired_marks_and_royal_styles_are_not_names(words, name):
    assert _skipped(words) == name


@pytest.mark.parametrize(
    "written, iso3",
    [("Argentine", "ARG"), ("Kazakh", "KAZ"), ("Timorese", "TLS"), ("PRC", "CHN"), ("KSA", "SAU"), ("DRC", "COD"),
     ("Emirati", "ARE"), ("Türkiye", "TUR"), ("Filipino", "PHL"), ("Bangladeshi", "BGD")],
)
def test_more_demonyms_and_short_names(written, iso3):
    assert refdata.country_iso3(written) == iso3


@pytest.mark.parametrize(
    "written, name, iso3",
    [("Kiev", "Kyiv", "UKR"), ("Naypyidaw", "Nay Pyi Taw", "MMR"), ("Darwin", "Darwin", "AUS"),
     ("Valparaiso", "Valparaíso", "CHL"), ("Subic Bay", "Subic Bay", "PHL"), ("Hanoi", "Hanoi", "VNM")],
)
def test_venues_and_other_spellings_of_cities(written, name, iso3):
    ref = refdata.cities()[written]
    assert (ref.name, ref.country) == (name, iso3)


@pytest.mark.parametrize(
    "written, name, kind",
    [("East African Community", "EAC", "Organisation"), ("Five Power Defence Arrangements", "FPDA", "Agreement"),
     ("Munich Security Conference", "Munich Security Conference", "Forum"), ("Cobra Gold", "Cobra Gold", "Exercise"),
     ("Collective Security Treaty Organization", "CSTO", "Organisation")],
)
def test_framework_gazetteer(written, name, kind):
    ref = refdata.frameworks()[written]
    assert (ref.name, ref.kind) == (name, kind)


def test_every_lexicon_country_code_is_a_country():
    known = refdata.countries()
    for country, _ in refdata.office_alias_groups():
        assert country is None or country in known
    for ref in refdata.cities().values():
        assert ref.country is None or ref.country in known, ref


def test_derived_adjectives_that_are_mostly_surnames_are_not_countries():
    for surname in ("Irani", "Bhutani", "Mannan", "Malan"):
        assert refdata.country_iso3(surname) is None
    assert (refdata.country_iso3("Iranian"), refdata.country_iso3("Malian")) == ("IRN", "MLI")



def test_a_listed_town_below_the_population_rule_keeps_its_coordinates_under_every_spelling():
    kotte = refdata.cities()["Sri Jayawardenepura Kotte"]
    assert kotte.name == "Sri Jayewardenepura Kotte" and kotte.country == "LKA"
    assert kotte.where is not None and refdata.cities()["Trincomalee"].where is not None
