""""held a meeting with the Chief of the Defence Force of the F-ADF, Major General X": a post "of (the)
<acronym>" the story never spelt out, followed by a comma and a ranked name, is that name's post, not
a bare title for whoever else is named with the title (the visitor's own chief, named later as his
companion); with no ranked name after the acronym the rule does not fire (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 12)

COMPANION = " The Minister is accompanied by the Chief of the Defence Force, Admiral Pieter Vandamme."


def _pairs(nlp, sentence):
    text = ("The Minister for Defence, Jonas Aldric, today met Ruritania's Minister of Defence, Tomas Velik, in "
            "Strelsau. " + sentence + COMPANION)
    return meeting_pairs(extract_text(nlp, text, PUBLISHED))


def test_chief_of_a_hyphenated_acronym_then_ranked_name(nlp):
    pairs = _pairs(nlp, "Earlier in the day, Mr Aldric held a meeting with the Chief of the Defence Force of the "
                        "F-ADF, Major General Karel Dostal, at the naval base.")
    assert ("Jonas Aldric", "Karel Dostal") in pairs
    assert ("Jonas Aldric", "Pieter Vandamme") not in pairs


def test_called_on_the_chief_of_a_plain_acronym_then_ranked_name(nlp):
    pairs = _pairs(nlp, "Mr Aldric also called on the Chief of the Defence Force of the RDF, Lieutenant General Karel "
                        "Dostal, at his headquarters.")
    assert ("Jonas Aldric", "Karel Dostal") in pairs
    assert ("Jonas Aldric", "Pieter Vandamme") not in pairs


def test_chief_of_an_acronym_without_the(nlp):
    pairs = _pairs(nlp, "In the afternoon, Mr Aldric held talks with the Chief of the Defence Force of RAF-N, "
                        "Brigadier General Karel Dostal.")
    assert ("Jonas Aldric", "Karel Dostal") in pairs
    assert ("Jonas Aldric", "Pieter Vandamme") not in pairs


def test_no_rank_after_the_acronym_does_not_fire(nlp):
    # must not fire: "of the F-ADF, which ..." names no holder; the title stays bare
    from diplokg.mentions import _acronym_before_a_ranked_name
    from extract_helpers import article_mentions
    m = article_mentions(nlp, "He met the Chief of the Defence Force of the F-ADF, which guards the coast.", PUBLISHED)
    of = next(t.i for t in m.sdoc if t.lower_ == "of" and m.sdoc[t.i + 1].lower_ == "the" and m.sdoc[t.i + 2].text == "F")
    assert _acronym_before_a_ranked_name(m.sdoc, of) is None
    m = article_mentions(nlp, "He met the Chief of Staff of the UAE, General Saeed Al Mansouri.", PUBLISHED)
    of = next(t.i for t in m.sdoc if t.lower_ == "of" and m.sdoc[t.i + 1].lower_ == "the")
    assert _acronym_before_a_ranked_name(m.sdoc, of) is None


def test_received_by_the_chief_of_an_acronym(nlp):
    pairs = _pairs(nlp, "Mr Aldric was then received by the Chief of the Defence Force of the F-ADF, Air Marshal "
                        "Karel Dostal, at the headquarters.")
    assert ("Jonas Aldric", "Karel Dostal") in pairs
    assert ("Jonas Aldric", "Pieter Vandamme") not in pairs
