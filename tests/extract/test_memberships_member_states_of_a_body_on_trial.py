""""Ministers of the member states of the X Force met": a capitalised name after "member states of"
is a body on trial even with no country named before it (its bracketed acronym kept as a name of
it); it stays only when the article tells its members ("A and B set up the force"). Invented text."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def _bodies(nlp, text: str) -> dict[str, list[str]]:
    return {f.name: f.aliases for f in extract_text(nlp, text).frameworks}


def test_a_body_whose_founders_are_told_next(nlp):
    text = "Officials of the member states of the Andean Riverine Force met in Quito on Monday. Peru and Bolivia set up the force in 2010."
    assert membership_triples(extract_text(nlp, text)) == {("PER", "Andean Riverine Force", "member"),
                                                           ("BOL", "Andean Riverine Force", "member")}


def test_a_body_with_its_acronym_whose_members_are_told_next(nlp):
    text = ("The defence ministers of the member states of the Caspian Shield Force (CASHIELD) gathered in Baku on Friday. "
            "Azerbaijan and Kazakhstan are members of the force.")
    assert "CASHIELD" in _bodies(nlp, text)["Caspian Shield Force"]
    assert ("AZE", "Caspian Shield Force", "member") in membership_triples(extract_text(nlp, text))


def test_a_body_whose_joiners_are_told_next(nlp):
    text = "Envoys from the member states of the Saharan Gendarmerie Force discussed patrols in Niamey. Niger, Chad and Mali joined the force in 2015."
    assert {iso for iso, _, _ in membership_triples(extract_text(nlp, text))} == {"NER", "TCD", "MLI"}


def test_no_body_without_members_told(nlp):
    for text in ("Officials of the member states of the Andean Riverine Force met in Quito on Monday.",
                 "Officials of the member states of the Andean Riverine Force met in Quito on Monday. Peru hosted the talks."):
        assert "Andean Riverine Force" not in _bodies(nlp, text), text
