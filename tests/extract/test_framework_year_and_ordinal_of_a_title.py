"""A year or an edition ordinal written before a document's title: "the 2019 Harbour Review
Agreement" is stored as "Harbour Review Agreement" with the year-ful title as another name (gold
writes a treaty both ways); "the 9th Five Year Plan" keeps its number (the plan of those years, not
any five-year plan), spelled without it as another name. A year that dates the sentence ("In 2019,
the Harbour Review Agreement ...") and an ordinal before a recurring dialogue (an edition) add
nothing."""

from __future__ import annotations

from extract_helpers import extract_text


def _names(x) -> dict[str, list[str]]:
    return {f.name: list(f.aliases) for f in x.frameworks}


def test_a_year_before_an_agreement_is_another_name(nlp):
    x = extract_text(nlp, "The 2019 Harbour Review Agreement, signed in Kessel on May 2, 2019, extended economic assistance for ten years.")
    names = _names(x)
    assert "2019 Harbour Review Agreement" in names.get("Harbour Review Agreement", [])


def test_a_year_dating_the_sentence_is_no_name(nlp):
    x = extract_text(nlp, "In 2019, the Harbour Review Agreement extended economic assistance for ten years.")
    assert not any("2019" in a for aliases in _names(x).values() for a in aliases)
    assert not any("2019" in n for n in _names(x))


def test_an_ordinal_before_a_plan_is_kept(nlp):
    x = extract_text(nlp, "The minister thanked Canada for its support for Chile's 9th Five Year Plan and for the new port.")
    names = _names(x)
    assert "9th Five Year Plan" in names
    assert "Five Year Plan" in names["9th Five Year Plan"]


def test_an_ordinal_before_a_dialogue_is_an_edition(nlp):
    x = extract_text(nlp, "The 9th Chile-Peru Defence Policy Dialogue was held in Lima on Monday.")
    assert not any(n.startswith("9th") for n in _names(x))
