""""the Bilateral Cooperation Plan for 2027 between the defence ministries of the two countries": the one
year a plan covers is in its title also when the parties ("between", "with") or its signing follow it;
not when the year qualifies the next noun ("for 2027 exercises") (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_plan_for_a_year_between_parties_keeps_its_year(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru held talks. At the end of the talks, the two ministers "
                                              "signed the Bilateral Cooperation Plan for 2027 between the defence "
                                              "ministries of the two countries."))
    assert "Bilateral Cooperation Plan for 2027" in kinds, kinds


def test_a_year_qualifying_a_noun_is_no_title_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru held talks. The ministers signed the Bilateral "
                                              "Cooperation Plan for 2027 exercises."))
    assert not any("2027" in n for n in kinds), kinds
