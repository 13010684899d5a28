"""An exercise's one-word name set off right by "exercise" keeps its edition number ("the next
exercise, Kestrel 27,", "Zephyr 9, the joint air exercise"), not a day after it ("Kestrel 26
March"); a title keeps the years it covers ("Plan of Action for 2026-2030"), not one year; a
programme keeps its phase ("Neo-Condor 2"); a described agreement set off after a named one is that
one's other name."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_one_word_exercise_after_exercise_keeps_its_edition(nlp):
    x = extract_text(nlp, "Ministers agreed to hold the coalition's next major exercise, Kestrel 27, in the spring.")
    assert framework_kinds(x).get("Kestrel 27") == "Exercise"


def test_one_word_exercise_before_its_description_keeps_its_edition(nlp):
    x = extract_text(nlp, "The chiefs reviewed preparations for Zephyr 9, the joint air exercise between the two air forces.")
    assert framework_kinds(x).get("Zephyr 9") == "Exercise"


def test_a_day_after_the_name_is_no_edition(nlp):
    kinds = framework_kinds(extract_text(nlp, "The navies began the exercise, Kestrel 26 March, at dawn."))
    assert "Kestrel 26" not in kinds


def test_a_number_without_an_exercise_is_no_edition(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile will acquire Type 31 frigates built in Rosyth."))
    assert not any(name.startswith("Type") for name in kinds)


def test_plan_of_action_keeps_the_years_it_covers(nlp):
    x = extract_text(nlp, "The two countries elevated their ties and adopted a Plan of Action for 2026-2030.")
    assert framework_kinds(x).get("Plan of Action for 2026-2030") == "Agreement"


def test_one_year_after_a_title_is_not_part_of_it(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru will renew the Defence Cooperation Agreement for 2027 next month."))
    assert "Defence Cooperation Agreement" in kinds
    assert not any("2027" in name for name in kinds)


def test_programme_keeps_its_phase_and_hyphened_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "Lima seeks to modernise its armed forces under the Neo-Condor 2 programme."))
    assert kinds.get("Neo-Condor 2") == "Initiative"


def test_a_number_alone_before_programme_is_no_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "Lima will fund the 2 programmes and the 3 programme next year."))
    assert not kinds


def test_described_agreement_set_off_after_a_named_one_is_the_same(nlp):
    x = extract_text(nlp, "They discussed the Bergen House Agreement, the Chile-Peru defence cooperation agreement signed in 2025.")
    assert "Chile-Peru defence cooperation agreement" not in framework_kinds(x)
    named = next(f for f in x.frameworks if f.name == "Bergen House Agreement")
    assert "Chile-Peru defence cooperation agreement" in named.aliases


def test_described_agreement_on_its_own_is_kept(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru signed a new Chile-Peru defence cooperation agreement in Lima."))
    assert "Chile-Peru defence cooperation agreement" in kinds


def test_a_service_before_exercise_is_no_name_and_the_name_follows(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru held the Army exercise Condor Shield and the Navy exercise in May."))
    assert kinds.get("Condor Shield") == "Exercise"
    assert not any(name in ("Army", "Navy") for name in kinds)


def test_a_known_name_only_inside_a_longer_one_is_not_a_framework_of_its_own(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru co-chair the Quad Experts' Working Group on Demining."))
    assert "Quad Experts' Working Group on Demining" in kinds
    assert "Quad" not in kinds


def test_a_known_name_also_said_alone_stays(nlp):
    text = "Chile and Peru co-chair the Quad Experts' Working Group on Demining. The Quad meets every year."
    assert "Quad" in framework_kinds(extract_text(nlp, text))
