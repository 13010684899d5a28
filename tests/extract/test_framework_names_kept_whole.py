"""Framework names kept whole where the tagger or the head list would cut them: "of Understanding"
read as a place, a plan's target year, a title's closing region, a peace fund (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_memorandum_of_understanding_named_after_a_city(nlp):
    # the tagger reads "Understanding" here as a place name
    x = extract_text(nlp, "The Valdoria Memorandum of Understanding, signed in the Corvian capital on Aug. 12, 2025, "
                          "set up a joint maritime patrol.")
    names = framework_kinds(x)
    assert names.get("Valdoria Memorandum of Understanding") == "Agreement"
    assert "Valdoria Memorandum" not in names


def test_a_country_after_of_still_ends_a_document_name(nlp):
    x = extract_text(nlp, "Estonia and Uruguay signed the Cyber Defence Memorandum of Uruguay on Monday.")
    assert "Cyber Defence Memorandum of Uruguay" not in framework_kinds(x)


def test_the_year_a_plan_runs_to_is_in_its_name(nlp):
    x = extract_text(nlp, "The ministers reviewed the refurbishment of the Corvian Navy's northern base under the "
                          "Defence Capability Plan 2027.")
    names = framework_kinds(x)
    assert names.get("Defence Capability Plan 2027") == "Policy"
    assert "Defence Capability Plan" not in names


def test_defence_guidelines_with_their_year(nlp):
    x = extract_text(nlp, "The Valdorian Defence Guidelines 2040 foresee a defence effort of 2% of gross national income.")
    assert framework_kinds(x).get("Valdorian Defence Guidelines 2040") == "Policy"


def test_guidelines_without_a_policy_word_are_no_framework(nlp):
    x = extract_text(nlp, "The officers followed the Safety Guidelines of the exercise.")
    assert not any("Guidelines" in n for n in framework_kinds(x))


def test_a_number_that_is_no_year_stays_out_of_a_plan(nlp):
    x = extract_text(nlp, "The Valdorian Defence Plan 12 proposals were rejected by parliament in 2025.")
    assert not any("12" in n for n in framework_kinds(x))


def test_a_region_closing_a_title_after_a_list_of_nouns(nlp):
    x = extract_text(nlp, "Chile and Peru ratified the Andean Charter on Border Security and Development in South America last year.")
    names = framework_kinds(x)
    assert names.get("Andean Charter on Border Security and Development in South America") == "Agreement"
    assert "Andean Charter on Border Security and Development" not in names


def test_a_city_a_document_was_signed_in_stays_out(nlp):
    x = extract_text(nlp, "Chile and Peru signed the Andean Charter on Border Security in Lima last year.")
    names = framework_kinds(x)
    assert "Andean Charter on Border Security" in names
    assert not any("Lima" in n for n in names)


def test_a_peace_fund_states_pay_into(nlp):
    x = extract_text(nlp, "The commissioner urged member states to contribute to the Andean Peace Fund set up in 2019.")
    assert framework_kinds(x).get("Andean Peace Fund") == "Initiative"


def test_a_wealth_fund_is_no_framework(nlp):
    x = extract_text(nlp, "The Public Investment Fund owns the Valdorian defence firm.")
    assert not any("Fund" in n for n in framework_kinds(x))


def test_the_year_of_a_defence_directive_is_in_its_name(nlp):
    x = extract_text(nlp, "Officials see Peru as a key market under the National Defence Directive 2025, which calls "
                          "for doubling exports.")
    names = framework_kinds(x)
    assert names.get("National Defence Directive 2025") == "Policy", names
    assert "National Defence Directive" not in names


def test_a_year_after_a_directive_told_in_a_clause_is_no_title_word(nlp):
    x = extract_text(nlp, "Peru adopted the National Defence Directive in 2025, officials said.")
    names = framework_kinds(x)
    assert not any("2025" in n for n in names), names
