"""A kind of document written as a title and given its own acronym ("signed a Letter of Agreement
(LoA) on the radar site") is named in the article: it is a framework, though the title alone is
only a kind ("signed a Letter of Agreement on Monday" names none)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_kind_title_with_its_acronym_is_named(nlp):
    x = extract_text(nlp, "Later that day, Colonel Ivo Brel conferred with Minister of State Pavel Ruzek in Suva, after which "
                          "the two signed a Letter of Agreement (LoA) on the radar site.")
    assert framework_kinds(x).get("Letter of Agreement") == "Agreement"
    assert "LoA" in next(f.aliases for f in x.frameworks if f.name == "Letter of Agreement")


def test_a_kind_title_alone_is_no_name(nlp):
    x = extract_text(nlp, "Later that day, Colonel Ivo Brel conferred with Minister of State Pavel Ruzek in Suva, after which "
                          "the two signed a Letter of Agreement.")
    assert "Letter of Agreement" not in framework_kinds(x)
