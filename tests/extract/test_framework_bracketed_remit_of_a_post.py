"""A post's bracketed remit ("Permanent Secretary (Defence Policy)", "Director (Maritime Strategy)")
names what the post deals with, not a framework; a framework named in brackets elsewhere still is one."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_bracketed_remit_of_a_post_is_no_framework(nlp):
    cases = {
        "The letter was signed by Permanent Secretary (Defence Policy) of Ostravia's Ministry of Defence, "
        "Tarbo Kessel, and his Ruvalian counterpart.": "Defence Policy",
        "Deputy Secretary (Defense Policy) Ms Aldra Venn received the Ruvalian delegation in Ostrava on Monday.":
            "Defense Policy",
        "Ruvalia was represented by its Director (Maritime Strategy), Colonel Pello Arnsk, at the talks.":
            "Maritime Strategy",
        "Kessel met Chief Adviser (National Security Policy) Dorin Vasko of Ruvalia in Ostrava.":
            "National Security Policy",
    }
    for text, name in cases.items():
        assert name not in framework_kinds(extract_text(nlp, text)), text


def test_bracketed_framework_not_after_a_post_stays(nlp):
    text = ("Ostravia and Ruvalia adopted a joint document (the Baltava Maritime Security Strategy) at the end of "
            "the talks, Kessel said.")
    assert framework_kinds(extract_text(nlp, text)).get("Baltava Maritime Security Strategy") == "Policy"
