"""Every rank that ends a military title is an honorific word too: mentions reads a courtesy title or
rank before a given name from refdata.honorific_words() alone."""

from __future__ import annotations

from diplokg import refdata
from diplokg.nlp import MILITARY_RANK_ENDS


def test_military_rank_ends_are_honorific_words():
    assert MILITARY_RANK_ENDS <= refdata.honorific_words()
