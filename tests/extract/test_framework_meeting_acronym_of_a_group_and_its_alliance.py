""""the Weimar Triangle Defence Ministers' Meeting (WDMM)": a ministers' meeting named after a two-word
group may take one letter for the group in its acronym; "the alliance" said after it is the group,
not the meeting (a known group, invented sentences: no sentences from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples

TEXT = ("Defence ministers of the Weimar Triangle met in Warsaw on Tuesday. Minister Ana Ruiz chaired the Weimar Triangle "
        "Defence Ministers' Meeting ({}) at the ministry. France, Germany and Poland are the three members of the "
        "alliance, which was set up in 1991.")


def test_meeting_acronym_with_one_letter_for_the_group(nlp):
    kinds = framework_kinds(extract_text(nlp, TEXT.format("WDMM")))
    assert kinds.get("Weimar Triangle Defence Ministers' Meeting") == "Forum", kinds


def test_acronym_skipping_a_later_word_names_nothing(nlp):
    kinds = framework_kinds(extract_text(nlp, TEXT.format("WTMM")))
    assert "Weimar Triangle Defence Ministers' Meeting" not in kinds, kinds


def test_the_alliance_after_the_meeting_is_the_group(nlp):
    triples = membership_triples(extract_text(nlp, TEXT.format("WDMM")))
    assert {c for c, fw, _ in triples if fw == "Weimar Triangle"} == {"FRA", "DEU", "POL"}, triples
    assert not any(fw.endswith("Meeting") for _, fw, _ in triples), triples
