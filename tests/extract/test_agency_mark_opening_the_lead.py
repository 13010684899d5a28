""""(AFP) - PORTHAVEN, MARCH 5 - X yesterday joined ...": a news agency's letters in brackets and a
dash opening a line belong to the lead with the dateline after them (the model may end a sentence
after "(AFP) -", which leaves the lead without the day its "yesterday" counts from); a bracketed
mark inside a sentence is left to the model. Invented persons."""

from __future__ import annotations

HEADLINE = "Defence ministers meet in Porthaven, Velk presses on frigates and Ukraine\n\n"
LEAD = ("PORTHAVEN, MARCH 5 - Defence Minister Tomas Velk yesterday joined his G7 counterparts at the Naval School "
        "in Porthaven, Uruguay, for the third G7 Defence Ministers' Meeting, hosted by Uruguayan Minister Ivo Sarn "
        "under the Uruguayan presidency of the group.")


def test_agency_mark_and_dateline_open_one_sentence(nlp):
    doc = nlp(HEADLINE + "(AFP) - " + LEAD + "\n")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[1].startswith("(AFP) - PORTHAVEN, MARCH 5 - Defence Minister Tomas Velk")


def test_bracketed_mark_inside_a_line_is_not_joined(nlp):
    doc = nlp(HEADLINE + "Velk spoke to the agency (AFP) - a rare interview. He said the talks went well.\n")
    assert any(s.text.strip().startswith("He said") for s in doc.sents)
