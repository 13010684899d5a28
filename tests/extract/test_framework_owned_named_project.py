""""Chile's Blue Horizon Project": a state's capitalised project of two words or more is a programme
(an Initiative); not a project told without an owner ("the delayed Lima Port Expansion Project"), which
may be building works (invented names and sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_states_named_project_is_a_programme(nlp):
    for text, name in (
            ("Vargas said Chile's Blue Horizon Project would share its radar feeds with the navy.", "Blue Horizon Project"),
            ("Under Peru's Andean Shield Project, ten coastal stations were built last year.", "Andean Shield Project"),
            ("The minister said Ecuador's Pacific Watch Project had cut illegal fishing by half.", "Pacific Watch Project")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Initiative", (text, kinds)


def test_a_project_without_an_owner_is_no_programme(nlp):
    kinds = framework_kinds(extract_text(nlp, "Officials discussed the delayed Lima Port Expansion Project on Monday."))
    assert not kinds, kinds
