""""A and B last met in X in November, and spoke by phone last week": the second verb shares the
joined subject of the first, so it is a call of the same pair (besides their earlier meeting);
"..., and spoke to reporters" is no call, nor a second verb whose shared subject is one person."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names, place_name

LEAD = ("QUITO (Reuters) - Ecuadorian Defence Minister Tomas Velarde Ruano held talks with his Chilean counterpart "
        "Anselmo Pradera Lutz in Quito on Tuesday.\n\n")
PAIR = ["Anselmo Pradera Lutz", "Tomas Velarde Ruano"]


def _meetings(text: str, nlp):
    x = extract_text(nlp, text, published=date(2027, 2, 10))
    return [(participant_names(x, mt), mt.kind, mt.date.iso if mt.date else None, place_name(x, mt)) for mt in x.meetings]


def test_joined_subject_met_and_spoke_by_phone_is_a_meeting_and_a_call(nlp):
    text = LEAD + ("Velarde and Pradera last met in Santiago in November, and spoke by phone last week to prepare "
                   "the visit, the ministry said.")
    found = _meetings(text, nlp)
    assert any(p == PAIR and k == "telephone" and pl is None for p, k, _, pl in found)
    assert any(p == PAIR and k != "telephone" and pl == "Santiago" and d == "2026-11" for p, k, d, pl in found)


def test_joined_subject_met_and_spoke_to_reporters_is_no_call(nlp):
    text = LEAD + "Velarde and Pradera last met in Santiago in November, and spoke to reporters after the talks."
    assert not any(k == "telephone" for _, k, _, _ in _meetings(text, nlp))


def test_one_subject_met_and_spoke_by_phone_is_no_call_of_a_pair(nlp):
    # the shared subject is one person: no one to have called
    text = LEAD + "Velarde last visited Santiago in November, and spoke by phone last week about the agenda."
    assert not any(k == "telephone" for _, k, _, _ in _meetings(text, nlp))


def test_names_the_parse_hung_on_the_adverb_are_the_joint_subject():
    # the parse seen on "A and B last met in X, and spoke by phone": no subject, the names on "last"
    import spacy
    from spacy.tokens import Doc

    from diplokg.facts import _joint_subject, _names_hung_before

    words = ["Velarde", "and", "Pradera", "last", "met", "in", "Santiago", ",", "and", "spoke", "by", "phone", "."]
    heads = [3, 0, 0, 4, 4, 4, 5, 4, 4, 4, 9, 10, 4]
    deps = ["amod", "cc", "conj", "advmod", "ROOT", "prep", "pobj", "punct", "cc", "conj", "prep", "pobj", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "ADV", "VERB", "ADP", "PROPN", "PUNCT", "CCONJ", "VERB", "ADP", "NOUN", "PUNCT"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _names_hung_before(doc[4]).text == "Velarde"
    assert _joint_subject(doc[9])
    # one name on the adverb is no joint subject
    one = Doc(vocab, words=["Velarde", "last", "met", "Pradera", "."], heads=[1, 2, 2, 2, 2],
              deps=["amod", "advmod", "ROOT", "dobj", "punct"], pos=["PROPN", "ADV", "VERB", "PROPN", "PUNCT"])
    assert _names_hung_before(one[2]) is None
