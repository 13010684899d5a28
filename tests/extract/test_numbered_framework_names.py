"""Framework names with numerals in them: a "3+3" format opening the name, a version number, a
hyphened numeral of an edition."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_plus_format_opens_the_name(nlp):
    x = extract_text(nlp, "Chile, Peru and Ecuador are among the nine members of the 3+3 Maritime Initiative, "
                          "which brings together the countries of the Pacific coast.")
    kinds = framework_kinds(x)
    assert kinds.get("3+3 Maritime Initiative") == "Initiative"
    assert "Maritime Initiative" not in kinds


def test_spaced_numbers_do_not_open_the_name(nlp):
    x = extract_text(nlp, "The ministers reviewed the 4 + 4 Naval Dialogue in Lima on Monday.")
    assert "4 + 4 Naval Dialogue" not in framework_kinds(x)


def test_exercise_name_keeps_its_year_and_hyphened_edition(nlp):
    x = extract_text(nlp, "Peruvian pilots took part in the Condor Strike 2025 air exercise in Arequipa in May, while "
                          "marines of the two countries held the Tupac-IV exercise in Ecuador in March.")
    kinds = framework_kinds(x)
    assert kinds.get("Condor Strike 2025") == "Exercise"
    assert kinds.get("Tupac-IV") == "Exercise"
    assert "IV" not in kinds


def test_a_year_alone_names_no_exercise(nlp):
    x = extract_text(nlp, "In 2025 exercise planners from Peru and Chile met in Lima.")
    assert not any(k == "Exercise" for k in framework_kinds(x).values())


def test_numbered_plan_and_programme_after_compound_modifiers(nlp):
    x = extract_text(nlp, "Ruiz briefed his guest on the Defense Reform 2.0 plan, and on Peru's interest in the "
                          "CONDOR fifth-generation fighter jet program.")
    kinds = framework_kinds(x)
    assert kinds.get("Defense Reform 2.0") == "Policy"
    assert kinds.get("CONDOR") == "Initiative"


def test_a_plan_named_without_a_number_is_a_proposal(nlp):
    x = extract_text(nlp, "The two ministers discussed the Rossi plan for the border in Lima on Monday.")
    assert "Rossi" not in framework_kinds(x)


def test_talks_known_by_their_plus_format(nlp):
    x = extract_text(nlp, 'The top diplomats and defence chiefs of Chile and Peru met in Lima for their fifth "2+2" talks. '
                          "The next round of the 2+2 talks is slated for 2028.")
    fw = next(f for f in x.frameworks if f.name == "2+2 talks")
    assert fw.kind == "Dialogue" and "2+2" in fw.aliases


def test_plus_format_after_a_name_or_before_other_nouns_is_no_dialogue(nlp):
    x = extract_text(nlp, "The Chile-Peru 2+2 talks were held in Lima. The striker scored 2+2 goals in two matches.")
    assert "2+2 talks" not in framework_kinds(x)
