"""Framework names written with an edition ("Malabar-24") or after the countries that prefix them
("the Canada-Mexico-United States Trilateral ... (TDMM)"), each with a look-alike that is no framework."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_known_exercise_written_with_its_edition(nlp):
    x = extract_text(nlp, "The two navies reviewed the conduct of Malabar-24 and discussed hydrography.")
    assert framework_kinds(x).get("Malabar") == "Exercise"
    unknown = extract_text(nlp, "The two navies reviewed the conduct of Kestrel-24 and discussed hydrography.")
    assert not framework_kinds(unknown)


def test_acronym_spells_the_name_after_its_country_prefix(nlp):
    text = ("The Canada-Mexico-United States Trilateral Defence Ministers' Meeting (TDMM), which brings together "
            "Canada, Mexico and the United States, will next convene in Ottawa.")
    x = extract_text(nlp, text)
    assert "Trilateral Defence Ministers' Meeting" in framework_kinds(x)
    assert {(iso, "Trilateral Defence Ministers' Meeting", "member") for iso in ("CAN", "MEX", "USA")} <= membership_triples(x)
