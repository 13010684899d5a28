""""the Defence White Paper 2024": the edition year written after a White Paper closes its title, as
after a plan or a review; not a year told apart from it ("released the White Paper in 2024")
(invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_year_after_a_white_paper_is_in_its_title(nlp):
    for text, name in (
            ("The Chilean Defence White Paper 2024 lists Peru as a strategic partner.", "Chilean Defence White Paper 2024"),
            ("According to Norway's Defence White Paper 2022, the navy will grow by a third.", "Defence White Paper 2022"),
            ("Officials said the new National Defense White Paper 2030 would be released in June.",
             "National Defense White Paper 2030")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Policy", (text, kinds)


def test_year_told_apart_from_a_white_paper_is_no_title_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "The ministry released the Chilean Defence White Paper in 2024."))
    assert "Chilean Defence White Paper" in kinds and not any("2024" in k for k in kinds), kinds
