""""On March 25, X will travel to <state>, where he is due to call on the Governor of <state>, Shri Y,
at Raj Bhavan in <city>": the parse may hang Y's name on the state the journey goes to, not on the
title after "call on"; Y is the one called on all the same. The "in <city>" after the call is where
it is held, though the parse hangs it on the journey's verb (the state the clause hangs on is no
venue); with no such city, the place the clause hangs on. A venue name the model reads as a person's
("at Raj Bhavan in <town>") still gives the town after it. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name
from spacy.tokens import Doc

from diplokg.mentions import build_mentions
from diplokg.model import Document

PUBLISHED = date(2027, 3, 22)
LEAD = ("The Minister of National Defence of Chile, Dr Arvid Velmar, will pay an official visit to India from March 23-26, "
        "2027. Velmar will hold talks with his Indian counterpart, Ravi Mehtani, in New Delhi on March 24.\n\n")


def _call(nlp, text: str, published=PUBLISHED):
    return extract_text(nlp, text, published), ("Arvid Velmar", "Tomas Bruvik Andell")


def test_call_on_a_state_governor_named_after_a_comma(nlp):
    x, pair = _call(nlp, LEAD + "On March 25, the Minister will travel to Kerala, where he is due to call on the Governor of "
                    "Kerala, Shri Tomas Bruvik Andell, at Raj Bhavan in Thiruvananthapuram.\n")
    mt = meetings_by_participants(x)[pair]
    assert mt.status == "planned" and mt.date.iso == "2027-03-25"
    assert place_name(x, mt) == "Thiruvananthapuram"


def test_call_with_no_city_after_it_is_in_the_state(nlp):
    # must not move: no "in <city>" after the call, the place the clause hangs on
    x, pair = _call(nlp, LEAD + "On March 25, Velmar will travel to Kerala, where he is due to call on the Governor of "
                    "Kerala, Shri Tomas Bruvik Andell.\n")
    assert place_name(x, meetings_by_participants(x)[pair]) == "Kerala"


def test_city_after_a_verb_of_another_clause_is_not_the_calls(nlp):
    # must not move: the city is where someone else goes, in a clause of its own
    x, pair = _call(nlp, LEAD + "On March 25, Velmar will travel to Kerala, where he is due to call on Chief Minister "
                    "Tomas Bruvik Andell, who then leaves for talks in Thiruvananthapuram.\n")
    assert place_name(x, meetings_by_participants(x)[pair]) == "Kerala"


def _read_as_persons(nlp, text: str, names: list[str]) -> Doc:
    """The parse of ``text`` with ``names`` read as persons' names, as the model may read a venue
    and a town it does not know."""
    sdoc = nlp(text)
    spans = [sdoc.char_span(text.index(n), text.index(n) + len(n), label="PERSON") for n in names]
    sdoc.ents = [e for e in sdoc.ents if not any(e.start < s.end and s.start < e.end for s in spans)] + spans
    return sdoc


def test_town_after_a_venue_read_as_a_person(nlp):
    text = "On Thursday, Velmar was received by the Governor, Tomas Bruvik Andell, at Raj Bhavan in Kovalmuri.\n"
    m = build_mentions(Document("t", text, None), _read_as_persons(nlp, text, ["Raj Bhavan", "Kovalmuri"]))
    town = next(t for t in m.tokens if t.text == "Kovalmuri")
    assert m.places[m.place_at[town.i]].name == "Kovalmuri"


def test_person_named_before_in_is_no_venue(nlp):
    # must not fire: "in <town>" after a person's name (no venue after "at")
    text = "On Thursday, Velmar praised Tomas Bruvik Andell in Kovalmuri.\n"
    m = build_mentions(Document("t", text, None), _read_as_persons(nlp, text, ["Tomas Bruvik Andell", "Kovalmuri"]))
    assert not any(e.rule == "place.town-of-venue" for p in m.places.values() for e in p.evidence)

