"""Exercise names in shapes the kind word alone tells: a name before lowercase kind words
("the Steppe Shield multinational peacekeeping exercise"), before a bracketed translation ("the Karhu
(Bear) exercise"), before "drills", and after capitalised kind words ("the Joint Naval Exercise Coral
Gate"); each with a look-alike that names no exercise."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_name_before_lowercase_multinational_peacekeeping_exercise(nlp):
    x = extract_text(nlp, "The two ministers discussed the Steppe Shield multinational peacekeeping exercise, "
                          "which Kazakh troops host every summer.")
    assert framework_kinds(x).get("Steppe Shield") == "Exercise"
    plain = extract_text(nlp, "The two ministers discussed a multinational peacekeeping exercise that Kazakh troops host every summer.")
    assert "Exercise" not in framework_kinds(plain).values()


def test_name_with_a_bracketed_translation_before_exercise(nlp):
    x = extract_text(nlp, "Polish officers will observe next autumn's Karhu (Bear) exercise, the largest drill of the Finnish army.")
    fw = {f.name: f for f in x.frameworks}
    assert fw["Karhu"].kind == "Exercise"
    assert "Bear" in fw["Karhu"].aliases


def test_name_before_drills(nlp):
    x = extract_text(nlp, "The ministers agreed to hold the next edition of the Iron Anvil drills in Romania next year.")
    assert framework_kinds(x).get("Iron Anvil") == "Exercise"
    service = extract_text(nlp, "The ministers voiced concern about the PLA drills near the islands last month.")
    assert "PLA" not in framework_kinds(service)


def test_capitalised_kind_words_begin_the_name(nlp):
    x = extract_text(nlp, "Chilean frigates will take part in the Joint Naval Exercise Coral Gate, which Peru hosts in 2027.")
    fw = {f.name: f for f in x.frameworks}
    assert fw["Joint Naval Exercise Coral Gate"].kind == "Exercise"
    assert "Coral Gate" in fw["Joint Naval Exercise Coral Gate"].aliases
    # capitalised kind words after a name are not the start of another: "Chile's Naval Exercise ..."
    owned = extract_text(nlp, "Peruvian frigates will take part in Chile's Naval Exercise Coral Gate in 2027.")
    assert not any(name.startswith("Chile") for name in framework_kinds(owned))
