"""Bhutan's titles in Dzongkha ("Lyonchhoen X", "Goongloen Gongma X", "His Majesty The Druk Gyalpo X")
name posts and ranks, not parts of the name."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def _aliases(x, person: str) -> set[str]:
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    return {a for h in x.holdings if names[h.person] == person for a in [offices[h.office].title, *offices[h.office].aliases]}


def test_dzongkha_prime_minister_and_general_ranks(nlp):
    x = extract_text(nlp, "The visiting minister was received by Lyonchhoen Karma Lhendup at the Gyalyong Tshogkhang in "
                          "Thimphu on Monday. He also held talks with Goongloen Gongma Pema Yeshey on Monday. He later called on "
                          "Lyonpo Sonam Dargay.")
    names = person_names(x)
    assert "Karma Lhendup" in names and "Pema Yeshey" in names and "Sonam Dargay" in names
    assert not any(n.startswith(("Lyon", "Goongloen")) for n in names)
    assert ("Karma Lhendup", "Prime Minister", "BTN") in holdings(x)


def test_his_majesty_the_druk_gyalpo(nlp):
    x = extract_text(nlp, "His Majesty The Druk Gyalpo Ugyen Dorji Namgyel granted an audience to the visiting "
                          "Army chief at the palace in Thimphu on Monday.")
    assert "Ugyen Dorji Namgyel" in person_names(x)
    assert ("Ugyen Dorji Namgyel", "King", "BTN") in holdings(x)
    assert "Druk Gyalpo" in _aliases(x, "Ugyen Dorji Namgyel")
