"""A body's title may end in its remit written in lower case, "on" and a few words ending in
"cooperation" ("the Chile-Peru Joint Working Group on defence cooperation"): the remit is part of the
name, and the same body named later without it is that one framework; any other lower-case topic ("on
maritime security", "on cooperation projects") stays out of the name (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_lowercase_cooperation_remit_is_in_the_title(nlp):
    for text, name in (
            ("The fourth meeting of the Chile-Peru Joint Working Group on defence cooperation was held in Lima on Monday.",
             "Chile-Peru Joint Working Group on defence cooperation"),
            ("The first meeting of the Ruvalian-Ostravian Joint Commission on military-technical cooperation took place "
             "in Ostrava.", "Ruvalian-Ostravian Joint Commission on military-technical cooperation"),
            ("Peru and Chile set up a Joint Committee on naval cooperation, the ministers said.",
             "Joint Committee on naval cooperation"),
            ("The Chile-Peru High-Level Committee on defence and security cooperation met in Lima on Monday.",
             "Chile-Peru High-Level Committee on defence and security cooperation")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)


def test_the_body_named_again_without_its_remit_is_one_framework(nlp):
    text = ("The Chile-Peru Joint Commission on naval cooperation met in Lima on Monday. The next session of the "
            "Chile-Peru Joint Commission will be held in Santiago in 2027.")
    x = extract_text(nlp, text)
    commissions = [f for f in x.frameworks if "Joint Commission" in f.name]
    assert [f.name for f in commissions] == ["Chile-Peru Joint Commission on naval cooperation"]


def test_other_lowercase_topics_stay_out_of_the_name(nlp):
    for text in ("Peru and Chile discussed the Joint Working Group on maritime security in Lima.",
                 "The Joint Working Group on cooperation projects met in Lima.",
                 "The Joint Working Group on defence cooperation projects met in Lima.",
                 "The Joint Working Group on cooperation met in Lima."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert "Joint Working Group" in kinds, (text, kinds)
