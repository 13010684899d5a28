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


def test_year_opening_a_policy_title_is_kept(nlp):
    kinds = framework_kinds(extract_text(nlp, "Mr Haddad said Lebanon's 2031 Maritime Security Strategy names Cyprus as a key partner."))
    assert kinds.get("2031 Maritime Security Strategy") == "Policy"
    kinds = framework_kinds(extract_text(nlp, "The minister said the 2029 Defence White Paper would be published soon."))
    assert kinds.get("2029 Defence White Paper") == "Policy"


def test_year_of_the_sentence_is_no_word_of_a_policy_title(nlp):
    kinds = framework_kinds(extract_text(nlp, "Cyprus adopted a strategy in 2031, and the Maritime Security Strategy names Lebanon as a partner."))
    assert not any(name.startswith("2031") for name in kinds)


def test_policy_spelled_by_its_acronym_is_one_framework(nlp):
    kinds = framework_kinds(extract_text(nlp, "Lebanon's 2031 Maritime Security Strategy (MSS) calls for deeper partnerships with regional navies."))
    assert len([name for name in kinds if name.endswith("Maritime Security Strategy")]) == 1
