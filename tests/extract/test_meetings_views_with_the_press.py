""""A and B exchanged views (spoke) with reporters by phone": the pair told the press, they did
not call each other; "with" a person, a post or a counterpart still names the other party."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs


def test_pair_exchanging_views_with_reporters_by_phone_is_no_call(nlp):
    text = ("Peruvian Defence Minister Luis Quispe and Army chief General Pedro Mena exchanged views with reporters "
            "by phone on Monday about the flooding in the north.")
    assert ("Luis Quispe", "Pedro Mena") not in meeting_pairs(extract_text(nlp, text))


def test_pair_speaking_with_journalists_by_phone_is_no_call(nlp):
    text = ("Peruvian Defence Minister Luis Quispe and Army chief General Pedro Mena spoke with journalists "
            "by phone on Monday about the flooding in the north.")
    assert ("Luis Quispe", "Pedro Mena") not in meeting_pairs(extract_text(nlp, text))


def test_pair_exchanging_views_by_phone_is_a_call(nlp):
    text = "Chilean Defence Minister Ana Torres and Argentine Defence Minister Jorge Ruiz exchanged views by phone on Tuesday."
    assert ("Ana Torres", "Jorge Ruiz") in meeting_pairs(extract_text(nlp, text))


def test_views_exchanged_with_a_counterpart_by_phone_is_a_call(nlp):
    text = ("Peruvian Defence Minister Luis Quispe exchanged views with his Bolivian counterpart, Carlos Rojas, "
            "by phone on Thursday.")
    assert ("Carlos Rojas", "Luis Quispe") in meeting_pairs(extract_text(nlp, text))
