"""A capitalised patrol named as run by several states ("Trilateral Air Patrol", "Bilateral
Maritime Patrol") is an exercise of theirs, like a "Coordinated Patrol"; a national unit
("the Border Patrol", "the Highway Patrol") is not."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_patrol_of_several_states_is_an_exercise(nlp):
    cases = {
        "The three ministers agreed to expand the Trilateral Maritime Patrol and the Trilateral Air Patrol in the Celebes Sea.":
            ["Trilateral Maritime Patrol", "Trilateral Air Patrol"],
        "Chile and Peru will resume the Bilateral Maritime Patrol next month.": ["Bilateral Maritime Patrol"],
        "Navies of the four states take part in the Quadrilateral Naval Patrol every spring.": ["Quadrilateral Naval Patrol"],
        "The Multilateral Air Patrol over the strait was launched in 2019, officials said.": ["Multilateral Air Patrol"],
    }
    for text, names in cases.items():
        kinds = framework_kinds(extract_text(nlp, text))
        for name in names:
            assert kinds.get(name) == "Exercise", (text, kinds)


def test_a_national_patrol_unit_is_no_framework(nlp):
    for text in ("Officers of the Border Patrol arrested two men near the crossing on Monday.",
                 "The National Highway Patrol closed the road after the crash."):
        assert not any("Patrol" in name for name in framework_kinds(extract_text(nlp, text))), text
