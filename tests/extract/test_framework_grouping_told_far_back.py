"""A forum named paragraphs before, told again by "the five-member grouping" or "the Conclave" in a
relative clause on an observer (invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_grouping_far_after_the_one_forum_named_is_that_forum(nlp):
    got = members_stated("Officials of the Baltic Harbour Conclave (BHC) met in Riga on Monday. The host minister opened "
                         "the session. He said the region faced new threats. Delegates then toured the port. The "
                         "five-member grouping, comprising Latvia, Estonia, Lithuania, Poland and Germany, works under "
                         "four pillars.", nlp)
    assert {c for c, fw, role in got if fw == "Baltic Harbour Conclave" and role == "member"} == {"LVA", "EST", "LTU", "POL", "DEU"}


def test_grouping_after_two_forums_named_is_neither(nlp):
    got = members_stated("Officials of the Baltic Harbour Conclave (BHC) met in Riga on Monday. Ministers of the Nordic "
                         "Defence Forum met in Oslo. The host minister opened the session. He said the region faced new "
                         "threats. Delegates then toured the port. The five-member grouping, comprising Latvia, Estonia, "
                         "Lithuania, Poland and Germany, works under four pillars.", nlp)
    assert got == set()


def test_observer_in_a_relative_clause_on_the_country(nlp):
    got = members_stated("Officials of the Baltic Harbour Conclave (BHC) met in Riga. Finland, which has taken part in "
                         "the Conclave as an observer since 2020, did not send a delegation.", nlp)
    assert got == {("FIN", "Baltic Harbour Conclave", "observer")}
