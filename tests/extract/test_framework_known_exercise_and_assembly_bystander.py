"""UNITAS is a known multinational exercise, read by its name however it is told ("UNITAS 2026", "UNITAS
LXV", "the UNITAS exercise"); the UN General Assembly is an organ of the UN, not a framework of the
states an article is about: merely named ("recognised by the UN General Assembly", "a General
Assembly resolution") it is a bystander, as the UN Security Council is."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_known_exercise_told_with_an_edition_or_alone(nlp):
    for text in ("Ruvalia will host the maritime phase of UNITAS 2026 in October, bringing together navies of the region.",
                 "Frigates from Ostravia and Ruvalia took part in UNITAS LXV off the coast last year.",
                 "The Ostravian navy will send a corvette to UNITAS, the minister said."):
        assert framework_kinds(extract_text(nlp, text)).get("UNITAS") == "Exercise", text


def test_an_assembly_merely_named_is_no_framework(nlp):
    for text in ("Ostravia has pursued neutrality since the UN General Assembly recognised its status in 1995.",
                 "The zone was created by a United Nations General Assembly resolution in 1986, Kessel said.",
                 "Ruvalia, whose status was recognised by the UN General Assembly in 1995, sent an observer."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not any("General Assembly" in n or n == "UNGA" for n in kinds), (text, kinds)


def test_an_other_exercise_word_in_capitals_is_not_unitas(nlp):
    text = "Ostravia and Ruvalia agreed to hold a joint naval exercise, the ministers said."
    assert "UNITAS" not in framework_kinds(extract_text(nlp, text))
