"""Two named policies joined by "and" before a plural kind word: "the government's Make for Tomorrow and
Strong Industry goals", "Chile's Open Seas and Green Fleet initiatives" (invented names); each is a
framework; not two services or single words before the plural ("the Army and Navy programmes")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_two_goals_of_the_government(nlp):
    kinds = framework_kinds(extract_text(nlp, "An official linked the visit to the government's Make for Tomorrow and Strong "
                                              "Industry goals, officials said."))
    assert kinds.get("Make for Tomorrow") == "Policy"
    assert kinds.get("Strong Industry") == "Policy"


def test_two_initiatives_of_a_country(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister praised Chile's Open Seas and Green Fleet initiatives."))
    assert kinds.get("Open Seas") == "Initiative"
    assert kinds.get("Green Fleet") == "Initiative"


def test_services_or_single_words_before_a_plural_are_no_frameworks(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister reviewed the Army and Navy programmes in Santiago."))
    assert "Army" not in kinds and "Navy" not in kinds
    kinds = framework_kinds(extract_text(nlp, "The minister reviewed the Air Force and Coast Guard programmes in Santiago."))
    assert "Air Force" not in kinds and "Coast Guard" not in kinds
