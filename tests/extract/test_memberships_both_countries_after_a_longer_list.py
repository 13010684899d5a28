""""Both countries" right after a sentence listing more than two countries, the article's pair among
them, is the article's pair (the lead's); a list without both of them leaves no pair (invented bodies,
no sentences from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated

LEAD = ("Kenyan Defence Minister Amos Wekesa met his Ghanaian counterpart Kojo Mensah-Addo in Nairobi on Monday. "
        "Mr Mensah-Addo is expected to host Mr Wekesa in Accra in June. ")


def test_both_countries_after_a_list_holding_the_pair(nlp):
    got = members_stated(LEAD + "Kenya, Uganda, Ghana and Togo are the four members of the Lakes Security Forum; Togo "
                         "joined in 2008. Both countries are also founding members of the Coastal Rim Union.", nlp)
    assert {c for c, fw, _ in got if fw == "Coastal Rim Union"} == {"KEN", "GHA"}, got


def test_both_countries_after_a_list_without_the_pair(nlp):
    got = members_stated(LEAD + "Uganda, Rwanda, Togo and Benin are the four members of the Lakes Security Forum; Togo "
                         "joined in 2008. Both countries are also founding members of the Coastal Rim Union.", nlp)
    assert not any(fw == "Coastal Rim Union" and c in ("KEN", "GHA") for c, fw, _ in got), got
