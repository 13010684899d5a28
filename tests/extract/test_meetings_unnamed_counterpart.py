""""sat down with his Ruritanian counterpart", "held a bilateral with his Ruritanian counterpart"
with no name after it: the partner is the one person of that country named before; with two of
them named, or none, no partner is guessed."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

LEAD = ("OSLO, March 14 (NTB) -- Norwegian Defence Minister Erik Solberg and Dutch Defence Minister Ruben Vos "
        "agreed on Friday to deepen cooperation on submarines.\n\n")


def test_sat_down_with_his_countrys_counterpart(nlp):
    text = LEAD + "Vos sat down with his Norwegian counterpart at the Defence Ministry in Oslo on Friday, officials said."
    assert ("Erik Solberg", "Ruben Vos") in meeting_pairs(extract_text(nlp, text, published=date(2025, 3, 14)))


def test_bilateral_with_his_countrys_counterpart(nlp):
    text = LEAD + "On the margins of the talks, Vos held a bilateral with his Norwegian counterpart on Arctic patrols."
    assert ("Erik Solberg", "Ruben Vos") in meeting_pairs(extract_text(nlp, text, published=date(2025, 3, 14)))


def test_two_persons_of_that_country_leave_the_counterpart_untold(nlp):
    lead = LEAD.replace("agreed on Friday", "and Norwegian Army chief General Lars Lervik agreed on Friday")
    text = lead + "Vos sat down with his Norwegian counterpart at the Defence Ministry in Oslo on Friday, officials said."
    pairs = meeting_pairs(extract_text(nlp, text, published=date(2025, 3, 14)))
    assert not any("Ruben Vos" in pair and "Lars Lervik" in pair for pair in pairs)
    assert ("Erik Solberg", "Ruben Vos") not in pairs


def test_counterpart_of_a_country_no_one_is_from(nlp):
    text = LEAD + "Vos sat down with his Danish counterpart at the Defence Ministry in Oslo on Friday, officials said."
    assert meeting_pairs(extract_text(nlp, text, published=date(2025, 3, 14))) == set()
