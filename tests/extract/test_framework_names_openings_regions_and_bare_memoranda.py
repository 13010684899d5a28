"""Framework names read whole and no further: a bracketed acronym before an apposed kind is no part of
the name; a preposition opening the sentence is no word of a name; a title about a region named
without "the" keeps it; a signed bare "memorandum on X" is an agreement; an exercise's year before
", the ... exercise" and a domain word ("ground") before "exercise" (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_bracketed_acronym_before_an_apposed_kind_is_no_part_of_the_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru back the Andes Ocean Corridor (AOC), a connectivity initiative "
                                              "linking the two coasts."))
    assert not any(name.endswith(")") for name in kinds), kinds


def test_an_opening_preposition_is_no_word_of_the_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "Under Peru's National Maritime Strategy, revised last year, Lima aims to "
                                              "double its patrols."))
    assert "National Maritime Strategy" in kinds and not any(name.startswith("Under") for name in kinds), kinds


def test_a_region_without_the_ends_a_title(nlp):
    kinds = framework_kinds(extract_text(nlp, "The chiefs reviewed the Framework Treaty on Maritime Security in South America, "
                                              "signed in Quito in 1999."))
    assert "Framework Treaty on Maritime Security in South America" in kinds, kinds


def test_a_city_after_a_title_is_where_it_was_signed(nlp):
    kinds = framework_kinds(extract_text(nlp, "The chiefs reviewed the Framework Treaty on Maritime Security in Quito on Monday."))
    assert "Framework Treaty on Maritime Security in Quito" not in kinds, kinds


def test_a_signed_bare_memorandum_is_named_by_its_topic(nlp):
    kinds = framework_kinds(extract_text(nlp, "After the talks, the two ministers signed a memorandum on joint river patrols."))
    assert kinds == {"memorandum on joint river patrols": "Agreement"}, kinds


def test_an_unsigned_bare_memorandum_is_no_framework(nlp):
    for text in ("The ministers will discuss a memorandum on joint river patrols next year.",
                 "A memorandum on the talks was sent to parliament."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_an_exercise_year_before_an_apposed_description(nlp):
    kinds = framework_kinds(extract_text(nlp, "The three armies will take part in ANDES Sentinel 2027, the multinational "
                                              "exercise organised with the US Southern Command."))
    assert kinds.get("ANDES Sentinel 2027") == "Exercise", kinds


def test_a_date_before_an_apposed_exercise_is_no_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile hosted the drills in May 2027, the largest exercise of the year."))
    assert kinds == {}, kinds


def test_a_domain_word_before_exercise(nlp):
    kinds = framework_kinds(extract_text(nlp, "She welcomed the arrival of Chilean troops for the Andean Condor ground "
                                              "exercise in Arica next year."))
    assert kinds.get("Andean Condor") == "Exercise", kinds
